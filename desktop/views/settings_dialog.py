"""Configuración: the branch's rules (stored in the database, applied at once) and this computer's app settings."""

from __future__ import annotations

import zoneinfo

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from syncserver.config import DEFAULT_PORT
from syncserver.office import settings_changed
from syncserver.permissions import SETTINGS_BRANCH, SETTINGS_SERVER
from syncserver.settings import (
    ACCURACY_RANGE_M,
    RADIUS_RANGE_M,
    BranchSettingsInfo,
    SettingsError,
    read_settings,
    record_server_settings,
    update_branch,
    validate_branch,
)

from ..app_settings import (  # noqa: F401 - re-exported: the keys were defined here first
    DISCOVERY_KEY,
    LANGUAGE_KEY,
    LANGUAGES,
    PORT_KEY,
    PUBLIC_URL_KEY,
    TILE_URL_KEY,
    TLS_KEY,
    app_settings,
)
from ..server_host import ServerHost
from ..worker import run_in_background
from .map_page import OSM_TILES
from .permission_ui import denied_text, guard


# Offered first in the time zone list: where Campo's branches are.
LATIN_AMERICA = (
    "America/Bogota", "America/Mexico_City", "America/Lima", "America/Guayaquil", "America/Caracas",
    "America/Santiago", "America/Argentina/Buenos_Aires", "America/Sao_Paulo", "America/La_Paz",
    "America/Asuncion", "America/Montevideo", "America/Panama", "America/Costa_Rica", "America/Guatemala",
    "America/El_Salvador", "America/Tegucigalpa", "America/Managua", "America/Santo_Domingo",
    "America/Havana", "America/Puerto_Rico", "America/Monterrey", "America/Tijuana", "America/Cancun",
    "America/Manaus", "America/Fortaleza", "America/Recife",
)


def time_zones() -> list[str]:
    """Every IANA zone this system knows, Latin American ones first."""
    known = zoneinfo.available_timezones()
    first = [zone for zone in LATIN_AMERICA if zone in known]
    return first + sorted(known - set(first))


class SettingsDialog(QDialog):
    """GUI thread only. Reads and saves the branch in the background; app settings go to `settings` (QSettings)."""

    tile_url_changed = Signal(str)
    saved = Signal(object)  # the BranchSettingsInfo stored

    def __init__(self, host: ServerHost, parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.settings = settings if settings is not None else app_settings()
        self.branch: BranchSettingsInfo | None = None
        self.setWindowTitle(self.tr("Configuración"))

        self.name_edit = QLineEdit()
        self.timezone_combo = QComboBox()
        self.timezone_combo.setEditable(True)
        self.timezone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.timezone_combo.addItems(time_zones())
        self.radius_spin = self._metres(RADIUS_RANGE_M)
        self.accuracy_spin = self._metres(ACCURACY_RANGE_M)
        branch_box = QGroupBox(self.tr("Sucursal (se aplica de inmediato a todos los dispositivos)"))
        branch_form = QFormLayout(branch_box)
        branch_form.addRow(self.tr("Nombre"), self.name_edit)
        branch_form.addRow(self.tr("Zona horaria"), self.timezone_combo)
        branch_form.addRow(self.tr("Radio de geocerca por defecto"), self.radius_spin)
        branch_form.addRow(self.tr("Límite de precisión del GPS"), self.accuracy_spin)

        self.port_spin = QSpinBox()
        self.port_spin.setRange(0, 65535)
        self.port_spin.setSpecialValueText(self.tr("cualquiera libre"))  # 0, as `campo --port 0`
        self.discovery_check = QCheckBox(self.tr("Anunciar el servidor en la red local"))
        self.public_url_edit = QLineEdit()
        self.public_url_edit.setPlaceholderText(self.tr("https://cobranza.ejemplo.com:8750 (si hay un router o proxy)"))
        self.tls_check = QCheckBox(self.tr("Cifrar con HTTPS (los teléfonos fijan el certificado al emparejarse)"))
        self.tile_edit = QLineEdit()
        self.tile_edit.setPlaceholderText(OSM_TILES)
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("Español"), "es")
        self.language_combo.addItem(self.tr("Inglés"), "en")
        app_box = QGroupBox(self.tr("Esta computadora"))
        app_form = QFormLayout(app_box)
        self.server_box = QWidget()  # how this computer serves devices: administrators only
        server_form = QFormLayout(self.server_box)
        server_form.setContentsMargins(0, 0, 0, 0)
        server_form.addRow(self.tr("Puerto del servidor"), self.port_spin)
        server_form.addRow(self.tr("Descubrimiento"), self.discovery_check)
        server_form.addRow(self.tr("Dirección pública"), self.public_url_edit)
        server_form.addRow(self.tr("HTTPS"), self.tls_check)
        app_form.addRow(self.server_box)
        app_form.addRow(self.tr("Servidor de mosaicos del mapa"), self.tile_edit)
        app_form.addRow(self.tr("Idioma"), self.language_combo)
        note = QLabel(self.tr("El puerto, el descubrimiento, la dirección pública, HTTPS y el idioma se aplican "
                              "la próxima vez que abra Campo."))
        note.setWordWrap(True)
        app_form.addRow(note)

        self.error_label = QLabel()
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)  # messages quote what people typed
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Guardar"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)  # until the branch is read
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.branch_box = branch_box
        self.may_change_branch = guard(branch_box, host.session, SETTINGS_BRANCH)
        self.may_change_server = guard(self.server_box, host.session, SETTINGS_SERVER)
        layout = QVBoxLayout(self)
        layout.addWidget(branch_box)
        layout.addWidget(app_box)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self._show_app_settings()
        engine_of = lambda: host.engine
        run_in_background(lambda: read_settings(engine_of()), self._branch_read, self._read_failed)

    def _metres(self, bounds: tuple[float, float]) -> QDoubleSpinBox:
        # The spin box allows a little beyond the rule, so that a value out of range gets a message, not a clamp.
        spin = QDoubleSpinBox()
        spin.setDecimals(0)
        spin.setRange(0, bounds[1] * 10)
        spin.setSuffix(" m")
        return spin

    def _show_app_settings(self) -> None:
        try:
            port = int(self.settings.value(PORT_KEY, DEFAULT_PORT))
        except (TypeError, ValueError):  # an edited settings file: offer the default rather than fail to open
            port = DEFAULT_PORT
        self.port_spin.setValue(port)
        self.discovery_check.setChecked(self.settings.value(DISCOVERY_KEY, True, type=bool))
        self.public_url_edit.setText(str(self.settings.value(PUBLIC_URL_KEY, "") or ""))
        self.tls_check.setChecked(self.settings.value(TLS_KEY, False, type=bool))
        self.tile_edit.setText(str(self.settings.value(TILE_URL_KEY, "") or ""))
        language = str(self.settings.value(LANGUAGE_KEY, "es"))
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))

    def _branch_read(self, branch: BranchSettingsInfo) -> None:
        if not isValid(self):  # closed and deleted before the answer came
            return
        self.branch = branch
        self.name_edit.setText(branch.name)
        self.timezone_combo.setCurrentText(branch.timezone)
        self.radius_spin.setValue(branch.default_radius_m)
        self.accuracy_spin.setValue(branch.accuracy_limit_m)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)

    def _read_failed(self, error: Exception) -> None:
        if not isValid(self):  # closed and deleted before the answer came
            return
        self.show_error(self.tr("No se pudo leer la configuración de la sucursal: %s") % error)

    # --- saving ---

    def typed_branch(self) -> dict:
        """The branch values as typed."""
        return {
            "name": self.name_edit.text(), "timezone": self.timezone_combo.currentText().strip(),
            "default_radius_m": self.radius_spin.value(), "accuracy_limit_m": self.accuracy_spin.value(),
        }

    def problem(self) -> str | None:
        """What is wrong with the typed values, in words, or None (the rules are syncserver's)."""
        try:
            validate_branch(**self.typed_branch())
        except SettingsError as error:
            return self._explain(error)
        tiles = self.tile_edit.text().strip()
        if tiles and not (tiles.startswith(("http://", "https://")) and all(
                part in tiles for part in ("{z}", "{x}", "{y}"))):
            return self.tr("La dirección de los mosaicos debe empezar por http:// o https:// y contener "
                           "{z}, {x} y {y}, por ejemplo %s") % OSM_TILES
        public = self.public_url_edit.text().strip()
        if public and (not public.startswith(("http://", "https://")) or " " in public or len(public) < 10):
            return self.tr("La dirección pública debe empezar por http:// o https://, "
                           "por ejemplo https://cobranza.ejemplo.com:8750")
        return None

    def _explain(self, error: SettingsError) -> str:
        values = self.typed_branch()
        if error.field == "name":
            return self.tr("Escriba el nombre de la sucursal (hasta 200 caracteres).")
        if error.field == "timezone":
            return self.tr("«%s» no es una zona horaria conocida; elija una de la lista, "
                           "por ejemplo America/Bogota.") % values["timezone"]
        if error.field == "default_radius_m":
            return self.tr("El radio de geocerca debe estar entre %d y %d m.") % tuple(map(int, RADIUS_RANGE_M))
        if error.field == "accuracy_limit_m":
            return self.tr("El límite de precisión debe estar entre %d y %d m.") % tuple(map(int, ACCURACY_RANGE_M))
        return str(error)

    def save(self) -> None:
        """Check everything; then store the branch (background), apply it on the server, then the app settings."""
        problem = self.problem()
        if problem is not None:
            self.show_error(problem)
            return
        self.error_label.hide()
        values, engine_of, actor = self.typed_branch(), (lambda: self.host.engine), self.host.actor
        self.buttons.setEnabled(False)
        if not self.may_change_branch:  # the branch box only shows the settings: keep this computer's display ones
            self._applied(self.branch)
            return
        run_in_background(lambda: update_branch(engine_of(), **values, actor=actor), self._branch_saved, self._failed)

    def _branch_saved(self, branch: BranchSettingsInfo) -> None:
        if not isValid(self):  # closed and deleted before the answer came
            return
        self.branch = branch
        self.host.set_branch_zone(branch.timezone)
        if self.host.port is None:  # not serving: the server reads the branch when it starts
            self._applied(branch)
            return
        self.host.call(settings_changed(self.host.server.app), lambda _: self._applied(branch), self._failed)

    def _applied(self, branch: BranchSettingsInfo) -> None:
        if not isValid(self):  # closed and deleted before the answer came
            return
        old_tiles = str(self.settings.value(TILE_URL_KEY, "") or "")
        tiles = self.tile_edit.text().strip()
        if self.may_change_server:
            self._save_server_settings()
        self.settings.setValue(TILE_URL_KEY, tiles)
        self.settings.setValue(LANGUAGE_KEY, self.language_combo.currentData())
        self.settings.sync()
        self.buttons.setEnabled(True)
        if tiles != old_tiles:
            self.tile_url_changed.emit(tiles or OSM_TILES)
        self.saved.emit(branch)
        self.accept()

    def _save_server_settings(self) -> None:
        """Store how this computer serves, and audit what changed (in the background)."""
        before = self._server_values()
        self.settings.setValue(PORT_KEY, self.port_spin.value())
        self.settings.setValue(DISCOVERY_KEY, self.discovery_check.isChecked())
        self.settings.setValue(PUBLIC_URL_KEY, self.public_url_edit.text().strip().rstrip("/"))
        self.settings.setValue(TLS_KEY, self.tls_check.isChecked())
        after = self._server_values()
        changes = {key: [before[key], after[key]] for key in before if before[key] != after[key]}
        if changes:
            host, actor = self.host, self.host.actor
            run_in_background(lambda: record_server_settings(host.engine, changes, actor=actor), lambda _: None,
                              lambda _error: None)

    def _server_values(self) -> dict[str, object]:
        """This computer's server settings as stored (for the audit log: old and new)."""
        value = self.settings.value
        return {"port": str(value(PORT_KEY, DEFAULT_PORT)), "discovery": value(DISCOVERY_KEY, True, type=bool),
                "public_url": str(value(PUBLIC_URL_KEY, "") or ""), "tls": value(TLS_KEY, False, type=bool)}

    def _failed(self, error: Exception) -> None:
        if not isValid(self):  # closed and deleted before the answer came
            return
        self.buttons.setEnabled(True)
        if (refused := denied_text(error)) is not None:
            self.show_error(refused)
        elif isinstance(error, SettingsError):
            self.show_error(self._explain(error))
        else:
            self.show_error(self.tr("No se pudo guardar la configuración: %s") % error)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
