"""One visit in words: who, where, what came of it, the geofence, its flags explained, its three clocks, its answers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from syncserver.media import is_media_id
from syncserver.visit_queries import VisitDetail, VisitRow

from ..models.accounts_model import format_money
from ..visit_labels import flag_sentence, outcome_label, promise_text, verdict_label
from ..worker import run_in_background
from .visit_answer_rows import AnswerRow, answer_rows
from .visit_media import THUMBNAIL_PX, media_root, read_thumbnails


def plain_label() -> QLabel:
    """A label that never interprets what it shows: debtors' and agents' text is data, not markup."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class FieldsCard(QWidget):
    """GUI thread only. A bold title over a form of plain-text fields; `body` takes more widgets below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = plain_label()
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self._form = QFormLayout()
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QLabel] = {}
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.title)
        self.body.addLayout(self._form)

    def add_fields(self, rows: list[tuple[str, str]] | tuple[tuple[str, str], ...]) -> None:
        """Add a plain-text field for each (key, caption)."""
        for key, caption in rows:
            self.fields[key] = plain_label()
            self._form.addRow(caption, self.fields[key])


class VisitDetails(FieldsCard):
    """GUI thread only. Shows a `VisitRow` at once and fills in the rest when its `VisitDetail` arrives."""

    def __init__(self, parent: QWidget | None = None, *, host=None) -> None:
        super().__init__(parent)
        self.host = host  # with a ServerHost, photos and signatures show as thumbnails (read on a pool thread)
        self.visit_id: str | None = None
        self.media_rows: dict[str, int] = {}  # media id -> row of the answers table showing it
        self.add_fields((
            ("account", self.tr("Cuenta")), ("address", self.tr("Dirección")), ("agent", self.tr("Gestor")),
            ("outcome", self.tr("Resultado")), ("promise", self.tr("Promesa")), ("verdict", self.tr("Geocerca")),
            ("flags", self.tr("Alertas")), ("visit_time", self.tr("Inicio / fin")),
            ("fix_time", self.tr("Posición tomada")), ("received", self.tr("Recibida")),
            ("notes", self.tr("Notas")), ("corrects", self.tr("Corrige la visita")),
            ("questionnaire", self.tr("Cuestionario")),
        ))
        self.answers = QTableWidget(0, 2)
        self.answers.setHorizontalHeaderLabels([self.tr("Pregunta"), self.tr("Respuesta")])
        self.answers.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.answers.horizontalHeader().resizeSection(0, 180)  # questions are sentences: room to read them
        self.answers.verticalHeader().setVisible(False)
        self.answers.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.body.addWidget(QLabel(self.tr("Respuestas del cuestionario")))
        self.body.addWidget(self.answers, 1)
        self.clear()

    def clear(self) -> None:
        """Show that no visit is selected."""
        self.visit_id = None
        self.title.setText(self.tr("Seleccione una visita"))
        for label in self.fields.values():
            label.clear()
        self.answers.setRowCount(0)

    def show_visit(self, visit: VisitRow, local: Callable[[datetime], datetime]) -> None:
        """Show a visit; `local` turns a UTC moment into the branch's local time."""
        def when(moment: datetime) -> str:
            return local(moment).strftime("%d/%m/%Y %H:%M:%S")

        self.visit_id = visit.id
        self.title.setText(visit.debtor_name)
        self.fields["account"].setText(visit.external_ref)
        self.fields["agent"].setText(f"{visit.agent_name} ({visit.agent_code})")
        self.fields["outcome"].setText(outcome_label(visit.outcome))
        promise = promise_text(visit.promise_amount, visit.promise_due, visit.currency)
        self.fields["promise"].setText(promise or self.tr("Sin promesa"))
        verdict = verdict_label(visit.verdict)
        if visit.distance_m is not None:
            verdict = self.tr("%s, a %s m de la cuenta") % (verdict, f"{visit.distance_m:,.0f}".replace(",", "."))
        self.fields["verdict"].setText(verdict)
        flags = "\n".join(f"• {flag_sentence(code)}" for code in visit.flags)
        self.fields["flags"].setText(flags or self.tr("Sin alertas"))
        self.fields["visit_time"].setText(f"{when(visit.started_at)} – {local(visit.finished_at).strftime('%H:%M:%S')}")
        self.fields["received"].setText(when(visit.received_at))
        self.fields["corrects"].setText(visit.corrects or "")
        if isinstance(visit, VisitDetail):
            self.fields["address"].setText(visit.address)
            fix = when(visit.fix_time)
            accuracy = self.tr("precisión %s m") % f"{visit.accuracy_m:.0f}"
            simulated = self.tr(", simulada") if visit.mock else ""
            self.fields["fix_time"].setText(f"{fix} ({accuracy}{simulated})")
            self.fields["notes"].setText(visit.notes or "")
            self.fields["questionnaire"].setText(visit.questionnaire or self.tr("Sin cuestionario"))
            self._show_answers(answer_rows(visit.definition, visit.answers), visit.currency)
        else:  # the rest arrives with the VisitDetail; nothing of the previous visit stays meanwhile
            for key in ("address", "fix_time", "notes", "questionnaire"):
                self.fields[key].clear()
            self.answers.setRowCount(0)

    def _show_answers(self, rows: list[AnswerRow], currency: str) -> None:
        self.answers.setRowCount(0)  # drops the previous visit's thumbnails
        self.answers.setRowCount(len(rows))
        for row, answer in enumerate(rows):
            question = QTableWidgetItem(answer.question)
            question.setToolTip(answer.path)
            self.answers.setItem(row, 0, question)
            self.answers.setItem(row, 1, QTableWidgetItem(self._value_text(answer, currency)))
        self.media_rows = {answer.value["media_id"]: row for row, answer in enumerate(rows)
                           if isinstance(answer.value, dict) and is_media_id(answer.value.get("media_id"))}
        if self.media_rows and self.host is not None and self.host.port is not None:
            engine, root, visit_id = self.host.engine, media_root(self.host.config.data_dir), self.visit_id
            ids = list(self.media_rows)
            run_in_background(lambda: read_thumbnails(engine, root, ids), lambda found: self._thumbnails(visit_id, found))

    def _thumbnails(self, visit_id: str | None, found: dict) -> None:
        if visit_id != self.visit_id:
            return  # another visit is shown now
        reasons = {"missing": self.tr("Foto o firma aún no recibida"), "corrupt": self.tr("Archivo dañado"),
                   "unreadable": self.tr("Imagen ilegible")}
        for sha, image in found.items():
            row = self.media_rows.get(sha)
            if row is None:
                continue
            if isinstance(image, str):
                self.answers.item(row, 1).setText(reasons[image])
                continue
            thumbnail = QLabel()
            thumbnail.setPixmap(QPixmap.fromImage(image))
            thumbnail.setToolTip(sha)
            self.answers.item(row, 1).setText("")
            self.answers.setCellWidget(row, 1, thumbnail)
            self.answers.setRowHeight(row, min(THUMBNAIL_PX, image.height()) + 8)

    def _value_text(self, answer: AnswerRow, currency: str) -> str:
        """An answer in words: money and dates as elsewhere in the app, choices by their labels."""
        try:
            if answer.kind == "money" and isinstance(answer.value, (str, int)) and not isinstance(answer.value, bool):
                return format_money(Decimal(answer.value), currency)
            if answer.kind == "date" and isinstance(answer.value, str):
                return date.fromisoformat(answer.value).strftime("%d/%m/%Y")
        except (ArithmeticError, ValueError):
            pass  # stored as it came: shown as it is
        return self._answer_text(answer.value, answer.choices)

    def _answer_text(self, answer: Any, choices: dict[str, str] | None = None) -> str:
        if isinstance(answer, dict) and "media_id" in answer:
            return self.tr("Foto o firma %s…") % str(answer["media_id"])[:8]
        if isinstance(answer, dict) and "lat" in answer and "lon" in answer:
            accuracy = answer.get("accuracy_m")
            point = f"{answer['lat']}, {answer['lon']}"
            return point if accuracy is None else self.tr("%s (precisión %s m)") % (point, accuracy)
        if isinstance(answer, bool):
            return self.tr("Sí") if answer else self.tr("No")
        if isinstance(answer, str) and choices and answer in choices:
            return choices[answer]
        if isinstance(answer, list):
            return ", ".join(self._answer_text(item, choices) for item in answer)
        if answer is None:
            return "—"
        return str(answer)
