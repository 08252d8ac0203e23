"""The app as a screen reader meets it: Qt's real accessibility tree on a private AT-SPI bus,
read by Debian's python3 with pyatspi, keys pressed with xdotool; in both languages. One app
start per language for the whole module."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

import pytest

from tests.helpers.a11y_session import Session, accessible_app, focusable

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(sys.platform != "linux", reason="AT-SPI is the Linux accessibility bus"),
]

TITLES = {
    "en": {
        "quick_log": "Log mood · Companion",
        "history": "Mood log · Companion",
        "break": "Micro-break · Companion",
        "settings": "Settings · Companion",
    },
    "zh_CN": {
        "quick_log": "记录心情 · 心伴",
        "history": "心情记录 · 心伴",
        "break": "微休息 · 心伴",
        "settings": "设置 · 心伴",
    },
}
QUICK_LOG = "app.mood.quick_log"
ANNOUNCED = "object:announcement"


@pytest.fixture(scope="module", params=["en", "zh_CN"])
def session(request) -> Iterator[Session]:
    with accessible_app(request.param) as running:
        running.language = request.param  # type: ignore[attr-defined]
        yield running


def title(session: Session, window: str) -> str:
    return TITLES[session.language][window]  # type: ignore[attr-defined]


def open_quick_log(session: Session) -> dict:
    """The quick log, fresh and active (the stress slider focused), as the bus shows it."""
    session.do(f"app.mood.show_quick_log(); {QUICK_LOG}.forget(); {QUICK_LOG}.open_fresh()")
    session.activate(title(session, "quick_log"))
    return session.window(title(session, "quick_log"))


CJK = re.compile(r"[\u4e00-\u9fff]")


def unheard(session: Session, window: dict) -> list[tuple[str, str]]:
    """The focusable objects of `window` a screen reader cannot name meaningfully: no name,
    only digits or signs, or (in Chinese) no Chinese in it."""
    chinese = session.language == "zh_CN"  # type: ignore[attr-defined]
    bad = []
    for thing in focusable(window):
        name = thing["name"].strip()
        bare = not name or re.fullmatch(r"[\d\W_]*", name)
        if not thing["role"] or bare or (chinese and not CJK.search(name)):
            bad.append((thing["role"], name))
    return bad


def announcements(events: list[dict]) -> list[str]:
    return [event["data"] for event in events if event["type"] == ANNOUNCED]


def assert_in_language(session: Session, said: list[str]) -> None:
    """In Chinese, every announcement is said in Chinese."""
    if session.language == "zh_CN":  # type: ignore[attr-defined]
        assert all(CJK.search(text) for text in said), said


def test_the_stress_is_a_slider_whose_value_is_read_and_heard_when_chosen(session):
    window = open_quick_log(session)
    assert window["role"] == "dialog"
    sliders = [o for o in window["objects"] if o["role"] == "slider"]
    assert len(sliders) == 1, [o["role"] for o in window["objects"]]
    slider = sliders[0]
    assert "focused" in slider["states"]  # where the keyboard starts
    assert slider["name"].strip() and slider["description"].strip()
    assert_in_language(session, [slider["name"], slider["description"]])
    heard = session.listen("import subprocess; subprocess.run(['xdotool', 'key', '7'])", 1.0)
    values = [e["value"] for e in heard if e["type"].endswith("accessible-value")]
    assert values and values[-1] == 7.0, heard
    assert session.do(f"result = {QUICK_LOG}.form.stress_value()") == 7
    heard = session.listen("import subprocess; subprocess.run(['xdotool', 'key', 'Up'])", 1.0)
    values = [e["value"] for e in heard if e["type"].endswith("accessible-value")]
    assert values and values[-1] == 8.0, heard


def test_the_call_type_is_one_choice_of_radio_buttons_and_emotions_are_check_boxes(session):
    window = open_quick_log(session)
    radios = [o for o in window["objects"] if o["role"] == "radio button"]
    boxes = [o for o in window["objects"] if o["role"] == "check box" and o["states"]]
    assert len(radios) == 7, [(o["role"], o["name"]) for o in window["objects"]]
    emotions = [o for o in boxes if "focusable" in o["states"]]
    assert len(emotions) == 10
    session.do(f"{QUICK_LOG}.form.categories.set_selected(['refund'])")
    session.do(f"{QUICK_LOG}.form.categories.chips['refund'].click()")  # clears it again
    assert session.do(f"result = {QUICK_LOG}.form.category_code()") is None


def test_the_quick_logs_error_and_its_save_are_announced(session):
    open_quick_log(session)
    heard = session.listen("import subprocess; subprocess.run(['xdotool', 'key', 'Return'])", 1.0)
    errors = [e for e in heard if e["type"] == ANNOUNCED and e["detail1"] == 2]  # assertive
    assert errors and "10" in errors[0]["data"], heard
    heard = session.listen(
        "import subprocess; subprocess.run(['xdotool', 'key', '6', 'Return'])", 1.0
    )
    said = announcements(heard)
    assert any("6" in text for text in said), heard
    assert_in_language(session, [*said, errors[0]["data"]])
    assert not session.do(f"result = {QUICK_LOG}.isVisible()")


def test_windows_report_window_roles_not_filler(session):
    for show, window in (
        ("app.mood.show_history()", "app.mood.history"),
        ("app.mood.show_dashboard()", "app.mood.dashboard"),
    ):
        name = session.do(f"{show}; wait(300); result = {window}.windowTitle()")
        assert session.window(name)["role"] == "frame", name
        session.do(f"{window}.hide()")


RUNNING_BREAK = "[w for w in app.breaks.windows() if getattr(w, 'running', False)][0]"


def test_a_break_is_announced_with_its_time_left_and_the_breathing(session):
    # By default the start and the time left, not each breath (it speaks every few seconds).
    heard = session.listen("app.breaks.start_now(); wait(200)", 2.5)
    said = announcements(heard)
    assert said, heard
    start = said[0]
    assert re.search(r"\d", start), said  # how long it lasts
    breaths = session.do(f"result = {RUNNING_BREAK}.breathing.phase_words()")
    assert breaths and not set(breaths) & set(said), said
    session.do(f"{RUNNING_BREAK}.end_early()")
    # Asked for (breaks.speak_breathing): the first breath follows the start.
    session.do("app.keeper.apply({'breaks.speak_breathing': True})")
    said = announcements(session.listen("app.breaks.start_now(); wait(200)", 2.5))
    assert len(said) >= 2 and re.search(r"\d", said[0]), said
    assert set(breaths) & set(said[1:]), said
    session.do("app.keeper.apply({'breaks.speak_breathing': False})")
    assert_in_language(session, said)
    window = session.window(title(session, "break"))
    assert window["role"] == "frame"
    countdowns = [o for o in window["objects"] if re.fullmatch(r"\d+:\d\d", o["name"])]
    assert countdowns, [o["name"] for o in window["objects"]]  # the time itself is read
    assert countdowns[0]["description"].strip()
    session.do(f"{RUNNING_BREAK}.end_early()")


def assert_tab_goes_round(session: Session, window: str, name: str) -> list[dict]:
    """Tab from where the focus is reaches every Tab stop of `window` (an expression in the
    app) once, each a named object, and comes back: no trap, no nameless or doubled stop."""
    session.activate(name)
    stops = session.do(f"result = tab_stops({window})")
    assert stops and all(stop.strip() for stop in stops), stops
    walked = session.tabs(len(stops) + 1)
    names = [step["name"] for step in walked]
    assert all(step["role"] and step["name"].strip() for step in walked), walked
    assert names[len(stops)] == names[0], f"Tab did not come back after {len(stops)}: {names}"
    assert sorted(names[: len(stops)]) == sorted(stops), names
    if session.language == "zh_CN":  # type: ignore[attr-defined]
        assert all(CJK.search(name) for name in names), names
    return walked


def test_tab_goes_round_the_quick_log(session):
    open_quick_log(session)
    assert_tab_goes_round(session, QUICK_LOG, title(session, "quick_log"))
    session.do(f"{QUICK_LOG}.hide()")


def test_tab_leaves_the_mood_logs_table_and_goes_round(session):
    for stress in (3, 8):  # entries, so that the table shows
        session.do(
            f"app.mood.show_quick_log(); {QUICK_LOG}.form.stress.set_value({stress});"
            f" {QUICK_LOG}.save()"
        )
    session.do("app.mood.show_history(); wait(300)")
    walked = assert_tab_goes_round(session, "app.mood.history", title(session, "history"))
    assert "table" in [step["role"] for step in walked]  # the table is one stop, not a trap
    session.do("app.mood.history.hide()")


SETTINGS = "app.settings_window.dialog"


def test_tab_goes_round_every_settings_tab(session):
    session.do("app.settings_window.show(); wait(500)")
    count = session.do(f"result = {SETTINGS}.tabs.count()")
    for index in range(count):
        session.do(f"{SETTINGS}.tabs.setCurrentIndex({index}); wait(200)")
        window = session.window(title(session, "settings"))
        assert window["role"] == "dialog"
        assert not unheard(session, window), index
        assert_tab_goes_round(session, SETTINGS, title(session, "settings"))
    session.do(f"{SETTINGS}.tabs.setCurrentIndex(0); {SETTINGS}.reject()")


def test_every_control_of_the_quick_log_mood_log_and_break_has_a_meaningful_name(session):
    open_quick_log(session)
    assert not unheard(session, session.window(title(session, "quick_log")))
    session.do(f"{QUICK_LOG}.hide(); app.mood.show_history(); wait(300)")
    assert not unheard(session, session.window(title(session, "history")))
    session.do("app.mood.history.hide(); app.breaks.start_now(); wait(300)")
    assert not unheard(session, session.window(title(session, "break")))
    session.do("[w.end_early() for w in app.breaks.windows() if getattr(w, 'running', False)]")


def test_the_break_notice_is_heard_with_the_keys_that_answer_it_and_takes_no_focus(session):
    keys = "{'start': 'Ctrl+Alt+B', 'postpone': 'Ctrl+Alt+P', 'skip': 'Ctrl+Alt+S'}"
    notice = "app.breaks.presenter.notice"
    heard = session.listen(f"{notice}.show_notice('micro', 30, 5, keys={keys})", 1.0)
    said = announcements(heard)
    assert len(said) == 1, heard
    assert "30" in said[0] and "Ctrl+Alt+P" in said[0] and "Ctrl+Alt+S" in said[0], said
    assert_in_language(session, said)
    gained = [e for e in heard if e["type"].endswith("focused") and e["detail1"] == 1]
    assert not gained, gained  # the focus stayed where it was
    session.do(f"{notice}.hide_notice()")


@pytest.mark.parametrize(
    ("show", "window"),
    [
        ("app.mood.show_dashboard()", "app.mood.dashboard"),
        ("app.reframing.show_reframing()", "app.reframing.wizard"),
        ("app.reframing.show_exercises()", "app.reframing.exercises_window"),
    ],
)
def test_other_windows_are_frames_that_tab_goes_round(session, show, window):
    """Tab stops, not every object Qt calls focusable: a chart's viewport passes its focus on to
    the chart and is never reached."""
    name = session.do(f"{show}; wait(400); result = {window}.windowTitle()")
    shown = session.window(name)
    assert shown["role"] in ("frame", "dialog"), shown["role"]
    assert_tab_goes_round(session, window, name)
    session.do(f"{window}.hide()")


COLUMNS = {  # some of the trends tables' column headers, as a screen reader names them
    "en": {"Day", "Entries", "Daily mean", "Weekly mean", "Weekday", "Hour", "Mean stress"},
    "zh_CN": {"日期", "记录数", "每日平均", "每周平均", "星期", "时段", "平均压力"},
}
DASHBOARD = "app.mood.dashboard"


def test_the_trends_charts_show_as_tables_with_named_columns(session):
    """Each chart's *Show as table*: a table named after its chart, described by its summary,
    its columns named; Tab from the button enters the table and the next Tab leaves it."""
    for stress in (3, 8):  # entries, so that the charts have figures
        session.do(
            f"app.mood.show_quick_log(); {QUICK_LOG}.form.stress.set_value({stress});"
            f" {QUICK_LOG}.save()"
        )
    name = session.do(
        f"app.mood.show_dashboard(); wait(400); {DASHBOARD}.set_preset('4w');"
        f" [c.table_button.click() for c in {DASHBOARD}.cards.values()"
        " if c.has_table and not c.is_empty]; wait(300);"
        f" result = {DASHBOARD}.windowTitle()"
    )
    try:
        window = session.window(name)
        tables = [o for o in window["objects"] if o["role"] == "table"]
        named = [t for t in tables if t["name"] != ""]
        assert len(named) >= 3, [(o["role"], o["name"]) for o in window["objects"]]
        assert all(t["description"].strip() for t in named), named  # the one-line summary
        assert_in_language(session, [t["name"] for t in named])
        headers = {o["name"] for o in window["objects"] if o["role"] == "table column header"}
        cells = [o["name"] for o in window["objects"] if o["role"] == "table cell"]
        assert cells and all(":" in c or "：" in c for c in cells), cells  # column: value
        language = session.language  # type: ignore[attr-defined]
        assert COLUMNS[language] <= headers, headers
        assert not unheard(session, window)
        session.activate(name)
        session.do(f"{DASHBOARD}.cards['call-types'].table_button.setFocus(); wait(100)")
        walked = session.tabs(2)
        assert walked[0]["role"] == "table", walked  # Tab enters the table...
        assert walked[1]["role"] != "table" and walked[1]["name"], walked  # ...and leaves it
    finally:
        session.do(
            f"[c.show_as_table(False) for c in {DASHBOARD}.cards.values()]; {DASHBOARD}.hide()"
        )
