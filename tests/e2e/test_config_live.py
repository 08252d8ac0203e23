"""Issue 26: `companion config set` on the real, running app applies at once, for each kind of
setting, and the file, the command and the app agree; a hand edit of settings.toml applies the
same way; a bad value is refused and changes nothing."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import tomllib

import pytest

from tests.e2e.conftest import base_env, companion, need_tools, read_log, wait_for_log

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(os.name != "posix", reason="asks the Unix socket directly"),
]

# key, as typed, as `config get` prints it (the file's own form), as the app's log shows it
CHANGES = [
    ("breaks.micro_seconds", "20", "20", "20"),
    ("breaks.micro_interval_minutes", "30", "30", "30"),
    ("shift.hours", "8:00-12:00, 13:00-17:30", '["08:00-12:00", "13:00-17:30"]', None),
    ("shift.days", "mon tue wed thu fri sat", '["mon", "tue", "wed", "thu", "fri", "sat"]', None),
    ("language", "zh_CN", '"zh_CN"', "'zh_CN'"),
    ("calls.offer_mood_log", "yes", "true", "True"),
    ("breaks.dim_screen", "on", "true", "True"),
    ("shortcuts.quick_log", "ctrl+alt+k", '"Ctrl+Alt+K"', "'Ctrl+Alt+K'"),
]


def in_force(home, env) -> dict:
    """What the running app answers when asked which settings it uses (`config get` asks the
    same), straight from its socket."""
    from companion.ipc.channel import socket_name
    from companion.ipc.protocol import GetSettings, encode

    name = socket_name(home, {"XDG_RUNTIME_DIR": env.get("XDG_RUNTIME_DIR", "")})
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.settimeout(10)
        client.connect(name)
        client.sendall(encode(GetSettings()))
        answer = b""
        while not answer.endswith(b"\n"):
            answer += client.recv(65536)
    reply = json.loads(answer)
    assert reply["ok"] is True
    return reply["values"]


def test_config_set_reaches_the_running_app_for_each_kind_of_setting(start_app):
    running = start_app()
    home, env = running.home, running.env
    wait_for_log(home, "store open", running.process)
    wait_for_log(home, r"global shortcut Ctrl\+Alt\+M", running.process)

    for key, typed, shown, logged in CHANGES:
        result = companion("config", "set", key, typed, env=env)
        assert result.returncode == 0, result.stderr
        line = rf"settings in force changed \(from the command line\): {re.escape(key)}"
        if logged is not None:
            line += f" = {re.escape(logged)}"
        wait_for_log(home, line, running.process, timeout=10)
        assert result.stdout == f"{key} = {shown} saved. Companion is running and uses it now.\n"
        got = companion("config", "get", key, env=env)
        assert (got.returncode, got.stdout, got.stderr) == (0, f"{shown}\n", "")

    log = read_log(home)
    assert "language set to zh_CN (zh_CN)" in log  # the app speaks Chinese now
    assert re.search(r"global shortcut Ctrl\+Alt\+K (for the quick log|not available)", log)
    values = in_force(home, env)
    assert values["breaks.micro_seconds"] == 20
    assert values["shift.hours"] == ["08:00-12:00", "13:00-17:30"]
    assert values["language"] == "zh_CN" and values["calls.offer_mood_log"] is True
    assert values["shortcuts.quick_log"] == "Ctrl+Alt+K"
    in_file = tomllib.loads((home / "settings.toml").read_text(encoding="utf-8"))
    assert in_file["breaks"] == {
        "micro_seconds": 20,
        "micro_interval_minutes": 30,
        "dim_screen": True,
    }
    listed = companion("config", "get", env=env)  # every key: no warning that they disagree
    assert listed.returncode == 0 and listed.stderr == ""

    # Bad values: a clear message, exit 2, nothing changed anywhere.
    before = (home / "settings.toml").read_bytes()
    for key, typed, reason in (
        ("breaks.micro_seconds", "5", "must be a whole number from 20 to 120"),
        ("breaks.long_interval_minutes", "20", "must be a whole number from 30 to 480"),
        ("breaks.micro_interval_minutes", "110", "can't come more often than a micro-break"),
        ("shortcuts.quick_log", "k", "shortcut"),
        ("breaks.colour", "blue", "unknown key"),
    ):
        refused = companion("config", "set", key, typed, env=env)
        assert refused.returncode == 2, refused
        assert refused.stderr.startswith("companion config: ") and reason in refused.stderr
        assert refused.stdout == "" and "Traceback" not in refused.stderr
    assert (home / "settings.toml").read_bytes() == before
    assert in_force(home, env) == values
    assert running.process.poll() is None

    # An administrator edits the file by hand: applied the same way, once the editor is done.
    (home / "settings.toml").write_text(
        '# set by IT\nlanguage = "en"\n[breaks]\nmicro_seconds = 60\n', encoding="utf-8"
    )
    wait_for_log(
        home,
        r"settings in force changed \(the settings file changed\): .*breaks\.micro_seconds = 60",
        running.process,
    )
    wait_for_log(home, r"language set to en \(en\)", running.process)
    values = in_force(home, env)
    assert values["breaks.micro_seconds"] == 60 and values["shift.hours"] == ["09:00-18:00"]
    assert companion("config", "get", "breaks.micro_seconds", env=env).stdout == "60\n"
    assert running.stop() == 0


@pytest.mark.skipif(sys.platform != "linux", reason="Xvfb and xdotool are Linux tools")
def test_a_shortcut_set_from_the_command_line_is_the_one_that_works(
    start_app, tmp_path, bare_x_display
):
    need_tools("xdotool")
    env = base_env(tmp_path / "home", QT_QPA_PLATFORM="xcb", DISPLAY=bare_x_display)
    running = start_app(env, "--lang", "en")
    wait_for_log(running.home, r"global shortcut Ctrl\+Alt\+M for the quick log", running.process)
    result = companion("config", "set", "shortcuts.quick_log", "Ctrl+Alt+K", env=env)
    assert result.returncode == 0, result.stderr
    wait_for_log(running.home, r"global shortcut Ctrl\+Alt\+K for the quick log", running.process)
    for keys in ("ctrl+alt+m", "ctrl+alt+k"):  # the old keys first: they do nothing now
        subprocess.run(
            ["xdotool", "key", keys],
            env={**os.environ, "DISPLAY": bare_x_display},
            check=True,
            timeout=10,
            capture_output=True,
        )
    opened = "quick log brought forward by its shortcut"
    wait_for_log(running.home, opened, running.process)
    assert read_log(running.home).count(opened) == 1
    assert running.stop() == 0


def test_with_no_app_running_config_set_says_when_it_takes_effect(tmp_path):
    env = base_env(tmp_path / "home")
    result = companion("config", "set", "breaks.micro_seconds", "20", env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        "breaks.micro_seconds = 20 saved. Companion is not running: it takes effect when it "
        "next starts.\n"
    )
    assert (tmp_path / "home" / "settings.toml").read_text(encoding="utf-8") == (
        "[breaks]\nmicro_seconds = 20\n"
    )
