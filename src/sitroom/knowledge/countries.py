"""The countries table: ISO codes, ACLED-style short names, adjectives and aliases.

Reads `data/countries.tsv` (built by scripts/build_countries.py) once, lazily, and answers lookups by
name, alias, adjective ("Syrian"), ISO alpha-2/alpha-3 code or ISO numeric code.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sitroom.errors import KnowledgeError

DATA = Path(__file__).resolve().parents[1] / "data" / "countries.tsv"
COLUMNS = ("name", "iso2", "iso3", "numeric", "adjectives", "aliases")


@dataclass(frozen=True)
class Country:
    name: str  # ACLED's spelling: "Syria", "Democratic Republic of Congo"
    iso2: str
    iso3: str
    numeric: int  # ISO 3166-1 numeric, ACLED's `iso`
    adjectives: tuple[str, ...] = ()  # "Syrian"; the first is the usual one
    aliases: tuple[str, ...] = ()  # other names: "Syrian Arab Republic", "Turkiye", "US"


def _norm(text: str) -> str:
    """Return `text` with typographic apostrophes, extra spaces and a leading "the" removed."""
    text = re.sub(r"\s+", " ", text.replace("\u2019", "'").strip())
    return re.sub(r"^the ", "", text, flags=re.IGNORECASE)


def _strict(form: str) -> bool:
    """True for all-capital forms (US, UK, DRC, U.S.) which must match in capitals only."""
    letters = [c for c in form if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 4


def load_countries(path: Path = DATA) -> list[Country]:
    """Return every row of a countries TSV as `Country`, validating it.

    Raises KnowledgeError(path, line, reason) on a short row, a bad code or number, or a name,
    alias or adjective that two countries share.
    """
    countries: list[Country] = []
    owner: dict[str, tuple[str, int]] = {}
    header_seen = False
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise KnowledgeError(str(path), None, f"cannot read the countries table ({exc.strerror})") from exc
    for lineno, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if not header_seen:
            if tuple(fields) != COLUMNS:
                raise KnowledgeError(str(path), lineno, f"header must be {' '.join(COLUMNS)} (tab-separated)")
            header_seen = True
            continue
        if len(fields) != len(COLUMNS):
            raise KnowledgeError(str(path), lineno, f"expected {len(COLUMNS)} tab-separated fields, got {len(fields)}")
        name, iso2, iso3, numeric, adjectives, aliases = fields
        if not re.fullmatch(r"[A-Z]{2}", iso2):
            raise KnowledgeError(str(path), lineno, f"iso2 {iso2!r} must be two capital letters")
        if not re.fullmatch(r"[A-Z]{3}", iso3):
            raise KnowledgeError(str(path), lineno, f"iso3 {iso3!r} must be three capital letters")
        if not numeric.isdigit():
            raise KnowledgeError(str(path), lineno, f"numeric {numeric!r} must be an ISO 3166-1 number")
        c = Country(
            name=name,
            iso2=iso2,
            iso3=iso3,
            numeric=int(numeric),
            adjectives=tuple(a for a in adjectives.split("|") if a),
            aliases=tuple(a for a in aliases.split("|") if a),
        )
        for form in (c.name, *c.adjectives, *c.aliases, c.iso2, c.iso3, numeric):
            key = _norm(form) if _strict(form) else _norm(form).casefold()
            prev = owner.get(key)
            if prev and prev[0] != c.name:
                raise KnowledgeError(
                    str(path), lineno, f"{form!r} already names {prev[0]} (line {prev[1]}); give it to one country"
                )
            owner[key] = (c.name, lineno)
        countries.append(c)
    if not header_seen:
        raise KnowledgeError(str(path), None, "no header line: the table is empty")
    return countries


@lru_cache(maxsize=1)
def _tables() -> tuple[tuple[Country, ...], dict[str, Country], dict[str, Country]]:
    """Return (countries, exact-case index, case-folded index), built once."""
    countries = tuple(load_countries())
    exact: dict[str, Country] = {}
    folded: dict[str, Country] = {}
    for c in countries:
        exact[c.iso2] = exact[c.iso3] = c
        exact[str(c.numeric)] = exact[f"{c.numeric:03d}"] = c
        for form in (c.name, *c.aliases, *c.adjectives):
            if _strict(form):
                exact[_norm(form)] = c
            else:
                folded[_norm(form).casefold()] = c
    return countries, exact, folded


def country(value: str | int | None) -> Country | None:
    """Return the country named by a name, alias, adjective, ISO code or ISO number; None if unknown.

    Names, aliases and adjectives match in any case ("syria", "the Netherlands", "Turkish"); codes and
    all-capital aliases only in capitals, so "us" or "is" never mean a country.
    """
    if value is None:
        return None
    _, exact, folded = _tables()
    if isinstance(value, int):
        return exact.get(str(value))
    return _country_of_text(value)


@lru_cache(maxsize=1024)
def country_name(value: str | None) -> str | None:
    """ACLED's name of the country `value` names (a name, alias, adjective or ISO code); None if unknown."""
    found = country(value) if value else None
    return found.name if found is not None else None


@lru_cache(maxsize=4096)  # the tables never change once built: a name, once looked up, stays answered
def _country_of_text(value: str) -> Country | None:
    _, exact, folded = _tables()
    text = _norm(value)
    return exact.get(text) or folded.get(text.casefold())


def all_countries() -> list[Country]:
    """Return every country, sorted by name."""
    return list(_tables()[0])


def adjective_forms() -> dict[str, Country]:
    """Return every adjective (as written in the table) -> its country, for building matchers."""
    return {adj: c for c in _tables()[0] for adj in c.adjectives}


def name_forms() -> dict[str, Country]:
    """Return every name and alias (as written in the table) -> its country, for building matchers."""
    return {form: c for c in _tables()[0] for form in (c.name, *c.aliases)}
