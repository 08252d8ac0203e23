"""A global shortcut: one key combination that reaches Companion while another program has the
keyboard, so the quick log opens even when the tray icon sits hidden in an overflow area.

How, per system (ctypes only, no extra Python packages):

- X11 (Linux, BSD): `XGrabKey` on the root window through libX11, on a display connection of
  its own (not Qt's), read with a QSocketNotifier on its file descriptor (`XPending` and
  `XNextEvent`, never blocking). The key is grabbed once for each state of CapsLock and NumLock,
  which would otherwise make it miss. A combination another program grabbed already fails with
  BadAccess: an Xlib error handler, installed only around our own calls and then put back,
  catches it, and the status says "taken". Detectable auto-repeat makes holding the keys count
  once.
- Wayland: a program cannot take a key for itself there (XWayland only sees keys typed into X
  windows). The quick log's shortcut is asked of the desktop portal's GlobalShortcuts interface
  (`portal`: KDE Plasma 5.27+, GNOME 48+), whose own dialog confirms the keys; where no portal
  offers it the status says "wayland", and the settings offer to bind `companion quick-log` in
  the desktop's own keyboard settings (`desktop_binding`: GNOME through gsettings, the line for
  sway and Hyprland). The breaks' and the call's keys are not asked of the portal.
- Windows: `RegisterHotKey` with no window (the message goes to the GUI thread's queue) and
  `MOD_NOREPEAT`; a QAbstractNativeEventFilter picks WM_HOTKEY out of Qt's message loop.
  ERROR_HOTKEY_ALREADY_REGISTERED reads as "taken". Run for real under Wine 8
  (tests/windows), and tested with a fake user32.
- macOS: Carbon's `RegisterEventHotKey` on the application's event target, with an event
  handler (`InstallEventHandler`, a ctypes callback) for kEventHotKeyPressed that checks our
  hot key id. It needs no accessibility permission. As everywhere in Qt on macOS, "Ctrl" in the
  setting is ⌘ Command and "Meta" is ⌃ Control, so what the settings field records is what is
  registered. eventHotKeyExistsErr reads as "taken". Written against the documented API and
  tested with a fake Carbon; not yet run on macOS.

Verified: X11 on Debian 12 (tests/unit/test_hotkey.py grabs Ctrl+Alt+M on a private Xvfb screen,
presses it with xdotool and also checks a key another client holds).

One backend a module: `x11`, `windows`, `mac` and `portal`; `choice` picks the one for this system,
`global_shortcut` holds the combination through it, and `base` has what they share.
"""

from __future__ import annotations

from companion.platform.hotkey.base import Backend, UnavailableBackend
from companion.platform.hotkey.global_shortcut import GlobalShortcut

__all__ = ["Backend", "GlobalShortcut", "UnavailableBackend"]
