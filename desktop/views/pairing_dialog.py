"""Pairing a device: a fresh single-use code for an agent, shown as a QR code and in large type."""

from __future__ import annotations

import io

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from syncserver.agents import AgentInactive, AgentInfo
from syncserver.events import DevicePaired
from syncserver.pairing import PairingCodeInfo, cancel_pairing_codes, create_pairing_code, pair_uri
from syncserver.qr import pairing_qr

from ..branch_day import local
from ..server_host import ServerHost
from ..worker import run_in_background
from .permission_ui import denied_text

QR_SIDE_PX = 320  # about 8 cm on an office screen: phones read it from arm's length
QR_BORDER = 4  # the quiet zone readers need around the symbol, in modules


def qr_pixmap(uri: str) -> QPixmap:
    """The QR code of a pairing URI as a pixmap of about QR_SIDE_PX, whole modules each (segno draws a
    PNG; Qt reads it). More server URLs make a denser code, drawn with smaller modules, not a bigger one."""
    qr = pairing_qr(uri)
    modules, _ = qr.symbol_size(scale=1, border=QR_BORDER)
    png = io.BytesIO()
    qr.save(png, kind="png", scale=max(2, QR_SIDE_PX // modules), border=QR_BORDER)
    return QPixmap.fromImage(QImage.fromData(png.getvalue(), "PNG"))


class PairingDialog(QDialog):
    """GUI thread only; the code is created on a pool thread. Closes itself when the agent's device pairs.

    `paired(DevicePaired)` is emitted just before it closes; the page shows the success message.
    A code it showed stops working when it shows another one or closes (unless a device used it).
    """

    paired = Signal(object)

    def __init__(
        self, host: ServerHost, agents: list[AgentInfo], agent_code: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.host = host
        self.code_info: PairingCodeInfo | None = None
        self.uri: str | None = None
        self._request = 0  # only the newest code request's answer is shown
        self._superseded: list[str] = []  # codes made by this dialog that no device should use any more
        self.setWindowTitle(self.tr("Vincular un dispositivo"))
        self.agent_combo = QComboBox()
        for agent in agents:
            self.agent_combo.addItem(f"{agent.code} · {agent.name}", agent.code)
        if agent_code is not None and (index := self.agent_combo.findData(agent_code)) >= 0:
            self.agent_combo.setCurrentIndex(index)
        self.qr_label = QLabel()
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_label.setMinimumSize(QR_SIDE_PX, QR_SIDE_PX)
        self.code_label = QLabel()
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(28)
        font.setBold(True)
        self.code_label.setFont(font)
        self.expiry_label = QLabel()
        self.expiry_label.setWordWrap(True)
        self.urls_label = QLabel()
        self.urls_label.setTextFormat(Qt.TextFormat.PlainText)
        self.urls_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.urls_label.setWordWrap(True)
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        self.new_code_button = QPushButton(self.tr("Otro código"))
        self.new_code_button.clicked.connect(self.request_code)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Cerrar"))
        buttons.addButton(self.new_code_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Gestor"), self.agent_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        instructions = QLabel(self.tr(
            "En el teléfono, abra Campo y escanee este código QR, o escriba el código de vinculación."))
        instructions.setWordWrap(True)
        layout.addWidget(instructions)
        # The QR beside what it says in words: the dialog stays short enough for a laptop's screen.
        body = QHBoxLayout()
        body.addWidget(self.qr_label)
        details = QVBoxLayout()
        for label in (self.code_label, self.expiry_label, self.urls_label, self.status_label):
            details.addWidget(label)
        details.addStretch(1)
        body.addLayout(details, 1)
        layout.addLayout(body)
        layout.addWidget(buttons)
        self.agent_combo.currentIndexChanged.connect(lambda _index: self.request_code())
        host.bridge.device_paired.connect(self._device_paired)
        self._listening = True
        self.finished.connect(self._stop_listening)
        self.request_code()

    @property
    def agent_code(self) -> str | None:
        """The code of the agent the device will belong to."""
        return self.agent_combo.currentData()

    def request_code(self) -> None:
        """Create a fresh pairing code for the chosen agent, in the background."""
        agent_code = self.agent_code
        self._request += 1
        if self.code_info is not None:
            self._superseded.append(self.code_info.code)
            self._cancel_superseded()
        self.code_info = self.uri = None
        self.qr_label.clear()
        self.code_label.clear()
        self.expiry_label.clear()
        self.urls_label.clear()
        if agent_code is None:
            self.status_label.setText(self.tr("No hay gestores activos: agregue uno antes de vincular un dispositivo."))
            return
        self.status_label.setText(self.tr("Creando el código…"))
        request = self._request
        host, actor = self.host, self.host.actor
        run_in_background(
            lambda: create_pairing_code(host.engine, agent_code, actor=actor),
            lambda info: self._code_ready(request, info),
            lambda error: self._code_failed(request, error),
        )

    def _code_ready(self, request: int, info: PairingCodeInfo) -> None:
        if request != self._request or not self._listening:  # a newer code was asked for, or the dialog closed
            self._superseded.append(info.code)
            self._cancel_superseded()
            return
        urls = self.host.urls()
        self.code_info = info
        self.uri = pair_uri(info.code, urls, self.host.fingerprint)
        pixmap = qr_pixmap(self.uri)
        self.qr_label.setPixmap(pixmap)
        self.qr_label.setMinimumSize(pixmap.size())  # never drawn over the code below it
        self.adjustSize()
        self.code_label.setText(info.display)
        expires = local(info.expires_at).strftime("%d/%m/%Y %H:%M")
        self.expiry_label.setText(self.tr("Vence el %s (un solo uso).") % expires)
        if urls:
            self.urls_label.setText(self.tr("Direcciones del servidor:") + "\n" + "\n".join(urls))
        else:
            self.urls_label.setText(self.tr("El servidor todavía no está en marcha: el QR no lleva direcciones."))
        self.status_label.setText(self.tr("Esperando al dispositivo…"))

    def _code_failed(self, request: int, error: Exception) -> None:
        if request != self._request:
            return
        if isinstance(error, AgentInactive):
            self.status_label.setText(self.tr("El gestor está desactivado: actívelo antes de vincular un dispositivo."))
        elif (refused := denied_text(error)) is not None:
            self.status_label.setText(refused)
        else:
            self.status_label.setText(self.tr("No se pudo crear el código: %s") % error)

    def _stop_listening(self, _result: int = 0) -> None:
        if self._listening:
            self._listening = False
            self.host.bridge.device_paired.disconnect(self._device_paired)
            if self.code_info is not None:
                self._superseded.append(self.code_info.code)
            self._cancel_superseded()

    def _cancel_superseded(self) -> None:
        """Make the codes this dialog no longer shows unusable (in the background; a used one stays used)."""
        codes, self._superseded = self._superseded, []
        if codes:
            engine, actor = self.host.engine, self.host.actor
            run_in_background(lambda: cancel_pairing_codes(engine, codes, actor=actor), lambda _n: None,
                              lambda _error: None)

    def _device_paired(self, event: DevicePaired) -> None:
        """A device paired (GUI thread, from the bridge): close if it is this agent's."""
        agent = self.code_info.agent if self.code_info else None
        if agent is None or (event.agent_code != agent.code and event.agent_id != str(agent.id)):
            return
        self.paired.emit(event)
        self.accept()
