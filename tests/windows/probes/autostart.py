"""Companion's login entry as Windows would start it: the Run key's value and the state the
app reads (which also honours Task Manager's Startup apps switch)."""

import json
import winreg

from companion.platform.desktop import RUN_KEY, RUN_VALUE, autostart_backend

backend = autostart_backend()
try:
    with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
        value, kind = winreg.QueryValueEx(key, RUN_VALUE)
except FileNotFoundError:
    value, kind = None, None
print(
    json.dumps(
        {"enabled": backend.enabled(), "value": value, "kind": kind, "location": backend.location}
    )
)
