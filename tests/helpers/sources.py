"""A fingerprint of source files, for builds cached "once per state of the sources"."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any


def add_files(digest: Any, root: Path, paths: Iterable[Path]) -> None:
    """Feed `digest` (a hashlib object) each file under `paths` (files, or folders walked in
    order), by its path relative to `root` and its bytes; __pycache__ is left out."""
    for path in paths:
        for file in sorted(path.rglob("*")) if path.is_dir() else [path]:
            if file.is_file() and "__pycache__" not in file.parts:
                digest.update(str(file.relative_to(root)).encode())
                digest.update(file.read_bytes())
