"""The actor registry beyond Syria, Iraq and Yemen: named groups, state forces and generic words from every
region that fresh reporting covers, resolved to ACLED-style names and the project's sides.

The sentences are our own, written in the style of wire copy; expected names and sides were written from the
groups' public record (who they fight for, when they were founded or renamed), not read off the code.
"""
from __future__ import annotations

from datetime import date

import pytest

from sitroom.knowledge.actor_book import load_book
from sitroom.knowledge.actors import find_actors

DAY = date(2024, 6, 1)


def _first(text: str, country: str | None, day: date = DAY):
    found = find_actors(text, country=country, on=day)
    assert found, f"no actor in {text!r}"
    return found[0]


# --- one or two sentences per region: the group's canonical name and its side --------------------------
@pytest.mark.parametrize(
    ("text", "country", "mention", "name", "side"),
    [
        # Sahel and West Africa
        ("Ansarul Islam fighters ambushed a convoy near Djibo on Tuesday.", "Burkina Faso", "Ansarul Islam",
         "Ansaroul Islam", "jihadist"),
        ("Katiba Macina militants torched the weekly market in Dioura.", "Mali", "Katiba Macina", "Katiba Macina",
         "jihadist"),
        ("Dozo hunters clashed with Fulani herders in the Mopti region.", "Mali", "Dozo hunters", "Dozo Militia",
         "unknown"),
        ("Koglweogo vigilantes detained three suspected thieves.", "Burkina Faso", "Koglweogo vigilantes",
         "Koglweogo Militia", "unknown"),
        ("Lakurawa militants killed 15 villagers in Sokoto state.", "Nigeria", "Lakurawa militants", "Lakurawa",
         "jihadist"),
        ("Suspected ESN operatives set fire to a police station in Imo.", "Nigeria", "ESN operatives",
         "ESN: Eastern Security Network", "opposition"),
        ("Amba fighters abducted a teacher in Bamenda, the army said.", "Cameroon", "Amba fighters",
         "Ambazonian Separatists", "opposition"),
        ("The Azawad Liberation Front said it downed a drone near Tinzaouaten.", "Mali", "Azawad Liberation Front",
         "FLA: Azawad Liberation Front", "opposition"),
        ("AQIM claimed the kidnapping of two engineers.", "Algeria", "AQIM", "AQIM: Al Qaeda in the Islamic Maghreb",
         "jihadist"),
        # Horn, East and Central Africa
        ("The Oromo Liberation Army attacked a town in western Oromia.", "Ethiopia", "Oromo Liberation Army",
         "OLA: Oromo Liberation Army", "opposition"),
        ("Fano militiamen seized the town of Lalibela from federal troops.", "Ethiopia", "Fano militiamen",
         "Fano Militia", "opposition"),
        ("Macawisley fighters drove al-Shabaab out of two villages.", "Somalia", "Macawisley fighters",
         "Macawisley Militia", "government"),
        ("ADF rebels hacked 20 people to death in Beni territory.", "DRC", "ADF rebels",
         "ADF: Allied Democratic Forces", "jihadist"),
        ("CODECO militiamen attacked a displacement camp in Djugu.", "Democratic Republic of Congo",
         "CODECO militiamen", "CODECO: Cooperative for the Development of Congo", "unknown"),
        ("Wazalendo fighters retook the hill from the rebels.", "Democratic Republic of Congo", "Wazalendo fighters",
         "Wazalendo Militia", "government"),
        ("Imbonerakure members beat an opposition activist in Ngozi.", "Burundi", "Imbonerakure members",
         "Imbonerakure", "government"),
        ("3R rebels attacked a gendarmerie post near Bocaranga.", "Central African Republic", "3R rebels",
         "3R: Return, Reclamation, Rehabilitation", "opposition"),
        ("The UPC took control of the mining site.", "Central African Republic", "UPC",
         "UPC: Union for Peace in the Central African Republic", "opposition"),
        ("SPLM-N al-Hilu forces shelled Kadugli.", "Sudan", "SPLM-N al-Hilu",
         "SPLM-N: Sudan People's Liberation Movement-North (Al Hilu Faction)", "opposition"),
        ("Ansar al-Sunna insurgents beheaded two men in Macomia.", "Mozambique", "Ansar al-Sunna",
         "Islamic State (Mozambique)", "jihadist"),
        # North Africa and the Middle East
        ("The al-Aqsa Martyrs' Brigade said its fighters fired at an army post.", "Palestine",
         "al-Aqsa Martyrs' Brigade", "Al Aqsa Martyrs Brigade", "opposition"),
        ("Kataib Hezbollah denied involvement in the drone attack.", "Iraq", "Kataib Hezbollah", "Kataib Hezbollah",
         "government"),
        ("The Islamic Resistance in Iraq claimed a drone attack on a base.", "Iraq", "Islamic Resistance in Iraq",
         "Islamic Resistance in Iraq", "opposition"),
        ("Hurras al-Din commanders were killed in a drone strike near Idlib.", "Syria", "Hurras al-Din",
         "Hurras al Din", "jihadist"),
        ("Jaish al-Adl gunmen attacked a police station in Rask.", "Iran", "Jaish al-Adl", "Jaish al Adl",
         "jihadist"),
        ("Giants Brigades fighters repelled a Houthi attack in Shabwa.", "Yemen", "Giants Brigades",
         "Giants Brigades", "government"),
        ("Rada forces clashed with the 444 Brigade in Tripoli.", "Libya", "Rada forces",
         "Rada Special Deterrence Force", "government"),
        ("The Polisario Front said it shelled Moroccan positions.", "Western Sahara", "Polisario Front",
         "Polisario Front", "opposition"),
        # South and Central Asia
        ("ISKP claimed the suicide bombing in Kabul.", "Afghanistan", "ISKP",
         "ISKP: Islamic State Khorasan Province", "jihadist"),
        ("The National Resistance Front said it killed four Taliban fighters in Panjshir.", "Afghanistan",
         "National Resistance Front", "NRF: National Resistance Front", "opposition"),
        ("Lashkar-e-Taiba was blamed for the attack in Pahalgam.", "India", "Lashkar-e-Taiba",
         "LeT: Lashkar-e-Taiba", "jihadist"),
        ("BLA fighters stormed a train in Balochistan.", "Pakistan", "BLA fighters", "BLA: Baloch Liberation Army",
         "opposition"),
        ("Maoists ambushed a CRPF patrol in Sukma.", "India", "Maoists",
         "CPI (Maoist): Communist Party of India (Maoist)", "opposition"),
        ("Arambai Tenggol members torched houses in the foothills.", "India", "Arambai Tenggol members",
         "Arambai Tenggol", "unknown"),
        # Southeast Asia
        ("The Arakan Army captured the town of Maungdaw.", "Myanmar", "Arakan Army", "AA: Arakan Army", "opposition"),
        ("The AA said it had taken the last junta base.", "Myanmar", "AA", "AA: Arakan Army", "opposition"),
        ("PDF fighters attacked a police outpost in Sagaing.", "Myanmar", "PDF fighters",
         "PDF: People's Defense Force", "opposition"),
        ("The TNLA seized Lashio's outskirts.", "Myanmar", "TNLA", "TNLA: Ta'ang National Liberation Army",
         "opposition"),
        ("BRN insurgents detonated a bomb in Narathiwat.", "Thailand", "BRN",
         "BRN: National Revolutionary Front", "opposition"),
        ("MILF fighters clashed with a rival clan in Maguindanao.", "Philippines", "MILF fighters",
         "MILF: Moro Islamic Liberation Front", "opposition"),
        # the Americas
        ("ELN rebels attacked an oil pipeline in Arauca.", "Colombia", "ELN rebels", "ELN: National Liberation Army",
         "opposition"),
        ("The Clan del Golfo imposed a curfew in the Uraba region.", "Colombia", "Clan del Golfo", "Clan del Golfo",
         "unknown"),
        ("Jalisco New Generation Cartel gunmen ambushed soldiers in Michoacan.", "Mexico",
         "Jalisco New Generation Cartel", "CJNG: Jalisco New Generation Cartel", "unknown"),
        ("Viv Ansanm gangs attacked the town of Mirebalais.", "Haiti", "Viv Ansanm", "Viv Ansanm", "unknown"),
        ("The G9 gang alliance set up barricades in Delmas.", "Haiti", "G9 gang alliance", "G9 an Fanmi e Alye",
         "unknown"),
        ("Shining Path remnants killed two soldiers in the VRAEM.", "Peru", "Shining Path remnants",
         "Sendero Luminoso", "opposition"),
        # Europe and the Caucasus
        ("The Russian Volunteer Corps said it had crossed into the Belgorod region.", "Russia",
         "Russian Volunteer Corps", "Russian Volunteer Corps", "opposition"),
        ("The New IRA claimed the shooting of an off-duty officer.", "United Kingdom", "New IRA", "New IRA",
         "opposition"),
    ],
)
def test_each_region_names_its_groups(text, country, mention, name, side):
    ref = _first(text, country)
    assert (ref.mention, ref.name, ref.side) == (mention, name, side)


def test_russian_volunteers_are_ukraines_side_in_ukraine():
    ref = _first("Fighters of the Freedom of Russia Legion held positions near Kupiansk.", "Ukraine")
    assert (ref.name, ref.side) == ("Freedom of Russia Legion", "government")


# --- renamed and realigned groups follow the date -------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "country", "day", "name", "side"),
    [
        # Ansar Dine merged into JNIM on 2017-03-02
        ("Ansar Dine fighters attacked the camp.", "Mali", date(2015, 3, 1), "Ansar Dine", "jihadist"),
        ("Ansar Dine fighters attacked the camp.", "Mali", date(2019, 3, 1),
         "JNIM: Group for Support of Islam and Muslims", "jihadist"),
        # the FARC disarmed in June 2017; afterwards "FARC" fighters are its dissidents
        ("FARC rebels attacked a police station.", "Colombia", date(2012, 5, 1),
         "FARC: Revolutionary Armed Forces of Colombia", "opposition"),
        ("FARC rebels attacked a police station.", "Colombia", date(2023, 5, 1), "FARC Dissidents", "opposition"),
        # Fano fought beside the army in Tigray and against it from 2023
        ("Fano militiamen took the town.", "Ethiopia", date(2021, 8, 1), "Fano Militia", "government"),
        ("Fano militiamen took the town.", "Ethiopia", date(2023, 9, 1), "Fano Militia", "opposition"),
        # JEM joined the army against the RSF in November 2023
        ("JEM fighters clashed with the army near Nyala.", "Sudan", date(2015, 1, 10),
         "JEM: Justice and Equality Movement", "opposition"),
        ("JEM fighters repelled an RSF attack on El Fasher.", "Sudan", date(2024, 5, 10),
         "JEM: Justice and Equality Movement", "government"),
        # Donetsk's separatist forces were Ukraine's rebels until Russia annexed the region in September 2022
        ("DPR forces shelled Avdiivka.", "Ukraine", date(2017, 2, 1), "DPR: Donetsk Peoples Republic", "opposition"),
        ("DPR forces shelled Avdiivka.", "Ukraine", date(2023, 2, 1), "Military Forces of Russia (2000-)", "external"),
        # Assad's loyalists were the state's forces until December 2024 and rebels against the new government after
        ("Assad loyalists ambushed a patrol near Jableh.", "Syria", date(2016, 5, 1),
         "Military Forces of Syria (2000-2024)", "government"),
        ("Assad loyalists ambushed a patrol near Jableh.", "Syria", date(2025, 3, 6), "Opposition Rebels (Syria)",
         "opposition"),
        # the Haqqani network's men are the state's since the Taliban took Kabul
        ("The Haqqani network was blamed for the truck bomb.", "Afghanistan", date(2017, 5, 31), "Haqqani Network",
         "opposition"),
    ],
)
def test_renamed_and_realigned_groups_follow_the_date(text, country, day, name, side):
    ref = _first(text, country, day)
    assert (ref.name, ref.side) == (name, side)


# --- short aliases fire only in their countries; ordinary words and other acronyms do not ---------------
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The AA news agency reported the arrests in Ankara.", "Turkey"),  # Anadolu Agency, not the Arakan Army
        ("The ministry published a PDF of the report.", "Kenya"),
        ("The ADF deployed two frigates to the Pacific.", "Australia"),  # the Australian Defence Force
        ("The G9 summit ended without a statement.", "France"),
        ("The ESN organised a trip to Ghent.", "Belgium"),  # the Erasmus Student Network
        ("The UPC won three seats in the district.", "Uganda"),  # the Uganda People's Congress
        ("The Verkhovna Rada voted to extend martial law.", "Ukraine"),
        ("Amal Clooney addressed the court.", "United States"),
        ("The CMA blocked the merger.", "United Kingdom"),  # the Competition and Markets Authority
        ("Ships crossed the Sea of Azov overnight.", "Ukraine"),
        ("The DPR passed the budget in Jakarta.", "Indonesia"),  # Indonesia's parliament
        ("They let the convoy pass.", "India"),  # "let" is not Lashkar-e-Taiba's LeT
        ("Let them go, he said.", "Pakistan"),
        ("The CPC Central Committee met in Beijing.", "China"),
        ("The PRC said the drills were routine.", "Taiwan"),
        ("Settlers arrived in the valley in the 1850s.", "United States"),
    ],
)
def test_ambiguous_short_aliases_do_not_fire_elsewhere(text, country):
    assert find_actors(text, country=country, on=DAY) == []


def test_ambiguous_alias_fires_only_in_its_countries():
    assert find_actors("The UPC attacked the town.", country="Central African Republic", on=DAY)[0].side == "opposition"
    assert find_actors("The UPC attacked the town.", country="Uganda", on=DAY) == []
    assert find_actors("The UPC attacked the town.", on=DAY) == []  # without a country it means nothing


def test_an_alias_that_means_nothing_here_does_not_hide_the_words_inside_it():
    # "Kurdish militants" is the PKK in Turkey and Iraq; in Iran the words are still "militants"
    (ref,) = find_actors("Kurdish militants attacked a border post.", country="Iran", on=DAY)
    assert (ref.mention, ref.name, ref.side) == ("militants", "Unidentified Armed Group (Iran)", "unknown")
    (ref,) = find_actors("Kurdish militants attacked a border post.", country="Turkey", on=DAY)
    assert (ref.name, ref.side) == ("PKK: Kurdistan Workers Party", "kurdish")


# --- state forces: ACLED's period labels and foreign forces' sides ---------------------------------------
@pytest.mark.parametrize(
    ("text", "country", "day", "name", "side"),
    [
        ("Chadian soldiers repelled the assault.", "Chad", date(2022, 3, 1), "Military Forces of Chad (2021-)",
         "government"),
        ("Chadian soldiers repelled the assault.", "Chad", date(2019, 3, 1), "Military Forces of Chad (1990-2021)",
         "government"),
        ("Colombian troops killed three guerrillas.", "Colombia", date(2020, 3, 1),
         "Military Forces of Colombia (2018-2022)", "government"),
        ("Mexican soldiers clashed with gunmen.", "Mexico", date(2025, 1, 10), "Military Forces of Mexico (2024-)",
         "government"),
        ("Haitian police retook the commune.", "Haiti", date(2019, 10, 1), "Police Forces of Haiti (2017-2021)",
         "government"),
        ("Bangladeshi police fired on students.", "Bangladesh", date(2024, 7, 18),
         "Police Forces of Bangladesh (2009-2024)", "government"),
        ("Filipino soldiers clashed with rebels.", "Philippines", date(2023, 1, 5),
         "Military Forces of the Philippines (2022-)", "government"),
        # foreign forces fighting beside a government back it
        ("Chadian troops pursued Boko Haram fighters.", "Nigeria", date(2015, 3, 1),
         "Military Forces of Chad (1990-2021)", "foreign-pro-government"),
        ("Eritrean troops looted the town of Adwa.", "Ethiopia", date(2021, 1, 10), "Military Forces of Eritrea (1993-)",
         "foreign-pro-government"),
        ("Burundian troops fought M23 near Sake.", "DRC", date(2024, 2, 1), "Military Forces of Burundi (2020-)",
         "foreign-pro-government"),
        ("Kenyan police of the mission patrolled Port-au-Prince.", "Haiti", date(2024, 8, 1),
         "Police Forces of Kenya (2022-)", "foreign-pro-government"),
        ("Egyptian warplanes struck targets in Derna.", "Libya", date(2017, 5, 27), "Military Forces of Egypt (2014-)",
         "foreign-pro-opposition"),
    ],
)
def test_state_forces_periods_and_foreign_sides(text, country, day, name, side):
    ref = _first(text, country, day)
    assert (ref.name, ref.side) == (name, side)


def test_every_state_period_label_names_the_years_it_covers():
    # "2018-2022" starts in 2018 and ends in 2022; "2022-" is still open
    for state in load_book().states.values():
        for p in state.periods:
            first, _, last = p.label.partition("-")
            assert p.start is not None and int(first) == p.start.year, (state.country, p)
            assert (p.end is None) if not last else (p.end is not None and int(last) == p.end.year), (state.country, p)


# --- generic words of wire copy ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "country", "mention", "name", "side"),
    [
        ("Armed herders killed 12 farmers in Benue.", "Nigeria", "Armed herders",
         "Unidentified Communal Militia (Nigeria)", "unknown"),
        ("Clan militias fought over a water point near Galkayo.", "Somalia", "Clan militias",
         "Unidentified Communal Militia (Somalia)", "unknown"),
        ("Local vigilantes repelled the bandits.", "Nigeria", "Local vigilantes",
         "Unidentified Communal Militia (Nigeria)", "unknown"),
        ("Bandits abducted 30 pupils in Kaduna.", "Nigeria", "Bandits", "Unidentified Armed Group (Nigeria)",
         "unknown"),
        ("Kidnappers seized a priest on the highway.", "Nigeria", "Kidnappers", "Unidentified Armed Group (Nigeria)",
         "unknown"),
        ("Gangs torched houses in Cite Soleil.", "Haiti", "Gangs", "Unidentified Armed Group (Haiti)", "unknown"),
        ("Cartel gunmen killed four police officers.", "Mexico", "Cartel gunmen", "Unidentified Armed Group (Mexico)",
         "unknown"),
        ("Islamist militants attacked an army base.", "Burkina Faso", "Islamist militants",
         "Unidentified Armed Group (Burkina Faso)", "jihadist"),
        ("Junta troops burned the village.", "Myanmar", "Junta troops", "Military Forces of Myanmar (2021-)",
         "government"),
        ("Pro-government paramilitaries beat the students.", "Nicaragua", "Pro-government paramilitaries",
         "Pro-Government Militia (Nicaragua)", "government"),
    ],
)
def test_generic_words_of_wire_copy(text, country, mention, name, side):
    ref = _first(text, country)
    assert (ref.mention, ref.name, ref.side) == (mention, name, side)


def test_gang_is_an_actor_word_only_in_haiti():
    # elsewhere "gangs" is left to the crime vocabulary; no actor
    assert find_actors("Gangs torched houses.", country="Haiti", on=DAY)
    assert find_actors("Gangs torched houses.", country="Sweden", on=DAY) == []


def test_islamic_state_and_al_shabaab_in_mozambique():
    assert _first("Islamic State fighters raided Mocimboa da Praia.", "Mozambique").name == "Islamic State (Mozambique)"
    assert _first("Al-Shabaab insurgents raided Mocimboa da Praia.", "Mozambique").name == "Islamic State (Mozambique)"
    assert _first("Al-Shabaab fighters attacked a base near Mogadishu.", "Somalia").name == "Al Shabaab"


def test_registry_size():
    # the registry names many more groups than the Syria/Iraq/Yemen core it started from
    book = load_book()
    named = {g.name for g in book.groups.values() if g.name}
    assert len(named) >= 230
    assert len([s for s in book.states.values() if s.periods]) >= 70


@pytest.mark.parametrize(
    ("text", "country", "not_name"),
    [
        # a place named like an Islamic State "province" is a place
        ("Gunmen attacked a mosque in Egypt's North Sinai province on Friday.", "Egypt", "Islamic State (Egypt)"),
        # one country's words for its war do not name another country's groups
        ("Regime remnants attacked a police station in Dhaka.", "Bangladesh", "Opposition Rebels (Syria)"),
        ("Turkish-backed militias defended Tripoli.", "Libya", "Syrian National Army"),
        ("Communist guerrillas ambushed a patrol in Chhattisgarh.", "India", "NPA: New People's Army"),
        ("Southern separatists clashed with the army in Casamance.", "Senegal", "STC: Southern Transitional Council"),
        ("The 4th Division was sent to the front near Pokrovsk.", "Ukraine", "Military Forces of Syria (2024-)"),
    ],
)
def test_one_wars_words_do_not_name_another_wars_groups(text, country, not_name):
    assert not_name not in {a.name for a in find_actors(text, country=country, on=DAY)}
