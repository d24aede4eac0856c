"""A force that strikes "in support of" another is on its side (README "Data model": `claimed` is parties of one
side): the backed force is no target of the strike (`coding.ALLY_BEFORE`), and the two voices are one side, not
opposing parties that agree (`fuse._backs`). Near misses: the same force struck, and backing a third force."""
from __future__ import annotations

from sitroom.fuse import fuse


def _events(text: str):
    from sitroom.pipeline import analyze_text

    return fuse(analyze_text(text, "2022-01-22T12:00:00Z", outlet="test desk").claims)


LEDE = ("US-led coalition aircraft struck Islamic State positions near the town of Shaddadi on Friday, the Syrian "
        "Democratic Forces said. ")


def test_a_coalition_striking_in_support_of_the_local_force_telling_it_is_one_side():
    events = _events(LEDE + "A coalition spokesman said its aircraft had struck in support of the SDF near Shaddadi.")
    assert len(events) == 1, [(e.sub_event_type, e.status) for e in events]
    e = events[0]
    assert e.actor2 is not None and e.actor2.name == "Islamic State", e.actor2
    assert e.status == "claimed", e.status


def test_backing_a_third_force_leaves_the_two_voices_as_they_were():
    events = _events(LEDE + "A coalition spokesman said its aircraft had struck in support of Iraqi troops near "
                            "Shaddadi.")
    assert events and all(e.status == "corroborated" for e in events), [(e.sub_event_type, e.status) for e in events]


def test_a_force_struck_by_name_is_the_target():
    from sitroom.pipeline import analyze_text

    claims = analyze_text("Turkish drones struck SDF positions near Qamishli on Friday, the Syrian Observatory for "
                          "Human Rights said.", "2022-01-22T12:00:00Z", outlet="test desk").claims
    assert any(c.actor2 is not None and "Syrian Democratic Forces" in c.actor2.name for c in claims), \
        [(c.actor1, c.actor2) for c in claims]
