"""Later sentences as voices for an incident already told (README "Data model", status): a party telling
its own act again joins the incident; a negated act ("had not clashed", "no looting took place") disputes
the incident, never supports it; a denial that says what it denies answers an event of that kind."""
from __future__ import annotations

from voice_helpers import _events, _one, _names


# ------------------------------------------------------------ a party telling its own act again joins it

def test_a_military_saying_whom_it_targeted_joins_the_strike_just_told():
    text = ("An Israeli air strike hit an apartment block in the Dahiyeh district of Beirut on Saturday afternoon. "
            "The Israeli military said it had targeted Hassan Badran, a senior commander of the group. "
            "The health ministry said four people were wounded.")
    e = _one(_events(text), "Air/drone strike")
    assert any(s.kind == "military" for s in e.sources), _names(e)
    # a party admitting the strike beside a civilian service that reports it: corroborated
    assert e.status == "corroborated"


def test_a_military_saying_why_it_struck_joins_the_strike_just_told():
    text = ("Israeli aircraft struck houses in Khan Younis on Saturday morning, residents said. "
            "The Israeli military said it had struck to protect its troops on the ground.")
    e = _one(_events(text), "Air/drone strike")
    assert any(s.kind == "military" for s in e.sources), _names(e)
    assert e.status == "corroborated"


def test_the_other_side_saying_its_fighters_engaged_the_troops_joins_the_clash():
    text = ("Israeli troops clashed with gunmen near Jabalia on Saturday, the Israeli military said. "
            "The Qassam Brigades, Hamas's armed wing, said its fighters had engaged the Israeli force.")
    e = _one(_events(text), "Armed clash")
    assert len(e.sources) == 2, _names(e)
    assert e.status == "corroborated"  # opposing parties agree that they fought


def test_a_party_statement_in_another_paragraph_adds_no_voice():
    text = ("Israeli aircraft struck houses in Khan Younis on Saturday morning, residents said.\n\n"
            "The Israeli military said it had struck to protect its troops on the ground.")
    e = _one(_events(text), "Air/drone strike")
    assert not any(s.kind == "military" for s in e.sources), _names(e)


def test_a_group_telling_its_own_strike_does_not_join_the_other_sides_strike():
    # the group's own act is not the air strike the army carried out just before
    text = ("Army jets bombed a village near Sibi on Saturday, residents said. "
            "The Baloch Liberation Army said it had attacked a checkpoint.")
    events = _events(text)
    strike = _one(events, "Air/drone strike")
    assert not any(s.kind == "armed group" for s in strike.sources), _names(strike)


def test_a_councillor_saying_the_city_has_fallen_is_a_voice_for_the_taking():
    text = ("Rebel fighters overran the town of Kamako on Monday, the rebels said.\n\n"
            "\"The town has fallen,\" said a member of the provincial council.")
    e = _one(_events(text, published="2023-05-15T18:00:00Z"), "Non-state actor overtakes territory")
    assert len(e.sources) == 2, _names(e)
    assert e.status == "corroborated"  # a party and a local official who is no party


# ------------------------------------------------------------- a negated act disputes, never supports

def test_a_group_saying_its_fighters_had_not_clashed_contests_the_clash():
    text = ("M23 rebels clashed with the army near Kibumba on Saturday, residents said. "
            "The M23 said its fighters had not clashed with the army.")
    e = _one(_events(text), "Armed clash")
    assert e.status == "contested"


def test_an_official_saying_no_looting_took_place_contests_the_riot():
    text = ("Rioters looted shops in the market of Beira on Saturday, witnesses said. "
            "The police chief said no looting took place there.")
    events = _events(text)
    assert events and all(e.status != "corroborated" for e in events), [(e.sub_event_type, e.status) for e in events]
    assert any(e.status == "contested" for e in events)


def test_not_being_ready_for_an_attack_is_no_denial_of_it():
    # the negation bears on the readiness, not on the attack
    text = ("Rebel fighters overran the town of Kamako on Monday, residents said. "
            "\"Our forces were not ready for an attack on this scale,\" a local official said.")
    events = _events(text, published="2023-05-15T18:00:00Z")
    assert all(e.status != "contested" for e in events), [(e.sub_event_type, e.status) for e in events]


def test_no_casualties_is_no_denial_of_the_attack():
    text = ("Gunmen attacked a police post in Mopti on Saturday, the army said. "
            "The army said no casualties were recorded.")
    events = _events(text)
    assert events and all(e.status != "contested" for e in events), [(e.sub_event_type, e.status) for e in events]


def test_a_negated_act_of_another_kind_says_nothing_for_the_event():
    # a peaceful march, then "no shops were looted": neither support nor a denial of the march
    text = ("Thousands marched peacefully through Blantyre on Saturday, organisers said. "
            "The police said no looting took place.")
    e = _one(_events(text), "Peaceful protest")
    assert e.status == "reported", _names(e)


# ------------------------------------------------------------ a denial answers the event of its kind

def test_a_denial_that_the_city_fell_answers_the_taking_not_the_strike_told_last():
    text = ("Islamic State fighters captured the town of Baiji on Sunday, police said. "
            "The US-led coalition said it had carried out four air strikes near Baiji on Sunday. "
            "A Pentagon spokesman denied that the town had fallen.")
    events = _events(text, published="2023-05-15T18:00:00Z")
    taking = _one(events, "Non-state actor overtakes territory")
    strike = _one(events, "Air/drone strike")
    assert taking.status == "contested"
    assert strike.status != "contested"


def test_a_denial_of_shooting_civilians_does_not_contest_a_taking():
    text = ("Taliban fighters captured the town of Ghormach on Sunday, residents said. "
            "The army denied that its troops had fired on civilians in the town.")
    events = _events(text, published="2023-05-15T18:00:00Z")
    assert all(e.status != "contested" for e in events if e.event_type == "Battles"), \
        [(e.sub_event_type, e.status) for e in events]


# ------------------------------------------------------------------ named sources, not the outlet's voice

def test_the_ministrys_statement_is_the_ministry_named_before():
    text = ("Russia's Defence Ministry said on Wednesday that its forces were fighting Ukrainian troops in the "
            "Kursk region.\n\n"
            "According to the ministry's first statement, Ukrainian units attacked Russian border positions "
            "near Sudzha on Tuesday.")
    events = _events(text, published="2024-08-07T18:00:00Z")
    told = [e for e in events if any("first statement" in x.text for x in e.evidence if x.field == "sentence")]
    assert told, [(e.sub_event_type, _names(e)) for e in events]
    assert all(s.name == "Russian Ministry of Defence" for s in told[0].sources), _names(told[0])


def test_a_media_wing_named_by_its_acronym_speaks_for_the_military():
    text = ("Pakistan's military said on Wednesday that it had ended the siege.\n\n"
            "The military's media wing, ISPR, said security forces launched a final assault near Mashkaf on "
            "Wednesday, killing 33 militants.")
    events = _events(text, published="2025-03-13T18:00:00Z")
    told = [e for e in events if any("media wing" in x.text for x in e.evidence if x.field == "sentence")]
    assert told and any(s.name == "ISPR" and s.party for s in told[0].sources), \
        [(e.sub_event_type, _names(e)) for e in events]


def test_a_national_red_cross_society_is_not_the_icrc():
    from sitroom.extract.sources import resolve_source

    kenya = resolve_source("The Kenya Red Cross", "The Kenya Red Cross said", 0, 1, None, "Kenya")
    assert kenya.name == "Kenya Red Cross" and kenya.kind == "humanitarian"
    lebanon = resolve_source("the Lebanese Red Cross", "the Lebanese Red Cross said", 0, 1, None, "Lebanon")
    assert lebanon.name == "Lebanese Red Cross"
    icrc = resolve_source("the Red Cross", "the Red Cross said", 0, 1, None, "Kenya")
    assert icrc.name == "International Committee of the Red Cross"
    society = resolve_source("the Palestine Red Crescent Society", "x said", 0, 1, None, "Palestine")
    assert society.kind == "humanitarian"


def test_a_statement_relayed_by_a_state_agency_is_the_speakers():
    text = ("Warplanes of the Saudi-led coalition struck Houthi vehicles near Sirwah on Sunday, the coalition "
            "said in a statement carried by the Saudi state news agency.")
    e = _one(_events(text, published="2021-02-15T18:00:00Z"), "Air/drone strike")
    assert _names(e) == ["Saudi-led coalition"]
    assert e.status == "claimed"


def test_its_own_outlet_carrying_a_groups_statement_is_still_named():
    text = ("In a statement carried by its Amaq news agency, the Islamic State said its fighters had attacked "
            "an army post near Tal Afar on Sunday.")
    events = _events(text, published="2021-02-15T18:00:00Z")
    assert events and any(s.name == "Amaq" for e in events for s in e.sources), [_names(e) for e in events]


def test_a_possessive_pronoun_is_no_speaker():
    text = ("Gunmen attacked a bus near Mach on Tuesday, killing six passengers, officials said. "
            "Its claims of a far higher toll could not be verified.")
    events = _events(text, published="2025-03-13T18:00:00Z")
    assert not any(s.name.lower() == "its" for e in events for s in e.sources), [_names(e) for e in events]


def test_a_vow_not_to_withdraw_is_no_denial():
    text = ("Soldiers fought gunmen inside the mall in Nairobi on Sunday, a military spokesman said. "
            "The president said Kenya would not withdraw its forces from Somalia.")
    events = _events(text, published="2013-09-23T18:00:00Z")
    assert all(e.status != "contested" for e in events), [(e.sub_event_type, e.status) for e in events]


# ------------------------------------------ a group owning or disowning the incident speaks for all of it

def test_a_claim_of_responsibility_joins_the_groups_attack_not_the_forces_counter_assault():
    text = ("Gunmen stormed a guesthouse in the town of Wajir on Friday morning and shot dead eight guests, police "
            "said. Police said officers exchanged fire with the gunmen for several hours before the siege ended. "
            "Al-Shabaab said it carried out the attack.")
    events = _events(text)
    attack, clash = _one(events, "Attack"), _one(events, "Armed clash")
    assert "Al Shabaab" in _names(attack) and attack.status == "corroborated"
    assert "Al Shabaab" not in _names(clash) and clash.status == "claimed"


def test_a_denial_of_involvement_contests_every_site_of_the_attacks():
    text = ("Gunmen opened fire on shoppers at a market in Quetta on Monday, killing six people, police said. "
            "A bomb went off at a bus station in Turbat an hour later, killing two people, police said. "
            "A spokesman for the Baloch Liberation Army denied that the group was involved.")
    events = _events(text)
    assert _one(events, "Attack").status == "contested"
    assert _one(events, "Remote explosive/landmine/IED").status == "contested"


def test_a_group_claiming_the_attacks_is_a_voice_for_each_site():
    text = ("A car bomb went off outside a police station in Kirkuk on Sunday, killing seven people, police said. "
            "A roadside bomb hit a minibus in Tuz Khurmatu on Sunday, killing three people, police said. "
            "Islamic State said it carried out the attacks.")
    blasts = [e for e in _events(text) if e.event_type == "Explosions/Remote violence"]
    assert len(blasts) == 2 and all("Islamic State" in _names(e) for e in blasts), [_names(e) for e in blasts]
    assert all(e.status == "corroborated" for e in blasts)


def test_a_group_claiming_one_attack_speaks_only_for_it():
    text = ("A car bomb went off outside a police station in Kirkuk on Sunday, killing seven people, police said. "
            "A roadside bomb hit a minibus in Tuz Khurmatu on Sunday, killing three people, police said. "
            "Islamic State has claimed the attack in Tuz Khurmatu.")
    blasts = {e.location.name: e for e in _events(text) if e.event_type == "Explosions/Remote violence"}
    kirkuk = next(e for name, e in blasts.items() if "Kirkuk" in name)
    assert "Islamic State" not in _names(kirkuk) and kirkuk.status == "reported"


def test_no_group_claiming_the_attacks_is_no_voice():
    text = ("A car bomb went off outside a police station in Kirkuk on Sunday, killing seven people, police said. "
            "A roadside bomb hit a minibus in Tuz Khurmatu on Sunday, killing three people, police said. "
            "No group has said it carried out the attacks.")
    blasts = [e for e in _events(text) if e.event_type == "Explosions/Remote violence"]
    assert len(blasts) == 2 and all(e.status == "reported" for e in blasts)


def test_a_cabinet_secretary_speaks_for_his_government():
    from sitroom.extract.sources import resolve_source

    src = resolve_source("Interior Cabinet Secretary Amina Wanjiru", "said", 0, 1, None, "Kenya")
    assert src is not None and (src.kind, src.party) == ("government", "Kenya")
    src = resolve_source("British Foreign Secretary Tom Hale", "said", 0, 1, None, "Kenya")
    assert src is not None and src.party == "United Kingdom"


def test_a_group_described_before_its_name_owning_the_attack_is_its_voice():
    text = ("Gunmen stormed a shopping centre in Garsen on Saturday afternoon and shot dead eleven shoppers, police "
            "said. The Somali militant group al-Shabaab said on its radio station that its fighters had carried out "
            "the attack.")
    e = _one(_events(text), "Attack")
    assert "Al Shabaab" in _names(e) and e.status == "corroborated"


def test_an_armed_group_named_after_a_descriptive_head_noun_speaks_for_itself():
    from sitroom.extract.sources import resolve_source

    src = resolve_source("the Somali militant group al-Shabaab", "said", 0, 1, None, "Kenya")
    assert src is not None and (src.kind, src.party) == ("armed group", "al_shabaab")
    assert resolve_source("a group of al-Shabaab", "said", 0, 1, None, "Kenya") is None


def test_a_groups_titled_spokesman_saying_the_group_hit_the_place_joins_the_strike():
    text = ("The Saudi-led coalition said that on Tuesday a Houthi drone had hit the airport in Jazan, damaging a parked "
            "aircraft. Houthi military spokesman Yahya Saree said the group had targeted the airport with drones.")
    e = _one(_events(text), "Air/drone strike")
    assert any(s.party == "houthi_movement" for s in e.sources), _names(e)
    assert e.status == "corroborated"  # opposing parties agree on the strike


def test_a_title_naming_a_group_speaks_for_the_group_not_the_state():
    from sitroom.extract.sources import resolve_source

    for phrase, party in (("Houthi military spokesman Yahya Saree", "houthi_movement"),
                          ("Taliban spokesman Zabihullah Mujahid", "taliban")):
        src = resolve_source(phrase, "said", 0, 1, None, "Yemen")
        assert src is not None and src.party == party, src
    # no one named group: "rebel commanders" are not made the voice of one group (nor of the state)
    src = resolve_source("Rebel commanders", "said", 0, 1, None, "Syria")
    assert src is None or src.party in (None, "")


def test_a_speaker_who_has_not_said_anything_is_no_voice():
    told = "A truck bomb exploded on a road bridge near Dzhankoi on Saturday, killing three people, investigators said. "
    silent = _events(told + "Kyiv has not said it was behind the explosion.")
    assert [s.name for e in silent for s in e.sources if s.name == "Kyiv"] == []
    spoken = _events(told + "Kyiv said it was behind the explosion.")
    assert any(s.name == "Kyiv" for e in spoken for s in e.sources), [_names(e) for e in spoken]


def test_an_officer_confirming_the_place_had_been_lost_is_a_further_voice_for_its_taking():
    text = ("Insurgents seized the town of Kalo on Sunday after a day of fighting, residents said. A senior army "
            "officer, who spoke on condition of anonymity, confirmed that the town had been lost.")
    e = _one(_events(text), "Non-state actor overtakes territory")
    assert any("officer" in s.name for s in e.sources), _names(e)
    assert e.status == "corroborated"
