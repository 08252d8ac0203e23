"""The map stays true: every package under companion/ and every module at its top is named in
the README's code map and in docs/architecture.md, so a newcomer who reads either finds every
part of the tree (a new package or module fails this test until the two documents say what it
is)."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "companion"


def packages() -> list[str]:
    """Every package below companion/, as its path inside it ("team", "platform/hotkey")."""
    return sorted(
        init.parent.relative_to(PACKAGE).as_posix()
        for init in PACKAGE.rglob("__init__.py")
        if init.parent != PACKAGE
    )


def top_modules() -> list[str]:
    return sorted(module.name for module in PACKAGE.glob("*.py") if module.name != "__init__.py")


def code_map() -> str:
    """The README's code map: the fenced block of its Development section that starts with
    `companion/`."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    development = readme.split("\n## Development", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```\n(.*?)```", development, flags=re.DOTALL)
    maps = [block for block in blocks if block.startswith("companion/")]
    assert maps, "the README's Development section has no code map (a block from companion/)"
    return maps[0]


def missing(text: str) -> list[str]:
    """The packages and top-level modules `text` does not name: a package by its last folder
    name with a slash ("hotkey/"), a module by its file name ("run.py")."""
    names = [f"{package.rsplit('/', 1)[-1]}/" for package in packages()] + top_modules()
    return [name for name in names if not re.search(rf"(?<![\w.]){re.escape(name)}(?!\w)", text)]


def test_the_tree_is_what_the_test_expects() -> None:
    assert {"domain", "storage", "team", "ui", "platform/hotkey", "process"} <= set(packages())
    assert {"app.py", "__main__.py"} <= set(top_modules())


def test_the_top_of_companion_keeps_only_the_root_and_what_every_part_uses() -> None:
    """The process's start is in process/, the running app's services in services/, the team's
    client side in team/: a new loose module at the top belongs in a package (or here, with a
    reason: every part uses it)."""
    every_part_uses = {"paths.py", "files.py", "logs.py", "spreadsheet.py"}
    assert set(top_modules()) == {"app.py", "__main__.py"} | every_part_uses


def test_the_readme_code_map_names_every_package_and_top_level_module() -> None:
    assert missing(code_map()) == []


def test_the_architecture_document_names_every_package_and_top_level_module() -> None:
    document = (REPO / "docs" / "architecture.md").read_text(encoding="utf-8")
    assert missing(document) == []


def test_a_name_left_out_is_found() -> None:
    assert "team/" in missing("companion/\n  teams/ the team\n  ui/\n")
    assert "app.py" in missing("webapp.py and app.pyc")
    assert "app.py" not in missing("app.py: the root")


def test_the_features_package_names_only_features_that_exist() -> None:
    """features/__init__.py lists each feature as "- `name`: …": every one is a module there,
    and every module there is listed."""
    folder = PACKAGE / "features"
    listed = set(re.findall(r"^- `(\w+)`:", (folder / "__init__.py").read_text(), re.MULTILINE))
    modules = {module.stem for module in folder.glob("*.py") if module.stem != "__init__"}
    assert listed == modules
