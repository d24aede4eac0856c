"""lookup_source / find_sources: who a claim is attributed to, with kind and stance."""
from __future__ import annotations

import pytest

from sitroom.knowledge.sources import find_sources, lookup_source, source_by_name, source_info


# Attribution phrases from the seed and other conflicts; expected values checked by hand.
@pytest.mark.parametrize(
    ("phrase", "country", "name", "kind", "stance", "party"),
    [
        ("According to the Eldorar site", "Syria", "Eldorar", "news outlet", "pro-opposition", None),
        ("Opposition activists", "Syria", "Opposition activists", "activists", "pro-opposition", None),
        ("A reliable pro-opposition activist", "Syria", "Opposition activists", "activists", "pro-opposition", None),
        ("The Turkish military", "Syria", "Turkish military", "military", "party:Turkey", "Turkey"),
        ("Journalist Rami Jarrah", "Syria", "Rami Jarrah", "journalist", "unknown", None),
        ("Spokesman Rupert Colville", "Syria", "Rupert Colville", "official", "unknown", None),
        ("The White HelmetsSyrian Civil Defense", "Syria", "Syrian Civil Defence (White Helmets)", "humanitarian",
         "pro-opposition", None),
        ("The Local Coordination Committees", "Syria", "Local Coordination Committees", "monitor", "pro-opposition",
         None),
        ("Military sources", "Syria", "Military sources", "military", "unknown", None),
        ("The Islamic State's outlet Amaq", "Syria", "Amaq", "party outlet", "party:islamic_state", "islamic_state"),
        ("Syrian State media", "Syria", "SANA", "state media", "party:Syria", "Syria"),
        ("Iran\u2019s Al-Alam", "Syria", "Al-Alam", "state media", "pro-government", "Iran"),
        ("A pro-Assad website", "Syria", "Pro-government media", "news outlet", "pro-government", None),
        ("EA\u2019s local sources", "Syria", "Local sources", "local sources", "unknown", None),
        ("The Red Cross", "Syria", "International Committee of the Red Cross", "humanitarian", "independent", None),
        ("Anadolu Agency", "Syria", "Anadolu Agency", "state media", "pro-opposition", "Turkey"),
        ("Anadolu Agency", "Turkey", "Anadolu Agency", "state media", "party:Turkey", "Turkey"),
        ("Russia's Defence Ministry", "Ukraine", "Russian Ministry of Defence", "military", "party:Russia", "Russia"),
        ("the Ukrainian General Staff", "Ukraine", "General Staff of the Armed Forces of Ukraine", "military",
         "party:Ukraine", "Ukraine"),
        ("Houthi-run Saba news agency", "Yemen", "Saba (Houthi)", "party outlet", "party:houthi_movement",
         "houthi_movement"),
        ("the Syrian Observatory for Human Rights", "Syria", "Syrian Observatory for Human Rights", "monitor",
         "pro-opposition", None),
        ("a security source", "Iraq", "Security sources", "official", "unknown", None),
        ("hospital sources", "Nigeria", "Hospital sources", "medical", "unknown", None),
        ("witnesses", "Sudan", "Witnesses", "witnesses", "unknown", None),
        ("CENTCOM", "Syria", "CENTCOM", "military", "party:United States", "United States"),
        ("Reuters", None, "Reuters", "news agency", "independent", None),
        # a longer name that starts inside a shorter alias ("the UN" + "UN refugee agency") wins
        ("the UN refugee agency", "Chad", "UNHCR", "un", "independent", None),
        ("the UN food agency", "Sudan", "World Food Programme", "un", "independent", None),
        ("the UN", "Sudan", "United Nations", "un", "independent", None),
    ],
)
def test_lookup_source(phrase, country, name, kind, stance, party):
    ref = lookup_source(phrase, country=country)
    assert ref is not None, phrase
    assert (ref.name, ref.kind, ref.stance, ref.party) == (name, kind, stance, party)
    assert ref.cue == phrase


@pytest.mark.parametrize(
    "phrase",
    ["the weather", "Rebels", "who", "Aleppo city", "Sergei Lavrov", "the Minister of Syria", "ap", ""],
)
def test_not_a_source(phrase):
    assert lookup_source(phrase) is None


def test_find_sources_offsets_and_no_generic_cues():
    text = "The UN said, and Reuters and residents confirmed, citing WHO figures; who knows."
    refs = find_sources(text, offset=500)
    assert [(r.name, r.cue, r.start) for r in refs] == [
        ("United Nations", "The UN", 500),
        ("Reuters", "Reuters", 517),
        ("World Health Organization", "WHO", 557),
    ]
    for r in refs:
        assert text[r.start - 500:r.end - 500] == r.cue


def test_find_sources_in_seed(seed_text):
    names = [r.name for r in find_sources(seed_text)]
    for expected in ("Eldorar", "Local Coordination Committees", "Turkish military", "SANA", "Reuters", "Amaq",
                     "UOSSM", "The New York Times", "International Committee of the Red Cross"):
        assert expected in names, expected
    for r in find_sources(seed_text):
        assert seed_text[r.start:r.end] == r.cue


def test_source_info_and_name():
    assert source_by_name("Eldorar Alshamia") == "eldorar"
    info = source_info("eldorar")
    assert (info["kind"], info["scale"]) == ("news outlet", "regional")
    with pytest.raises(KeyError):
        source_info("nope")


@pytest.mark.parametrize(
    ("phrase", "name", "kind"),
    [
        ("Rami Jarrah, a journalist based in Gaziantep", "Rami Jarrah", "journalist"),
        ("Hossein Mortada, a reporter", "Hossein Mortada", "journalist"),
        ("Governor Babagana Zulum", "Babagana Zulum", "official"),
        ("according to Dr. Ahmed al-Masri", "Ahmed al-Masri", "medical"),
    ],
)
def test_person_with_a_role(phrase, name, kind):
    ref = lookup_source(phrase)
    assert ref is not None and (ref.name, ref.kind, ref.stance) == (name, kind, "unknown")
