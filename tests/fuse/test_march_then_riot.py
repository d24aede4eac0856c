"""A march told in one sentence and the riot told in the very next one of the same paragraph are one crowd: the
demonstration that turned violent is one event, the riot (ACLED). A riot placed elsewhere or given a crowd of its
own, a march the text calls peaceful, and a rally told paragraphs before stay events of their own. Own-words texts
written for these tests."""
from __future__ import annotations

from sitroom.fuse import fuse
from sitroom.ingest import read_inputs
from sitroom.pipeline import analyze_report

HEAD = """---
published: 2019-03-05T18:00:00Z
outlet: sitroom tests
title: t
---
Students clash with police in Kampala

"""

MARCH_THEN_RIOT = (
    "Hundreds of students gathered at Makerere University on Tuesday morning and marched to the parliament in "
    "Kampala. At the parliament, protesters threw stones at police and set fire to a car, witnesses said.",
    "About 2,000 students assembled outside the main gate on Tuesday and walked to parliament in Kampala. Once there, "
    "they hurled rocks at officers and burned tyres on the road, witnesses said.",
    "On Tuesday, hundreds of traders marched through central Kampala towards the parliament. Outside the building "
    "the crowd threw stones at police and smashed the windows of parked cars, witnesses said.",
)


def _events(tmp_path, body):
    path = tmp_path / "story.txt"
    path.write_text(HEAD + body + "\n", encoding="utf-8")
    report = list(read_inputs([str(path)]))[0].report
    return [e for e in fuse(analyze_report(report).claims) if e.event_type in ("Protests", "Riots")]


def _subs(events):
    return sorted(e.sub_event_type for e in events)


def test_the_march_and_the_riot_in_the_next_sentence_are_one_event(tmp_path):
    for body in MARCH_THEN_RIOT:
        events = _events(tmp_path, body)
        assert _subs(events) == ["Violent demonstration"], (body, _subs(events))


def test_a_riot_told_elsewhere_in_the_city_stays_apart_from_the_march(tmp_path):
    # near miss: the riot's sentence places it elsewhere
    body = ("Hundreds of students gathered at Makerere University on Tuesday morning and marched to the parliament in "
            "Kampala. Elsewhere in the city, another group threw stones at police and set fire to a car, witnesses said.")
    assert _subs(_events(tmp_path, body)) == ["Peaceful protest", "Violent demonstration"]


def test_a_march_called_peaceful_stays_apart_from_the_riot(tmp_path):
    # near miss: the text calls the march peaceful
    body = ("Hundreds of students marched peacefully to the parliament in Kampala on Tuesday. At the parliament, "
            "protesters threw stones at police and set fire to a car, witnesses said.")
    assert _subs(_events(tmp_path, body)) == ["Peaceful protest", "Violent demonstration"]
