"""The running app's services, between the features and the store.

`data_service` holds one's data while the app runs (the shift journal, the full store loaded
when a window needs it, export, import, erase), `settings_service` the settings in force and the
login entry kept in step with them, `flows` what follows a save, and `events` the Qt signals the
windows follow.
"""
