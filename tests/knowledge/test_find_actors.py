"""find_actors: canonical, country- and date-aware names for actor mentions in real sentences."""
from __future__ import annotations

from datetime import date

import pytest

from sitroom.knowledge.actors import actor_by_name, associates, find_actors, group_info

SEED_DAY = date(2016, 12, 9)
SYR = "Military Forces of Syria (2000-2024)"


def _one(text: str, **kw):
    refs = find_actors(text, **kw)
    assert len(refs) == 1, [(r.mention, r.name) for r in refs]
    return refs[0]


# Phrases from the seed (Syria, 2016-12-09) with the names checked by hand against the codebook.
@pytest.mark.parametrize(
    ("text", "mention", "name", "inter", "side"),
    [
        ("heavy casualties on pro-Assad forces trying", "pro-Assad forces", SYR, 1, "government"),
        ("25 Afghan, Iranian, and regime militiamen were slain", "Afghan, Iranian, and regime militiamen", SYR, 1,
         "government"),
        ("a Turkish-rebel offensive is close", "Turkish-rebel", "Opposition Rebels (Syria)", 2, "opposition"),
        ("taking the ISIS-held Al-Bab", "ISIS", "Islamic State (Syria)", 2, "jihadist"),
        ("Rebels had to pull back", "Rebels", "Opposition Rebels (Syria)", 2, "opposition"),
        ("by regime barrel-bombing of the Jaloom district", "regime barrel-bombing", SYR, 1, "government"),
        ("Two National Defense Force militia in the al-Halk neighborhood", "National Defense Force",
         "NDF: National Defence Forces", 3, "government"),
        ("a slain leader of the Free Syrian Army, Colville said", "Free Syrian Army", "Free Syrian Army", 2,
         "opposition"),
        ("Jabhat Fatah al-Sham, formerly known", "Jabhat Fatah al-Sham", "Jabhat Fateh al Sham", 2, "jihadist"),
        ("and the Abu Amara Battalion — killing", "Abu Amara Battalion", "Abu Amara Battalion", 2, "opposition"),
        ("hoists a Hezbollah flag", "Hezbollah", "Hezbollah", 3, "government"),
        ("Pro-regime militia fight in the Salaheddin district", "Pro-regime militia", SYR, 1, "government"),
        ("Turkish warplanes destroyed threee buildings", "Turkish warplanes", "Military Forces of Turkey (2002-)", 8,
         "foreign-pro-opposition"),
        ("The Turkish military said", "Turkish military", "Military Forces of Turkey (2002-)", 8,
         "foreign-pro-opposition"),
        ("In a sudden offensive, the Islamic State has defeated", "the Islamic State", "Islamic State (Syria)", 2, "jihadist"),
        ("more than 50 regime troops were killed", "regime troops", SYR, 1, "government"),
        ("regime warplanes have destroyed its center", "regime warplanes", SYR, 1, "government"),
        ("ongoing US support for the Kurdish-led Syrian Democratic Forces,",
         "Kurdish-led Syrian Democratic Forces", "QSD: Syrian Democratic Forces", 2, "kurdish"),
        ("the SDF took territory", "SDF", "QSD: Syrian Democratic Forces", 2, "kurdish"),
        ("endanger the Russian Air Force.", "Russian Air Force", "Military Forces of Russia (2000-)", 8,
         "foreign-pro-government"),
        ("Combat actions of the Syrian Army in eastern Aleppo", "Syrian Army", SYR, 1, "government"),
        ("the killing of more than 25 people, mostly", "people", "Civilians (Syria)", 7, "civilian"),
        ("mostly women and children, by", "women and children", "Civilians (Syria)", 7, "civilian"),
    ],
)
def test_seed_phrases_in_syria_2016(text, mention, name, inter, side):
    ref = _one(text, country="Syria", on=SEED_DAY)
    assert (ref.mention, ref.name, ref.inter, ref.side) == (mention, name, inter, side)
    assert text[ref.start:ref.end] == mention


# Jabhat al-Nusra renamed itself JFS on 2016-07-28 and merged into HTS on 2017-01-28.
@pytest.mark.parametrize(
    ("text", "day", "name"),
    [
        ("Jabhat al-Nusra fighters stormed the base", date(2015, 6, 1), "Jabhat al Nusra"),
        ("Jabhat al-Nusra fighters stormed the base", date(2016, 12, 9), "Jabhat Fateh al Sham"),
        ("Jabhat al-Nusra fighters stormed the base", date(2017, 6, 1), "HTS: Hayat Tahrir al Sham"),
        ("Nusra Front shelled the town", date(2016, 12, 9), "Jabhat Fateh al Sham"),
        ("JFS/Nusra dominance of the rebellion", date(2016, 12, 9), "Jabhat Fateh al Sham"),
        ("HTS fighters took the checkpoint", date(2019, 3, 1), "HTS: Hayat Tahrir al Sham"),
        ("Iraqi troops advanced on Mosul", date(2016, 11, 1), "Military Forces of Iraq (2014-2018)"),
        ("Iraqi troops raided the village", date(2023, 2, 1), "Military Forces of Iraq (2022-)"),
        ("Syrian army units shelled Daraa", date(2025, 3, 1), "Military Forces of Syria (2024-)"),
        ("Taliban fighters attacked a checkpoint", date(2020, 5, 1), "Taliban"),
        ("Taliban fighters attacked a checkpoint", date(2022, 5, 1), "Military Forces of Afghanistan (2021-)"),
        ("Houthi rebels fired a missile", date(2015, 5, 1), "Houthi Movement"),
        ("Houthi rebels fired a missile", date(2019, 5, 1), "Military Forces of Yemen (2017-) Houthi"),
        ("Turkish-backed rebels entered Afrin", date(2016, 10, 1), "Opposition Rebels (Syria)"),
        ("Turkish-backed rebels entered Afrin", date(2018, 3, 18), "Syrian National Army"),
        ("the Rapid Support Forces deployed in Khartoum", date(2022, 1, 1),
         "Military Forces of Sudan (2019-) Rapid Support Forces"),
        ("the Rapid Support Forces shelled Omdurman", date(2023, 5, 1), "RSF: Rapid Support Forces"),
        ("ISGS fighters ambushed soldiers", date(2023, 5, 1), "Islamic State (Sahel)"),
    ],
)
def test_names_follow_the_date(text, day, name):
    refs = find_actors(text, country=None, on=day)
    assert refs[0].name == name


# Any country: an adjective (or possessive name) plus a force noun builds the ACLED-style name.
@pytest.mark.parametrize(
    ("text", "country", "day", "name", "inter", "side"),
    [
        ("Nigerian soldiers repelled an attack on Monguno", "Nigeria", date(2024, 2, 1),
         "Military Forces of Nigeria (2023-)", 1, "government"),
        ("The Malian army said it killed 30 militants", "Mali", date(2022, 4, 2),
         "Military Forces of Mali (2021-)", 1, "government"),
        ("Israeli airstrikes hit a house in Rafah", "Palestine", date(2024, 5, 6),
         "Military Forces of Israel (2022-)", 8, "external"),
        ("Russian troops shelled Kharkiv overnight", "Ukraine", date(2022, 5, 1),
         "Military Forces of Russia (2000-)", 8, "external"),
        ("Ukrainian forces retook the village", "Ukraine", date(2022, 9, 10),
         "Military Forces of Ukraine (2019-)", 1, "government"),
        ("Kenyan police fired tear gas", "Kenya", date(2023, 7, 7), "Police Forces of Kenya (2022-)", 1, "government"),
        ("Ethiopian protesters gathered in Addis Ababa", "Ethiopia", date(2020, 7, 1), "Protesters (Ethiopia)", 6,
         "protesters"),
        # (US strikes in Somalia are made with the Federal Government: a foreign force backing it; in Yemen not)
        ("US airstrikes killed three fighters", "Somalia", date(2020, 2, 1),
         "Military Forces of the United States (2017-2021)", 8, "foreign-pro-government"),
        ("US airstrikes killed three fighters", "Yemen", date(2024, 1, 12),
         "Military Forces of the United States (2021-2025)", 8, "external"),
        ("Russia's army pressed on towards Bakhmut", "Ukraine", date(2023, 1, 10),
         "Military Forces of Russia (2000-)", 8, "external"),
        ("Congolese soldiers fought M23", "DRC", date(2023, 1, 10),
         "Military Forces of the Democratic Republic of Congo (2019-)", 1, "government"),
    ],
)
def test_adjective_and_force_noun_for_any_country(text, country, day, name, inter, side):
    ref = find_actors(text, country=country, on=day)[0]
    assert (ref.name, ref.inter, ref.side) == (name, inter, side)


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        ("civilians fled the shelling", "Civilians", "civilian"),
        ("regime forces advanced", "Military Forces", "government"),
        ("gunmen opened fire on a bus", "Unidentified Armed Group", "unknown"),
        ("protesters blocked the road", "Protesters", "protesters"),
    ],
)
def test_without_a_country_generic_words_get_countryless_names(text, name, side):
    ref = find_actors(text)[0]
    assert (ref.name, ref.side) == (name, side)


@pytest.mark.parametrize(
    "text",
    [
        "This is what it is.",  # "is" is not the Islamic State
        "He told us forces were near.",  # "us" is not the United States
        "The opposition-held district was quiet.",  # a control phrase, no actor noun
    ],
)
def test_no_false_actor(text):
    assert find_actors(text, country="Iraq", on=SEED_DAY) == []


@pytest.mark.parametrize(("country", "name"), [
    ("Syria", "QSD: Syrian Democratic Forces"),  # in Syria, Kurdish forces are the SDF
    ("Iraq", "Peshmerga (Kurdistan Regional Government)"),  # in Iraq, the regional government's Peshmerga
])
def test_kurdish_forces_depend_on_the_country(country, name):
    (ref,) = find_actors("Kurdish forces advanced", country=country, on=SEED_DAY)
    assert ref.name == name and ref.side == "kurdish"


def test_offsets_are_report_offsets():
    refs = find_actors("Rebels fought ISIS near al-Bab.", offset=1000, country="Syria", on=SEED_DAY)
    assert [(r.mention, r.start, r.end) for r in refs] == [("Rebels", 1000, 1006), ("ISIS", 1014, 1018)]


def test_seed_document_mentions(seed_text):
    refs = find_actors(seed_text, country="Syria", on=SEED_DAY)
    for r in refs:
        assert seed_text[r.start:r.end] == r.mention
    names = {r.name for r in refs}
    assert {SYR, "Opposition Rebels (Syria)", "Islamic State (Syria)", "Jabhat Fateh al Sham",
            "Military Forces of Turkey (2002-)", "Free Syrian Army"} <= names
    assert "Jabhat al Nusra" not in names  # renamed in July 2016


@pytest.mark.parametrize(
    ("name", "inter", "side", "key"),
    [
        ("Military Forces of Syria (2000-2024)", 1, "government", "state_forces:SYR"),
        ("Military Forces of the United States (2021-)", 1, "government", "state_forces:USA"),
        ("Civilians (Iraq)", 7, "civilian", "civilians:IRQ"),
        ("Islamic State (Syria)", 2, "jihadist", "islamic_state"),
        ("Jabhat Fateh al Sham", 2, "jihadist", "jabhat_fateh_al_sham"),
        ("Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps", 1, "government", "irgc"),
        ("Unidentified Armed Group (Nigeria)", 3, "unknown", "unidentified:NGA"),
        ("Civilians", 7, "civilian", "civilians"),
    ],
)
def test_actor_by_name(name, inter, side, key):
    ref = actor_by_name(name)
    assert ref is not None
    assert (ref.name, ref.inter, ref.side, ref.key) == (name, inter, side, key)


@pytest.mark.parametrize("name", ["Military Forces of Atlantis (2000-)", "The Avengers", ""])
def test_actor_by_name_unknown(name):
    assert actor_by_name(name) is None


def test_group_info_and_associates():
    info = group_info("jabhat_fateh_al_sham")
    assert info["successor"] == "hts" and info["valid_from"] == date(2016, 7, 28)
    assert info["type"] == "rebel group" and "JFS" in info["aliases"]
    party = group_info("state_forces:RUS")["party_of"]
    assert party["Syria"] == "government" and party["Kazakhstan"] == "government" and "Ukraine" not in party
    mixed = find_actors("25 Afghan, Iranian, and regime militiamen", country="Syria", on=SEED_DAY)[0]
    assoc = [a.name for a in associates(mixed.key, country="Syria", on=SEED_DAY)]
    assert assoc == ["Liwa Fatemiyoun", "Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps"]
    with pytest.raises(KeyError):
        group_info("no_such_group")


@pytest.mark.parametrize(("text", "country", "iraqi"), [
    # "federal police" alone is Iraq's Federal Police only in a report on Iraq
    ("federal police cleared the square", "Iraq", True),
    ("federal police cleared the square", "Brazil", False),
    ("federal police cleared the square", "Mexico", False),
    # the Iraqi force named as such stays Iraqi anywhere
    ("Iraqi federal police crossed the border", "Syria", True),
])
def test_federal_police_is_iraqi_only_at_home_or_when_named(text, country, iraqi):
    refs = find_actors(text, country=country, on=date(2023, 1, 9))
    assert any("Iraq" in r.name for r in refs) == iraqi, [(r.mention, r.name) for r in refs]
