"""The `config get|set` command, and settings values written as TOML on one line."""

from __future__ import annotations

import argparse
import sys

from companion.cli.desktop import apply_at_login
from companion.cli.parser import EXIT_OK, Failure, UsageError


def run_config(args: argparse.Namespace, settings_file: object) -> int:
    from pathlib import Path

    from companion.settings import (
        SPECS,
        InvalidSetting,
        check_together,
        excerpt,
        load_settings,
        parse_value,
        save_setting,
    )

    assert isinstance(settings_file, Path)
    # `get` only reads: an unusable file stays where it is; `set` keeps it aside and starts anew
    settings = load_settings(settings_file, set_aside_invalid=args.config_command == "set")
    for problem in settings.problems:
        print(f"companion: warning: {problem}", file=sys.stderr)
    if args.config_command == "get":
        if args.key is None:
            for key in SPECS:
                print(f"{key} = {toml_value(settings.get(key))}")
            return EXIT_OK
        if args.key not in SPECS:
            raise UsageError(f"unknown key {excerpt(args.key)}; known keys: {', '.join(SPECS)}")
        print(toml_value(settings.get(args.key)))
        return EXIT_OK
    try:
        value = parse_value(args.key, args.value)
        check_together(settings, args.key, value)
    except InvalidSetting as error:
        raise UsageError(str(error)) from None
    if args.key == "startup.at_login":  # the entry first: when it fails, nothing is saved
        apply_at_login(value)
    try:
        save_setting(settings_file, args.key, value)
    except OSError as error:
        raise Failure(f"cannot write {settings_file}: {error.strerror}") from None
    return EXIT_OK


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
