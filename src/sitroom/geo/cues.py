"""The word lists the recogniser reads around place names, from `data/gazetteer/cues.yaml`."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import yaml

from sitroom.errors import KnowledgeError
from sitroom.geo.gazetteer import DATA_DIR, FEATURES

CUES = DATA_DIR / "cues.yaml"
_LISTS = (
    "qualifiers", "parts", "preceders", "followers", "organisation_words", "actor_words", "adjective_suffixes",
    "place_nouns", "titles", "facility_words", "landmark_words",
)


@dataclass(frozen=True)
class Suffix:
    """A word after a name ("Province", "front") that names its kind."""

    features: tuple[str, ...]
    precision: int
    qualifier: str | None = None


@dataclass(frozen=True)
class Cues:
    qualifiers: dict[tuple[str, ...], str]  # lowercase word tuple -> the qualifier as written in the list
    parts: frozenset[str]
    suffixes: dict[str, Suffix]
    kind_of: dict[str, tuple[str, ...]]
    preceders: frozenset[str]
    followers: frozenset[str]
    organisation_words: frozenset[str]
    actor_words: frozenset[str]
    adjective_suffixes: frozenset[str]
    place_nouns: frozenset[str] = frozenset()  # lowercase words after a name that make it a place
    titles: frozenset[str] = frozenset()  # "President", "Mayor": the capitalised run after one is a person
    facility_words: frozenset[str] = frozenset()  # "Hospital", "Mosque": a site in the place named before
    landmark_words: frozenset[str] = frozenset()  # lowercase "palace", "roundabout": the name before is the site's

    @cached_property
    def longest_qualifier(self) -> int:
        return max(len(k) for k in self.qualifiers)


def _line_of(path: Path, key: str) -> int | None:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.lstrip().startswith(f"{key}:"):
            return number
    return None


def _words(path: Path, data: dict, key: str) -> list[str]:
    value = data.get(key)
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise KnowledgeError(str(path), _line_of(path, key), f"{key}: must be a non-empty list of words")
    return [v.strip() for v in value]


def read_cues(path: Path = CUES) -> Cues:
    """Return the validated cues in `path`; KnowledgeError names the file, line and key that is wrong."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        raise KnowledgeError(str(path), mark.line + 1 if mark else None, f"not valid YAML: {err}") from None
    if not isinstance(data, dict):
        raise KnowledgeError(str(path), None, "must be a mapping of cue lists")
    lists = {key: _words(path, data, key) for key in _LISTS}
    suffixes: dict[str, Suffix] = {}
    for word, spec in (data.get("suffixes") or {}).items():
        line = _line_of(path, str(word))
        if not isinstance(spec, dict) or not isinstance(spec.get("features"), list):
            raise KnowledgeError(str(path), line, f"suffixes.{word}: needs a features list and a precision")
        bad = [f for f in spec["features"] if f not in FEATURES]
        if bad:
            raise KnowledgeError(str(path), line, f"suffixes.{word}: unknown feature {bad[0]!r}")
        if spec.get("precision") not in (1, 2, 3):
            raise KnowledgeError(str(path), line, f"suffixes.{word}: precision must be 1, 2 or 3")
        suffixes[str(word).lower()] = Suffix(tuple(spec["features"]), spec["precision"], spec.get("qualifier"))
    if not suffixes:
        raise KnowledgeError(str(path), None, "suffixes: missing")
    kind_of: dict[str, tuple[str, ...]] = {}
    for word, features in (data.get("kind_of") or {}).items():
        if not isinstance(features, list) or any(f not in FEATURES for f in features):
            raise KnowledgeError(str(path), _line_of(path, str(word)), f"kind_of.{word}: must list known features")
        kind_of[str(word).lower()] = tuple(features)
    return Cues(
        qualifiers={tuple(q.lower().split()): q for q in lists["qualifiers"]},
        parts=frozenset(w.lower() for w in lists["parts"]),
        suffixes=suffixes,
        kind_of=kind_of,
        preceders=frozenset(lists["preceders"]),
        followers=frozenset(lists["followers"]),
        organisation_words=frozenset(lists["organisation_words"]),
        actor_words=frozenset(w.lower() for w in lists["actor_words"]),
        adjective_suffixes=frozenset(w.lower() for w in lists["adjective_suffixes"]),
        place_nouns=frozenset(w.lower() for w in lists["place_nouns"]),
        titles=frozenset(lists["titles"]),
        facility_words=frozenset(lists["facility_words"]),
        landmark_words=frozenset(w.lower() for w in lists["landmark_words"]),
    )


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    """Return the shipped cues, read once."""
    return read_cues(CUES)
