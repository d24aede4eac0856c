"""A denial that only disowns a part in an event, by a speaker who is none of its actors, contests nothing
(README "Data model": contested is a party denying its own act, or accounts that disagree on what
happened; `fuse._disowns_only`). Near misses: the actor itself denying, and a denial that the event happened."""
from __future__ import annotations

from sitroom.fuse import fuse


def _events(text: str, published: str = "2023-05-14T18:00:00Z"):
    from sitroom.pipeline import analyze_text

    return fuse(analyze_text(text, published, outlet="test desk").claims)


def _statuses(events):
    return [(e.sub_event_type, e.status) for e in events]


def test_a_ministry_whose_forces_are_no_actor_disowning_the_shooting_does_not_contest_it():
    text = ("Unidentified gunmen on rooftops opened fire on protesters in central Baghdad on Friday, killing four "
            "people, witnesses said. The interior ministry said its forces had not fired on the crowd.")
    events = _events(text)
    assert events, "no event"
    assert all(e.status != "contested" for e in events), _statuses(events)


def test_the_police_who_fired_denying_it_still_contest_it():
    text = ("Police opened fire on protesters in central Baghdad on Friday, killing four people, witnesses said. "
            "The interior ministry said its forces had not fired on the crowd.")
    events = _events(text)
    assert any(e.status == "contested" for e in events), _statuses(events)


def test_a_blamed_group_denying_any_role_in_a_riot_does_not_contest_the_riot():
    from sitroom.fuse import _disowns_only
    from sitroom.models import ActorRef, Claim, Evidence, SourceRef

    riot = Claim.from_dict({"id": "r", "report_id": "x", "event_type": "Riots",
                            "sub_event_type": "Violent demonstration", "event_date": "2023-05-13", "entry_index": 0})
    riot.actor1 = ActorRef(name="Rioters (Uzbekistan)", inter=5, side="protesters")
    denial = Claim.from_dict(riot.to_dict())
    denial.polarity = "contradicts"
    denial.source = SourceRef(name="Hizb ut-Tahrir", kind="person", stance="unknown")
    denial.evidence = [Evidence("x", None, 0, 30, "Hizb ut-Tahrir denied any role.", "sentence")]
    assert _disowns_only(denial, [riot])
    # near miss: denying that the riot happened at all is a denial of the event
    denial.evidence = [Evidence("x", None, 0, 40, "Hizb ut-Tahrir denied that any riot took place.", "sentence")]
    assert not _disowns_only(denial, [riot])
    # near miss: the rioters' own voice disowning it is an actor's denial
    denial.evidence = [Evidence("x", None, 0, 30, "The rioters denied any role.", "sentence")]
    denial.source = SourceRef(name="rioters", kind="person", stance="unknown")
    assert not _disowns_only(denial, [riot])


def test_an_armed_group_blamed_for_a_massacre_denying_any_role_still_contests_it():
    text = ("Gunmen attacked the village of Kera in central Mali on Saturday and killed 40 people, a survivor said. "
            "The government blamed a local hunters' militia, Dan Na Ambassagou. Dan Na Ambassagou denied any role "
            "in the killings.")
    events = [e for e in _events(text) if e.sub_event_type == "Attack"]
    assert events and events[0].status == "contested", _statuses(events)

