"""A voice that tells no event of its own but speaks of the incident its paragraph has just told (the gunfire,
the dead, the attackers) is a further voice for that incident (README "Data model": a further speaker is a
further voice; `claims._echo_voices`), and in a later paragraph people on the spot or hospital staff who point
back to the one incident the report has told ("the dead", "the attackers"). Near misses: a later paragraph after
two incidents, one telling an incident of its own, an official's later words, a voice that negates or denies, a
voice about something other than the incident, a pronoun or "its spokesman"."""
from __future__ import annotations

from voice_helpers import _events, _one


def _kinds(e):
    return sorted(s.kind for s in e.sources)


POST = ("A group of armed men attacked the police station in Garissa town on Saturday night. Police said eleven of "
        "the attackers were shot dead in the exchange of fire.")


def test_relatives_speaking_of_the_dead_join_the_clash_just_told():
    e = _one(_events(POST + " Relatives said several of the dead were students from a nearby college."), "Armed clash")
    assert "family" in _kinds(e), [s.name for s in e.sources]
    assert e.status == "corroborated"  # the police, a party, and the victims' families


def test_relatives_who_deny_any_death_are_no_voice_for_it():
    e = _one(_events(POST + " Relatives said none of the dead had been armed."), "Armed clash")
    assert "family" not in _kinds(e)
    assert e.status == "claimed"


def test_a_voice_about_something_else_is_no_voice_for_the_clash():
    e = _one(_events(POST + " Relatives said the town's schools would reopen on Monday."), "Armed clash")
    assert "family" not in _kinds(e)
    assert e.status == "claimed"


def test_people_on_the_spot_in_a_later_paragraph_join_the_one_incident_told():
    # a report that has told one incident: relatives speaking of "the dead" a paragraph later mean its dead
    e = _one(_events(POST + "\n\nRelatives said several of the dead were students from a nearby college."),
             "Armed clash")
    assert "family" in _kinds(e), [s.name for s in e.sources]


def test_hospital_staff_two_paragraphs_later_join_the_bombing():
    text = ("A car bomb exploded outside the market in Baidoa on Friday morning, the regional governor said.\n\n"
            "The market had reopened only a week earlier after repairs.\n\n"
            "Hospital staff said women and children were among the dead.")
    e = _one(_events(text), "Remote explosive/landmine/IED")
    assert "medical" in _kinds(e), [s.name for s in e.sources]


def test_a_voice_in_a_later_paragraph_does_not_join_when_two_incidents_were_told():
    text = (POST + " A roadside bomb hit a bus near Mandera on Saturday, killing four passengers, the governor said."
            "\n\nRelatives said several of the dead were students from a nearby college.")
    events = _events(text)
    assert all("family" not in _kinds(e) for e in events), [(e.sub_event_type, _kinds(e)) for e in events]


def test_an_official_in_a_later_paragraph_does_not_join():
    # an official's later words are as often about what followed (a rescue, an arrest, an inquiry)
    e = _one(_events(POST + "\n\nThe county commissioner said two of the attackers had been arrested on Sunday."),
             "Armed clash")
    assert sorted(s.name for s in e.sources if s.kind not in ("news outlet", "police")) == [], \
        [s.name for s in e.sources]


def test_a_later_paragraph_with_an_incident_of_its_own_keeps_its_voices():
    text = (POST + "\n\nGunmen also shot dead a trader in Dadaab on Sunday. Relatives said the attackers fled on foot.")
    events = _events(text)
    clash = next(e for e in events if e.location is not None and e.location.name == "Garissa")
    assert "family" not in _kinds(clash), [s.name for s in clash.sources]


def test_joint_people_on_the_spot_and_hospital_staff_are_two_voices():
    text = ("A suicide bomber blew himself up in a restaurant in Kabul on Friday night, the interior ministry said. "
            "Witnesses and hospital staff said foreigners were among the dead.")
    e = _one(_events(text), "Suicide bomb")
    names = " ".join(s.name.lower() for s in e.sources)
    assert "witnesses" in names and "hospital staff" in names, [s.name for s in e.sources]


SIEGE = ("Soldiers fought the gunmen holding the hotel in Mogadishu on Sunday, a military spokesman said, and "
         "freed most of the guests.")


def test_witnesses_who_heard_the_gunfire_join_the_fight():
    e = _one(_events(SIEGE + " Witnesses outside the hotel heard long bursts of gunfire and two explosions."),
             "Armed clash")
    assert "witnesses" in _kinds(e), [s.name for s in e.sources]
    assert e.status == "corroborated"


def test_witnesses_who_heard_nothing_are_no_voice():
    e = _one(_events(SIEGE + " Witnesses outside the hotel heard no gunfire after midday."), "Armed clash")
    assert "witnesses" not in _kinds(e)


def test_a_witness_line_before_the_spokesman_joins_the_fight_told_after_it():
    text = ("Residents near the hotel in Mogadishu heard heavy gunfire through Sunday afternoon. Soldiers fought the "
            "gunmen holding the hotel, a military spokesman said, and freed most of the guests.")
    e = _one(_events(text), "Armed clash")
    assert "witnesses" in _kinds(e), [s.name for s in e.sources]


def test_its_spokesman_is_left_to_the_rules_that_know_whose_he_is():
    text = ("Gunmen stormed a bus station in Mandera on Tuesday and shot dead nine passengers, police said. "
            "Its spokesman said the gunmen were well trained.")
    e = _one(_events(text), "Attack")
    assert [s.name for s in e.sources] == ["police"]


def test_passengers_freed_from_a_seized_train_are_people_on_the_spot():
    from sitroom.extract.sources import resolve_source

    src = resolve_source("Passengers", "Passengers said", 0, 15, None, "Pakistan")
    assert src is not None and src.kind == "witnesses"
    src = resolve_source("freed hostages", "freed hostages said", 0, 19, None, "Peru")
    assert src is not None and src.kind == "witnesses"
    # near miss: the hostage-takers' own word is no witness's
    src = resolve_source("the hostage-takers", "the hostage-takers said", 0, 23, None, "Peru")
    assert src is None or src.kind != "witnesses"


def test_its_spokesman_speaks_for_the_body_that_spoke_before_or_for_no_one():
    from sitroom.extract.sources import resolve_source
    from sitroom.models import SourceRef

    assert resolve_source("Its spokesman", "Its spokesman said", 0, 18, None, "Kenya") is None
    ministry = SourceRef(name="interior ministry", kind="government", stance="party:Kenya", party="Kenya")
    src = resolve_source("Its spokesman", "Its spokesman said", 0, 18, ministry, "Kenya")
    assert src is not None and src.name == "interior ministry"
    # near miss: after a witness, "his spokesman" is not the witness
    witness = SourceRef(name="a witness", kind="witnesses", stance="unknown")
    assert resolve_source("his spokesman", "his spokesman said", 0, 18, witness, "Kenya") is None
    # a named body's spokesman is still that body's
    src = resolve_source("the Kenyan police spokesman", "the Kenyan police spokesman said", 0, 31, None, "Kenya")
    assert src is not None and src.kind in ("police", "government", "official"), src


def test_a_speaker_who_did_something_and_said_is_the_subject_not_the_clause():
    from sitroom.extract.claims import _coordinated_subject

    assert _coordinated_subject("The interior minister visited the wounded and") == "The interior minister"
    assert _coordinated_subject("UN chief Antonio Guterres condemned the killings and") == "UN chief Antonio Guterres"
    # near misses: a participle that names the body, and a plain subject, are kept whole
    assert _coordinated_subject("The armed group") == "The armed group"
    assert _coordinated_subject("The UN-backed government") == "The UN-backed government"
    assert _coordinated_subject("The unidentified gunmen's leader") == "The unidentified gunmen's leader"


def test_a_speaker_who_denies_an_accusation_is_no_voice_for_the_fight():
    text = ("Soldiers of rival units fought at a barracks in Bor on Thursday and twelve soldiers were killed, the army "
            "said. The president called the fighting a plot by his former deputy, Riek Gatdet, which Gatdet denies.")
    events = [e for e in _events(text) if e.sub_event_type == "Armed clash"]
    assert events, "no clash"
    assert not any("Gatdet" in s.name for e in events for s in e.sources), \
        [(e.status, [s.name for s in e.sources]) for e in events]
    assert events[0].status == "claimed"  # the army alone tells the fight


def test_a_waiter_and_students_are_people_on_the_spot():
    from sitroom.extract.sources import resolve_source

    for phrase in ("A waiter at the club", "Students who escaped", "Office workers", "Diners"):
        src = resolve_source(phrase, f"{phrase} said", 0, 10, None, "Kenya")
        assert src is not None and src.kind == "witnesses", (phrase, src)
    # a union of workers or a students' union speaks as a body, not as people on the spot
    for phrase in ("the students' union", "the National Union of Students", "the traders' association"):
        src = resolve_source(phrase, f"{phrase} said", 0, 10, None, "Kenya")
        assert src is not None and src.kind == "organisation", (phrase, src)


def test_the_bodys_spokesman_going_on_is_a_voice_by_name_but_not_a_second_one():
    text = ("On Monday the Georgian interior ministry said artillery had shelled the village of Ergneti, damaging "
            "several houses. Its spokeswoman, Nino Beridze, said families had spent the night in cellars.")
    events = _events(text)
    shelled = [e for e in events if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert shelled, [(e.sub_event_type, [s.name for s in e.sources]) for e in events]
    names = [s.name for s in shelled[0].sources]
    assert "Nino Beridze" in names, names
    # the ministry and its spokeswoman are one voice
    assert shelled[0].status in ("claimed", "reported"), shelled[0].status


def test_a_spokesman_after_a_sentence_that_told_nothing_is_no_voice():
    text = ("Soldiers shelled the village of Ergneti on Monday, the Georgian interior ministry said.\n\n"
            "The ministry held a news conference on Tuesday. Its spokeswoman, Nino Beridze, said families had spent "
            "the night in cellars.")
    events = _events(text)
    assert all("Nino Beridze" not in [s.name for s in e.sources] for e in events), \
        [(e.sub_event_type, [s.name for s in e.sources]) for e in events]


def test_state_television_speaking_of_a_riots_dead_joins_the_riot():
    text = ("Rioters set fire to buses and smashed shops in the centre of Bishkek on Sunday, the police said. "
            "Many of the dead were shopkeepers, state television said.")
    events = _events(text)
    riot = [e for e in events if e.event_type == "Riots"]
    assert riot, [(e.sub_event_type, [s.name for s in e.sources]) for e in events]
    assert "state television" in [s.name for s in riot[0].sources], [s.name for s in riot[0].sources]


def test_witnesses_describing_in_a_live_blogs_present_tense_join_the_shelling():
    text = ("Serb forces shelled the crowded market in Mostar on Saturday, killing 12 people, doctors said. "
            "Witnesses describe bodies and stalls thrown across the square.")
    e = _one(_events(text), "Shelling/artillery/missile attack")
    assert "witnesses" in _kinds(e), [s.name for s in e.sources]


def test_emergency_services_who_treated_the_hurt_join_the_clash():
    text = ("Police fired rubber bullets at protesters outside a polling station in Girona on Sunday, witnesses said. "
            "The regional emergency services confirmed that a man had been treated for a serious eye injury.")
    events = _events(text)
    names = [s.name.lower() for e in events for s in e.sources]
    assert any("emergency services" in n for n in names), names



def test_witnesses_who_describe_something_else_are_no_voice():
    text = ("Serb forces shelled the crowded market in Mostar on Saturday, killing 12 people, doctors said. "
            "Witnesses describe the town as calm on Sunday.")
    e = _one(_events(text), "Shelling/artillery/missile attack")
    assert "witnesses" not in _kinds(e), [s.name for s in e.sources]



TAKEN = ("Houthi fighters took control of much of the capital Sanaa on Sunday, seizing the government headquarters "
         "and the army command.\n\nHouthi fighters then took over the cabinet building and the central bank. ")


def _taking(events):
    found = [e for e in events if e.sub_event_type == "Non-state actor overtakes territory"]
    assert found, [(e.sub_event_type, [s.name for s in e.sources]) for e in events]
    return found[0]


def test_the_groups_spokesman_saying_its_men_had_taken_over_joins_the_taking():
    events = _events(TAKEN + "Mohammed Ali, the group's spokesman, said its committees had taken over state "
                             "institutions to protect them.", published="2014-09-22T12:00:00Z")
    voice = [s for s in _taking(events).sources if s.name == "Mohammed Ali"]
    assert voice and voice[0].party, [(s.name, s.party) for s in _taking(events).sources]


def test_a_spokesman_saying_they_had_not_taken_over_is_no_voice_for_it():
    events = _events(TAKEN + "Mohammed Ali, the group's spokesman, said its committees had not taken over any state "
                             "institution.", published="2014-09-22T12:00:00Z")
    assert all(s.name != "Mohammed Ali" for s in _taking(events).sources if s.party), \
        [(s.name, s.party) for s in _taking(events).sources]


def test_residents_saying_the_fighters_were_in_control_join_the_taking_told_before():
    events = _events(TAKEN.split("\n\n")[0] + "\n\nResidents woke to heavy gunfire as the fighters and soldiers fought near the "
                             "university. By the afternoon the soldiers had abandoned their positions and the Houthis "
                             "were in control of both sites, residents said.", published="2014-09-22T12:00:00Z")
    assert "witnesses" in _kinds(_taking(events)), [(e.sub_event_type, _kinds(e)) for e in events]


# A voice whose words name again what the sentence before told was hit ("a convoy" ... "The convoy was carrying
# ...") speaks of that incident, even with no word of the violence (`claims._names_target`).
CONVOY = "A suicide bomber rammed a car into a convoy carrying soldiers near Kandahar on Thursday, killing 20 of them. "


def test_officials_naming_the_convoy_that_was_hit_join_the_bombing():
    e = _one(_events(CONVOY + "The convoy of 30 vehicles was carrying about 900 soldiers to the city after leave, "
                              "army officials said."), "Suicide bomb")
    assert "army officials" in [s.name for s in e.sources], [s.name for s in e.sources]


def test_officials_naming_something_the_bombing_did_not_hit_are_no_voice_for_it():
    e = _one(_events(CONVOY + "The city was calm on Friday and the markets were open, army officials said."),
             "Suicide bomb")
    assert "army officials" not in [s.name for s in e.sources]


def test_officials_who_deny_what_the_convoy_carried_are_no_voice_for_it():
    e = _one(_events(CONVOY + "The convoy was not carrying any soldiers, army officials said."), "Suicide bomb")
    assert "army officials" not in [s.name for s in e.sources]
