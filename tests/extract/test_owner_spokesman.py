"""The spokesman right after an armed group's claim for the whole incident goes on for the group: by name, a voice
for each event the claim is about (README "Data model": a group claiming responsibility is a further voice; the
spokesman is the same party, so no second independent voice; `claims._owner_spokesman`). Near misses: a
spokesman after a paragraph break, a spokesman after the group's denial."""
from __future__ import annotations

from voice_helpers import _events, _one, _names


HOTEL = "Gunmen stormed a hotel in Mogadishu on Friday night and killed nine guests, police said. "
SPOKE = ("Its spokesman, Abdiasis Abu Musab, told a radio station that the group's fighters were still inside "
         "the hotel.")


def test_the_spokesman_after_the_groups_claim_is_a_voice_for_the_attack():
    e = _one(_events(HOTEL + "Al-Shabaab has said it carried out the attack. " + SPOKE), "Attack")
    assert "Abdiasis Abu Musab" in _names(e), _names(e)
    assert e.status == "corroborated"  # the police and the group; the spokesman is the group again


def test_the_spokesman_goes_with_the_claim_to_each_attack_it_owns():
    text = ("A car bomb exploded outside a police station in Baidoa on Monday morning, killing six people, "
            "officials said. Hours later gunmen shot dead four guards at a checkpoint in Baidoa. "
            "Al-Shabaab said it had carried out the attacks. " + SPOKE.replace("inside the hotel", "in the town"))
    events = _events(text)
    voiced = [e for e in events if "Abdiasis Abu Musab" in _names(e)]
    owned = [e for e in events if any(s.name.lower().startswith("al") and "shabaab" in s.name.lower()
                                      for s in e.sources)]
    assert owned and {e.sub_event_type for e in voiced} == {e.sub_event_type for e in owned}, \
        [(e.sub_event_type, _names(e)) for e in events]


def test_a_spokesman_after_a_paragraph_break_is_not_taken_for_the_claim():
    e = _one(_events(HOTEL + "Al-Shabaab has said it carried out the attack.\n\n" + SPOKE), "Attack")
    assert "Abdiasis Abu Musab" not in _names(e)


def test_a_spokesman_after_the_groups_denial_is_no_voice_for_the_attack():
    e = _one(_events(HOTEL + "Al-Shabaab denied any role in the attack. " + SPOKE), "Attack")
    assert "Abdiasis Abu Musab" not in _names(e)
