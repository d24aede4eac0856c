"""Date mentions in a sentence, resolved against the entry's or report's date.

One compiled regex finds every candidate; each is then checked (capitalised "May" needs a day or a
preposition, "March 8 Alliance" is a name) and resolved. Relative words resolve against `ref`
(dateparser's RELATIVE_BASE idea): a weekday is the most recent such day on or before `ref`, or the
next one after `ref` when the clause speaks of the future.

Precision: 1 day, 2 week or stated range, 3 month, 4 year or vaguer (seasons count as 4).
Windows ("this week", "for days", "since August 24", "over the past 18 months") give `value` = the
window's start and `end_value` = its end; "this week" is the exception the spec asks for: value = ref.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .numbers import UNITS, TENS


@dataclass
class DateMention:
    start: int
    end: int
    text: str
    value: date | None
    precision: int
    relation: str
    end_value: date | None = None
    future: bool = False


_MONTH_NUM = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
    "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
_SEASON_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 1}

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_FULL_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_NUMWORD = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|thirty|several|a\s+few|few)"
_UNIT = r"(?:days?|weeks?|months?|years?)"

_PATTERN = re.compile(
    "|".join(
        [
            rf"(?P<iso>\b(?P<iy>{_YEAR})-(?P<im>0[1-9]|1[0-2])-(?P<id>[0-3]\d)\b)",
            rf"(?P<rdm>\b(?:between\s+)?(?P<rd1>{_DAY})\s*(?:-|–|and|to)\s*(?P<rd2>{_DAY})\s+(?P<rdmm>{_MONTH})(?:,?\s+(?P<rdmy>{_YEAR}))?(?!\w))",
            rf"(?P<rmd>\b(?P<rmdm>{_MONTH})\s+(?P<rmd1>{_DAY})\s*(?:-|–|to|and)\s*(?P<rmd2>{_DAY})\b(?:,?\s+(?P<rmdy>{_YEAR}))?)",
            rf"(?P<dm>\b(?P<dmd>{_DAY})\s+(?:of\s+)?(?P<dmm>{_MONTH})(?:,?\s+(?P<dmy>{_YEAR})\b)?(?![\w]))",
            rf"(?P<md>\b(?P<mdm>{_MONTH})\s+(?P<mdd>{_DAY})\b(?![\d%:]|\.\d|\s*(?:km|miles?|percent|%))(?:,?\s+(?P<mdy>{_YEAR})\b)?)",
            rf"(?P<my>\b(?P<mym>{_FULL_MONTH}|Sept?\.?|Oct\.?|Nov\.?|Dec\.?|Jan\.?|Feb\.?|Aug\.?)\s+(?:of\s+)?(?P<myy>{_YEAR})\b)",
            rf"(?P<mty>\b(?P<mtym>{_FULL_MONTH})\s+(?P<mtyw>this|last)\s+year\b)",
            rf"(?P<sy>\b(?P<sys>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\s+(?:of\s+)?(?P<syy>{_YEAR})\b)",
            rf"(?P<wd>\b(?:(?P<wdq>[Ee]arly|[Ll]ate|[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?P<wdn>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['’]s)?(?:\s+(?:morning|afternoon|evening|night))?\b)",
            rf"(?P<ago>\b(?P<agon>{_NUMWORD}|A|An|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|A\s+few)\s+(?P<agou>{_UNIT})\s+ago\b)",
            rf"(?P<past>\b(?:over|in|during|for)\s+the\s+(?:past|last)\s+(?P<pastn>{_NUMWORD}\s+)?(?P<pastu>{_UNIT})\b)",
            rf"(?P<for>\bfor\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+)?(?P<forn>{_NUMWORD})\s+(?P<foru>{_UNIT})\b)",
            r"(?P<fordays>\bfor\s+(?P<fdu>days|weeks|months|years)\b)",
            r"(?P<recent>\bin\s+recent\s+(?P<recu>days|weeks|months)\b)",
            r"(?P<rel>\b(?:[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow|[Tt]his\s+(?:morning|afternoon|evening)"
            r"|[Ll]ast\s+night|[Ee]arlier\s+today|[Ll]ater\s+today)\b)",
            r"(?P<span>\b(?P<spq>(?:[Ee]arly|[Ee]arlier|[Ll]ate|[Ll]ater)\s+)?(?P<spw>[Tt]his|[Ll]ast|[Nn]ext)\s+(?P<spu>week|month|year)\b)",
            rf"(?P<mon>\b(?P<monn>{_FULL_MONTH})\b(?!\s+\d))",
            # a holiday and its year: "on Christmas Eve 2000", "New Year's Day 2016", "Easter 2019"
            rf"(?P<hol>\b(?P<holn>Christmas\s+Eve|Christmas\s+Day|Christmas|New\s+Year['’]s\s+Eve|New\s+Year['’]s\s+Day|"
            rf"Easter(?:\s+Sunday)?)\s+(?P<holy>{_YEAR})\b)",
            rf"(?P<yr>\b(?P<yry>{_YEAR})\b(?!\s*(?:GMT|UTC|hrs)\b|[-–]\d|\w))",
        ]
    )
)

# Every date pattern contains one of these words; the full pattern only runs in windows around them,
# which keeps the scan several times faster than running the big alternation over every character.
_ANCHOR = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|"
    r"Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow|night|morning|afternoon|evening|ago|days?|weeks?|"
    r"months?|years?|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter|(?:1[89]|20)\d\d)\b"
)
_BEFORE, _AFTER = 50, 40

_PREP_BEFORE = re.compile(
    r"\b(on|in|since|until|till|by|during|over|throughout|before|after|from|following|prior\s+to|at|through|"
    r"for|to|between|and|of|until|early|late|mid|last|this|next|by)[\s-]+(?:(?:early|late|mid|the|the\s+end\s+of)[\s-]+)?$",
    re.I,
)
_SINCE_CLAUSE = re.compile(r"(?<=\s)since\s+(?:the\s+|its\s+|their\s+)?[a-z][^,;:.!?()]{2,80}?\s+(?:[a-z]{3,}ed|began|ran|rose|grew|"
                           r"broke|came|fell|took|went|spread|swept|struck|flared|began|got|became|left|won|lost|seized)\s+"
                           r"(?:(?:down|out|up|off|over|again|back)\s+)?(?:[a-z]+ly\s+)?$")
_RELATION = {
    "on": "on", "at": "on", "in": "in", "of": "in", "since": "since", "from": "since", "until": "until",
    "till": "until", "through": "until", "to": "until", "by": "before", "before": "before", "after": "after",
    "following": "after", "during": "during", "over": "during", "throughout": "during", "for": "during",
}
_FUTURE = re.compile(
    r"\b(?:will|shall|would(?!\s+(?:have|not\s+have|later)\b)|is\s+to|are\s+to|next|scheduled|planned|plans?\s+to|planning\s+to|expected\s+to|"
    r"due\s+to(?!\s+(?:the|a|an|its|their|his|her|this|that|heavy|continued)\b)|going\s+to|set\s+to|tomorrow|upcoming)\b"
    r"|['’]ll\b",
    re.I,
)
# Clause boundaries: a future cue before one of these does not govern the date after it.
_CLAUSE_END = re.compile(r"[,;:.!?—–]\s|\bthat\b|\bwhile\b|\bbut\b")
_COUNT_WORDS = {**UNITS, **TENS, "a": 1, "an": 1, "several": 3, "few": 2, "a few": 2}


def resolve_weekday(ref: date, weekday: int, *, future: bool = False) -> date:
    """Return the most recent `weekday` (0 = Monday) on or before `ref`, or the first one after `ref` if `future`."""
    if future:
        return ref + timedelta(days=(weekday - ref.weekday() - 1) % 7 + 1)
    return ref - timedelta(days=(ref.weekday() - weekday) % 7)


def _months_back(ref: date, months: int) -> date:
    """Return the date `months` months before `ref`, clamping the day to the target month's length."""
    y, m = divmod(ref.year * 12 + ref.month - 1 - months, 12)
    m += 1
    for day in (ref.day, 30, 29, 28):
        try:
            return date(y, m, day)
        except ValueError:
            continue
    return date(y, m, 28)


def _count(word: str | None) -> int:
    if not word:
        return 1
    w = " ".join(word.lower().split())
    if w.isdigit():
        return int(w)
    return _COUNT_WORDS.get(w, 1)


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _day(s: str) -> int:
    return int(re.match(r"\d+", s).group())  # type: ignore[union-attr]


def _month(s: str) -> int:
    return _MONTH_NUM[s.rstrip(".").lower()]


def _dated(y: int | None, m: int, d: int, ref: date, future: bool) -> date | None:
    """Return the date for day d of month m; without a year, the year that keeps it near `ref`."""
    if y is not None:
        return _safe_date(y, m, d)
    value = _safe_date(ref.year, m, d)
    if value is None:
        return None
    if not future and value > ref + timedelta(days=7):
        value = _safe_date(ref.year - 1, m, d)
    elif future and value < ref - timedelta(days=7):
        value = _safe_date(ref.year + 1, m, d)
    return value


def find_dates(text: str, *, ref: date, offset: int = 0) -> list[DateMention]:
    """Return the date mentions in `text`, in order, with report offsets (`offset` + index).

    `ref` is the date relative words resolve against (the entry's or the report's date).
    """
    out: list[DateMention] = []
    for lo, hi in _windows(text):
        for m in _PATTERN.finditer(text, lo, hi):
            mention = _resolve(text, m, ref)
            if mention is None:
                continue
            out.append(mention)
    # "Thursday 9 June", "Friday, 13 August": the weekday only names the date that follows it
    out = [d for i, d in enumerate(out) if not (
        d.text.lower() in _WEEKDAYS and i + 1 < len(out) and out[i + 1].precision == 1
        and re.fullmatch(r",?\s*(?:the\s+)?", text[d.end:out[i + 1].start]))]
    for m in _WEEKEND.finditer(text):
        # "over the weekend" (told after it): the Saturday and Sunday before the reference date
        if any(d.start <= m.start() < d.end for d in out):
            continue
        saturday = ref - timedelta(days=(ref.weekday() - 5) % 7 or 7)
        out.append(DateMention(m.start(), m.end(), m.group(0), saturday, 2, "during", saturday + timedelta(days=1)))
    out.sort(key=lambda d: d.start)
    for d in out:
        d.start += offset
        d.end += offset
    return out


_WEEKEND = re.compile(r"\b(?:(?:over|during|at|on)\s+the|last|this\s+past)\s+weekend\b", re.IGNORECASE)


def _windows(text: str) -> list[tuple[int, int]]:
    """Return merged [lo, hi) character windows around the anchor words of `text`."""
    spans: list[tuple[int, int]] = []
    size = len(text)
    for m in _ANCHOR.finditer(text):
        lo, hi = max(0, m.start() - _BEFORE), min(size, m.end() + _AFTER)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], hi)
        else:
            spans.append((lo, hi))
    return spans


def _future_before(text: str, start: int) -> bool:
    """True when the clause that ends at `start` contains a future cue."""
    window = text[max(0, start - 160):start]
    cut = 0
    for b in _CLAUSE_END.finditer(window):
        cut = b.end()
    return _FUTURE.search(window, cut) is not None


def _relation(text: str, start: int) -> tuple[str, str]:
    """Return (relation, the preposition word) read from the words just before `start`."""
    m = _PREP_BEFORE.search(text, max(0, start - 30), start)
    if not m:
        # "the bloodiest day since unrest in the region intensified early this year", "the worst toll since the
        # war began in 2011": a date that ends a clause headed by "since" dates the start of a state
        if _SINCE_CLAUSE.search(text, max(0, start - 90), start):
            return "since", "since"
        return "", ""
    word = " ".join(m.group(1).lower().split())
    if word in ("on", "in", "at") and _SINCE_CLAUSE.search(text, max(0, m.start() - 90), m.start()):
        return "since", "since"  # "the first attack since the army arrived on Monday"
    if word == "prior to":
        return "before", word
    return _RELATION.get(word, ""), word


def _resolve(text: str, m: re.Match, ref: date) -> DateMention | None:
    kind = m.lastgroup
    g = m.group
    start, end = m.start(), m.end()
    rel, prep = _relation(text, start)
    future = _future_before(text, start)

    def mk(value, precision, *, relation=rel, end_value=None, fut=future, s=start, e=end):
        if relation == "since" and end_value is None:
            end_value = ref
        if relation == "during" and precision == 1:
            relation = "on"  # "set for next Friday" names a day, not a span
        return DateMention(s, e, text[s:e], value, precision, relation, end_value, fut)

    if kind == "iso":
        return mk(_safe_date(int(g("iy")), int(g("im")), int(g("id"))), 1)
    if kind == "rdm":
        mon = _month(g("rdmm"))
        y = int(g("rdmy")) if g("rdmy") else None
        d1 = _dated(y, mon, _day(g("rd1")), ref, future)
        d2 = _dated(y, mon, _day(g("rd2")), ref, future)
        if d1 is None or d2 is None or d2 < d1:
            return None
        return mk(d1, 2, end_value=d2, relation="during" if not rel or prep == "between" else rel)
    if kind == "rmd":
        mon = _month(g("rmdm"))
        y = int(g("rmdy")) if g("rmdy") else None
        d1 = _dated(y, mon, _day(g("rmd1")), ref, future)
        d2 = _dated(y, mon, _day(g("rmd2")), ref, future)
        if d1 is None or d2 is None or d2 <= d1:
            return None
        return mk(d1, 2, end_value=d2, relation=rel or "during")
    if kind == "dm":
        y = int(g("dmy")) if g("dmy") else None
        return mk(_dated(y, _month(g("dmm")), _day(g("dmd")), ref, future), 1)
    if kind == "md":
        y = int(g("mdy")) if g("mdy") else None
        if y is None:
            after = text[end:end + 2]
            # "March 8 Alliance", "June 30 Front": a capitalised word right after makes it a name.
            if len(after) == 2 and after[0] == " " and after[1].isupper():
                return None
        return mk(_dated(y, _month(g("mdm")), _day(g("mdd")), ref, future), 1)
    if kind == "my":
        return mk(_safe_date(int(g("myy")), _month(g("mym")), 1), 3)
    if kind == "mty":
        # "in March this year", "in October last year": one month of a year named relative to the report's
        y = ref.year if g("mtyw") == "this" else ref.year - 1
        return mk(_safe_date(y, _month(g("mtym")), 1), 3)
    if kind == "sy":
        return mk(_safe_date(int(g("syy")), _SEASON_MONTH[g("sys").lower()], 1), 4)
    if kind == "wd":
        qual = (g("wdq") or "").lower()
        wd = _WEEKDAYS[g("wdn").lower()]
        if qual == "next":
            future = True
        if qual == "last":
            value = ref - timedelta(days=(ref.weekday() - wd - 1) % 7 + 1)
            return mk(value, 1, fut=False)
        return mk(resolve_weekday(ref, wd, future=future), 1, fut=future)
    if kind == "rel":
        word = " ".join(m.group().lower().split())
        if word == "yesterday" or word == "last night":
            return mk(ref - timedelta(days=1), 1, fut=False)
        if word == "tomorrow":
            return mk(ref + timedelta(days=1), 1, fut=True)
        return mk(ref, 1)
    if kind == "ago":
        n = _count(g("agon"))
        unit = g("agou").lower().rstrip("s")
        if unit == "day":
            return mk(ref - timedelta(days=n), 1, fut=False)
        if unit == "week":
            return mk(ref - timedelta(days=7 * n), 2, fut=False)
        if unit == "month":
            return mk(_months_back(ref, n), 3, fut=False)
        return mk(_months_back(ref, 12 * n), 4, fut=False)
    if kind in ("past", "for"):
        n = _count(g("pastn") if kind == "past" else g("forn"))
        unit = (g("pastu") if kind == "past" else g("foru")).lower().rstrip("s")
        if kind == "for" and future:
            return None  # "will last for two weeks" is a duration, not a date
        value, precision = _window(ref, n, unit)
        return mk(value, precision, relation="during", end_value=ref, fut=False)
    if kind == "fordays":
        unit = g("fdu").lower().rstrip("s")
        value, precision = _window(ref, 7 if unit == "day" else 2, "day" if unit == "day" else unit)
        return mk(value, max(precision, 2), relation="during", end_value=ref, fut=False)
    if kind == "recent":
        unit = g("recu").lower().rstrip("s")
        value, precision = _window(ref, 7 if unit == "day" else 2, "day" if unit == "day" else unit)
        return mk(value, max(precision, 2), relation="during", end_value=ref, fut=False)
    if kind == "span":
        which = g("spw").lower()
        unit = g("spu").lower()
        qual = (g("spq") or "").lower()
        if unit == "week":
            if which == "this":
                value = ref - timedelta(days=ref.weekday()) if qual.startswith("early") else ref
                return mk(value, 2, end_value=ref, fut=future or qual.startswith("later"))
            if which == "last":
                return mk(ref - timedelta(days=7), 2, end_value=ref, fut=False)
            return mk(ref + timedelta(days=7), 2, fut=True)
        if unit == "month":
            first = ref.replace(day=1)
            if which == "this":
                return mk(first, 3, fut=future)
            if which == "last":
                return mk(_months_back(first, 1), 3, fut=False)
            return mk(_months_back(first, -1), 3, fut=True)
        if which == "this":
            return mk(date(ref.year, 1, 1), 4, fut=future)
        if which == "last":
            return mk(date(ref.year - 1, 1, 1), 4, fut=False)
        return mk(date(ref.year + 1, 1, 1), 4, fut=True)
    if kind == "mon":
        name = g("monn")
        after = text[end:end + 2]
        if not prep and (name == "May" or (len(after) == 2 and after[0] == " " and after[1].isupper())):
            return None  # "May" needs a preposition; "June Smith" is a name
        mon = _month(name)
        y = ref.year
        if future:
            if mon < ref.month:
                y += 1
        elif mon > ref.month:
            y -= 1
        return mk(date(y, mon, 1), 3)
    if kind == "hol":
        year, name = int(g("holy")), " ".join(g("holn").lower().replace("’", "'").split())
        fixed = {"christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25),
                 "new year's eve": (12, 31), "new year's day": (1, 1)}.get(name)
        if fixed is None:
            return mk(date(year, 1, 1), 4)  # a movable feast: its year
        return mk(_safe_date(year, *fixed), 1)
    if kind == "yr":
        if prep not in ("in", "since", "until", "till", "by", "during", "from", "before", "after", "early",
                        "late", "mid", "of", "throughout", "to", "between", "and", "through"):
            return None
        if prep in ("of", "to", "and"):
            # "of 2015" / "to 2016" / "and 2016" only inside date ranges; elsewhere they are counts.
            before = text[max(0, start - 40):start]
            if not re.search(rf"\b(?:from|between|since)\s+(?:\w+\s+)?{_YEAR}\s+(?:to|and)\s+$|\b(?:end|start|beginning|spring|summer|autumn|winter)\s+of\s+$", before):
                return None
        return mk(date(int(g("yry")), 1, 1), 4)
    return None


def _window(ref: date, n: int, unit: str) -> tuple[date, int]:
    """Return (start, precision) of the window of n units ending at `ref`."""
    if unit == "day":
        return ref - timedelta(days=n), 2 if n <= 7 else 3
    if unit == "week":
        return ref - timedelta(days=7 * n), 2 if n <= 1 else 3
    if unit == "month":
        return _months_back(ref, n), 3 if n <= 1 else 4
    return _months_back(ref, 12 * n), 4


# Every pattern above behind a first-character guard: the same matches, found faster (see analyze/rx.py).
from .rx import guard_patterns  # noqa: E402

guard_patterns(globals())
