"""Demonstrations told by their purpose, lethal force by the state at a demonstration, and people seized
(branch chalfix); texts written for these tests in the project's own words (no eval text).

ACLED: a crowd that gathers "to demand" or "calling for" something demonstrates; the state's forces killing
demonstrators is excessive force against protesters; a person seized is taken captive, not ground taken.
"""
from __future__ import annotations

from datetime import datetime, timezone

from sitroom.fuse import fuse
from sitroom.pipeline import analyze_text

PUBLISHED = datetime(2024, 11, 20, 12, tzinfo=timezone.utc)  # a Wednesday


def subtypes(text: str) -> set[str]:
    return {e.sub_event_type for e in fuse(analyze_text(text, PUBLISHED).claims)}


def test_a_gathering_to_demand_is_a_protest():
    assert subtypes("Angry villagers gathered outside the police station in Kisumu on Monday to demand the "
                    "release of a chief.") == {"Peaceful protest"}


def test_an_assembly_calling_for_something_is_a_protest():
    assert subtypes("Hundreds of nurses assembled outside the health ministry in Accra on Tuesday, calling for "
                    "unpaid wages.") == {"Peaceful protest"}


def test_a_gathering_with_no_purpose_of_protest_is_none():
    # mourners gathered to bury their dead: no demand, no protest
    assert subtypes("Relatives gathered at the cemetery in Accra on Tuesday to bury the victims of the fire.") == set()


def test_soldiers_killing_a_crowd_of_demonstrators_is_excessive_force():
    assert subtypes("Thousands marched through Mandalay on Sunday against the coup, and soldiers killed at least "
                    "nine of them with rifle fire.") == {"Excessive force against protesters"}


def test_policemen_killed_at_a_march_is_still_a_violent_demonstration():
    # the force is the victim (passive), not the doer
    assert subtypes("Thousands marched through Mandalay on Sunday against the coup; two policemen were killed "
                    "by stones.") == {"Violent demonstration"}


def test_a_person_seized_is_abducted_not_ground_taken():
    assert subtypes("Gunmen seized a local journalist outside his office in Gao on Tuesday.") \
        == {"Abduction/forced disappearance"}


def test_a_town_seized_is_still_territory():
    assert subtypes("Rebels seized the town of Walikale on Monday after government troops withdrew.") <= {
        "Non-state actor overtakes territory", "Non-violent transfer of territory"}
    assert subtypes("Rebels seized the town of Walikale on Monday after government troops withdrew.")
