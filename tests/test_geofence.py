"""The geofence rule: distances against an independent geodesic, polygons, and the verdicts."""

from __future__ import annotations

import random

import pytest
from geographiclib.geodesic import Geodesic

from mobile_protocol.geofence import check, classify, distance_m, polygon_signed_distance_m

WGS84 = Geodesic.WGS84


def test_distances_match_the_geodesic_within_half_a_metre_up_to_5_km():
    rng = random.Random(20261123)
    worst = 0.0
    for _ in range(5000):
        lat, lon = rng.uniform(-75, 75), rng.uniform(-180, 180)
        target = WGS84.Direct(lat, lon, rng.uniform(0, 360), rng.uniform(0, 5000))
        worst = max(worst, abs(distance_m(lat, lon, target["lat2"], target["lon2"]) - target["s12"]))
    assert worst < 0.5, worst


@pytest.mark.parametrize("lat, lon", [(4.65, -74.05), (19.43, -99.13), (-34.6, -58.38), (0.0, 179.9995)])
def test_distance_across_places_and_the_antimeridian(lat, lon):
    for azimuth in (0, 45, 90, 180, 270):
        target = WGS84.Direct(lat, lon, azimuth, 3000)
        assert distance_m(lat, lon, target["lat2"], target["lon2"]) == pytest.approx(3000, abs=0.5)


def square(lat: float, lon: float, half_m: float) -> list[list[list[float]]]:
    """A square polygon around (lat, lon), its corners placed by the geodesic."""
    corners = []
    for azimuth in (45, 135, 225, 315):
        point = WGS84.Direct(lat, lon, azimuth, half_m * 2**0.5)
        corners.append([point["lon2"], point["lat2"]])
    return [corners + [corners[0]]]


def test_polygon_signed_distance_negative_inside_positive_outside():
    lat, lon = 4.6486, -74.0628
    fence = square(lat, lon, 100)
    assert polygon_signed_distance_m(lat, lon, fence) == pytest.approx(-100, abs=0.5)
    north = WGS84.Direct(lat, lon, 0, 250)
    assert polygon_signed_distance_m(north["lat2"], north["lon2"], fence) == pytest.approx(150, abs=0.5)


def test_polygon_with_a_hole():
    lat, lon = 4.6, -74.1
    outer, hole = square(lat, lon, 200)[0], square(lat, lon, 50)[0]
    assert polygon_signed_distance_m(lat, lon, [outer, hole]) == pytest.approx(50, abs=0.5)


def test_the_rule():
    assert classify(40, 10, 50) == "inside"
    assert classify(40, 11, 50) == "uncertain"
    assert classify(61, 10, 50) == "outside"
    assert classify(60, 10, 50) == "uncertain"
    assert check(4.6, -74.1, 5, account_lat=None, account_lon=None, radius_m=50).verdict == "no_location"
    near = WGS84.Direct(4.6, -74.1, 90, 30)
    result = check(near["lat2"], near["lon2"], 10, account_lat=4.6, account_lon=-74.1, radius_m=50)
    assert result.verdict == "inside" and result.distance_m == pytest.approx(30, abs=0.05)
    polygon = check(4.6, -74.1, 10, account_lat=None, account_lon=None, polygon=square(4.6, -74.1, 100))
    assert polygon.verdict == "inside" and polygon.distance_m < 0
