"""New questionnaires, discarded drafts, definitions to and from JSON files: the designer page's side actions."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from mobile_protocol.questionnaire import export_definition, parse_definition
from syncserver.export_audit import QUESTIONNAIRE, audited_export
from syncserver.questionnaire_setup import import_definition
from syncserver.questionnaires import create_questionnaire, discard_draft

from ..worker import run_in_background


class DesignerFiles:
    """What DesignerPage does with names and files; expects its `host`, `editor`, `status_label`, `refresh`, `_failed`."""

    def _ask_name(self) -> None:
        dialog = QInputDialog(self)
        dialog.setLabelText(QCoreApplication.translate("DesignerFiles", "Nombre del cuestionario nuevo:"))
        dialog.textValueSelected.connect(self.new_questionnaire)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def new_questionnaire(self, name: str) -> None:
        """Create an empty questionnaire and open it."""
        engine, actor = self.host.engine, self.host.actor
        run_in_background(lambda: create_questionnaire(engine, name, actor=actor), lambda draft: self.refresh(draft.questionnaire_id),
                          self._failed)

    def _choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, QCoreApplication.translate("DesignerFiles", "Importar cuestionario"), "", QCoreApplication.translate("DesignerFiles", "JSON (*.json)"))
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> None:
        """Import a definition from a JSON file as a new questionnaire (its draft) and open it."""
        engine, actor = self.host.engine, self.host.actor
        run_in_background(lambda: import_definition(engine, Path(path).read_bytes(), actor=actor),
                          lambda draft: (self.status_label.setText(QCoreApplication.translate("DesignerFiles", "Importado como borrador.")),
                                         self.refresh(draft.questionnaire_id)), self._failed)

    def _choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("DesignerFiles", "Exportar cuestionario"), "cuestionario.json", QCoreApplication.translate("DesignerFiles", "JSON (*.json)"))
        if path:
            self.export_file(path)

    def export_file(self, path: str) -> None:
        """Write the definition being edited to a JSON file, audited as data.exported (like the CLI's export)."""
        try:
            exported = export_definition(parse_definition(self.editor.definition()))
        except ValueError as exc:
            self._failed(exc)
            return
        text = json.dumps(exported, ensure_ascii=False, indent=2) + "\n"
        engine, actor = self.host.engine, self.host.actor
        details = {"questionnaire": self.current_id, "draft": True, "from": "designer",
                   "unsaved_edits": not self.editor.undo_stack.isClean()}

        def write() -> int:  # pool thread
            Path(path).write_text(text, encoding="utf-8")
            return 1

        run_in_background(lambda: audited_export(engine, what=QUESTIONNAIRE, path=path, write=write, actor=actor,
                                                 details=details),
                          lambda _n: self.status_label.setText(QCoreApplication.translate("DesignerFiles", "Exportado a %s") % path), self._failed)

    def _ask_discard(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("DesignerFiles", "Descartar borrador"),
                          QCoreApplication.translate("DesignerFiles", "¿Descartar el borrador y volver a la última versión "
                                                                      "publicada? Los cambios no publicados se pierden."),
                          QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, self)
        box.buttonClicked.connect(
            lambda button: self.discard() if box.standardButton(button) == QMessageBox.StandardButton.Discard else None)
        box.finished.connect(box.deleteLater)
        self.discard_box = box
        box.open()

    def discard(self) -> None:
        """Drop the draft (saved and unsaved edits) and edit from the latest version again."""
        if self.current_id is None:
            return
        engine, qid, actor = self.host.engine, self.current_id, self.host.actor
        self.editor.undo_stack.setClean()  # nothing of it is to be kept
        self.current_id = None
        run_in_background(lambda: discard_draft(engine, qid, actor=actor), lambda _had: self.open(qid), self._failed)

