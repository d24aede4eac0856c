"""An armed group that "has claimed the attacks" (no word "responsibility") owns the attacks the report tells, as
"claimed responsibility for" does (README "Data model": a group claiming responsibility is a further voice;
`claims._responsibility_claims`). "The attacks on the mosques and the market": the attacks whose telling names
what was hit, each of them; "the attack": the first told. Near misses: a group that has not claimed anything, an
attack claimed in the report's history, a claim naming targets the report's other incidents did not hit."""
from __future__ import annotations

from sitroom.fuse import fuse


def _events(text: str, published: str = "2024-03-10T18:00:00Z"):
    from sitroom.pipeline import analyze_text

    return fuse(analyze_text(text, published, outlet="test desk").claims)


def _at(events, place):
    found = [e for e in events if e.location is not None and e.location.name == place]
    assert found, [(e.sub_event_type, e.location and e.location.name) for e in events]
    return found[0]


def _names(e):
    """The event's voices, each by its name and the words that gave it ("Amaq" from "Islamic State said ...")."""
    return " ".join(f"{s.name} ({s.cue})" for s in e.sources)


BLOG = ("08:10 - A suicide bomber blew himself up inside a mosque in Peshawar during Friday prayers, police said.\n\n"
        "08:40 - Minutes later a second bomber struck the central market in Quetta, the provincial government said.\n\n"
        "09:30 - A roadside bomb hit a police truck near Bannu on Friday evening, police said.\n\n")


def test_a_group_that_has_claimed_the_attacks_on_what_was_hit_joins_each_of_them():
    events = _events(BLOG + "10:15 - Islamic State has claimed the attacks on the mosque and the market through "
                            "its Amaq news agency.")
    assert "Islamic State" in _names(_at(events, "Peshawar"))
    assert "Islamic State" in _names(_at(events, "Quetta"))
    # the police truck was not what the claim names
    assert "Islamic State" not in _names(_at(events, "Bannu"))


def test_a_group_that_has_not_claimed_joins_nothing():
    events = _events(BLOG + "10:15 - No group has claimed the attacks on the mosque and the market.")
    assert all("Islamic State" not in _names(e) for e in events)


def test_the_attack_singular_goes_to_the_first_told():
    events = _events(BLOG + "10:15 - The Pakistani Taliban have claimed the attack, a spokesman said.")
    claimers = [e for e in events if any(s.kind == "armed group" for s in e.sources)]
    assert len(claimers) == 1, [(e.location and e.location.name, _names(e)) for e in events]


def test_a_group_speaking_through_its_own_outlet_is_told_by_that_outlet():
    # README "Data model": an armed group with its media is the party; ACLED names the outlet that carried it
    events = _events("A car bomb exploded at a checkpoint in Deir ez-Zor on Saturday, killing six soldiers. "
                     "Islamic State said in a statement on its Amaq agency that its fighters had carried out the "
                     "bombing.")
    bomb = _at(events, "Deir ez-Zor")
    outlet = [s for s in bomb.sources if s.name == "Amaq"]
    assert outlet and outlet[0].party == "islamic_state" and "Islamic State" in (outlet[0].cue or ""), \
        [(s.name, s.cue) for s in bomb.sources]


def test_a_group_speaking_on_a_radio_station_stays_the_group():
    # an outlet the registry does not know as the group's own names no outlet voice
    events = _events("A car bomb exploded at a checkpoint in Deir ez-Zor on Saturday, killing six soldiers. "
                     "Islamic State said in a statement on its local radio station that its fighters had carried "
                     "out the bombing.")
    bomb = _at(events, "Deir ez-Zor")
    assert "Islamic State" in _names(bomb) and "Amaq" not in _names(bomb), _names(bomb)


def test_targets_named_with_an_indefinite_article_still_choose_the_attacks():
    # "the attacks on a mosque and a market": the article is no noun; the police truck was not hit by the claim
    events = _events(BLOG + "10:15 - Islamic State has claimed the attacks on a mosque and a market through "
                            "its Amaq news agency.")
    assert "Islamic State" in _names(_at(events, "Peshawar"))
    assert "Islamic State" in _names(_at(events, "Quetta"))
    assert "Islamic State" not in _names(_at(events, "Bannu"))


def test_a_claim_naming_no_target_noun_does_not_mark_targets_as_named():
    # "the attacks on us": no noun of what was hit is left, so no attack is chosen by its target
    from sitroom.pipeline import analyze_text

    claims = analyze_text(BLOG + "10:15 - Islamic State has claimed the attacks on us through its Amaq news agency.",
                          "2024-03-10T18:00:00Z", outlet="test desk").claims
    owned = [c for c in claims if "responsibility" in c.flags]
    assert owned and all("named-targets" not in c.flags for c in owned)
