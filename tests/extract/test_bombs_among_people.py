"""A suicide bomber who went off where people gather (a church, a hotel, a market, a service) has civilians as
his second actor, not a force the report or the quoting clause names; an empty building blown up has none."""
from datetime import datetime, timezone

from sitroom.fuse import fuse
from sitroom.ingest import make_report
from sitroom.pipeline import analyze_report

PUBLISHED = datetime(2017, 5, 14, 12, tzinfo=timezone.utc)


def second_actors(text: str) -> list[str | None]:
    events = fuse(analyze_report(make_report(text, published=PUBLISHED)).claims)
    return [e.actor2.name if e.actor2 else None for e in events
            if e.sub_event_type in ("Suicide bomb", "Remote explosive/landmine/IED")]


def test_bombers_who_blew_themselves_up_at_a_church_and_hotels_hit_civilians():
    text = ("Two bombers blew themselves up at a church and at two hotels in Maiduguri, Nigeria, on Sunday morning, "
            "police said.")
    assert second_actors(text) == ["Civilians (Nigeria)"]


def test_the_quoting_police_are_not_the_target():
    # near-miss of the rule above: the police hit by the blast are its target
    text = ("A suicide bomber blew himself up at a police checkpoint in Maiduguri, Nigeria, on Sunday, killing two "
            "officers, police said.")
    assert second_actors(text) == ["Police Forces of Nigeria (2015-2023)"]


def test_suicide_bombers_struck_targets_among_them_a_club_and_a_hotel():
    text = ("Suicide bombers struck four targets in Kano, Nigeria, on Friday night, among them a social club and a "
            "hotel.\n\nPolice set up checkpoints on the roads out of the city.")
    assert second_actors(text) == ["Civilians (Nigeria)"]


def test_a_suicide_bomber_during_a_prayer_service_hit_civilians():
    text = ("A suicide bomber blew himself up in Jos, Nigeria, during the evening prayer service on Sunday, officials "
            "said. Soldiers were deployed to the area afterwards.")
    assert second_actors(text) == ["Civilians (Nigeria)"]


def test_near_miss_explosives_set_off_in_an_empty_mosque_hit_no_one():
    text = ("The army said the militants detonated explosives inside the old mosque in Mubi, Nigeria, on "
            "Wednesday night as troops advanced on it.")
    assert second_actors(text) != ["Civilians (Nigeria)"]
