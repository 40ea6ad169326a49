"""The published versions of the questionnaire being edited: pick one to bring its definition into the editor."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from syncserver.questionnaires import VersionInfo

from ..branch_day import local


class VersionsBar(QWidget):
    """GUI thread only. `load_requested(definition)` when the supervisor asks to edit from an old version."""

    load_requested = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.versions: list[VersionInfo] = []
        self.combo = QComboBox()
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.load_button = QPushButton(self.tr("Editar desde esta versión"))
        self.load_button.setToolTip(self.tr("Reemplaza el borrador por esa versión (se puede deshacer)"))
        self.load_button.clicked.connect(self._load)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Versiones:")))
        layout.addWidget(self.combo)
        layout.addWidget(self.load_button)
        self.set_versions([])

    def set_versions(self, versions: list[VersionInfo]) -> None:
        """Show a questionnaire's versions, newest first."""
        self.versions = sorted(versions, key=lambda v: v.version, reverse=True)
        self.combo.clear()
        for version in self.versions:
            when = local(version.published_at).strftime("%d/%m/%Y %H:%M")
            self.combo.addItem(self.tr("v%d — %s") % (version.version, when), version.version)
        if not self.versions:
            self.combo.addItem(self.tr("ninguna publicada"))
        self.combo.setEnabled(bool(self.versions))
        self.load_button.setEnabled(bool(self.versions))

    def add_version(self, version: VersionInfo) -> None:
        """A version just published."""
        self.set_versions([v for v in self.versions if v.id != version.id] + [version])

    def _load(self) -> None:
        chosen = self.combo.currentData()
        for version in self.versions:
            if version.version == chosen:
                self.load_requested.emit(dict(version.definition))
