"""Whom a blast or strike hit: a force the report names is its target only when the sentence says so;
civilians are its target when people were hurt or named as the target, not when only buildings were damaged.
Texts written for these tests (no eval text)."""
from datetime import datetime, timezone

from sitroom.fuse import fuse
from sitroom.ingest import make_report
from sitroom.pipeline import analyze_report

PUBLISHED = datetime(2024, 5, 14, 12, tzinfo=timezone.utc)


def events_of(text: str):
    return fuse(analyze_report(make_report(text, published=PUBLISHED)).claims)


def of_type(text: str, sub: str):
    found = [e for e in events_of(text) if e.sub_event_type == sub]
    assert found, [(e.sub_event_type, e.actor1, e.actor2) for e in events_of(text)]
    return found[0]


def sides(e) -> set[str]:
    return {a.side for a in (e.actor1, e.actor2) if a is not None}


# ---- class 1: a planted device's target is told by its sentence, not taken from the report's cast

def test_a_blown_up_railway_line_has_no_state_target():
    e = of_type("Soldiers fought Baloch Liberation Army fighters near Turbat in Pakistan on Monday. "
                "On Tuesday the militants blew up a stretch of railway line near Sibi.",
                "Remote explosive/landmine/IED")
    assert "government" not in sides(e)


def test_a_roadside_bomb_that_hits_an_army_patrol_has_the_army_as_target():
    e = of_type("Soldiers fought Baloch Liberation Army fighters near Turbat in Pakistan on Monday. "
                "On Tuesday a roadside bomb hit an army patrol near Sibi.",
                "Remote explosive/landmine/IED")
    assert "government" in sides(e)


def test_troops_nearby_when_a_shrine_was_blown_up_were_not_its_target():
    e = of_type("Islamic State militants detonated explosives inside the old shrine in Tal Afar, Iraq, on Friday, "
                "when Iraqi soldiers were a few hundred metres away.", "Remote explosive/landmine/IED")
    assert "government" not in sides(e)


def test_soldiers_told_killed_in_the_time_clause_were_hit():
    e = of_type("Islamic State militants detonated a car bomb near Tal Afar, Iraq, on Friday as an army convoy "
                "passed, killing four soldiers.", "Remote explosive/landmine/IED")
    assert "government" in sides(e)


def test_a_group_claiming_a_bombing_aimed_at_a_faith_community_targeted_civilians():
    e = of_type("Police and soldiers guarded the Eid markets of Kabul, Afghanistan, on Friday. "
                "Islamic State said one of its fighters carried out a suicide bombing in Kabul on Saturday and "
                "that it targeted Hazaras.", "Suicide bomb")
    assert e.actor2 is not None and e.actor2.side == "civilian"


def test_speakers_who_say_what_they_believe_did_not_do_it():
    e = of_type("Islamic State claimed the bombing of a bus station in Kirkuk, Iraq, on Sunday. Police officials "
                "say they believe the driver blew himself up.", "Suicide bomb")
    assert e.actor1 is not None and e.actor1.side == "jihadist"


# ---- class 2: buildings damaged with no one hurt have no civilian second actor

def test_houses_damaged_by_shelling_with_no_one_hurt_have_no_civilian_victims():
    e = of_type("Armenia's defence ministry said Azerbaijani artillery shelled the village of Berd on Tuesday, "
                "damaging three houses.", "Shelling/artillery/missile attack")
    assert "civilian" not in sides(e)


def test_houses_hit_by_shelling_that_killed_a_woman_have_civilian_victims():
    e = of_type("Armenia's defence ministry said Azerbaijani artillery shelled the village of Berd on Tuesday, "
                "damaging three houses and killing a woman.", "Shelling/artillery/missile attack")
    assert e.actor2 is not None and e.actor2.side == "civilian"


def test_residential_districts_shelled_are_civilians_targeted():
    e = of_type("Ukraine's governor said Russian forces shelled residential districts of Kharkiv on Tuesday. "
                "He gave no casualty figures.", "Shelling/artillery/missile attack")
    assert e.actor2 is not None and e.actor2.side == "civilian"


def test_a_strike_on_a_displaced_camp_hits_civilians():
    e = of_type("An Israeli air strike hit a camp for displaced people in Rafah on Tuesday.", "Air/drone strike")
    assert e.actor2 is not None and e.actor2.side == "civilian"


def test_a_toll_told_after_a_strike_on_a_building_names_civilian_victims():
    e = of_type("A missile hit an apartment building in Zaporizhzhia, Ukraine, on Tuesday night, ripping off "
                "its top floors. Regional officials said five civilians were killed.",
                "Shelling/artillery/missile attack")
    assert e.actor2 is not None and e.actor2.side == "civilian"


def test_shops_burnt_by_an_armed_group_have_no_civilian_second_actor():
    found = events_of("Boko Haram fighters raided the town of Gwoza in Nigeria on Monday night. Several shops in "
                      "the market were burnt.")
    burnt = [e for e in found if e.sub_event_type == "Looting/property destruction"]
    assert burnt and all("civilian" not in sides(e) for e in burnt)


# ---- class 3: students attacked are civilians, students marching are protesters

def test_students_shot_by_gunmen_are_civilians_not_protesters():
    e = of_type("Gunmen from al-Shabaab stormed a college in Mandera, Kenya, on Thursday, shooting students in "
                "their dormitories.", "Attack")
    assert e.actor2 is not None and e.actor2.side == "civilian"
    assert "protesters" not in sides(e)


def test_students_who_march_are_still_protesters():
    e = of_type("Hundreds of students marched through Nairobi, Kenya, on Thursday to protest against fee rises.",
                "Peaceful protest")
    assert e.actor1 is not None and e.actor1.side == "protesters"


def test_a_battle_s_other_side_is_the_force_fought_not_the_people_named_after():
    e = of_type("Residents said Boko Haram fighters exchanged fire with soldiers guarding the town of Damboa, "
                "Nigeria, on Monday, then went into the school where students had gathered.", "Armed clash")
    assert sides(e) == {"jihadist", "government"}


# ---- classes 4 and 5: the named group, not an unidentified one, nor a described force of the state

def test_a_force_known_by_a_name_is_the_named_group():
    e = of_type("Islamic State fighters attacked a prison in Hasakah, Syria, on Thursday. On Friday the SDF said "
                "its units and the internal security forces known as the Asayish had fought the militants around "
                "the prison.", "Armed clash")
    assert "government" not in sides(e)


def test_the_militants_fought_by_troops_are_the_one_group_the_report_names():
    found = events_of("Baloch Liberation Army fighters hijacked a bus near Turbat, Pakistan, on Tuesday. "
                      "On Wednesday security forces launched an assault on the militants near Turbat.")
    clash = [e for e in found if e.sub_event_type == "Armed clash"]
    assert clash and sides(clash[0]) == {"government", "opposition"}
