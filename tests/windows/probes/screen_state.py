"""Whether the screen takes notices, through Companion's own probe and its real entry point
(shell32's SHQueryUserNotificationState); Wine answers "accepts notifications"."""

import json

from companion.platform.screen_state import make_screen_state_probe

probe = make_screen_state_probe()
print(
    json.dumps(
        {
            "name": probe.name,
            "reason": probe.unavailable_reason,
            "state": probe.state(),
            "value": getattr(probe, "last_value", None),
        }
    )
)
probe.close()
