"""QR codes of pairing URIs: the segno object for the desktop, text for a terminal."""

from __future__ import annotations

import io
import sys
from typing import TextIO

import segno


def pairing_qr(uri: str) -> segno.QRCode:
    """The QR code of a campo://pair URI (error correction M, never a micro QR)."""
    return segno.make(uri, error="m", micro=False)


def terminal_qr(uri: str, *, compact: bool = True) -> str:
    """The QR code as text: half-block characters when compact, else ANSI-coloured blocks."""
    out = io.StringIO()
    pairing_qr(uri).terminal(out=out, compact=compact)
    return out.getvalue()


def print_qr(uri: str, out: TextIO | None = None) -> None:
    """Print the QR code to a terminal, falling back to ANSI blocks where it cannot encode half blocks."""
    out = out or sys.stdout
    text = terminal_qr(uri, compact=True)
    try:
        out.write(text)
    except UnicodeEncodeError:  # e.g. a cp1252 Windows console
        out.write(terminal_qr(uri, compact=False))
    out.flush()
