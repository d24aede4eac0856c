"""A party denying that its own men did what the report tells them doing at that place and day contests the
event, whatever kind of event its own sentence reads as (README "Data model": contested is a party denying its
own act; `fuse._contradicts`). Near misses: a party whose men are no actor of the event, a denial that names no
men of the speaker's, and another day."""
from __future__ import annotations

from sitroom.fuse import _contradicts
from sitroom.models import ActorRef, Claim, Evidence, Location, SourceRef


def _claims(denial_text: str, speaker: SourceRef, day: str = "2024-06-08"):
    place = Location(name="El Fasher", country="Sudan", latitude=13.63, longitude=25.35, gazetteer_id="gn:1", geo_precision=2)
    attack = Claim.from_dict({"id": "a", "report_id": "x", "event_type": "Violence against civilians",
                              "sub_event_type": "Attack", "event_date": "2024-06-08", "entry_index": 0})
    attack.actor1 = ActorRef(name="RSF: Rapid Support Forces", inter=2, side="opposition", key="rsf")
    attack.location = place
    denial = Claim.from_dict({"id": "d", "report_id": "x", "event_type": "Riots",
                              "sub_event_type": "Violent demonstration", "event_date": day, "entry_index": 0})
    denial.location = place
    denial.polarity, denial.modality = "contradicts", "denied"
    denial.actor1 = ActorRef(name="Rioters (Sudan)", inter=5, side="protesters")
    denial.source = speaker
    denial.evidence = [Evidence("x", None, 0, len(denial_text), denial_text, "sentence")]
    return [attack], denial


RSF = SourceRef(name="RSF", kind="armed group", stance="party:rsf", party="rsf")


def test_the_force_denying_its_fighters_entered_the_place_contests_the_attack_told_of_them():
    cluster, denial = _claims("The RSF denies that its fighters entered the hospital.", RSF)
    assert _contradicts(cluster, denial)


def test_near_misses_contest_nothing():
    army = SourceRef(name="army", kind="military", stance="party:state_forces:SDN", party="state_forces:SDN")
    cluster, denial = _claims("The army denies that its soldiers entered the hospital.", army)
    assert not _contradicts(cluster, denial)  # the army's men are no actor of the attack
    cluster, denial = _claims("The RSF denies that a riot broke out near the hospital.", RSF)
    assert not _contradicts(cluster, denial)  # no men of its own named: another act
    cluster, denial = _claims("The RSF denies that its fighters entered the hospital.", RSF, day="2024-06-02")
    assert not _contradicts(cluster, denial)  # another day
