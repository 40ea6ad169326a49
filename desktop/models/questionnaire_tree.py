"""A questionnaire definition (plain JSON data) as a tree of groups, repeats and fields for Qt views."""

from __future__ import annotations

import copy
import json
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QApplication, QStyle

from .questionnaire_types import CONTAINERS, all_keys, type_labels

ModelIndex = QModelIndex | QPersistentModelIndex
Path = tuple[int, ...]  # row numbers from the top: (2, 0) is the first field of the third
MIME = "application/x-campo-field-path"
LABEL, KEY, TYPE = range(3)


class _Node:
    """One field: its own attributes (children apart) and the nodes inside it."""

    __slots__ = ("children", "field", "parent")

    def __init__(self, field: dict[str, Any], parent: _Node | None) -> None:
        self.field = {name: value for name, value in field.items() if name != "children"}
        self.parent = parent
        self.children = [_Node(child, self) for child in field.get("children", [])]

    def plain(self) -> dict[str, Any]:
        """The field as the format writes it, children included (a deep copy)."""
        out = copy.deepcopy(self.field)
        if self.children or self.field.get("type") in CONTAINERS:
            out["children"] = [child.plain() for child in self.children]
        return out

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent is not None else 0


class QuestionnaireTreeModel(QAbstractItemModel):
    """GUI thread only. Edits come as paths; drops only ask (`move_requested`) so an undo stack can do them."""

    move_requested = Signal(object, object, int)  # from path, to parent path, row in it
    edited = Signal()  # after any change to the definition (a field, the title, a reset)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._root = _Node({"fields": []}, None)
        self._meta: dict[str, Any] = {}  # title, outcome mapping, format: kept as loaded
        self._headers = [self.tr("Pregunta"), self.tr("Clave"), self.tr("Tipo")]
        self._types = type_labels()
        self._marks: dict[Path, str] = {}  # fields with a problem, and what it is

    # -- the definition as a whole
    def set_definition(self, definition: dict[str, Any]) -> None:
        """Show another questionnaire (a reset: everything is new)."""
        self.beginResetModel()
        self._meta = {name: copy.deepcopy(value) for name, value in definition.items() if name != "fields"}
        self._root = _Node({"children": definition.get("fields", [])}, None)
        self.endResetModel()
        self.edited.emit()

    def meta(self, name: str) -> Any:
        """A part of the definition other than its fields (`title`, `outcome_mapping`), a copy."""
        return copy.deepcopy(self._meta.get(name))

    def set_meta(self, name: str, value: Any) -> None:
        """Replace (None: drop) a part of the definition other than its fields."""
        if value is None:
            self._meta.pop(name, None)
        else:
            self._meta[name] = copy.deepcopy(value)
        self.edited.emit()

    def definition(self) -> dict[str, Any]:
        """The questionnaire as JSON-ready data, fields in the tree's order."""
        return {**copy.deepcopy(self._meta), "fields": [child.plain() for child in self._root.children]}

    def field_keys(self) -> set[str]:
        """Every field key in use."""
        return all_keys(self.definition()["fields"])

    # -- paths
    def _node(self, path: Path) -> _Node:
        node = self._root
        for row in path:
            node = node.children[row]
        return node

    def path_of(self, index: ModelIndex) -> Path:
        """The path of an index (the empty path for the top)."""
        rows: list[int] = []
        while index.isValid():
            rows.append(index.row())
            index = index.parent()
        return tuple(reversed(rows))

    def index_of(self, path: Path, column: int = 0) -> QModelIndex:
        """The index at a path (invalid for the top or a path that no longer exists)."""
        index = QModelIndex()
        for depth, row in enumerate(path):
            if not 0 <= row < self.rowCount(index):
                return QModelIndex()
            index = self.index(row, column if depth == len(path) - 1 else 0, index)
        return index

    def field_at(self, path: Path) -> dict[str, Any]:
        """The field at a path, children included (a copy)."""
        return self._node(path).plain()

    def paths(self) -> list[Path]:
        """Every field's path, in document order."""
        out: list[Path] = []

        def walk(node: _Node, path: Path) -> None:
            for row, child in enumerate(node.children):
                out.append((*path, row))
                walk(child, (*path, row))
        walk(self._root, ())
        return out

    def is_container(self, path: Path) -> bool:
        """Whether the field at `path` holds others (the top always does)."""
        return not path or self._node(path).field.get("type") in CONTAINERS

    def set_marks(self, marks: dict[Path, str]) -> None:
        """Mark fields that have a problem (a warning icon, the problem as tooltip); the others lose theirs."""
        changed = set(marks) ^ set(self._marks) | {p for p in marks if marks[p] != self._marks.get(p)}
        self._marks = dict(marks)
        for path in changed:
            index = self.index_of(path)
            if index.isValid():
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole])

    # -- edits
    def insert_field(self, parent_path: Path, row: int, field: dict[str, Any]) -> Path:
        """Insert a field (with its children) at `row` of the container at `parent_path`."""
        parent = self._node(parent_path)
        self.beginInsertRows(self.index_of(parent_path), row, row)
        parent.children.insert(row, _Node(field, parent))
        self.endInsertRows()
        self.edited.emit()
        return (*parent_path, row)

    def remove_field(self, path: Path) -> dict[str, Any]:
        """Remove the field at `path` and return it, children included."""
        node = self._node(path)
        self.beginRemoveRows(self.index_of(path[:-1]), path[-1], path[-1])
        node.parent.children.pop(path[-1])
        self.endRemoveRows()
        self.edited.emit()
        return node.plain()

    def move_field(self, path: Path, parent_path: Path, row: int) -> tuple[Path, Path, int]:
        """Move a field to `row` of the container at `parent_path` (row counted before the move).

        Returns its new path, and the parent path and row that move it back (for undo).
        """
        node, target = self._node(path), self._node(parent_path)
        source_parent = node.parent
        if not self.beginMoveRows(self.index_of(path[:-1]), path[-1], path[-1], self.index_of(parent_path), row):
            return path, path[:-1], path[-1]  # dropped where it already was
        source_parent.children.pop(path[-1])
        if target is source_parent and row > path[-1]:
            row -= 1
        target.children.insert(row, node)
        node.parent = target
        self.endMoveRows()
        self.edited.emit()
        back_row = path[-1] + (1 if target is source_parent and path[-1] > row else 0)
        return self._path_of_node(node), self._path_of_node(source_parent), back_row

    def replace_field(self, path: Path, field: dict[str, Any]) -> None:
        """Give the field at `path` new attributes (its children stay)."""
        node = self._node(path)
        node.field = {name: copy.deepcopy(value) for name, value in field.items() if name != "children"}
        self.dataChanged.emit(self.index_of(path, LABEL), self.index_of(path, TYPE))
        self.edited.emit()

    def _path_of_node(self, node: _Node) -> Path:
        rows: list[int] = []
        while node.parent is not None:
            rows.append(node.row())
            node = node.parent
        return tuple(reversed(rows))

    # -- QAbstractItemModel
    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        node = parent.internalPointer() if parent.isValid() else self._root
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        up = index.internalPointer().parent
        if up is None or up is self._root:
            return QModelIndex()
        return self.createIndex(up.row(), 0, up)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.column() > 0:
            return 0
        node = parent.internalPointer() if parent.isValid() else self._root
        return len(node.children)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return len(self._headers)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        field = index.internalPointer().field
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == LABEL:
                label = field.get("label") or {}
                return label.get("es") or label.get("en") or field.get("key", "")
            if column == KEY:
                return field.get("key", "")
            return self._types.get(field.get("type", ""), field.get("type", ""))
        mark = self._marks.get(self.path_of(index)) if self._marks and column == LABEL else None
        if role == Qt.ItemDataRole.DecorationRole and column == LABEL:
            icon = QStyle.StandardPixmap.SP_DirIcon if field.get("type") in CONTAINERS else QStyle.StandardPixmap.SP_FileIcon
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning if mark else icon)
        if role == Qt.ItemDataRole.ToolTipRole and column == LABEL:
            if mark:
                return mark
            return self.tr("Se muestra solo cuando se cumple su condición") if field.get("relevant") is not None else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        if index.internalPointer().field.get("type") in CONTAINERS:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        return flags

    # -- drag and drop: the drop asks for a move, the undo stack makes it
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        if indexes:
            data.setData(MIME, json.dumps(list(self.path_of(indexes[0]))).encode())
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: ModelIndex) -> bool:
        if not data.hasFormat(MIME) or action != Qt.DropAction.MoveAction:
            return False
        source, target = tuple(json.loads(bytes(data.data(MIME)).decode())), self.path_of(parent)
        return self.is_container(target) and target[: len(source)] != source  # never into itself

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: ModelIndex) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        source, target = tuple(json.loads(bytes(data.data(MIME)).decode())), self.path_of(parent)
        self.move_requested.emit(source, target, row if row >= 0 else self.rowCount(parent))
        return False  # the move is done (by the undo stack); the view must not remove the source rows
