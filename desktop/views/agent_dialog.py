"""The small dialog that adds a field agent or edits one's name and email."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from syncserver.agents import (
    CODE_PATTERN,
    EMAIL_PATTERN,
    UNCHANGED,
    AgentCodeTaken,
    AgentInfo,
    AgentNotFound,
    add_agent,
    normalize_agent_code,
    update_agent,
)

from ..server_host import ServerHost
from ..worker import run_in_background
from .permission_ui import denied_text


class AgentDialog(QDialog):
    """GUI thread only; the save itself runs on a pool thread. `saved(AgentInfo)` follows a successful save."""

    saved = Signal(object)

    def __init__(self, host: ServerHost, agent: AgentInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.agent = agent
        self.setWindowTitle(self.tr("Editar gestor") if agent else self.tr("Nuevo gestor"))
        self.code_edit = QLineEdit(agent.code if agent else "")
        self.code_edit.setPlaceholderText(self.tr("p. ej. G-014"))
        self.code_edit.setMaxLength(40)
        self.code_edit.setEnabled(agent is None)  # the code is what the devices and the files know the agent by
        self.name_edit = QLineEdit(agent.name if agent else "")
        self.name_edit.setMaxLength(200)
        self.email_edit = QLineEdit((agent.email or "") if agent else "")
        self.email_edit.setPlaceholderText(self.tr("opcional"))
        start = agent.start if agent else None
        self._start_text = "" if start is None else f"{start[0]:.6f}, {start[1]:.6f}"  # untouched: left as stored
        self.start_edit = QLineEdit(self._start_text)
        self.start_edit.setPlaceholderText(self.tr("latitud, longitud (opcional), p. ej. 4.65, -74.08"))
        self.start_edit.setToolTip(self.tr("Donde empieza la ruta del día. Sin él, la ruta empieza en el centro de "
                                           "las cuentas del gestor."))
        self.error_label = QLabel()
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)  # messages quote what people typed
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("Código"), self.code_edit)
        form.addRow(self.tr("Nombre"), self.name_edit)
        form.addRow(self.tr("Correo"), self.email_edit)
        form.addRow(self.tr("Punto de partida"), self.start_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Guardar"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def problem(self) -> str | None:
        """What is wrong with the typed values, in words, or None (the same rules as syncserver's)."""
        code = normalize_agent_code(self.code_edit.text())
        if self.agent is None and not CODE_PATTERN.match(code):
            return self.tr(
                "El código debe tener de 1 a 40 letras, números, '.', '_' o '-', y empezar por una letra o un número."
            )
        name = " ".join(self.name_edit.text().split())
        if not name:
            return self.tr("Escriba el nombre del gestor.")
        email = self.email_edit.text().strip()
        if email and not EMAIL_PATTERN.match(email):
            return self.tr("El correo «%s» no es una dirección válida.") % email
        try:
            self.start()
        except ValueError:
            return self.tr("El punto de partida «%s» debe ser latitud, longitud (p. ej. 4.65, -74.08), con latitud "
                           "entre -90 y 90 y longitud entre -180 y 180.") % self.start_edit.text().strip()
        return None

    def start(self) -> tuple[float, float] | None:
        """The start point typed, or None when empty; ValueError when it is not a latitude, longitude."""
        text = self.start_edit.text().strip()
        if not text:
            return None
        parts = text.replace(";", ",").split(",") if ("," in text or ";" in text) else text.split()
        if len(parts) != 2:
            raise ValueError(text)
        lat, lon = (float(part) for part in parts)
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise ValueError(text)
        return lat, lon

    def save(self) -> None:
        """Check the values, then add or update the agent in the background."""
        problem = self.problem()
        if problem is not None:
            self.show_error(problem)
            return
        engine_of, actor = (lambda: self.host.engine), self.host.actor
        name, email, start = self.name_edit.text(), self.email_edit.text().strip() or None, self.start()
        if self.agent is None:
            code = self.code_edit.text()

            def work() -> AgentInfo:
                added = add_agent(engine_of(), code, name, email, actor=actor)
                return added if start is None else update_agent(engine_of(), added.code, start=start, actor=actor)
        else:
            code = self.agent.code
            if self.start_edit.text().strip() == self._start_text:
                start = UNCHANGED
            work = lambda: update_agent(engine_of(), code, name=name, email=email, start=start, actor=actor)
        self.buttons.setEnabled(False)
        run_in_background(work, self._saved, self._failed)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _saved(self, agent: AgentInfo) -> None:
        self.buttons.setEnabled(True)
        self.agent = agent
        self.saved.emit(agent)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, AgentCodeTaken):
            message = self.tr("El código %s ya lo tiene otro gestor. Elija otro.") % normalize_agent_code(
                self.code_edit.text())
        elif isinstance(error, AgentNotFound):
            message = self.tr("Este gestor ya no existe; cierre y vuelva a abrir la página.")
        elif (refused := denied_text(error)) is not None:
            message = refused
        else:
            message = self.tr("No se pudo guardar el gestor: %s") % error
        self.show_error(message)
