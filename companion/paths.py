"""Where Companion keeps its files, and where it finds the files it ships with.

With `COMPANION_HOME` set, everything (store, backups, logs, settings) lives under that folder;
otherwise the store is in the user data directory and the settings in the user config directory.
Shipped files (`resources/`, `data/`) are found the same way from a source tree, an installed
wheel and a PyInstaller bundle.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

HOME_VARIABLE = "COMPANION_HOME"
DB_NAME = "companion.db"
SETTINGS_NAME = "settings.toml"


@dataclass(frozen=True, slots=True)
class AppPaths:
    data_dir: Path
    config_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / DB_NAME

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def logs_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def log_file(self) -> Path:
        return self.logs_dir / "companion.log"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / SETTINGS_NAME

    @property
    def instance_lock(self) -> Path:
        return self.data_dir / "companion.lock"

    @property
    def team_lock(self) -> Path:
        """Held by `companion team sync` and `team withdraw` while they run (storage.team_lock)."""
        return self.data_dir / "team.lock"


def app_paths(environ: dict[str, str] | None = None) -> AppPaths:
    env = os.environ if environ is None else environ
    home = env.get(HOME_VARIABLE, "").strip()
    if home:
        root = Path(home).expanduser().absolute()
        return AppPaths(data_dir=root, config_dir=root)
    import platformdirs

    return AppPaths(
        data_dir=Path(platformdirs.user_data_dir("Companion", appauthor=False)),
        config_dir=Path(platformdirs.user_config_dir("Companion", appauthor=False)),
    )


def _shipped_roots() -> list[Path]:
    roots = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        roots.append(Path(bundle))
    roots.append(Path(__file__).resolve().parent.parent)  # source tree or editable install
    roots.append(Path(sys.prefix) / "share" / "companion")  # wheel (data files)
    return roots


def shipped_dir(name: str) -> Path:
    """`resources` or `data`, wherever this copy of Companion was installed from."""
    for root in _shipped_roots():
        candidate = root / name
        if candidate.is_dir():
            return candidate
    searched = ", ".join(str(root / name) for root in _shipped_roots())
    raise FileNotFoundError(f"Companion's {name!r} folder is missing (looked in {searched})")


def resources_dir() -> Path:
    return shipped_dir("resources")


def data_dir() -> Path:
    return shipped_dir("data")


class DataDirError(RuntimeError):
    """The data folder cannot be created or written."""


def ensure_private_dir(path: Path) -> None:
    """Create `path` readable by its owner only (0700), or say clearly why it cannot be used."""
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        if os.name == "posix":
            path.chmod(0o700)
        probe = path / f".write-test-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as error:
        reason = _gone(path) or error.strerror or str(error)
        raise DataDirError(f"Companion cannot write to its data folder {path}: {reason}") from None


def _gone(path: Path) -> str | None:
    """Why a folder cannot be made when the place it leads to has gone: a link to a drive or a
    share that is not there now (mkdir would only say "File exists")."""
    for place in (path, *path.parents):
        if place.is_symlink() and not place.exists():
            return (
                f"{place} leads to {place.readlink()}, which is not there now (a drive or a "
                "network folder not connected?)"
            )
    return None
