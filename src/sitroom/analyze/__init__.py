"""analyze: fast, pure, per-sentence cues the extractor builds on.

- `find_quantities` — counts, vague counts, ranges, zeros, measures, ages, money, ordinals, with head nouns.
- `find_dates` / `resolve_weekday` — date mentions resolved against the entry's or report's date.
- `find_attributions` — who says it ("Opposition activists claim", "according to the statement").
- `modality_at` — whether a trigger is asserted, negated, future, hypothetical or an intent.

All are regexes and small lexicons compiled once at import; no NLP model.
"""
from .cues import Attribution, Modality, find_attributions, modality_at
from .dates import DateMention, find_dates, resolve_weekday
from .numbers import Quantity, find_quantities

__all__ = [
    "Attribution",
    "DateMention",
    "Modality",
    "Quantity",
    "find_attributions",
    "find_dates",
    "find_quantities",
    "modality_at",
    "resolve_weekday",
]
