"""The layering desktop → syncserver → mobile_protocol holds: checked three independent ways."""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QT = {"PySide6", "shiboken6", "PyQt5", "PyQt6", "pyqtgraph"}
FORBIDDEN = {
    "mobile_protocol": {"syncserver", "desktop"} | QT,
    "syncserver": {"desktop"} | QT,
}
# Modules a headless process starts from; each must load without Qt or the desktop.
ENTRY_MODULES = ["syncserver.app", "syncserver.cli", "syncserver.discovery", "mobile_protocol.device.cli"]

_IMPORT_PROBE = """
import importlib, importlib.util, json, sys
name = sys.argv[1]
try:
    spec = importlib.util.find_spec(name)
except ModuleNotFoundError:
    spec = None
if spec is not None:
    importlib.import_module(name)
print(json.dumps({"exists": spec is not None, "modules": sorted(sys.modules)}))
"""


def lint_imports_command() -> list[str]:
    script = Path(sys.executable).with_name("lint-imports")
    if script.exists():
        return [str(script)]
    found = shutil.which("lint-imports")
    if found is None:
        pytest.fail("lint-imports not found: install the test extras (pip install -e '.[test]')")
    return [found]


def test_import_linter_contracts_are_kept() -> None:
    result = subprocess.run(
        [*lint_imports_command(), "--no-cache", "--no-logo"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, f"import-linter found broken contracts:\n{result.stdout}\n{result.stderr}"


def imported_top_levels(tree: ast.AST, package: tuple[str, ...]) -> list[tuple[int, str]]:
    """(line, top-level module) of every import in `tree`, including importlib calls with a literal."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name.split(".")[0]) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0 and node.module:
                found.append((node.lineno, node.module.split(".")[0]))
            elif node.level > 0 and package:
                found.append((node.lineno, package[0]))  # a relative import stays in its package
        elif (
            isinstance(node, ast.Call)
            and (
                (isinstance(node.func, ast.Name) and node.func.id == "__import__")
                or (isinstance(node.func, ast.Attribute) and node.func.attr == "import_module")
            )
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.append((node.lineno, node.args[0].value.split(".")[0]))
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_source_imports_nothing_from_higher_layers(layer: str) -> None:
    files = sorted((ROOT / layer).rglob("*.py"))
    assert files, f"no Python files under {layer}/"
    broken = []
    for path in files:
        relative = path.relative_to(ROOT)
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(relative))
        for line, module in imported_top_levels(tree, relative.parent.parts):
            if module in FORBIDDEN[layer]:
                broken.append(f"{relative}:{line} imports {module}")
    assert not broken, f"{layer} must not import {sorted(FORBIDDEN[layer])}:\n" + "\n".join(broken)


@pytest.mark.parametrize("module", ENTRY_MODULES)
def test_entry_module_loads_without_qt(module: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", _IMPORT_PROBE, module],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, f"importing {module} failed:\n{result.stderr}"
    report = json.loads(result.stdout.splitlines()[-1])
    if not report["exists"]:
        pytest.skip(f"{module} does not exist yet")
    forbidden = FORBIDDEN[module.split(".")[0]]
    loaded = sorted(name for name in report["modules"] if name.split(".")[0] in forbidden)
    assert not loaded, f"importing {module} loads {loaded}"
