"""Run as root (a kiosk, a container, this very machine), `campo` turns Chromium's sandbox off itself:
otherwise QtWebEngine refuses to start and the map never loads."""

from __future__ import annotations

import os

import pytest

from desktop.app import allow_root_web_engine


@pytest.mark.parametrize("uid, expected", [(0, "1"), (1000, None)])
def test_only_root_runs_the_map_page_unsandboxed(monkeypatch, capsys, uid, expected):
    monkeypatch.delenv("QTWEBENGINE_DISABLE_SANDBOX", raising=False)
    monkeypatch.setattr(os, "geteuid", lambda: uid)
    allow_root_web_engine()
    assert os.environ.get("QTWEBENGINE_DISABLE_SANDBOX") == expected
    assert ("without Chromium's sandbox" in capsys.readouterr().err) == (uid == 0)


def test_a_setting_the_user_made_is_kept(monkeypatch, capsys):
    monkeypatch.setenv("QTWEBENGINE_DISABLE_SANDBOX", "0")
    monkeypatch.setattr(os, "geteuid", lambda: 0)
    allow_root_web_engine()
    assert os.environ["QTWEBENGINE_DISABLE_SANDBOX"] == "0" and capsys.readouterr().err == ""
