"""The red, word-wrapped, plain-text line under a dialog's fields that says why Aceptar was refused (GUI thread)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

ERROR_COLOUR = "#b3261e"


def error_label() -> QLabel:
    """An empty error line: plain text (messages may quote the user's input), wrapped, in the error colour."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR_COLOUR};")
    return label
