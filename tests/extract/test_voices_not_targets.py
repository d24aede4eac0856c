"""Voices and the parts they play: a civil defence that speaks is the report's voice, not the strike's target
(no civilian victims follow from it); a state force telling of weapons stopped with no one named stopping them
is who stopped them. Texts written for these tests (no eval text)."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from sitroom.fuse import fuse
from sitroom.ingest import make_report
from sitroom.pipeline import analyze_report

PUBLISHED = datetime(2024, 3, 20, 12, tzinfo=timezone.utc)
STRIKE = "Air/drone strike"
DISRUPTED = "Disrupted weapons use"


def _supporting(text: str, sub: str):
    """The claims of sub-event type `sub` the text tells as having happened."""
    return [c for c in analyze_report(make_report(text, published=PUBLISHED)).claims
            if c.polarity == "supports" and c.sub_event_type == sub]


@pytest.mark.parametrize("text", [
    pytest.param("Jets carried out air strikes on villages near Idlib on Monday, according to the civil defence.",
                 id="according-to-the-civil-defence"),
    pytest.param("Jets carried out air strikes on villages near Idlib on Monday, civil defence workers said.",
                 id="civil-defence-workers-said"),
])
def test_civil_defence_as_voice_adds_no_civilians(text):
    found = _supporting(text, STRIKE)
    assert found and all(c.actor2 is None or c.actor2.side != "civilian" for c in found)


@pytest.mark.parametrize("text", [
    # near misses: the civil defence (or an ambulance) was what the strike hit
    pytest.param("A drone strike hit a civil defence centre in Idlib on Monday.", id="a-civil-defence-centre-hit"),
    pytest.param("A drone struck an ambulance in Idlib on Monday, the civil defence said.",
                 id="an-ambulance-hit-the-civil-defence-said"),
])
def test_civil_defence_hit_has_civilian_victims(text):
    found = _supporting(text, STRIKE)
    assert found and found[0].actor2 is not None and found[0].actor2.side == "civilian"


ROCKETS = "Militants fired rockets at Haifa on Monday. "


@pytest.mark.parametrize("tail", [
    pytest.param("The army said rockets fired at Kiryat Shmona in the evening were intercepted.",
                 id="the-army-said-rockets-were-intercepted"),
    pytest.param("Police said a bomb left outside the station in Haifa on Monday was defused.",
                 id="police-said-a-bomb-was-defused"),
])
def test_state_voice_stopped_the_weapons(tail):
    found = _supporting(ROCKETS + tail, DISRUPTED)
    assert found and found[0].actor1 is not None and found[0].actor1.inter == 1


def test_an_armed_group_voice_is_not_who_stopped_the_weapons():
    # near miss: a rebel group telling that rockets were shot down did not shoot them down
    found = _supporting(ROCKETS + "Hamas said rockets fired at Haifa in the evening were intercepted.", DISRUPTED)
    assert found and (found[0].actor1 is None or "Hamas" not in found[0].actor1.name)


def _bombings(text: str):
    return [e for e in fuse(analyze_report(make_report(text, published=PUBLISHED)).claims)
            if e.event_type == "Explosions/Remote violence"]


@pytest.mark.parametrize("tail, civilian", [
    # the toll told after the blast names more civilians than soldiers: civilians were its victims
    pytest.param("Officials said 12 civilians and three soldiers were among the dead.", True,
                 id="mostly-civilians-dead"),
    # near miss: mostly soldiers died; the civilians are not made the target
    pytest.param("Officials said two civilians and nine soldiers were among the dead.", False,
                 id="mostly-soldiers-dead"),
])
def test_a_blast_that_mostly_killed_civilians_has_civilian_victims(tail, civilian):
    found = _bombings("A bomb exploded outside a church in Marawi during Sunday Mass. " + tail)
    assert len(found) == 1
    assert (found[0].actor2 is not None and found[0].actor2.side == "civilian") == civilian


HOUTHIS_IN_MARIB = "Houthi fighters attacked Yemeni army positions in Marib on Sunday. "


def _strikes_in(text: str, country: str):
    return [c for c in _supporting(text, STRIKE) if c.location is not None and c.location.country == country]


def test_a_strike_abroad_does_not_take_the_home_army_as_its_target():
    found = _strikes_in(HOUTHIS_IN_MARIB + "On Monday a Houthi drone hit the airport in Jizan, in southern Saudi "
                        "Arabia, setting a parked plane on fire.", "Saudi Arabia")
    assert found and all(c.actor2 is None or "Yemen" not in c.actor2.name for c in found)


def test_a_strike_at_home_still_takes_the_army_it_fights():
    # near miss: the strike fell in the army's own country, where the report's war is
    found = _strikes_in(HOUTHIS_IN_MARIB + "On Monday a Houthi drone hit a base in Marib.", "Yemen")
    assert found and found[-1].actor2 is not None and "Yemen" in found[-1].actor2.name
