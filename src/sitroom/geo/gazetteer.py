"""The runtime gazetteer: the compiled TSV, read once, indexed by normalised name.

The compiled file (`data/gazetteer/compiled.tsv`) is built by `scripts/build_gazetteer.py`; its columns
are `COLUMNS` (the curated columns plus the ISO 3166-1 numeric code `iso`). Places are made lazily:
the index keeps row numbers and a `Place` is built the first time it is asked for.
"""
from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sitroom.errors import KnowledgeError
from sitroom.geo.names import consonants, normalize, skeleton
from sitroom.models import Place

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "gazetteer"
COMPILED = DATA_DIR / "compiled.tsv"
CURATED_COLUMNS = (
    "id", "name", "variants", "feature", "latitude", "longitude", "country", "iso2",
    "admin1", "admin2", "parent", "population", "source",
)
COLUMNS = CURATED_COLUMNS + ("iso",)
# Countries whose place names reach English through many transliterations: their towns are also found
# by consonant key ("Maaret al-Numan" for "Ma'arrat an-Nu'man"), with stronger evidence required.
FUZZY_COUNTRIES = frozenset("SY IQ LB JO PS YE LY EG SA SD TN DZ MA AE KW QA BH OM SO AF IR".split())
FUZZY_MIN = 4  # shorter consonant keys collide too often
FEATURES = frozenset({
    "country", "admin1", "admin2", "city", "town", "village", "neighbourhood", "district",
    "field", "checkpoint", "front", "landmark", "region",
})


@dataclass(frozen=True)
class Row:
    """One validated gazetteer line (strings as in the file, numbers parsed)."""

    id: str
    name: str
    variants: tuple[str, ...]
    feature: str
    latitude: float
    longitude: float
    country: str
    iso2: str
    admin1: str
    admin2: str
    parent: str
    population: int
    source: str
    iso: int | None = None
    line: int = 0


def read_rows(path: Path, columns: tuple[str, ...] = COLUMNS) -> Iterator[Row]:
    """Yield the validated rows of a gazetteer TSV (`#` comment lines and the header row skipped).

    Raises KnowledgeError naming the file and line for a wrong column count, a bad number or
    coordinate, an unknown feature kind or an empty id/name. Duplicate ids are the caller's check.
    """
    with open(path, encoding="utf-8") as handle:
        for number, raw in enumerate(handle, start=1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if cells[0] == "id":
                if tuple(cells) != columns:
                    raise KnowledgeError(str(path), number, f"header must be {'/'.join(columns)}")
                continue
            if len(cells) != len(columns):
                raise KnowledgeError(
                    str(path), number, f"expected {len(columns)} tab-separated columns, found {len(cells)}"
                )
            yield _parse(path, number, dict(zip(columns, cells)))


def _parse(path: Path, number: int, cell: dict[str, str]) -> Row:
    def fail(key: str, reason: str) -> KnowledgeError:
        return KnowledgeError(str(path), number, f"{key} {cell.get(key)!r}: {reason}")

    for key in ("id", "name", "country", "iso2"):
        if not cell[key].strip():
            raise fail(key, "must not be empty")
    if cell["feature"] not in FEATURES:
        raise fail("feature", f"must be one of {', '.join(sorted(FEATURES))}")
    try:
        lat, lon = float(cell["latitude"]), float(cell["longitude"])
    except ValueError:
        raise fail("latitude", "latitude and longitude must be decimal degrees") from None
    if not -90.0 <= lat <= 90.0:
        raise fail("latitude", "must be between -90 and 90")
    if not -180.0 <= lon <= 180.0:
        raise fail("longitude", "must be between -180 and 180")
    try:
        population = int(cell["population"] or 0)
    except ValueError:
        raise fail("population", "must be a whole number") from None
    iso_text = cell.get("iso", "")
    try:
        iso = int(iso_text) if iso_text else None
    except ValueError:
        raise fail("iso", "must be the ISO 3166-1 numeric code") from None
    variants = tuple(v.strip() for v in cell["variants"].split("|") if v.strip())
    return Row(
        id=cell["id"], name=cell["name"], variants=variants, feature=cell["feature"],
        latitude=lat, longitude=lon, country=cell["country"], iso2=cell["iso2"],
        admin1=cell["admin1"], admin2=cell["admin2"], parent=cell["parent"],
        population=population, source=cell["source"], iso=iso, line=number,
    )


class Gazetteer:
    """Places by id and by normalised name. Use `Gazetteer.load()` for the shared, cached instance."""

    _shared: Gazetteer | None = None
    _lock = threading.Lock()

    def __init__(self, rows: list[Row], path: str = "<memory>"):
        self.path = path
        self.rows = rows
        self._by_id: dict[str, int] = {}
        self._by_key: dict[str, list[int]] = {}
        self._by_skeleton: dict[str, list[int]] = {}
        self._by_consonants: dict[str, list[int]] | None = None
        self._places: dict[int, Place] = {}
        for index, row in enumerate(rows):
            if row.id in self._by_id:
                raise KnowledgeError(path, row.line or None, f"duplicate id {row.id!r}")
            self._by_id[row.id] = index
            for name in (row.name, *row.variants):
                key = normalize(name)
                if not key:
                    continue
                bucket = self._by_key.setdefault(key, [])
                if not bucket or bucket[-1] != index:
                    bucket.append(index)
        self.first_tokens: dict[str, int] = {}
        for key in self._by_key:
            first, _, _ = key.partition(" ")
            n = key.count(" ") + 1
            if n > self.first_tokens.get(first, 0):
                self.first_tokens[first] = n

    @classmethod
    def load(cls, path: Path | None = None) -> Gazetteer:
        """Return the gazetteer read from `path` (default: the shipped compiled file), cached when default."""
        if path is not None:
            return cls(list(read_rows(path)), str(path))
        with cls._lock:
            if cls._shared is None:
                cls._shared = cls(list(read_rows(COMPILED)), str(COMPILED))
            return cls._shared

    def __len__(self) -> int:
        return len(self.rows)

    def get(self, place_id: str) -> Place:
        """Return the place with this id; KeyError when there is none."""
        return self.place(self._by_id[place_id])

    def has(self, place_id: str) -> bool:
        """Return whether the gazetteer holds this id."""
        return place_id in self._by_id

    def place(self, index: int) -> Place:
        """Return the `Place` for row `index` (built once)."""
        place = self._places.get(index)
        if place is None:
            r = self.rows[index]
            place = Place(
                id=r.id, name=r.name, latitude=r.latitude, longitude=r.longitude, feature=r.feature,
                country=r.country, iso2=r.iso2, iso=r.iso, admin1=r.admin1 or None,
                admin2=r.admin2 or None, population=r.population, parent=r.parent or None,
            )
            self._places[index] = place
        return place

    def lookup_key(self, key: str) -> list[int]:
        """Return the row numbers whose name or variant has exactly this normalised key."""
        return self._by_key.get(key, [])

    def lookup_skeleton(self, key: str) -> list[int]:
        """Return the row numbers whose names share the looser transliteration skeleton of `key`."""
        if not self._by_skeleton:
            with self._lock:
                if not self._by_skeleton:
                    table: dict[str, list[int]] = {}
                    for k, indexes in self._by_key.items():
                        table.setdefault(skeleton(k), []).extend(indexes)
                    self._by_skeleton = table
        return self._by_skeleton.get(skeleton(key), [])

    def lookup_consonants(self, key: str) -> list[int]:
        """Return the rows in FUZZY_COUNTRIES (towns and smaller, not countries or provinces) whose
        name or a variant has the consonant key of normalised `key`; [] for keys under FUZZY_MIN."""
        ckey = consonants(key)
        if len(ckey) < FUZZY_MIN:
            return []
        if self._by_consonants is None:
            with self._lock:
                if self._by_consonants is None:
                    table: dict[str, list[int]] = {}
                    for index, row in enumerate(self.rows):
                        if row.iso2 not in FUZZY_COUNTRIES or row.feature in ("country", "admin1", "region"):
                            continue
                        for name in (row.name, *row.variants):
                            c = consonants(normalize(name))
                            if len(c) >= FUZZY_MIN:
                                bucket = table.setdefault(c, [])
                                if not bucket or bucket[-1] != index:
                                    bucket.append(index)
                    self._by_consonants = table
        return self._by_consonants.get(ckey, [])

    def candidates(self, name: str) -> list[Place]:
        """Return the places called `name` (normalised lookup: case, diacritics, apostrophes, hyphens,
        article prefixes), most populous first; transliteration skeleton matches when nothing matches exactly."""
        key = normalize(name)
        indexes = self.lookup_key(key) or self.lookup_skeleton(key)
        places = [self.place(i) for i in dict.fromkeys(indexes)]
        return sorted(places, key=lambda p: -p.population)
