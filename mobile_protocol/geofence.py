"""The geofence rule of protocol v1, shared by devices and the server.

Distances are computed on the WGS84 ellipsoid: haversine on the sphere whose radius is the
ellipsoid's radius of curvature at the pair's mean latitude and azimuth (Euler's radius),
which keeps short distances (a few km) within millimetres of the true geodesic. Polygons are
measured in an azimuthal equidistant projection centred on the fix, where distances from
the fix are true, using shapely.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal, Sequence

import numpy as np
import shapely

WGS84_A = 6_378_137.0
WGS84_F = 1 / 298.257223563
_E2 = WGS84_F * (2 - WGS84_F)

Verdict = Literal["inside", "outside", "uncertain", "no_location"]


@dataclass(frozen=True, slots=True)
class GeofenceCheck:
    """A verdict and the signed distance `d` of the rule (None without a location)."""

    verdict: Verdict
    distance_m: float | None


def _radii(lat_rad):
    """Meridional (M) and prime-vertical (N) radii of curvature at a latitude."""
    s2 = np.sin(lat_rad) ** 2 if isinstance(lat_rad, np.ndarray) else math.sin(lat_rad) ** 2
    w = (1 - _E2 * s2) ** 0.5
    return WGS84_A * (1 - _E2) / w**3, WGS84_A / w


def _distance_azimuth(lat1, lon1, lat2, lon2):
    """Distance (m) and azimuth (rad) from point 1 to point 2; works on floats or arrays."""
    xp = np if isinstance(lat2, np.ndarray) else math
    p1, p2 = xp.radians(lat1), xp.radians(lat2)
    dphi = p2 - p1
    dlam = xp.radians(lon2 - lon1)
    dlam = (dlam + math.pi) % (2 * math.pi) - math.pi
    pm = (p1 + p2) / 2
    m, n = _radii(pm)
    x = n * xp.cos(pm) * dlam
    y = m * dphi
    az = xp.arctan2(x, y) if xp is np else math.atan2(x, y)
    sa, ca = xp.sin(az), xp.cos(az)
    radius = m * n / (m * sa * sa + n * ca * ca)
    h = xp.sin(dphi / 2) ** 2 + xp.cos(p1) * xp.cos(p2) * xp.sin(dlam / 2) ** 2
    if xp is np:
        h = np.clip(h, 0.0, 1.0)
        return 2 * radius * np.arcsin(np.sqrt(h)), az
    return 2 * radius * math.asin(math.sqrt(min(1.0, max(0.0, h)))), az


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Distance in metres between two WGS84 points (haversine, Euler radius)."""
    return float(_distance_azimuth(lat1, lon1, lat2, lon2)[0])


def distances_m(lat1: np.ndarray, lon1: np.ndarray, lat2: np.ndarray, lon2: np.ndarray) -> np.ndarray:
    """Element-wise distances in metres between arrays of points."""
    return _distance_azimuth(np.asarray(lat1, float), np.asarray(lon1, float), np.asarray(lat2, float),
                             np.asarray(lon2, float))[0]


def polygon_signed_distance_m(lat: float, lon: float, rings: Sequence[Sequence[Sequence[float]]]) -> float:
    """Signed distance from a point to a polygon's boundary: negative inside, positive outside.

    `rings` is GeoJSON-style: the exterior ring first, then holes, each a list of [lon, lat].
    """
    projected = []
    for ring in rings:
        coords = np.asarray(ring, dtype=float)
        if coords.ndim != 2 or coords.shape[0] < 3 or coords.shape[1] < 2:
            raise ValueError("a polygon ring needs at least 3 [lon, lat] points")
        dist, az = _distance_azimuth(lat, lon, coords[:, 1], coords[:, 0])
        projected.append(np.column_stack((dist * np.sin(az), dist * np.cos(az))))
    polygon = shapely.Polygon(projected[0], projected[1:])
    if not polygon.is_valid:
        polygon = shapely.make_valid(polygon)
    origin = shapely.Point(0.0, 0.0)
    d = float(shapely.distance(origin, polygon.boundary))
    return -d if polygon.contains(origin) else d


def classify(d: float, accuracy_m: float, radius_m: float) -> Verdict:
    """The rule itself: inside when d + a <= R, outside when d - a > R, else uncertain."""
    if d + accuracy_m <= radius_m:
        return "inside"
    if d - accuracy_m > radius_m:
        return "outside"
    return "uncertain"


def check(
    lat: float,
    lon: float,
    accuracy_m: float,
    *,
    account_lat: float | None,
    account_lon: float | None,
    radius_m: float | None = None,
    polygon: Sequence[Sequence[Sequence[float]]] | None = None,
) -> GeofenceCheck:
    """Apply the geofence rule to a fix against an account's location and fence."""
    if polygon:
        d = polygon_signed_distance_m(lat, lon, polygon)
        return GeofenceCheck(classify(d, accuracy_m, 0.0), round(d, 2))
    if account_lat is None or account_lon is None:
        return GeofenceCheck("no_location", None)
    d = distance_m(lat, lon, account_lat, account_lon)
    return GeofenceCheck(classify(d, accuracy_m, radius_m or 0.0), round(d, 2))
