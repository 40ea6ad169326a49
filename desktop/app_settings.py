"""This computer's settings of the app (QSettings) and their keys, apart from the dialog that edits them.

Read at every start (port, language, tiles), so kept free of the dialog's imports (GUI thread).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

PORT_KEY = "server/port"
DISCOVERY_KEY = "server/discovery"
PUBLIC_URL_KEY = "server/public_url"
TLS_KEY = "server/tls"
TILE_URL_KEY = "map/tile_url"
LANGUAGE_KEY = "ui/language"
LANGUAGES = ("es", "en")


def app_settings() -> QSettings:
    """This computer's settings of the app (port, discovery, tiles, language)."""
    return QSettings("Campo", "Campo")
