"""The settings in force while the app runs, and the login entry kept in step with them.

Each change is written to `settings.toml` key by key (the rest of the file, an administrator's
comments included, stays as it was); a key that cannot be written still applies for this run.
The file is the one source of truth: when someone else changes it (`companion config set`
with no app to ask, an administrator's editor), `reload` takes it as it is now and says which
keys changed. Whether Companion starts at login is read from the login entry itself, not from
the file: the user or the desktop may have removed it behind Companion's back.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from companion.settings import (
    SPECS,
    InvalidFile,
    Settings,
    load_settings,
    read_bounded,
    read_table,
    save_setting,
)
from companion.team.credentials import move_password_out

if TYPE_CHECKING:
    from companion.platform.desktop import AutostartBackend

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Applied:
    """What became of a change: the keys that could not be written (with why), and why the
    login entry could not be changed (then `startup.at_login` was left as it was)."""

    not_saved: list[str] = field(default_factory=list)
    login_error: str | None = None
    changed: dict[str, Any] = field(default_factory=dict)  # every key now in force otherwise


@dataclass(slots=True)
class Reloaded:
    """What reading the file again found: the keys whose value in force changed (with their new
    values), the keys it refused (with why), or why the file as a whole could not be used (then
    nothing changed)."""

    changed: dict[str, Any] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    unusable: str | None = None


def changes(before: Settings, after: Settings) -> dict[str, Any]:
    """Every key whose value differs between two sets of settings, with its value in `after`."""
    return {key: after.get(key) for key in SPECS if before.get(key) != after.get(key)}


class SettingsKeeper:
    def __init__(self, path: Path, settings: Settings) -> None:
        self.path = path
        self.settings = settings
        self._autostart: AutostartBackend | None = None  # made when first needed
        # Values applied that could not be written (a full disk, a read-only file): kept in
        # force, with what the file said then, until the file says something else for them.
        self._unsaved: dict[str, tuple[Any, Any]] = {}

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
        before = self.settings
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
        in_file = load_settings(self.path, set_aside_invalid=False)
        for key, value in values.items():
            if value == in_file.get(key):  # compared with the file, not with what was in force
                self._unsaved.pop(key, None)
                continue
            try:
                save_setting(self.path, key, value)
                self._unsaved.pop(key, None)
            except OSError as error:
                applied.not_saved.append(f"{key}: {error.strerror or error}")
                self._unsaved[key] = (value, in_file.get(key))
        self.settings = load_settings(self.path)
        for key, value in values.items():  # what could not be written still applies now
            self.settings.values[key] = value
        applied.changed = changes(before, self.settings)
        log.info("settings applied: %s", ", ".join(sorted(applied.changed)) or "none changed")
        return applied

    def reload(self) -> Reloaded:
        """Take the file as it is now. A file that cannot be used at all (not TOML, mid-way
        through an edit) changes nothing and is left where it is; a bad key is reported and
        takes its default, as at a start."""
        moved = move_password_out(self.path)  # a password written into team.url by hand
        if moved is not None:
            log.warning("settings: %s", moved)
        try:
            read_table(read_bounded(self.path))
        except FileNotFoundError:
            pass  # no file: every key has its default, as at a start
        except OSError as error:
            return Reloaded(unusable=f"{self.path}: cannot be read ({error.strerror})")
        except (InvalidFile, RecursionError) as error:
            return Reloaded(unusable=f"{self.path}: {error}")
        fresh = load_settings(self.path, set_aside_invalid=False)
        self._keep_unsaved(fresh)
        reloaded = Reloaded(changes(self.settings, fresh), fresh.problems)
        self.settings = fresh
        return reloaded

    def _keep_unsaved(self, fresh: Settings) -> None:
        """Lay what could not be written over `fresh`, for each key whose value the file still
        has as it had then (a later edit of that key in the file wins)."""
        for key, (value, in_file) in list(self._unsaved.items()):
            if fresh.get(key) == in_file:
                fresh.values[key] = value
            else:
                del self._unsaved[key]

    def save_language(self, setting: str) -> str | None:
        """Keep the language chosen in the menu; the reason when it could not be written."""
        in_file = load_settings(self.path, set_aside_invalid=False).get("language")
        self.settings.values["language"] = setting
        try:
            save_setting(self.path, "language", setting)
        except OSError as error:
            self._unsaved["language"] = (setting, in_file)
            return str(error)
        self._unsaved.pop("language", None)
        return None
