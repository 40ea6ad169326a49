"""The Qt binding must not leak references to None: on Python 3.11 None is a counted object, and
PySide6 6.12's void methods dropped one per call, so a long-running app aborted ("none_dealloc")."""

from __future__ import annotations

import sys


def test_void_qt_calls_keep_none_alive(qtbot):
    from PySide6.QtGui import QColor, QImage, QPainter, QPen
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    qtbot.addWidget(label)
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        before = sys.getrefcount(None)
        for _ in range(2000):
            label.setText("x")
            painter.setPen(QPen(QColor("#123456")))
            painter.drawLine(0, 0, 7, 7)
        lost = before - sys.getrefcount(None)
    finally:
        painter.end()
    assert lost < 100, f"{lost} references to None lost in 6,000 calls"
