"""The "Cuestionarios" page: the branch's questionnaires, and the designer of the chosen one's draft."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from syncserver.questionnaires import (
    DefinitionRefused,
    DraftChanged,
    get_draft,
    list_questionnaires,
    list_versions,
    save_draft,
)

from syncserver.permissions import DATA_EXPORT, QUESTIONNAIRES_EDIT, QUESTIONNAIRES_PUBLISH

from ..branch_day import local
from ..models.questionnaires_model import QuestionnairesModel
from ..server_host import ServerHost
from ..worker import run_in_background
from .designer_commands import ReplaceDefinition
from .designer_editor import DesignerEditor
from .designer_files import DesignerFiles
from .designer_publish import PublishDialog, plan_publish, save_and_publish
from .designer_versions import VersionsBar
from .permission_ui import denied_text, guard, refusal


class DesignerPage(QWidget, DesignerFiles):
    """GUI thread only; every read and write of questionnaires runs on a pool thread (run_in_background).

    Signals say when the list was read, a questionnaire opened, a draft saved, a version published.
    """

    loaded = Signal(int)
    opened = Signal(int)
    saved = Signal(object)
    published = Signal(object)

    def __init__(self, host: ServerHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.current_id: int | None = None
        self.draft_updated_at = None  # of the draft as loaded or last saved here: stale-draft protection
        self.publish_dialog: PublishDialog | None = None
        self.list_model = QuestionnairesModel(self)
        self.list_view = QTableView()
        self.list_view.setModel(self.list_model)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.verticalHeader().setVisible(False)
        header = self.list_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 100), (2, 150), (3, 80)):
            header.resizeSection(column, width)
        self.list_view.selectionModel().currentRowChanged.connect(lambda current, _prev: self._chosen(current.row()))
        self.new_button = QPushButton(self.tr("Nuevo…"))
        self.new_button.clicked.connect(self._ask_name)
        self.import_button = QPushButton(self.tr("Importar JSON…"))
        self.import_button.clicked.connect(self._choose_import)
        self.editor = DesignerEditor()
        self.editor.undo_stack.cleanChanged.connect(lambda _clean: self._show_state())
        self.check_button = QPushButton(self.tr("Validar"))
        self.check_button.clicked.connect(self.check)
        self.export_button = QPushButton(self.tr("Exportar JSON…"))
        self.export_button.clicked.connect(self._choose_export)
        self.save_button = QPushButton(self.tr("Guardar borrador"))
        self.save_button.clicked.connect(self.save)
        self.discard_button = QPushButton(self.tr("Descartar borrador…"))
        self.discard_button.clicked.connect(self._ask_discard)
        self.publish_button = QPushButton(self.tr("Publicar…"))
        self.publish_button.clicked.connect(self.request_publish)
        self.versions_bar = VersionsBar()
        self.versions_bar.load_requested.connect(lambda definition: self.editor.undo_stack.push(
            ReplaceDefinition(self.editor.model, definition, self.tr("Editar desde una versión publicada"))))
        self.state_label = QLabel()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.list_view, 1)
        side_buttons = QHBoxLayout()
        side_buttons.addWidget(self.versions_bar)
        side_buttons.addStretch(1)
        side_buttons.addWidget(self.new_button)
        side_buttons.addWidget(self.import_button)
        side_layout.addLayout(side_buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(side)
        splitter.addWidget(self.editor)
        splitter.setSizes([120, 680])
        actions = QHBoxLayout()
        actions.addWidget(self.state_label)
        actions.addWidget(self.status_label, 1)
        for button in (self.check_button, self.export_button, self.discard_button, self.save_button, self.publish_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)
        save_keys = QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        save_keys.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._save_keys = save_keys.key().toString(QKeySequence.SequenceFormat.NativeText)
        if not host.session.can(QUESTIONNAIRES_EDIT):
            self.editor.set_read_only(refusal(host.session.role, QUESTIONNAIRES_EDIT))
        self._show_state()
        self._poll = QTimer(self, interval=10_000)  # questionnaires made elsewhere (CLI, demo) appear
        self._poll.timeout.connect(lambda: self.refresh() if self.isVisible() else None)
        self._poll.start()
        if host.port is None:  # the server migrates the database as it starts: read after that
            host.started.connect(lambda _port: self.refresh() if self.isVisible() else None)

    # -- the list
    def refresh(self, select: int | None = None) -> None:
        """Read the questionnaires again (then open `select`, or the first when none is open)."""
        if self.host.port is None:
            return
        engine = self.host.engine
        run_in_background(lambda: list_questionnaires(engine), lambda rows: self._listed(rows, select), self._failed)

    def _listed(self, rows, select: int | None) -> None:
        if not shiboken6.isValid(self):
            return  # the read finished after the page was closed
        self.list_model.set_questionnaires(rows)
        wanted = select if select is not None else self.current_id if self.current_id is not None else (rows[0].id if rows else None)
        if wanted is not None and self.list_model.row_of(wanted) >= 0:
            row = self.list_model.row_of(wanted)
            if self.list_view.currentIndex().row() != row:
                self.list_view.setCurrentIndex(self.list_model.index(row, 0))
            elif wanted != self.current_id:
                self._chosen(row)
        self.loaded.emit(len(rows))

    def _chosen(self, row: int) -> None:
        if row < 0 or self.list_model.questionnaire(row).id == self.current_id:
            return
        if self.current_id is not None and not self.editor.undo_stack.isClean():
            self.save()  # a draft is work in progress: keep it rather than ask
        self.open(self.list_model.questionnaire(row).id)

    def open(self, questionnaire_id: int) -> None:
        """Load a questionnaire's draft (or its latest version when it has none) into the editor."""
        engine = self.host.engine
        self.current_id = questionnaire_id
        run_in_background(lambda: (get_draft(engine, questionnaire_id), list_versions(engine, questionnaire_id)),
                          lambda found: self._opened(questionnaire_id, *found), self._failed)

    def _opened(self, questionnaire_id: int, draft, versions) -> None:
        if not shiboken6.isValid(self) or questionnaire_id != self.current_id:
            return  # another one was chosen meanwhile
        self.draft_updated_at = draft.updated_at if draft else None
        definition = draft.definition if draft else versions[-1].definition if versions else {"fields": []}
        self.editor.load(definition)
        self.versions_bar.set_versions(versions)
        if draft:
            self.status_label.setText(self.tr("Editando el borrador guardado (versiones publicadas: %d).") % len(versions))
        elif versions:
            self.status_label.setText(self.tr("Sin borrador: los cambios parten de la versión %d.") % versions[-1].version)
        else:
            self.status_label.setText(self.tr("Cuestionario vacío: agregue preguntas."))
        self._show_state()
        self.opened.emit(questionnaire_id)

    def _show_state(self) -> None:
        if not shiboken6.isValid(self.save_button):
            return  # the undo stack says it is clean as the page is being destroyed
        editing, session = self.current_id is not None, self.host.session
        self.check_button.setEnabled(editing)
        guard(self.export_button, session, DATA_EXPORT, editing)  # a file leaving Campo: audited as data.exported
        self.editor.setEnabled(editing)
        clean = self.editor.undo_stack.isClean()
        guard(self.new_button, session, QUESTIONNAIRES_EDIT)
        guard(self.import_button, session, QUESTIONNAIRES_EDIT)
        guard(self.save_button, session, QUESTIONNAIRES_EDIT, editing, self._save_keys)
        guard(self.discard_button, session, QUESTIONNAIRES_EDIT,
              editing and (self.draft_updated_at is not None or not clean))
        guard(self.publish_button, session, QUESTIONNAIRES_PUBLISH, editing)
        self.state_label.setText("" if clean else self.tr("● Cambios sin guardar"))

    # -- check, save, publish
    def check(self) -> bool:
        """Run the checks of publishing; True when there is nothing to fix."""
        problems = self.editor.check()
        if problems:
            self.status_label.setText(self.tr("%d problemas por corregir antes de publicar (elija uno para ir a la pregunta).")
                                      % len(problems))
        else:
            self.status_label.setText(self.tr("Sin problemas: se puede publicar."))
        return not problems

    def save(self, overwrite: bool = False) -> None:
        """Save the draft; refused (and said so) when someone else saved it since it was loaded."""
        if self.current_id is None or not self.host.session.can(QUESTIONNAIRES_EDIT):
            return
        engine, qid, definition, actor = self.host.engine, self.current_id, self.editor.definition(), self.host.actor
        expected = None if overwrite else self.draft_updated_at
        self.editor.undo_stack.setClean()
        run_in_background(lambda: save_draft(engine, qid, definition, expected_updated_at=expected, actor=actor),
                          self._saved, lambda error: self._failed(error) if qid == self.current_id else self._failed(
                              Exception(self.tr("el borrador del cuestionario anterior no se guardó (%s)") % error)))

    def _saved(self, draft) -> None:
        if draft.questionnaire_id == self.current_id:
            self.draft_updated_at = draft.updated_at
            self._show_state()
        self.status_label.setText(self.tr("Borrador guardado a las %s.") % local(draft.updated_at).strftime("%H:%M:%S"))
        self.saved.emit(draft)
        self.refresh()

    def request_publish(self) -> None:
        """Check, then show what changed since the last version and ask before publishing."""
        if self.current_id is None or not self.check():
            return
        engine, qid, definition = self.host.engine, self.current_id, self.editor.definition()
        run_in_background(lambda: plan_publish(engine, qid, definition), lambda plan: self._confirm(qid, definition, plan),
                          self._failed)

    def _confirm(self, qid: int, definition: dict[str, Any], plan) -> None:
        if plan.previous_version is not None and plan.diff.empty:
            self.status_label.setText(self.tr("Nada que publicar: es igual a la versión %d.") % plan.previous_version)
            return
        name = self.list_model.questionnaire(self.list_model.row_of(qid)).name if self.list_model.row_of(qid) >= 0 else ""
        self.publish_dialog = PublishDialog(plan, name, self)
        self.publish_dialog.accepted.connect(lambda: self._publish(qid, definition))
        self.publish_dialog.open()

    def _publish(self, qid: int, definition: dict[str, Any]) -> None:
        engine, expected, actor = self.host.engine, self.draft_updated_at, self.host.actor
        run_in_background(lambda: save_and_publish(engine, qid, definition, expected, actor), self._published,
                          self._failed)

    def _published(self, result) -> None:
        self.draft_updated_at = None  # publishing used the draft up
        self.editor.undo_stack.setClean()
        self._show_state()
        self.status_label.setText(self.tr("Publicada la versión %d: los teléfonos la recibirán en su próxima sincronización.")
                                  % result.version.version)
        self.versions_bar.add_version(result.version)
        self.published.emit(result)
        self.refresh()

    def _failed(self, error: Exception) -> None:
        if isinstance(error, DefinitionRefused):
            self.editor.show_problems(error.problems)
        if isinstance(error, DraftChanged):
            self.editor.undo_stack.resetClean()
            self.status_label.setText(self.tr("No se guardó: otra persona guardó este borrador después de que lo abrió. "
                                              "Ábralo de nuevo para ver sus cambios, o guarde otra vez para reemplazarlos."))
            self.draft_updated_at = None  # saving again overwrites, knowingly
            return
        if (refused := denied_text(error)) is not None:
            self.status_label.setText(refused)
            return
        self.status_label.setText(self.tr("No se pudo completar: %s") % (str(error).splitlines()[0] if str(error) else error))

    def hideEvent(self, event) -> None:
        """Leaving the page keeps the work: unsaved edits are saved as the draft."""
        super().hideEvent(event)
        if not event.spontaneous() and self.current_id is not None and not self.editor.undo_stack.isClean() \
                and self.host.port is not None:
            self.save()

    def showEvent(self, event) -> None:
        """Each time the page comes into view, catch up with questionnaires changed elsewhere (CLI)."""
        super().showEvent(event)
        self.refresh()
