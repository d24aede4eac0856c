"""Whom a blast or strike hit: a force the report names is its target only when the sentence says so;
civilians are its target when people were hurt or named as the target, not when only buildings were damaged.
Texts written for these tests (no eval text)."""
from datetime import datetime, timezone
from functools import lru_cache

import pytest

from sitroom.fuse import fuse
from sitroom.ingest import make_report
from sitroom.pipeline import analyze_report

PUBLISHED = datetime(2024, 5, 14, 12, tzinfo=timezone.utc)
IED = "Remote explosive/landmine/IED"
SHELLING = "Shelling/artillery/missile attack"


@lru_cache(maxsize=None)
def events_of(text: str):
    return tuple(fuse(analyze_report(make_report(text, published=PUBLISHED)).claims))


def of_type(text: str, sub: str):
    found = [e for e in events_of(text) if e.sub_event_type == sub]
    assert found, [(e.sub_event_type, e.actor1, e.actor2) for e in events_of(text)]
    return found[0]


def sides(e) -> set[str]:
    return {a.side for a in (e.actor1, e.actor2) if a is not None}


# The cases, by what they check: a planted device's target is told by its sentence, not taken from the
# report's cast; buildings damaged with no one hurt have no civilian second actor; students attacked are
# civilians, students marching are protesters; the named group, not an unidentified one, nor a described force
# of the state, is a side.

# (story, sub-event type, a side the event's first or second actor has, or has not)
HAS_SIDE = [
    pytest.param("Soldiers fought Baloch Liberation Army fighters near Turbat in Pakistan on Monday. "
                 "On Tuesday a roadside bomb hit an army patrol near Sibi.", IED, "government",
                 id="a-roadside-bomb-that-hits-an-army-patrol-has-the-army-as-target"),
    pytest.param("Islamic State militants detonated a car bomb near Tal Afar, Iraq, on Friday as an army convoy "
                 "passed, killing four soldiers.", IED, "government",
                 id="soldiers-told-killed-in-the-time-clause-were-hit"),
]
HAS_NO_SIDE = [
    pytest.param("Soldiers fought Baloch Liberation Army fighters near Turbat in Pakistan on Monday. "
                 "On Tuesday the militants blew up a stretch of railway line near Sibi.", IED, "government",
                 id="a-blown-up-railway-line-has-no-state-target"),
    pytest.param("Islamic State militants detonated explosives inside the old shrine in Tal Afar, Iraq, on Friday, "
                 "when Iraqi soldiers were a few hundred metres away.", IED, "government",
                 id="troops-nearby-when-a-shrine-was-blown-up-were-not-its-target"),
    pytest.param("Armenia's defence ministry said Azerbaijani artillery shelled the village of Berd on Tuesday, "
                 "damaging three houses.", SHELLING, "civilian",
                 id="houses-damaged-by-shelling-with-no-one-hurt-have-no-civilian-victims"),
    pytest.param("Islamic State fighters attacked a prison in Hasakah, Syria, on Thursday. On Friday the SDF said "
                 "its units and the internal security forces known as the Asayish had fought the militants around "
                 "the prison.", "Armed clash", "government",
                 id="a-force-known-by-a-name-is-the-named-group"),
]


@pytest.mark.parametrize("text, sub, side", HAS_SIDE)
def test_the_event_has_the_side(text, sub, side):
    assert side in sides(of_type(text, sub))


@pytest.mark.parametrize("text, sub, side", HAS_NO_SIDE)
def test_the_event_does_not_have_the_side(text, sub, side):
    assert side not in sides(of_type(text, sub))


# (story, sub-event type): the event's second actor is civilians
CIVILIAN_VICTIMS = [
    pytest.param("Police and soldiers guarded the Eid markets of Kabul, Afghanistan, on Friday. "
                 "Islamic State said one of its fighters carried out a suicide bombing in Kabul on Saturday and "
                 "that it targeted Hazaras.", "Suicide bomb",
                 id="a-group-claiming-a-bombing-aimed-at-a-faith-community-targeted-civilians"),
    pytest.param("Armenia's defence ministry said Azerbaijani artillery shelled the village of Berd on Tuesday, "
                 "damaging three houses and killing a woman.", SHELLING,
                 id="houses-hit-by-shelling-that-killed-a-woman-have-civilian-victims"),
    pytest.param("Ukraine's governor said Russian forces shelled residential districts of Kharkiv on Tuesday. "
                 "He gave no casualty figures.", SHELLING,
                 id="residential-districts-shelled-are-civilians-targeted"),
    pytest.param("An Israeli air strike hit a camp for displaced people in Rafah on Tuesday.", "Air/drone strike",
                 id="a-strike-on-a-displaced-camp-hits-civilians"),
    pytest.param("A missile hit an apartment building in Zaporizhzhia, Ukraine, on Tuesday night, ripping off "
                 "its top floors. Regional officials said five civilians were killed.", SHELLING,
                 id="a-toll-told-after-a-strike-on-a-building-names-civilian-victims"),
    # students attacked are civilians (and not protesters: below)
    pytest.param("Gunmen from al-Shabaab stormed a college in Mandera, Kenya, on Thursday, shooting students in "
                 "their dormitories.", "Attack",
                 id="students-shot-by-gunmen-are-civilians"),
]


@pytest.mark.parametrize("text, sub", CIVILIAN_VICTIMS)
def test_the_second_actor_is_civilians(text, sub):
    e = of_type(text, sub)
    assert e.actor2 is not None and e.actor2.side == "civilian"


def test_students_shot_by_gunmen_are_not_protesters():
    e = of_type("Gunmen from al-Shabaab stormed a college in Mandera, Kenya, on Thursday, shooting students in "
                "their dormitories.", "Attack")
    assert "protesters" not in sides(e)


# (story, sub-event type, the side of the event's first actor)
FIRST_ACTOR_SIDE = [
    pytest.param("Islamic State claimed the bombing of a bus station in Kirkuk, Iraq, on Sunday. Police officials "
                 "say they believe the driver blew himself up.", "Suicide bomb", "jihadist",
                 id="speakers-who-say-what-they-believe-did-not-do-it"),
    # students marching are protesters
    pytest.param("Hundreds of students marched through Nairobi, Kenya, on Thursday to protest against fee rises.",
                 "Peaceful protest", "protesters",
                 id="students-who-march-are-still-protesters"),
]


@pytest.mark.parametrize("text, sub, side", FIRST_ACTOR_SIDE)
def test_the_first_actor_side(text, sub, side):
    e = of_type(text, sub)
    assert e.actor1 is not None and e.actor1.side == side


# (story, sub-event type, the sides of the event's two actors): the first event of that type
BOTH_SIDES = [
    pytest.param("Residents said Boko Haram fighters exchanged fire with soldiers guarding the town of Damboa, "
                 "Nigeria, on Monday, then went into the school where students had gathered.", "Armed clash",
                 {"jihadist", "government"},
                 id="a-battles-other-side-is-the-force-fought-not-the-people-named-after"),
    pytest.param("Baloch Liberation Army fighters hijacked a bus near Turbat, Pakistan, on Tuesday. "
                 "On Wednesday security forces launched an assault on the militants near Turbat.", "Armed clash",
                 {"government", "opposition"},
                 id="the-militants-fought-by-troops-are-the-one-group-the-report-names"),
]


@pytest.mark.parametrize("text, sub, expected", BOTH_SIDES)
def test_the_event_sides(text, sub, expected):
    assert sides(of_type(text, sub)) == expected


def test_shops_burnt_by_an_armed_group_have_no_civilian_second_actor():
    found = events_of("Boko Haram fighters raided the town of Gwoza in Nigeria on Monday night. Several shops in "
                      "the market were burnt.")
    burnt = [e for e in found if e.sub_event_type == "Looting/property destruction"]
    assert burnt and all("civilian" not in sides(e) for e in burnt)
