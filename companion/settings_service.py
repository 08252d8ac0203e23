"""The settings in force while the app runs, and the login entry kept in step with them.

Each change is written to `settings.toml` key by key (the rest of the file, an administrator's
comments included, stays as it was); a key that cannot be written still applies for this run.
Whether Companion starts at login is read from the login entry itself, not from the file: the
user or the desktop may have removed it behind Companion's back.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from companion.settings import Settings, load_settings, save_setting

if TYPE_CHECKING:
    from companion.platform.desktop import AutostartBackend

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Applied:
    """What became of a change: the keys that could not be written (with why), and why the
    login entry could not be changed (then `startup.at_login` was left as it was)."""

    not_saved: list[str] = field(default_factory=list)
    login_error: str | None = None


class SettingsKeeper:
    def __init__(self, path: Path, settings: Settings) -> None:
        self.path = path
        self.settings = settings
        self._autostart: AutostartBackend | None = None  # made when first needed

    @property
    def autostart(self) -> AutostartBackend:
        if self._autostart is None:
            from companion.platform.desktop import autostart_backend

            self._autostart = autostart_backend()
        return self._autostart

    def as_they_are(self) -> Settings:
        """The settings, with `startup.at_login` as the login entry really is."""
        shown = Settings(values=dict(self.settings.values))
        shown.values["startup.at_login"] = self.autostart.enabled()
        return shown

    def apply(self, values: dict[str, Any]) -> Applied:
        """Write each changed key and make the new values the ones in force."""
        from companion.platform.desktop import AutostartError

        applied = Applied()
        on = values.get("startup.at_login")
        if on is not None and on != self.autostart.enabled():
            try:
                self.autostart.set_enabled(bool(on))
                log.info(
                    "login entry %s: %s", "written" if on else "removed", self.autostart.location
                )
            except AutostartError as error:
                applied.login_error = str(error)
                values = {key: value for key, value in values.items() if key != "startup.at_login"}
        for key, value in values.items():
            if value == self.settings.get(key):
                continue
            try:
                save_setting(self.path, key, value)
            except OSError as error:
                applied.not_saved.append(f"{key}: {error.strerror or error}")
        self.settings = load_settings(self.path)
        for key, value in values.items():  # what could not be written still applies now
            self.settings.values[key] = value
        log.info("settings applied: %s", ", ".join(sorted(values)))
        return applied

    def save_language(self, setting: str) -> str | None:
        """Keep the language chosen in the menu; the reason when it could not be written."""
        try:
            save_setting(self.path, "language", setting)
        except OSError as error:
            return str(error)
        self.settings.values["language"] = setting
        return None
