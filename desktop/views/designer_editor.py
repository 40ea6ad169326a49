"""The editor of one questionnaire: its tree, the selected field's properties, the live preview, undo/redo."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolBar,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from mobile_protocol.questionnaire import Problem, check_definition

from ..models.questionnaire_tree import KEY, LABEL, TYPE, Path, QuestionnaireTreeModel
from ..models.questionnaire_types import new_field, rekeyed, type_labels
from .designer_commands import (
    EditMeta,
    InsertField,
    MoveField,
    RemoveField,
    push_field_edit,
)
from .designer_preview import FormPreview
from .designer_problems import ProblemsList, problem_path
from .designer_properties import FieldProperties
from .designer_questionnaire import QuestionnaireProperties


class DesignerEditor(QWidget):
    """GUI thread only. Every edit goes through `undo_stack`; `changed` follows each one (and undo/redo)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QuestionnaireTreeModel(self)
        self.undo_stack = QUndoStack(self)
        self.model.move_requested.connect(lambda path, parent, row: self.move_field(tuple(path), tuple(parent), row))
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(KEY, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TYPE, QHeaderView.ResizeMode.ResizeToContents)  # "Grupo (sección)" reads whole
        header.setStretchLastSection(False)
        header.resizeSection(KEY, 130)
        self.tree.selectionModel().currentChanged.connect(lambda current, _previous: self._show_selected())
        self.problems = ProblemsList()
        self.problems.field_chosen.connect(lambda path: (self.select(path), self.tabs.setCurrentIndex(0)))
        self.problems.questionnaire_chosen.connect(lambda: self.tabs.setCurrentIndex(1))
        self._checked = False  # after the first check, the checks run again after every edit
        self.read_only = False
        self._shown_path: Path | None = None  # the field the property panel shows

        self.properties = FieldProperties()
        self.properties.edited.connect(self._field_edited)
        self.questionnaire = QuestionnaireProperties()
        self.questionnaire.edited.connect(self._meta_edited)
        properties_area = QTabWidget()
        properties_area.setMinimumWidth(330)
        for widget, caption in ((self.properties, self.tr("Pregunta")), (self.questionnaire, self.tr("Cuestionario y resultado"))):
            area = QScrollArea()
            area.setWidgetResizable(True)
            area.setWidget(widget)
            area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            properties_area.addTab(area, caption)
        self.tabs = properties_area
        self.preview = FormPreview()
        self.preview.setMinimumWidth(280)

        tree_side = QWidget()
        tree_layout = QVBoxLayout(tree_side)
        tree_layout.setContentsMargins(0, 0, 0, 0)
        self.toolbar = self._toolbar()
        tree_layout.addWidget(self.toolbar)
        tree_layout.addWidget(self.tree, 1)
        tree_layout.addWidget(self.problems)
        self.splitter = QSplitter()
        for widget in (tree_side, properties_area, self.preview):
            self.splitter.addWidget(widget)
        self.splitter.setSizes([440, 340, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.model.edited.connect(self._model_edited)

    def _toolbar(self) -> QToolBar:
        bar = QToolBar()
        add_menu = QMenu(self)
        self.add_actions = {}
        for kind, caption in type_labels().items():
            self.add_actions[kind] = add_menu.addAction(caption, lambda kind=kind: self.add_field(kind))
        add_button = QToolButton()
        add_button.setText(self.tr("Agregar"))
        add_button.setMenu(add_menu)
        add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        bar.addWidget(add_button)
        self.duplicate_action = bar.addAction(self.tr("Duplicar"), self.duplicate_selected)
        self.remove_action = bar.addAction(self.tr("Eliminar"), self.remove_selected)
        self.remove_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.up_action = bar.addAction(self.tr("Subir"), lambda: self.move_selected(-1))
        self.down_action = bar.addAction(self.tr("Bajar"), lambda: self.move_selected(+1))
        bar.addSeparator()
        self.undo_action = bar.addAction(self.tr("Deshacer"), self.undo_stack.undo)
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = bar.addAction(self.tr("Rehacer"), self.undo_stack.redo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_stack.undoTextChanged.connect(self._describe_undo)
        self.undo_stack.redoTextChanged.connect(self._describe_undo)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # Delete removes only from the tree
        self.tree.addAction(self.remove_action)
        return bar

    def _describe_undo(self, _text: str = "") -> None:
        """Tooltips that say what undo and redo would do, and their keys."""
        if not shiboken6.isValid(self.undo_action) or not shiboken6.isValid(self.redo_action):
            return  # the stack clears itself as the editor is destroyed
        for action, text in ((self.undo_action, self.undo_stack.undoText()), (self.redo_action, self.undo_stack.redoText())):
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({keys})" if text else f"{action.text()} ({keys})")

    # -- the definition
    def load(self, definition: dict[str, Any]) -> None:
        """Edit another definition: a fresh undo history, nothing selected."""
        self.undo_stack.clear()
        self.model.set_definition(definition)
        self.preview.rebuild()  # at once: only edits wait for typing to settle
        self.tree.expandAll()
        self._checked = False
        self.show_problems([])
        self._show_selected()

    def definition(self) -> dict[str, Any]:
        """The definition as edited so far."""
        return self.model.definition()

    def selected_path(self) -> Path | None:
        """The path of the selected field, or None."""
        index = self.tree.currentIndex()
        return self.model.path_of(index) if index.isValid() else None

    def select(self, path: Path) -> None:
        """Select the field at `path` (nothing for the top)."""
        index = self.model.index_of(path)
        if index.isValid():
            self.tree.expand(index.parent())
            self.tree.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                                       | QItemSelectionModel.SelectionFlag.Rows)
            self.tree.scrollTo(index)
        else:
            self.tree.selectionModel().clearCurrentIndex()
            self.tree.clearSelection()
        self._show_selected()

    # -- edits (each an undo command)
    def add_field(self, kind: str) -> Path:
        """Add a new field of `kind` after the selected one (inside it when it is a group or repeat)."""
        path = self.selected_path()
        if path is None:
            parent, row = (), self.model.rowCount()
        elif self.model.is_container(path):
            parent, row = path, self.model.rowCount(self.model.index_of(path))
        else:
            parent, row = path[:-1], path[-1] + 1
        self.undo_stack.push(InsertField(self.model, parent, row, new_field(kind, self.model.field_keys()), self.select))
        return (*parent, row)

    def duplicate_selected(self) -> None:
        """Add a copy of the selected field (new keys) right after it."""
        path = self.selected_path()
        if path is not None:
            copy = rekeyed(self.model.field_at(path), self.model.field_keys())
            self.undo_stack.push(InsertField(self.model, path[:-1], path[-1] + 1, copy, self.select,
                                             self.tr("Duplicar «%s»") % copy["key"]))

    def remove_selected(self) -> None:
        """Remove the selected field and what it holds."""
        path = self.selected_path()
        if path is not None:
            self.undo_stack.push(RemoveField(self.model, path, self.select))

    def move_selected(self, delta: int) -> None:
        """Move the selected field up (-1) or down (+1) among its siblings."""
        path = self.selected_path()
        if path is None:
            return
        siblings = self.model.rowCount(self.model.index_of(path[:-1]))
        target = path[-1] + delta
        if 0 <= target < siblings:
            self.move_field(path, path[:-1], target + (1 if delta > 0 else 0))

    def move_field(self, path: Path, parent: Path, row: int) -> None:
        """Move a field (row counted before the move), as a drop does."""
        if parent[: len(path)] != path:
            self.undo_stack.push(MoveField(self.model, path, parent, row, self.select))

    def _meta_edited(self, name: str, before: Any, after: Any) -> None:
        caption = self.tr("el título") if name == "title" else self.tr("el resultado de la visita")
        self.undo_stack.push(EditMeta(self.model, name, before, after, caption, lambda: None))

    def _field_edited(self, before: dict[str, Any], after: dict[str, Any]) -> None:
        path = self.selected_path()
        if path is not None:
            push_field_edit(self.undo_stack, self.model, path, before, after, self.select)

    # -- views following the model
    def _model_edited(self) -> None:
        self.preview.set_definition(self.model.definition())
        path = self.selected_path()
        if path is not None and self.model.field_at(path) != self.properties.field:
            self._show_selected()  # undo, redo, a rename shown elsewhere: not the edit just typed
        self._show_questionnaire()
        if self._checked:
            self._recheck()
        self.changed.emit()

    def _show_questionnaire(self) -> None:
        definition = self.model.definition()
        fields = list(_flat(definition["fields"]))
        shown = self.questionnaire.definition
        if (fields != self.questionnaire.fields or definition.get("title") != shown.get("title")
                or definition.get("outcome_mapping") != self.questionnaire.mapping()):
            self.questionnaire.show_definition(definition, fields)
        else:
            self.questionnaire.definition = definition

    def _show_selected(self) -> None:
        path = self.selected_path()
        field = self.model.field_at(path) if path is not None else None
        if path is None or path != self._shown_path or field != self.properties.field:
            # not after the panel's own edit: that would rebuild the row being worked on (and drop unfinished ones)
            self.properties.show_field(field, list(_flat(self.model.definition()["fields"])))
        self._shown_path = path
        for action in (self.duplicate_action, self.remove_action, self.up_action, self.down_action):
            action.setEnabled(path is not None and not self.read_only)

    def set_read_only(self, reason: str) -> None:
        """Show without editing (for a role that may not change questionnaires); `reason` becomes the tooltip."""
        self.read_only = True
        for action in (*self.toolbar.actions(), *self.add_actions.values()):
            action.setEnabled(False)
        for widget in (self.toolbar, *(self.tabs.widget(i) for i in range(self.tabs.count()))):
            widget.setEnabled(False)
            widget.setToolTip(reason)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    def check(self) -> list[Problem]:
        """Run the checks of publishing; show the problems and select the first field with one."""
        problems = self._recheck()
        self._checked = True
        first = next((p for p in (problem_path(problem) for problem in problems) if p), None)
        if first is not None:
            self.select(first)
        return problems

    def _recheck(self) -> list[Problem]:
        problems = check_definition(self.model.definition())
        self.show_problems(problems)
        return problems

    def show_problems(self, problems: list[Problem]) -> None:
        """List problems under the tree and mark their fields in it."""
        self.problems.show_problems(problems, self.model)
        self.model.set_marks({path: self.problems.item(row).text() for row, path in enumerate(self.problems.paths) if path})


def _flat(fields: list[dict[str, Any]]):
    for field in fields:
        yield field
        yield from _flat(field.get("children", []))
