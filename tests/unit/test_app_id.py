"""The AppUserModelID (companion/platform/app_id.py): a stable id, and nothing done (nor raised)
off Windows. Set and read back for real under Wine: tests/windows/test_windows_notices.py."""

from __future__ import annotations

import re
from pathlib import Path

from companion.platform import app_id

ROOT = Path(__file__).resolve().parents[2]


def test_the_id_is_stable_and_of_the_documented_form():
    assert app_id.APP_USER_MODEL_ID == "Companion.Companion"  # never to change
    # Company.Product[.SubProduct[.Version]]: no spaces, at most 128 characters
    assert re.fullmatch(r"[A-Za-z0-9]+(\.[A-Za-z0-9]+){1,3}", app_id.APP_USER_MODEL_ID)
    installer = ROOT / "scripts" / "windows" / "installer.nsi"
    text = installer.read_text(encoding="utf-8-sig")
    assert '!define APP_USER_MODEL_ID "Companion.Companion"' in text  # the shortcut's, the same


def test_elsewhere_it_does_nothing():
    assert app_id.set_app_user_model_id() is False
    assert app_id.current_app_user_model_id() is None
