""""disputed" as an adjective ("their disputed border") denies nothing; "X disputed the account" does.
Sentences written for these tests."""
from __future__ import annotations

from sitroom.ingest import read_inputs
from sitroom.pipeline import analyze_report


def _claims(tmp_path, body: str):
    path = tmp_path / "story.txt"
    path.write_text("---\npublished: 2024-05-07T12:00:00Z\noutlet: sitroom tests\ntitle: test story\n---\n" + body,
                    encoding="utf-8")
    report = list(read_inputs([str(path)]))[0].report
    return analyze_report(report).claims


def test_fighting_along_a_disputed_border_is_asserted(tmp_path):
    claims = _claims(tmp_path, "Armenian and Azerbaijani troops fought along their disputed border on Tuesday "
                               "with artillery and drones.")
    assert claims and all(c.polarity == "supports" for c in claims)


def test_shelling_in_a_disputed_region_is_asserted(tmp_path):
    claims = _claims(tmp_path, "Indian and Pakistani troops exchanged artillery fire in a disputed region on Monday.")
    assert claims and all(c.polarity == "supports" for c in claims)


def test_a_party_that_disputed_the_strike_still_disputes(tmp_path):
    # near miss: the verb "disputed" is a denial
    claims = _claims(tmp_path, "Russian jets struck a market in Idlib on Monday, monitors said. "
                               "The Russian defence ministry disputed that its aircraft had carried out the strike.")
    assert any(c.polarity == "contradicts" for c in claims)
