"""`GlobalShortcut`: the one combination Companion holds, its status, and the backend it
is held through (chosen on first use)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtCore import Signal as QtSignal

from companion.domain.key_sequence import InvalidKeySequence, parse_key_sequence
from companion.platform.hotkey.base import (
    ERROR,
    INVALID,
    NONE_NAME,
    OFF,
    Activate,
    Backend,
    UnavailableBackend,
)
from companion.platform.hotkey.choice import make_platform_backend

log = logging.getLogger(__name__)


class GlobalShortcut(QObject):
    """One global key combination; `activated` is emitted when it is pressed anywhere.

    `status` is None while the combination is held, else a reason code (the constants of `base`) the
    settings window turns into a sentence. The backend is chosen on first use.
    """

    activated = QtSignal()
    status_changed = QtSignal()  # the desktop answered later (the portal's dialog)

    def __init__(
        self,
        make_backend: Callable[[Activate], Backend] | None = None,
        parent: QObject | None = None,
        purpose: str = "the quick log",
        portal: str = "",
    ) -> None:
        super().__init__(parent)
        self._purpose = purpose  # what it is for, in the log
        self._portal = portal  # on Wayland, asked of the desktop portal, so described there
        self._make_backend = make_backend or self._platform_backend
        self._backend: Backend | None = None
        self.sequence = ""
        self.status: str | None = OFF
        self.bound = ""  # what the desktop says it bound, in its words (the portal only)

    def _platform_backend(self, activate: Activate) -> Backend:
        if self._portal:
            return make_platform_backend(activate, portal=self._portal)
        return make_platform_backend(activate)

    @property
    def name(self) -> str:
        return NONE_NAME if self._backend is None else self._backend.name

    def set_sequence(self, text: str) -> str | None:
        """Hold `text` ("" for none) instead of the current combination; returns `status`."""
        invalid = False
        try:
            combo = parse_key_sequence(text)
        except InvalidKeySequence as error:
            log.warning("global shortcut %r: %s", text, error)
            combo, invalid = None, True
        if self._backend is not None:
            self._backend.release()
        self.sequence = "" if combo is None else combo.text
        if combo is None:
            self.status = INVALID if invalid else OFF
            return self.status
        if self._backend is None:
            try:
                self._backend = self._make_backend(self.activated.emit)
            except Exception:
                log.warning("global shortcut: choosing a backend failed", exc_info=True)
                self._backend = UnavailableBackend(NONE_NAME, ERROR)
            watch = getattr(self._backend, "watch", None)
            if watch is not None:  # a backend that answers later
                watch(self._answered)
        backend = self._backend
        try:
            reason = backend.unavailable_reason or backend.grab(combo)
        except Exception:
            log.warning("global shortcut: grabbing %s failed", combo, exc_info=True)
            reason = ERROR
        self.status = reason
        if reason is None:
            log.info("global shortcut %s for %s (%s)", combo, self._purpose, backend.name)
        else:
            log.info("global shortcut %s not available (%s): %s", combo, backend.name, reason)
        return reason

    def _answered(self, status: str | None, bound: str) -> None:
        """The desktop answered (the portal): the combination is held, or why not."""
        if not self.sequence:
            return  # let go meanwhile
        self.status, self.bound = status, bound
        log.info(
            "global shortcut %s for %s (%s): %s",
            self.sequence,
            self._purpose,
            self.name,
            "held" if status is None else status,
        )
        self.status_changed.emit()

    def close(self) -> None:
        if self._backend is not None:
            self._backend.close()
            self._backend = None
        self.status = OFF
