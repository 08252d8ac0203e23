"""The app as a screen reader meets it: Qt's real accessibility tree on a private AT-SPI bus,
read by Debian's python3 with pyatspi, keys pressed with xdotool; in both languages. One app
start per language for the whole module."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest

from tests.helpers.a11y_session import Session, accessible_app, focusable

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(sys.platform != "linux", reason="AT-SPI is the Linux accessibility bus"),
]

TITLES = {
    "en": {"quick_log": "Log mood · Companion"},
    "zh_CN": {"quick_log": "记录心情 · 心伴"},
}


@pytest.fixture(scope="module", params=["en", "zh_CN"])
def session(request) -> Iterator[Session]:
    with accessible_app(request.param) as running:
        running.language = request.param  # type: ignore[attr-defined]
        yield running


def title(session: Session, window: str) -> str:
    return TITLES[session.language][window]  # type: ignore[attr-defined]


def test_the_quick_log_is_read_and_walked_with_tab(session):
    session.do("app.mood.show_quick_log(); wait(300)")
    window = session.window(title(session, "quick_log"))
    assert window["role"] == "dialog"
    names = [o["name"] for o in focusable(window)]
    assert all(name.strip() for name in names), names
    session.activate(title(session, "quick_log"))
    walked = session.tabs(3)
    assert all(step["role"] for step in walked), walked
    session.do("app.mood.quick_log.hide()")
