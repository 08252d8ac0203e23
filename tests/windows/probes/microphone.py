"""Companion's microphone probe, reading the consent store the test wrote: prints whether a
call is on, and which apps the store says record."""

import json

from companion.platform.microphone import (
    WinregReader,
    apps_using_microphone,
    make_microphone_probe,
)

probe = make_microphone_probe()
working = probe.unavailable_reason is None
print(
    json.dumps(
        {
            "name": probe.name,
            "reason": probe.unavailable_reason,
            "in_use": probe.in_use(),
            "apps": apps_using_microphone(WinregReader()) if working else [],
        }
    )
)
