"""Headlines, ledes and country-wide lines that sum up what the body then tells place by place.

A wire story opens with its headline and a dateline paragraph ("CITY, Month D (Outlet) - Clashes
across the country killed nine ..."), and then tells each place's events. ACLED codes the detailed
events, once each, at their own places (CODING-RULES.md: one event per place and day; a summary or a
national toll is not an event of its own). So a claim that only sums up is absorbed by the detailed
telling of the same kind of violence:

- the claim comes from the headline or the lede, or it has no place finer than the country;
- its place is the country, none, or (for a headline or lede) the dateline's place;
- the same report tells, outside its headline and lede, an event of the same kind at a finer place
  inside it (or at the dateline's place itself) on that day.

When nothing more detailed is told, the summary stays: it is then the only telling of its event.

The same holds for other retellings of one incident in one report (CODING-RULES: one event per place, day
and kind): a report's summary section ("OVERVIEW", "KEY POINTS"), a lede with no dateline (the first
paragraph of prose), a headline or lede line at a finer place than the country that the body tells again
at that place or a few km from it under another name or on its stated day, a country-wide retelling in the
body, and a toll line that opens a paragraph ("JULIACA, 9 January: 17 dead.") before the incident it
counts. With one such incident told in detail, the retelling joins it (`joins:<claim id>`: fusion puts it
in that incident's event, whose kind, place and day come from the detailed telling while the retelling's
figures and voice count too); over several, it is their summary. A paragraph labelled "Summary:" (top or foot
of a live blog) is a summary section; a line placed at a province reaches the towns in it, a lede at the
dateline's city the towns around it; among the incidents a line could retell, the one of its own kind at its
own place is the one it tells (`_closest`), and the body's own tellings count before lines that refer back
or date it only to a week.
"""
from __future__ import annotations

import re
from datetime import timedelta

from .. import geo
from ..analyze.cues import DATELINE
from ..geo.names import normalize
from ..ingest.layout import paragraphs
from ..models import Claim, Entry, Location
from ..fuse import _family, _firm_day
from .coding import DEADLY_TYPES, distance_km

# a report's own summary section: what its body then tells place by place ("OVERVIEW", "KEY POINTS")
SUMMARY_HEADING = re.compile(r"^\W*(?:(?:executive |situation )?(?:overview|summary)|key (?:points|facts|developments)|"
                             r"main points|highlights|in brief|at a glance|what (?:we know|happened)(?: so far)?|"
                             r"the (?:story|day) in brief)\W*$", re.IGNORECASE)
# a paragraph labelled as the report's summary ("Summary: The RSF pressed its assault ...", "In brief: ..."), at its
# top or, in a live blog, repeated at its foot: it retells what the updates tell
SUMMARY_LABEL = re.compile(r"^\W*(?:(?:executive |situation )?(?:overview|summary)|key (?:points|facts|developments)|"
                           r"main points|highlights|in brief|at a glance|what (?:we know|happened)(?: so far)?)\s*:\s+\S",
                           re.IGNORECASE)
PROSE_END = re.compile(r"[.!?][\"'”’)]?$")
LINE_MARK = re.compile(r"^\s*(?:[\[(]|[-*\u2022\u2013]\s|\d{1,2}[:.]\d{2}\b|update\b)", re.IGNORECASE)
# "MOSUL, Iraq (June 22) -", "KABUL (Reuters) -", "SANAA -": a dateline with no date after the town, or the date in
# brackets; a town only when the gazetteer knows it as one ("LIVE - ...", "CONFLICT MONITOR - ..." are no datelines)
UNDATED_DATELINE = re.compile(r"^(?P<town>[A-Z][A-Z .'-]{2,40}?)(?:,\s+[A-Z][\w .'-]{1,40})?\s*(?:\([\w .,]+\)\s*)?"
                              r"[-\u2014\u2013]\s")
# the kinds of violence a summary line may call by another name ("clashes", "unrest", "violence")
VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots", "Protests"}
_NEAR_KM = 25.0
_AREA_KM = 100.0  # a province's reach from its centre
_DATELINE_KM = 60.0  # a dateline city's surroundings that its name stands for in a lede


def _span(c: Claim) -> int | None:
    return min((e.start for e in c.evidence if e.field == "sentence"), default=None)


def opening_spans(text: str, entries: list[Entry] | None = None) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the headline (a first line that is not a sentence), of the dateline
    paragraph (the lede) and of a summary section ("OVERVIEW", "KEY POINTS") of a text, when it has them."""
    paras = paragraphs(text)[:4]
    out: list[tuple[int, int, str]] = []
    if paras:
        first = paras[0].text
        if "\n" not in first and not re.search(r"[.!?][\"'”’)]?$", first) and len(first.split()) <= 25:
            out.append((paras[0].start, paras[0].end, "headline"))
    for p in paras:
        if _dateline(p.text) is not None:
            out.append((p.start, p.end, "lede"))
            break
    else:
        # with no dateline, the first paragraph of prose (after the headline and any one-line heading) is
        # the lede, when it opens the report's body (not a section or a live update of its own)
        bodies = [(e.start, e.end) for e in entries or () if e.kind in ("body", "preamble")]
        for p in paras:
            if entries is not None and not any(a <= p.start < b for a, b in bodies):
                break
            if any(a <= p.start < b for a, b, _ in out) or "\n" not in p.text and not PROSE_END.search(p.text):
                continue
            if len(p.text.split()) >= 12 and PROSE_END.search(p.text) and not LINE_MARK.match(p.text):
                out.append((p.start, p.end, "lede"))
            break
    for e in entries or ():
        if e.heading and e.kind == "story" and SUMMARY_HEADING.match(e.heading):
            out.append((e.start, e.end, "summary"))
    for p in paragraphs(text):
        if SUMMARY_LABEL.match(p.text) and not any(a <= p.start < b for a, b, _ in out):
            out.append((p.start, p.end, "summary"))
    return out


def _is_country(loc: Location) -> bool:
    if loc.gazetteer_id:
        place = geo.place_by_id(loc.gazetteer_id)
        if place is not None:
            return place.feature == "country"
    return loc.geo_precision >= 3 and not loc.admin1


def _dateline_place(text: str, spans: list[tuple[int, int, str]]) -> str | None:
    for start, _, kind in spans:
        if kind == "lede":
            return _dateline(text[start:])
    return None


def _dateline(text: str) -> str | None:
    """The town (lower case) of the dateline that opens `text`, if it opens with one."""
    m = DATELINE.match(text)
    if m is not None:
        return m.group(0).split(",")[0].strip().lower()
    m = UNDATED_DATELINE.match(text)
    if m is None:
        return None
    name = m.group("town").strip().title()
    found = [p for p in geo.find_places(f"in {name}") if p.place is not None and p.text == name]
    return name.lower() if found and found[0].place.feature in ("city", "town", "village") else None


def _km(a: Location, b: Location) -> float:
    return distance_km(a.latitude, a.longitude, b.latitude, b.longitude)


def _same_kind(summary: Claim, detail: Claim, opening: bool) -> bool:
    if summary.sub_event_type == detail.sub_event_type:
        return True
    if summary.event_type == "Strategic developments" or detail.event_type == "Strategic developments":
        return False
    if "territory" in (_family(summary.sub_event_type), _family(detail.sub_event_type)):
        # a side's claim to hold a place is an event of its own, not a retelling of the fight for it
        return _family(summary.sub_event_type) == _family(detail.sub_event_type)
    if summary.sub_event_type == "Peaceful protest" or detail.sub_event_type == "Peaceful protest":
        return {summary.event_type, detail.event_type} <= {"Protests", "Riots"}
    if opening:  # a headline's "clashes" or "unrest" is whatever violence the body tells
        return summary.event_type in VIOLENT and detail.event_type in VIOLENT
    return summary.event_type == detail.event_type


def _placeless_total(c: Claim, details: list[Claim]) -> bool:
    """'161 people had been killed during the night', 'the coup attempt left 90 dead': a toll with no place
    of its own, in a report that tells the located violence of that day (or night) one event at a time, is a
    total across places (CODING-RULES: a summary figure is no event); ACLED codes the located events."""
    if c.event_type not in VIOLENT or "anaphoric" in c.flags or c.fatalities is None or not c.fatalities.best:
        return False
    days = {c.event_date, c.event_date - timedelta(days=1)}
    parts = [d for d in details if d is not c and d.report_id == c.report_id and d.event_type in VIOLENT
             and d.event_date in days]
    if len(parts) < 2:
        return False
    told = sum(d.fatalities.best or 0 for d in parts if d.fatalities is not None)
    return told <= c.fatalities.best


def _total_elsewhere(c: Claim, text: str) -> bool:
    """The claim's toll is given, in a sentence of the report, as the total of several days' fighting."""
    if c.fatalities is None or not c.fatalities.best or c.event_type not in VIOLENT:
        return False
    from .coding import MULTI_DAY

    for m in re.finditer(rf"(?<![\d,.]){c.fatalities.best}(?![\d,.]\d)", text):
        sentence = re.split(r"(?<=[.!?])\s", text[m.end(): m.end() + 160])[0]
        if MULTI_DAY.search(sentence):
            return True
    return False


def mark_lede_summaries(claims: list[Claim], text: str, entries: list[Entry] | None = None) -> None:
    spans = opening_spans(text, entries)
    dateline = _dateline_place(text, spans)

    def opening_of(c: Claim) -> str | None:
        s = _span(c)
        if s is None:
            return None
        return next((kind for start, end, kind in spans if start <= s < end), None)

    where = {id(c): opening_of(c) for c in claims}
    details = [d for d in claims if not d.summary and d.polarity == "supports" and d.location is not None
               and where[id(d)] is None and not _is_country(d.location) and _joined(d) is None]
    placed = [d for d in claims if not d.summary and d.polarity == "supports" and d.location is not None
              and not _is_country(d.location) and _joined(d) is None]
    if not placed:
        return
    # a headline is told again by its lede ("Nine soldiers killed in attack on army post in X" over "X, March 30
    # - Nine soldiers were killed ... early on Wednesday"): the lede's account is a detail for the headline
    lede_details = [d for d in claims if not d.summary and d.polarity == "supports" and d.location is not None
                    and where[id(d)] == "lede" and not _is_country(d.location) and _joined(d) is None]
    lede_days = {c.event_date for c in claims if where[id(c)] == "lede"}
    # (a lede dated only by its report, or by a statement, tells that day's or the day before's news)
    lede_eves = {c.event_date - timedelta(days=1) for c in claims if where[id(c)] == "lede" and not _firm(c)}
    for c in claims:
        if c.summary or c.polarity != "supports" or c.modality == "denied" or _joined(c) is not None:
            continue
        opening = where[id(c)]
        if opening in ("headline", "lede") and _total_elsewhere(c, text):
            # "Armenia says 105 soldiers killed" over "105 of its soldiers had been killed in two days of fighting":
            # an opening toll the body gives as a total over several days is that total (CODING-RULES: a summary
            # figure is no event, nor an event's toll)
            c.summary = True
            c.flags.append("summary")
            continue
        loc = c.location
        at_dateline = bool(opening in ("headline", "lede") and loc is not None and dateline and
                           (loc.name.lower() in (dateline, dateline.replace(" ", ""))
                            or normalize(loc.name) == normalize(dateline)))
        if loc is not None and not _is_country(loc) and not at_dateline:
            if opening is not None:
                if opening == "headline":
                    _retold(c, details + lede_details, ledes=frozenset(d.id for d in lede_details))
                else:
                    # (a paragraph labelled as the summary, even where it stands as the lede: "Summary: ...")
                    _retold(c, details, section=opening == "summary" or bool(SUMMARY_LABEL.match(c.sentence_text())))
            continue
        if opening is None:
            if _placeless_total(c, details):
                c.summary = True
                c.flags.append("summary")
            elif loc is not None and _is_country(loc) and any(e.field == "location" for e in c.evidence):
                # (a country named in the sentence; not one that stands in for a place the gazetteer lacks)
                # "gunmen attacked a market in central Mali on Sunday" after the lede's attack on a Gao market
                _retold(c, placed, exact=True)
            continue
        # the days the summary can speak of: its own; a headline or an unplaced lede may sum up the
        # days its story tells (a headline carries no date of its own; a lede's "said on Tuesday")
        # a headline placed only by the dateline ("Armenia says 105 soldiers killed in attacks") names no place:
        # like an unplaced line, it sums up (or, with one incident, tells) what the story tells over its days
        unplaced_headline = opening == "headline" and at_dateline and not _stated_day(c) \
            and not any(e.field == "location" for e in c.evidence)
        if (opening and loc is None) or unplaced_headline:
            days = {c.event_date - timedelta(days=k) for k in range(8)}
        elif opening == "headline" and not any(e.field == "date" for e in c.evidence):
            days = {c.event_date} | lede_days  # an undated headline tells the lede's day
        elif _firm(c):
            lo, hi = _day_range(c)
            days = {lo + timedelta(days=k) for k in range((hi - lo).days + 1)}
        else:  # a lede dated only by its report (or its statement) tells that day's or the day before's news
            days = {c.event_date, c.event_date - timedelta(days=1)}
        # an undated headline over such a lede tells the eve's incident too: one of another kind ("Militants kill eight
        # soldiers in ambush" over the body's mortar fire on the eve) it sums up; one of its own kind is left to
        # fusion, which folds the headline into it with its figures
        eves = lede_eves - days if opening == "headline" and not any(e.field == "date" for e in c.evidence) else set()
        # a labelled summary section ("Summary: ...", "OVERVIEW") sums up the whole report, whatever country its
        # words name ("an offensive against camps set up in Bhutan by armed groups from north-east India"): the
        # body's incidents in another country are what it sums up too
        section = opening == "summary" or bool(SUMMARY_LABEL.match(c.sentence_text()))
        matches = []
        for d in details:
            if d is c or d.report_id != c.report_id or not (_days_fit(c, d, days) or (
                    eves and _family(d.sub_event_type) != _family(c.sub_event_type) and _days_fit(c, d, eves))):
                continue
            if not _same_kind(c, d, opening is not None):
                continue
            if loc is not None:
                if d.location.country != loc.country and not (section and _is_country(loc)):
                    continue
                # a dateline's city stands for the story's province: "MARIB - The Houthis pressed their offensive
                # on Marib" over the fighting the body tells in a district west of the city
                if at_dateline and not unplaced_headline and not (
                        d.location.name == loc.name or _km(d.location, loc) <= _DATELINE_KM
                        or (loc.admin1 and d.location.admin1 == loc.admin1)):
                    continue
            matches.append(d)
        if not matches and opening == "headline" and not _stated_day(c) and not any(
                d.report_id == c.report_id and _family(d.sub_event_type) == _family(c.sub_event_type)
                and _days_fit(c, d, days | eves) for d in details):
            # an undated headline whose story the body does not tell again is its lede's story ("Gunmen kill 20 in
            # central Mali villages" over "Gunmen killed at least 20 civilians ... on Sunday"): it goes where the
            # lede goes (the lede's event, the incident it joins, or the summary it is); one the body tells in its own
            # kind is left to fusion
            told = [d for d in claims if where[id(d)] == "lede" and not d.summary and d.polarity == "supports"
                    and d.location is not None and d.report_id == c.report_id and d.event_date in days | eves
                    and _same_kind(c, d, True)]
            if told:
                _sum_or_join(c, told, ledes=frozenset(d.id for d in told))
                continue
        # a country's or an unplaced line's toll is the nation's or the day's, not one town's: it only sums up
        _sum_or_join(c, matches, join=at_dateline, headline=opening == "headline")
    _follow_joins(claims)


def _sum_or_join(c: Claim, matches: list[Claim], join: bool = True, ledes: frozenset[str] = frozenset(),
                 headline: bool = False, section: bool = False) -> None:
    """Over the incidents the body tells that an opening line (or a retelling) can speak of: nothing when the
    body tells it as the same event at the same place and day (fusion joins them, figures and all); with one
    incident, the line joins it (its figures and its voice count, the body's kind, place and day win);
    over several, it is their summary and no event.

    A line tells one incident rather than sums up several when, among them, one alone is of its place and its
    kind (`_closest`): "Summary: A truck packed with explosives blew up in Karrada" over
    the body's suicide bombing in Karrada and a roadside bomb in another district."""
    if not matches:
        return
    # a line that only refers back to an incident ("the attack", "the bombing") is that incident, not one more
    own = [d for d in matches if "anaphoric" not in d.flags]
    matches = own or matches
    # nor is a line that dates it only to a week or a month ("fighting had reached the camps in the past week")
    precise = [d for d in matches if d.time_precision == 1]
    matches = precise or matches
    if c.fatalities is not None and c.fatalities.best:
        # "Four people died": a toll over a rally and the riot that followed it is the riot's (a peaceful march, an
        # arrest or a truce kills no one)
        matches = [d for d in matches if d.sub_event_type in DEADLY_TYPES] or matches
    tolled = bool(c.fatalities is not None and c.fatalities.best)
    matches = _closest(c, matches, tolled)
    hands = [d for d in matches if _family(d.sub_event_type) == _family(c.sub_event_type) and _actors(c)
             and _actors(d) == _actors(c) and d.event_date == c.event_date]
    if tolled and not headline and c.event_type in ONE_SIDED and _firm(c) and hands and len(
            {(d.location.name, d.event_date) for d in hands}) == 1 < len(
            {(_family(d.sub_event_type), d.location.name, d.event_date) for d in matches}):
        # a toll line with a day of its own and no place (not a headline, which may add up the dead of several acts: "21
        # hostages and four soldiers dead") counts the victims of its own actors' one act: "Gunmen who attacked a
        # mosque killed 305 people" tells the gunmen's attack, not the army's strike on them hours later (other
        # hands); several acts of those hands stay a summary
        matches, join = hands[:1], True
    loc = c.location
    twin = next((d for d in matches if loc is not None and _family(d.sub_event_type) == _family(c.sub_event_type)
                 and d.event_date == c.event_date and d.location.name == loc.name), None)
    if twin is not None:
        if twin.id in ledes or (section and _actors(twin) != _actors(c) and _actors(twin) < _actors(c)):
            # (a summary section's line is the body's incident at its place and day even when the body's telling
            # names the sides otherwise: "Kyrgyz and Tajik forces fought ..." over "rockets were fired at Batken")
            # a headline that its lede tells again at its place and day goes where the lede goes (the body's
            # incident at a district of the city, when the lede joins it; `_follow_joins`)
            c.flags.append("joins:" + twin.id)
        return
    incidents = {(_family(d.sub_event_type), d.location.name, d.event_date) for d in matches}
    if len(incidents) == 1 and join:
        c.flags.append("joins:" + matches[0].id)
    else:
        c.summary = True
        c.flags.append("summary")


def _trigger(c: Claim) -> str | None:
    words = next((e.text for e in c.evidence if e.field == "trigger"), "").lower().split()
    return words[0] if words else None


def _closest(c: Claim, matches: list[Claim], tolled: bool) -> list[Claim]:
    """The incidents a line most plainly retells, of those it could: those of its own kind at its own place (or
    inside its area), then of its own type there, then those told with its own verb there ("the hospital was
    stormed" and "RSF fighters stormed the hospital"), then those of its own kind anywhere it reaches. A line
    with a toll of its own ("21 hostages and four soldiers dead") may count the dead of incidents of several
    kinds: only one of its own kind at its own place is plainly the one it tells."""
    loc = c.location
    here = [d for d in matches if loc is not None and (d.location.name == loc.name or _inside(loc, d.location))]
    verb = _trigger(c)
    tiers = [[d for d in here if _family(d.sub_event_type) == _family(c.sub_event_type)]]
    if not tolled:
        tiers += [[d for d in here if d.event_type == c.event_type],
                  [d for d in here if verb is not None and _trigger(d) == verb],
                  [d for d in matches if _family(d.sub_event_type) == _family(c.sub_event_type)]]
    return next((tier for tier in tiers if tier), matches)


# acts done by one side to people or places (an attack, a bombing), not a battle's or a crowd's, whose dead an
# unplaced line may total over several towns
ONE_SIDED = ("Violence against civilians", "Explosions/Remote violence")


def _actors(c: Claim) -> frozenset[str]:
    return frozenset(a.name for a in (c.actor1, c.actor2) if a is not None and a.name)


def _inside(area: Location, point: Location) -> bool:
    """`point` lies in `area`, a province or a district (not a country: a country-wide line is a summary). The
    gazetteer seldom knows a town's province: a point within a province's reach of the area's centre
    (`_AREA_KM`, a district's half of it) counts as inside, and a province the town is filed under does."""
    if area.country != point.country or _is_country(area):
        return False
    feature = None
    if area.gazetteer_id:
        place = geo.place_by_id(area.gazetteer_id)
        feature = place.feature if place is not None else None
    if feature not in ("admin1", "admin2", "admin3") and area.geo_precision < 3:
        return False  # a town (a town standing for its province is read at precision 3: "the Kursk region")
    name = area.name.lower()
    if any(x and x.lower() == name for x in (point.admin1, point.admin2, point.admin3)):
        return True
    return _km(area, point) <= (_AREA_KM if feature in ("admin1", None) or area.geo_precision >= 3 else _AREA_KM / 2)


def _follow_joins(claims: list[Claim]) -> None:
    """A line that joins a line which itself joins a third (a headline, its lede, the body's telling) joins the
    third; one that joins a line found to be a summary is a summary too."""
    by_id = {c.id: c for c in claims}
    for c in claims:
        target, seen = _joined(c), {c.id}
        while target is not None and target in by_id and target not in seen:
            seen.add(target)
            t = by_id[target]
            if t.summary:
                c.flags = [f for f in c.flags if not f.startswith("joins:")]
                if not c.summary:
                    c.summary = True
                    c.flags.append("summary")
                break
            further = _joined(t)
            if further is None:
                break
            c.flags = [f for f in c.flags if not f.startswith("joins:")] + ["joins:" + further]
            target = further


def _stated_day(c: Claim) -> bool:
    return any(e.field == "date" for e in c.evidence)


def _firm(c: Claim) -> bool:
    """The text gives the incident's own day, in the line or before it in its paragraph (not only a statement's,
    "the ministry said on Wednesday", nor only the report's)."""
    return _firm_day(c)


def _day_range(c: Claim) -> tuple:
    """The days a claim's incident may fall on: its stated day (a week, a month, from its first day); a day that
    is only the report's or a statement's may lie up to two days before it."""
    first = c.event_date
    last = first + timedelta(days=7 if c.time_precision == 2 else 31 if c.time_precision >= 3 else 0)
    if not _firm(c):
        first = first - timedelta(days=2)
    return first, last


def _days_fit(c: Claim, d: Claim, days: set) -> bool:
    """The detail `d` can be told on one of the days the line `c` speaks of (`days`): its day is one of them, or
    its day is only the report's or a statement's (or a week's) and may be one of them."""
    if d.event_date in days:
        return True
    if _firm(d) and d.time_precision == 1:
        return False
    lo, hi = _day_range(d)
    return any(lo <= x <= hi for x in days)


def _retold(c: Claim, details: list[Claim], exact: bool = False, ledes: frozenset[str] = frozenset(),
            section: bool = False) -> None:
    """A headline's, lede's or summary section's account of an incident that the body tells at that place
    (or within a few km of it, or inside the province or district it names) is the same incident told twice
    (CODING-RULES: one event per place and day): "A second US strike hit Sanaa on Saturday" above "Sanaa,
    Saturday: a destroyer fired missiles at a radar site". With one such incident in the body, the account
    joins it (its figures and its voice count; the body's kind, place and day win); over several, it is their
    summary. A lede that gives no day of its own (or only a statement's) tells the days its story tells (up to
    a week before it); one that states its day tells that day (a week's, that week), and the body's telling
    dated only by the report may be a day or two later."""
    loc = c.location
    if exact:
        days = {c.event_date}
    elif _firm(c):
        lo, hi = _day_range(c)
        days = {lo + timedelta(days=k) for k in range((hi - lo).days + 1)}
    else:
        days = {c.event_date - timedelta(days=k) for k in range(8)}
    country = _is_country(loc)
    same = [d for d in details if d is not c and d.report_id == c.report_id
            and (d.event_date in days if exact else _days_fit(c, d, days))
            and d.location.country == loc.country and _joined(d) is None
            and (_family(d.sub_event_type) == _family(c.sub_event_type) if exact else _same_kind(c, d, True))
            and (country or d.location.name == loc.name or _km(d.location, loc) <= _NEAR_KM
                 or _inside(loc, d.location))]
    _sum_or_join(c, same, ledes=ledes, section=section)


def _joined(c: Claim) -> str | None:
    return next((f[6:] for f in c.flags if f.startswith("joins:")), None)


def _blocks(text: str) -> list[tuple[int, int]]:
    """Paragraphs, with each bulleted line ("- Sanaa: ...") a block of its own."""
    out: list[tuple[int, int]] = []
    for p in paragraphs(text):
        start = p.start
        for m in BULLET.finditer(text, p.start, p.end):
            if m.start() > start:
                out.append((start, m.start()))
            start = m.start()
        out.append((start, p.end))
    return out


BULLET = re.compile(r"(?m)(?<=\n)[ \t]*[-*\u2022\u2013][ \t]+")


def join_toll_lines(claims: list[Claim], text: str) -> None:
    """'JULIACA, 9 January: 17 dead. Thousands marched on the airport ... Police fired live ammunition.': a
    count of the dead and hurt that opens a paragraph, with no act of its own, is the toll of the incident
    the paragraph then tells; it joins the first incident told after it there, at its place and day."""
    tolls = [c for c in claims if "toll-only" in c.flags and "anaphoric" not in c.flags and not c.summary
             and c.polarity == "supports" and _joined(c) is None]
    if not tolls:
        return
    blocks = _blocks(text)
    for t in tolls:
        start = _span(t)
        block = next(((a, b) for a, b in blocks if a <= (start or -1) < b), None)
        if block is None:
            continue
        inside = [(_span(c), c) for c in claims if c.report_id == t.report_id and _span(c) is not None
                  and block[0] <= _span(c) < block[1]]
        if any(s < start for s, _ in inside):
            continue  # told after an incident: the anaphoric rules of the sentence decide
        later = sorted(((s, c) for s, c in inside if s > start), key=lambda p: p[0])
        host = next((c for _, c in later if "toll-only" not in c.flags and c.polarity == "supports"
                     and not c.summary and _joined(c) is None and c.event_type in VIOLENT), None)
        if host is None or host.event_date != t.event_date:
            continue
        if t.location is not None and host.location is not None and host.location.name != t.location.name \
                and _km(host.location, t.location) > _NEAR_KM:
            continue
        t.flags.append("joins:" + host.id)
