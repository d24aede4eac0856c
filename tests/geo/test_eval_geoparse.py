"""`sitroom eval geoparse` / `eval syrian-archive` scoring and the `sitroom geoparse` JSONL contract,
on small hand-made inputs whose expected figures are worked out by hand below."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from sitroom.cli import main
from sitroom.errors import InputError
from sitroom.evaluate import geoparse as ev
from sitroom.geo.document import geoparse, geoparse_jsonl, sentences

TRNEWS = """<?xml version="1.0" encoding="utf-8"?>
<articles><article docid="1"><title>t</title>
<text><![CDATA[Fighting went on in Aleppo while Turkish officials met in Ankara.]]></text>
<toponyms>
<toponym><phrase>Aleppo</phrase><start>20</start><end>26</end>
<gaztag geonameid="170063"><name>Aleppo</name><lat>36.20124</lat><lon>37.16117</lon></gaztag></toponym>
<toponym><phrase>Turkish</phrase><start>33</start><end>40</end>
<gaztag geonameid="298795"><name>Turkey</name><lat>39</lat><lon>35</lon></gaztag></toponym>
<toponym><phrase>Ankara</phrase><start>58</start><end>64</end>
<gaztag geonameid="323786"><name>Ankara</name><lat>39.91987</lat><lon>32.85427</lon></gaztag></toponym>
</toponyms></article></articles>
"""

GEOWEB = """<?xml version="1.0" ?>
<articles><article file="0"><title>t</title>
<text>Officials in Paris spoke to French reporters about Lyon.</text>
<toponyms>
<toponym><extractedName>Paris</extractedName><type>Literal</type><start>13</start><end>18</end>
<latitude>48.85341</latitude><longitude>2.3488</longitude></toponym>
<toponym><extractedName>French</extractedName><type>Demonym</type><start>28</start><end>34</end></toponym>
<toponym><extractedName>Lyon</extractedName><type>Literal</type><start>51</start><end>55</end>
<latitude>45.74846</latitude><longitude>4.84671</longitude></toponym>
</toponyms></article></articles>
"""


def test_km_matches_a_known_distance():
    # Aleppo -> Damascus is about 310 km as the crow flies.
    assert 300 < ev.km(36.20124, 37.16117, 33.5102, 36.29128) < 320


def test_matching_is_one_to_one_by_overlap():
    gold = [ev.GoldPlace(0, 6, "Aleppo", 36.2, 37.16), ev.GoldPlace(10, 16, "Idlib", 35.93, 36.63)]
    pred = [ev.Predicted(0, 13, "Aleppo city", 36.2, 37.16), ev.Predicted(2, 5, "lep", 0, 0)]
    pairs = ev.match(gold, pred)
    # The long prediction overlaps both golds: Aleppo (6 chars) beats Idlib (3); "lep" is left over.
    assert [(g.text, p.text) for g, p in pairs] == [("Aleppo", "Aleppo city")]


def test_scores_by_hand():
    doc = ev.Document("d", "x" * 100, [
        ev.GoldPlace(0, 5, "A", 36.0, 37.0),   # found, same spot
        ev.GoldPlace(10, 15, "B", 36.0, 37.0),  # found, 3 degrees of latitude away (~333 km): wrong
        ev.GoldPlace(20, 25, "C", None, None),  # found, no gold coordinates: counts when matched
        ev.GoldPlace(30, 35, "D", 36.0, 37.0),  # missed
    ])
    preds = [ev.Predicted(0, 5, "A", 36.0, 37.0), ev.Predicted(10, 14, "B", 39.0, 37.0),
             ev.Predicted(20, 25, "C", 1.0, 1.0), ev.Predicted(50, 55, "E", 0.0, 0.0)]
    r = ev.score_documents("test", [doc], [preds])
    assert (r.gold, r.predicted, r.matched, r.exact) == (4, 4, 3, 2)
    assert r.precision == pytest.approx(0.75) and r.recall == pytest.approx(0.75)
    assert r.correct == 2 and r.e2e_f1 == pytest.approx(0.5)
    assert r.with_coordinates == 2 and r.acc_161 == pytest.approx(0.5)
    assert r.median_km == pytest.approx((0.0 + ev.km(36, 37, 39, 37)) / 2)


def test_read_both_xml_formats(tmp_path):
    tr, gw = tmp_path / "tr.xml", tmp_path / "gw.xml"
    tr.write_text(TRNEWS, encoding="utf-8")
    gw.write_text(GEOWEB, encoding="utf-8")
    kind, docs = ev.read_xml(tr)
    assert kind == "trnews" and [g.text for g in docs[0].gold] == ["Aleppo", "Turkish", "Ankara"]
    kind, docs = ev.read_xml(gw)
    # The demonym is a non-toponym in GeoWebNews' taxonomy: not gold.
    assert kind == "geowebnews" and [g.text for g in docs[0].gold] == ["Paris", "Lyon"]


def test_evaluate_written_articles(tmp_path):
    tr = tmp_path / "tr.xml"
    tr.write_text(TRNEWS, encoding="utf-8")
    r = ev.evaluate_xml(tr)
    # Aleppo, Turkish (a demonym: TR-News counts it) and Ankara, all within 161 km.
    assert (r.gold, r.matched, r.correct) == (3, 3, 3) and r.e2e_f1 == 1.0
    gw = tmp_path / "gw.xml"
    gw.write_text(GEOWEB, encoding="utf-8")
    r = ev.evaluate_xml(gw)
    # "French" is predicted but is no toponym in GeoWebNews (type Demonym): a false positive.
    assert (r.gold, r.predicted, r.correct) == (2, 3, 2)


@pytest.mark.parametrize("text,reason", [
    ("<articles>", "not well-formed"),
    ("<articles></articles>", "no <article>"),
])
def test_bad_xml_is_named(tmp_path, text, reason):
    path = tmp_path / "bad.xml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=reason):
        ev.read_xml(path)


@pytest.mark.parametrize("description,name,expected", [
    ("Russian warplanes in the skies Maart al noman", "Maret Numan", True),
    ("Airstrikes against the medical point in Mar zita town", "Mar Zita", True),
    ("Dumaa target the city with rockets", "Duma", True),
    ("11 civilian casualties as a result of Russian attacks in Aleppo", "Bustan al-Qasr", False),
    ("Testimony of survivor of chemical attack", "zamalka", False),
])
def test_description_names_place(description, name, expected):
    assert ev.names_place(description, name) is expected


def test_sentences_keep_offsets():
    text = "Clashes hit Aleppo. Later, shells fell on Idlib!\nNew line here"
    spans = list(sentences(text))
    assert [text[a:b] for a, b in spans] == ["Clashes hit Aleppo.", "Later, shells fell on Idlib!", "New line here"]


def test_geoparse_jsonl_contract():
    (line,) = geoparse_jsonl(['{"id": "x1", "text": "Shells fell on the Sheikh Saeed district of Aleppo."}'], "in")
    out = json.loads(line)
    assert out["id"] == "x1"
    keys = {"start", "end", "text", "name", "latitude", "longitude", "country", "admin1", "feature", "gazetteer_id"}
    assert all(set(p) == keys for p in out["places"])
    assert [(p["text"], p["feature"]) for p in out["places"]] == [
        ("Sheikh Saeed district", "neighbourhood"), ("Aleppo", "city")]
    assert out["places"][0]["country"] == "Syria"


@pytest.mark.parametrize("lines,reason", [
    (['{"id": 1, "text": "ok"}', "{not json"], "in:2: not JSON"),
    (['[1, 2]'], "in:1: expected a JSON object"),
    (['{"text": "Aleppo"}'], 'in:1: missing "id"'),
    (['{"id": 3, "text": null}'], 'in:1: "text" must be a string'),
])
def test_geoparse_jsonl_bad_lines(lines, reason):
    with pytest.raises(InputError) as err:
        geoparse_jsonl(lines, "in")
    assert str(err.value).startswith(reason)


def test_cli_geoparse_writes_nothing_on_bad_input(tmp_path):
    src = tmp_path / "docs.jsonl"
    src.write_text('{"id": 1, "text": "Aleppo"}\n{"id": 2}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["geoparse", str(src), "-o", str(out)])
    assert result.exit_code != 0 and f"{src}:2" in result.output
    assert not out.exists()


def test_modifier_and_demonym_only_in_geoparse():
    text = "US airstrikes supported the Turkish offensive."
    assert [m.text for m in geoparse(text)] == ["US"]
    assert [m.text for m in geoparse(text, demonyms=True)] == ["US", "Turkish"]
    from sitroom.geo import find_places

    assert find_places(text, focus=["SY"]) == []  # event coding: both are actors


def test_state_after_a_comma_picks_the_town_and_is_a_place():
    found = [(m.text, m.place.id if m.place else None) for m in geoparse("Officers in Paris, Texas, and Surrey, B.C. met.")]
    texts = [t for t, _ in found]
    assert texts == ["Paris", "Texas", "Surrey", "B.C."]
    paris = next(p for t, p in found if t == "Paris")
    from sitroom.geo import place_by_id

    assert place_by_id(paris).admin1 == "Texas"  # not the French capital
    assert dict(found)["B.C."] == "a1:CA.02"


def test_abbreviation_needs_a_place_and_comma_before_it():
    assert [m.text for m in geoparse("Mo. and Pa. were tired.")] == []


@pytest.mark.parametrize("sentence,place_id", [
    ("Officials in Washington said the talks would go on.", "gn:4140963"),  # the capital, not the state
    ("America was extending a hand to Cuba.", "cc:US"),
    ("Rebels in Ghouta fired mortars.", "sy-eastern-ghouta"),
])
def test_capitals_and_common_country_names(sentence, place_id):
    assert place_id in [m.place.id for m in geoparse(sentence) if m.place]


def test_spelling_in_the_focus_country_beats_a_town_abroad():
    # "Al-Ferdous" is exactly the name of a town in Iran and a spelling of Aleppo's Firdous.
    (m,) = [m for m in geoparse("Shelling hit the Al-Ferdous neighborhood.", focus=["SY"]) if m.place]
    assert m.place.id == "sy-alp-firdous"


def test_hashtag_words_are_split():
    assert [m.text for m in geoparse("#Aleppo_News reports shelling", focus=["SY"])] == ["Aleppo"]


@pytest.mark.parametrize("text,name,place_id", [
    ("She lives in New York and works downtown.", "New York", "gn:5128581"),  # the city, not the state
    ("Migrants camped in southern Mexico this week.", "Mexico", "cc:MX"),  # the country, not its capital
    ("By JANE DOE, Associated Press WASHINGTON (AP) — Talks resumed.", "WASHINGTON", "gn:4140963"),
])
def test_city_state_country_and_dateline(text, name, place_id):
    found = {m.text: m.place.id for m in geoparse(text) if m.place}
    assert found.get(name) == place_id


@pytest.mark.parametrize("text,place_id", [
    ("Hraytan: scenes of destruction after the air strikes.", "gn:169858"),  # a heading names the place
    ("Homs countryside: warplanes targeted the town of Teir Maalah", "sa:521"),  # Ter Maela, near Homs
    ("The first moments of targeting Alatarb town", "gn:174030"),  # joined article, another spelling
])
def test_syrian_spellings(text, place_id):
    assert place_id in [m.place.id for m in geoparse(text, focus=["SY"]) if m.place]


@pytest.mark.parametrize("args,message", [
    (["eval", "geoparse", "missing.xml"], "missing.xml: no such file"),
    (["eval", "syrian-archive", "missing-folder"], "missing-folder: not a folder"),
    (["eval", "event-location", "missing.zip"], "missing.zip: no such file"),
    (["geoparse", "-", "--focus", "Syria"], "--focus: 'SYRIA' is not an ISO 3166-1 alpha-2 code"),
])
def test_cli_names_bad_input(tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, args, input="")
    assert result.exit_code != 0 and message in result.output


def test_cli_eval_geoparse_json(tmp_path):
    path = tmp_path / "tr.xml"
    path.write_text(TRNEWS, encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "geoparse", str(path), "--json"])
    assert result.exit_code == 0
    figures = json.loads(result.output)
    assert figures["format"] == "trnews" and figures["e2e_f1"] == 1.0 and figures["gold"] == 3


@pytest.mark.parametrize("text,place_id", [
    ("Airstrikes targeted the main market in Al-fardous district", "sy-alp-firdous"),
    ("Russian warplanes targeting a hospital in Maart al-noman", "gn:167611"),
])
def test_lowercase_name_after_an_article(text, place_id):
    assert place_id in [m.place.id for m in geoparse(text, focus=["SY"]) if m.place]


def test_cli_geoparse_demonyms_flag(tmp_path):
    src = tmp_path / "docs.jsonl"
    src.write_text('{"id": 1, "text": "Turkish jets struck near Azaz."}\n', encoding="utf-8")
    with_adjectives = json.loads(CliRunner().invoke(main, ["geoparse", str(src)]).output)
    without = json.loads(CliRunner().invoke(main, ["geoparse", str(src), "--no-demonyms"]).output)
    assert [p["text"] for p in with_adjectives["places"]] == ["Turkish", "Azaz"]
    assert [p["text"] for p in without["places"]] == ["Azaz"]


def test_abbreviations_do_not_end_sentences_or_names():
    text = "The team flew to St. Louis on Monday. Gen. Smith said so."
    assert [text[a:b] for a, b in sentences(text)] == ["The team flew to St. Louis on Monday.", "Gen. Smith said so."]
    assert [m.text for m in geoparse(text)] == ["St. Louis"]


def test_shared_name_read_in_the_texts_country():
    from sitroom.geo.resolve import document_focus

    text = ("Knife crime is rising in England, police said. A man was hurt in Edmonton on Friday. "
            "Edmonton fire crews attended.")
    assert document_focus(text)[0] == "GB"
    places = {m.text: m.place for m in geoparse(text) if m.place}
    assert places["Edmonton"].iso2 == "GB"  # the London district, not the Canadian city ten times bigger


def test_dateline_state_and_one_sense_per_document():
    text = ("LONDON, Ky. (WKYT) - Police arrested two people. Officers were called to a store on the edge "
            "of town, and later London police searched a car.")
    places = [(m.text, m.place.admin1) for m in geoparse(text) if m.place and m.text.lower() == "london"]
    assert places == [("LONDON", "Kentucky"), ("London", "Kentucky")]


def test_place_nouns_make_a_first_word_a_place():
    assert [m.text for m in geoparse("Nenagh councillors met on Monday.", focus=["IE"]) if m.place] == ["Nenagh"]
    assert [m.text for m in geoparse("Nenagh said on Monday that it would go.", focus=["IE"]) if m.place] == []
