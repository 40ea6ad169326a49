"""Test configuration shared by every test: environment first, then fixture plugins."""

import os
import tempfile

# Qt must learn these before any Qt import (the desktop tests come with issue B).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
# QSettings (the desktop's own settings) go to a throwaway folder, never the user's.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="campo-test-config-")

pytest_plugins = ["tests.plugins.db", "tests.plugins.server", "tests.plugins.desktop", "tests.plugins.smtp"]


def _midday_zone() -> str:
    """A fixed-offset zone where it is about noon now, so "today" holds the hours of data tests post
    relative to now (at the branch's midnight, minutes-old data would be yesterday's)."""
    from datetime import datetime, timezone

    hours_ahead = max(-11, min(12, round(12 - datetime.now(timezone.utc).hour - datetime.now(timezone.utc).minute / 60)))
    return f"Etc/GMT{-hours_ahead:+d}" if hours_ahead else "Etc/GMT"  # POSIX sign: Etc/GMT-3 is UTC+3


# Branches made in this process get it; tests about a named zone set theirs explicitly.
import syncserver.db.bootstrap as _bootstrap  # noqa: E402 - after the environment above

TEST_TIMEZONE = _bootstrap.DEFAULT_TIMEZONE = _midday_zone()
