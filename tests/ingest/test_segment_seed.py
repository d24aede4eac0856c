"""Segmentation of the seed live blog: entry kinds, labels, times and spans."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

PALMYRA = "Islamic State Takes Town, Village, and Oilfields Near Palmyra"
EXPECTED = [
    ("preamble", ""),
    ("update", "UPDATE 1850 GMT"),
    ("update", "UPDATE 1730 GMT"),
    ("update", "UPDATE 1440 GMT"),
    ("update", "UPDATE 1340 GMT"),
    ("update", "UPDATE 1330 GMT"),
    ("update", "UPDATE 1245 GMT"),
    ("update", "UPDATE 1000 GMT"),
    ("update", "UPDATE 0900 GMT"),
    ("original", "ORIGINAL ENTRY"),
    ("story", "Taking the Initiative from the Opposition?"),
    ("story", PALMYRA),
    ("story-update", "UPDATE 2000 GMT"),
    ("story", PALMYRA),  # the story's own text resumes after its bracketed update
    ("story", "Regime Bombing Destroys Civil Defense Center in Kafrnabel"),
    ("story", "Obama Waiver for Arms to Groups — Especially Kurdish-Led Force — in Syria"),
]


def test_entry_kinds_and_labels_in_order(seed_entries):
    assert [(e.kind, e.label) for e in seed_entries] == EXPECTED
    assert [e.index for e in seed_entries] == list(range(len(EXPECTED)))


@pytest.mark.parametrize(
    "label, hour, minute",
    [("UPDATE 1850 GMT", 18, 50), ("UPDATE 1730 GMT", 17, 30), ("UPDATE 1245 GMT", 12, 45),
     ("UPDATE 0900 GMT", 9, 0), ("UPDATE 2000 GMT", 20, 0)],
)
def test_update_times_are_on_the_published_day_in_utc(seed_entries, label, hour, minute):
    (entry,) = [e for e in seed_entries if e.label == label]
    assert entry.time == datetime(2016, 12, 9, hour, minute, tzinfo=timezone.utc)


def test_untimed_entries_have_no_time(seed_entries):
    untimed = [e for e in seed_entries if e.kind in ("preamble", "original", "story")]
    assert untimed and all(e.time is None for e in untimed)


def test_story_update_sits_under_its_story_heading(seed_entries):
    (update,) = [e for e in seed_entries if e.kind == "story-update"]
    assert update.heading == PALMYRA
    assert all(e.heading is None for e in seed_entries if e.kind in ("update", "original", "preamble"))


def test_entries_cover_their_labels_and_do_not_overlap(seed_report, seed_entries):
    text = seed_report.text
    for entry in seed_entries:
        chunk = text[entry.start : entry.end]
        assert chunk == chunk.strip()
        if entry.kind in ("update", "original"):
            assert chunk.startswith(entry.label + ":")
        if entry.kind == "story" and entry.index != 13:
            assert chunk.startswith(entry.heading)
    assert seed_entries[12].label == "UPDATE 2000 GMT"
    assert text[seed_entries[12].start] == "[" and text[seed_entries[12].end - 1] == "]"
    for before, after in zip(seed_entries, seed_entries[1:]):
        assert before.end <= after.start
        assert text[before.end : after.start].strip() == ""  # only blank lines between entries
    assert text[seed_entries[-1].end :].strip() == ""


def test_preamble_holds_the_page_debris(seed_report, seed_entries):
    preamble = seed_report.text[seed_entries[0].start : seed_entries[0].end]
    assert preamble.startswith("PHOTO: Russian Foreign Minister Sergei Lavrov")
    assert preamble.endswith("Jump to Original Entry")
    assert "Audio Analysis: Aleppo Is Not the End of the Conflict" in preamble
