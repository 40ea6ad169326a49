"""Where the app's own files are: `resources/` at the top of a source checkout (the source of truth, also for
editable installs), shipped inside the package as `desktop/resources/` by the wheel (pyproject's package-dir)."""

from __future__ import annotations

from importlib.metadata import distribution
from importlib.resources import files
from pathlib import Path

_HERE = Path(__file__).resolve().parent
CANDIDATES = (_HERE / "resources", _HERE.parent / "resources")  # installed wheel, then source checkout


def resources_dir() -> Path:
    """The folder holding map/ and i18n/."""
    for candidate in CANDIDATES:
        if (candidate / "map" / "map.html").is_file():
            return candidate
    raise FileNotFoundError(f"Campo's resources are missing: looked in {', '.join(map(str, CANDIDATES))}")


def resource_path(*parts: str) -> Path:
    """A file under the resources folder, e.g. resource_path("map", "map.html")."""
    return resources_dir().joinpath(*parts)


def leaflet_dir() -> Path:
    """The folder of leaflet.js and leaflet.css inside the installed django-js-lib-leaflet package."""
    return Path(str(files("js_lib_leaflet") / "static" / "js_lib_leaflet"))


def leaflet_draw_dir() -> Path:
    """The folder of leaflet.draw.js and leaflet.draw.css inside the installed pyqtlet2 package.

    Found from the package's metadata, without importing it (pyqtlet2 itself would load a Qt binding).
    """
    return Path(str(distribution("pyqtlet2").locate_file("pyqtlet2/web/modules/leaflet_draw_414")))
