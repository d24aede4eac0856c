"""Forms of speakers news uses that must be read as voices (README "Data model", source and status): an armed
group named as itself, not by the acronym ACLED files it under; a state's border or coast guard; a speaker
that "gives a different account"; the channel of a statement before its speaker ("In a statement they say");
"both sides say" — the opposing parties agreeing."""
from __future__ import annotations

import pytest

from sitroom.analyze.cues import find_attributions
from sitroom.extract.sources import resolve_source
from sitroom.fuse import fuse
from sitroom.pipeline import analyze_text
from voice_helpers import _one, _names


def _events(text: str, published: str = "2024-04-11T18:00:00Z"):
    return fuse(analyze_text(text, published, outlet="test desk").claims)


def _source(phrase, country):
    return resolve_source(phrase, f"{phrase} said", 0, len(phrase), None, country)


# ------------------------------------------------------------------ an armed group speaks under its own name

@pytest.mark.parametrize("phrase,country,name", [
    ("a spokesman for Lashkar-e-Taiba", "India", "Lashkar-e-Taiba"),
    ("the outlawed Baloch Liberation Army (BLA)", "Pakistan", "Baloch Liberation Army"),
])
def test_a_group_is_named_without_the_acronym_it_is_filed_under(phrase, country, name):
    src = _source(phrase, country)
    assert src is not None and src.kind == "armed group"
    assert src.name == name
    assert src.party  # still the group's party


def test_a_group_without_a_filing_acronym_keeps_its_name():
    src = _source("the Islamic State", "Iraq")
    assert src is not None and src.name == "Islamic State"


# ------------------------------------------------------------------ border and coast guards are state forces

@pytest.mark.parametrize("phrase,country,party", [
    ("Estonia's border guard service", "Estonia", "Estonia"),
    ("the Latvian border troops", "Estonia", "Latvia"),
    ("the coast guard", "Estonia", None),
])
def test_a_border_or_coast_guard_is_a_states_voice(phrase, country, party):
    src = _source(phrase, country)
    assert src is not None and src.party, src
    if party:
        assert src.party == party


def test_a_border_town_is_no_speaker():
    assert _source("the border town", "Estonia") is None


def test_a_border_service_telling_fire_on_its_posts_claims_the_clash():
    text = ("Uzbekistan's border service says Turkmen troops opened fire on Uzbek border posts near Termez on "
            "Thursday morning and that its guards fired back.")
    events = _events(text)
    assert events
    e = events[0]
    assert any("border service" in n for n in _names(e)), _names(e)
    assert e.status == "claimed"  # one party alone


# ------------------------------------------------------------------ "gives a different account"; "In a statement they"

def test_giving_a_different_account_is_speaking():
    atts = find_attributions("The Turkmen border troops gave a different account of the incident.")
    assert [a.text for a in atts] == ["The Turkmen border troops"]


@pytest.mark.parametrize("sentence", [
    "The minister gave a speech in the square.",
    "They gave the account number to the bank.",
])
def test_giving_something_else_is_no_speech(sentence):
    assert find_attributions(sentence) == []


def test_the_channel_of_a_statement_is_not_part_of_the_speaker():
    atts = find_attributions("In a statement they say soldiers shelled three villages.")
    assert [a.text for a in atts] == ["they"]
    atts = find_attributions("In the statement the ministry said ten people died.")
    assert [a.text for a in atts] == ["the ministry"]


def test_a_place_before_the_speaker_is_not_a_statement():
    # (the statement's issuer stays in the speaker's words: "from the army" says whose it is, not where it was made)
    atts = find_attributions("A statement from the army said ten people died.")
    assert [a.text for a in atts] == ["A statement from the army"]
    atts = find_attributions("A reporter from the BBC in Goma said ten people died.")
    assert [a.text for a in atts] == ["A reporter"]


def test_the_other_side_giving_its_account_is_a_voice_of_its_own():
    text = ("Uzbekistan's border service says Turkmen troops opened fire on Uzbek border posts near Termez on "
            "Thursday.\n\nThe Turkmen border troops give a different account. In a statement they say Uzbek forces "
            "shelled Turkmen villages near Kerki on Thursday.")
    events = _events(text)
    voices = {n for e in events for n in _names(e)}
    assert any("Turkmen border troops" == n for n in voices), voices
    assert not any(n.startswith("unnamed") for n in voices), voices


# ------------------------------------------------------------------ "both sides say": opposing parties agree

@pytest.mark.parametrize("phrase,name", [
    ("both sides", "both sides"),
    ("the two governments", "two governments"),
])
def test_both_sides_is_one_source_of_its_own_kind(phrase, name):
    src = _source(phrase, "Estonia")
    assert src is not None and src.kind == "both sides" and src.name == name


@pytest.mark.parametrize("phrase", ["both sides of the border", "residents on both sides"])
def test_a_place_or_people_on_both_sides_is_not_the_parties(phrase):
    src = _source(phrase, "Estonia")
    assert src is None or src.kind != "both sides"


def test_an_agreement_both_sides_announce_is_corroborated():
    text = ("The army chiefs of Uzbekistan and Turkmenistan agreed a ceasefire near Termez on Thursday "
            "afternoon, both sides said.")
    e = _one(_events(text), "Agreement")
    assert _names(e) == ["both sides"]
    assert e.status == "corroborated"


# ------------------------------------------------------------------ bodies named together; a country as speaker

def test_two_ministries_named_together_are_a_state_voice():
    src = _source("the interior and defence ministries", "Morocco")
    assert src is not None and src.party == "Morocco"
    assert src.name == "interior and defence ministries"


def test_the_two_ministries_later_are_the_ministries_named_before():
    text = ("Soldiers killed 12 gunmen who attacked an army post in the town of Tata on Monday, the interior and "
            "defence ministries said.\n\n"
            "According to a joint statement by the two ministries, the gunmen also killed four civilians in Tata "
            "on Monday.")
    events = _events(text, published="2024-04-08T18:00:00Z")
    names = {n for e in events for n in _names(e)}
    assert names == {"interior and defence ministries"}, names


@pytest.mark.parametrize("phrase,party", [("Morocco", "Morocco"), ("the United States", "United States")])
def test_a_country_named_as_speaker_is_its_government(phrase, party):
    src = _source(phrase, "Morocco")
    assert src is not None and src.kind == "government" and src.party == party


@pytest.mark.parametrize("phrase", ["Moroccan", "Mary Jordan"])
def test_an_adjective_or_a_persons_name_is_no_country_speaking(phrase):
    src = _source(phrase, "Morocco")
    assert src is None or not src.party


# ------------------------------------------------------------------ people on the spot who heard the fight

def test_residents_who_heard_the_fighting_are_a_voice_for_the_clash():
    text = ("Soldiers killed nine gunmen who attacked an army post in the town of Tata on Monday, the defence "
            "ministry said. The gunmen also killed two shepherds, the ministry said.\n\n"
            "Residents said they had been woken by heavy gunfire and explosions.")
    e = _one(_events(text, published="2024-04-08T18:00:00Z"), "Armed clash")
    assert "residents" in _names(e), _names(e)
    assert e.status == "corroborated"  # a party and the people on the spot


def test_residents_saying_fighters_fired_on_the_troops_join_the_clash_just_told():
    text = ("A soldier was killed by gunfire in Tata on Monday night as troops left the town, the army said. "
            "Residents said fighters fired on the withdrawing troops.")
    e = _one(_events(text, published="2024-04-08T23:00:00Z"), "Armed clash")
    assert "residents" in _names(e), _names(e)
    assert e.status == "corroborated"


def test_residents_hearing_no_gunfire_are_no_voice_for_it():
    text = ("Soldiers killed nine gunmen who attacked an army post in the town of Tata on Monday, the defence "
            "ministry said. Residents said they had heard no gunfire.")
    e = _one(_events(text, published="2024-04-08T18:00:00Z"), "Armed clash")
    assert "residents" not in _names(e), _names(e)


def test_residents_telling_of_gunfire_elsewhere_are_no_voice_for_the_clash():
    text = ("Soldiers killed nine gunmen who attacked an army post in the town of Tata on Monday, the defence "
            "ministry said. Residents of Agadir said they had heard gunfire.")
    e = _one(_events(text, published="2024-04-08T18:00:00Z"), "Armed clash")
    assert "residents" not in _names(e), _names(e)


def test_residents_after_a_protest_are_no_voice_for_a_fight():
    text = ("Thousands of people marched peacefully through the centre of Tata on Monday, organisers said. "
            "Residents said they had heard fireworks and shouting.")
    events = _events(text, published="2024-04-08T18:00:00Z")
    assert not any(e.event_type in ("Battles", "Explosions/Remote violence") for e in events), \
        [(e.sub_event_type, _names(e)) for e in events]


# ------------------------------------------------------------------ a group's name that goes on past "in the"

def test_a_groups_name_with_in_the_is_not_cut_at_the_place_word():
    text = ("Gunmen attacked a hotel in Bamako on Friday, killing 20 people, officials said. "
            "Al-Qaeda in the Islamic Maghreb (AQIM) said it carried out the attack.")
    e = _one(_events(text, published="2016-01-16T12:00:00Z"), "Attack")
    assert "Al Qaeda in the Islamic Maghreb" in _names(e), _names(e)


def test_a_group_speaking_from_a_place_keeps_its_own_name():
    text = "Hamas in the Gaza Strip said its fighters attacked an Israeli tank near Rafah on Friday."
    events = _events(text, published="2016-01-16T12:00:00Z")
    assert events and all("Gaza Strip" not in n for e in events for n in _names(e)), \
        [_names(e) for e in events]


# ------------------------------------------------------------------ "disputed" as the adjective of a contested land

def test_a_fight_along_a_disputed_border_is_not_disputed():
    text = ("Uzbek and Turkmen troops fought along their disputed border near Termez on Thursday with mortars "
            "and machine guns, the Uzbek defence ministry said.")
    events = _events(text)
    assert events and all(e.status != "contested" for e in events), [(e.sub_event_type, e.status) for e in events]


def test_a_ministry_that_disputed_the_account_still_contests_it():
    text = ("Uzbek troops shelled a Turkmen village near Kerki on Thursday, Turkmen officials said. "
            "The Uzbek defence ministry disputed that its troops had shelled the village.")
    events = _events(text)
    assert any(e.status == "contested" for e in events), [(e.sub_event_type, e.status) for e in events]


def test_witnesses_in_another_live_update_are_no_voice_for_the_fight_told_in_this_one():
    text = ("LIVE - Siege at Garissa college\n\n"
            "11:30 - Police say commandos clashed with the gunmen at the college hostel in Garissa on Thursday.\n\n"
            "07:15 - Witnesses say the attackers first shot the guards at the gate and then went in, spraying "
            "gunfire.")
    events = _events(text, published="2015-04-02T12:00:00Z")
    clash = [e for e in events if e.sub_event_type == "Armed clash"]
    assert clash and all("witnesses" not in _names(e) for e in clash), [(e.sub_event_type, _names(e)) for e in events]


# ------------------------------------------------------------------ the losing side confirming "the withdrawal"

def test_the_losing_sides_media_confirming_the_withdrawal_is_a_voice_for_the_taking():
    text = ("Rebels captured the town of Kafr Nabl on Tuesday after two days of fighting, a monitoring group said.\n\n"
            "State television confirmed the withdrawal. It said troops had left the town to spare civilians.")
    events = _events(text, published="2019-05-22T18:00:00Z")
    taken = [e for e in events if e.sub_event_type == "Non-state actor overtakes territory"]
    assert taken and any("television" in n.lower() for n in _names(taken[0])), \
        [(e.sub_event_type, _names(e)) for e in events]


def test_confirming_a_visit_is_no_voice_for_the_taking():
    text = ("Rebels captured the town of Kafr Nabl on Tuesday after two days of fighting, a monitoring group said.\n\n"
            "State television confirmed the minister's visit to Hama.")
    events = _events(text, published="2019-05-22T18:00:00Z")
    taken = [e for e in events if e.sub_event_type == "Non-state actor overtakes territory"]
    assert taken and not any("television" in n.lower() for n in _names(taken[0])), \
        [(e.sub_event_type, _names(e)) for e in events]
