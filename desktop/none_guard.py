"""A guard against a PySide6 binding bug that can abort the interpreter after many Qt calls (Python < 3.12).

PySide6 6.12's abi3 wheels return None from void methods (QPainter.setPen, drawLine, fillRect,
QLabel.setText, ...) without taking a reference to it: harmless on Python 3.12+, where None is
immortal, but on 3.11 each call takes one of None's references away, and when they run out the
interpreter stops with "Fatal Python error: none_dealloc" (at the latest when it exits and lets
go of its own references). A printed report makes thousands of such calls, so the code that
draws one runs inside `repaying_none()`, which gives None back the references the block lost:
the Py_INCREF each call should have made.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Iterator
from contextlib import contextmanager

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


@contextmanager
def repaying_none() -> Iterator[None]:
    """Run a block of Qt calls; afterwards add back to None each reference the block lost."""
    if sys.version_info >= (3, 12):  # None is immortal: nothing to repay
        yield
        return
    before = sys.getrefcount(None)
    try:
        yield
    finally:
        for _ in range(before - sys.getrefcount(None)):
            _incref(None)
