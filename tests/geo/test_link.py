"""geo.link.event_place: which of a sentence's places the event verb happened at."""
from __future__ import annotations

import json
import zipfile

import pytest

from sitroom.errors import InputError
from sitroom.evaluate import event_location
from sitroom.geo import document_focus, find_places
from sitroom.geo.link import event_place


def _linked(sentence: str, verb: str) -> str | None:
    start = sentence.index(verb)
    mentions = find_places(sentence, focus=document_focus(sentence) or ["SY"])
    chosen = event_place(sentence, mentions, start, start + len(verb))
    return chosen.text if chosen else None


@pytest.mark.parametrize("sentence,verb,expected", [
    ("Shells killed four people in Idlib on Monday, the monitor in London said.", "killed", "Idlib"),
    ("In Aleppo, barrel bombs killed six people.", "killed", "Aleppo"),
    ("Dozens were killed in fighting in Syria's Aleppo province on Friday.", "killed", "Aleppo province"),
    ("Russia said its jets bombed targets.", "bombed", None),
    ("Officials in Geneva said the talks had failed.", "failed", None),
])
def test_event_place_written_sentences(sentence, verb, expected):
    assert _linked(sentence, verb) == expected


@pytest.mark.parametrize("sentence,verb,expected", [
    # a result participle after the main clause happened where the main clause's event did
    ("Militants shelled Mosul overnight, killing three children.", "killing", "Mosul"),
    ("Gunmen stormed Maiduguri on Sunday, leaving twelve people dead.", "leaving", "Maiduguri"),
    # near-misses: the participle names a place of its own; a speaker's place; a fronted clause's place
    ("Jets pounded Idlib province on Tuesday, targeting the village of Zorbat Hamdun.", "targeting", None),
    ("Police in Lagos said gunmen opened fire on a bus, killing two.", "killing", None),
    ("After talks in Geneva collapsed, rebels shelled the town, killing five.", "killing", None),
    ("When the convoy reached Kandahar, a bomb exploded.", "exploded", None),
])
def test_result_participle_and_fronted_clause(sentence, verb, expected):
    assert _linked(sentence, verb) == expected


@pytest.mark.parametrize("sentence,verb,expected", [
    # a place fronted before the whole sentence places the event its speaker's clause tells
    ("In Idlib, the civil defence said shells had killed four people.", "killed", "Idlib"),
    ("In neighbouring Maarat al-Numan district, a local official said gunmen had attacked a checkpoint.",
     "attacked", "Maarat al-Numan district"),
    # near-misses: the speaker's own place, a country fronted, a fronted clause
    ("Officials in Aleppo said the talks had failed.", "failed", None),
    ("In Syria, the monitor said shells had killed four people.", "killed", None),
    ("In a statement, the monitor said shells had killed four people.", "killed", None),
])
def test_fronted_place_before_a_speaker(sentence, verb, expected):
    assert _linked(sentence, verb) == expected


@pytest.mark.parametrize("sentence,verb,expected", [
    # a state as passive agent or as owner of an embassy or office acts; it is not where the event was
    ("In Kabul, hundreds protested outside the Pakistan embassy.", "protested", "Kabul"),
    ("Kilis was shelled by Syria on Monday.", "shelled", "Kilis"),
    ("A car bomb exploded beside the convoy of Yemen's defence minister.", "exploded", None),
    # near-misses: a building located in the country; a place after the agent; "by" + gerund
    ("Hundreds protested near Pakistan's parliament on Monday.", "protested", "Pakistan"),
    ("Two officers were executed by ISIS in Anbar province.", "executed", "Anbar province"),
    ("By attacking rebels in Syria, the coalition angered its allies.", "attacking", "Syria"),
    ("Clashes in Basra killed nine people, between militiamen and Iraq's security forces.", "killed", "Basra"),
    ("Clashes killed nine people in the north of Iraq's Nineveh province.", "killed", "Nineveh province"),
    # where a captive was handed over to is not where he was caught
    ("Police captured the suspect and handed him over to Turkey.", "captured", None),
    ("Police captured the suspect in Turkey and handed him over.", "captured", "Turkey"),
])
def test_agent_and_owner_states_are_not_places(sentence, verb, expected):
    assert _linked(sentence, verb) == expected


@pytest.mark.parametrize("sentence,verb,expected", [
    # a country the verb's phrase names as topic or modifier gives way to a locative place in another country
    ("Thousands protested against the war on Iraq at a square in Madrid.", "protested", "Madrid"),
    ("Hundreds rallied against sanctions on Cuba outside a hotel in Paris.", "rallied", "Paris"),
    # near-misses: a country as the verb's direct object stays (the later place is an origin, a later clause's)
    ("Artillery shelled Lebanon from positions in Israel.", "shelled", "Lebanon"),
    ("Rebels invaded Chad from bases in Sudan.", "invaded", "Chad"),
    ("Jets bombed Syria after talks in Moscow.", "bombed", "Syria"),
    # a sea named after a town is not the town
    ("A drone struck a ship in the Azov Sea port of Berdyansk.", "struck", "Berdyansk"),
])
def test_topic_country_and_sea_names(sentence, verb, expected):
    assert _linked(sentence, verb) == expected


def test_seed_event_place_is_the_seized_town(seed_sentence):
    sentence = seed_sentence("seized the town of Huwaysis")
    verb = next(v for v in ("seized", "captured", "took") if v in sentence)
    # Not the gas fields near it nor Palmyra north of it: the town seized.
    assert (_linked(sentence, verb) or "").endswith("Huwaysis")


def test_reads_zipped_records_and_scores(tmp_path):
    records = [
        {"text": "Gunmen killed two people in Kirkuk on Sunday.", "answer": "accept", "source": "RELABEL",
         "spans": [{"start": 7, "end": 13, "label": "VERB"}, {"start": 28, "end": 34, "label": "LOCATION"}]},
        {"text": "Protesters marched on Sunday.", "answer": "accept", "source": "RELABEL",
         "spans": [{"start": 11, "end": 18, "label": "VERB"}]},
        {"text": "Not accepted.", "answer": None, "source": "RELABEL", "spans": [{"start": 0, "end": 3, "label": "VERB"}]},
    ]
    path = tmp_path / "labeled.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("labeled_text.jsonl", json.dumps(records))
    r = event_location.evaluate(path, "gold")
    # Kirkuk is linked (right); the march names no place and none is given (right: gold has none).
    assert (r.records, r.with_location, r.predicted, r.correct, r.right) == (2, 1, 1, 1, 2)


def test_bad_archive_is_named(tmp_path):
    path = tmp_path / "labeled.zip"
    path.write_text("not a zip", encoding="utf-8")
    with pytest.raises(InputError, match="not a zip archive"):
        event_location.read_records(path)


@pytest.mark.parametrize("sentence,verb,expected", [
    ("Gunmen in the city of Kirkuk killed two policemen.", "killed", "Kirkuk"),
    ("A bomber blew himself up at a market in Baghdad on Sunday, killing ten people.", "killing", "Baghdad"),
    ("Speaking from Amman, the minister said troops had attacked the camp.", "attacked", None),
])
def test_locative_before_the_verb(sentence, verb, expected):
    assert _linked(sentence, verb) == expected


@pytest.mark.parametrize("sentence,verb,expected", [
    ("The rebels captured Goma after a week of fighting.", "captured", "Goma"),
    ("Jets carried out raids over Raqqa on Monday.", "raids", "Raqqa"),
])
def test_direct_objects_and_over(sentence, verb, expected):
    assert _linked(sentence, verb) == expected


@pytest.mark.parametrize("sentence,verb,expected", [
    # a place the main clause puts the event in, before a comma: a fronted "In X," or a participle after it
    ("In Mosul, a car bomb killed nine people on Friday.", "killed", "Mosul"),
    ("Jets struck a market in Idlib, killing seven people.", "killing", "Idlib"),
    # the place inside another: the noun says which one it names
    ("A shell hit the Salaheddin district of Aleppo on Monday.", "hit", "Salaheddin district"),
    ("Settlers set fire to cars in the West Bank village of Burin on Tuesday.", "set", "Burin"),
    ("Rebels shelled the Damascus suburb of Jobar overnight.", "shelled", "Jobar"),
    ("Militants attacked a base in Marte district of Borno State.", "attacked", "Marte district"),
    ("A mob in the town of Jos in central Nigeria burned two churches.", "burned", "Jos"),
    # a fronted place and the apposition that locates it by another: the first
    ("In Homs, north of Damascus, a car bomb killed five people.", "killed", "Homs"),
    # a town's official speaks for the town; a country that speaks is no place of the event
    ("The Raqqa council said jets bombed the bakery.", "bombed", "Raqqa"),
    # a group's name is no place
    ("Fighters of the Islamic State of Iraq and the Levant stormed the village.", "stormed", None),
])
def test_the_place_inside_and_the_main_clause(sentence, verb, expected):
    assert _linked(sentence, verb) == expected


def test_extraction_and_linker_share_the_choice():
    """The event coder's place for a frame is the linker's: one sentence, one logic."""
    from sitroom.extract.coding import event_places
    from sitroom.geo.link import verb_places

    sentence = "Jets struck a market in the West Bank town of Tubas, north of Nablus, on Monday."
    start = sentence.index("struck")
    mentions = find_places(sentence, focus=["PS"])
    places = [m for m in mentions if m.place is not None]
    coded = event_places(verb_places(sentence, places, start, start + len("struck")), sentence, 0, ["PS"])
    linked = event_place(sentence, mentions, start, start + len("struck"), focus=["PS"])
    assert coded and linked is coded[0]
    assert linked.text == "Tubas"
