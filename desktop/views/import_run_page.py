"""Step 4 of the import: the commit with its progress bar and Cancel, then what changed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QProgressBar, QVBoxLayout, QWizard, QWizardPage

from syncserver.accounts_import import ImportResult

if TYPE_CHECKING:
    from .import_wizard import ImportWizard


def _count_label() -> QLabel:
    label = QLabel()
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    label.setFont(font)
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return label


class RunPage(QWizardPage):
    """GUI thread only. Starts the import when shown; complete (Cerrar enabled) once it ended one way or another."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("4. Importación"))
        self.setSubTitle(self.tr("Las cuentas se guardan todas juntas: si cancela, no se guarda ninguna."))
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.counts = {key: _count_label() for key in ("created", "updated", "unchanged", "errors")}
        self.moved_label = QLabel()
        self.summary_box = QGroupBox(self.tr("Resumen"))
        form = QFormLayout(self.summary_box)
        form.addRow(self.tr("Cuentas nuevas"), self.counts["created"])
        form.addRow(self.tr("Cuentas actualizadas"), self.counts["updated"])
        form.addRow("", self.moved_label)
        form.addRow(self.tr("Sin cambios"), self.counts["unchanged"])
        form.addRow(self.tr("Filas con errores (no importadas)"), self.counts["errors"])
        self.note_label = QLabel(self.tr("Los gestores reciben las cuentas nuevas y cambiadas en la próxima "
                                         "sincronización de su celular; las que no cambiaron no se vuelven a enviar."))
        self.note_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary_box)
        layout.addWidget(self.note_label)
        layout.addStretch(1)
        wizard.relay.progressed.connect(self._progressed)

    def initializePage(self) -> None:
        plan = self.owner.plan
        self.summary_box.setVisible(False)
        self.note_label.setVisible(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, max(1, len(plan.rows)))
        self.progress.setValue(0)
        self.status_label.setText(self.tr("Importando %d cuentas… Puede cancelar: no quedará nada a medias.")
                                  % len(plan.rows))
        self.owner.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        self.owner.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancelar la importación"))
        self.owner.commit()

    def _progressed(self, done: int, total: int) -> None:
        if self.owner.importing:
            self.progress.setRange(0, max(1, total))
            self.progress.setValue(done)

    def show_cancelling(self) -> None:
        """Cancel was pressed: the importer stops after the rows it is writing and rolls back."""
        self.status_label.setText(self.tr("Cancelando… se deshace lo importado hasta ahora."))
        self.owner.button(QWizard.WizardButton.CancelButton).setEnabled(False)

    def show_result(self, result: ImportResult) -> None:
        """What the import did."""
        invalid = len({error.line for error in result.errors})
        self.progress.setValue(self.progress.maximum())
        self.status_label.setText(self.tr("Importación terminada."))
        self.counts["created"].setText(f"{result.created:,}".replace(",", "."))
        self.counts["updated"].setText(f"{result.updated + result.moved:,}".replace(",", "."))
        self.moved_label.setText(self.tr("de ellas, %d cambiaron de gestor") % result.moved)
        self.moved_label.setVisible(result.moved > 0)
        self.counts["unchanged"].setText(f"{result.unchanged:,}".replace(",", "."))
        self.counts["errors"].setText(f"{invalid:,}".replace(",", "."))
        self.summary_box.setVisible(True)
        self.note_label.setVisible(True)
        self._ended()

    def show_failure(self, error: Exception | None) -> None:
        """Cancelled (None) or failed: nothing was saved either way."""
        self.progress.setVisible(False)
        if error is None:
            self.status_label.setText(self.tr("Importación cancelada: no se guardó ningún cambio."))
        else:
            self.status_label.setText(self.tr("La importación falló y no se guardó nada: %s") % error)
        self._ended()

    def _ended(self) -> None:
        self.owner.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancelar"))
        self.owner.button(QWizard.WizardButton.CancelButton).setEnabled(True)
        self.owner.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)  # only "Cerrar" is left
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.owner.importing
