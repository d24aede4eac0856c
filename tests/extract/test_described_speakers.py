"""Speakers the source registry does not know are still who the words say: a provincial premier is an
official, shop owners and traders are people on the spot, a leader's supporters speak as activists, an
operator company is a body; a speaker inside a relative clause does not speak for the sentence; a line break
ends a speaker's phrase; the report's own correspondent is the report's own voice."""
from __future__ import annotations


import pytest

from sitroom.extract.sources import resolve_source
from sitroom.fuse import fuse
from sitroom.models import SourceRef
from sitroom.pipeline import analyze_text


def _claims(text: str, published: str = "2021-06-08T18:00:00Z"):
    return analyze_text(text, published, outlet="test desk").claims


def _source_of(claims, words):
    found = [c for c in claims if any(words in x.text for x in c.evidence if x.field == "sentence")]
    assert found, [c.sub_event_type for c in claims]
    return found[0].source


@pytest.mark.parametrize("phrase,country,name,kind", [
    ("Western Cape premier Alan Winde", "South Africa", "Western Cape premier Alan Winde", "government"),
    ("market stall owners", "Kenya", "market stall owners", "witnesses"),
    ("a trader", "Nigeria", "trader", "witnesses"),
    ("her supporters", "Senegal", "her supporters", "activists"),
    ("the rail company Eurotunnel", "France", "rail company Eurotunnel", "organisation"),
])
def test_described_speakers(phrase, country, name, kind):
    src = resolve_source(phrase, "said", 0, 1, None, country)
    assert src is not None and (src.name, src.kind) == (name, kind)


def test_a_speaker_in_a_relative_clause_does_not_speak_for_the_sentence():
    claims = _claims("NAIROBI, June 8 - Rioters set fire to a petrol station that residents say belongs to a "
                     "local MP, the county police commander said.")
    src = _source_of(claims, "set fire to a petrol station")
    assert "police commander" in src.name


def test_a_line_break_ends_the_speakers_phrase():
    claims = _claims("Live: unrest in Durban\n\n09:15\nOur reporter in Pinetown says crowds are looting a "
                     "shopping centre and a warehouse this morning.", published="2021-07-13T12:00:00Z")
    src = _source_of(claims, "crowds are looting")
    assert "\n" not in src.name and not src.name.startswith("15")


def test_our_correspondent_is_the_reports_own_voice():
    from sitroom.fuse import _press

    assert _press(SourceRef(name="Our correspondent", kind="journalist", stance="unknown", cue="says"))
    assert _press(SourceRef(name="our reporter in Pinetown", kind="journalist", stance="unknown", cue="says"))
    # a named outside journalist is a voice of their own
    assert not _press(SourceRef(name="Jane Moyo", kind="journalist", stance="unknown", cue="says"))


def test_our_correspondent_does_not_corroborate_the_police():
    events = fuse(_claims(
        "Live: unrest in Durban\n\n"
        "10:30\nPolice fired rubber bullets at looters carrying goods out of a mall in Durban, a police spokesman "
        "said.\n\n"
        "10:45\nOur correspondent in Durban says crowds are looting the mall this morning.",
        published="2021-07-13T12:00:00Z"))
    looting = [e for e in events if any("rubber bullets" in x.text for x in e.evidence if x.field == "sentence")]
    assert looting and looting[0].status == "reported"


def test_people_described_by_a_short_relative_clause_naming_a_place():
    from sitroom.analyze import find_attributions

    found = find_attributions("Villagers who reached Bunia, some 60 km to the south, said militiamen burned "
                              "their huts overnight.")
    assert [a.text for a in found] == ["Villagers"]


# ------------------------------------------------- a capital as speaker; a named person after a body's voice

@pytest.mark.parametrize("phrase,country,party", [
    ("Yerevan", "Azerbaijan", "Armenia"),
    ("Kabul", "Pakistan", "Afghanistan"),
    ("Moscow", "Ukraine", "Russia"),
])
def test_a_capital_named_as_speaker_is_its_countrys_government(phrase, country, party):
    src = resolve_source(phrase, f"{phrase} said", 0, 1, None, country)
    assert src is not None and (src.name, src.kind, src.party) == (phrase, "government", party)


def test_a_town_that_is_no_capital_is_not_made_a_government():
    src = resolve_source("Gyumri", "Gyumri said", 0, 1, None, "Armenia")
    assert src is None or src.kind != "government"


def test_a_capital_speaking_joins_the_fight_as_that_states_voice():
    claims = _claims("Fighting broke out on Monday along the border near the village of Lerrin, the defence "
                     "ministry of Zarland said. Yerevan said two of its soldiers were killed in the fighting on Monday.")
    assert _source_of(claims, "Yerevan said").name == "Yerevan"


def test_a_person_named_after_a_bodys_statement_is_a_voice_of_his_own():
    current = SourceRef("Regional officials", "government", "party:Ukraine", party="Ukraine")
    src = resolve_source("Zelensky", "Zelensky said", 0, 1, current, "Ukraine")
    assert src is not None and src.name == "Zelensky"


def test_a_spokesman_named_after_a_bodys_statement_speaks_for_the_body():
    current = SourceRef("World Food Programme", "un", "neutral")
    src = resolve_source("Spokeswoman Ana Lindqvist", "Spokeswoman Ana Lindqvist said", 0, 1, current, None)
    assert src is not None and src.name == "World Food Programme"
