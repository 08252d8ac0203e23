"""Wakes the break cycle: APScheduler on the Qt thread, idle and call detection per OS."""
