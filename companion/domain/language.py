"""Which language the app speaks."""

from __future__ import annotations

SUPPORTED = ("zh_CN", "en")  # the one list of languages Companion speaks
SETTING_CHOICES = ("system", *SUPPORTED)  # what the `language` setting and the menu offer


def resolve_language(command_line: str | None, setting: str, system_locale: str) -> str:
    """The language to use: the command line wins, then the setting, then the system locale.

    Every Chinese locale (zh_TW, zh_HK, zh_SG, ...) falls back to Simplified Chinese; any other
    locale to English.
    """
    if command_line in SUPPORTED:
        return command_line
    if setting in SUPPORTED:
        return setting
    return "zh_CN" if system_locale.lower().replace("-", "_").startswith("zh") else "en"
