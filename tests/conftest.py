"""Test configuration shared by every test: environment first, then fixture plugins."""

import os

# Qt must learn these before any Qt import (the desktop tests come with issue B).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")

pytest_plugins = ["tests.plugins.db", "tests.plugins.server", "tests.plugins.desktop"]
