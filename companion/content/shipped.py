"""The shipped content the running app holds: the vocabulary and the route to help of *Where to
turn*, read and checked at start (with every reframing file, which is checked and let go), and a
language's reframing content, read when first asked for and then kept."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from companion.content.help_lines import HelpLines
    from companion.content.reframing import ReframingContent
    from companion.content.vocabulary import Vocabulary


class ShippedContent:
    def __init__(self) -> None:
        self.vocabulary: Vocabulary | None = None  # None until `load` succeeded
        self.help_lines: dict[str, HelpLines] | None = None  # likewise
        self._reframing: dict[str, ReframingContent] = {}

    def load(self) -> None:
        """Read the vocabulary and check every language's reframing file, so that a missing or
        malformed one is named at start. Raises ContentError."""
        from companion.content.help_lines import load_help_lines
        from companion.content.reframing import check_all_languages
        from companion.content.vocabulary import load_vocabulary

        vocabulary = load_vocabulary()
        help_lines = load_help_lines()  # small, and needed at the worst moment: kept
        check_all_languages()  # then let go: a shift may never need them (each is ~0.5 MB)
        self.vocabulary = vocabulary
        self.help_lines = help_lines

    def reframing(self, language: str) -> ReframingContent:
        from companion.content.reframing import load_reframing

        if language not in self._reframing:
            self._reframing[language] = load_reframing(language)
        return self._reframing[language]
