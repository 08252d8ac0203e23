"""The settings in force kept in step with `settings.toml`, whoever changes it.

A setting changes while Companion runs in one of four ways, and each ends the same way: the
keys that changed go out on `events.settings_changed`, which every part follows (the breaks, the
reminders, the quick log's shortcut, the team sync, an open settings window), and the language
goes to `speech`.

- The settings window saves (`features/settings.py`).
- The tray menu or the welcome chooses a language (`choose_language`).
- `companion config set KEY VALUE` while Companion runs: a `SetSetting` request through the
  instance socket, checked here by the file's own rules against the settings in force, written
  to the file and applied, then answered with the value in force (or why it was refused, and
  nothing changes). `companion config get` asks here too (`GetSettings`), so that it prints
  what the running app uses. Nothing needs a restart.
- An administrator (or a script) edits the file by hand: a file watcher on the file and its
  folder reads it again once it has been quiet for a moment, and applies what changed. A file
  that cannot be used at all (mid-edit, not TOML) changes nothing; it is said quietly, once.
  A bad key takes its default, as at a start, and is said quietly too.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, QTimer

from companion.ipc.protocol import GetSettings, Reply, Request, SetSetting
from companion.settings import SPECS, InvalidSetting, check_together, parse_value

if TYPE_CHECKING:
    from companion.features import Services

log = logging.getLogger(__name__)

QUIET_MS = 300  # an editor's save (write a copy, rename it over) is over by then
UNLOGGED = frozenset({"help.contacts", "team.url", "team.name"})  # names, numbers, a password


def loggable(changed: dict[str, Any]) -> str:
    return ", ".join(
        key if key in UNLOGGED else f"{key} = {value!r}" for key, value in sorted(changed.items())
    )


class LiveSettings(QObject):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self._services = services
        self._watcher: QFileSystemWatcher | None = None  # made by `start`
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(QUIET_MS)
        self._quiet.timeout.connect(self.reload)
        self._said: tuple[str, ...] = ()  # the file's problems said last: not said again

    # -- the file, watched --------------------------------------------------------------------

    def start(self) -> None:
        """Watch the settings file and its folder (an editor may replace the file)."""
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._file_touched)
        self._watcher.directoryChanged.connect(self._file_touched)
        self._watch()

    def shut_down(self) -> None:
        self._quiet.stop()
        if self._watcher is not None:
            self._watcher.deleteLater()
            self._watcher = None

    def _watch(self) -> None:
        """(Again) watch the file, and the nearest folder on its way that exists: a file
        replaced by a rename, or made later, is then still seen."""
        if self._watcher is None:
            return
        path = self._services.keeper.path
        wanted = [str(path)] if path.exists() else []
        folder = path.parent
        while not folder.exists() and folder.parent != folder:
            folder = folder.parent
        wanted.append(str(folder))
        watched = set(self._watcher.files()) | set(self._watcher.directories())
        missing = [item for item in wanted if item not in watched]
        if missing:
            self._watcher.addPaths(missing)

    def _file_touched(self, _path: str) -> None:
        self._quiet.start()  # read once the writing is over

    def reload(self) -> None:
        """Read the file again and apply what changed in it."""
        self._watch()
        reloaded = self._services.keeper.reload()
        if reloaded.unusable is not None:
            self._say_once(
                (reloaded.unusable,),
                QCoreApplication.translate("LiveSettings", "Settings file not used"),
                QCoreApplication.translate(
                    "LiveSettings",
                    "The settings file was changed but cannot be used (%1). The settings in "
                    "force stay as they were until it is fixed.",
                ).replace("%1", reloaded.unusable),
            )
            return
        if reloaded.problems:
            self._say_once(
                tuple(reloaded.problems),
                QCoreApplication.translate("LiveSettings", "Some settings were not used"),
                QCoreApplication.translate(
                    "LiveSettings",
                    "The settings file was changed. These settings were ignored and take their "
                    "defaults; the others apply:",
                )
                + "\n"
                + "\n".join(reloaded.problems),
            )
        else:
            self._said = ()
        if reloaded.changed:
            self._follow(reloaded.changed, "the settings file changed")

    def _say_once(self, problems: tuple[str, ...], title: str, text: str) -> None:
        for problem in problems:
            log.warning("settings: %s", problem)
        if problems != self._said:
            self._said = problems
            self._services.notices.say_quietly(title, text)  # never takes the focus

    # -- a request from `companion config` -----------------------------------------------------

    def answer(self, request: Request) -> Reply:
        """Answer `companion config set` and `config get` (the instance socket asks)."""
        match request:
            case SetSetting(key=key, value=text):
                return self.set_from_command(key, text)
            case GetSettings():
                return Reply(True, fields={"values": self.in_force()})
        return Reply(False, "not a settings request")

    def in_force(self) -> dict[str, Any]:
        settings = self._services.keeper.settings
        return {key: settings.get(key) for key in SPECS}

    def set_from_command(self, key: str, text: str) -> Reply:
        """`config set KEY VALUE`: checked as the file is, against the settings in force;
        written, applied, and answered with the value in force. A refused value changes
        nothing."""
        keeper = self._services.keeper
        self.reload()  # a hand edit not yet read is taken first, never written over
        try:
            value = parse_value(key, text)
            check_together(keeper.settings, key, value)
        except InvalidSetting as error:
            return Reply(False, str(error), {"refused": True})
        applied = keeper.apply({key: value})
        if applied.login_error is not None:
            return Reply(False, f"{applied.login_error}; the setting was not changed")
        if applied.changed:
            self._follow(applied.changed, "from the command line")
        self._watch()  # the file may be new
        fields: dict[str, Any] = {"value": keeper.settings.get(key)}
        if applied.not_saved:
            fields["not_saved"] = "; ".join(applied.not_saved)
        return Reply(True, fields=fields)

    # -- the language, from the tray menu or the welcome ---------------------------------------

    def choose_language(self, setting: str) -> None:
        services = self._services
        problem = services.keeper.save_language(setting)
        if problem is not None:
            services.notices.language_not_saved(problem)
        self._speak(setting)

    def _speak(self, setting: str) -> None:
        speech = self._services.speech
        speech.choose(setting)  # the tray and every window follow
        log.info("language set to %s (%s)", setting, speech.language)

    # -- every change ends here ----------------------------------------------------------------

    def _follow(self, changed: dict[str, Any], why: str) -> None:
        log.info("settings in force changed (%s): %s", why, loggable(changed))
        if "language" in changed:
            self._speak(str(changed["language"]))
        self._services.events.settings_changed.emit(changed)
