"""A bare "coalition" speaker is the coalition the report names as a fighting side, not the government of the
country the report is about (`claims._named_coalition`); a party's denial that the same report tells it took
back by admitting the act contests nothing (`fuse._withdrawn`); a voice that retells the event after a denial
of it does not take on the denial (`claims._anaphoric_claims`)."""
from __future__ import annotations

from sitroom.fuse import fuse


def _claims(text: str, published: str = "2023-05-14T18:00:00Z"):
    from sitroom.pipeline import analyze_text

    return analyze_text(text, published, outlet="test desk").claims


def test_a_coalition_spokesman_speaks_for_the_coalition_the_report_names():
    text = ("US-led coalition aircraft struck Islamic State positions near Raqqa on Friday, the SDF said. "
            "A coalition spokesman confirmed that its aircraft had struck in support of the SDF.")
    spoke = [c.source for c in _claims(text) if c.source is not None and c.source.name == "coalition"]
    assert spoke, [c.source.name for c in _claims(text) if c.source]
    assert spoke[0].party == "us_led_coalition"


def test_a_coalition_the_report_never_names_is_left_as_it_was_read():
    # near miss: no coalition is named as an actor, so the words are not given one
    text = ("Air strikes hit a market in Raqqa on Friday, killing 12 people, residents said. "
            "A coalition spokesman said the reports were being looked into.")
    parties = {c.source.party for c in _claims(text) if c.source is not None and c.source.name == "coalition"}
    assert "us_led_coalition" not in parties


ADMITTED = ("RIYADH, Oct 15 - The Saudi-led coalition acknowledged on Saturday that its aircraft bombed a funeral hall "
            "in Sanaa a week ago, an attack the United Nations says killed more than 140 people.\n\n"
            "Warplanes hit the hall in southern Sanaa on October 8 while hundreds of mourners were inside.\n\n"
            "In the hours after the strike, the coalition said it had not carried out any raids in the area.\n\n"
            "The United States said after the strike that it had begun a review of its support.")


def test_a_denial_the_party_later_took_back_does_not_contest_the_strike():
    events = [e for e in fuse(_claims(ADMITTED, "2016-10-15T16:00:00Z")) if e.sub_event_type == "Air/drone strike"]
    assert events, "no strike"
    assert events[0].status == "corroborated", [(e.status, [s.name for s in e.sources]) for e in events]


def test_a_voice_after_the_denial_does_not_take_it_on():
    denied = [c for c in _claims(ADMITTED, "2016-10-15T16:00:00Z")
              if c.source is not None and c.source.name == "United States" and c.modality == "denied"]
    assert denied == []


def test_a_denial_by_one_party_and_an_admission_by_another_still_contest():
    from sitroom.fuse import _withdrawn
    from sitroom.models import Claim, Evidence, SourceRef

    base = {"id": "a", "report_id": "x", "event_type": "Explosions/Remote violence",
            "sub_event_type": "Air/drone strike", "event_date": "2016-10-08", "entry_index": 0}
    support = Claim.from_dict(base)
    support.evidence = [Evidence("x", None, 0, 60, "The Saudi-led coalition acknowledged that its aircraft bombed "
                                                   "the hall.", "sentence")]
    denial = Claim.from_dict({**base, "id": "b"})
    denial.polarity = "contradicts"
    denial.source = SourceRef(name="coalition", kind="military", stance="party:saudi_led_coalition",
                              party="saudi_led_coalition")
    assert _withdrawn(denial, [support])
    # near miss: the Houthis deny, the coalition admits: two accounts, a contest
    denial.source = SourceRef(name="Houthi Movement", kind="armed group", stance="party:houthi_movement",
                              party="houthi_movement")
    assert not _withdrawn(denial, [support])
