"""The `config get|set` command, and settings values written as TOML on one line.

While Companion runs, both go through it (its instance socket), so that the file, the command
and the running app never disagree: `set` is checked, saved and applied by the app at once (it
answers with the value in force, or why it refused it, and then nothing changes), and `get`
prints the values the app uses. With no Companion running, `set` writes the file, which is read
at the next start, and `get` reads it.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from companion.cli.desktop import apply_at_login
from companion.cli.parser import EXIT_OK, Failure, UsageError
from companion.cli.running_app import NoAnswer, ask_the_running_app

if TYPE_CHECKING:
    from pathlib import Path

    from companion.paths import AppPaths


UNKNOWN_COMMAND = "unknown command"  # what a Companion older than these requests answers


def run_config(args: argparse.Namespace, paths: AppPaths) -> int:
    if args.config_command == "get":
        return _get(args.key, paths)
    return _set(args.key, args.value, paths)


def _warn(message: str) -> None:
    print(f"companion config: warning: {message}", file=sys.stderr)


def _get(key: str | None, paths: AppPaths) -> int:
    from companion.ipc.protocol import GetSettings
    from companion.settings import SPECS, excerpt, load_settings
    from companion.team.credentials import hide_password

    if key is not None and key not in SPECS:
        raise UsageError(f"unknown key {excerpt(key)}; known keys: {', '.join(SPECS)}")
    # only reads: an unusable file stays where it is
    settings = load_settings(paths.settings_file, set_aside_invalid=False)
    for problem in settings.problems:
        print(f"companion: warning: {problem}", file=sys.stderr)
    values = {name: settings.get(name) for name in SPECS}
    try:
        reply = ask_the_running_app(paths, GetSettings())
    except NoAnswer as error:
        _warn(f"{error}; showing what {paths.settings_file} says")
        reply = None
    if reply is not None and not reply.ok:
        _warn(f"the running Companion did not say which settings it uses ({reply.error})")
    elif reply is not None:
        values = _in_force(reply.fields.get("values"), values, paths, key)
    values["team.url"] = hide_password(str(values["team.url"]))  # the password file keeps it
    if key is not None:
        print(toml_value(values[key]))
        return EXIT_OK
    for name in SPECS:
        print(f"{name} = {toml_value(values[name])}")
    return EXIT_OK


def _in_force(
    answered: Any, in_file: dict[str, Any], paths: AppPaths, asked: str | None
) -> dict[str, Any]:
    """The values the running app said it uses, checked by the file's rules; where one differs
    from the file, a warning says so (a file that could not be written, or is mid-edit)."""
    from companion.settings import SPECS, InvalidSetting

    if not isinstance(answered, dict):
        _warn(f"the running Companion sent no settings; showing what {paths.settings_file} says")
        return in_file
    values = dict(in_file)
    for name, spec in SPECS.items():
        try:
            values[name] = spec.check(answered[name])
        except (KeyError, InvalidSetting):
            continue  # an older Companion, or a key it does not know: the file's value
        if values[name] != in_file[name] and asked in (None, name):
            _warn(
                f"{name}: the running Companion uses {toml_value(values[name])}; "
                f"{paths.settings_file} says {toml_value(in_file[name])}"
            )
    return values


def _set(key: str, text: str, paths: AppPaths) -> int:
    from companion.ipc.protocol import SetSetting
    from companion.settings import InvalidSetting, check_together, load_settings, parse_value

    settings_file = paths.settings_file
    running = _running(paths)
    # While Companion runs, it writes the file; with none, an unusable file is kept aside.
    settings = load_settings(settings_file, set_aside_invalid=not running)
    for problem in settings.problems:
        print(f"companion: warning: {problem}", file=sys.stderr)
    try:
        value = parse_value(key, text)
        check_together(settings, key, value)
    except InvalidSetting as error:
        raise UsageError(str(error)) from None
    shown = f"{key} = {toml_value(value)}"
    if key == "startup.at_login":  # the entry first: when it fails, nothing is saved
        apply_at_login(value)
    reply = None
    if running:
        try:
            reply = ask_the_running_app(paths, SetSetting(key, text))
        except NoAnswer as error:
            _save(settings_file, key, value)
            raise Failure(f"{shown} saved, but {error}") from None
    if reply is None:  # no Companion runs (or it stopped meanwhile)
        _save(settings_file, key, value)
        print(f"{shown} saved. Companion is not running: it takes effect when it next starts.")
        return EXIT_OK
    if not reply.ok:
        if reply.fields.get("refused"):
            raise UsageError(reply.error)
        if reply.error == UNKNOWN_COMMAND:  # started before an update: it reads the file again
            _save(settings_file, key, value)  # at its next start
            raise Failure(
                f"{shown} saved, but the running Companion is an older version that cannot "
                "take it now; restart Companion to use it"
            )
        raise Failure(f"the running Companion did not change {key}: {reply.error}")
    in_force = toml_value(_checked(key, reply.fields.get("value"), value))
    not_saved = reply.fields.get("not_saved")
    if not_saved:
        raise Failure(
            f"the running Companion uses {key} = {in_force} now, but could not save it "
            f"({not_saved}); it is lost when Companion restarts"
        )
    print(f"{key} = {in_force} saved. Companion is running and uses it now.")
    return EXIT_OK


def _running(paths: AppPaths) -> bool:
    from companion.ipc.channel import instance_running

    return instance_running(paths.instance_lock)


def _checked(key: str, answered: Any, fallback: Any) -> Any:
    from companion.settings import SPECS, InvalidSetting

    try:
        return SPECS[key].check(answered)
    except InvalidSetting:
        return fallback


def _save(settings_file: Path, key: str, value: Any) -> None:
    from companion.settings import save_setting

    try:
        save_setting(settings_file, key, value)
    except OSError as error:
        raise Failure(f"cannot write {settings_file}: {error.strerror}") from None


def toml_value(value: object) -> str:
    import tomlkit

    if isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
        tables = tomlkit.array()  # a list of tables prints on one line too, as inline tables
        for item in value:
            inline = tomlkit.inline_table()
            inline.update(item)
            tables.append(inline)
        return tables.as_string()
    rendered = tomlkit.item(value)
    if isinstance(rendered, tomlkit.items.Table):  # a table prints on one line, inline
        inline = tomlkit.inline_table()
        inline.update(rendered)
        return inline.as_string()
    return rendered.as_string()
