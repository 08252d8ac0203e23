"""Qt fixtures: real widgets offscreen, on a real temporary store."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from companion.content.vocabulary import Vocabulary, load_vocabulary
from companion.domain.clock import FixedClock
from companion.domain.mood import make_mood_input
from companion.paths import AppPaths
from companion.storage.store import Store, open_store
from tests.helpers.store_template import place_new_store

NOW = datetime(2026, 11, 23, 6, 30, tzinfo=UTC)  # 14:30 in Shanghai


@pytest.fixture
def clock() -> FixedClock:
    from zoneinfo import ZoneInfo

    return FixedClock(NOW, ZoneInfo("Asia/Shanghai"))


@pytest.fixture
def store(tmp_path, clock) -> Iterator[Store]:
    opened, _report = open_store(place_new_store(AppPaths(tmp_path, tmp_path)), clock)
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def vocabulary() -> Vocabulary:
    return load_vocabulary()


def add_entry(store: Store, clock: FixedClock, minutes_ago: int, stress: int, **values):
    now = clock.now()
    return store.add_mood(
        make_mood_input(at=now - timedelta(minutes=minutes_ago), now=now, stress=stress, **values)
    )


@pytest.fixture
def desktop_colours_come_back(qapp) -> Iterator[None]:
    """The application (and its palette) is the session's: a theme test leaves it as it found
    it (the desktop's colours, normal contrast), and the log file an app it started opened is
    closed."""
    import logging

    from PySide6.QtGui import QPalette

    from companion.ui.style import apply_theme

    before = QPalette(qapp.palette())
    level = logging.getLogger().level
    yield
    apply_theme(qapp, "system", "normal")
    assert qapp.palette().color(QPalette.ColorRole.Window) == before.color(
        QPalette.ColorRole.Window
    )
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, logging.FileHandler):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
