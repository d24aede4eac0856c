"""Named groups from the wider actor registry inside whole reports: a report's main group is the perpetrator
its unnamed "attackers" stand for even when it mentions another group in passing; a report's own spelling of a
group the registry knows by acronym is that group; a group's voice is named without its country label."""
from __future__ import annotations

import pathlib

from sitroom.extract.sources import _actor_source
from sitroom.knowledge.actors import find_actors
from sitroom.models import ActorRef


def _claims(text: str, published: str = "2024-04-11T12:00:00Z"):
    from sitroom.pipeline import analyze_text

    return analyze_text(text, published, outlet="test desk").claims


def test_the_main_group_of_a_report_is_the_attackers_even_with_another_named_in_passing():
    text = ("Seven police officers were killed when gunmen attacked a police station in Saravena in Arauca "
            "department early on Wednesday, the police said.\n\n"
            "Police said the ELN had carried out the attack. The defence minister said the ELN would answer for it, "
            "and the ELN's commanders did not comment.\n\n"
            "The region has also seen fighting between the ELN and FARC dissidents since 2022.")
    claims = [c for c in _claims(text) if "police station" in " ".join(e.text for e in c.evidence)]
    assert claims, "no claim for the attack"
    sides = {a.side for c in claims for a in (c.actor1, c.actor2) if a is not None}
    assert "opposition" in sides and "unknown" not in sides


def test_two_groups_named_alike_leave_the_attackers_unidentified():
    text = ("Gunmen killed four soldiers at a checkpoint in Arauca, Colombia, on Wednesday, the army said.\n\n"
            "The ELN and FARC dissidents both operate in the region, where they have fought each other since 2022.")
    claims = [c for c in _claims(text) if "checkpoint" in " ".join(e.text for e in c.evidence)]
    assert claims
    assert any(a is not None and a.side == "unknown" for c in claims for a in (c.actor1, c.actor2))


def test_a_new_spelling_defined_by_a_known_acronym_is_that_group():
    text = ("A bomb exploded near a paramilitary convoy in Turbat on Monday, killing two soldiers, officials said. "
            "The Balochi Liberation Army (BLA) said it had planted the device.")
    claims = _claims(text, "2024-03-25T12:00:00Z")
    names = {a.name for c in claims for a in (c.actor1, c.actor2) if a is not None}
    assert "BLA: Baloch Liberation Army" in names
    assert "BLA: Balochi Liberation Army" not in names


def test_a_group_speaks_as_itself_without_its_country_label():
    ref = find_actors("Ansar al-Sunna", country="Mozambique")[0]
    assert ref.name == "Islamic State (Mozambique)"
    assert _actor_source(ref).name == "Islamic State"
    # a name whose brackets hold no country keeps them
    other = ActorRef(name="SPLM-N: Sudan People's Liberation Movement-North (Al Hilu Faction)", inter=2,
                     side="opposition", key="splmn_hilu")
    # (and it speaks by its name, without the acronym ACLED files it under)
    assert _actor_source(other).name == "Sudan People's Liberation Movement-North (Al Hilu Faction)"



def test_a_roundup_of_two_countries_has_no_main_group():
    # the open world set's Sahel roundup: a Burkina Faso story and a Mali story that names JNIM three times; the
    # Burkina Faso story's gunmen stay unidentified (nobody claimed the attack, no one blamed JNIM for it)
    from sitroom.ingest import read_inputs
    from sitroom.pipeline import analyze_report

    path = pathlib.Path(__file__).resolve().parents[2] / "examples" / "reports" / "sahel-2022-06-21.txt"
    claims = analyze_report(list(read_inputs([str(path)]))[0].report).claims
    told = [c for c in claims if any(w in " ".join(e.text for e in c.evidence) for w in ("Seytenga",))
            and c.modality == "asserted"]
    assert told
    assert all(a.side != "jihadist" for c in told for a in (c.actor1, c.actor2) if a is not None)
