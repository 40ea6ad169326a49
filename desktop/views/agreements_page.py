"""The "Convenios" page: agreements with their status, one agreement's schedule and payments, and its printable PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from syncserver.agreements import STATUSES, get_agreement, list_agreements, recompute_all
from syncserver.export_audit import AGREEMENT_PDF, check_export, record_export
from syncserver.media import MediaCorrupt, read_media
from syncserver.permissions import AGREEMENTS_MANAGE, DATA_EXPORT

from ..agreement_labels import agreement_status_labels
from ..agreement_pdf import write_agreement_pdf
from ..models.agreements_model import AgreementsFilter, AgreementsModel
from ..server_host import ServerHost
from ..worker import run_in_background
from .agreement_cancel_dialog import AgreementCancelDialog
from .agreement_details import AgreementDetails
from .agreement_settings_dialog import AgreementSettingsDialog
from .permission_ui import error_text, follow, guard
from .visit_media import media_root

class AgreementsPage(QWidget):
    """GUI thread only. Reads run on pool threads; the PDF is drawn on the GUI thread (fonts, QTextDocument)."""

    loaded = Signal(int)
    detail_shown = Signal(int)  # an agreement's details are on screen
    printed = Signal(str)  # the PDF written

    def __init__(self, host: ServerHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.model = AgreementsModel(self)
        self.proxy = AgreementsFilter(self)
        self.proxy.setSourceModel(self.model)
        if host.port is None:
            host.started.connect(self._server_started)
        self._wanted: int | None = None  # show this agreement once the list is read
        self._generation = 0  # only the newest reading is shown
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("Todos los estados"), None)
        for code in STATUSES:
            self.status_combo.addItem(agreement_status_labels()[code], code)
        self.status_combo.currentIndexChanged.connect(lambda _: self.proxy.set_status(self.status_combo.currentData()))
        self.recompute_button = QPushButton(self.tr("Recalcular"))
        self.recompute_button.setToolTip(self.tr("Aplicar de nuevo los pagos y guardar el estado de cada convenio"))
        self.recompute_button.clicked.connect(self.recompute)
        follow(host, AGREEMENTS_MANAGE, self.recompute_button)
        self.settings_button = QPushButton(self.tr("Plantilla y datos de la empresa…"))
        self.settings_button.clicked.connect(self.open_settings)
        self.print_button = QPushButton(self.tr("Imprimir convenio…"))
        self.print_button.clicked.connect(lambda: self.print_agreement())
        guard(self.print_button, host.session, DATA_EXPORT, False)
        self.cancel_button = QPushButton(self.tr("Anular convenio…"))
        self.cancel_button.clicked.connect(lambda: self.open_cancel())
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.details = AgreementDetails()
        self._guard_cancel()
        host.session_changed.connect(lambda _session: self._guard_cancel())
        self.status_label = QLabel(self.tr("Cargando convenios…"))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Estado")))
        bar.addWidget(self.status_combo)
        bar.addStretch(1)
        for button in (self.recompute_button, self.settings_button, self.cancel_button, self.print_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status_label)

    def showEvent(self, event) -> None:
        """Each time the page comes into view, read again: payments, visits or reassignments may have come since."""
        super().showEvent(event)
        if self.host.port is not None:
            self.reload()

    def _server_started(self, _port: int) -> None:
        if self.isVisible():  # shown before the server had migrated the database
            self.reload()

    def reload(self, show: int | None = None) -> None:
        """Read every agreement's status as of today on a pool thread (then show agreement `show`)."""
        if show is not None:
            self._wanted = show
        elif self._wanted is None and self.details.detail is not None:
            self._wanted = self.details.detail.summary.id  # keep showing it
        self._generation += 1
        engine, generation = self.host.engine, self._generation
        run_in_background(lambda: (generation, list_agreements(engine)), self._loaded, self._failed)

    def _loaded(self, answer) -> None:
        generation, agreements = answer
        if generation != self._generation:
            return  # a newer reading is on its way
        self.model.set_agreements(agreements)
        self.status_label.setText(self.tr("%d convenios") % len(agreements))
        self.loaded.emit(len(agreements))
        wanted, self._wanted = self._wanted, None
        row = self.model.row_of(wanted) if wanted is not None else None
        if row is not None:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                self.table.setCurrentIndex(index)
                return
            self._read(wanted)  # filtered out: its details all the same
        else:
            self.details.clear()
            self.print_button.setEnabled(False)
            self._guard_cancel()

    def _printed(self, written: Path) -> None:
        self.status_label.setText(self.tr("Convenio guardado en %s") % written)
        self.printed.emit(str(written))

    def _failed(self, error: Exception) -> None:
        self.status_label.setText(self.tr("No se pudo completar: %s") % error_text(error))
        guard(self.recompute_button, self.host.session, AGREEMENTS_MANAGE)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._read(self.model.agreement_at(self.proxy.mapToSource(current).row()).id)

    def _read(self, agreement_id: int) -> None:
        engine = self.host.engine
        run_in_background(lambda: get_agreement(engine, agreement_id), self._detail_read, self._failed)

    def _detail_read(self, detail) -> None:
        if detail is None:
            return
        self.details.show_agreement(detail)
        guard(self.print_button, self.host.session, DATA_EXPORT)
        self._guard_cancel()
        self.detail_shown.emit(detail.summary.id)

    def recompute(self) -> None:
        """Match every agreement's payments again and store the statuses (the office's "on demand")."""
        self.recompute_button.setEnabled(False)
        engine, actor = self.host.engine, self.host.actor

        def done(count: int) -> None:
            guard(self.recompute_button, self.host.session, AGREEMENTS_MANAGE)
            self.reload()
            self.status_label.setText(self.tr("%d convenios recalculados") % count)

        run_in_background(lambda: recompute_all(engine, actor=actor), done, self._failed)

    def _guard_cancel(self) -> None:
        """Cancelling needs an agreement shown that is neither paid nor already cancelled, and the permission."""
        detail = self.details.detail
        guard(self.cancel_button, self.host.session, AGREEMENTS_MANAGE,
              detail is not None and detail.summary.status not in ("completed", "cancelled"),
              self.tr("Anular el convenio mostrado, con su motivo"))

    def open_cancel(self) -> AgreementCancelDialog | None:
        """Ask why the shown agreement is cancelled; then show it again, cancelled."""
        detail = self.details.detail
        if detail is None:
            return None
        dialog = AgreementCancelDialog(self.host, detail.summary, self)
        agreement = detail.summary.id
        dialog.cancelled.connect(lambda _done: self.reload(show=agreement))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_settings(self) -> AgreementSettingsDialog:
        """Edit the terms template, the break rule and the company's data."""
        dialog = AgreementSettingsDialog(self.host, self)
        dialog.saved.connect(lambda _info: self.reload())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def print_agreement(self, path: str | None = None) -> None:
        """Write the shown agreement's PDF (asking where when no path is given), its captured signature drawn on it."""
        detail = self.details.detail
        if detail is None:
            return
        if path is None:
            suggested = str(Path.home() / (self.tr("convenio-%d") % detail.summary.id + ".pdf"))
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Imprimir convenio"), suggested, self.tr("PDF (*.pdf)"))
            if not path:
                return
        engine, root, media = self.host.engine, media_root(self.host.config.data_dir), detail.signature_media_id
        actor = self.host.actor

        def signature() -> bytes | None:  # pool thread
            check_export(engine, actor)
            if media is None:
                return None
            try:
                content = read_media(engine, root, media)
            except MediaCorrupt:
                return None
            return content.data if content is not None else None

        def write(data: bytes | None) -> None:
            image = QImage.fromData(data) if data else None
            try:
                written = write_agreement_pdf(detail, path, image)
            except OSError as error:
                self.status_label.setText(self.tr("No se pudo guardar el PDF: %s") % error)
                return
            details = {"agreement": detail.summary.id, "account": detail.summary.external_ref}
            run_in_background(lambda: record_export(engine, actor=actor, what=AGREEMENT_PDF, path=written,
                                                    rows=len(detail.state.rows), details=details),
                              lambda _none: self._printed(written), self._failed)

        run_in_background(signature, write, self._failed)
