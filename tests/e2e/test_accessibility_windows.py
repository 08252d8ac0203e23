"""Every other window and dialog as a screen reader meets it, on Qt's real accessibility tree
(see test_accessibility_tree.py for the quick log, the mood log, the break and the settings):
each a frame or a dialog, each focusable object named meaningfully (in Chinese in Chinese), each
value readable, Tab round it with no trap. One app start per language walks all of them."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

import pytest

from tests.e2e.test_accessibility_tree import assert_in_language, assert_tab_goes_round, unheard
from tests.helpers.a11y_session import Session, accessible_app, focusable

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(sys.platform != "linux", reason="AT-SPI is the Linux accessibility bus"),
]

VALUED = ("slider", "spin button", "scroll bar", "progress bar")
# a name a programmer gave ("contactScroll", "check_in", "QPushButton"), not one a person hears
OBJECT_NAME = re.compile(r"Q[A-Z]\w+|[a-z]+(?:[A-Z_][a-z0-9]*)+")


@pytest.fixture(scope="module", params=["en", "zh_CN"])
def session(request) -> Iterator[Session]:
    with accessible_app(request.param) as running:
        running.language = request.param  # type: ignore[attr-defined]
        running.do(  # an entry, so that the mood log has a row to edit and the summary a day
            "app.mood.show_quick_log(); app.mood.quick_log.form.stress.set_value(6);"
            " app.mood.quick_log.save()"
        )
        yield running


def assert_heard_in_full(session: Session, show: str, window: str, *, tab: bool = True) -> None:
    """`show` opens `window` (an expression in the app): a frame or dialog whose focusable
    objects are all named, whose values can be read, and round which Tab goes."""
    name = session.do(f"{show}; wait(400); result = {window}.windowTitle()")
    assert name.strip(), window
    shown = session.window(name)
    assert shown["role"] in ("frame", "dialog"), (window, shown["role"])
    assert not unheard(session, shown), (window, unheard(session, shown))
    named = [o["name"].strip() for o in focusable(shown)]
    assert not [n for n in named if OBJECT_NAME.fullmatch(n)], (window, named)
    for thing in focusable(shown):
        if thing["role"] in VALUED:
            assert thing["value"] is not None, (window, thing)
    radios = [o for o in focusable(shown) if o["role"] == "radio button"]
    if radios:  # a choice says which of it is chosen
        assert all("checkable" in o["states"] for o in radios), (window, radios)
    if tab:
        assert_tab_goes_round(session, window, name)


def test_the_welcome_window(session):
    assert_heard_in_full(session, "app.welcome.show()", "app.welcome.window")
    session.do("app.welcome.window.hide()")


def test_the_mood_entrys_edit_dialog(session):
    editor = "app.mood.history.editor"
    assert_heard_in_full(
        session,
        "app.mood.show_history(); wait(300); app.mood.history.table.selectRow(0);"
        " app.mood.history.edit_selected()",
        editor,
    )
    session.do(f"{editor}.reject(); app.mood.history.hide()")


def test_the_who5_check_in_and_its_result(session):
    checkin = "app.wellbeing.checkin"
    assert_heard_in_full(session, "app.wellbeing.offer_checkin()", checkin)
    answered = f"[{checkin}.answer(row, 1) for row in range(5)]; {checkin}.submit()"
    assert_heard_in_full(session, answered, checkin)  # a low score: where to turn offered
    session.do("app.wellbeing.checkin.hide()")


def test_the_day_summary(session):
    assert_heard_in_full(session, "app.wellbeing.show_day_summary()", "app.wellbeing.day_summary")
    session.do("app.wellbeing.day_summary.hide()")


def test_the_action_plan(session):
    assert_heard_in_full(session, "app.wellbeing.show_plan()", "app.wellbeing.plan_window")
    session.do("app.wellbeing.plan_window.hide()")


def test_where_to_turn(session):
    assert_heard_in_full(session, "app.wellbeing.show_help_contacts()", "app.wellbeing.help_window")
    session.do("app.wellbeing.help_window.hide()")


WIZARD = "app.reframing.wizard"


@pytest.mark.parametrize("step", range(7))
def test_each_step_of_the_reframing_wizard(session, step):
    show = (
        f"app.reframing.show_reframing(); wait(200);"
        f" {WIZARD}.thought.setPlainText({WIZARD}.tr('A thought')); {WIZARD}.go({step})"
    )
    assert_heard_in_full(session, show, WIZARD)
    assert session.do(f"result = {WIZARD}.pages.currentIndex()") == step


EXERCISES = "app.reframing.exercises_window"


@pytest.mark.parametrize(
    "code", ["breathing", "detachment", "nvc", "positive_reframing", "task_split"]
)
def test_each_exercise_before_during_and_after(session, code):
    """Each stage: how distressed before, the exercise itself (stopped at once if timed), and
    how distressed after."""
    page = f"{EXERCISES}.pages[{code!r}]"
    assert_heard_in_full(session, f"app.reframing.show_exercises({code!r})", EXERCISES)
    assert_heard_in_full(
        session, f"{page}.next(); {page}.running and {page}.stop_early(); wait(200)", EXERCISES
    )
    assert_heard_in_full(session, f"{page}.go(2)", EXERCISES)  # AFTER
    session.do(f"{page}.reset(); {EXERCISES}.hide()")


def test_the_trends_window_names_every_control(session):
    """(Its Tab order is walked in test_accessibility_tree.py.)"""
    assert_heard_in_full(session, "app.mood.show_dashboard()", "app.mood.dashboard", tab=False)
    session.do("app.mood.dashboard.hide()")


def test_the_break_notice_is_a_window_whose_buttons_are_named(session):
    """It takes no focus (the keys that answer it are global), so nothing in it is focusable;
    its buttons are still named, for a screen reader's review of the screen."""
    notice = "app.breaks.presenter.notice"
    keys = "{'start': 'Ctrl+Alt+B', 'postpone': 'Ctrl+Alt+P', 'skip': 'Ctrl+Alt+S'}"
    name = session.do(
        f"{notice}.show_notice('micro', 30, 5, keys={keys}); wait(300);"
        f" result = {notice}.windowTitle()"
    )
    shown = session.window(name)
    assert shown["role"] == "frame", shown["role"]
    buttons = [o for o in shown["objects"] if o["role"] == "push button"]
    assert len(buttons) == 3, shown["objects"]
    assert not unheard(
        session, {"objects": [{**o, "states": ["focusable", "showing"]} for o in buttons]}
    )
    session.do(f"{notice}.hide_notice()")


TEAM = "team_window"


def test_the_team_window(session):
    """As `companion team view` opens it (its own process there), on made-up figures."""
    session.do(
        "from companion.ui.team_window import TeamWindow\n"
        "from companion.ui.window_slot import speaks\n"
        "from tests.helpers.team_figures import sample_reading\n"
        "team_window = TeamWindow(lambda team, weeks: sample_reading(weeks), None, 13,"
        " app.content.vocabulary, app.clock)\n"
        "speaks(team_window, app.speech)\n"
        "team_window.show(); team_window.refresh(); wait(1500)"
    )
    assert_heard_in_full(session, "team_window.activateWindow()", TEAM)
    session.do("team_window.close()")


SETTINGS = "app.settings_window.dialog"


def test_every_settings_tab_names_its_controls_and_reads_its_values(session):
    """(Tab round each tab is walked in test_accessibility_tree.py.)"""
    session.do("app.settings_window.show(); wait(500)")
    count = session.do(f"result = {SETTINGS}.tabs.count()")
    for index in range(count):
        show = f"{SETTINGS}.tabs.setCurrentIndex({index})"
        assert_heard_in_full(session, show, SETTINGS, tab=False)
    session.do(f"{SETTINGS}.tabs.setCurrentIndex(0); {SETTINGS}.reject()")


@pytest.mark.parametrize(
    ("show", "window"),
    [
        ("app.reframing.show_records()", "app.reframing.records_window"),
        ("app.reframing.show_practice()", "app.reframing.practice"),
        ("app.reframing.offer_support(9, abusive=True)", "app.reframing.support_offer"),
    ],
)
def test_the_thought_records_practice_and_support_offer(session, show, window):
    assert_heard_in_full(session, show, window)
    session.do(f"{window}.hide()")


STAND_IN = "app.presence.stand_in"


def test_the_stand_in_window_offers_every_window_as_a_named_button(session):
    """Where no tray is (this screen has none), the stand-in window is the keyboard's way to
    every window: a frame whose buttons are all named (the access key's & never said), the four
    with global keys described by them, and Tab round them all."""
    name = session.do(
        f"assert {STAND_IN} is not None; {STAND_IN}.show(); wait(300);"
        f" result = {STAND_IN}.windowTitle()"
    )
    keys = session.do(f"result = {{k: v for k, v in {STAND_IN}._menu.keys.items()}}")
    assert set(keys) == {
        "shortcuts.quick_log",
        "shortcuts.mood_log",
        "shortcuts.trends",
        "shortcuts.settings",
    }
    assert all(keys.values()), keys  # the defaults: each window has keys
    shown = session.window(name)
    assert shown["role"] == "frame", shown["role"]
    buttons = [o for o in shown["objects"] if o["role"] == "push button"]
    assert len(buttons) >= 14, [(o["role"], o["name"]) for o in shown["objects"]]
    assert not unheard(session, shown)
    assert not [b["name"] for b in buttons if "&" in b["name"]], buttons
    described = {b["name"]: b["description"] for b in buttons if b["description"].strip()}
    for key, sequence in keys.items():
        label = session.do(f"result = {STAND_IN}.keyed_buttons[{key!r}][0].text().replace('&', '')")
        assert sequence in described.get(label, ""), (key, label, described)
    assert_in_language(session, list(described.values()))
    walked = assert_tab_goes_round(session, STAND_IN, name)
    assert {step["role"] for step in walked} == {"push button"}, walked
