"""The interface speaks Spanish first and English too: every tr() string has its English translation."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "campo_en.ts"


def sources(path: Path) -> set[str]:
    return {m.findtext("source") for m in ET.parse(path).iter("message")
            if m.find("translation").get("type") not in ("vanished", "obsolete")}


def test_every_string_of_the_desktop_is_translated(tmp_path):
    fresh = tmp_path / "fresh.ts"
    files = sorted(str(p) for p in (ROOT / "desktop").rglob("*.py"))
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), *files, "-ts", str(fresh)], check=True, capture_output=True, timeout=120)
    missing = sources(fresh) - sources(TS)
    assert not missing, f"strings without an English translation (run scripts/i18n, then translate): {missing}"
    unfinished = [m.findtext("source") for m in ET.parse(TS).iter("message")
                  if m.find("translation").get("type") == "unfinished" or not (m.findtext("translation") or "").strip()]
    assert not unfinished, unfinished


def test_english_interface(qtbot, tmp_path):
    from PySide6.QtWidgets import QApplication

    from desktop.app import install_translator
    from desktop.server_host import ServerHost
    from desktop.views.main_window import MainWindow
    from syncserver.config import ServerConfig

    app = QApplication.instance()
    translator = install_translator(app, "en")
    try:
        host = ServerHost(ServerConfig(data_dir=tmp_path, host="127.0.0.1", port=0, discovery=False))
        window = MainWindow(host)
        qtbot.addWidget(window)
        assert window.windowTitle() == "Campo — field supervision"
        assert window.online_label.text() == "Devices online: 0"
    finally:
        app.removeTranslator(translator)
    spanish = MainWindow(host)
    qtbot.addWidget(spanish)
    assert spanish.windowTitle() == "Campo — supervisión de campo"
