"""Facts about the database file that can be checked without importing SQLAlchemy or Alembic."""

# The newest migration. A store already at this revision opens without loading Alembic;
# tests/storage/test_migrations.py checks it matches the newest script in migrations/versions.
SCHEMA_HEAD = "0007_cut_short_breaks"

# Written into the SQLite header (PRAGMA application_id) so a file can be told apart from
# another program's database: the bytes "CMPN".
APPLICATION_ID = 0x434D504E

# Every revision this version of Companion can migrate from, oldest first.
KNOWN_REVISIONS: tuple[str, ...] = (
    "0001_initial",
    "0002_break_events",
    "0003_thoughts_and_exercises",
    "0004_checkins_and_goals",
    "0005_team_sharing",
    "0006_own_goal",
    "0007_cut_short_breaks",
)

# The tables of a store at SCHEMA_HEAD; tests/storage/test_migrations.py checks them against the
# models. A store at the head that lacks one is damaged.
HEAD_TABLES: frozenset[str] = frozenset(
    {
        "mood_entry",
        "mood_emotion",
        "break_event",
        "thought_record",
        "exercise_use",
        "check_in",
        "goal",
        "goal_tick",
        "difficult_call_type",
        "team_share",
        "team_sent_day",
    }
)
