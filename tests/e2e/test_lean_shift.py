"""A shift's work in a fresh process loads neither SQLAlchemy nor pyqtgraph; review windows do.

SQLAlchemy keeps about 37 MB resident and pyqtgraph with numpy more; the tray process must stay
small all shift (issue 7). This drives the real app, offscreen, through what an agent does in a
shift (a break, a mood log with its offer, breathing, a thought record, a call, a check-in,
the day's summary, an exercise, where to turn, the settings with sharing turned on, the
reminders, the check before a team sync), then opens the mood log and the trends, which may
load them. Nor does the tray load the team server's driver (psycopg): `companion team sync`
sends in its own process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

SCRIPT = textwrap.dedent(
    """
    import json, sys, uuid
    from pathlib import Path
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from companion.process.lean import keep_no_source_lines
    keep_no_source_lines()
    from companion.app import CompanionApp
    from companion.domain.checkin import CheckIn
    from companion.paths import AppPaths
    from companion.settings import load_settings

    HEAVY = ("sqlalchemy", "alembic", "pyqtgraph", "numpy", "psycopg")

    def heavy():
        return sorted({name.split(".")[0] for name in sys.modules} & set(HEAVY))

    home = Path(sys.argv[1])
    paths = AppPaths(home, home)
    qt = QApplication([])
    qt.setQuitOnLastWindowClosed(False)
    app = CompanionApp(qt, paths, load_settings(paths.settings_file), "en")
    app.start()
    while app.breaks.driver is None or app.wellbeing.driver is None:
        qt.processEvents()
    seen = {"started": heavy()}

    app.menu.break_action.trigger()  # a break now, ended early
    app.breaks.presenter.window.end_early()
    app.mood.show_quick_log()  # a mood log after a hard call, with the offer that follows
    QTest.keyClick(app.mood.quick_log, Qt.Key.Key_9)
    QTest.keyClick(app.mood.quick_log, Qt.Key.Key_Return)
    assert app.reframing.support_offer is not None and app.reframing.support_offer.isVisible()
    app.reframing.breathe_for_a_minute()
    app.reframing.breathing_window.end_early()
    app.reframing.show_reframing()  # from the tray: a thought record, a draft, then finished
    app.reframing.wizard.thought.setPlainText("客户总是冲我发火")
    app.reframing.wizard.save_draft()
    app.reframing.wizard.finish()
    app.reframing.reframe_last_entry()  # offered from the entry just logged
    app.reframing.wizard.save_draft()
    app.breaks.set_on_call(True)
    app.breaks.set_on_call(False)
    app.wellbeing.offer_checkin()
    app.wellbeing.save_check_in(CheckIn(uuid.uuid4(), app.clock.now(), (3, 3, 2, 4, 3)))
    app.wellbeing.show_day_summary()
    app.reframing.show_exercises("detachment")  # between calls
    app.wellbeing.show_help_contacts()
    app.settings_window.show()
    app.settings_window.share_with_team(True)  # "Share daily summaries with my team"
    app.settings_window.dialog.close()
    app.team.sync.command = lambda: [sys.executable, "-c", "pass"]  # no network here
    app.team.sync.check()  # what the tray does before it starts `companion team sync`
    app.wellbeing.driver.check()
    qt.processEvents()
    seen["shift"] = heavy()
    counts = app.journal.day_summary(app.wellbeing.day_summary.summary.day)
    seen["counts"] = [counts.entries, counts.exercises, counts.breaks_offered]

    app.mood.show_history()
    seen["mood log"] = heavy()
    app.mood.show_dashboard()
    seen["trends"] = heavy()
    print(json.dumps(seen))
    app.shut_down()
    sys.stdout.flush()
    import os
    os._exit(0)
    """
)

SETTINGS = """\
[shift]
days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
hours = ["00:00-24:00"]
[calls]
detect_microphone = false
[team]
url = "postgresql://agent7@team.example.com/companion"
name = "售后二组"
"""


def test_a_shift_never_loads_sqlalchemy_or_the_charts(tmp_path: Path) -> None:
    (tmp_path / "settings.toml").write_text(SETTINGS, encoding="utf-8")
    # The first start creates the store (Alembic, so SQLAlchemy): an everyday start does not.
    subprocess.run(
        [sys.executable, "-m", "companion", "list"],
        env={**os.environ, "COMPANION_HOME": str(tmp_path)},
        check=True,
        capture_output=True,
        timeout=60,
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COMPANION_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["started"] == []
    assert seen["shift"] == []
    assert seen["counts"] == [1, 2, 1]  # the entry; breathing and the thought record; the break
    assert "sqlalchemy" in seen["mood log"]
    assert {"pyqtgraph", "numpy"} <= set(seen["trends"])
