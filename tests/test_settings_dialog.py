"""Configuración: branch rules stored and applied at once on the running server; app settings in QSettings."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy import select

from syncserver.db.models import Flag
from syncserver.settings import (
    SettingsError,
    read_settings,
    update_branch,
    validate_branch,
)
from tests.conftest import TEST_TIMEZONE
from tests.test_api_flow import position
from tests.test_map_page import post


@pytest.fixture
def ini(tmp_path) -> QSettings:
    """App settings in a file of the test's own: the user's real settings stay untouched."""
    return QSettings(str(tmp_path / "campo.ini"), QSettings.Format.IniFormat)


def open_dialog(desk, qtbot, ini):
    from desktop.views.settings_dialog import SettingsDialog

    dialog = SettingsDialog(desk.host, desk.window, settings=ini)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.branch is not None, timeout=5000)
    return dialog


def low_accuracy_seqs(engine, device_id: str) -> set[int]:
    with engine.connect() as conn:
        return set(conn.scalars(select(Flag.seq).where(Flag.device_id == int(device_id), Flag.code == "low_accuracy")))


@pytest.mark.parametrize("field, value", [
    ("name", "   "), ("timezone", "America/Atlantis"), ("timezone", "../etc/passwd"),
    ("default_radius_m", 4), ("default_radius_m", 5001), ("accuracy_limit_m", 1001), ("accuracy_limit_m", float("nan")),
])
def test_rules_name_the_field_they_break(engine, field, value):
    values = {"name": "Sucursal Norte", "timezone": "America/Lima", "default_radius_m": 80, "accuracy_limit_m": 40,
              field: value}
    before = read_settings(engine)
    with pytest.raises(SettingsError) as raised:
        update_branch(engine, **values)
    assert raised.value.field == field
    assert read_settings(engine) == before


def test_settings_are_stored_cleaned_up(engine):
    stored = update_branch(engine, name="  Sucursal   Norte ", timezone="America/Lima", default_radius_m=5,
                           accuracy_limit_m=1000)
    assert stored == validate_branch(name="Sucursal Norte", timezone="America/Lima", default_radius_m=5.0,
                                     accuracy_limit_m=1000.0)
    assert read_settings(engine) == stored


def test_a_new_accuracy_limit_applies_to_the_next_position_at_once(desk, qtbot, ini):
    desk.add_agent("A1", "Ana Ruiz")
    reply = post(f"{desk.api}/devices/pair", {"code": desk.pairing_code("A1"),
                                             "device": {"install_id": str(uuid.uuid4())}})
    device_id, token = reply["device_id"], reply["token"]
    post(f"{desk.api}/positions", {"positions": [position(1, minutes=1, accuracy_m=60.0)]}, token)
    assert low_accuracy_seqs(desk.host.engine, device_id) == set()  # 60 m is within the default 100 m

    dialog = open_dialog(desk, qtbot, ini)
    assert dialog.name_edit.text() == "Sucursal Campo" and dialog.timezone_combo.currentText() == TEST_TIMEZONE
    assert dialog.timezone_combo.itemText(0).startswith("America/")  # Latin American zones first
    dialog.accuracy_spin.setValue(30)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save()
    assert read_settings(desk.host.engine).accuracy_limit_m == 30.0

    # Posted right away, well within the writer's re-read interval: only settings_changed makes this pass reliably.
    post(f"{desk.api}/positions", {"positions": [position(2, minutes=2, accuracy_m=60.0)]}, token)
    assert low_accuracy_seqs(desk.host.engine, device_id) == {2}


@pytest.mark.parametrize("widget, value, message", [
    ("timezone", "Bogota/Centro", "no es una zona horaria conocida"),
    ("radius", 2, "radio de geocerca debe estar entre 5 y 5000 m"),
    ("radius", 9000, "radio de geocerca debe estar entre 5 y 5000 m"),
    ("accuracy", 1500, "límite de precisión debe estar entre 5 y 1000 m"),
])
def test_invalid_values_show_an_error_and_save_nothing(desk, qtbot, ini, widget, value, message):
    dialog = open_dialog(desk, qtbot, ini)
    before = read_settings(desk.host.engine)
    dialog.name_edit.setText("Otra sucursal")
    dialog.tile_edit.setText("https://tiles.example/{z}/{x}/{y}.png")
    if widget == "timezone":
        dialog.timezone_combo.setCurrentText(value)
    else:
        getattr(dialog, f"{widget}_spin").setValue(value)
    with qtbot.assertNotEmitted(dialog.accepted, wait=300):
        dialog.save()
    assert dialog.error_label.isVisibleTo(dialog) and message in dialog.error_label.text()
    assert read_settings(desk.host.engine) == before
    assert ini.allKeys() == []


def test_app_settings_round_trip_and_tile_url_is_announced(desk, qtbot, ini, tmp_path):
    from desktop.views.settings_dialog import (
        DISCOVERY_KEY,
        LANGUAGE_KEY,
        PORT_KEY,
        PUBLIC_URL_KEY,
        TILE_URL_KEY,
        TLS_KEY,
    )

    dialog = open_dialog(desk, qtbot, ini)
    assert dialog.port_spin.value() == 8750 and dialog.discovery_check.isChecked()
    assert not dialog.tls_check.isChecked() and dialog.public_url_edit.text() == ""
    dialog.public_url_edit.setText("https://cobranza.example.com:8443/")
    dialog.tls_check.setChecked(True)
    dialog.port_spin.setValue(9100)
    dialog.discovery_check.setChecked(False)
    dialog.tile_edit.setText("https://tiles.example/{z}/{x}/{y}.png")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    with qtbot.waitSignal(dialog.tile_url_changed, timeout=5000) as changed:
        dialog.save()
    assert changed.args == ["https://tiles.example/{z}/{x}/{y}.png"]

    reread = QSettings(str(tmp_path / "campo.ini"), QSettings.Format.IniFormat)
    assert reread.value(PORT_KEY, type=int) == 9100
    assert reread.value(DISCOVERY_KEY, type=bool) is False
    assert reread.value(TILE_URL_KEY) == "https://tiles.example/{z}/{x}/{y}.png"
    assert reread.value(LANGUAGE_KEY) == "en"
    assert reread.value(PUBLIC_URL_KEY) == "https://cobranza.example.com:8443"
    assert reread.value(TLS_KEY, type=bool) is True

    again = open_dialog(desk, qtbot, reread)
    assert (again.port_spin.value(), again.discovery_check.isChecked(), again.tile_edit.text(),
            again.language_combo.currentData()) == (9100, False, "https://tiles.example/{z}/{x}/{y}.png", "en")
    with qtbot.assertNotEmitted(again.tile_url_changed), qtbot.waitSignal(again.accepted, timeout=5000):
        again.save()  # unchanged tiles: no signal

    bad = open_dialog(desk, qtbot, reread)
    bad.tile_edit.setText("ftp://tiles.example/tile.png")
    bad.save()
    assert "http://" in bad.error_label.text() and reread.value(TILE_URL_KEY) == "https://tiles.example/{z}/{x}/{y}.png"
    bad.tile_edit.setText("")
    bad.public_url_edit.setText("cobranza.example.com")
    bad.save()
    assert "dirección pública" in bad.error_label.text()
    assert reread.value(PUBLIC_URL_KEY) == "https://cobranza.example.com:8443"


def test_a_dialog_closed_before_the_branch_is_read_ignores_the_answer(desk, qtbot, ini):
    from shiboken6 import delete

    from desktop.views.details_panel import DetailsPanel
    from desktop.views.settings_dialog import SettingsDialog

    dialog = SettingsDialog(desk.host, desk.window, settings=ini)
    panel = DetailsPanel(desk.host)
    panel.show_item("agents", "1")
    delete(dialog)
    delete(panel)
    qtbot.wait(500)  # the answers arrive for deleted widgets: nothing raises
