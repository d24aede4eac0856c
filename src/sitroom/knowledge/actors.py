"""Find actors in text and give them canonical, date- and country-aware ACLED-style names.

The knowledge comes from `data/actors.yaml` (see `actor_book.py`); it is read and compiled once, on
first use. Matching is three regex scans (case-insensitive phrases, case-sensitive acronyms, country
adjective + force noun), merged leftmost-longest.
"""
from __future__ import annotations

import heapq
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from sitroom.knowledge._trie import compile_phrases, normalise, trie_pattern
from sitroom.knowledge.actor_book import INTER_TYPES, STATE_KINDS, ActorBook, Group, Kind, load_book, match_key
from sitroom.knowledge.actor_book import case_sensitive as _case_sensitive
from sitroom.knowledge.actor_book import strict as _strict
from sitroom.knowledge.countries import Country, all_countries
from sitroom.knowledge.countries import country as find_country
from sitroom.models import ActorRef


@dataclass
class _Matcher:
    book: ActorBook
    folded: re.Pattern[str]  # case-insensitive phrases
    exact: re.Pattern[str]  # acronyms
    adjnoun: re.Pattern[str]  # "Iraqi troops", "Russia's army", "US warplanes"
    by_folded: dict[str, list[Group]]
    by_exact: dict[str, list[Group]]
    adjectives: dict[str, Country]  # normalised adjective (or exact, for strict ones) -> country
    nouns: dict[str, str]  # normalised noun -> kind


@lru_cache(maxsize=1)
def _matcher() -> _Matcher:
    """Return the compiled matcher for the shipped actors file (built once)."""
    return build_matcher(load_book())


def build_matcher(book: ActorBook) -> _Matcher:
    """Return a matcher compiled from a validated actor book."""
    by_folded: dict[str, list[Group]] = {}
    by_exact: dict[str, list[Group]] = {}

    def add(form: str, group: Group) -> None:
        (by_exact if _case_sensitive(form) else by_folded).setdefault(match_key(form), []).append(group)

    for kind in book.kinds.values():
        implicit = Group(key=kind.key, generic=kind.key)
        for word in kind.words:
            add(word, implicit)
    for group in book.groups.values():
        for alias in group.aliases:
            add(alias, group)

    adjectives: dict[str, Country] = {}
    strict_adj: list[str] = []
    for c in all_countries():
        for adj in c.adjectives:
            if _strict(adj):
                strict_adj.append(adj)
                adjectives[adj] = c
            else:
                adjectives[normalise(adj)] = c
        for name in (c.name, *c.aliases):
            if not _strict(name):  # "Russia's army"; "US's" is not how anyone writes
                adjectives[normalise(name) + "'s"] = c
    folded_adj = [k for k in adjectives if k not in strict_adj]
    nouns = {normalise(n): k.key for k in book.kinds.values() for n in k.nouns}
    adj_source = (
        r"(?<!\w)(?P<adj>(?i:" + trie_pattern(folded_adj) + r")|" + trie_pattern(strict_adj) + r")"
        r"\s+(?P<noun>(?i:" + trie_pattern(list(nouns)) + r"))(?!\w)"
    )
    return _Matcher(
        book=book,
        folded=compile_phrases(list(by_folded), ignore_case=True),
        exact=compile_phrases(list(by_exact), ignore_case=False),
        adjnoun=re.compile(adj_source),
        by_folded=by_folded,
        by_exact=by_exact,
        adjectives=adjectives,
        nouns=nouns,
    )


def find_actors(
    text: str, *, offset: int = 0, country: str | None = None, on: date | None = None
) -> list[ActorRef]:
    """Return the actors mentioned in `text`, non-overlapping, leftmost-longest, in text order.

    `start`/`end` are `offset` + the index in `text`; `mention` is the matched words; `name` is the
    canonical name for the country the text is about (`country`, any name/adjective/code) on date `on`
    (None: the latest period, and no renaming along successors). Without a country, country-dependent
    words get a country-less name ("Civilians", "Military Forces").
    """
    m = _matcher()
    here = _canonical(country)
    patterns = (m.exact, m.folded, m.adjnoun)
    spans: list[tuple[int, int, int, int, re.Match[str]]] = []
    for priority, pattern in enumerate(patterns):
        for hit in pattern.finditer(text):
            spans.append((hit.start(), -hit.end(), priority, len(spans), hit))
    heapq.heapify(spans)
    out: list[ActorRef] = []
    last_end = 0
    while spans:
        start, neg_end, priority, _, hit = heapq.heappop(spans)
        if start < last_end:
            continue
        ref = _resolve(m, priority, hit, here, on)
        if ref is None:
            # an alias that means nothing here (another country's acronym, "Fano militia" outside Ethiopia) hid
            # the shorter phrases inside it from the scan: look for them ("militia")
            for inner in patterns[priority].finditer(text, start + 1, -neg_end):
                heapq.heappush(spans, (inner.start(), -inner.end(), priority, len(text) + inner.start(), inner))
            continue
        if ref.inter in (6, 7) and _ORGANISATION_AFTER.match(text, -neg_end):
            continue  # "the head of the fishermen's union", "a traders' association": a body of them, not them
        members = _MEMBERS_AFTER.match(text, -neg_end) if ref.inter in (2, 3, 4) and ref.key \
            and ":" not in ref.key and ref.key not in m.book.kinds else None
        ref.start, ref.end = offset + start, offset - neg_end
        out.append(ref)
        if members:
            # "Abu Sayyaf militants", "ADF rebels", "al-Shabaab fighters": the group's own members (the generic noun
            # alone would name another, unidentified group); the mention stays the group's name
            neg_end = -members.end()
        last_end = -neg_end
    return out


# people named as the members of a body ("the fishermen's union", "teachers' association", "the farmers' cooperative"):
# the body speaks or acts, its members are neither victims nor a crowd in that phrase
_ORGANISATION_AFTER = re.compile(r"['’]s?\s+(?:(?:national|local|regional|state|main|largest)\s+)?(?:unions?|associations?|"
                                 r"cooperatives?|co-operatives?|federations?|councils?|guilds?|syndicates?|committees?|"
                                 r"leaders?|representatives?|spokes(?:man|woman|person)|chairman|chairwoman|head)\b",
                                 re.IGNORECASE)


# the generic nouns for a named group's members, right after its name
_MEMBERS_AFTER = re.compile(r"(?:\s+|-)(?:militants|fighters|rebels|gunmen|insurgents|militiamen|militia|militias|guerrillas|"
                            r"guerrilla fighters|jihadists|members|combatants|attackers|assailants)\b", re.IGNORECASE)


def _canonical(country: str | None) -> str | None:
    """Return the table's name for a country given in any form; the input itself if unknown."""
    if country is None:
        return None
    found = find_country(country)
    return found.name if found else country


def _resolve(m: _Matcher, priority: int, hit: re.Match[str], here: str | None, on: date | None) -> ActorRef | None:
    mention = hit.group(0)
    if priority == 2:
        adj = hit.group("adj")
        owner = m.adjectives.get(adj) or m.adjectives.get(normalise(adj))
        kind = m.nouns[normalise(hit.group("noun"))]
        group = Group(key=kind, generic=kind, country=owner.name)
        return _ref(m.book, group, here, on, mention)
    if priority == 0:
        candidates = m.by_exact.get(re.sub(r"\s+", " ", mention), [])
    else:
        candidates = m.by_folded.get(normalise(mention), [])
    group = _pick(m.book, candidates, here, on)
    return _ref(m.book, group, here, on, mention) if group else None


def _pick(book: ActorBook, candidates: list[Group], here: str | None, on: date | None) -> Group | None:
    """Return the entry an alias means in this country on this date, following renamings."""
    candidates = [g for g in candidates if not g.only_in or here in g.only_in]
    if not candidates:
        return None
    if on is None:
        return max(candidates, key=lambda g: g.valid_from or date.min)
    for g in candidates:
        if g.covers(on):
            return g
    for g in candidates:
        seen = {g.key}
        while g.valid_to and on > g.valid_to and g.successor and g.successor not in seen:
            g = book.groups[g.successor]
            seen.add(g.key)
        if g.covers(on):
            return g
    return candidates[0]


def generic_name(book: ActorBook, kind: Kind, country: str | None, on: date | None) -> str:
    """Return a generic kind's name for a country and date ("Military Forces of Syria (2000-2024)")."""
    if country is None:
        return kind.bare
    state = book.states.get(country)
    written = f"the {country}" if state and state.the and "of {country}" in kind.pattern else country
    name = kind.pattern.replace("{country}", written)
    if "{period}" in name:
        label = state.period(on) if state else None
        name = name.replace("{period}", label) if label else name.replace(" ({period})", "").replace("{period}", "")
    return name


def _key(group: Group, country: str | None) -> str:
    """Return the knowledge id: the YAML key, or kind:ISO3 for generic kinds in a country."""
    if group.key in ("", None) or group.key == group.generic:
        c = find_country(country) if country else None
        return f"{group.generic}:{c.iso3}" if c else f"{group.generic}"
    return group.key


# Territories that were part of another state until they became independent (the day before independence):
# that state's forces there were at home, not abroad (Serbian police in Kosovo in 1999, Sudan's army in the
# south before 2011).
RULED_UNTIL = {
    ("Kosovo", "Serbia"): date(2008, 2, 16),
    ("South Sudan", "Sudan"): date(2011, 7, 8),
    ("Eritrea", "Ethiopia"): date(1993, 5, 23),
    ("Montenegro", "Serbia"): date(2006, 6, 2),
    ("East Timor", "Indonesia"): date(1999, 10, 24),
}


def _ruled_by(here: str, owner: str, on: date | None) -> bool:
    """Whether the place `here` was part of the state `owner` on the day (see RULED_UNTIL)."""
    until = RULED_UNTIL.get((here, owner))
    return until is not None and on is not None and on <= until


def _ruler(here: str, on: date | None) -> str | None:
    """The state the place `here` was part of on the day, when it was not yet independent (see RULED_UNTIL)."""
    return next((owner for (place, owner) in RULED_UNTIL if place == here and _ruled_by(here, owner, on)), None)


def _ref(book: ActorBook, group: Group, here: str | None, on: date | None, mention: str = "") -> ActorRef:
    """Return the ActorRef an entry stands for in a text about `here` on `on`."""
    if group.name is not None:
        return ActorRef(name=group.name_in.get(here or "", group.name), mention=mention, inter=group.inter,
                        side=group.side_in.get(here or "", group.side), key=group.key)
    kind = book.kinds[group.generic]
    owner = group.country or here
    if kind.key in STATE_KINDS and not group.country and here:
        owner = _ruler(here, on) or owner  # "police" in Kosovo in 1999 were Serbia's
    name = generic_name(book, kind, owner, on) + (group.suffix if owner else "")
    inter, side = group.inter or kind.inter, group.side or kind.side
    if kind.key in STATE_KINDS and owner and here and owner != here and not _ruled_by(here, owner, on):
        # a state's forces abroad are ACLED's external/other forces; say whose side they back
        inter = 8
        state = book.states.get(owner)
        party = state.party_of.get(here) if state else None
        side = f"foreign-pro-{party}" if party else "external"
    return ActorRef(name=name, mention=mention, inter=inter, side=side, key=_key(group, owner))


@lru_cache(maxsize=1)
def _names() -> tuple[dict[str, Group], list[tuple[re.Pattern[str], Group]]]:
    """Return (exact canonical names -> group, generic-name regexes -> group), built once."""
    book = _matcher().book
    exact: dict[str, Group] = {}
    for g in book.groups.values():
        if g.name:
            for n in (g.name, *g.name_in.values()):
                exact.setdefault(n, g)
    for kind in book.kinds.values():
        exact.setdefault(kind.bare, Group(key=kind.key, generic=kind.key))
    patterns: list[tuple[re.Pattern[str], Group]] = []
    suffixed = [g for g in book.groups.values() if g.generic and g.suffix]
    plain = [Group(key=k.key, generic=k.key) for k in book.kinds.values()]
    for g in suffixed + plain:
        src = re.escape(book.kinds[g.generic].pattern)
        src = src.replace(r"\ \(\{period\}\)", r"(?:\ \((?P<period>[^)]*)\))?")
        src = src.replace(r"\{country\}", r"(?:the\ )?(?P<country>[^()]+?)")
        patterns.append((re.compile(src + re.escape(g.suffix) + "$"), g))
    return exact, patterns


def actor_by_name(name: str) -> ActorRef | None:
    """Return the ActorRef for a canonical name ("Military Forces of Syria (2000-2024)",
    "Islamic State (Syria)", "Civilians (Iraq)"); None when the name is not one we give."""
    exact, patterns = _names()
    book = _matcher().book
    name = name.strip()
    if name in exact:
        g = exact[name]
        if g.name:
            return ActorRef(name=name, inter=g.inter, side=g.side, key=g.key)
        kind = book.kinds[g.generic]
        return ActorRef(name=name, inter=kind.inter, side=kind.side, key=kind.key)
    for pattern, g in patterns:
        hit = pattern.match(name)
        if not hit:
            continue
        c = find_country(hit.group("country"))
        if c is None:
            continue
        kind = book.kinds[g.generic]
        key = g.key if g.key != g.generic else f"{kind.key}:{c.iso3}"
        return ActorRef(name=name, inter=g.inter or kind.inter, side=g.side or kind.side, key=key)
    return None


def group_info(key: str) -> dict:
    """Return what we know about an actor key: name, type, inter, side, country, aliases, validity,
    successor, assoc, only_in and (for states) party_of. Raises KeyError for an unknown key."""
    book = _matcher().book
    kind_key, _, iso = key.partition(":")
    if key in book.groups:
        g = book.groups[key]
    elif kind_key in book.kinds:
        c = find_country(iso) if iso else None
        if iso and c is None:
            raise KeyError(f"unknown actor key {key!r}: {iso!r} is not an ISO3 country code")
        g = Group(key=key, generic=kind_key, country=c.name if c else None)
    else:
        raise KeyError(f"unknown actor key {key!r} (see data/actors.yaml groups and generic kinds)")
    kind = book.kinds.get(g.generic) if g.generic else None
    inter = g.inter or (kind.inter if kind else None)
    state = book.states.get(g.country) if g.country else None
    name = g.name or generic_name(book, kind, g.country, None) + (g.suffix if g.country else "")
    return {
        "key": key,
        "name": name,
        "type": INTER_TYPES.get(inter or 0, "unknown"),
        "inter": inter,
        "side": g.side or (kind.side if kind else None),
        "country": g.country,
        "aliases": list(g.aliases) + (list(kind.words) if kind and g.key == g.generic else []),
        "valid_from": g.valid_from,
        "valid_to": g.valid_to,
        "successor": g.successor,
        "assoc": list(g.assoc),
        "only_in": list(g.only_in),
        "party_of": dict(state.party_of) if state and kind and kind.key in STATE_KINDS else {},
    }


def associates(key: str, *, country: str | None = None, on: date | None = None) -> list[ActorRef]:
    """Return the associated actors (ACLED assoc_actor) an actor key carries, named for country/date."""
    book = _matcher().book
    here = _canonical(country)
    group = book.groups.get(key)
    if group is None:
        return []
    out = []
    for ref in group.assoc:
        if ref in book.groups:
            out.append(_ref(book, book.groups[ref], here, on))
        else:
            kind, _, cname = ref.partition(":")
            owner = find_country(cname)
            out.append(_ref(book, Group(key=kind, generic=kind, country=owner.name if owner else None), here, on))
    return out
