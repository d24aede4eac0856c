"""World6 voice and actor classes, in the project's own sentences (README "Data model"; ACLED codes a claimed
attack to the group that claims it):

- a group that says it carried out the operation the report tells and gives itself a name ("the group, which
  calls itself the ... Brigade") is the attackers' name; its side is jihadist only when the words call it or
  its leader so; one claimant only, and no name given -> the attackers stay unidentified;
- a state's interior ministry or government telling an operation its forces ran against a named rebel or
  jihadist group speaks for that operation as a party, for the group's acts against hostages in it too
  (`claimed`); telling only the group's attack, with no fight of its own forces, it is a source like any
  other (`reported`, as the earlier sets code police and ministries reporting a bombing);
- railway officials are a civilian service, no party."""
from __future__ import annotations

from sitroom.fuse import fuse


def _events(text: str, published: str = "2023-05-09T18:00:00Z"):
    from sitroom.pipeline import analyze_text

    return fuse(analyze_text(text, published, outlet="test desk").claims)


def _only(text: str, sub: str):
    found = [e for e in _events(text) if e.sub_event_type == sub]
    assert len(found) == 1, [(e.sub_event_type, e.actor1 and e.actor1.name, e.status) for e in _events(text)]
    return found[0]


HOTEL = ("Masked gunmen stormed a hotel in Gao, Mali, on Tuesday and killed four guests, the security ministry "
         "said. Hours later a group led by {leader} said it had carried out the attack. ")


def test_a_self_named_group_claiming_the_attack_is_the_attacker():
    e = _only(HOTEL.format(leader="a former rebel commander")
              + "In a message to a local radio station, the group, which calls itself the Sons of the Desert "
                "Brigade, demanded the release of prisoners.", "Attack")
    assert e.actor1.name == "Sons of the Desert Brigade"
    assert e.actor1.side == "unknown"  # nothing in the words tells its camp
    assert e.actor1.inter == 2  # an organised armed group, no longer unidentified gunmen
    assert e.actor2.name.startswith("Civilians")


def test_a_claimant_led_by_a_jihadist_is_a_jihadist_group():
    e = _only(HOTEL.format(leader="a veteran jihadist commander")
              + "The group, which calls itself the Sons of the Desert Brigade, demanded the release of prisoners.",
              "Attack")
    assert (e.actor1.name, e.actor1.side) == ("Sons of the Desert Brigade", "jihadist")


def test_a_claim_that_gives_no_name_leaves_the_attackers_unidentified():
    e = _only(HOTEL.format(leader="a former rebel commander"), "Attack")
    assert e.actor1.name.startswith("Unidentified Armed Group")


def test_two_claimants_with_different_names_name_nobody():
    e = _only(HOTEL.format(leader="a former rebel commander")
              + "The group calls itself the Sons of the Desert Brigade. Another group said it had carried out "
                "the attack too; it calls itself the Free Sahel Front.", "Attack")
    assert e.actor1.name.startswith("Unidentified Armed Group")


def test_the_ministry_telling_its_forces_operation_speaks_for_the_groups_acts_in_it():
    events = _events("Algerian troops attacked a militant hideout near Tamanrasset, Algeria, on Friday and killed "
                     "eight fighters of al-Qaeda in the Islamic Maghreb, the interior ministry said. Before they "
                     "were killed, the militants executed four farm workers they had seized, the ministry said.")
    attack = [e for e in events if e.sub_event_type == "Attack"]
    assert len(attack) == 1 and attack[0].actor1.side == "jihadist"
    assert attack[0].status == "claimed", [s.name for s in attack[0].sources]


def test_the_ministry_telling_only_the_groups_attack_reports_it():
    e = _only("Militants of al-Qaeda in the Islamic Maghreb killed four villagers in an attack on a farm near "
              "Tamanrasset, Algeria, on Friday, the interior ministry said.", "Attack")
    assert e.actor1.side == "jihadist"
    assert e.status == "reported", [s.name for s in e.sources]


def test_railway_officials_are_no_party():
    from sitroom.fuse import _organ
    from sitroom.models import SourceRef

    assert _organ(SourceRef("Railway officials", "government", "party:Pakistan", cue="Railway officials said",
                            party="Pakistan")) == "civil"
    assert _organ(SourceRef("interior ministry", "government", "party:Algeria", cue="the interior ministry said",
                            party="Algeria")) == "security"


# ------------------------------------------------------------- voices: appositions and joined bodies

def test_a_named_spokesman_of_the_group_speaks_for_the_armed_group_not_the_state():
    e = _only("Fighters of al-Shabaab attacked an army base in Lamu, Kenya, on Monday, killing four soldiers, "
              "Ali Dhere, the group's spokesman, said.", "Armed clash")
    assert [(s.name, s.kind) for s in e.sources] == [("Al Shabaab", "armed group")]
    assert "Ali Dhere" in e.sources[0].cue  # the person's words stay in the cue
    assert e.status == "claimed"  # the group alone tells its own attack


def test_the_spokesman_of_a_group_the_report_never_names_is_no_state_official():
    e = _only("Gunmen attacked an army base in Lamu, Kenya, on Monday, killing four soldiers, Ali Dhere, the "
              "group's spokesman, said.", "Armed clash")
    assert all(not (s.party or "").startswith("Kenya") for s in e.sources), [(s.name, s.party) for s in e.sources]


def test_human_rights_groups_and_residents_are_two_voices():
    e = _only("Gunmen killed six villagers in Gwoza, Nigeria, on Monday, human rights groups and residents said.",
              "Attack")
    assert [(s.name, s.kind) for s in e.sources] == [("human rights groups", "ngo"), ("residents", "witnesses")]
    assert e.status == "corroborated"


def test_a_rights_group_alone_reports():
    e = _only("Gunmen killed six villagers in Gwoza, Nigeria, on Monday, a human rights group said.", "Attack")
    assert [s.kind for s in e.sources] == ["ngo"]
    assert e.status == "reported"


def test_residents_and_witnesses_stay_one_voice():
    e = _only("Gunmen killed six villagers in Gwoza, Nigeria, on Monday, residents and witnesses said.", "Attack")
    assert e.status == "reported"


# ------------------------------------------------------------- "they" points back to the doers, not the teller

def test_they_after_a_police_attribution_are_the_gunmen_not_the_police():
    events = _events("Gunmen opened fire on diners at a cafe in Karachi, Pakistan, on Monday night, killing five "
                     "people, police said. There they took a dozen guests hostage in the upper floors.")
    taken = [e for e in events if e.sub_event_type == "Abduction/forced disappearance"]
    assert len(taken) == 1, [(e.sub_event_type, e.actor1 and e.actor1.name) for e in events]
    assert not taken[0].actor1.name.startswith("Police Forces"), taken[0].actor1.name
    assert taken[0].actor1.name.startswith("Unidentified Armed Group")


def test_they_after_an_army_attribution_with_soldiers_acting_are_the_soldiers():
    events = _events("Soldiers attacked a rebel camp near Kidal, Mali, on Monday, killing six fighters, the army "
                     "said. There they seized a store of weapons and took two fighters prisoner.")
    fought = [e for e in events if e.event_type == "Battles"]
    assert fought and fought[0].actor1.name.startswith("Military Forces of Mali"), \
        [(e.sub_event_type, e.actor1 and e.actor1.name) for e in events]
    seized = [e for e in events if e.event_type == "Strategic developments"]
    assert all(e.actor1.name.startswith("Military Forces of Mali") for e in seized), \
        [(e.sub_event_type, e.actor1.name) for e in seized]


# ------------------------------------------------------------- a definite description of a speaker named before

def test_the_based_monitor_with_a_relative_clause_is_the_observatory_named_before():
    from sitroom.extract.claims import _definite_core

    assert _definite_core("The Britain-based monitor, which relies on contacts inside Syria") == "the monitor"
    assert _definite_core("The London-based monitor") == "the monitor"
    assert _definite_core("Syrian state television") == "Syrian state television"  # no definite description
    events = _events("Islamic State fighters captured the town of Sukhnah, Syria, on Monday, the Syrian Observatory "
                     "for Human Rights said. The Britain-based monitor, which relies on a network of contacts inside "
                     "Syria, said government troops had pulled back towards the west.")
    names = [s.name for e in events for s in e.sources]
    assert "Syrian Observatory for Human Rights" in names
    assert not any("Britain-based" in n or "network" in n for n in names), names
