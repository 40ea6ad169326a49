"""Publishing from the designer: what changed since the last version, in words, and the confirmation."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from mobile_protocol.questionnaire import parse_definition
from syncserver.questionnaire_diff import DefinitionDiff, diff_definitions
from syncserver.questionnaires import Published, latest_version, publish, save_draft


@dataclass(frozen=True, slots=True)
class PublishPlan:
    """What publishing the editor's definition would make: the next version and the changes."""

    next_version: int
    previous_version: int | None
    diff: DefinitionDiff


def plan_publish(engine: Engine, questionnaire_id: int, definition: dict[str, Any]) -> PublishPlan:
    """Compare the definition with the latest version (pool thread)."""
    latest = latest_version(engine, questionnaire_id)
    old = parse_definition(latest.definition) if latest is not None else None
    diff = diff_definitions(old, parse_definition(definition))
    return PublishPlan(latest.version + 1 if latest else 1, latest.version if latest else None, diff)


def save_and_publish(engine: Engine, questionnaire_id: int, definition: dict[str, Any], expected_updated_at,
                     actor: str) -> Published:
    """Save the draft (refused if someone saved it meanwhile) and publish it as `actor` (pool thread)."""
    save_draft(engine, questionnaire_id, definition, expected_updated_at=expected_updated_at, actor=actor)
    return publish(engine, questionnaire_id, actor=actor)


def describe_diff(plan: PublishPlan) -> str:
    """The changes of a publish plan, one line each, for the supervisor to confirm."""
    diff = plan.diff
    if plan.previous_version is None:
        lines = [QCoreApplication.translate("PublishDialog", "Primera versión: %d preguntas.") % len(diff.added)]
    else:
        lines = [QCoreApplication.translate("PublishDialog", "Cambios desde la versión %d:") % plan.previous_version]
        lines += [QCoreApplication.translate("PublishDialog", "  + nueva: %s") % key for key in diff.added]
        lines += [QCoreApplication.translate("PublishDialog", "  − quitada: %s") % key for key in diff.removed]
        lines += [QCoreApplication.translate("PublishDialog", "  ~ cambiada: %s") % key for key in diff.changed]
        if diff.reordered:
            lines.append(QCoreApplication.translate("PublishDialog", "  ↕ preguntas en otro orden"))
        if diff.title_changed:
            lines.append(QCoreApplication.translate("PublishDialog", "  título cambiado"))
        if diff.outcome_mapping_changed:
            lines.append(QCoreApplication.translate("PublishDialog", "  reglas de resultado cambiadas"))
    lines.append("")
    lines.append(QCoreApplication.translate("PublishDialog", "Los teléfonos recibirán la versión %d en su próxima sincronización; "
                    "las visitas ya registradas conservan la versión con que se hicieron.") % plan.next_version)
    return "\n".join(lines)


class PublishDialog(QDialog):
    """GUI thread only. Shows what changed and asks to publish; `accepted` means publish."""

    def __init__(self, plan: PublishPlan, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Publicar «%s»") % name)
        self.resize(460, 360)
        heading = QLabel(self.tr("¿Publicar la versión %d de «%s»?") % (plan.next_version, name))
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        self.changes = QPlainTextEdit(describe_diff(plan))
        self.changes.setReadOnly(True)
        self.buttons = QDialogButtonBox()
        self.publish_button = self.buttons.addButton(self.tr("Publicar versión %d") % plan.next_version,
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Cancelar"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.changes, 1)
        layout.addWidget(self.buttons)
