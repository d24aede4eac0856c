"""Sentence boundaries on hand-written news sentences: abbreviations, decimals, initials, quotes."""
from __future__ import annotations

import pytest

from sitroom.ingest import segment, split_sentences

from .conftest import report_of


def _split(text: str) -> list[str]:
    report = report_of(text)
    sentences = split_sentences(report, segment(report))
    for s in sentences:
        assert report.text[s.start : s.end] == s.text
    return [s.text for s in sentences]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The U.S. military said two strikes hit Raqqa. The U.N. called for calm.",
         ["The U.S. military said two strikes hit Raqqa.", "The U.N. called for calm."]),
        ("Lt. Gen. Stephen Townsend said the SDF had advanced. Col. John Dorrian agreed.",
         ["Lt. Gen. Stephen Townsend said the SDF had advanced.", "Col. John Dorrian agreed."]),
        ("Mr. Assad and Dr. Jaafari spoke in St. Petersburg on Jan. 3. Nothing was agreed.",
         ["Mr. Assad and Dr. Jaafari spoke in St. Petersburg on Jan. 3.", "Nothing was agreed."]),
        ("Rebels fell back 2.5 km. The regime took No. 4 checkpoint.",
         ["Rebels fell back 2.5 km.", "The regime took No. 4 checkpoint."]),
        ("The strike came at 6 a.m. The toll rose by 4 p.m. on Friday.",
         ["The strike came at 6 a.m.", "The toll rose by 4 p.m. on Friday."]),
        ("It was named after John F. Kennedy. Nobody objected.",
         ["It was named after John F. Kennedy.", "Nobody objected."]),
        ("Aid groups, e.g. UNICEF, were blocked. Convoys waited.",
         ["Aid groups, e.g. UNICEF, were blocked.", "Convoys waited."]),
        ("“We will not leave,” a resident told him. “They are shelling us.” He said no more.",
         ["“We will not leave,” a resident told him.", "“They are shelling us.”", "He said no more."]),
        ("“Who did this?” he asked. Nobody answered!",
         ["“Who did this?” he asked.", "Nobody answered!"]),
        ("The U.S.-backed SDF captured the dam. Washington welcomed it.",
         ["The U.S.-backed SDF captured the dam.", "Washington welcomed it."]),
        ("Support came from the U.S. The regime protested.",
         ["Support came from the U.S.", "The regime protested."]),
        ("Fighting continued.\n\nAt least 12 people died",
         ["Fighting continued.", "At least 12 people died"]),
        # Inside a blank-line separated paragraph a line break mid-sentence is a wrap, not a boundary.
        ("Heavy clashes were reported in the\nSalaheddin district on Friday. Five died.\n\nShelling went on.",
         ["Heavy clashes were reported in the\nSalaheddin district on Friday.", "Five died.", "Shelling went on."]),
        ("Shelling hit Douma.\nThree children died.",
         ["Shelling hit Douma.", "Three children died."]),
    ],
)
def test_split_table(text, expected):
    assert _split(text) == expected


def test_paragraph_break_ends_a_sentence_without_punctuation():
    assert _split("Regime forces advanced in Aleppo\n\nRebels withdrew from Hanano") == [
        "Regime forces advanced in Aleppo",
        "Rebels withdrew from Hanano",
    ]
