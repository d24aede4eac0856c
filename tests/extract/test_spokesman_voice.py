"""A spokesman, named or not, speaks for the body whose spokesman he is: the source of what he says is that body
(a group, a governor's office, a government), not the person; a chief or governor named after his title still
speaks in his own name."""
from __future__ import annotations


import pytest

from sitroom.extract.sources import resolve_source
from sitroom.pipeline import analyze_text


def _claims(text: str, published: str = "2021-06-08T18:00:00Z"):
    return analyze_text(text, published, outlet="test desk").claims


def _source_of(claims, words):
    found = [c for c in claims if any(words in x.text for x in c.evidence if x.field == "sentence")]
    assert found, [c.sub_event_type for c in claims]
    return found[0].source


def test_group_spokesman_named_after_title_speaks_for_the_group():
    claims = _claims("KANDAHAR, June 8 - A Taliban spokesman, Qari Yusuf Ahmadi, said the group's fighters "
                     "had overrun a police checkpoint in Arghandab district on Tuesday.")
    src = _source_of(claims, "overrun a police checkpoint")
    assert src.name == "Taliban" and src.kind == "armed group"


def test_spokesman_apposed_after_the_name_speaks_for_his_office():
    claims = _claims("RAMADI, June 8 - Gunmen killed four policemen at a checkpoint near Ramadi on Tuesday. "
                     "Ahmed Jassim, a spokesman for the Anbar police, said the attackers fled in two cars.")
    src = _source_of(claims, "the attackers fled")
    assert "Jassim" not in src.name and "Anbar police" in src.name
    # the person's words stay with the source, so a later "Jassim said" finds the same speaker
    assert "Jassim" in src.cue


def test_capitalised_title_before_a_spokesman_name():
    claims = _claims("BAMAKO, June 8 - Government spokesman Ibrahim Traore said on state radio that gunmen had "
                     "killed 12 villagers in Sobane in central Mali on Monday.")
    src = _source_of(claims, "killed 12 villagers")
    assert src.name.lower().startswith("government") and src.kind == "government"


def test_a_chief_named_after_his_title_keeps_his_name():
    # not a spokesman: a police chief speaks in his own name (the office is in the cue, the name is the source)
    claims = _claims("PORT-AU-PRINCE, June 8 - Gunmen killed three people in Martissant on Monday, the national "
                     "police chief, Frantz Elbe, said.")
    src = _source_of(claims, "Gunmen killed three people")
    assert src.name == "Frantz Elbe"


@pytest.mark.parametrize("phrase,country,name,kind", [
    ("Government spokesman", "Mali", "Government", "government"),
    ("a spokesman for the Kirkuk governor", "Iraq", "Kirkuk governor", "government"),
])
def test_spokesman_phrases_resolve_to_the_body(phrase, country, name, kind):
    src = resolve_source(phrase, "said", 0, 1, None, country)
    assert src is not None and src.name == name and src.kind == kind
