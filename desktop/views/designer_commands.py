"""Every edit of the designer as a QUndoCommand over the questionnaire tree, so each one can be undone."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ..models.questionnaire_tree import Path, QuestionnaireTreeModel
from .designer_logic_terms import renamed

EXPRESSIONS = ("relevant", "constraint", "calculation")

Focus = Callable[[Path], None]  # selects the field an edit touched


class InsertField(QUndoCommand):
    """Add a field (new, duplicated or imported) at a place in the tree. GUI thread."""

    def __init__(self, model: QuestionnaireTreeModel, parent_path: Path, row: int, field: dict[str, Any],
                 focus: Focus, text: str | None = None) -> None:
        super().__init__(text or QCoreApplication.translate("DesignerCommands", "Agregar «%s»") % field.get("key", ""))
        self.model, self.parent_path, self.row, self.field, self.focus = model, parent_path, row, field, focus

    def redo(self) -> None:
        self.focus(self.model.insert_field(self.parent_path, self.row, self.field))

    def undo(self) -> None:
        self.model.remove_field((*self.parent_path, self.row))
        self.focus(self.parent_path)


class RemoveField(QUndoCommand):
    """Remove a field and everything inside it. GUI thread."""

    def __init__(self, model: QuestionnaireTreeModel, path: Path, focus: Focus) -> None:
        super().__init__(QCoreApplication.translate("DesignerCommands", "Eliminar «%s»") % model.field_at(path).get("key", ""))
        self.model, self.path, self.focus = model, path, focus
        self.field: dict[str, Any] = {}

    def redo(self) -> None:
        self.field = self.model.remove_field(self.path)
        self.focus(self.path[:-1])

    def undo(self) -> None:
        self.focus(self.model.insert_field(self.path[:-1], self.path[-1], self.field))


class MoveField(QUndoCommand):
    """Move a field to another place (drag and drop, or up and down). GUI thread."""

    def __init__(self, model: QuestionnaireTreeModel, path: Path, parent_path: Path, row: int, focus: Focus) -> None:
        super().__init__(QCoreApplication.translate("DesignerCommands", "Mover «%s»") % model.field_at(path).get("key", ""))
        self.model, self.path, self.parent_path, self.row, self.focus = model, path, parent_path, row, focus
        self.back: tuple[Path, Path, int] = (path, path[:-1], path[-1])

    def redo(self) -> None:
        self.back = self.model.move_field(self.path, self.parent_path, self.row)
        self.focus(self.back[0])

    def undo(self) -> None:
        moved, parent_path, row = self.back
        self.focus(self.model.move_field(moved, parent_path, row)[0])


class EditField(QUndoCommand):
    """Change a field's own attributes (key, labels, rules…). GUI thread."""

    def __init__(self, model: QuestionnaireTreeModel, path: Path, before: dict[str, Any], after: dict[str, Any],
                 focus: Focus) -> None:
        changed = sorted(name for name in set(before) | set(after) if before.get(name) != after.get(name))
        super().__init__(QCoreApplication.translate("DesignerCommands", "Cambiar %s de «%s»") % (", ".join(changed), after.get("key", "")))
        self.model, self.path, self.before, self.after, self.focus = model, path, before, after, focus

    def redo(self) -> None:
        self.model.replace_field(self.path, self.after)
        self.focus(self.path)

    def undo(self) -> None:
        self.model.replace_field(self.path, self.before)
        self.focus(self.path)


class ReplaceDefinition(QUndoCommand):
    """Put a whole other definition in the editor (an old version). GUI thread."""

    def __init__(self, model: QuestionnaireTreeModel, after: dict[str, Any], text: str) -> None:
        super().__init__(text)
        self.model, self.before, self.after = model, model.definition(), after

    def redo(self) -> None:
        self.model.set_definition(self.after)

    def undo(self) -> None:
        self.model.set_definition(self.before)


class EditMeta(QUndoCommand):
    """Change the questionnaire's title or outcome mapping. GUI thread."""

    def __init__(self, model: QuestionnaireTreeModel, name: str, before: Any, after: Any, caption: str,
                 on_change: Callable[[], None]) -> None:
        super().__init__(QCoreApplication.translate("DesignerCommands", "Cambiar %s") % caption)
        self.model, self.name, self.before, self.after, self.on_change = model, name, before, after, on_change

    def redo(self) -> None:
        self.model.set_meta(self.name, self.after)
        self.on_change()

    def undo(self) -> None:
        self.model.set_meta(self.name, self.before)
        self.on_change()


def push_field_edit(stack, model: QuestionnaireTreeModel, path: Path, before: dict[str, Any], after: dict[str, Any],
                    focus: Focus) -> None:
    """Push an edit of one field; a new key also renames what reads the old one, all undone as one step."""
    old, new = before.get("key"), after.get("key")
    if old == new:
        stack.push(EditField(model, path, before, after, focus))
        return
    stack.beginMacro(QCoreApplication.translate("DesignerCommands", "Renombrar «%s» a «%s»") % (old, new))
    stack.push(EditField(model, path, before, after, focus))
    for other in model.paths():
        if other == path:
            continue
        field = model.field_at(other)
        field.pop("children", None)
        changed = {name: renamed(field[name], old, new) for name in EXPRESSIONS if field.get(name) is not None}
        if any(changed[name] != field[name] for name in changed):
            stack.push(EditField(model, other, field, {**field, **changed}, lambda _path: focus(path)))
    mapping = model.meta("outcome_mapping")
    if mapping:
        updated = renamed(mapping, old, new)
        promise = updated.get("promise") or {}
        for role in ("amount", "due_date"):
            if promise.get(role) == old:
                promise[role] = new
        if updated != mapping:
            stack.push(EditMeta(model, "outcome_mapping", mapping, updated, QCoreApplication.translate("DesignerCommands", "el resultado de la visita"), lambda: None))
    stack.endMacro()
