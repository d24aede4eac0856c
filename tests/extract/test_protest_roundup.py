"""A wave day's roundup ("Protests were also held in A, B, C and other cities") codes no protest of its own.
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


def _protest_places(claims):
    return sorted(c.location.name for c in claims if c.sub_event_type == "Peaceful protest" and c.location)


def test_open_ended_list_of_towns_gives_no_protests(tmp_path):
    claims = _claims(tmp_path, "Students marched through Nairobi on Monday against the new tax law. "
                               "Rallies were also held in Mombasa, Kisumu, Nakuru and other towns on Monday.")
    assert _protest_places(claims) == ["Nairobi"]


def test_closed_list_of_towns_still_gives_protests(tmp_path):
    # near miss: a closed list names each town a protest was held in
    claims = _claims(tmp_path, "Students marched through Nairobi on Monday against the new tax law. "
                               "Rallies were also held in Mombasa and Kisumu on Monday.")
    assert _protest_places(claims) == ["Kisumu", "Mombasa", "Nairobi"]


def test_open_ended_list_does_not_silence_violence(tmp_path):
    # near miss: a riot or a protest broken up in the list's towns is still an event
    claims = _claims(tmp_path, "Police fired tear gas at protesters in Mombasa, Kisumu and other towns on Monday.")
    assert any(c.sub_event_type != "Peaceful protest" and c.location for c in claims)


def test_open_ended_list_without_also_is_the_reports_protest(tmp_path):
    # near miss: with no detailed towns before it ("also"), the open list is the protest the report tells
    claims = _claims(tmp_path, "Students marched in Mombasa, Kisumu and other towns on Monday against the tax law.")
    assert _protest_places(claims)


def test_smaller_protests_in_an_open_list_of_towns_give_no_protests(tmp_path):
    # a roundup measured against the story's protests ("smaller", "similar") is a roundup without "also"
    claims = _claims(tmp_path, "Students marched through Nairobi on Monday against the new tax law. "
                               "Smaller rallies took place in Mombasa, Kisumu and several other towns over the weekend.")
    assert _protest_places(claims) == ["Nairobi"]
    claims = _claims(tmp_path, "Students marched through Nairobi on Monday against the new tax law. "
                               "Similar marches were held in Eldoret, Nakuru and other towns on Monday.")
    assert _protest_places(claims) == ["Nairobi"]


def test_smaller_protests_in_a_closed_list_still_give_protests(tmp_path):
    # near miss: "smaller" protests in named towns only (no "other towns") are each a protest
    claims = _claims(tmp_path, "Students marched through Nairobi on Monday against the new tax law. "
                               "Smaller rallies took place in Mombasa and Kisumu on Monday.")
    assert _protest_places(claims) == ["Kisumu", "Mombasa", "Nairobi"]
