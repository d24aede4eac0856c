"""find_attributions: source phrase, cue, verb, hedge and the scope the cue governs."""
from __future__ import annotations

import pytest

from sitroom.analyze import find_attributions

# (sentence, source text, cue, verb, hedge, scope)
WRITTEN = [
    ("Local officials said that at least 12 people were killed in the blast.",
     "Local officials", "Local officials said", "say", False, "at least 12 people were killed in the blast"),
    ("At least 12 people were killed in the blast, the health ministry said.",
     "the health ministry", "the health ministry said", "say", False, "At least 12 people were killed in the blast"),
    ("Three soldiers died in the ambush, said Colonel Ahmed Hassan.",
     "Colonel Ahmed Hassan", "said Colonel Ahmed Hassan", "say", False, "Three soldiers died in the ambush"),
    ("According to the Syrian Observatory for Human Rights, 31 fighters died.",
     "the Syrian Observatory for Human Rights", "According to the Syrian Observatory for Human Rights",
     "according to", False, "31 fighters died"),
    ("The army denied that its jets had struck the hospital.",
     "The army", "The army denied", "deny", False, "its jets had struck the hospital"),
    ("Hamas claimed responsibility for the rocket attack.",
     "Hamas", "Hamas claimed", "claim", True, "responsibility for the rocket attack"),
    ("The rebels allegedly executed two prisoners.", "", "allegedly", "allege", True,
     "The rebels allegedly executed two prisoners"),
    ("Ali Mansour, a spokesman for the council, said 40 families had fled.",
     "Ali Mansour", "Ali Mansour, a spokesman for the council, said", "say", False, "40 families had fled"),
    ("It said the convoy had been turned back.", "It", "It said", "say", False, "the convoy had been turned back"),
]

# (seed locator, source text, cue, verb, hedge, scope start words)
SEED = [
    ("Opposition activists claim", "Opposition activists", "Opposition activists claim", "claim", True, "rebels have inflicted"),
    ("According to the Eldorar", "the Eldorar site", "According to the Eldorar site", "according to", False, "25 Afghan"),
    ("Rupert Colville said", "Spokesman Rupert Colville", "Spokesman Rupert Colville said", "say", False, "families are"),
    ("Other civilians were detained", "Colville", "Colville said", "say", False, "Other civilians were detained"),
    ("Journalist Rami Jarrah", "Journalist Rami Jarrah", "Journalist Rami Jarrah reports from local sources", "report",
     False, "despite the Russian"),
    ("White HelmetsSyrian", "The White HelmetsSyrian Civil Defense", "The White HelmetsSyrian Civil Defense reports",
     "report", False, "the killing of more than 25"),
    ("has expressed concerned", "The UN", "The UN has expressed concerned", "say", False, "hundreds of men"),
    ("cited reports", "UN investigators", "UN investigators cited reports", "cite", False, "advancing pro-Assad"),
    ("The Local Coordination", "The Local Coordination Committees", "The Local Coordination Committees verified",
     "verify", False, "the killing of 47"),
    ("The Turkish military said", "The Turkish military", "The Turkish military said", "say", False, "Free Syrian Army"),
    ("have said for days", "EA’s local sources", "EA’s local sources have said for days", "say", False, "the assault was"),
    ("did report the Russian", "Syrian State media", "Syrian State media did report", "report", False, "the Russian statement"),
    ("outlet Amaq", "The Islamic State’s outlet Amaq", "The Islamic State’s outlet Amaq claimed", "claim", True, "more than 50"),
    ("civil defense organization report", "The White Helmets civil defense organization",
     "The White Helmets civil defense organization report", "report", False, "regime warplanes"),
    ("He expressed deep concern", "He", "He expressed deep concern", "say", False, "for about 150"),
    ("Tawfik Chamaa", "Tawfik Chamaa",
     "Tawfik Chamaa, a representative of the Union of Syrian Medical Relief Organisations (UOSSM), said", "say", False,
     "1,500 people"),
    ("Barnard reports", "Barnard", "Barnard reports", "report", False, "Rebels and Government forces"),
]


def _pick(sentence: str, cue: str):
    found = [a for a in find_attributions(sentence) if a.cue == cue]
    assert found, f"no cue {cue!r} in {[a.cue for a in find_attributions(sentence)]}"
    return found[0]


@pytest.mark.parametrize("sentence,source,cue,verb,hedge,scope", WRITTEN)
def test_written_sentences(sentence, source, cue, verb, hedge, scope):
    a = _pick(sentence, cue)
    assert (a.text, a.verb, a.hedge) == (source, verb, hedge)
    assert sentence[a.start:a.end] == source
    assert sentence[a.cue_start:a.cue_end] == cue
    assert sentence[a.scope_start:a.scope_end] == scope


@pytest.mark.parametrize("key,source,cue,verb,hedge,scope_start", SEED)
def test_seed_sentences(seed_sentence, key, source, cue, verb, hedge, scope_start):
    sentence, _ = seed_sentence(key)
    a = _pick(sentence, cue)
    assert (a.text, a.verb, a.hedge) == (source, verb, hedge)
    assert sentence[a.scope_start:a.scope_end].startswith(scope_start)


def test_inverted_according_to_scope_is_the_clause_before(seed_sentence):
    sentence, _ = seed_sentence("according to the statement")
    a = _pick(sentence, "according to the statement")
    assert a.text == "the statement"
    assert sentence[a.scope_start:a.scope_end].startswith("Turkish warplanes destroyed")
    assert sentence[a.scope_start:a.scope_end].endswith("three checkpoints")


def test_relative_clause_source_is_the_antecedent(seed_sentence):
    sentence, _ = seed_sentence("which initially claimed")
    claimed, acknowledged = find_attributions(sentence)
    assert (claimed.text, claimed.verb, claimed.hedge) == ("A pro-Assad website", "claim", True)
    assert sentence[claimed.scope_start:claimed.scope_end] == "the attack was repelled"
    assert (acknowledged.text, acknowledged.verb) == ("A pro-Assad website", "acknowledge")


def test_claimed_as_adjective_and_adverbs(seed_sentence):
    sentence, _ = seed_sentence("Claimed footage")
    (a,) = find_attributions(sentence)
    assert (a.text, a.cue, a.verb, a.hedge) == ("", "Claimed", "claim", True)
    sentence, _ = seed_sentence("reportedly executed")
    (a,) = find_attributions(sentence)
    assert (a.cue, a.verb, a.hedge) == ("reportedly", "reportedly", True)


def test_reuters_reporter_source_drops_the_location(seed_sentence):
    sentence, _ = seed_sentence("A Reuters reporters")
    reuters, washington = find_attributions(sentence)
    assert reuters.text == "A Reuters reporters"
    assert sentence[reuters.scope_start:reuters.scope_end] == "bombardment could still be heard"
    assert washington.text == "Washington"


@pytest.mark.parametrize(
    "sentence",
    [
        "The UN reports match testimony by residents.",
        "There were reports of some rebel factions preventing departures.",
        "Another report says nothing about it.",  # "report" is a noun; "says" is the cue (source "Another report")
        "The United States and Russia Announces talks.",
        "Our approach has been to listen to what the Russians say, but scrutinize their actions.",
    ],
)
def test_noun_and_name_uses_are_not_cues(sentence):
    cues = [a.cue for a in find_attributions(sentence)]
    assert all(c not in ("The UN reports", "There were reports", "the United States", "Russia Announces",
                         "the Russians say") for c in cues)
    if sentence.startswith("Another report"):
        assert cues == ["Another report says"]
    else:
        assert cues == []


def test_offsets_are_report_offsets(seed_text):
    base = seed_text.index("Opposition activists claim")
    a = find_attributions(seed_text[base:base + 120], offset=base)[0]
    assert seed_text[a.start:a.end] == "Opposition activists"
    assert seed_text[a.scope_start:a.scope_start + 6] == "rebels"


@pytest.mark.parametrize("sentence, sources", [
    # an accusation in a relative clause describes the noun before it and names no speaker
    ("The ministry said it launched air strikes on the groups it accused of carrying out the attack.",
     ["The ministry"]),
    # a speaker who accuses someone still reports (a hedged claim)
    ("Russia accused Ukraine of shelling the plant on Sunday.", ["Russia"]),
])
def test_accusations(sentence, sources):
    assert [a.text for a in find_attributions(sentence, 0)] == sources


@pytest.mark.parametrize("sentence, source", [
    # two appositions in a row (a participle phrase, then another name or a relative clause) describe the
    # speaker before them
    ("The RSF, commanded by General Mohamed Hamdan Dagalo, known as Hemedti, said on Saturday that its fighters "
     "had taken the palace.", "The RSF"),
    ("The movement, founded by exiled officers, which is based in Libya, said its men had crossed the border.",
     "The movement"),
    ("The militia, backed by local businessmen, whose leader was arrested last year, said it had taken the town.",
     "The militia"),
    # one apposition, as before
    ("The militia, led by a former army colonel, said it had taken the town.", "The militia"),
])
def test_a_speaker_followed_by_two_appositions(sentence, source):
    atts = find_attributions(sentence)
    assert atts and atts[0].text == source, [(a.text, a.cue) for a in atts]


@pytest.mark.parametrize("sentence, sources", [
    # a table's figure with, in brackets after it, who gives it
    ("- Bentiu, 12 May: 9 killed (UN mission); 30 wounded (hospital staff).", ["UN mission", "hospital staff"]),
    ("KASESE, 3 March: at least 14 dead, most of them herders (Red Cross)", ["Red Cross"]),
    ("Two soldiers killed, four missing (army statement)", ["army statement"]),
    # brackets that hold a day, an estimate or an acronym give no source
    ("Two soldiers were killed (Thursday) in the ambush near the border.", []),
    ("Nine people died (about 20 by other counts) in the blast.", []),
    ("The Allied Democratic Forces (ADF) killed 12 villagers.", []),
])
def test_a_figure_with_its_source_in_brackets(sentence, sources):
    assert [a.text for a in find_attributions(sentence) if a.cue.startswith("(")] == sources


@pytest.mark.parametrize("sentence, source", [
    # a fronted day phrase is not part of the speaker
    ("On Monday the army said it had killed more than 200 insurgents.", "the army"),
    ("Late on Friday the interior ministry said two officers had died.", "the interior ministry"),
    ("Early on Sunday the police said a bomb had gone off at the market.", "the police"),
])
def test_a_fronted_day_phrase_is_not_the_speaker(sentence, source):
    atts = find_attributions(sentence)
    assert atts and atts[0].text == source, [(a.text, a.cue) for a in atts]


@pytest.mark.parametrize("sentence,source", [
    # an envoy's office "to" a country is part of who he is, not an infinitive; a capitalised "States" is a name
    ("Two aid workers were freed on Monday, Kenya's envoy to the United States, Amina Otieno, said.",
     "Kenya's envoy to the United States"),
    ("The convoy was stopped at the border, the ambassador to the African Union said.",
     "the ambassador to the African Union"),
    # a short relative clause with "who were ..." describes the speakers
    ("The hall was hit by two shells, deputies who were inside told reporters.", "deputies"),
    ("Several houses burned down, farmers who were nearby said.", "farmers"),
])
def test_a_speaker_with_an_office_or_a_relative_clause(sentence, source):
    found = find_attributions(sentence)
    assert [a.text for a in found] == [source]


@pytest.mark.parametrize("sentence, source", [
    ("In the afternoon doctors at the main hospital said four people had died.", "doctors"),
    ("On Friday evening the state news agency said 235 people had died.", "the state news agency"),
    ("Late on Sunday night the army said four soldiers had died.", "the army"),
    # near misses: a part of the day that is part of the speaker's name or title
    ("Night watchmen said the gunmen fled.", "Night watchmen"),
    ("Evening Standard reporters said the gunmen fled.", "Evening Standard reporters"),
], ids=["in-the-afternoon", "friday-evening", "sunday-night", "night-watchmen", "evening-standard"])
def test_the_part_of_the_day_a_speaker_spoke_is_not_part_of_the_speaker(sentence, source):
    assert [a.text for a in find_attributions(sentence)][:1] == [source]


@pytest.mark.parametrize("sentence, source", [
    ("The human rights ombudsman, Jorge de Leon Duque, said soldiers had fired on the crowd.",
     "The human rights ombudsman"),
    ("The commission's president, Ana van der Berg, said the talks had failed.", "The commission's president"),
    # near miss: a relative clause between the speaker and the verb is no name
    ("Soldiers fired, and the police, who were in the square, said two people died.", "the police"),
], ids=["de", "van-der", "relative-clause"])
def test_a_title_before_a_name_with_particles_is_the_speaker(sentence, source):
    assert [a.text for a in find_attributions(sentence)][:1] == [source]


@pytest.mark.parametrize("sentence, scope", [
    ("Troops clashed with rebels near the airport, a commander told reporters by telephone, adding that the "
     "militants were using snipers.", "Troops clashed with rebels near the airport"),
    ("Troops clashed with rebels near the airport, a commander told journalists.",
     "Troops clashed with rebels near the airport"),
    # near miss: what the speaker told them follows
    ("Troops clashed with rebels, and a commander told reporters that two soldiers died.", "two soldiers died"),
], ids=["told-reporters-adding", "told-journalists", "told-reporters-that"])
def test_a_trailing_told_reporters_covers_what_came_before(sentence, scope):
    att = find_attributions(sentence)[0]
    assert sentence[att.scope_start:att.scope_end] == scope


@pytest.mark.parametrize("sentence, cue", [
    ('"They burned everything," said Amina Musa, a trader who fled on foot.', "said Amina Musa, a trader"),
    ("Troops shelled the town, said Ahmed Ali, a local official in Kunduz.", "said Ahmed Ali, a local official in Kunduz"),
    # near misses: no role after the name, or a role with a name inside it
    ("Troops shelled the town, said Ahmed Ali.", "said Ahmed Ali"),
    ("Troops shelled the town, said Ahmed Ali, the Reuters correspondent.", "said Ahmed Ali"),
], ids=["trader-who", "official-in", "no-role", "named-role"])
def test_an_inverted_speakers_role_after_the_name_is_in_the_cue(sentence, cue):
    att = find_attributions(sentence)[0]
    assert att.cue == cue


@pytest.mark.parametrize("sentence,speaker", [
    # a speaker who gives a toll in the present tense, or gives the dead by number
    ("Hospital officials give a revised toll of 40 dead and 90 wounded from the market shell.", "Hospital officials"),
    ("The two hospitals now give 40 dead between them.", "The two hospitals"),
])
def test_a_speaker_giving_a_toll_is_a_voice(sentence, speaker):
    found = find_attributions(sentence)
    assert [a.text for a in found] == [speaker], [(a.text, a.cue) for a in found]


@pytest.mark.parametrize("sentence", [
    "Volunteers give blood to the 40 wounded.",  # giving, but no toll
    "Residents give thanks that 40 people survived.",
])
def test_giving_something_other_than_a_toll_is_no_voice(sentence):
    assert find_attributions(sentence) == []
