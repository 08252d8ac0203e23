"""What Windows adds around notices, run by a Windows CPython under Wine through Companion's own
modules: the notification state that holds breaks (shell32's SHQueryUserNotificationState; Wine
answers "accepts notifications", the rule for every other state is checked end to end with a
stand-in in tests/ui/test_screen_hold.py) and the AppUserModelID set at start.

What Wine cannot show (real Focus Assist, real toasts, mixed-DPI monitors) is on the tester's
checklist, docs/windows-desk-checklist.md."""

from __future__ import annotations

from tests.windows.conftest import probe

E_NOTIMPL = 0x80004001
ALL_DAY = (
    '[shift]\ndays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]\nhours = ["00:00-24:00"]\n'
)


def test_the_notification_state_comes_from_shell32(wine):
    found = probe(wine, "screen_state")
    assert found == {
        "name": "Windows SHQueryUserNotificationState",
        "reason": None,
        "state": "accepts",  # Wine: QUNS_ACCEPTS_NOTIFICATIONS
        "value": 5,
    }


def test_the_app_user_model_id_is_set_and_read_back(wine):
    found = probe(wine, "app_id")
    assert found["before"] is None  # nothing set it before Companion's own call
    assert found["took"] is True  # SetCurrentProcessExplicitAppUserModelID: S_OK
    if found["get_result"] == E_NOTIMPL:
        # Wine 8's GetCurrentProcessExplicitAppUserModelID is a stub: nothing to read back
        # (on Windows the same probe reads the id; the checklist has the toast's name).
        assert found["after"] is None
    else:
        assert found["get_result"] == 0 and found["after"] == "Companion.Companion"


def test_the_running_app_sets_its_id_and_reads_the_screen_state(start_windows_app, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    (home / "settings.toml").write_text(ALL_DAY, "utf-8")
    app = start_windows_app(home=home)
    app.wait_for(r"AppUserModelID: Companion\.Companion")
    app.wait_for(r"screen state: Windows SHQueryUserNotificationState")
    app.wait_for(r"screen state: accepts", timeout=120)  # the first reading, within 15 s
    app.assert_running()
