"""Another program holding a global shortcut: registers Ctrl+Alt+<key> with RegisterHotKey,
says so, and keeps it until it is ended."""

import ctypes
import sys
import time

MOD_ALT, MOD_CONTROL = 0x1, 0x2
user32 = ctypes.WinDLL("user32", use_last_error=True)
key = sys.argv[1]
if not user32.RegisterHotKey(None, 7, MOD_ALT | MOD_CONTROL, ord(key)):
    print(f"RegisterHotKey failed: {ctypes.get_last_error()}", flush=True)
    sys.exit(1)
print(f"holding Ctrl+Alt+{key}", flush=True)
while True:
    time.sleep(1)
