"""A line label ("Town (district), Friday 3 May:" or a line that is only a town's name in capitals) places
the sentences under it, up to the end of its paragraph. Texts written for this test."""
from __future__ import annotations

from sitroom.ingest import read_inputs
from sitroom.pipeline import analyze_report

TEXT = """---
published: 2019-05-04T12:00:00Z
outlet: sitroom tests
title: Kenya unrest monitor
---
KENYA UNREST MONITOR

- Kisumu (Kisumu county), Friday 3 May: Several hundred traders marched to the county offices on Friday. Later police fired tear gas to disperse a crowd near the bus park.

NAKURU.
Youths fought running battles with riot police in the market on Friday, witnesses said.
"""


def _claims(tmp_path):
    path = tmp_path / "monitor.txt"
    path.write_text(TEXT, encoding="utf-8")
    report = list(read_inputs([str(path)]))[0].report
    return analyze_report(report).claims


def test_label_with_area_and_date_places_its_paragraph(tmp_path):
    claims = _claims(tmp_path)
    gassed = [c for c in claims if "tear gas" in next(e.text for e in c.evidence if e.field == "sentence")]
    assert gassed and all(c.location is not None and c.location.name == "Kisumu" for c in gassed)


def test_capital_letters_line_places_the_next_sentence(tmp_path):
    claims = _claims(tmp_path)
    battles = [c for c in claims if "running battles" in next(e.text for e in c.evidence if e.field == "sentence")]
    assert battles and battles[0].location is not None and battles[0].location.name == "Nakuru"
    assert battles[0].sub_event_type == "Violent demonstration"
