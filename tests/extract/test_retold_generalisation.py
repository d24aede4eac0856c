"""Phenomena that the retold reports (examples/gold/retold.yaml) showed the rules knew in one wording only:
each test tells the phenomenon in several wordings of its own, and a near miss the rule must leave alone.
Texts written for these tests."""
from __future__ import annotations

from datetime import date

from sitroom.analyze.dates import find_dates
from sitroom.fuse import fuse
from sitroom.pipeline import analyze_text


def _events(text: str, published: str):
    return fuse(analyze_text(text, published).claims)


def _days(text: str, published: str) -> set[date]:
    return {e.event_date for e in _events(text, published)}


# -- a speaker set off by commas after what was said: the day in the clause that trails it is no reported day --

WIRE_TAG = """Gunmen raid market in western Niger

NIAMEY, March 7 - Gunmen who raided a cattle market in Tillaberi on Friday afternoon killed 12 traders, the regional governor said{tail}

According to witnesses, the attackers arrived on motorbikes and opened fire on the traders.
"""


def test_a_trailing_clause_after_a_postposed_speaker_does_not_date_the_story():
    for tail in (", after a manhunt that soldiers called off on Sunday morning.",
                 ", before troops sealed the area on Sunday.",
                 ", while the army said on Sunday it had sent reinforcements."):
        days = _days(WIRE_TAG.format(tail=tail), "2021-03-07T09:00:00Z")
        assert days == {date(2021, 3, 5)}, (tail, days)


def test_a_day_the_speaker_reports_still_dates_the_story():
    # near miss: "the governor said gunmen killed ... on Sunday": the day after the verb is the reported day
    text = ("Gunmen raid market in western Niger\n\nNIAMEY, March 8 - The regional governor said gunmen killed 12 "
            "traders at a cattle market in Tillaberi on Sunday.\n\nAccording to witnesses, the attackers arrived on "
            "motorbikes and opened fire on the traders.\n")
    assert _days(text, "2021-03-08T09:00:00Z") == {date(2021, 3, 7)}


# -- "since <clause> <date>": the date dates the start of a state, not the event --

def test_a_date_ending_a_since_clause_is_the_start_of_a_state():
    ref = date(2004, 4, 29)
    for text in ("the bloodiest day since unrest in the region intensified early this year",
                 "the worst toll since the violence began in January",
                 "the first attack since the army arrived on Monday",
                 "the heaviest fighting since the truce broke down last month"):
        found = [d for d in find_dates(text, ref=ref) if d.value is not None]
        assert found and all(d.relation == "since" for d in found), (text, found)


def test_a_date_after_a_since_clause_is_still_the_event_day():
    ref = date(2004, 4, 29)
    # near misses: the day of the event itself, and "since" heading the sentence as "because"
    for text in ("Gunmen killed three people on Monday.",
                 "Rebels attacked the town on Monday, since when the army has shelled it."):
        found = [d for d in find_dates(text, ref=ref) if d.value is not None]
        assert found and found[0].relation == "on", (text, found)


def test_a_since_clause_in_a_lede_does_not_move_the_story_to_the_first_of_january():
    text = ("Troops kill 40 raiders in the south\n\nPATTANI, Thailand, April 29 - Soldiers killed 40 attackers on "
            "Wednesday after raids on police posts, the army said. Four soldiers also died, the army added, in the "
            "deadliest day since unrest in the region flared early this year.\n\nThe heaviest fighting was at a "
            "police post in Yala town, where soldiers fought the attackers for several hours.\n")
    days = _days(text, "2004-04-29T06:00:00Z")
    assert date(2004, 1, 1) not in days and date(2004, 4, 28) in days, days


# -- a monitor's item labels in capitals: "ANDIJAN, night of 12-13 May." places the item; a heading that lists the
# report's places places none of its lines --

MONITOR = """REGIONAL MONITOR - DAILY SUMMARY
Nigeria: Maiduguri and Damboa, 8-9 March 2019 (issued 10 March)

1. MAIDUGURI, night of 8-9 March. {first}

2. DAMBOA, Saturday. Gunmen attacked a police post in the town and seized weapons, police said.
"""


def _places(text: str, published: str = "2019-03-10T08:00:00Z") -> dict[str, str | None]:
    return {e.sub_event_type: (e.location.name if e.location else None) for e in _events(text, published)}


def test_a_capitals_item_label_places_the_lines_under_it():
    for first in ("Soldiers opened fire on a crowd of protesters near the market, killing three, witnesses said.",
                  "Soon after midnight, troops fired on a large crowd of demonstrators, killing three, residents said.",
                  "Three protesters were killed when soldiers kept shooting at the crowd, witnesses said."):
        places = _places(MONITOR.format(first=first))
        assert places.get("Excessive force against protesters") == "Maiduguri", (first, places)
        assert "Damboa" in places.values(), (first, places)


def test_a_heading_naming_one_place_still_places_its_section():
    # near miss: a heading with one town is that town's section
    text = ("REGIONAL MONITOR\n"
            "Nigeria: Maiduguri, 9 March 2019\n\nSoldiers opened fire on a crowd of protesters near the market, "
            "killing three, witnesses said.\n")
    assert _places(text).get("Excessive force against protesters") == "Maiduguri"


def test_a_capitals_dateline_is_no_item_label():
    from sitroom.extract.claims import CAPS_HEAD_LABEL
    for label in ("ANDIJAN, night of 12-13 May.", "GOMA, airport area.", "QORASUV, Saturday.", "BABUR SQUARE, Friday"):
        assert CAPS_HEAD_LABEL.match(label), label
    # near misses: a wire story's dateline with its story, a line in title case
    for line in ("KABUL, May 3 (Reuters) - Gunmen attacked a police post on Monday, officials said.",
                 "Andijan, the regional capital."):
        assert not CAPS_HEAD_LABEL.match(line), line


def test_an_acronym_heading_a_sentence_places_nothing():
    # near miss: "UNICEF, the children's agency, ..." has the label's shape but names no place: the next line is
    # placed by its own words
    text = ("UNICEF, the children's agency, said schools were shut.\n\nGunmen attacked a police post in Damboa "
            "on Saturday, police said.\n")
    assert _places(text) == {"Armed clash": "Damboa"}


# -- fire on a crowd told with an adjective or a progressive verb; a wound told by the round that hit --

def test_fire_on_a_crowd_in_other_wordings():
    from sitroom.extract.lexicon import find_cues
    for s in ("Troops fired on a large crowd in the square.", "Soldiers kept shooting at the crowd for an hour.",
              "Police were firing into the packed crowd outside the stadium."):
        assert any(c.role == "protest_force" for c in find_cues(s)), s
    # near miss: fire at a crowd of shoppers is an attack on civilians, not on a gathering
    assert not any(c.role == "protest_force" for c in find_cues("Gunmen kept shooting at a crowd of shoppers."))


def test_a_wound_told_by_the_round_that_hit():
    from sitroom.extract.lexicon import find_cues
    for s in ("The boy was struck in the chest by a bullet.", "Two women were hit by gunfire near the mosque.",
              "A child had been caught by a stray round.", "He was wounded in the leg by shrapnel."):
        assert any(c.role == "injure" for c in find_cues(s)), s
    for s in ("The boy was struck by a car.", "Two houses were hit by a falling tree."):
        assert not any(c.role == "injure" for c in find_cues(s)), s
