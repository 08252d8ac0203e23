"""The process: from the `companion` command to the running event loop, and what guards it.

`entry` is the command's entry point (kept light: starting the tray is the everyday case),
`tray_start` starts the tray app for both entry points, `run` holds one instance per data
folder, the start-up checks and the loop; `uptime` times the start for the log's `ready` line,
`lean` trims what Python and PySide6 would otherwise hold for the whole shift, `qt_binding`
checks the Qt binding before anything uses it, `crash_trace` and `uncaught` keep faults in the
log and off the screen, and `terminal` keeps what reaches a terminal plain text.
"""
