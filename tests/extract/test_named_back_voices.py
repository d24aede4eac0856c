"""A voice the report names again in a shorter form is the voice named before, and a state body named by a common
noun speaks (README "Data model": each voice a source): a body's initials after its full name ("The General
Security Directorate said ... The GSD said") are that body; "the channel's staff said" after "the offices of the X
television channel" is the X channel; "the security cabinet said" is a voice of its own, not the minister who
spoke before. Near misses: initials no earlier voice has, a channel told by no name, a cabinet maker."""
from __future__ import annotations

from sitroom.extract.sources import resolve_source
from voice_helpers import _events, _one, _names


RIOT = ("Protesters set fire to cars and smashed shop windows in central Amman on Friday night, the Civil Defence "
        "Directorate said. The General Security Directorate said 40 people were arrested. ")


def test_initials_after_the_full_name_are_that_body():
    e = _one(_events(RIOT + "The GSD said the rioters had thrown stones at officers."), "Violent demonstration")
    assert "GSD" not in _names(e), _names(e)
    assert any("Security Directorate" in n for n in _names(e)), _names(e)


def test_initials_no_earlier_voice_has_stay_as_they_are():
    e = _one(_events(RIOT + "The NRC said the rioters had thrown stones at officers."), "Violent demonstration")
    assert "NRC" in _names(e), _names(e)


def test_the_channels_staff_are_the_channel_named_before():
    e = _one(_events("Masked gunmen stormed the Mosul offices of the Sama television channel on Saturday, smashed "
                     "equipment and beat two employees, the channel's staff said."), "Attack")
    assert _names(e) == ["Sama"]


def test_a_channel_told_by_no_name_stays_the_channel():
    e = _one(_events("Masked gunmen stormed the Mosul offices of a television channel on Saturday, smashed "
                     "equipment and beat two employees, the channel's staff said."), "Attack")
    assert _names(e) == ["channel's staff"]


def test_the_security_cabinet_speaks_for_itself():
    e = _one(_events("Gunmen attacked an army patrol in the town of Baidoa on Thursday, Defence Minister Ali Hassan "
                     "said. Hassan said the cabinet decided in the evening to pull the troops back. The security "
                     "cabinet said on Friday that six people had died in the fighting."), "Armed clash")
    assert "security cabinet" in _names(e), _names(e)
    assert e.status == "claimed"  # the minister and the cabinet: the same state's voice


def test_a_cabinet_maker_is_no_state_body():
    assert resolve_source("the cabinet maker", "the cabinet maker said", 0, 20, None, "Somalia") is None
    assert resolve_source("the war cabinet", "the war cabinet said", 0, 20, None, "Somalia").kind == "government"


# people who lived through an attack and got away speak as people on the spot do
def test_people_who_fled_the_district_are_people_on_the_spot():
    e = _one(_events("People who fled Dorley to the coast said rebels went from house to house in the district on "
                     "Monday, killing civilians and burning homes."), "Attack")
    assert [s.kind for s in e.sources] == ["witnesses"], [(s.name, s.kind) for s in e.sources]


def test_those_who_escaped_or_survived_are_people_on_the_spot_but_gunmen_who_escaped_are_not():
    for phrase in ("two girls who escaped", "a woman who survived the attack", "families who fled the town"):
        assert resolve_source(phrase, phrase + " said", 0, 20, None, "Nigeria").kind == "witnesses", phrase
    assert resolve_source("gunmen who escaped", "gunmen who escaped said", 0, 20, None, "Nigeria") is None


# "A ministry spokesman said" after "The interior ministry said": the interior ministry's spokesman
def test_a_spokesman_named_by_the_bodys_head_noun_speaks_for_the_body_named_before():
    e = _one(_events("Riot police fired tear gas and rubber bullets at protesters in Manama on Thursday, killing two "
                     "people, doctors said. The interior ministry said security forces had cleared the square. "
                     "A ministry spokesman said 50 policemen were hurt."), "Excessive force against protesters")
    assert "interior ministry" in _names(e) and "ministry" not in _names(e), _names(e)


def test_a_ministry_spokesman_with_no_ministry_before_stays_as_he_is():
    e = _one(_events("Riot police fired tear gas and rubber bullets at protesters in Manama on Thursday, killing two "
                     "people, doctors said. A ministry spokesman said 50 policemen were hurt."),
             "Excessive force against protesters")
    assert "ministry" in _names(e), _names(e)
