"""Idle time through Companion's own probe: it rises while nothing happens and falls back
after synthesized input."""

import json
import time

from send_input import move_mouse

from companion.platform.idle import make_idle_probe

probe = make_idle_probe()
readings = {"name": probe.name, "reason": probe.unavailable_reason}
move_mouse()
time.sleep(0.2)
readings["start"] = probe.idle_seconds()
time.sleep(2.5)
readings["risen"] = probe.idle_seconds()
move_mouse(-5, -5)
time.sleep(0.2)
readings["after_input"] = probe.idle_seconds()
probe.close()
print(json.dumps(readings))
