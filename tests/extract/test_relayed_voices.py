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
