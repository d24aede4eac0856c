"""The cue scan dispatches on a word's first character; it must find exactly what the plain union finds."""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from sitroom.extract.lexicon import PHRASE_ROLES, _dispatching, _first_chars, find_cues, groups

SHARED = Path(os.environ.get("SITROOM_SHARED", Path(__file__).resolve().parents[2] / ".." / "shared"))
SEED = SHARED / "seed" / "syria-daily-2016-12-09.txt"

# Written for this test: case, hyphens, possessives, non-ASCII letters next to cues.
OWN = [
    "AIRSTRIKES hit the town; Warplanes and jets were heard, and a helicopter gunship fired rockets.",
    "The x-jets were not involved, but anti-aircraft fire downed a drone near the Ḥama road.",
    "Rebels seized seven rifles and set up an observation post after the shelling of İdlib.",
    "Kelvin-like \u212a and long \u017f letters must not confuse the scan: \u017fhelling, \u212ailled.",
    "Protesters marched; police fired tear gas and arrested dozens, while militants abducted two.",
]


def plain_cues(text: str) -> list[tuple[str, int, int]]:
    """The cues the lexicon's groups find, with one ordinary regex per group (no dispatch)."""
    found = []
    for g in groups():
        if g.role in PHRASE_ROLES:
            found += [(g.name, m.start(), m.end()) for m in g.regex.finditer(text)]
    scan = [g for g in groups() if g.role not in PHRASE_ROLES]
    union = re.compile(r"(?<![\w-])(?:" + "|".join(f"(?:{p})" for g in scan for p in g.patterns) + r")(?![\w])",
                       re.IGNORECASE)
    for m in union.finditer(text):
        found += [(g.name, m.start(), m.end()) for g in scan
                  if re.fullmatch("|".join(f"(?:{p})" for p in g.patterns), m.group(0), re.IGNORECASE)]
    return sorted(found, key=lambda c: (c[1], -(c[2] - c[1]), c[0]))


def texts() -> list[str]:
    out = list(OWN)
    if SEED.exists():
        out += [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    return out


def test_dispatching_scan_finds_what_the_plain_union_finds():
    for text in texts():
        assert [(c.group, c.start, c.end) for c in find_cues(text)] == plain_cues(text), text


def test_own_sentences_have_cues():
    assert len(find_cues(OWN[0])) >= 4


@pytest.mark.parametrize("pattern,first", [
    ("air[- ]?strikes?", set("aA")),
    ("(?:war|fighter)[- ]?planes?", set("wWfF")),
    ("(?:armed )?drones?", set("aAdD")),
    (r"\d+ killed", set("0123456789")),
])
def test_first_characters_of_a_pattern(pattern, first):
    assert _first_chars(pattern) == first


@pytest.mark.parametrize("pattern", [r"\W+x", "(?:x)?", ".bomb", "\u212aill"])
def test_patterns_that_may_start_anywhere_are_tried_everywhere(pattern):
    assert _first_chars(pattern) is None


def test_a_pattern_is_found_after_a_non_ascii_start():
    rx = _dispatching(["ḥama road", "hama"])
    assert [m.group(0) for m in rx.finditer("the Ḥama road and Hama")] == ["Ḥama road", "Hama"]
