"""Companion's Windows code, run for real by a Windows CPython under Wine: idle time, the global
shortcut, start at login, the microphone consent store, the single-instance socket and where
the files go. Each goes through Companion's own modules (or the real app); nothing is faked."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.conftest import read_log
from tests.windows.conftest import companion_cli, probe, remove_user_dirs, wine_user_dirs
from tests.windows.harness import WineEnvironment, windows_path

CONSENT_STORE = (
    r"HKCU\Software\Microsoft\Windows\CurrentVersion\CapabilityAccessManager"
    r"\ConsentStore\microphone"
)
SOFTPHONE = r"C:#Program Files#Softphone#softphone.exe"  # a desktop program: "#" for "\"
RUN_KEY = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Run"
STARTUP_APPROVED = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"
FILETIME_2026 = 134_090_000_000_000_000  # a FILETIME in 2026 (100-ns steps since 1601)


def reg(wine: WineEnvironment, *args: str) -> str:
    """Wine's own reg.exe: the registry as another program sees it."""
    result = wine.wine("reg", *args)
    return result.stdout.decode("utf-8", "replace") if result.returncode == 0 else ""


def test_the_process_age_comes_from_get_process_times(wine):
    asked = wine.run(
        "-c", "from companion.process.uptime import _windows_process_age as a; print(repr(a()))"
    )
    age = float(asked.stdout.decode().strip())  # None would not parse: the fallback was used
    assert 0 < age < 60


def test_idle_time_rises_and_falls_back_after_input(wine, wine_display):
    readings = probe(wine, "idle", display=wine_display)
    assert readings["name"] == "Windows GetLastInputInfo"
    assert readings["reason"] is None
    assert readings["start"] is not None and readings["start"] < 1.0
    assert readings["risen"] >= 2.0, readings
    assert readings["after_input"] < 1.0, readings


def test_the_microphone_probe_reads_the_consent_store(wine):
    wine.wine("reg", "delete", CONSENT_STORE, "/f")
    absent = probe(wine, "microphone")
    assert absent["name"] == "Windows microphone privacy settings"
    assert absent["reason"] == "unsupported_platform"  # Windows 10 before 1903: no store

    softphone = f"{CONSENT_STORE}\\NonPackaged\\{SOFTPHONE}"
    packaged = f"{CONSENT_STORE}\\Microsoft.SkypeApp_kzf8qxf38zg5c"
    try:
        for key, start, stop in ((softphone, FILETIME_2026, 0), (packaged, 1000, 2000)):
            for name, value in (("LastUsedTimeStart", start), ("LastUsedTimeStop", stop)):
                done = wine.wine("reg", "add", key, "/v", name, "/t", "REG_QWORD", "/d",
                                 str(value), "/f")  # fmt: skip
                assert done.returncode == 0, done.stderr
        recording = probe(wine, "microphone")
        assert recording["reason"] is None
        assert recording["in_use"] is True
        assert recording["apps"] == [SOFTPHONE]  # the packaged app stopped before it started

        stopped = str(FILETIME_2026 + 600_000_000)  # a minute later
        wine.wine("reg", "add", softphone, "/v", "LastUsedTimeStop", "/t", "REG_QWORD", "/d",
                  stopped, "/f")  # fmt: skip
        ended = probe(wine, "microphone")
        assert ended["in_use"] is False
        assert ended["apps"] == []
    finally:
        wine.wine("reg", "delete", CONSENT_STORE, "/f")


def test_start_at_login_writes_reads_and_removes_the_run_key(wine, tmp_path):
    home = tmp_path / "home"
    wine.wine("reg", "delete", STARTUP_APPROVED, "/v", "Companion", "/f")
    try:
        switched_on = companion_cli(wine, home, "config", "set", "startup.at_login", "true")
        assert switched_on.returncode == 0, switched_on.stderr.decode("utf-8", "replace")
        assert b"HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run" in (
            switched_on.stdout
        )
        listed = reg(wine, "query", RUN_KEY, "/v", "Companion")
        assert "REG_SZ" in listed and "pythonw.exe" in listed and "-m companion" in listed

        state = probe(wine, "autostart")
        assert state["enabled"] is True
        assert state["kind"] == 1  # REG_SZ
        assert state["value"].startswith('"') or " " not in state["value"].split(" -m ")[0]

        # Task Manager's Startup apps switch set to off: an odd first byte
        off = "03000000" + "00" * 8
        wine.wine("reg", "add", STARTUP_APPROVED, "/v", "Companion", "/t", "REG_BINARY",
                  "/d", off, "/f")  # fmt: skip
        assert probe(wine, "autostart")["enabled"] is False

        # Turning it on again in Companion clears the switch, or it would stay off
        again = companion_cli(wine, home, "config", "set", "startup.at_login", "true")
        assert again.returncode == 0
        assert probe(wine, "autostart")["enabled"] is True
        assert "Companion" not in reg(wine, "query", STARTUP_APPROVED)

        switched_off = companion_cli(wine, home, "config", "set", "startup.at_login", "false")
        assert switched_off.returncode == 0
        gone = probe(wine, "autostart")
        assert gone == {**gone, "enabled": False, "value": None}
        assert "Companion" not in reg(wine, "query", RUN_KEY)
    finally:
        wine.wine("reg", "delete", RUN_KEY, "/v", "Companion", "/f")
        wine.wine("reg", "delete", STARTUP_APPROVED, "/v", "Companion", "/f")


def test_the_shortcut_opens_the_quick_log_and_a_taken_one_is_reported(
    wine, wine_display, start_windows_app, tmp_path
):
    # Another program holds Ctrl+Alt+K: Companion must say so, not fail silently.
    holder = start_windows_app(
        program=wine.command(windows_path(Path(__file__).parent / "probes" / "hold_key.py"), "K")
    )
    home = tmp_path / "home"
    home.mkdir()
    (home / "settings.toml").write_text('[shortcuts]\nquick_log = "Ctrl+Alt+K"\n', "utf-8")
    holder.wait_for(r"holding Ctrl\+Alt\+K")
    taken = start_windows_app(home=home)
    taken.wait_for(r"global shortcut Ctrl\+Alt\+K not available \(Windows RegisterHotKey\)")
    assert "taken" in read_log(home)
    taken.stop()
    holder.stop()

    other = tmp_path / "other"
    app = start_windows_app(home=other)
    app.wait_for(r"global shortcut Ctrl\+Alt\+M for the quick log \(Windows RegisterHotKey\)")
    probe(wine, "send_input", "key", "M", "ctrl", "alt", display=wine_display)
    app.wait_for("quick log brought forward by its shortcut")
    app.assert_running()


def test_a_second_start_and_call_commands_reach_the_running_app(wine, start_windows_app, tmp_path):
    home = tmp_path / "home"
    app = start_windows_app(home=home)
    ready = app.wait_for(r"ready in (\d+) ms")
    assert 100 < int(ready.group(1)) < 60_000  # the process's age from GetProcessTimes
    app.wait_for("store open")

    second = companion_cli(wine, home, "--no-welcome")
    assert second.returncode == 0, second.stderr.decode("utf-8", "replace")
    app.wait_for("activated by a second start")
    app.wait_for("full store open")  # the mood log came forward
    app.assert_running()

    for word in ("start", "end"):
        told = companion_cli(wine, home, "call", word)
        assert told.returncode == 0, told.stderr.decode("utf-8", "replace")
        app.wait_for(rf"call {word} \(from the command line\)")
    app.assert_running()


def test_files_go_to_the_users_application_data_and_nowhere_else(wine, start_windows_app):
    remove_user_dirs(wine)
    before = snapshot(wine)
    dirs = wine_user_dirs(wine)
    app = start_windows_app(log_file=dirs["local"] / "logs" / "companion.log")
    try:
        app.wait_for(r"ready in \d+ ms")
        app.wait_for("store open")
        told = wine.run("-m", "companion", "config", "set", "breaks.micro_interval_minutes", "30")
        assert told.returncode == 0, told.stderr.decode("utf-8", "replace")
        app.stop()
        local = dirs["local"]
        assert (local / "companion.db").is_file()
        assert (local / "settings.toml").is_file()
        assert (local / "logs" / "companion.log").is_file()
        new = sorted(str(path) for path in snapshot(wine) - before)
        outside = [path for path in new if not path.startswith(str(local))]
        assert outside == [], outside
    finally:
        remove_user_dirs(wine)


def snapshot(wine: WineEnvironment) -> set[Path]:
    """Every file under the Wine prefix's C: drive except Windows' own folder and the Python."""
    drive = wine.prefix / "drive_c"
    skip = {drive / "windows"}
    found: set[Path] = set()
    for path in drive.rglob("*"):
        if any(parent in skip for parent in path.parents) or path in skip:
            continue
        if path.is_file():
            found.add(path)
    return found
