"""Place resolution: which gazetteer place a recognised name means, and how precisely.

Candidates sharing a name are scored on the words around the name (a kind word such as "Province",
"the town of"), the document's focus countries, the places already resolved nearby (`context`, and
earlier names in the same sentence) and size. The resolver abstains (`place=None`) when two far-apart
candidates score alike, and drops names outside the focus that have nothing but a capital letter.
"""
from __future__ import annotations

import math
from functools import lru_cache
from collections import Counter
from dataclasses import dataclass

from sitroom.geo.cues import Cues, Suffix, load_cues
from sitroom.geo.gazetteer import FUZZY_COUNTRIES, Gazetteer
from sitroom.geo.names import normalize
from sitroom.geo.recognize import Span, Token, find_spans, tokenize
from sitroom.models import Location, Place, PlaceMention

AREA_FEATURES = frozenset({"country", "admin1", "region"})
SETTLEMENTS = frozenset({"city", "town", "village"})
_PREPOSITIONS = frozenset({"in", "near", "from", "to", "at", "outside", "into", "of", "around", "across"})
_AMBIGUOUS_KM = 10.0  # candidates this far apart with close scores are different places: abstain
_TIE = 0.05
_NEAR_KM = 25.0  # a context place this close makes a candidate likelier
_SMALL = 15000  # generated towns smaller than this need a place cue or a place nearby
_SUPPORT_KM = 60.0
_BIG_TOWN = 100000  # a town this big abroad makes a province's name ambiguous for the focus
_UNKNOWN_PROVINCE_KM = 250.0  # how far from a province's point a town of unrecorded province may be in it
_REGION = 0.15  # a place inside a province the document names
_VARIANT = 0.1  # a place that has the name only as a variant, when an area has it as its own name
_ANCHOR = 0.15  # a place near a town the document names unambiguously (under another name)
_ANCHOR_BEARERS = 6  # how many of a shared name's largest bearers are checked for a nearby anchor town


@dataclass
class _Cue:
    """What the words around a span say about it."""

    end: int  # offset where the mention ends (after a kind word such as "Province")
    features: tuple[str, ...] = ()
    precision: int | None = None
    qualifier: str | None = None
    relative: bool = False  # a qualifier that puts the event near, not in, the place
    part: bool = False  # "eastern X": a part of the place
    strong: bool = False  # a kind word or preposition: evidence that the word is a place
    actor: bool = False  # "Russia said", "US airstrikes": the name stands for a government


def _km(a: Place, b: Place) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def _listed_area(tokens: list[Token], k: int, cues: Cues) -> Suffix | None:
    """The area kind a list of names ends with ("Pattani, Yala and Songkhla provinces", "in Kano and Kaduna
    states"), for a name of that list (from `tokens[k]`, the token after it): each name is one such area."""
    for j in range(k, min(len(tokens), k + 10)):
        tok = tokens[j]
        if tok.gap.strip() not in ("", ","):
            return None
        if not tok.cap:
            if tok.folded in ("and", "or"):
                continue
            if tok.gap != " ":
                return None
            singular = tok.folded[:-3] + "y" if tok.folded.endswith("ies") else tok.folded[:-1]
            area = cues.suffixes.get(singular) if tok.folded.endswith("s") else None
            return area if area is not None and area.precision == 3 and not area.qualifier else None
    return None


def _read_cue(tokens: list[Token], span: Span, cues: Cues) -> _Cue:
    last = tokens[span.last]
    cue = _Cue(end=last.end)
    # A kind word inside the matched name ("Idlib Province" is a variant) or right after it.
    suffix: Suffix | None = None
    head, _, tail = span.key.rpartition(" ")
    if head and tail in cues.suffixes:
        gazetteer = Gazetteer.load()
        # "Idlib Province" (Idlib is a place), "Black Hawk County" (an area's own name), but not "Old City"
        area = cues.suffixes[tail]
        if gazetteer.lookup_key(head) or area.precision == 3 and any(
                gazetteer.rows[r].feature in area.features for r in span.rows):
            suffix = cues.suffixes[tail]
    nxt = tokens[span.last + 1] if span.last + 1 < len(tokens) else None
    if suffix is None and nxt is not None and nxt.gap == " " and not last.possessive:
        suffix = cues.suffixes.get(nxt.folded)
        if suffix is not None:
            cue.end = nxt.end
    if suffix is None and nxt is not None:
        suffix = _listed_area(tokens, span.last + 1, cues)
    if suffix is not None:
        cue.features, cue.precision, cue.strong = suffix.features, suffix.precision, True
        if suffix.qualifier:
            cue.qualifier, cue.relative = suffix.qualifier, suffix.precision >= 2
    if nxt is not None and nxt.gap == " " and nxt.folded in cues.actor_words and not nxt.cap:
        cue.actor = True
    if nxt is not None and nxt.gap == " " and (
            (not nxt.cap and nxt.folded in cues.place_nouns) or nxt.text in cues.facility_words):
        cue.strong = True  # "Nelson residents", "Nenagh councillor", "Al-Latamneh Hospital"
    # Words before: skip "the", then "<kind> of", "<qualifier>", "<part>".
    j = span.first - 1
    before: list[str] = []
    while j >= 0 and len(before) < cues.longest_qualifier + 1:
        if any(ch in tokens[j + 1].gap for ch in ".,;:!?()\"“”[]"):
            break
        before.insert(0, tokens[j].folded)
        j -= 1
    words = before[:-1] if before and before[-1] == "the" else before
    if words and words[-1] in cues.parts:
        cue.part = True
        cue.qualifier = cue.qualifier if cue.qualifier and not cue.part else words[-1]
        words = words[:-1]
        if words and words[-1] == "the":
            words = words[:-1]
    if len(words) >= 2 and words[-1] == "of" and words[-2] in cues.kind_of:
        cue.features = cue.features or cues.kind_of[words[-2]]
        cue.strong = True
        if cue.precision is None:
            cue.precision = 1
    for size in range(min(cues.longest_qualifier, len(words)), 0, -1):
        phrase = tuple(words[-size:])
        if phrase in cues.qualifiers:
            cue.qualifier, cue.relative, cue.strong = cues.qualifiers[phrase], True, True
            break
    if before and before[-1] in _PREPOSITIONS or (words and words[-1] in _PREPOSITIONS):
        cue.strong = True
    # A heading: the text's first words, then a colon, bar or dash ("Hraytan: ...", "Huraytan || ...").
    # Also between such marks: "Qasioun News: Daraa: warplanes ...", "Watch: Sheikh Meskin: ...".
    after = tokens[span.last + 1].gap.strip() if span.last + 1 < len(tokens) else ""
    opening = span.first == 0 or tokens[span.first].gap.strip()[-1:] in (":", "|")
    if opening and after[:1] in (":", "|", "—", "–", "-"):
        cue.strong = True
    return cue


def _area_after(tokens: list[Token], span: Span, nxt: Span | None, gazetteer: Gazetteer) -> list[Place]:
    """Return the provinces or countries named right after `span` and a comma ("Paris, Texas",
    "Edmonton, Ky.", "Surrey, B.C."), which contain the place meant."""
    k = span.last + 1
    if k >= len(tokens):
        return []
    if tokens[k].gap == " " and span.first == 0 and nxt is not None and nxt.first == k:
        # A heading that opens with a place and its province: "Al-Ghantu Homs: ..." (only the text's
        # first words, where no sentence grammar joins the two names).
        return [p for p in (gazetteer.place(r) for r in nxt.rows) if p.feature == "admin1"]
    if tokens[k].gap.strip() != ",":
        return []
    if nxt is not None and nxt.first == k:
        return [p for p in (gazetteer.place(r) for r in nxt.rows) if p.feature in ("admin1", "country")]
    from sitroom.geo.document import _abbreviations  # the state abbreviations ("Ky.", "B.C.")

    table = _abbreviations()
    tok = tokens[k]
    for j in range(k, min(k + 3, len(tokens))):  # "Ky.", "B.C.", "N.W.T."
        written = "".join(t.text + "." for t in tokens[k:j + 1])
        if written in table:
            return [gazetteer.get(table[written])]
        if j == k and tok.text in table:  # postal code: "KY"
            return [gazetteer.get(table[tok.text])]
    return []


def _city_in_state(city: Place, state: Place) -> bool:
    """Return whether `city` is a city inside the province `state` (of the same name, as it is used)."""
    return (city.feature in SETTLEMENTS and state.feature == "admin1" and city.iso2 == state.iso2
            and (city.parent == state.id or (city.admin1 is not None and city.admin1 == state.admin1)))


def in_province(province: Place, town: Place) -> bool:
    """Whether `town` lies in `province` by what the gazetteer records (its parent or its admin1 name),
    else, for a town whose province it does not record, whether `province` is the nearest of its country's
    provinces (by their points; stricter than a distance to the province's point)."""
    if province.feature != "admin1" or town.iso2 != province.iso2:
        return False
    if town.parent == province.id or town.admin1:
        return town.parent == province.id or town.admin1.lower() in (province.name.lower(),
                                                                     (province.admin1 or "").lower())
    provinces = Gazetteer.load().provinces(province.iso2)
    if not provinces:
        return False
    return min(provinces, key=lambda p: _km(p, town)).id == province.id


def _supported(place: Place, within: list[Place], near: list[tuple[Place, float]]) -> bool:
    """Return whether the place lies in an area named with it or near a place already resolved."""
    for area in within:
        if place.iso2 == area.iso2 and (area.feature == "country" or place.admin1 == area.admin1
                                        or place.parent == area.id):
            return True
        if place.iso2 == area.iso2 and not place.admin1 and area.feature == "admin1" \
                and _km(place, area) <= _UNKNOWN_PROVINCE_KM:
            return True  # a town whose province the gazetteer does not record, near the province named with it

    for other, _ in near:
        if other.feature in AREA_FEATURES:
            if other.feature == "admin1" and place.iso2 == other.iso2 and (
                    place.admin1 == other.admin1 or place.parent == other.id):
                return True
        elif _km(place, other) <= _SUPPORT_KM:
            return True
    return False


def _precision(place: Place, cue: _Cue) -> int:
    base = cue.precision if cue.precision is not None else (3 if place.feature in AREA_FEATURES else 1)
    if place.feature in AREA_FEATURES:
        return max(base, 3)
    if cue.relative or cue.part:
        return max(base, 2)
    return base


def _score(place: Place, cue: _Cue, focus: list[str], near: list[tuple[Place, float]], owner: Place | None,
           curated: bool, within: list[Place] = ()) -> float:
    score = 0.4
    for area in within:  # "Paris, Texas", "Edmonton, Ky.": the area named right after the place
        if place.feature not in AREA_FEATURES and place.iso2 == area.iso2 and (
            area.feature == "country" or place.parent == area.id
            or (place.admin1 is not None and place.admin1 == area.admin1)
        ):
            score += 0.4
            break
    if cue.features:
        score += 0.35 if place.feature in cue.features else -0.3
    elif place.feature in SETTLEMENTS:
        score += 0.12
    elif place.feature == "country":
        score += 0.2  # "Mexico" is the country unless a kind word says city
    elif place.feature == "admin1":
        score += 0.1
    score += min(0.12, math.log10(place.population + 1) / 60)
    if focus:
        if place.iso2 == focus[0]:
            score += 0.3
        elif place.iso2 in focus:
            score += 0.2
    if curated:
        score += 0.03
    if owner is not None and (place.parent == owner.id or place.id == owner.id):
        score += 0.6
    for other, weight in near:
        if other.id == place.id:
            score += 0.3 * weight
        elif (place.parent == other.id and other.feature not in AREA_FEATURES) or (
            other.parent == place.id and place.feature not in AREA_FEATURES
        ):  # being inside the same province is no evidence; the same town is
            score += 0.35 * weight
        elif _km(place, other) <= _NEAR_KM:
            score += 0.2 * weight
        elif place.feature == "country" and other.feature != "country" and other.iso2 == place.iso2:
            score += 0.3 * weight  # "MEXICO CITY (AP) Mexico's Senate": the country of the places named
        elif other.feature == "admin1" and place.feature not in AREA_FEATURES and place.iso2 == other.iso2 and (
            place.parent == other.id or (place.admin1 is not None and place.admin1 == other.admin1)
        ):  # "Edmonton ... Kentucky": a place inside a province named nearby
            score += 0.25 * weight
    return score


def _plausible(place: Place, cue: _Cue, focus: list[str], curated: bool, initial: bool) -> bool:
    """Return whether a name with only this much evidence may stand as a place at all."""
    if cue.features and place.feature not in cue.features and place.feature != "country" and focus \
            and place.iso2 != focus[0] and not (place.iso2 in focus and place.feature in SETTLEMENTS):
        # "fighting around the X district" in a report about Libya: a province of that name abroad is a
        # wrong reading of a district the gazetteer does not know, not a foreign province. (A town of the name in
        # the other country the report is about, "villages in Isfara district" in a Kyrgyz-Tajik border report,
        # is the district's own town: a district is named after its seat.)
        return False
    if place.feature in ("country", "admin1") or (place.feature == "region" and place.iso2 == "ZZ") or (
        curated and (not focus or place.iso2 in focus)
    ):
        return True
    in_focus = bool(focus) and place.iso2 in focus
    if initial and not cue.strong and place.population < 100000 and not in_focus:
        return False
    if in_focus:
        return not initial or cue.strong or place.population >= 15000
    if place.population >= 1000000:
        return True
    return cue.strong and place.population >= 100000


def find_places(text: str, *, offset: int = 0, focus: list[str] | None = None,
                context: list[Place] | None = None, modifiers: bool = False,
                persons: frozenset[str] | set[str] = frozenset()) -> list[PlaceMention]:
    """Return the place mentions in `text` (one sentence), left to right, with offsets `offset + index`.

    Each mention has its resolved `place` (None when the resolver abstains), a `score` in 0..1, the ACLED
    `precision` its wording implies and a `qualifier` ("near", "northeast of", "eastern", "between",
    "front", ...). `focus` lists ISO2 codes the document is about (see `document_focus`); `context` the
    places already resolved in the same entry, oldest first. `modifiers` also keeps short all-capital
    names used as modifiers ("US airstrikes"), which geoparsing counts as places and event coding does not.
    `persons`: keys of names the document uses as people's names (`recognize.person_names`); such a
    name counts as a place only with a place cue ("in Burton", "the town of Burton").
    """
    return places_in_tokens(text, tokenize(text), offset=offset, focus=focus, context=context,
                            modifiers=modifiers, persons=persons)


def places_in_tokens(text: str, tokens: list[Token], *, offset: int = 0, focus: list[str] | None = None,
                     context: list[Place] | None = None, modifiers: bool = False,
                     persons: frozenset[str] | set[str] = frozenset(),
                     regions: frozenset[tuple[str, str]] | set[tuple[str, str]] = frozenset(),
                     raw: list[Span] | None = None, anchors: list[Place] = ()) -> list[PlaceMention]:
    """`find_places` on a sentence already tokenised (`tokens == tokenize(text)`). `regions`: the
    (ISO2, admin1 name) of provinces the whole document names (`focus_of_tokens`): a place inside one of
    them is likelier than its namesakes elsewhere ("Plymouth County" in a text that names Iowa).
    `anchors`: towns and counties the document names unambiguously, anywhere in it (`focus_of_tokens`):
    a bearer of the name near one of them is likelier than a namesake elsewhere ("London" in a report
    that later names Strathroy: London, Ontario). `raw`:
    `raw_spans(tokens, gazetteer, fuzzy=False)`, used when the focus asks for no fuzzy matching."""
    gazetteer, cues = Gazetteer.load(), load_cues()
    focus = list(focus or [])
    seen: list[Place] = list(context or [])
    mentions: list[PlaceMention] = []
    between_open = False
    prev_span_last = -10
    fuzzy = any(c in FUZZY_COUNTRIES for c in focus)
    stopped = gazetteer.stopnames
    spans = find_spans(tokens, gazetteer, cues, modifiers=modifiers, fuzzy=fuzzy, raw=None if fuzzy else raw)
    for number, span in enumerate(spans):
        within = _area_after(tokens, span, spans[number + 1] if number + 1 < len(spans) else None, gazetteer)
        cue = _read_cue(tokens, span, cues)
        if within:
            cue.strong = True  # "LONDON, Ky.": an area named right after it makes the name a place
        if (span.key in persons or span.key in stopped) and not cue.strong:
            continue  # a person's name, or a city named like a word or a person ("Austin"), without a place cue
        if between_open and span.first == prev_span_last + 2 and tokens[span.first - 1].folded in ("and", "or"):
            cue.qualifier, cue.relative = "between", True
        between_open = cue.qualifier == "between"
        owner = None
        if span.first > 0 and tokens[span.first - 1].possessive and mentions and mentions[-1].place is not None:
            owner = mentions[-1].place
        # Recent places count more: the same sentence most, then the entry's context from newest.
        near = [(p, 1.0) for p in seen[len(context or []):]]
        near += [(p, 0.6 ** (k + 1)) for k, p in enumerate(reversed(context or []))]
        scored = []
        candidates = {i: span.fuzzy for i in span.rows}
        if fuzzy and not span.fuzzy:
            # Other spellings of places in the document's transliteration-prone countries compete with the
            # exact name ("Al-Ferdous neighborhood" in an Aleppo report: Firdous, not Ferdows in Iran).
            if not any(gazetteer.rows[i].iso2 == focus[0] for i in span.rows):
                for i in gazetteer.lookup_consonants(span.key):
                    if gazetteer.rows[i].iso2 in focus and i not in candidates:
                        candidates[i] = True
        if within and not any(gazetteer.rows[i].feature in AREA_FEATURES or _supported(gazetteer.place(i), within, ())
                              for i in candidates):
            continue  # "HOLLIDAY, Mo." but no Holliday in Missouri: not a namesake elsewhere
        countries_named = any(gazetteer.rows[i].feature == "country" for i in candidates)
        # A province or country of the name outranks its namesakes inside a named province ("Florida")
        areas_named = any(gazetteer.rows[i].feature in AREA_FEATURES for i in candidates)
        # A province or country whose own name this is outranks a town that has it only as a variant
        # ("Montana" the state, not Montana City; "Minnesota", not Minneota; but "New York" may be the city).
        own_named = len(candidates) > 1 and any(gazetteer.main_key(i) == span.key and gazetteer.rows[i].feature
                                                in AREA_FEATURES for i in candidates)
        for index, spelled in candidates.items():
            place = gazetteer.place(index)
            curated = not gazetteer.rows[index].source.startswith("GeoNames")
            if not _plausible(place, cue, focus, curated, span.initial):
                continue
            if not curated and place.population < _SMALL and place.feature in SETTLEMENTS and not (
                cue.strong or _supported(place, within, near)
                or (focus and place.iso2 == focus[0] and place.iso2 in FUZZY_COUNTRIES and not span.initial)
            ):
                # A small town needs a place cue or a place nearby: a capital letter is not enough. Except
                # villages of the document's main country where war reporting names villages bare.
                continue
            if spelled and not (place.iso2 in focus and (cue.strong or not span.initial)):
                continue  # a spelling the gazetteer lacks: only for the document's countries, as a place
            score = _score(place, cue, focus, near, owner, curated, within)
            if regions and not areas_named and (place.iso2, place.admin1) in regions:
                score += _REGION
            if anchors and len(candidates) > 1 and place.feature in SETTLEMENTS and \
                    _anchored(place, span.key, anchors):
                score += _ANCHOR
            score -= 0.1 if spelled else 0.0  # a spelling the gazetteer lacks
            if own_named and not spelled and place.population < 100000 and gazetteer.main_key(index) != span.key:
                score -= _VARIANT
            if place.id in gazetteer.capitals and not countries_named:
                score += 0.1  # "Washington": the capital (but "Mexico" is the country, not Mexico City)
            scored.append((score, place))
        if not scored:
            continue
        scored.sort(key=lambda sp: (-sp[0], -sp[1].population, sp[1].id))
        best_score, best = scored[0]
        chosen: Place | None = best
        if len(scored) > 1 and best_score - scored[1][0] < _TIE and _km(best, scored[1][1]) > _AMBIGUOUS_KM:
            # Close scores: abstain, unless one bearer is ten times the size of the other ("Dallas"), or a
            # city and the state named after it compete ("New York"): the city, unless a kind word says state.
            other = scored[1][1]
            nested = _city_in_state(best, other) or _city_in_state(other, best)
            backed = _supported(best, within, near) and not _supported(other, within, near)
            if nested and not cue.features:
                chosen = best if best.feature != "admin1" else other
            elif backed:
                pass  # the place near the others the text names ("Edmonton" among Tottenham and Enfield)
            elif other.population >= 10 * max(best.population, 1000):
                chosen = other  # the far bigger bearer of the name
            elif best.population < 10 * max(other.population, 1000):
                chosen = None
        if chosen is not None and focus and chosen.iso2 not in focus and chosen.feature in SETTLEMENTS \
                and not _supported(chosen, within, near):
            # A name towns of three or more countries bear, none of them the text's ("shops in Chinatown"
            # in a report from Honiara, "in Santa Cruz" in one from Peru): the text means one it does not
            # know the gazetteer for, not the biggest namesake abroad. The far bigger bearer ("Paris") stands.
            abroad = [p for p in map(gazetteer.place, candidates)
                      if p.iso2 != chosen.iso2 and p.feature in SETTLEMENTS and p.population >= _SMALL]
            if len({p.iso2 for p in abroad}) >= 2 and \
                    chosen.population < 10 * max(p.population for p in abroad):
                chosen = None
        if cue.features == ("admin2",) and best.feature != "admin2":
            # "Metcalfe County" but only a town called Metcalfe (in another state): the gazetteer lacks the
            # county, and a county seldom has its seat's name. (A province does: "Idlib Province".)
            chosen = None
        score = max(0.0, min(1.0, best_score))
        if chosen is None:
            score *= 0.5
        if cue.actor and best.feature == "country" or (cue.actor and best.population >= 1000000):
            score *= 0.4
        start = tokens[span.first].start
        if cue.end == tokens[span.last].end and len(tokens[span.last].text) == 1 and text[cue.end:cue.end + 1] == ".":
            cue.end += 1  # "U.S.": the initials' last full stop
        qualifier = cue.qualifier
        mentions.append(PlaceMention(
            start=offset + start, end=offset + cue.end, text=text[start:cue.end], place=chosen,
            score=round(score, 3), precision=_precision(chosen or best, cue), qualifier=qualifier,
        ))
        if chosen is not None:
            seen.append(chosen)
        prev_span_last = span.last
    return mentions


def _anchored(place: Place, key: str, anchors: list[Place]) -> bool:
    """Return whether `place` lies near an anchor town of its country named otherwise than `key`."""
    return any(a.iso2 == place.iso2 and a.id != place.id and normalize(a.name) != key
               and _km(place, a) <= _SUPPORT_KM for a in anchors)


def document_focus(text: str) -> list[str]:
    """Return ISO2 codes of the countries `text` is about, most prominent first.

    Counts mentions of countries (2 each) and of places whose name is unambiguous or whose largest
    bearer is at least ten times bigger than the next (1 each); keeps countries with at least a tenth
    of the leader's count.
    """
    return focus_of_tokens([tokenize(text)])


def focus_of_tokens(token_lists: list[list[Token]], areas: list[Place] = (),
                    regions: set[tuple[str, str]] | None = None, raws: list[list[Span]] | None = None,
                    anchors: list[Place] | None = None) -> list[str]:
    """`document_focus` of a text given as the token lists of its pieces (sentences). `areas`: provinces
    named otherwise (state abbreviations: "Ky."), each a province's vote. `regions`, when given, is
    filled with the (ISO2, admin1 name) of the provinces the text names (see `places_in_tokens`). `raws`:
    each piece's `raw_spans(tokens, gazetteer, fuzzy=False)` when already computed. `anchors`, when
    given, is filled with the towns (of 15,000 or more) and counties the text names that have a single
    bearer in the gazetteer (kept when their country leads the focus); a name several countries share
    counts for the country of a bearer near one of them ("London" with Strathroy: London, Ontario)."""
    gazetteer, cues = Gazetteer.load(), load_cues()
    counts: Counter[str] = Counter(p.iso2 for p in areas)
    if regions is not None:
        regions.update((p.iso2, p.admin1) for p in areas if p.feature == "admin1" and p.admin1)
    named: set[str] = set()
    big: set[str] = {p.iso2 for p in areas}  # countries supported by a city of 100,000+ or a province
    ambiguous: list[list[Place]] = []
    single: list[Place] = []
    for piece, tokens in enumerate(token_lists):
        spans = find_spans(tokens, gazetteer, cues, fuzzy=False, raw=raws[piece] if raws is not None else None)
        for number, span in enumerate(spans):
            within = _area_after(tokens, span, spans[number + 1] if number + 1 < len(spans) else None, gazetteer)
            if span.key in gazetteer.stopnames and not within:
                continue  # "Austin" may be a person: no vote
            places = _vote(gazetteer, span, within, counts, named, big, regions, single)
            if places:
                ambiguous.append(places)
    # A name several countries share ("Edmonton", "London") is read in the countries the text's other
    # names already point to; only when none of them is such a country does the biggest bearer count.
    certain = Counter(counts)
    neighbours = _neighbours(ambiguous) if len(ambiguous) > 1 else {}
    for number, places in enumerate(ambiguous):
        if number in neighbours:  # "Edmonton" and "Enfield" next to each other in London, not Canada
            counts[neighbours[number]] += 1
            big.add(neighbours[number])
            continue
        here = [p for p in places if certain[p.iso2] > 0 and (p.iso2 in named or p.iso2 in big)]
        if not here and single:
            key = normalize(places[0].name)
            here = [p for p in places[:_ANCHOR_BEARERS] if p.feature in SETTLEMENTS and _anchored(p, key, single)]
        if here:
            chosen = max(here, key=lambda p: (certain[p.iso2], p.population))
            counts[chosen.iso2] += 1
            if chosen.population >= 100000:  # a city read through a nearby town supports its country as
                big.add(chosen.iso2)         # any city of its size does ("Sanaa" beside "Amran")
            continue
        top, others = places[0], [p for p in places[1:] if p.iso2 != places[0].iso2]
        # a national capital that is its name's biggest bearer is that capital ("Colombo", not the Brazilian
        # city; "Dili"), as a bearer ten times the size of the others is
        capital = top.id in gazetteer.capitals and not any(p.id in gazetteer.capitals for p in others)
        if (top.population >= 15000 or top.feature not in SETTLEMENTS) and \
                (capital or top.population >= 10 * max(p.population for p in others)):
            counts[top.iso2] += 1
            if top.population >= 100000 or top.feature not in SETTLEMENTS:
                big.add(top.iso2)
    if named:
        # A text that names its countries is about them: small towns elsewhere that happen to share
        # a name with a local village do not add their country. A town of 15,000+ that alone bears its
        # name, named three times and more often than any named country ("Honiara burns / HONIARA,
        # Thursday - ... in east Honiara", its country never named), is what the text is about, though; a
        # village the gazetteer lacks, named twice ("near Mahas" in Somalia, a town of Jordan), is not.
        times = Counter(p.id for p in single)
        most_named = max((counts[c] for c in named), default=0)
        kept = {p.iso2 for p in single if times[p.id] >= 3 and p.feature in SETTLEMENTS
                and counts[p.iso2] > most_named}
        counts = Counter({c: n for c, n in counts.items() if c in named or c in big or c in kept})
    if not counts:
        return []
    leader = counts.most_common(1)[0][1]
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    focus = [iso2 for iso2, n in ranked if n * 10 >= leader]
    if anchors is not None:
        anchors.extend(p for p in single if p.iso2 == focus[0])
    return focus


def _neighbours(ambiguous: list[list[Place]], top: int = 6) -> dict[int, str]:
    """Return, for names several countries share, the country of a bearer that lies within about 25 km
    of a bearer of another such name in the text (two names that are neighbours in one country and far
    apart in another mean the first). Only the `top` largest bearers of each name are compared."""
    found: dict[int, str] = {}
    keyed = [(n, places[:top]) for n, places in enumerate(ambiguous)]
    seen_names: dict[str, int] = {}
    for n, places in keyed:  # the same name twice is no evidence
        seen_names.setdefault(places[0].name, n)
    keyed = [(n, places) for n, places in keyed if seen_names[places[0].name] == n]
    for i, (a, mine) in enumerate(keyed):
        for b, theirs in keyed[i + 1:]:
            for p in mine:
                for q in theirs:
                    if p.iso2 == q.iso2 and p.id != q.id and abs(p.latitude - q.latitude) < 0.23 \
                            and abs(p.longitude - q.longitude) < 0.3:
                        found.setdefault(a, p.iso2)
                        found.setdefault(b, q.iso2)
    return found


def _vote(gazetteer: Gazetteer, span: Span, within: list[Place], counts: Counter, named: set[str],
          big: set[str], regions: set[tuple[str, str]] | None = None,
          single: list[Place] | None = None) -> list[Place]:
    """Add one name's vote to the focus counts: a country 2; a place in an area named after it
    ("London, Ky.") 1 for that area's country; a province 1; a name all of whose bearers are in one
    country 1. `single`, when given, collects the towns of 15,000 or more and the counties that are
    the only bearers of their name.
    Return the bearers (largest first) of a name that several countries share, whose vote waits."""
    places = sorted((gazetteer.place(i) for i in dict.fromkeys(span.rows)), key=lambda p: -p.population)
    countries = [p for p in places if p.feature == "country"]
    if countries:
        counts[countries[0].iso2] += 2
        named.add(countries[0].iso2)
        return []
    if within:
        counts[within[0].iso2] += 1
        big.add(within[0].iso2)
        if regions is not None and within[0].feature == "admin1" and within[0].admin1:
            regions.add((within[0].iso2, within[0].admin1))
        return []
    provinces = [p for p in places if p.feature == "admin1"]
    if provinces and any(p.iso2 != provinces[0].iso2 and p.feature in SETTLEMENTS and p.population >= _BIG_TOWN
                         for p in places):
        return places  # "Gaza": a big city abroad shares the province's name; the text's other names decide
    if provinces:  # "England", "Texas": the province, not a village abroad named after it
        counts[provinces[0].iso2] += 1
        big.add(provinces[0].iso2)
        if regions is not None and provinces[0].admin1:
            regions.add((provinces[0].iso2, provinces[0].admin1))
        return []
    top = places[0]
    if any(p.iso2 != top.iso2 for p in places[1:]):
        return places
    if single is not None and len(places) == 1 and (
            top.feature in SETTLEMENTS and top.population >= _SMALL or top.feature == "admin2"):
        single.append(top)
    if top.population >= 15000 or top.feature not in SETTLEMENTS:
        counts[top.iso2] += 1
        if top.population >= 100000 or top.feature not in SETTLEMENTS:
            big.add(top.iso2)
    return []


def to_location(mention: PlaceMention) -> Location:
    """Return the `Location` for a resolved mention; ValueError when the resolver abstained."""
    place = mention.place
    if place is None:
        raise ValueError(f"place mention {mention.text!r} at {mention.start} is unresolved: no location")
    lat, lon = place.latitude, place.longitude
    if place.feature == "admin1":
        # an event known only to its province is coded at the province's capital (ACLED), not its middle
        seat = _seat_of(place.id)
        if seat is not None:
            lat, lon = seat
    return Location(
        name=place.name, latitude=lat, longitude=lon, geo_precision=mention.precision,
        country=place.country, iso=place.iso, admin1=place.admin1, admin2=place.admin2,
        gazetteer_id=place.id, mention=mention.text, start=mention.start, end=mention.end,
    )


def _seat_of(place_id: str) -> tuple[float, float] | None:
    """The coordinates of the town a province's events are coded to (seats.tsv), or None."""
    seat = _seats().get(place_id)
    gazetteer = Gazetteer.load()
    if seat is None or not gazetteer.has(seat):
        return None
    town = gazetteer.get(seat)
    return town.latitude, town.longitude


@lru_cache(maxsize=1)
def _seats() -> dict[str, str]:
    from sitroom.geo.gazetteer import SEATS, read_pairs

    return read_pairs(SEATS) if SEATS.exists() else {}
