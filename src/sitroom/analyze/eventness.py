"""How much a sentence reads like the telling of an incident: a small learned check beside the rules.

The rules decide what a sentence reports; this model only says how much a sentence *reads like* news
of an incident rather than background, a roundup, a reaction or a side remark. It is a logistic
regression over the sentence's words and word pairs, where names (capitalised words inside the
sentence), counts and years are replaced by placeholders, so that what it learns is the shape of the
telling ("last weekend", "were reported in", "had been", "came into force"), not places or actors.

It is trained by `scripts/train_eventness.py` on the project's own OPEN gold documents (the sentences
their coders cite as evidence of an event against the sentences they list as no event), on the open
half of the challenge passages and on the hand-written sentences of `tests/data/eventness/`; sealed sets
are never read. The weights ship as
`data/eventness.json`; nothing is learned or downloaded at run time, and the same text gives the same
score.

Fusion uses it as a veto of last resort (`fuse.fuse`): an event none of whose sentences scores
`THRESHOLD` or more, and that reports no one killed, is not given.
"""
from __future__ import annotations

import json
import math
import random
import re
from collections import Counter
from functools import lru_cache
from importlib import resources
from typing import Iterable, Sequence

from ..errors import KnowledgeError

# below this probability, a sentence is read as not telling an incident (chosen by leave-one-set-out
# runs over the open gold sets: `scripts/train_eventness.py --loso`)
THRESHOLD = 0.1

BIAS = "<BIAS>"
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*|\d[\d,.]*")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def tokens(text: str) -> list[str]:
    """Lower-cased words; a capitalised word that does not open the sentence is `<CAP>` (a name), a
    year `<YEAR>`, any other number `<NUM>`; an all-capitals word (an acronym, a heading) is kept, lower-cased."""
    out: list[str] = []
    for i, m in enumerate(_WORD.finditer(text)):
        w = m.group()
        if w[0].isdigit():
            out.append("<YEAR>" if _YEAR.fullmatch(w) else "<NUM>")
        elif i and w[0].isupper() and not w.isupper():
            out.append("<CAP>")
        else:
            out.append(w.lower())
    return out


def features(text: str) -> set[str]:
    """The sentence's placeholder words and adjacent word pairs."""
    t = tokens(text)
    found = set(t)
    found.update(f"{a}_{b}" for a, b in zip(t, t[1:]))
    return found


def _z(weights: dict[str, float], found: Iterable[str]) -> float:
    """The model's log-odds: a bias plus the known features' weights, scaled by one over the square root of
    their number (a long sentence does not pile up small weights)."""
    known = [weights[f] for f in found if f in weights]
    return weights.get(BIAS, 0.0) + (sum(known) / math.sqrt(len(known)) if known else 0.0)


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=1)
def _weights() -> dict[str, float]:
    try:
        raw = resources.files("sitroom.data").joinpath("eventness.json").read_text(encoding="utf-8")
        data = json.loads(raw)
        return {str(k): float(v) for k, v in data["weights"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise KnowledgeError("data/eventness.json", None, f"cannot be read ({exc})") from None


def score_with(weights: dict[str, float], sentence: str) -> float:
    """Probability that the sentence tells an incident under these weights (a fold's, in `--loso`)."""
    return _sigmoid(_z(weights, features(sentence)))


@lru_cache(maxsize=8192)
def score(sentence: str) -> float:
    """Probability that the sentence tells an incident (0..1), under the shipped weights."""
    return score_with(_weights(), sentence)


def vetoed(event, scorer=None) -> bool:
    """True when no sentence of the event reads as an incident and it reports no one killed: the event
    is not given. `scorer` replaces `score` (leave-one-set-out runs score with a fold's own weights)."""
    if event.fatalities is not None and (event.fatalities.best or 0) > 0:
        return False
    scorer = scorer or score
    sentences = {x.text for x in event.evidence if x.field == "sentence"}
    return bool(sentences) and all(scorer(s) < THRESHOLD for s in sentences)


def train(samples: Sequence[tuple[str, int]], *, epochs: int = 30, l2: float = 1e-3, rate: float = 0.1,
          min_df: int = 2, seed: int = 7) -> dict[str, float]:
    """Weights of a class-balanced, L2-regularised logistic regression fitted by stochastic gradient
    descent over (sentence, 1 = tells an incident / 0 = does not), with the scaling of `_z`. Deterministic
    for a given seed and sample order; features seen in fewer than `min_df` sentences are left out."""
    data = [(features(text), label) for text, label in samples]
    if not data or all(y == data[0][1] for _, y in data):
        raise ValueError("training needs sentences of both kinds")
    df = Counter(f for x, _ in data for f in x)
    vocab = {f for f, c in df.items() if c >= min_df}
    rows = [(sorted(f for f in x if f in vocab), y) for x, y in data]
    positives = sum(y for _, y in rows)
    weight = {1: len(rows) / (2 * positives), 0: len(rows) / (2 * (len(rows) - positives))}
    w: dict[str, float] = {f: 0.0 for f in vocab}
    bias = 0.0
    order = list(range(len(rows)))
    rnd = random.Random(seed)
    for _ in range(epochs):
        rnd.shuffle(order)
        for i in order:
            fs, y = rows[i]
            scale = 1.0 / math.sqrt(len(fs)) if fs else 0.0
            g = (_sigmoid(bias + scale * sum(w[f] for f in fs)) - y) * weight[y]
            bias -= rate * g
            for f in fs:
                w[f] -= rate * (g * scale + l2 * w[f])
    out = {f: round(v, 5) for f, v in sorted(w.items()) if abs(v) >= 1e-5}
    out[BIAS] = round(bias, 5)
    return out
