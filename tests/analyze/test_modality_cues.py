"""modality_at: asserted / negated / future / hypothetical / intent, and hedging, for one trigger."""
from __future__ import annotations

import pytest

from sitroom.analyze import modality_at

# (sentence, trigger word, modality, hedged)
WRITTEN = [
    ("Police arrested 23 protesters in the capital on Monday.", "arrested", "asserted", False),
    ("At least 12 people were killed when a car bomb exploded.", "killed", "asserted", False),
    ("No civilians were killed in the strike.", "killed", "negated", False),
    ("No civilians were killed in the strike.", "strike", "asserted", False),
    ("The army denied that its jets bombed the market.", "bombed", "negated", False),
    ("The rebels failed to capture the hill.", "capture", "negated", False),
    ("The convoy left without firing a shot.", "firing", "negated", False),
    ("Hamas is expected to release the hostages on Sunday.", "release", "future", False),
    ("The two sides are set to sign the deal next week.", "sign", "future", False),
    ("The government plans to evacuate the district.", "evacuate", "future", False),
    ("An attack on the city is imminent.", "attack", "future", False),
    ("The militants threatened to attack the base if the deal collapsed.", "attack", "intent", False),
    ("The militants threatened to attack the base if the deal collapsed.", "collapsed", "hypothetical", False),
    ("Troops sought to retake the airport.", "retake", "intent", False),
    ("Rebels could lose the town within days.", "lose", "hypothetical", False),
    ("It is unclear whether the strike hit the depot.", "hit", "hypothetical", False),
    ("Gunmen allegedly abducted four aid workers.", "abducted", "asserted", True),
    ("Unconfirmed reports said the commander was killed.", "killed", "asserted", True),
    ("The troops managed to repel the assault.", "repel", "asserted", False),
]

# (seed locator, trigger word, modality, hedged)
SEED = [
    ("troops have entered the town", "entered", "asserted", False),
    ("offensive to take the key", "take", "intent", False),
    ("offensive to take the key", "offensive", "asserted", False),
    ("offensive to take the key", "begun", "asserted", False),
    ("close to taking", "taking", "intent", False),
    ("will meet in Geneva", "meet", "future", False),
    ("No personnel were injured", "injured", "negated", False),
    ("No personnel were injured", "attack", "asserted", False),
    ("waiver would", "endanger", "hypothetical", False),
    ("quick to protest", "protest", "asserted", False),
    ("reportedly executed", "executed", "asserted", True),
    ("Lavrov did not specify", "specify", "negated", False),
    ("trying make further", "make", "intent", True),
    ("Opposition activists claim", "inflicted", "asserted", True),
    ("That advance is hoping", "take", "intent", False),
    ("the assault was imminent", "assault", "future", False),
    ("had no confirmation", "ceased", "asserted", True),
    ("had to pull back", "pull", "asserted", False),
    ("may have also have sought", "seize", "hypothetical", False),
]


def _run(sentence: str, trigger: str):
    i = sentence.index(trigger)
    return modality_at(sentence, i, i + len(trigger))


@pytest.mark.parametrize("sentence,trigger,modality,hedged", WRITTEN)
def test_written_sentences(sentence, trigger, modality, hedged):
    m = _run(sentence, trigger)
    assert (m.modality, m.hedged) == (modality, hedged), m.cues


@pytest.mark.parametrize("key,trigger,modality,hedged", SEED)
def test_seed_sentences(seed_sentence, key, trigger, modality, hedged):
    sentence, _ = seed_sentence(key)
    m = _run(sentence, trigger)
    assert (m.modality, m.hedged) == (modality, hedged), m.cues


@pytest.mark.parametrize(
    "sentence,trigger,cue",
    [
        ("Lavrov did not specify the duration.", "specify", "not"),
        ("The envoys will meet in Geneva on Saturday.", "meet", "will"),
        ("Officials said the waiver would endanger pilots.", "endanger", "would"),
        ("The offensive to take the town began.", "take", "offensive to"),
        ("Militants reportedly executed four men.", "executed", "reportedly"),
    ],
)
def test_cues_name_the_deciding_words(sentence, trigger, cue):
    assert cue in _run(sentence, trigger).cues


def test_capitalised_may_is_not_a_modal():
    assert _run("In May the army shelled the town.", "shelled").modality == "asserted"
