"""'..., the governor's office said, according to the state news agency': the agency that relayed a speaker's
words tells the event too (ACLED names both), but it is the speaker's voice, not a second independent one
(README "Data model": a ministry quoted by the state news agency is still one voice; `claims._other_voice_claims`,
`fuse.status_of`). Near misses: "said, according to witnesses" (no outlet relaying), an "according to" that opens
its own clause."""
from __future__ import annotations

from sitroom.fuse import fuse


def _events(text: str, published: str = "2019-11-17T12:00:00Z"):
    from sitroom.pipeline import analyze_text

    return fuse(analyze_text(text, published, outlet="test desk").claims)


def test_a_state_agency_relaying_an_office_is_a_voice_but_not_a_second_one():
    events = _events("In Shiraz one man was killed on Saturday when rioters set fire to a bank, the provincial "
                     "governor's office said, according to the state news agency IRNA.")
    assert len(events) == 1
    names = [s.name for s in events[0].sources]
    assert any("IRNA" in n for n in names) and any("governor" in n for n in names), names
    assert events[0].status == "reported"  # one voice: the office, relayed


def test_said_according_to_witnesses_adds_no_relay():
    events = _events("In Shiraz one man was killed on Saturday when rioters set fire to a bank, the provincial "
                     "governor's office said, according to witnesses.")
    assert len(events) == 1
    assert not any("relay" in c for e in events for c in e.flags), events[0].flags


def test_a_human_rights_ombudsman_is_a_monitor_not_a_party():
    from sitroom.extract.sources import resolve_source

    for phrase in ("The human rights ombudsman", "the ombudsman", "the national human rights commissioner"):
        src = resolve_source(phrase, f"{phrase} said", 0, 10, None, "Guatemala")
        assert src is not None and src.kind == "monitor" and not src.party, (phrase, src)


def test_an_agency_quoting_a_ministry_carries_the_ministrys_voice():
    events = _events("On Friday the state news agency, quoting health ministry officials, put the toll from the "
                     "attack on the mosque in Bir al-Abed at 235 dead.", published="2017-11-25T12:00:00Z")
    assert events, "no event"
    names = [s.name.lower() for e in events for s in e.sources]
    assert any("health ministry" in n for n in names), names
    # the agency relays the ministry: one voice
    assert all(e.status in ("reported", "claimed") for e in events), [e.status for e in events]


def test_a_newspaper_citing_hospitals_and_police_carries_both():
    events = _events("Gunmen killed 20 people at a mosque in Bir al-Abed on Friday, the newspaper Al-Ahram reported, "
                     "citing hospitals and police.", published="2017-11-25T12:00:00Z")
    kinds = {s.kind for e in events for s in e.sources}
    assert {"medical", "police"} <= kinds, kinds


def test_citing_a_reason_is_no_voice():
    # near miss: "citing" what led to it, not whose words
    events = _events("Gunmen killed 20 people at a mosque in Bir al-Abed on Friday, the newspaper Al-Ahram reported, "
                     "citing security lapses.", published="2017-11-25T12:00:00Z")
    names = [s.name.lower() for e in events for s in e.sources]
    assert not any("lapses" in n for n in names), names


def test_a_saying_inside_a_time_clause_is_no_attribution():
    # "Minutes after X announced ..., crowds came out": X's announcement is part of the story, not its source
    events = _events("Minutes after the president announced a state of siege on television late on Wednesday, "
                     "tens of thousands of people came out onto the streets of Buenos Aires banging pots and pans.",
                     published="2001-12-20T12:00:00Z")
    assert events and all(s.kind != "government" for e in events for s in e.sources), \
        [(s.name, s.cue) for e in events for s in e.sources]


def test_a_trailing_attribution_after_a_time_clause_still_counts():
    events = _events("Minutes after the curfew began on Wednesday, police fired tear gas at protesters in Buenos "
                     "Aires, witnesses said.", published="2001-12-20T12:00:00Z")
    assert any(s.kind == "witnesses" for e in events for s in e.sources), \
        [(s.name, s.cue) for e in events for s in e.sources]


def test_a_minister_announcing_a_measure_does_not_vouch_for_the_next_sentence():
    text = ("The telecoms minister announced late on Thursday that the new charge had been dropped, but the crowds "
            "did not go home. In central Beirut, riot police fired tear gas at protesters outside the government "
            "headquarters shortly before midnight.")
    events = _events(text, published="2019-10-18T12:00:00Z")
    assert events and all("minister" not in (s.cue or "").lower() for e in events for s in e.sources), \
        [(s.name, s.cue) for e in events for s in e.sources]


def test_a_ministry_telling_the_story_goes_on_vouching_for_it():
    # near miss: an account that has not yet told an event ("tried to move hostages") goes on into the next sentence
    text = ("On Thursday, the ministry said, the militants tried to move a number of hostages out of the compound in "
            "a convoy near In Amenas. Special forces backed by helicopters attacked the convoy.")
    events = _events(text, published="2013-01-20T12:00:00Z")
    assert any("ministry" in s.name.lower() for e in events for s in e.sources), \
        [(s.name, s.cue) for e in events for s in e.sources]
