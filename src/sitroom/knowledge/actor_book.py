"""Read and validate `data/actors.yaml` into typed records (the matcher lives in `actors.py`).

Every problem raises KnowledgeError naming the file, the line and the key, so a user editing the
file can fix it without reading this code.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sitroom.knowledge._trie import normalise
from sitroom.knowledge._yaml import Checker, LDict, load_yaml
from sitroom.knowledge.countries import country as find_country

DATA = Path(__file__).resolve().parents[1] / "data" / "actors.yaml"
SIDES = ("government", "opposition", "jihadist", "kurdish", "civilian", "external", "protesters", "unknown",
         "foreign-pro-government", "foreign-pro-opposition")
# Kinds of actor that belong to a state: abroad they are ACLED's "external/other forces" (inter 8).
STATE_KINDS = frozenset({"state_forces", "air_force", "police", "government"})
INTER_TYPES = {
    1: "state forces",
    2: "rebel group",
    3: "political militia",
    4: "identity militia",
    5: "rioters",
    6: "protesters",
    7: "civilians",
    8: "external/other forces",
}


def strict(form: str) -> bool:
    """True for acronyms written in capitals (IS, SDF, U.S.): they only match in capitals."""
    return not any(c.islower() for c in form) and any(c.isupper() for c in form)


def case_sensitive(form: str) -> bool:
    """True for the actor forms that match only as written: acronyms in capitals, and one-word acronyms
    with a small letter inside ("LeT", "JeM", "CoBRA"), which in any other case are English words."""
    return strict(form) or (not any(c.isspace() for c in form) and re.search(r"[a-z][A-Z]", form) is not None)


def match_key(form: str) -> str:
    """Return the text an alias matches: itself (one space) when case-sensitive, else its normalised form."""
    return re.sub(r"\s+", " ", form.strip()) if case_sensitive(form) else normalise(form)


@dataclass(frozen=True)
class Period:
    label: str  # "2000-2024", as it appears in the actor name
    start: date | None
    end: date | None  # inclusive

    def covers(self, day: date) -> bool:
        """Return True when `day` falls in this period."""
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class State:
    country: str
    periods: tuple[Period, ...] = ()
    the: bool = False  # ACLED writes "Military Forces of the United States"
    party_of: dict[str, str] = field(default_factory=dict)  # country it intervenes in -> side it backs

    def period(self, on: date | None) -> str | None:
        """Return the period label for a date (the latest period when `on` is None); None if unknown."""
        if not self.periods:
            return None
        if on is None:
            return self.periods[-1].label
        for p in self.periods:
            if p.covers(on):
                return p.label
        earlier = [p for p in self.periods if p.start is None or p.start <= on]
        return earlier[-1].label if earlier else None


@dataclass(frozen=True)
class Kind:
    """A generic actor kind that exists in every country (state forces, civilians, ...)."""

    key: str
    pattern: str
    bare: str
    inter: int
    side: str
    nouns: tuple[str, ...] = ()
    words: tuple[str, ...] = ()


@dataclass(frozen=True)
class Group:
    """A named group, a country-specific description, or an implicit generic entry."""

    key: str
    name: str | None = None
    name_in: dict[str, str] = field(default_factory=dict)
    generic: str | None = None
    country: str | None = None
    suffix: str = ""
    aliases: tuple[str, ...] = ()
    inter: int | None = None
    side: str | None = None
    # the side the group takes in a war abroad it joins on one party's behalf ("Hezbollah": opposition at
    # home against Israel, government in Syria, where it fights for the state)
    side_in: dict[str, str] = field(default_factory=dict)
    only_in: tuple[str, ...] = ()
    valid_from: date | None = None
    valid_to: date | None = None
    successor: str | None = None
    assoc: tuple[str, ...] = ()
    line: int = 0
    alias_lines: tuple[int, ...] = ()  # where each alias is written, for error messages

    def covers(self, day: date) -> bool:
        """Return True when the group existed under this name on `day`."""
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day <= self.valid_to)


@dataclass
class ActorBook:
    path: Path
    states: dict[str, State]
    kinds: dict[str, Kind]
    groups: dict[str, Group]


_STATE_KEYS = {"periods", "the", "party_of"}
PARTY_SIDES = ("government", "opposition")
_KIND_KEYS = {"pattern", "bare", "inter", "side", "nouns", "words"}
_GROUP_KEYS = {"name", "name_in", "generic", "country", "suffix", "aliases", "inter", "side", "side_in", "only_in",
               "valid_from", "valid_to", "successor", "assoc"}


def load_book(path: Path = DATA) -> ActorBook:
    """Return the validated contents of an actors YAML file.

    Raises KnowledgeError(path, line, reason) on unknown keys, a missing name or inter, an inter
    outside 1..8, bad dates, unknown countries/kinds/successors, bad placeholders, or an alias that
    two entries share while valid at the same time in the same countries.
    """
    chk = Checker(path)
    data = chk.keys(load_yaml(path), {"states", "generic", "groups"}, "top level", ("generic", "groups"))
    states = _states(chk, data.get("states") or LDict())
    kinds = _kinds(chk, data["generic"])
    groups = _groups(chk, data["groups"], kinds)
    _check_aliases(chk, kinds, groups)
    return ActorBook(path=path, states=states, kinds=kinds, groups=groups)


def _country(chk: Checker, value: object, line: int, where: str) -> str:
    """Return the canonical country name for `value` or fail naming the line."""
    found = find_country(value) if isinstance(value, str) else None
    if found is None:
        chk.fail(line, f"{where}: unknown country {value!r} (use a name from data/countries.tsv)")
    return found.name


def _states(chk: Checker, node: LDict) -> dict[str, State]:
    if not isinstance(node, LDict):
        chk.fail(getattr(node, "line", None), "states: expected a mapping of country -> details")
    out: dict[str, State] = {}
    for raw, body in node.items():
        where = f"states.{raw}"
        name = _country(chk, raw, node.lines[raw], where)
        body = chk.keys(body, _STATE_KEYS, where)
        periods: list[Period] = []
        plist = body.get("periods") or []
        for i, item in enumerate(plist):
            pw = f"{where}.periods[{i}]"
            item = chk.keys(item, {"label", "valid_from", "valid_to"}, pw, ("label", "valid_from"))
            label = str(item["label"]).strip()
            start, end = chk.day(item, "valid_from", pw), chk.day(item, "valid_to", pw)
            if end and start and end < start:
                chk.fail(item.lines["valid_to"], f"{pw}: valid_to {end} is before valid_from {start}")
            if periods and (periods[-1].end is None or start <= periods[-1].end):
                chk.fail(item.line, f"{pw}: overlaps the previous period (list periods oldest first, no overlap)")
            periods.append(Period(label=label, start=start, end=end))
        party = {}
        for where_c, side in (body.get("party_of") or {}).items():
            cname = _country(chk, where_c, body.lines.get("party_of", body.line), f"{where}.party_of")
            if side not in PARTY_SIDES:
                # a state abroad backs the government or the opposition (README's foreign-pro-* sides); one that
                # backs neither party of that war (the US with the SDF against IS in Syria) is external
                chk.fail(body.lines.get("party_of", body.line),
                         f"{where}.party_of: side {side!r} not in {PARTY_SIDES} (leave the country out for external)")
            party[cname] = side
        out[name] = State(country=name, periods=tuple(periods), the=bool(body.get("the", False)), party_of=party)
    return out


def _kinds(chk: Checker, node: LDict) -> dict[str, Kind]:
    if not isinstance(node, LDict):
        chk.fail(getattr(node, "line", None), "generic: expected a mapping of kind -> details")
    out: dict[str, Kind] = {}
    noun_owner: dict[str, str] = {}
    word_owner: dict[str, str] = {}
    for key, body in node.items():
        where = f"generic.{key}"
        body = chk.keys(body, _KIND_KEYS, where, ("pattern", "bare", "inter", "side"))
        pattern = chk.text(body, "pattern", where)
        fields = chk.placeholders(pattern, {"country", "period"}, body.lines["pattern"], f"{where}.pattern")
        if "country" not in fields:
            chk.fail(body.lines["pattern"], f"{where}.pattern: must contain {{country}}")
        nouns = chk.strings(body, "nouns", where)
        for noun, line in nouns:
            if normalise(noun) in noun_owner:
                chk.fail(line, f"{where}.nouns: {noun!r} is already a noun of {noun_owner[normalise(noun)]}")
            noun_owner[normalise(noun)] = key
        words = chk.strings(body, "words", where)
        for word, line in words:
            if normalise(word) in word_owner:
                chk.fail(line, f"{where}.words: {word!r} is already a word of {word_owner[normalise(word)]}")
            word_owner[normalise(word)] = key
        out[key] = Kind(
            key=key,
            pattern=pattern,
            bare=chk.text(body, "bare", where),
            inter=chk.inter(body, where),
            side=chk.choice(body, "side", SIDES, where),
            nouns=tuple(n for n, _ in nouns),
            words=tuple(w for w, _ in words),
        )
    return out


def _groups(chk: Checker, node: LDict, kinds: dict[str, Kind]) -> dict[str, Group]:
    if not isinstance(node, LDict):
        chk.fail(getattr(node, "line", None), "groups: expected a mapping of key -> details")
    out: dict[str, Group] = {}
    for key, body in node.items():
        where = f"groups.{key}"
        body = chk.keys(body, _GROUP_KEYS, where)
        name, generic = chk.text(body, "name", where), chk.text(body, "generic", where)
        if (name is None) == (generic is None):
            chk.fail(body.line, f"{where}: give exactly one of 'name' (a named group) or 'generic' (a kind)")
        if name is not None:
            chk.placeholders(name, set(), body.lines["name"], f"{where}.name")
            for k in ("inter", "side"):
                if k not in body:
                    chk.fail(body.line, f"{where}: missing required key {k!r} for a named group")
        if generic is not None and generic not in kinds:
            chk.fail(body.lines["generic"], f"{where}.generic: unknown kind {generic!r} (one of {sorted(kinds)})")
        name_in = {}
        for c, n in (body.get("name_in") or {}).items():
            name_in[_country(chk, c, body.lines["name_in"], f"{where}.name_in")] = str(n)
        side_in = {}
        for c, sd in (body.get("side_in") or {}).items():
            if sd not in SIDES:
                chk.fail(body.lines["side_in"], f"{where}.side_in: side {sd!r} not in {SIDES}")
            side_in[_country(chk, c, body.lines["side_in"], f"{where}.side_in")] = str(sd)
        start, end = chk.day(body, "valid_from", where), chk.day(body, "valid_to", where)
        if start and end and end < start:
            chk.fail(body.lines["valid_to"], f"{where}: valid_to {end} is before valid_from {start}")
        country = None
        if body.get("country") is not None:
            country = _country(chk, body["country"], body.lines["country"], f"{where}.country")
        aliases = chk.strings(body, "aliases", where)
        out[key] = Group(
            key=key,
            name=name,
            name_in=name_in,
            generic=generic,
            country=country,
            suffix=str(body.get("suffix") or ""),
            aliases=tuple(a for a, _ in aliases),
            alias_lines=tuple(line for _, line in aliases),
            inter=chk.inter(body, where),
            side=chk.choice(body, "side", SIDES, where),
            side_in=side_in,
            only_in=tuple(_country(chk, c, ln, f"{where}.only_in") for c, ln in chk.strings(body, "only_in", where)),
            valid_from=start,
            valid_to=end,
            successor=chk.text(body, "successor", where),
            assoc=tuple(a for a, _ in chk.strings(body, "assoc", where)),
            line=body.line,
        )
    for g in out.values():
        body = node[g.key]
        if g.successor is not None and g.successor not in out:
            chk.fail(body.lines["successor"], f"groups.{g.key}.successor: no group {g.successor!r}")
        for ref, line in chk.strings(body, "assoc", f"groups.{g.key}"):
            kind, _, cname = ref.partition(":")
            ok = ref in out or (kind in kinds and cname and find_country(cname) is not None)
            if not ok:
                chk.fail(line, f"groups.{g.key}.assoc: {ref!r} is neither a group key nor kind:Country")
    return out


def _overlap(a: Group, b: Group) -> bool:
    """True when two entries could both be meant by one alias: same time and same countries."""
    if a.valid_to and b.valid_from and a.valid_to < b.valid_from:
        return False
    if b.valid_to and a.valid_from and b.valid_to < a.valid_from:
        return False
    return not (a.only_in and b.only_in and not set(a.only_in) & set(b.only_in))


def _check_aliases(chk: Checker, kinds: dict[str, Kind], groups: dict[str, Group]) -> None:
    seen: dict[str, list[Group]] = {}
    for kind in kinds.values():
        # generic words are valid everywhere, always: model them as groups without bounds
        pseudo = Group(key=f"generic.{kind.key}", generic=kind.key)
        for w in kind.words:
            seen[match_key(w)] = [pseudo]
    for g in groups.values():
        mine: set[str] = set()
        for alias, line in zip(g.aliases, g.alias_lines):
            key = match_key(alias)
            if key in mine:
                chk.fail(line, f"groups.{g.key}.aliases: {alias!r} is listed twice")
            mine.add(key)
            for other in seen.get(key, []):
                if _overlap(g, other):
                    chk.fail(
                        line,
                        f"groups.{g.key}.aliases: {alias!r} also means {other.key}"
                        + (f" (line {other.line})" if other.line else "")
                        + " at the same time; bound them with valid_from/valid_to or only_in",
                    )
            seen.setdefault(key, []).append(g)
