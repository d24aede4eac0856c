"""The runtime gazetteer: the compiled TSV, read once, indexed by normalised name.

The compiled file (`data/gazetteer/compiled.tsv`) is built by `scripts/build_gazetteer.py`; its columns
are `COLUMNS` (the curated columns plus the ISO 3166-1 numeric code `iso`). Places are made lazily:
the index keeps row numbers and a `Place` is built the first time it is asked for.
"""
from __future__ import annotations

import gc
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from sitroom.errors import KnowledgeError
from sitroom.geo.names import consonants, normalize, skeleton
from sitroom.models import Place

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "gazetteer"
STOPNAMES = DATA_DIR / "stopnames.txt"
COMPILED = DATA_DIR / "compiled.tsv"
CURATED_COLUMNS = (
    "id", "name", "variants", "feature", "latitude", "longitude", "country", "iso2",
    "admin1", "admin2", "parent", "population", "source",
)
COLUMNS = CURATED_COLUMNS + ("iso",)
# The compiled file also stores each row's lookup keys (normalised name and variants) and, for rows in
# FUZZY_COUNTRIES, their consonant keys, so that loading needs no normalisation (load time < 1 s).
COMPILED_COLUMNS = COLUMNS + ("keys", "consonant_keys")
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


CAPITALS = DATA_DIR / "capitals.tsv"
SEATS = DATA_DIR / "seats.tsv"


def read_pairs(path: Path) -> dict[str, str]:
    """Return the `id<TAB>id` pairs of a generated two-column file (after its header row); KnowledgeError
    names the file and line of a malformed one."""
    out: dict[str, str] = {}
    header = True
    with open(path, encoding="utf-8") as handle:
        for number, raw in enumerate(handle, start=1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            if header:
                header = False
                continue
            cells = line.split("\t")
            if len(cells) != 2 or not cells[0] or not cells[1]:
                raise KnowledgeError(str(path), number, "expected `id<TAB>id`")
            out[cells[0]] = cells[1]
    return out


def read_capitals(path: Path = CAPITALS) -> frozenset[str]:
    """Return the gazetteer ids of national capitals listed in `path` (`country<TAB>place` lines);
    KnowledgeError names the file and line of a malformed one."""
    out = set()
    with open(path, encoding="utf-8") as handle:
        for number, raw in enumerate(handle, start=1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#") or line == "country\tplace":
                continue
            cells = line.split("\t")
            if len(cells) != 2 or not cells[1].strip():
                raise KnowledgeError(str(path), number, "expected `country id<TAB>place id`")
            out.add(cells[1])
    return frozenset(out)


def row_keys(row: Row) -> list[str]:
    """Return the distinct lookup keys of a row's name and variants, in order."""
    return [k for k in dict.fromkeys(normalize(n) for n in (row.name, *row.variants)) if k]


def row_consonant_keys(row: Row) -> list[str]:
    """Return the distinct consonant keys (FUZZY_MIN letters or more) of a row in FUZZY_COUNTRIES that is
    a town or smaller; [] for other rows."""
    if row.iso2 not in FUZZY_COUNTRIES or row.feature in ("country", "admin1", "region"):
        return []
    return [c for c in dict.fromkeys(consonants(k) for k in row_keys(row)) if len(c) >= FUZZY_MIN]


class _LazyRows(Sequence):
    """The rows of a compiled file, each parsed (and validated) the first time it is asked for."""

    def __init__(self, path: Path, lines: list[str], numbers: list[int], columns: tuple[str, ...]):
        self._path, self._lines, self._numbers, self._columns = path, lines, numbers, columns
        self._parsed: dict[int, Row] = {}

    def __len__(self) -> int:
        return len(self._lines)

    def __getitem__(self, index):  # type: ignore[override]
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        row = self._parsed.get(index)
        if row is None:
            cells = self._lines[index].split("\t")
            row = _parse(self._path, self._numbers[index], dict(zip(self._columns, cells)))
            self._parsed[index] = row
        return row


class Gazetteer:
    """Places by id and by normalised name. Use `Gazetteer.load()` for the shared, cached instance."""

    _shared: Gazetteer | None = None
    _lock = threading.Lock()

    def __init__(self, rows: Sequence[Row], path: str = "<memory>", *, ids: list[str] | None = None,
                 keys: list[list[str]] | None = None, consonant_keys: list[list[str]] | None = None,
                 lines: list[int] | None = None):
        """Index `rows`. The keyword arguments carry what a compiled file already holds (ids, lookup keys,
        consonant keys, line numbers) so the rows themselves need not be parsed to build the index."""
        self.path = path
        self.rows = rows
        self._by_id: dict[str, int] = {}
        self._by_key: dict[str, list[int]] = {}
        self._by_skeleton: dict[str, list[int]] = {}
        self._by_consonants: dict[str, list[int]] | None = None
        self._places: dict[int, Place] = {}
        self._capitals: frozenset[str] | None = None
        self._stopnames: frozenset[str] | None = None
        self._provinces: dict[str, list[int]] | None = None
        by_id, by_key = self._by_id, self._by_key
        if ids is None:
            ids = [row.id for row in rows]
        by_id.update(zip(ids, range(len(ids))))
        if len(by_id) != len(ids):
            seen: set[str] = set()
            for index, row_id in enumerate(ids):
                if row_id in seen:
                    line = lines[index] if lines is not None else rows[index].line
                    raise KnowledgeError(path, line or None, f"duplicate id {row_id!r}")
                seen.add(row_id)
        if keys is None:
            keys = [row_keys(row) for row in rows]
        get = by_key.get
        for index, row_keys_ in enumerate(keys):
            for key in row_keys_:
                bucket = get(key)
                if bucket is None:
                    by_key[key] = [index]
                elif bucket[-1] != index:
                    bucket.append(index)
        self._consonant_keys = consonant_keys  # indexed on first use (`lookup_consonants`)
        self._main_keys = [k[0] if k else "" for k in keys]
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
            return cls._read(path)
        with cls._lock:
            if cls._shared is None:
                cls._shared = cls._read(COMPILED)
            return cls._shared

    @classmethod
    def _read(cls, path: Path) -> Gazetteer:
        """See `_read_file`; the cyclic garbage collector is paused meanwhile (the index is hundreds of
        thousands of small lists that hold no cycles; collecting them while they grow costs a third)."""
        enabled = gc.isenabled()
        gc.disable()
        try:
            return cls._read_file(path)
        finally:
            if enabled:
                gc.enable()

    @classmethod
    def _read_file(cls, path: Path) -> Gazetteer:
        """Read a gazetteer file (compiled, with key columns, or plain `COLUMNS`).

        The header, every line's column count, ids and names are checked here (KnowledgeError naming the
        file and line: a malformed or cut-off file fails at load); numbers and coordinates are checked
        when a row is first used.
        """
        columns: tuple[str, ...] | None = None
        lines: list[str] = []
        numbers: list[int] = []
        ids: list[str] = []
        keys: list[list[str]] = []
        ckeys: list[list[str]] = []
        try:
            handle = open(path, encoding="utf-8")
        except OSError as exc:
            raise KnowledgeError(str(path), None, f"cannot read: {exc.strerror or exc}") from None
        with handle:
            for number, raw in enumerate(handle, start=1):
                if raw.startswith("#") or not raw.strip():
                    continue
                line = raw.rstrip("\n")
                if columns is None or line.startswith("id\t"):
                    cells = line.split("\t")
                    if cells[0] != "id":
                        raise KnowledgeError(str(path), number, "no header row before the first place")
                    if tuple(cells) not in (COLUMNS, COMPILED_COLUMNS):
                        raise KnowledgeError(str(path), number, f"header must be {'/'.join(COMPILED_COLUMNS)}")
                    columns = tuple(cells)
                    compiled = columns == COMPILED_COLUMNS
                    continue
                if line.count("\t") != len(columns) - 1:
                    raise KnowledgeError(str(path), number, f"expected {len(columns)} tab-separated columns, "
                                                            f"found {line.count(chr(9)) + 1}")
                row_id, name, _ = line.split("\t", 2)
                if not row_id.strip() or not name.strip():
                    raise KnowledgeError(str(path), number, "id and name must not be empty")
                lines.append(line)
                numbers.append(number)
                ids.append(row_id)
                if compiled:
                    _, key_cell, ckey_cell = line.rsplit("\t", 2)
                    keys.append(key_cell.split("|") if key_cell else [])
                    ckeys.append(ckey_cell.split("|") if ckey_cell else [])
        if columns is None:
            raise KnowledgeError(str(path), None, "empty: no header row and no places")
        rows = _LazyRows(path, lines, numbers, columns)
        if columns == COMPILED_COLUMNS:
            return cls(rows, str(path), ids=ids, keys=keys, consonant_keys=ckeys, lines=numbers)
        return cls(rows, str(path), ids=ids, lines=numbers)

    def __len__(self) -> int:
        return len(self.rows)

    @property
    def capitals(self) -> frozenset[str]:
        """Ids of national capitals (read once from capitals.tsv beside the shipped file)."""
        if self._capitals is None:
            self._capitals = read_capitals() if CAPITALS.exists() else frozenset()
        return self._capitals

    @property
    def stopnames(self) -> frozenset[str]:
        """Normalised names in stopnames.txt (beside the shipped file): names news text uses as words or
        people's names. The build keeps only cities of 100,000+ with such a name; the resolver reads
        them only with a place cue."""
        found = self._stopnames
        if found is None:
            found = frozenset()
            if STOPNAMES.exists():
                lines = STOPNAMES.read_text(encoding="utf-8").splitlines()
                found = frozenset(normalize(v) for v in (ln.split("#", 1)[0].strip() for ln in lines) if v)
            self._stopnames = found
        return found

    def get(self, place_id: str) -> Place:
        """Return the place with this id; KeyError when there is none."""
        return self.place(self._by_id[place_id])

    def has(self, place_id: str) -> bool:
        """Return whether the gazetteer holds this id."""
        return place_id in self._by_id

    def provinces(self, iso2: str) -> list[Place]:
        """Return the country's generated provinces (GeoNames admin1, ids `a1:<ISO2>.<code>`), found once."""
        if self._provinces is None:
            found: dict[str, list[int]] = {}
            for place_id, index in self._by_id.items():
                if place_id.startswith("a1:"):
                    found.setdefault(place_id[3:5], []).append(index)
            self._provinces = found
        return [p for p in map(self.place, self._provinces.get(iso2, ())) if p.feature == "admin1"]

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

    def main_key(self, index: int) -> str:
        """Return the lookup key of row `index`'s own name (not of a variant)."""
        return self._main_keys[index]

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
                    stored = self._consonant_keys
                    for index in range(len(self.rows)):
                        for c in stored[index] if stored is not None else row_consonant_keys(self.rows[index]):
                            table.setdefault(c, []).append(index)
                    self._by_consonants = table
        return self._by_consonants.get(ckey, [])

    def candidates(self, name: str) -> list[Place]:
        """Return the places called `name` (normalised lookup: case, diacritics, apostrophes, hyphens,
        article prefixes), most populous first; transliteration skeleton matches when nothing matches exactly."""
        key = normalize(name)
        indexes = self.lookup_key(key) or self.lookup_skeleton(key)
        places = [self.place(i) for i in dict.fromkeys(indexes)]
        return sorted(places, key=lambda p: -p.population)
