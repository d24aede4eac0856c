"""Quantities in a sentence: counts, vague counts, ranges, zeros, measures, durations, ages, money, ordinals.

`find_quantities` tokenises once and looks only at tokens that can start a number, so it costs little
more than the tokeniser. Values follow the ACLED conservative rules: "more than 50" -> 50, "dozens" ->
12, "tens" -> 10, "hundreds" -> 100, a range -> its low end.

Choices worth knowing:
- "up to 40": value 40, high 40, bound "up to" (the caller may discount it; ACLED would usually keep 40).
- "less than 10" / "fewer than 10": value None, high 10, bound "less than" (no conservative count exists).
- "several" -> 3 and "a few" / "a handful" -> 2 (the smallest number the word allows), "scores of" -> 20.
- Zeros ("No personnel", "none of the fighters", "nobody") have kind "zero", value 0; "nobody" and
  "no one" have no head.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .tokens import tokenize


@dataclass
class Quantity:
    start: int
    end: int
    text: str
    value: int | None
    low: int | None = None
    high: int | None = None
    bound: str | None = None
    vague: bool = False
    kind: str = "count"
    head: str | None = None
    head_start: int | None = None
    head_end: int | None = None


UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
# Vague plurals: value is the conservative reading (ACLED codebook for tens/dozens/hundreds).
VAGUE = {
    "tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000,
    "millions": 1_000_000, "100s": 100, "1000s": 1000,
}
# Vague words that only count when "of" follows ("tens of", "scores of"); elsewhere they are nouns.
VAGUE_NEEDS_OF = {"tens", "scores"}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "hundredth": 100, "thousandth": 1000,
}
NUMBER_WORDS = {**UNITS, **TENS, **SCALES, "dozen": 12}

# Real words one edit away from a number word; never read them as typos.
_NOT_TYPOS = {
    "doze", "even", "for", "fort", "fur", "our", "seen", "there", "thee", "tree", "elven", "sven", "ive",
    "fie", "nie", "ight", "eigh", "inne", "ine", "ero", "zer", "ozen", "nin", "fou", "hree", "seve",
    "fift", "sixt", "thirt", "twent", "ninet", "sevent", "eleve", "illion", "housand", "undred",
}


def _typos() -> dict[str, str]:
    """Return {misspelling: number word}: one deletion, transposition or doubled letter, words >= 4 letters."""
    table: dict[str, str] = {"fourty": "forty", "ninty": "ninety", "nineth": "ninth"}
    for word in NUMBER_WORDS:
        if len(word) < 4:
            continue
        variants = set()
        for i in range(len(word)):
            variants.add(word[:i] + word[i + 1:])
            variants.add(word[: i + 1] + word[i] + word[i + 1:])
        for i in range(len(word) - 1):
            variants.add(word[:i] + word[i + 1] + word[i] + word[i + 2:])
        for v in variants:
            if len(v) >= 4 and v not in NUMBER_WORDS and v not in _NOT_TYPOS and v not in VAGUE:
                table.setdefault(v, word)
    return table


TYPOS = _typos()

# Bound phrases (lower-case token tuples) -> the bound reported.
BOUNDS: dict[tuple[str, ...], str] = {
    ("more", "than"): "more than", ("over",): "over", ("upwards", "of"): "more than",
    ("in", "excess", "of"): "more than", ("above",): "more than",
    ("at", "least"): "at least", ("no", "fewer", "than"): "at least", ("no", "less", "than"): "at least",
    ("a", "minimum", "of"): "at least",
    ("about",): "about", ("around",): "about", ("approximately",): "about", ("roughly",): "about",
    ("an", "estimated"): "about", ("estimated",): "about", ("some",): "some", ("circa",): "about",
    ("nearly",): "nearly", ("almost",): "nearly", ("close", "to"): "nearly", ("just", "under"): "nearly",
    ("up", "to"): "up to", ("as", "many", "as"): "up to", ("as", "much", "as"): "up to",
    ("no", "more", "than"): "up to",
    ("less", "than"): "less than", ("fewer", "than"): "less than", ("under",): "less than",
}
_BOUND_LENGTHS = (3, 2, 1)

MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
}
SEASONS = {"spring", "summer", "autumn", "fall", "winter"}
_YEAR_PREPS = {
    "in", "since", "until", "till", "by", "of", "during", "from", "to", "early", "late", "mid", "before",
    "after", "between", "and", "throughout", "year", "the", "end",
}
# Capitalised words that make the next number an identifier, not a count ("Resolution 2254").
_ID_WORDS = {
    "resolution", "no", "route", "highway", "road", "brigade", "division", "regiment", "battalion",
    "article", "chapter", "page", "flight", "law", "decree", "unit", "room", "gate", "camp", "update",
    "section", "paragraph", "item", "phase", "level", "grade", "number", "vol", "p", "pp", "m", "m4", "m5",
}
_TIME_AFTER = re.compile(r"\s?(?:[ap]\.?m\b\.?|gmt\b|utc\b|hrs\b|hours\s+(?:gmt|local)|local time|o'clock|h\b|z\b)", re.I)

MEASURE_UNITS = {
    "km", "kms", "kilometers", "kilometres", "kilometer", "kilometre", "mile", "miles", "metres", "meters",
    "metre", "meter", "m", "kg", "kilograms", "kilogram", "kilos", "tonnes", "tons", "ton", "tonne", "feet",
    "foot", "ft", "yards", "yard", "hectares", "hectare", "acres", "acre", "litres", "liters", "barrels",
    "cm", "mm", "inches", "inch", "sq", "square", "degrees", "mph", "kph",
}
DURATION_UNITS = {
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "night", "nights", "week",
    "weeks", "month", "months", "year", "years", "decade", "decades",
}
MONEY_UNITS = {
    "dollars", "dollar", "usd", "euros", "euro", "eur", "pounds", "lira", "liras", "riyals", "dinars",
    "rubles", "roubles", "shekels", "pesos", "rupees", "francs", "yuan",
}
_MONEY_SIGNS = {"$", "£", "€", "¥"}
_PERCENT_WORDS = {"percent", "pc"}

# Words that end a noun phrase after a number: function words, auxiliaries, time words.
_STOP = {
    "in", "on", "at", "of", "from", "by", "with", "for", "to", "into", "onto", "near", "across", "after",
    "before", "during", "since", "until", "as", "than", "including", "among", "against", "between", "under",
    "over", "around", "inside", "outside", "within", "without", "per", "through", "toward", "towards",
    "along", "behind", "beyond", "via", "amid", "despite", "about", "like", "off", "out", "up", "down",
    "the", "a", "an", "this", "that", "these", "those", "their", "its", "his", "her", "our", "my", "your",
    "were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "will", "would", "could",
    "can", "may", "might", "must", "should", "shall", "did", "do", "does", "who", "which", "whom",
    "whose", "where", "when", "while", "because", "but", "if", "so", "yet", "also", "reportedly",
    "allegedly", "apparently", "still", "now", "mostly", "mainly", "all", "each", "more", "most", "only",
    "already", "just", "then", "there", "here", "too", "each", "both", "either", "neither", "not", "no",
    "today", "yesterday", "tonight", "tomorrow", "overnight", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "ago", "later", "earlier", "again", "they", "them", "we", "us", "it", "he",
    "she", "i", "you", "said", "says", "say", "according", "whereas", "although", "though", "what",
    "how", "why", "very", "other", "another", "such", "whether", "respectively", "apiece", "each",
}
# Unambiguous verbs that can follow a bare count ("helped 100s cross front lines").
_VERBS = {
    "cross", "crossed", "leave", "left", "flee", "fled", "die", "died", "remain", "go", "went", "come",
    "came", "took", "take", "get", "got", "make", "made", "live", "stay", "gave", "give", "became",
    "become", "arrive", "arrived", "escape", "escaped", "return", "returned", "surrender", "surrendered",
    "need", "needed", "want", "wanted", "know", "knew", "saw", "see", "met", "meet", "told", "tell",
    "claim", "claimed", "report", "reported", "deny", "denied", "suffer", "suffered", "face", "faced",
    "join", "joined", "managed", "tried", "try", "began", "begin", "seem", "seemed", "appear", "appeared",
    "killed", "wounded", "injured", "captured", "kidnapped", "arrested", "detained", "executed",
    "lost", "perished",  # "nine lost their lives"
}
# Participles that are nouns in casualty talk ("the wounded") are not heads here on purpose: a count
# followed only by "wounded" is elliptic ("eight wounded") and the caller decides what it counts.
_NATIONALITY_END = ("an", "ian", "ese", "ish", "i", "ic")
_PARTITIVE_DETS = {"the", "these", "those", "their", "its", "his", "her", "our", "them", "whom", "us"}
_ONE_PRONOUN_BEFORE = {
    "the", "a", "an", "this", "that", "another", "any", "each", "every", "which", "no", "only",
    "someone", "anyone", "every", "such", "one",
}
_TOLL_WORDS = {"toll", "tally", "count"}


def _digit_value(word: str) -> tuple[float, str]:
    """Return (numeric value, suffix) for a digit token such as "8,000", "2.5", "100s", "22-year-old", "75%"."""
    m = re.match(r"[\d,]*\d(?:\.\d+)?", word)
    assert m is not None
    raw = m.group().replace(",", "")
    return float(raw), word[m.end():]


def _word_value(lw: str) -> int | None:
    """Return the value of a single number word (typos tolerated), or None."""
    if lw in NUMBER_WORDS:
        return NUMBER_WORDS[lw]
    if lw in TYPOS:
        return NUMBER_WORDS.get(TYPOS[lw])
    if "-" in lw:
        first, _, second = lw.partition("-")
        if first in TENS and second in UNITS and UNITS[second] < 10:
            return TENS[first] + UNITS[second]
    return None


def _parse_words(lows: list[str], i: int) -> tuple[int, int, bool] | None:
    """Parse a run of number words from token i.

    Returns (value, index after the run, typo_used) or None. Handles "twenty-five", "two hundred and
    fifty", "three thousand", "a dozen" is handled by the caller.
    """
    total = 0
    current = 0
    j = i
    seen = False
    typo = False
    n = len(lows)
    while j < n:
        lw = lows[j]
        if lw == "and" and seen and j + 1 < n and current >= 100 and _word_value(lows[j + 1]) is not None:
            j += 1
            continue
        v = _word_value(lw)
        if v is None:
            break
        base = TYPOS.get(lw, lw)
        if lw in TYPOS:
            typo = True
        if base in SCALES:
            if not seen:
                return None  # a bare "hundred" without "a"/a multiplier is not a count here
            scale = SCALES[base]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
        elif base == "dozen":
            current = (current or 1) * 12
        else:
            if seen and current % 100 != 0 and not (current % 10 == 0 and v < 10 and current % 100 >= 20):
                break  # "two three" is two numbers, not one
            current += v
        seen = True
        j += 1
    if not seen:
        return None
    return total + current, j, typo


def find_quantities(text: str, offset: int = 0) -> list[Quantity]:
    """Return the quantities in `text` in order, with report offsets (`offset` + index).

    Date and time parts ("August 24", "in 2015", "1850 GMT"), identifiers ("Resolution 2254"), the
    article "a"/"an" and "one of" are skipped.
    """
    words, starts, ends = tokenize(text)
    lows = [w.lower() for w in words]
    n = len(words)
    out: list[Quantity] = []
    i = 0
    while i < n:
        lw = lows[i]
        if lw not in _WORD_STARTS and "-" not in lw and not words[i][0].isdigit():
            i += 1  # a word that no quantity starts with (`_quantity_at` would say None)
            continue
        q, nxt = _quantity_at(text, words, lows, starts, ends, i)
        if q is not None:
            q.start += offset
            q.end += offset
            if q.head_start is not None:
                q.head_start += offset
                q.head_end += offset  # type: ignore[operator]
            out.append(q)
            i = nxt
        else:
            i += 1
    return out


# The words (lower case) `_quantity_at` reads a quantity from; any other word without a hyphen or a
# leading digit starts none.
_WORD_STARTS = frozenset({"no", "none", "nobody", "zero", "several", "few", "handful", "couple", "dozen", "hundred",
                          "thousand", "million", *ORDINALS, *VAGUE, *NUMBER_WORDS, *TYPOS})


def _quantity_at(text, words, lows, starts, ends, i) -> tuple[Quantity | None, int]:
    """Try to read a quantity whose number starts at token i; return (quantity or None, next index)."""
    w = words[i]
    lw = lows[i]
    n = len(words)
    c = w[0]
    if c.isdigit():
        return _numeric(text, words, lows, starts, ends, i)
    if not c.isalpha():
        return None, i + 1
    if lw in ("no", "none", "nobody", "zero") or (lw == "no" and i + 1 < n and lows[i + 1] == "one"):
        return _zero(text, words, lows, starts, ends, i)
    if lw in ORDINALS:
        q = Quantity(starts[i], ends[i], w, ORDINALS[lw], kind="ordinal")
        _attach_head(q, words, lows, starts, ends, i + 1)
        return q, i + 1
    if lw in VAGUE or lw in ("several", "few", "handful", "couple", "dozen", "hundred", "thousand", "million"):
        return _vague_or_article(text, words, lows, starts, ends, i)
    if lw in NUMBER_WORDS or lw in TYPOS or ("-" in lw and _word_value(lw.partition("-")[0]) is not None):
        return _spelled(text, words, lows, starts, ends, i)
    return None, i + 1


def _bound_before(lows, starts, i) -> tuple[str | None, int]:
    """Return (bound, index of its first token) for a bound phrase ending just before token i."""
    for size in _BOUND_LENGTHS:
        if i - size < 0:
            continue
        key = tuple(lows[i - size:i])
        if key in BOUNDS:
            return BOUNDS[key], i - size
    return None, i


def _is_date_or_time(text, words, lows, starts, ends, i, value: float, suffix: str) -> bool:
    """True when the digit token i is part of a date, a time, a year or an identifier."""
    n = len(words)
    prev = lows[i - 1] if i > 0 else ""
    prev2 = lows[i - 2] if i > 1 else ""
    nxt = lows[i + 1] if i + 1 < n else ""
    word = words[i]
    if "," not in word and "." not in word and not suffix:
        if value <= 31 and (nxt in MONTHS or (nxt == "of" and i + 2 < n and lows[i + 2] in MONTHS)):
            return True
        if prev in MONTHS or (prev == "." and prev2 in MONTHS):
            return True
        if _TIME_AFTER.match(text, ends[i]):
            return True
        if nxt == ":" and i + 2 < n and words[i + 2][:1].isdigit() and starts[i + 2] == ends[i + 1]:
            return True
        if prev == ":" and i > 1 and words[i - 2][:1].isdigit() and starts[i] == ends[i - 1]:
            return True  # the minutes of "18:30"
        if 1800 <= value <= 2100 and len(word) == 4:
            if prev in _YEAR_PREPS or prev in MONTHS or prev in SEASONS or prev == ",":
                return True
            if not (nxt[:1].isalpha() and nxt[:1].islower() and nxt not in _STOP):
                return True
        if i > 0 and prev in _ID_WORDS and words[i - 1][:1].isupper():
            return True
        if nxt == "-" and i + 2 < n and lows[i + 2] in MONTHS:
            return True
    if suffix == "s" and 1800 <= value <= 2100:
        return True  # "the 1980s"
    if suffix in ("st", "nd", "rd", "th") and (nxt in MONTHS or prev in MONTHS or nxt == "of"):
        return True
    if i + 2 < n and lows[i + 2] == "ago" and nxt in DURATION_UNITS:
        return True  # "two days ago" is a date
    return False


def _numeric(text, words, lows, starts, ends, i) -> tuple[Quantity | None, int]:
    w = words[i]
    value_f, suffix = _digit_value(w)
    if _is_date_or_time(text, words, lows, starts, ends, i, value_f, suffix):
        return None, i + 1
    n = len(words)
    j = i + 1
    vague = False
    kind = "count"
    low_suffix = suffix.lower()
    if low_suffix in ("st", "nd", "rd", "th"):
        q = Quantity(starts[i], ends[i], w, int(value_f), kind="ordinal")
        _attach_head(q, words, lows, starts, ends, j)
        return q, j
    if low_suffix == "s":
        vague = True
    if low_suffix == "%":
        kind = "percent"
    if j < n and lows[j] in SCALES and low_suffix == "":
        value_f *= SCALES[lows[j]]
        j += 1
    value = int(value_f) if value_f == int(value_f) else value_f
    if low_suffix.startswith("-"):
        kind = _hyphen_kind(low_suffix)
    return _finish(text, words, lows, starts, ends, i, j, value, vague, kind)


def _hyphen_kind(suffix: str) -> str:
    """Kind of a hyphenated number such as "-year-old", "-day", "-km"."""
    parts = suffix.strip("-").split("-")
    if parts[-1] == "old" or parts[-1] == "olds":
        return "age"
    if parts[0] in DURATION_UNITS:
        return "duration"
    if parts[0] in MEASURE_UNITS:
        return "measure"
    return "count"


def _spelled(text, words, lows, starts, ends, i) -> tuple[Quantity | None, int]:
    lw = lows[i]
    n = len(words)
    if "-" in lw and lw.partition("-")[2] not in UNITS:
        # "five-day", "two-year-old", "three-storey": a number word with a unit or modifier attached.
        first, _, rest = lw.partition("-")
        v = _word_value(first)
        if v is None:
            return None, i + 1
        kind = _hyphen_kind("-" + rest)
        return _finish(text, words, lows, starts, ends, i, i + 1, v, False, kind)
    parsed = _parse_words(lows, i)
    if parsed is None:
        return None, i + 1
    value, j, typo = parsed
    if lw == "one":
        prev = lows[i - 1] if i > 0 else ""
        nxt = lows[i + 1] if i + 1 < n else ""
        if j == i + 1 and (nxt in ("of", "another", "day", "side", "way", "time", "by", "or") or prev in _ONE_PRONOUN_BEFORE
                           or prev.endswith("est") or nxt in _STOP or not nxt[:1].isalpha()):
            return None, i + 1
    q, nxt_i = _finish(text, words, lows, starts, ends, i, j, value, False, "count")
    if typo and (q is None or q.head is None):
        return None, i + 1  # a misspelt number must at least count something
    return q, nxt_i


def _vague_or_article(text, words, lows, starts, ends, i) -> tuple[Quantity | None, int]:
    lw = lows[i]
    n = len(words)
    prev = lows[i - 1] if i > 0 else ""
    nxt = lows[i + 1] if i + 1 < n else ""
    start_i = i
    if lw in ("dozen", "hundred", "thousand", "million", "couple", "few", "handful"):
        if prev not in ("a", "an"):
            if lw == "dozen" and prev in ("several", "few"):
                return None, i + 1  # read from "several"
            if lw in ("hundred", "thousand", "million"):
                return None, i + 1
            if lw in ("couple", "few", "handful"):
                return None, i + 1
        start_i = i - 1
        if lw == "dozen" and i >= 2 and lows[i - 2] == "half":
            start_i = i - 2
            value, vague = 6, False
        elif lw in ("few", "handful"):
            value, vague = 2, True
        elif lw == "couple":
            value, vague = 2, False
        else:
            value, vague = {"dozen": 12, "hundred": 100, "thousand": 1000, "million": 1_000_000}[lw], False
        j = i + 1
        if lw in ("couple", "handful") and nxt != "of":
            return None, i + 1
        if lw in ("dozen", "hundred", "thousand") and j < n and lows[j] in ("thousand", "million"):
            value *= SCALES[lows[j]]
            j += 1
        return _finish(text, words, lows, starts, ends, start_i, j, value, vague, "count")
    if lw == "several":
        j = i + 1
        value = 3
        if j < n and lows[j] in ("dozen", "hundred", "thousand", "million"):
            value = 3 * {"dozen": 12, "hundred": 100, "thousand": 1000, "million": 1_000_000}[lows[j]]
            j += 1
        if j < n and not words[j][0].isalpha():
            return None, i + 1
        return _finish(text, words, lows, starts, ends, i, j, value, True, "count")
    # plural vague words
    if lw in VAGUE_NEEDS_OF and nxt != "of":
        return None, i + 1
    value = VAGUE[lw]
    j = i + 1
    if nxt == "of" and i + 2 < n and lows[i + 2] in ("thousands", "millions"):
        value *= VAGUE[lows[i + 2]]
        j = i + 3
    return _finish(text, words, lows, starts, ends, i, j, value, True, "count")


def _zero(text, words, lows, starts, ends, i) -> tuple[Quantity | None, int]:
    lw = lows[i]
    n = len(words)
    nxt = lows[i + 1] if i + 1 < n else ""
    if lw == "no":
        if nxt == "one":
            q = Quantity(starts[i], ends[i + 1], text[starts[i]:ends[i + 1]], 0, kind="zero")
            return q, i + 2
        if nxt in ("longer", "more", "less", "fewer", "doubt", "matter", "sooner", "way", ".") or not nxt[:1].isalpha():
            return None, i + 1
        q = Quantity(starts[i], ends[i], words[i], 0, kind="zero")
        _attach_head(q, words, lows, starts, ends, i + 1)
        if q.head is None:
            return None, i + 1
        return q, i + 1
    q = Quantity(starts[i], ends[i], words[i], 0, kind="zero")
    if lw in ("none", "zero"):
        _attach_head(q, words, lows, starts, ends, i + 1)
    return q, i + 1


def _finish(text, words, lows, starts, ends, i, j, value, vague, kind) -> tuple[Quantity | None, int]:
    """Add bound, range, kind and head to the number spanning tokens i..j-1; return (quantity, next index)."""
    n = len(words)
    bound, bi = _bound_before(lows, starts, i)
    low = high = None
    start_i = bi
    prev = lows[i - 1] if i > 0 else ""
    # "between 30 and 50", "20 to 25", "20-25", "two or three"
    range_end = None
    if j < n and lows[j] in ("to", "-", "–", "and", "or") and j + 1 < n:
        joiner = lows[j]
        if joiner != "and" or prev == "between":
            if joiner == "-" and (starts[j] != ends[j - 1] or starts[j + 1] != ends[j]):
                pass
            else:
                other = _range_partner(words, lows, j + 1)
                toll_change = i >= 2 and lows[i - 1] == "from"
                if other is not None and other[0] > (value or 0) and not (joiner == "to" and toll_change and _is_change(lows, i - 2)):
                    low, high = value, other[0]
                    range_end = other[1]
    if prev == "between" and range_end is not None:
        start_i = i - 1
        bound = None
    if range_end is not None:
        j = range_end
    if bound in ("more than", "at least", "over") and low is None:
        low = value
    if bound == "up to":
        high = value
    if bound == "less than":
        high = value
        value = None
    # kind from the surroundings
    nxt = lows[j] if j < n else ""
    if kind == "count" and (nxt in _PERCENT_WORDS or (nxt == "per" and j + 1 < n and lows[j + 1] == "cent")):
        kind = "percent"
        j += 1 if nxt != "per" else 2
        nxt = lows[j] if j < n else ""
    before = lows[start_i - 1] if start_i > 0 else ""
    head_from = j
    unit_head = False
    if kind == "count":
        if nxt in MEASURE_UNITS:
            kind = "measure"
            unit_head = True
        elif nxt in DURATION_UNITS:
            if j + 1 < n and lows[j + 1] == "old":
                kind = "age"
            else:
                kind = "duration"
                unit_head = True
        elif nxt in MONEY_UNITS or before in _MONEY_SIGNS or words[start_i - 1:start_i] == ["$"]:
            kind = "money"
        elif before in ("aged", "age", "ages"):
            kind = "age"
        elif before == "," and nxt == "," and start_i >= 2 and words[start_i - 2][:1].isupper() \
                and words[start_i - 2].replace("-", "").isalpha() and words[start_i][:1].isdigit() \
                and value is not None and 0 < value < 120:
            # "Diubis Laurencio Tejeda, 36, was killed": a number set off by commas after a name is the age
            kind = "age"
    if kind == "count" and start_i > 0 and words[start_i - 1] in _MONEY_SIGNS:
        kind = "money"
    q = Quantity(starts[start_i], ends[j - 1], text[starts[start_i]:ends[j - 1]], value, low, high, bound, vague, kind)
    if unit_head:
        if kind == "duration" and j + 1 < n and lows[j + 1] == "ago":
            return None, j  # "two days ago" is a date, not a quantity
        q.head, q.head_start, q.head_end = words[j], starts[j], ends[j]
    else:
        _attach_head(q, words, lows, starts, ends, head_from)
        if q.head is None and kind == "count":
            _toll_head(q, words, lows, starts, ends, start_i)
    return q, j


def _is_change(lows, k) -> bool:
    return k >= 0 and lows[k] in ("rose", "risen", "rising", "increased", "climbed", "jumped", "fell", "dropped", "grew", "up", "down")


def _range_partner(words, lows, k) -> tuple[int, int] | None:
    """Return (value, index after) of the number that closes a range at token k, or None."""
    if k >= len(words):
        return None
    w = words[k]
    if w[0].isdigit():
        v, suffix = _digit_value(w)
        if suffix not in ("", "%"):
            return None
        return int(v), k + 1
    parsed = _parse_words(lows, k)
    if parsed is None:
        return None
    return parsed[0], parsed[1]


def _looks_nationality(word: str) -> bool:
    return word[0].isupper() and not word.isupper() and word.lower().endswith(_NATIONALITY_END) and not word.endswith("s")


def _attach_head(q: Quantity, words, lows, starts, ends, k: int) -> None:
    """Set q.head to the noun the number counts, scanning right from token k; leave None when elliptic."""
    n = len(words)
    if k < n and lows[k] == "of":
        k += 1
        if k < n and lows[k] in _PARTITIVE_DETS:
            if lows[k] in ("them", "us", "whom"):
                return
            k += 1
    head = None
    saw_noun = False
    taken = 0
    j = k
    while j < n and taken < 8:
        w = words[j]
        lw = lows[j]
        if lw in (",", "and", "or", "&"):
            if saw_noun or taken == 0:
                break
            j += 1
            continue
        c = w[0]
        if not c.isalpha():
            break
        if lw in _CASUALTY_ADJ and not saw_noun and j + 1 < n and _plural_noun(lows[j + 1]):
            # "14 injured people", "three wounded soldiers": the participle describes the people counted
            taken += 1
            j += 1
            continue
        if lw in _STOP or lw in _VERBS:
            break
        if lw.endswith(("ed", "ing")) and len(lw) > 3 and not c.isupper():
            nxt = lows[j + 1] if j + 1 < n else ""
            if saw_noun or not nxt[:1].isalpha() or nxt in _STOP or nxt in _VERBS:
                break
            taken += 1
            j += 1
            continue
        if _looks_nationality(w) and not saw_noun:
            taken += 1
            j += 1
            continue
        saw_noun = True
        head = j
        taken += 1
        j += 1
    if head is not None:
        q.head, q.head_start, q.head_end = words[head], starts[head], ends[head]


_CASUALTY_ADJ = {"injured", "wounded", "dead", "slain", "detained", "arrested", "missing"}


def _plural_noun(lw: str) -> bool:
    return lw.isalpha() and lw not in _STOP and lw not in _VERBS and (
        lw in ("people", "men", "women", "children", "police", "personnel") or (lw.endswith("s") and len(lw) > 3))


def _toll_head(q: Quantity, words, lows, starts, ends, i: int) -> None:
    """For "the death toll rose to 31" / "a toll of 31", use "toll" as the head when nothing follows."""
    for k in range(i - 1, max(-1, i - 6), -1):
        if lows[k] in _TOLL_WORDS:
            q.head, q.head_start, q.head_end = words[k], starts[k], ends[k]
            return
        if lows[k] in (".", ";", ","):
            return
