"""Blocking reads (database, files) off the GUI thread, with the result delivered back by signal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    """Carries a result from a pool thread to the GUI thread (it lives on the GUI thread)."""

    finished = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    """Runs on a QThreadPool thread: calls the function, emits its result or its exception."""

    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:  # noqa: D401 - Qt override
        try:
            result = self._fn()
        except Exception as exc:  # noqa: BLE001 - handed to the GUI as a value
            self._relay.failed.emit(exc)
        else:
            self._relay.finished.emit(result)


_alive: set[_Relay] = set()


def _owner_deleted(callback: Callable[..., Any]) -> bool:
    """Whether a callback is a method of a Qt object that no longer exists (its page closed meanwhile)."""
    owner = getattr(callback, "__self__", None)
    return isinstance(owner, QObject) and not shiboken6.isValid(owner)


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None] | None = None,
) -> None:
    """Call `fn` on a pool thread; `on_done(result)` or `on_error(exc)` then runs on the GUI thread, unless
    it is a method of a Qt object deleted in the meantime."""
    relay = _Relay()
    _alive.add(relay)

    def done(result: Any) -> None:
        _alive.discard(relay)
        if not _owner_deleted(on_done):
            on_done(result)

    def failed(exc: Exception) -> None:
        _alive.discard(relay)
        if on_error is not None and not _owner_deleted(on_error):
            on_error(exc)

    relay.finished.connect(done)
    relay.failed.connect(failed)
    QThreadPool.globalInstance().start(_Task(fn, relay))
