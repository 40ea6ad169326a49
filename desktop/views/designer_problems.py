"""check_definition's problems (written in English by the shared contract) in the interface's words."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from mobile_protocol.questionnaire import Problem

from ..models.questionnaire_tree import Path, QuestionnaireTreeModel
from ..models.questionnaire_types import type_labels
from .designer_logic_terms import logic_words

_STEP = re.compile(r"(?:fields|children)\[(\d+)\]")


def problem_path(problem: Problem) -> Path | None:
    """The tree path of the field a problem is about (`fields[2].children[0].key` → (2, 0)), or None."""
    if not problem.path.startswith("fields["):
        return None
    rows, position = [], 0
    while match := _STEP.match(problem.path, position):
        rows.append(int(match.group(1)))
        position = match.end() + 1  # the "." before the next step
    return tuple(rows) or None


class ProblemsList(QListWidget):
    """GUI thread only. The checks' problems in words; choosing one asks for its field (or the questionnaire tab)."""

    field_chosen = Signal(object)
    questionnaire_chosen = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.paths: list[Path | None] = []
        self.setMaximumHeight(110)
        self.setWordWrap(True)  # a problem is a sentence: read it whole, never behind a scroll bar
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.itemActivated.connect(self.choose)
        self.itemClicked.connect(self.choose)
        self.hide()

    def show_problems(self, problems: list[Problem], model: QuestionnaireTreeModel) -> None:
        """Show problems, each named by its field's key (or where it is, for the rest of the definition)."""
        self.clear()
        self.paths = [problem_path(problem) for problem in problems]
        for problem, path in zip(problems, self.paths, strict=True):
            known = path is not None and model.index_of(path).isValid()
            where = model.field_at(path).get("key", "") if known else _part(problem.path)
            item = QListWidgetItem(f"{where}: {_named_fields(problem_words(problem.message), model)}")
            item.setData(Qt.ItemDataRole.UserRole, path if known else None)
            item.setToolTip(problem.path)
            self.addItem(item)
        self.setVisible(bool(problems))

    def choose(self, item: QListWidgetItem) -> None:
        """Go to what a problem is about."""
        path = item.data(Qt.ItemDataRole.UserRole)
        if path:
            self.field_chosen.emit(tuple(path))
        elif item.toolTip().startswith(("outcome_mapping", "title")):
            self.questionnaire_chosen.emit()


def _part(path: str) -> str:
    """The part of the questionnaire a problem outside the fields is about, in words."""
    if path.startswith("outcome_mapping"):
        return QCoreApplication.translate("DesignerProblems", "Resultado de la visita")
    if path.startswith("title"):
        return QCoreApplication.translate("DesignerProblems", "Título")
    return path or QCoreApplication.translate("DesignerProblems", "Cuestionario")


def _named_fields(words: str, model: QuestionnaireTreeModel) -> str:
    """`fields[1]` in a message as the question it points to (its label, else its key)."""
    def name(match: re.Match[str]) -> str:
        path = problem_path(Problem(match[0], ""))
        if not path or not model.index_of(path).isValid():
            return match[0]
        field = model.field_at(path)
        return f"«{(field.get('label') or {}).get('es') or field.get('key', '')}»"
    return re.sub(r"fields\[\d+\](?:\.children\[\d+\])*", name, words)


def _patterns() -> list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]]:
    kind = type_labels()

    def k(name: str) -> str:
        return kind.get(name, name)

    rules: list[tuple[str, Callable[[re.Match[str]], str]]] = [
        (r"a questionnaire needs at least one field", lambda m: QCoreApplication.translate(
            "DesignerProblems", "el cuestionario necesita al menos una pregunta")),
        (r"key '(\w+)' is already used by (.+)", lambda m: QCoreApplication.translate(
            "DesignerProblems", "la clave «%s» ya la usa otra pregunta (%s)") % (m[1], m[2])),
        (r"'(\w+)' is reserved for variables; pick another key", lambda m: QCoreApplication.translate(
            "DesignerProblems", "«%s» está reservada; elija otra clave") % m[1]),
        (r"needs a label", lambda m: QCoreApplication.translate("DesignerProblems", "le falta el texto de la pregunta")),
        (r"a select field needs at least one choice", lambda m: QCoreApplication.translate(
            "DesignerProblems", "una selección necesita al menos una opción")),
        (r"choice code '(.+)' is repeated", lambda m: QCoreApplication.translate(
            "DesignerProblems", "el código de opción «%s» está repetido") % m[1]),
        (r"a (\w+) needs at least one field inside", lambda m: QCoreApplication.translate(
            "DesignerProblems", "«%s» necesita al menos una pregunta adentro") % k(m[1])),
        (r"a repeat inside a repeat is not supported", lambda m: QCoreApplication.translate(
            "DesignerProblems", "no se puede poner una repetición dentro de otra")),
        (r"a calculated field needs a calculation", lambda m: QCoreApplication.translate(
            "DesignerProblems", "un campo calculado necesita su cálculo")),
        (r"a (\w+) cannot be required", lambda m: QCoreApplication.translate(
            "DesignerProblems", "«%s» no puede ser obligatoria") % k(m[1])),
        (r"max (.+) is below min (.+)", lambda m: QCoreApplication.translate(
            "DesignerProblems", "el máximo %s es menor que el mínimo %s") % (m[1], m[2])),
        (r"the default does not fit the field: (.+)", lambda m: QCoreApplication.translate(
            "DesignerProblems", "el valor inicial no sirve para esta pregunta: %s") % m[1]),
        (r"prefill names an account field: .+", lambda m: QCoreApplication.translate(
            "DesignerProblems", "«Tomar de la cuenta» debe nombrar un dato de la cuenta")),
        (r"not a valid expression: (.+)", lambda m: QCoreApplication.translate(
            "DesignerProblems", "la expresión no es válida: %s") % logic_words(m[1])),
        (r"refers to unknown field '(\w+)'", lambda m: QCoreApplication.translate(
            "DesignerProblems", "usa «%s», que no es ninguna pregunta") % m[1]),
        (r"refers to '(\w+)', a (\w+), which holds no answer", lambda m: QCoreApplication.translate(
            "DesignerProblems", "usa «%s», que no tiene respuesta (es «%s»)") % (m[1], k(m[2]))),
        (r"refers to '(\w+)' inside repeat '(\w+)', which has many answers", lambda m: QCoreApplication.translate(
            "DesignerProblems", "usa «%s», que está dentro de la repetición «%s» y tiene varias respuestas") % (m[1], m[2])),
        (r"depends on itself: (.+)", lambda m: QCoreApplication.translate(
            "DesignerProblems", "depende de sí misma: %s") % m[1]),
        (r"needed so that every visit gets an outcome", lambda m: QCoreApplication.translate(
            "DesignerProblems", "falta el resultado cuando ninguna regla se cumple")),
        (r"promise_to_pay needs the fields of the promise's amount and date", lambda m: QCoreApplication.translate(
            "DesignerProblems", "una promesa de pago necesita las preguntas del monto y de la fecha")),
        (r"no rule gives promise_to_pay", lambda m: QCoreApplication.translate(
            "DesignerProblems", "ninguna regla da «Promesa de pago»")),
        (r"'(\w+)' holds the promise's (.+): make it required", lambda m: QCoreApplication.translate(
            "DesignerProblems", "«%s» guarda la promesa: márquela como obligatoria") % m[1]),
        (r"'(\w+)' is a (\w+), not a (.+)", lambda m: QCoreApplication.translate(
            "DesignerProblems", "«%s» es de tipo «%s»; aquí va una pregunta de tipo %s") % (
            m[1], k(m[2]), " / ".join(f"«{k(name)}»" for name in m[3].split(" or ")))),
        (r"'(\w+)' is inside repeat '(\w+)'", lambda m: QCoreApplication.translate(
            "DesignerProblems", "«%s» está dentro de la repetición «%s»") % (m[1], m[2])),
        (r"a (\w+) field has no (choices|default|min or max)", lambda m: QCoreApplication.translate(
            "DesignerProblems", "una pregunta de tipo «%s» no lleva ese dato") % k(m[1])),
        (r"only (groups and repeats hold fields|calculated fields have a calculation), not a (\w+)",
         lambda m: QCoreApplication.translate("DesignerProblems", "una pregunta de tipo «%s» no lleva ese dato") % k(m[2])),
        (r"a (\w+) field has no \w+ or \w+", lambda m: QCoreApplication.translate(
            "DesignerProblems", "una pregunta de tipo «%s» no lleva ese dato") % k(m[1])),
        (r"not a valid (\w+): (.+)", lambda m: QCoreApplication.translate(
            "DesignerProblems", "no es un valor válido de tipo «%s»: %s") % (k(m[1]), m[2])),
        (r"cannot be negative", lambda m: QCoreApplication.translate("DesignerProblems", "no puede ser negativo")),
        (r"(\w+) is below (\w+)", lambda m: QCoreApplication.translate(
            "DesignerProblems", "el máximo es menor que el mínimo")),
        (r"unknown account field '(.+)'; known: .+", lambda m: QCoreApplication.translate(
            "DesignerProblems", "la cuenta no tiene el dato «%s»") % m[1].removeprefix("account.")),
    ]
    return [(re.compile(f"^{pattern}$"), words) for pattern, words in rules]


def problem_words(message: str) -> str:
    """A problem's message in the interface's language (the contract's English when no rule knows it)."""
    for pattern, words in _patterns():
        match = pattern.match(message)
        if match:
            return words(match)
    return message
