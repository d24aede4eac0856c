"""find_quantities: values, bounds, ranges, kinds and head nouns on seed and wire-style sentences."""
from __future__ import annotations

import pytest

from sitroom.analyze import find_quantities

# (sentence, quantity text, value, low, high, bound, vague, kind, head)
WRITTEN = [
    ("At least 12 people were killed when a car bomb exploded in the market.",
     "At least 12", 12, 12, None, "at least", False, "count", "people"),
    ("Police arrested 23 protesters outside parliament on Tuesday.", "23", 23, None, None, None, False, "count", "protesters"),
    ("Israeli strikes hit the camp, killing 6 civilians, including 2 women.", "6", 6, None, None, None, False, "count", "civilians"),
    ("Israeli strikes hit the camp, killing 6 civilians, including 2 women.", "2", 2, None, None, None, False, "count", "women"),
    ("The ministry said 8 martyrs had been brought to the hospital.", "8", 8, None, None, None, False, "count", "martyrs"),
    ("The death toll rose to 31 after rescuers found more bodies.", "31", 31, None, None, None, False, "count", "toll"),
    ("The army said it killed dozens of militants in the raid.", "dozens", 12, None, None, None, True, "count", "militants"),
    ("Tens of soldiers were wounded in the ambush.", "Tens", 10, None, None, None, True, "count", "soldiers"),
    ("Between 30 and 50 fighters surrendered near the border.", "Between 30 and 50", 30, 30, 50, None, False, "count", "fighters"),
    ("Officials said 20 to 25 houses were destroyed.", "20 to 25", 20, 20, 25, None, False, "count", "houses"),
    ("Up to 40 migrants are feared drowned.", "Up to 40", 40, None, 40, "up to", False, "count", "migrants"),
    ("A dozen gunmen stormed the checkpoint.", "A dozen", 12, None, None, None, False, "count", "gunmen"),
    ("Nearly 300 families fled the fighting.", "Nearly 300", 300, None, None, "nearly", False, "count", "families"),
    ("Hundreds of thousands of people have been displaced.", "Hundreds of thousands", 100000, None, None, None, True, "count", "people"),
    ("Two or three rockets landed in an open field.", "Two or three", 2, 2, 3, None, False, "count", "rockets"),
    ("A 22-year-old man was shot dead at the protest.", "22-year-old", 22, None, None, None, False, "age", "man"),
    ("Prices rose by 40 percent in a month.", "40 percent", 40, None, None, None, False, "percent", None),
    ("The convoy carried 5 tonnes of flour.", "5", 5, None, None, None, False, "measure", "tonnes"),
    ("The siege has lasted 18 months.", "18", 18, None, None, None, False, "duration", "months"),
    ("It was the third attack on the base this week.", "third", 3, None, None, None, False, "ordinal", "attack"),
    ("No casualties were reported after the blast.", "No", 0, None, None, None, False, "zero", "casualties"),
    ("None of the hostages were harmed.", "None", 0, None, None, None, False, "zero", "hostages"),
    ("Several soldiers were captured by the insurgents.", "Several", 3, None, None, None, True, "count", "soldiers"),
    ("The rebels seized 1,200 rifles and four armoured vehicles.", "1,200", 1200, None, None, None, False, "count", "rifles"),
    ("The rebels seized 1,200 rifles and four armoured vehicles.", "four", 4, None, None, None, False, "count", "vehicles"),
    ("Gunmen killed sevven villagers overnight.", "sevven", 7, None, None, None, False, "count", "villagers"),
    ("The fund pledged $5 million for reconstruction.", "5 million", 5000000, None, None, None, False, "money", None),
    ("Five were arrested and two wounded.", "Five", 5, None, None, None, False, "count", None),
]

# (seed locator, quantity text, value, low, high, bound, vague, kind, head)
SEED = [
    ("more than 50 pro-Assad", "more than 50", 50, 50, None, "more than", False, "count", "troops"),
    ("two tanks", "two", 2, None, None, None, False, "count", "tanks"),
    ("25 Afghan", "25", 25, None, None, None, False, "count", "militiamen"),
    ("eight were captured", "eight", 8, None, None, None, False, "count", None),
    ("Another 15", "15", 15, None, None, None, False, "count", "troops"),
    ("helped 100s", "100s", 100, None, None, None, True, "count", None),
    ("more than 25 people", "more than 25", 25, 25, None, "more than", False, "count", "people"),
    ("hundreds of men", "hundreds", 100, None, None, None, True, "count", "men"),
    ("aged between 30", "between 30 and 50", 30, 30, 50, None, False, "age", None),
    ("Two National Defense", "Two", 2, None, None, None, False, "count", "militia"),
    ("executed four men", "four", 4, None, None, None, False, "count", "men"),
    ("about 150 activists", "about 150", 150, None, None, "about", False, "count", "activists"),
    ("47 people", "47", 47, None, None, None, False, "count", "people"),
    ("threee buildings", "threee", 3, None, None, None, False, "count", "buildings"),
    ("four buildings used", "four", 4, None, None, None, False, "count", "buildings"),
    ("some 8,000 people", "some 8,000", 8000, None, None, "some", False, "count", "people"),
    ("five kilometers", "five", 5, None, None, None, False, "measure", "kilometers"),
    ("more than 200,000", "more than 200,000", 200000, 200000, None, "more than", False, "count", "civilians"),
    ("loss of 75%", "75%", 75, None, None, None, False, "percent", None),
    ("1,500 people", "1,500", 1500, None, None, None, False, "count", "people"),
    ("five-day ceasefire", "five-day", 5, None, None, None, False, "duration", "ceasefire"),
    ("within 4 km", "4", 4, None, None, None, False, "measure", "km"),
    ("No personnel", "No", 0, None, None, None, False, "zero", "personnel"),
    ("past 18 months", "18", 18, None, None, None, False, "duration", "months"),
]


def _pick(text: str, qtext: str):
    found = [q for q in find_quantities(text) if q.text == qtext]
    assert found, f"no quantity {qtext!r} in {[q.text for q in find_quantities(text)]}"
    return found[0]


def _check(q, value, low, high, bound, vague, kind, head):
    assert (q.value, q.low, q.high, q.bound, q.vague, q.kind, q.head) == (value, low, high, bound, vague, kind, head)


@pytest.mark.parametrize("sentence,qtext,value,low,high,bound,vague,kind,head", WRITTEN)
def test_written_sentences(sentence, qtext, value, low, high, bound, vague, kind, head):
    _check(_pick(sentence, qtext), value, low, high, bound, vague, kind, head)


@pytest.mark.parametrize("key,qtext,value,low,high,bound,vague,kind,head", SEED)
def test_seed_sentences(seed_sentence, key, qtext, value, low, high, bound, vague, kind, head):
    sentence, _ = seed_sentence(key)
    _check(_pick(sentence, qtext), value, low, high, bound, vague, kind, head)


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks resumed on August 24 in Geneva.",
        "Fighting has continued since 13 December.",
        "The jihadists withdrew in 2015 after an agreement.",
        "UPDATE 1850 GMT: the shelling stopped.",
        "The accord was signed on Dec. 13, 2016, in Paris.",
        "A spokesman for the March 8 Alliance spoke to reporters.",
        "One of the commanders was wounded.",
        "A soldier and an officer were wounded.",
        "The curfew starts at 18:30 and ends at 6 am.",
        "The council adopted Resolution 2254 unanimously.",
        "Two days ago the town fell.",
        "It was the biggest one so far.",
        "The militants were there for days.",
        "There have been few fighters in the city since then.",
        "The ceasefire is no longer holding.",
    ],
)
def test_not_quantities(sentence):
    assert [q.text for q in find_quantities(sentence) if q.kind != "ordinal"] == []


def test_offsets_are_report_offsets(seed_text):
    key = "more than 25 people"
    base = seed_text.index(key)
    sentence = seed_text[base:base + 40]
    q = find_quantities(sentence, offset=base)[0]
    assert seed_text[q.start:q.end] == "more than 25"
    assert seed_text[q.head_start:q.head_end] == "people"


def test_seed_has_no_date_or_time_numbers(seed_text):
    texts = [q.text for q in find_quantities(seed_text)]
    for bad in ("1850", "1730", "24", "26", "2015", "2013", "8"):
        assert bad not in texts


def test_misspelt_real_words_are_not_numbers():
    # "for", "even", "there", "weight" sit one edit from number words.
    assert find_quantities("Even so, there was weight given for the fight.") == []
