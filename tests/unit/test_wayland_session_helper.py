"""The Wayland test sessions' skip rule: the apt line where packages are missing, a failure on
CI (nothing may be skipped silently there)."""

from __future__ import annotations

import pytest

from tests.helpers import wayland_session


def test_missing_packages_skip_with_the_apt_line_and_fail_on_ci(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setattr(wayland_session.shutil, "which", lambda name: None)
    with pytest.raises(pytest.skip.Exception, match="apt-get install sway swayidle wtype grim"):
        wayland_session.require("sway")
    with pytest.raises(pytest.skip.Exception, match="apt-get install mutter dbus waybar"):
        wayland_session.require("mutter", extra=("waybar",))
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="apt-get install"):
        wayland_session.require("sway")


def test_nothing_is_missing_here_when_the_packages_are_installed(monkeypatch):
    monkeypatch.setattr(wayland_session.shutil, "which", lambda name: f"/usr/bin/{name}")
    assert wayland_session.missing("sway", extra=("waybar",)) == []
