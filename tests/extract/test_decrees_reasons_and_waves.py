"""Sentences that name arrests, looting or protest without telling one incident (written for these tests):
- "powers of arrest" a decree grants are no arrest; "arrested over that fight" names the arrests' reason, no fight;
- right after history, "that fight" goes on with the history;
- crowds raiding shops loot, they fight no one; a wave told over two days and many places is no one event;
- a section's capitalised heading ("LOOTING.") is no event; banging pots and pans is a protest."""
from sitroom.fuse import fuse
from sitroom.pipeline import analyze_text

PUBLISHED = "2024-03-11T10:00:00Z"  # a Monday


def subs(text: str):
    return sorted(e.sub_event_type for e in fuse(analyze_text(text, PUBLISHED).claims))


def test_powers_of_arrest_a_decree_grants_are_no_arrest():
    assert subs("A curfew that gives the police wider powers of arrest came into force in Lagos at midnight.") == []
    assert subs("The army was given the power to detain suspects without charge in Kano on Sunday.") == []


def test_arrests_made_under_new_powers_are_arrests():
    # near miss: the arrests are made; the powers are only how
    assert subs("Police arrested 40 suspects in Lagos on Sunday under the new emergency powers.") == ["Arrests"]


def test_the_fight_people_were_arrested_over_is_no_second_event():
    text = ("Soldiers clashed with gunmen in Kano on Sunday, killing four. "
            "Officials said several people had been arrested over that fight.")
    assert "Attack" not in subs(text)
    assert subs(text).count("Armed clash") == 1


def test_that_fight_after_history_is_history():
    text = ("The marchers had demanded an inquiry into a brawl on 2 January at a market in Kano in which two traders "
            "were killed. Officials said several people had been arrested over that fight.")
    assert subs(text) == []


def test_crowds_raiding_shops_are_no_armed_clash():
    assert "Armed clash" not in subs("Crowds raided supermarkets and small shops in the Ikeja district of Lagos on Sunday.")
    assert subs("Crowds raided supermarkets and small shops in the Ikeja district of Lagos on Sunday.")


def test_a_wave_over_two_days_and_many_places_is_no_event():
    assert subs("Crowds raided supermarkets and small shops on Saturday and Sunday in dozens of districts of Lagos "
                "and in several states.") == []
    assert subs("Several people died in and around Kano during looting on Saturday and Sunday, officials said.") == []


def test_one_day_at_one_place_stays_an_event():
    # near misses: one day and one town
    assert subs("Two people died during looting in Kano on Sunday, officials said.")
    assert subs("Crowds looted a warehouse in Kano on Saturday and Sunday.")


def test_a_capitalised_section_heading_is_no_event():
    text = "LOOTING.\nCrowds looted a warehouse in Kano on Sunday."
    assert subs(text) == subs("Crowds looted a warehouse in Kano on Sunday.")
    assert len(subs(text)) == 1


def test_banging_pots_and_pans_is_a_protest():
    assert subs("On Sunday night thousands of people came out onto their balconies across Lagos, banging pots and pans "
                "against the fuel price rise.") == ["Peaceful protest"]


def test_pots_and_pans_in_a_kitchen_are_no_protest():
    # near miss: pots named with no banging
    assert subs("Aid workers handed out pots and pans to families in Kano on Sunday.") == []
