"""The settings in force read again from the file (`SettingsKeeper.reload`): what changed is
named, a bad key takes its default as at a start, and a file that cannot be used changes
nothing and stays where it is."""

from __future__ import annotations

from pathlib import Path

from companion.services.settings_service import SettingsKeeper, changes
from companion.settings import load_settings


def keeper_on(path: Path, text: str) -> SettingsKeeper:
    path.write_text(text, encoding="utf-8")
    return SettingsKeeper(path, load_settings(path))


def test_a_changed_file_names_exactly_what_changed(tmp_path):
    path = tmp_path / "settings.toml"
    keeper = keeper_on(path, "[breaks]\nmicro_seconds = 40\ndim_screen = true\n")
    assert keeper.reload().changed == {}
    path.write_text('language = "zh_CN"\n[breaks]\nmicro_seconds = 20\n', encoding="utf-8")
    reloaded = keeper.reload()
    assert reloaded.changed == {
        "language": "zh_CN",
        "breaks.micro_seconds": 20,
        "breaks.dim_screen": False,  # no longer set: its default
    }
    assert (reloaded.problems, reloaded.unusable) == ([], None)
    assert keeper.settings.get("breaks.micro_seconds") == 20


def test_a_bad_key_takes_its_default_as_at_a_start_and_is_named(tmp_path):
    path = tmp_path / "settings.toml"
    keeper = keeper_on(path, "[breaks]\nmicro_seconds = 60\n")
    path.write_text("[breaks]\nmicro_seconds = 5\n", encoding="utf-8")
    reloaded = keeper.reload()
    assert reloaded.changed == {"breaks.micro_seconds": 40}
    assert len(reloaded.problems) == 1 and "micro_seconds" in reloaded.problems[0]


def test_a_file_that_cannot_be_used_changes_nothing_and_stays(tmp_path):
    path = tmp_path / "settings.toml"
    keeper = keeper_on(path, "[breaks]\nmicro_seconds = 60\n")
    path.write_text("[breaks\nmicro_seconds = 90\n", encoding="utf-8")  # mid-edit
    reloaded = keeper.reload()
    assert reloaded.changed == {} and reloaded.unusable is not None
    assert "not valid TOML" in reloaded.unusable
    assert keeper.settings.get("breaks.micro_seconds") == 60
    assert path.read_text(encoding="utf-8") == "[breaks\nmicro_seconds = 90\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.toml"]


def test_a_removed_file_means_the_defaults(tmp_path):
    path = tmp_path / "settings.toml"
    keeper = keeper_on(path, 'language = "en"\n')
    path.unlink()
    assert keeper.reload().changed == {"language": "system"}


def test_applying_names_what_changed_in_force_the_file_included(tmp_path):
    path = tmp_path / "settings.toml"
    keeper = keeper_on(path, "")
    path.write_text('language = "en"\n', encoding="utf-8")  # not read yet
    applied = keeper.apply({"breaks.micro_seconds": 20})
    assert applied.changed == {"language": "en", "breaks.micro_seconds": 20}
    assert changes(keeper.settings, keeper.settings) == {}


def test_a_value_is_written_whenever_the_file_says_otherwise(tmp_path):
    """The file changed behind the keeper's back (not read yet): applying the value in force
    still writes it, so that the file and the app never end up disagreeing."""
    path = tmp_path / "settings.toml"
    keeper = keeper_on(path, "[breaks]\nmicro_seconds = 40\n")
    path.write_text("[breaks]\nmicro_seconds = 20\n", encoding="utf-8")
    keeper.apply({"breaks.micro_seconds": 40})
    assert path.read_text(encoding="utf-8") == "[breaks]\nmicro_seconds = 40\n"
    assert keeper.settings.get("breaks.micro_seconds") == 40


def test_a_value_that_could_not_be_written_stays_in_force_after_a_reload(tmp_path, monkeypatch):
    """Saving two keys where one cannot be written (a full disk): the watcher reads the file
    back for the other, and the first must not quietly go back to the file's old value."""
    import companion.services.settings_service as service

    path = tmp_path / "settings.toml"
    keeper = keeper_on(path, "[breaks]\nmicro_seconds = 40\n")
    real_save = service.save_setting

    def save(target, key, value):
        if key == "breaks.micro_seconds":
            raise OSError(28, "No space left on device")
        real_save(target, key, value)

    monkeypatch.setattr(service, "save_setting", save)
    applied = keeper.apply({"breaks.micro_seconds": 20, "breaks.dim_screen": True})
    assert applied.not_saved and "micro_seconds" in applied.not_saved[0]
    reloaded = keeper.reload()  # the file changed (dim_screen was written)
    assert keeper.settings.get("breaks.micro_seconds") == 20
    assert "breaks.micro_seconds" not in reloaded.changed
    path.write_text("[breaks]\nmicro_seconds = 90\ndim_screen = true\n", encoding="utf-8")
    keeper.reload()  # an edit of that key in the file wins
    assert keeper.settings.get("breaks.micro_seconds") == 90


def test_a_language_that_could_not_be_written_stays_in_force_after_a_reload(tmp_path, monkeypatch):
    import companion.services.settings_service as service

    path = tmp_path / "settings.toml"
    keeper = keeper_on(path, 'language = "en"\n')

    def save(_target, _key, _value):
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(service, "save_setting", save)
    assert keeper.save_language("zh_CN") is not None
    path.write_text('language = "en"\n[breaks]\nmicro_seconds = 60\n', encoding="utf-8")
    keeper.reload()
    assert keeper.settings.get("language") == "zh_CN"


def test_a_password_written_into_team_url_by_hand_is_moved_out_at_once(tmp_path, caplog):
    """An administrator's script drops a URL with the login's password into the file while
    Companion runs: the password goes to the password file, and what is in force holds none."""
    path = tmp_path / "settings.toml"
    keeper = keeper_on(path, '[team]\nname = "一组"\n')
    path.write_text(
        '[team]\nname = "一组"\nurl = "postgresql://a7:Kw8-hand@db.example.com/c"\n',
        encoding="utf-8",
    )
    reloaded = keeper.reload()
    assert reloaded.changed == {"team.url": "postgresql://a7@db.example.com/c"}
    assert "Kw8-hand" not in path.read_text(encoding="utf-8") + caplog.text
    assert "is now kept in" in caplog.text
    assert (tmp_path / "team.pgpass").read_text() == "db.example.com:*:c:a7:Kw8-hand\n"
