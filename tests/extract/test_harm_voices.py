"""A voice whose sentence tells no event but gives the harm done (a hospital treating the hurt, an embassy
confirming a national among the dead, a fire service counting casualties, a doctor on the wounded, "his party
said" he was beaten) is a further voice of the report's incident it speaks of, even paragraphs or posts later
(`claims._echo_voices`, `claims._harm_host`): the only incident, the one at the place its sentence names, or
the one told just before it. Near misses: a voice on something else, several incidents with none told just
before, a day other than the incident's, "his party said" it would go on protesting."""
from __future__ import annotations

import pytest

from voice_helpers import _events, _names, _one


def _kinds(e):
    return sorted(s.kind for s in e.sources)


BOMB = ("A car bomb went off outside a cinema in Kisumu on Saturday evening, killing a Dutch tourist and wounding "
        "several people, the interior ministry said.\n\nThe cinema was showing a film to a full house at the time.\n\n")


@pytest.mark.parametrize("line,kind", [
    ("Staff at Kisumu General Hospital said they had treated fourteen people for burns and cuts.", "medical"),
    ("The district clinic said it was treating nine patients, two of them children.", "medical"),
    ("The fire service said 300 people had sought treatment.", "medical"),
    ("The Dutch embassy confirmed that one of its citizens was among the dead.", "diplomats"),
    ("A doctor at the hospital said two of the injured were in critical condition.", "medical"),
])
def test_a_voice_on_the_harm_done_joins_the_one_incident(line, kind):
    e = _one(_events(BOMB + line), "Remote explosive/landmine/IED")
    assert kind in _kinds(e), _names(e)
    assert e.status == "corroborated"  # the ministry and a second body that is no party


@pytest.mark.parametrize("line", [
    "Staff at Kisumu General Hospital said they would open a new wing next year.",
    "The fire service said it had been short of engines for months.",
    "The Dutch embassy said it would stay open on Monday.",
])
def test_a_voice_on_something_else_does_not_join(line):
    e = _one(_events(BOMB + line), "Remote explosive/landmine/IED")
    assert "medical" not in _kinds(e) and "diplomats" not in _kinds(e), _names(e)
    assert e.status == "reported"


def test_a_voice_on_harm_done_on_another_day_does_not_join():
    e = _one(_events(BOMB + "The fire service said three firefighters had been injured in a blaze on 2 March."),
             "Remote explosive/landmine/IED")
    assert "medical" not in _kinds(e), _names(e)


TWO = ("Gunmen attacked a police post in Kassala on Monday, killing two officers, the police said. Separately, a "
       "roadside bomb hit a minibus near Gedaref on Tuesday, killing three passengers, the governor said.\n\n"
       "Local markets stayed shut on Wednesday.\n\nTraders said prices had risen.\n\n")


def test_of_several_incidents_the_one_at_the_place_the_voice_names():
    events = _events(TWO + "A doctor at the Gedaref hospital said four of the wounded were in a serious condition.")
    bomb = _one(events, "Remote explosive/landmine/IED")
    assert "medical" in _kinds(bomb), _names(bomb)
    assert all("medical" not in _kinds(e) for e in events if e is not bomb)


def test_of_several_incidents_none_when_the_voice_names_no_place_and_none_was_told_just_before():
    events = _events(TWO + "A doctor said four of the wounded were in a serious condition.")
    assert all("medical" not in _kinds(e) for e in events), [(e.sub_event_type, _names(e)) for e in events]


RALLY = ("Police fired tear gas and beat marchers at a rally of the Popular Renewal Party in Lilongwe on Sunday, "
         "witnesses said.\n\n")


@pytest.mark.parametrize("line", [
    "Its leader, Amos Banda, was beaten with batons, his party said.",
    "Banda and two of his aides were treated for cuts, his party said in a statement.",
])
def test_his_party_is_the_party_named_before(line):
    e = _one(_events(RALLY + line), "Protest with intervention")
    assert "Popular Renewal Party" in _names(e), _names(e)


def test_his_party_on_something_else_does_not_join():
    e = _one(_events(RALLY + "Banda's supporters would march again next week, his party said."),
             "Protest with intervention")
    assert "Popular Renewal Party" not in _names(e), _names(e)


@pytest.mark.parametrize("line", [
    "Relatives said that several of those killed were students at the technical college.",
    "A cousin of one of the men said most of those who died were farmers from nearby villages.",
])
def test_relatives_on_those_killed_join_the_clash_just_told(line):
    text = ("Armed men raided a police station in Wajir on Friday night and 12 of them were shot dead, the police "
            "said. " + line)
    e = _one(_events(text), "Armed clash")
    assert "family" in _kinds(e), _names(e)


def test_relatives_on_those_killed_elsewhere_do_not_join():
    text = ("Armed men raided a police station in Wajir on Friday night and 12 of them were shot dead, the police "
            "said. Relatives said that several of those killed in the 1998 floods were never found.")
    e = _one(_events(text), "Armed clash")
    assert "family" not in _kinds(e), _names(e)


@pytest.mark.parametrize("line", [
    "The health ministry said 40 people had been injured across the region during the week.",
    "Hospitals said they had treated 200 people in the attacks on the border towns.",
])
def test_a_total_over_many_incidents_does_not_join(line):
    e = _one(_events(BOMB + line), "Remote explosive/landmine/IED")
    assert "medical" not in _kinds(e), _names(e)
