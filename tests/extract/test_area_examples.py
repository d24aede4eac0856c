"""Places named as examples of where one act spread inside a named place ("in several neighbourhoods of
X, including A and B") give one event at X (precision 2), not one per example; places the sentence
names on their own ("in X and in Y") stay separate events. Texts written for these tests."""
from __future__ import annotations

from sitroom.fuse import fuse
from sitroom.ingest import read_inputs
from sitroom.pipeline import analyze_report

TEXT = """---
published: 2023-07-14T18:00:00Z
outlet: sitroom tests
title: Unrest in Ivory Coast
---
Rioters burned tyres and threw stones at police in parts of Abidjan, such as Yopougon and Abobo, on Thursday, residents said.

Youths fought the gendarmes in several neighbourhoods of Abidjan, including Cocody and Abobo, on Friday.

Protesters threw stones at police in Abidjan and in Bouake on Wednesday, witnesses said.
"""


def _events(tmp_path):
    path = tmp_path / "unrest.txt"
    path.write_text(TEXT, encoding="utf-8")
    return fuse(analyze_report(list(read_inputs([str(path)]))[0].report).claims)


def test_examples_of_an_area_make_one_event_at_the_area(tmp_path):
    events = _events(tmp_path)
    for day in ("2023-07-13", "2023-07-14"):
        on_day = [e for e in events if e.event_date.isoformat() == day]
        assert len(on_day) == 1, [e.location.name for e in on_day if e.location]
        assert on_day[0].location is not None and on_day[0].location.name == "Abidjan"
        assert on_day[0].location.geo_precision == 2


def test_places_named_on_their_own_stay_separate(tmp_path):
    events = _events(tmp_path)
    places = sorted(e.location.name for e in events if e.event_date.isoformat() == "2023-07-12" and e.location)
    assert places == ["Abidjan", "Bouaké"]
