"""Test configuration shared by every test: environment first, then fixture plugins."""

import os
import tempfile

# Qt must learn these before any Qt import (the desktop tests come with issue B).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
# QSettings (the desktop's own settings) go to a throwaway folder, never the user's.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="campo-test-config-")

pytest_plugins = ["tests.plugins.db", "tests.plugins.server", "tests.plugins.desktop"]
