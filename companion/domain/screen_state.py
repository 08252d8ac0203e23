"""Whether the screen takes notices now, and which states hold break notices.

A platform probe (`companion/platform/screen_state.py`) reads the state; the break cycle holds
notices while `holds_breaks` says so, exactly as during a call (`domain/breaks.py`).

States:
- ACCEPTS: nothing in the way; breaks come as usual.
- FULL_SCREEN: a program fills the screen (a softphone or a screen share in full screen, a
  full-screen Direct3D program, a Store app); on Linux the active window is full screen.
- PRESENTATION: Windows' presentation mode.
- DO_NOT_DISTURB: the system's quiet hours: Windows' quiet time (Focus Assist / Do not
  disturb where Windows reports it so), GNOME's "Do Not Disturb" (banners off).
- NOT_PRESENT: the lock screen or a screen saver (Windows): nobody to disturb, and time away
  is counted as a natural break by idle time anyway; breaks are not held for it.
"""

from __future__ import annotations

ACCEPTS = "accepts"
FULL_SCREEN = "full_screen"
PRESENTATION = "presentation"
DO_NOT_DISTURB = "do_not_disturb"
NOT_PRESENT = "not_present"
STATES = (ACCEPTS, FULL_SCREEN, PRESENTATION, DO_NOT_DISTURB, NOT_PRESENT)
HOLDING = frozenset({FULL_SCREEN, PRESENTATION, DO_NOT_DISTURB})

# QUERY_USER_NOTIFICATION_STATE (shellapi.h), as SHQueryUserNotificationState returns it.
QUNS_NOT_PRESENT = 1
QUNS_BUSY = 2  # a full-screen program
QUNS_RUNNING_D3D_FULL_SCREEN = 3
QUNS_PRESENTATION_MODE = 4
QUNS_ACCEPTS_NOTIFICATIONS = 5
QUNS_QUIET_TIME = 6
QUNS_APP = 7  # a Windows Store app in the foreground (Windows 8 full screen)
WINDOWS_STATES = {
    QUNS_NOT_PRESENT: NOT_PRESENT,
    QUNS_BUSY: FULL_SCREEN,
    QUNS_RUNNING_D3D_FULL_SCREEN: FULL_SCREEN,
    QUNS_PRESENTATION_MODE: PRESENTATION,
    QUNS_ACCEPTS_NOTIFICATIONS: ACCEPTS,
    QUNS_QUIET_TIME: DO_NOT_DISTURB,
    QUNS_APP: FULL_SCREEN,
}


def holds_breaks(state: str | None) -> bool:
    """Whether a break notice waits now; an unknown state (None) never holds one."""
    return state in HOLDING


def from_windows(value: int) -> str | None:
    """The state for a QUERY_USER_NOTIFICATION_STATE value; None for one not documented."""
    return WINDOWS_STATES.get(value)


def from_desktop(full_screen: bool | None, do_not_disturb: bool | None) -> str | None:
    """The state on a Linux desktop from what could be read (None: not readable here);
    Do not disturb names the state when both hold."""
    if do_not_disturb:
        return DO_NOT_DISTURB
    if full_screen:
        return FULL_SCREEN
    if full_screen is None and do_not_disturb is None:
        return None
    return ACCEPTS
