"""A unit, office or officer of a body named by whose it is ("the army's 6th Infantry Division", "the RSF's media
office") speaks for that body (`sources._owned_part`); a side that "did not give its own account" has said
nothing and backs nothing (`claims.NEGATED_SAYING`)."""
from __future__ import annotations

from sitroom.extract.sources import resolve_source
from sitroom.fuse import fuse


def test_a_division_of_the_army_speaks_for_the_army():
    src = resolve_source("The army's 3rd Infantry Division", "said", 0, 1, None, "Sudan")
    army = resolve_source("the army", "said", 0, 1, None, "Sudan")
    assert src is not None and src.kind == "military" and src.party == army.party


def test_the_army_chief_of_staff_speaks_for_the_army():
    src = resolve_source("the army's chief of staff", "said", 0, 1, None, "Sudan")
    assert src is not None and src.kind == "military"


def test_a_victims_relatives_are_no_body_of_the_victim():
    # near miss: the owner is a person, not a body; nothing to speak for
    src = resolve_source("the victim's brother", "said", 0, 1, None, "Kenya")
    assert src is None or not src.party


def _events(text: str, published: str = "2024-06-09T18:00:00Z"):
    from sitroom.pipeline import analyze_text

    return fuse(analyze_text(text, published, outlet="test desk").claims)


TOLD = ("The army's 6th Infantry Division said its troops repelled an RSF attack on the southern districts of "
        "El Fasher on Saturday and killed more than 30 of the attackers.")


def test_a_side_that_gave_no_account_is_no_voice_for_the_fight():
    events = [e for e in _events(TOLD + " The RSF did not give its own account of Saturday's fighting.")
              if e.sub_event_type == "Armed clash"]
    assert events and events[0].status == "claimed", [(e.status, [s.name for s in e.sources]) for e in events]
    assert not any(s.party == "rsf" for s in events[0].sources)


def test_a_side_that_gave_its_account_is_a_voice():
    # near miss: the RSF telling the fight itself is the other side's voice
    events = [e for e in _events(TOLD + " The RSF said its fighters had clashed with the army in El Fasher.")
              if e.sub_event_type == "Armed clash"]
    assert events and any(s.kind == "armed group" for e in events for s in e.sources), \
        [(e.status, [s.name for s in e.sources]) for e in events]


def test_a_named_body_with_its_scope_said_first_is_a_body():
    # "according to the local Emergency Response Room": a volunteers' body, named after the word "local"
    src = resolve_source("the local Emergency Response Room", "according to", 0, 1, None, "Sudan")
    assert src is not None and src.name == "Emergency Response Room" and src.kind == "organisation"
    assert not src.party  # volunteers counting the dead are no party to the war
    src = resolve_source("the Omdurman Resistance Committees", "said", 0, 1, None, "Sudan")
    assert src is not None and src.kind == "organisation"


def test_local_words_before_a_plain_name_or_common_noun_are_left_alone():
    # near misses: "the local Ahmed Musa" names no body; "the local residents" stay people on the spot
    assert resolve_source("the local Ahmed Musa", "said", 0, 1, None, "Sudan") is None
    src = resolve_source("the local residents", "said", 0, 1, None, "Sudan")
    assert src is not None and src.kind == "witnesses"


def test_a_groups_statement_is_the_groups_voice():
    src = resolve_source("An Islamic State statement posted online", "said", 0, 1, None, "Syria")
    assert src is not None and src.kind == "armed group" and src.party == "islamic_state"
    src = resolve_source("an army statement", "said", 0, 1, None, "Syria")
    assert src is not None and src.kind == "military"


def test_a_statement_of_no_named_body_stays_unnamed():
    # near misses: "a joint statement", "the statement" name no one
    for phrase in ("a joint statement", "the statement"):
        src = resolve_source(phrase, "said", 0, 1, None, "Syria")
        assert src is None or (src.kind == "unnamed" and not src.party), src


def test_a_group_calling_itself_by_a_name_speaks_as_that_name():
    src = resolve_source("a breakaway group calling itself the Dawn Brigade", "said", 0, 1, None, "Libya")
    assert src is not None and src.name == "Dawn Brigade" and src.kind == "armed group" and src.party
    src = resolve_source("a citizens' network calling itself Open Eyes", "said", 0, 1, None, "Libya")
    assert src is not None and src.name == "Open Eyes" and not src.party


def test_a_person_known_by_a_name_is_not_made_a_body():
    # near miss: "the man known as X" names a person, not a group
    src = resolve_source("the man known as Abu Salim", "said", 0, 1, None, "Libya")
    assert src is None or src.kind not in ("armed group", "organisation")
