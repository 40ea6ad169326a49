"""The wheel holds every package and the app's resources (building one is too slow for the suite: this
checks pyproject's setuptools tables against the tree; `pip install .` into a fresh venv was checked by hand)."""

from __future__ import annotations

import tomllib
from fnmatch import fnmatch
from pathlib import Path

import pytest
from setuptools import find_namespace_packages

ROOT = Path(__file__).resolve().parent.parent


def setuptools_table() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def test_every_python_package_is_listed():
    listed = set(setuptools_table()["packages"])
    found = {name for name in find_namespace_packages(str(ROOT), include=["syncserver*", "mobile_protocol*",
                                                                           "desktop*"])
             if not name.endswith("__pycache__")}
    missing = sorted(found - listed)
    assert not missing, f"add {missing} to [tool.setuptools] packages in pyproject.toml"


def test_every_file_under_resources_ships_inside_the_desktop_package():
    table = setuptools_table()
    assert table["package-dir"]["desktop.resources"] == "resources"
    assert "desktop.resources" in table["packages"]
    patterns = table["package-data"]["desktop.resources"]
    resources = ROOT / "resources"
    files = [path.relative_to(resources).as_posix() for path in resources.rglob("*")
             if path.is_file() and "__pycache__" not in path.parts]
    assert any(name.startswith("map/") for name in files) and any(name.endswith(".qm") for name in files)
    # setuptools' package-data globs do not cross folders with `*`: match them the same way.
    uncovered = [name for name in files
                 if not any(fnmatch(name, pattern) and name.count("/") == pattern.count("/") for pattern in patterns)]
    assert not uncovered, f"not in the wheel: {uncovered}; extend [tool.setuptools.package-data] desktop.resources"


def test_the_app_finds_its_resources_in_a_checkout_and_in_an_installed_package(tmp_path, monkeypatch):
    from desktop import resource_paths

    assert resource_paths.resource_path("map", "map.html") == ROOT / "resources" / "map" / "map.html"
    installed = tmp_path / "site-packages" / "desktop" / "resources"
    (installed / "map").mkdir(parents=True)
    (installed / "map" / "map.html").write_text("<!DOCTYPE html>")
    monkeypatch.setattr(resource_paths, "CANDIDATES", (installed, ROOT / "resources"))
    assert resource_paths.resource_path("i18n", "campo_en.qm") == installed / "i18n" / "campo_en.qm"
    monkeypatch.setattr(resource_paths, "CANDIDATES", (tmp_path / "nowhere",))
    with pytest.raises(FileNotFoundError, match="nowhere"):  # says where it looked
        resource_paths.resources_dir()
