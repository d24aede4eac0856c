"""The trigger lexicon (`data/triggers.yaml`): loaded once, validated, compiled to one regex per group."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from ..errors import KnowledgeError
from ..models import SUB_TO_TYPE

ROLES = {
    "weapon", "bombing", "clash", "gain", "loss", "kill", "execute", "injure", "capture", "abduct", "sexual",
    "arrest", "protest", "protest_force", "protest_intervention", "riot", "mob", "agreement", "agreement_verb",
    "disrupt", "hq", "loot", "destroy", "transfer", "group_change", "anaphor",
}
GROUP_KEYS = {"role", "sub_event_type", "patterns"}


@dataclass(frozen=True)
class Cue:
    """A trigger word found in a sentence; offsets are relative to the sentence text."""

    group: str
    role: str
    sub_event_type: str | None
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Group:
    name: str
    role: str
    sub_event_type: str | None
    regex: re.Pattern[str]
    patterns: tuple[str, ...] = ()  # in the order `regex` tries them (longest first)


# libyaml's safe loader when PyYAML has it (ten times faster to load), else PyYAML's own.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def default_path() -> Path:
    return Path(str(resources.files("sitroom") / "data" / "triggers.yaml"))


def load_groups(path: Path | None = None) -> list[Group]:
    """Read and validate a trigger file; raises KnowledgeError naming the file, line and key."""
    path = path or default_path()
    text = path.read_text(encoding="utf-8")
    try:
        root = yaml.compose(text, Loader=_LOADER)
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        raise KnowledgeError(str(path), line + 1 if line is not None else None, f"not valid YAML: {exc}") from exc
    data = yaml.load(text, Loader=_LOADER)
    if not isinstance(data, dict) or not isinstance(data.get("groups"), dict):
        raise KnowledgeError(str(path), 1, "expected a mapping with a 'groups' key")
    lines = _line_numbers(root)
    groups: list[Group] = []
    for name, spec in data["groups"].items():
        line = lines.get((name,))

        def at(*key):  # the line of a key (or list item) inside this group, else the group's own line
            return lines.get((name, *key), line)

        if not isinstance(spec, dict):
            raise KnowledgeError(str(path), line, f"group '{name}' must be a mapping")
        unknown = sorted(set(spec) - GROUP_KEYS)
        if unknown:
            raise KnowledgeError(str(path), at(unknown[0]), f"group '{name}': unknown key(s) {unknown}")
        role = spec.get("role")
        if role not in ROLES:
            raise KnowledgeError(str(path), at("role"),
                                 f"group '{name}': role '{role}' is not one of {sorted(ROLES)}")
        sub = spec.get("sub_event_type")
        if sub is not None and sub not in SUB_TO_TYPE:
            raise KnowledgeError(str(path), at("sub_event_type"),
                                 f"group '{name}': '{sub}' is not an ACLED sub-event type")
        patterns = spec.get("patterns")
        if not patterns or not all(isinstance(p, str) and p.strip() for p in patterns):
            raise KnowledgeError(str(path), at("patterns"),
                                 f"group '{name}': 'patterns' must be a non-empty list of strings")
        for i, pattern in enumerate(patterns):
            try:
                re.compile(pattern)
            except re.error as exc:
                raise KnowledgeError(str(path), at("patterns", i),
                                     f"group '{name}': bad pattern {pattern!r}: {exc}") from exc
        # longest alternatives first so "suicide car bomb" wins over "car bomb" at the same position
        ordered = tuple(sorted(patterns, key=len, reverse=True))
        alternation = "|".join(f"(?:{p})" for p in ordered)
        regex = re.compile(rf"(?<![\w-])(?:{alternation})(?![\w])", re.IGNORECASE)
        groups.append(Group(name, role, sub, regex, ordered))
    return groups


def _line_numbers(root) -> dict[tuple, int]:
    """1-based lines: (group,) -> its key, (group, key) -> a key inside it, (group, "patterns", i) -> a pattern."""
    out: dict[tuple, int] = {}
    if root is None:
        return out
    for key, value in getattr(root, "value", []):
        if getattr(key, "value", None) != "groups" or not isinstance(value, yaml.MappingNode):
            continue
        for gkey, gnode in value.value:
            out[(gkey.value,)] = gkey.start_mark.line + 1
            if not isinstance(gnode, yaml.MappingNode):
                continue
            for k, v in gnode.value:
                out[(gkey.value, k.value)] = k.start_mark.line + 1
                if isinstance(v, yaml.SequenceNode):
                    for i, item in enumerate(v.value):
                        out[(gkey.value, k.value, i)] = item.start_mark.line + 1
    return out


@lru_cache(maxsize=1)
def groups() -> tuple[Group, ...]:
    return tuple(load_groups())


def _dispatching(patterns: list[str]) -> re.Pattern[str]:
    """The regex `(?<![\\w-])(?:p1|p2|...)(?![\\w])` (case-insensitive), rebuilt to be tried faster.

    Python's `re` tries every alternative at every word start. Here each pattern's possible first
    characters are worked out from its parse, and the alternation becomes one branch per first
    character, guarded by a case-sensitive look-ahead for that character and holding only the patterns
    that can begin with it, in their original order. At any position one guard at most passes, so the
    matches are the same: a pattern left out of that branch cannot match there, and ordered choice
    among the rest is unchanged. Patterns whose first character cannot be pinned down go in every
    branch; a non-ASCII character (whose case folding is not worked out here) gets the full alternation.
    """
    firsts = [_first_chars(p) for p in patterns]
    by_alts: dict[tuple[int, ...], list[str]] = {}
    for code in range(128):
        ch = chr(code)
        alts = tuple(i for i, first in enumerate(firsts) if first is None or ch in first)
        if alts:
            by_alts.setdefault(alts, []).append(ch)
    leaves = [(chars, "(?:" + "|".join(f"(?:{patterns[i]})" for i in alts) + ")") for alts, chars in by_alts.items()]
    branches = [_guard_tree(leaves)] if leaves else []
    branches.append(r"(?-i:(?=[^\x00-\x7f]))(?:" + "|".join(f"(?:{p})" for p in patterns) + ")")
    return re.compile(r"(?<![\w-])(?:" + "|".join(branches) + r")(?![\w])", re.IGNORECASE)


def _guard_tree(leaves: list[tuple[list[str], str]]) -> str:
    """The guarded branches as a balanced tree of look-aheads: halves of the branch list are guarded
    by the union of their characters, so a word start tries a few guards instead of every branch's.
    The leaves' character sets are disjoint, so at most one leaf is reachable and the matches do not change."""
    if len(leaves) == 1:
        chars, body = leaves[0]
        return "(?-i:(?=[" + "".join(re.escape(ch) for ch in chars) + "]))" + body
    mid = len(leaves) // 2
    parts = []
    for half in (leaves[:mid], leaves[mid:]):
        if len(half) == 1:
            parts.append(_guard_tree(half))
        else:
            chars = [ch for cs, _ in half for ch in cs]
            parts.append("(?-i:(?=[" + "".join(re.escape(ch) for ch in chars) + "]))(?:" + _guard_tree(half) + ")")
    return "|".join(parts)


_CATEGORY_RX = {
    re._constants.CATEGORY_WORD: re.compile(r"\w"),
    re._constants.CATEGORY_DIGIT: re.compile(r"\d"),
    re._constants.CATEGORY_SPACE: re.compile(r"\s"),
}


def _first_chars(pattern: str) -> frozenset[str] | None:
    """The ASCII characters (both cases) a match of `pattern` can start with; None when any may."""
    try:
        chars, nullable = _first(re._parser.parse(pattern, re.IGNORECASE))
    except (re.error, TypeError, ValueError, AttributeError):
        return None
    if nullable or chars is None:
        return None
    if any(not ch.isascii() for ch in chars):
        return None  # a non-ASCII letter may fold to an ASCII one ("K" Kelvin sign and "k")
    return frozenset(c for ch in chars for c in (ch, ch.lower(), ch.upper()) if c.isascii())


def _first(items) -> tuple[set[str] | None, bool]:
    """(first characters or None for any, whether the sequence can match empty) of parsed items."""
    c = re._constants
    out: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            return out | {chr(av)}, False
        if op is c.IN:
            chars = _charset(av)
            return (None if chars is None else out | chars), False
        if op is c.SUBPATTERN:
            inner, nullable = _first(av[-1])
        elif op is c.BRANCH:
            inner, nullable = set(), False
            for branch in av[1]:
                got, empty = _first(branch)
                if got is None:
                    return None, False
                inner |= got
                nullable = nullable or empty
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            inner, nullable = _first(av[2])
            nullable = nullable or av[0] == 0
        elif op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero-width: the first character comes after it
        else:
            return None, False
        if inner is None:
            return None, False
        out |= inner
        if not nullable:
            return out, False
    return out, True


def _charset(items) -> set[str] | None:
    c = re._constants
    out: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            out.add(chr(av))
        elif op is c.RANGE and av[1] - av[0] < 1024:
            out.update(chr(i) for i in range(av[0], av[1] + 1))
        elif op is c.CATEGORY and av in _CATEGORY_RX:
            # ASCII members only: a non-ASCII text character always gets the full alternation
            out.update(ch for ch in map(chr, range(128)) if _CATEGORY_RX[av].match(ch))
        else:
            return None
    return out


@lru_cache(maxsize=1)
def _scanner() -> tuple[re.Pattern[str], tuple[tuple[Group, re.Pattern[str]], ...]]:
    """One scan over every group's patterns (one pass per sentence), plus each group's exact-span test."""
    gs = tuple(g for g in groups() if g.role not in PHRASE_ROLES)
    inner = [g.regex.pattern[len("(?<![\\w-])(?:"): -len(")(?![\\w])")] for g in gs]
    # one alternative per pattern (group order, then each group's own order), as the groups' union tries them
    union = _dispatching([p for g in gs for p in g.patterns])
    exact = tuple((g, re.compile(f"(?:{p})", re.IGNORECASE)) for g, p in zip(gs, inner))
    return union, exact


@lru_cache(maxsize=1 << 14)
def _span_groups(span: str) -> tuple[Group, ...]:
    """The groups whose own pattern matches all of `span`, in group order (a pure function of the
    words: the same trigger words recur from sentence to sentence)."""
    return tuple(group for group, rx in _scanner()[1] if rx.fullmatch(span))


def find_cues(text: str) -> list[Cue]:
    """Every trigger match in `text`, ordered by position (a span can belong to several groups)."""
    union = _scanner()[0]
    cues: list[Cue] = []
    for m in union.finditer(text):
        span = m.group(0)
        for group in _span_groups(span):
            cues.append(Cue(group.name, group.role, group.sub_event_type, m.start(), m.end(), span))
    phrase_any, phrase_groups = _phrase_groups()
    # no phrase group matches before the first place where any phrase matches (or at all, without one)
    first = phrase_any.search(text)
    if first is not None:
        for group, regex in phrase_groups:
            for m in regex.finditer(text, first.start()):
                cues.append(Cue(group.name, group.role, group.sub_event_type, m.start(), m.end(), m.group(0)))
    if " to death" in text:
        cues = [_manner_verb(c) for c in cues]
    cues.sort(key=lambda c: (c.start, -(c.end - c.start), c.group))
    if "heard" in text or "sound" in text or "wok" in text:
        cues = [c for c in cues if not _only_heard(text, c)]
    if "report" in text:
        cues = [c for c in cues if not _only_reported(text, c, cues)]
    return cues


# "hacked 18 people to death", "beat a factory manager to death": the killing is the verb, and the victims between
# it and "to death" are counted as after any killing verb ("killed 18 people")
_MANNER_DEATH = re.compile(r"^([\w-]+) .+ to death$", re.IGNORECASE)


def _manner_verb(cue: Cue) -> Cue:
    m = _MANNER_DEATH.match(cue.text) if cue.role == "kill" else None
    if m is None:
        return cue
    return Cue(cue.group, cue.role, cue.sub_event_type, cue.start, cue.start + m.end(1), m.group(1))


# "Explosions were heard across the city", "residents heard loud blasts", "the sound of explosions": a
# blast that was only heard names no weapon, actor, target or damage — no explosion event of its own
# (a bomb, a shell or a strike named in the sentence is still found by its own cue)
_HEARD_AFTER = re.compile(r"(?:\s+and\s+(?:[\w-]+\s+){0,3}?[\w-]+)?\s+(?:were|was|could be|can be|had been|have been|"
                          r"are|is|being)\s+(?:\w+\s+)?heard\b", re.IGNORECASE)
# ("residents were woken by gunfire and explosions": what woke them was heard, as "heard" is)
_HEARD_BEFORE = re.compile(r"(?:\b(?:heard|hear|hearing|woken\s+(?:up\s+)?by|woke\s+(?:up\s+)?to|awoken\s+by)\s+(?:[\w-]+\s+){0,4}|"
                           r"\bsounds?\s+of\s+(?:[\w-]+\s+){0,2}(?:and\s+(?:[\w-]+\s+){0,2})?)$",
                           re.IGNORECASE)
# "Residents report several explosions.", "heavy gunfire and at least one explosion are reported": a blast only
# reported, bare or as one of the sounds of a shoot-out, with no one hurt and nothing destroyed in the sentence, is
# what was heard of a fight (not "witnesses report an explosion followed by gunfire at the hotel", a moment of its own)
_REPORTED_AFTER = re.compile(r"\s+(?:were|was|are|is|have been|has been|had been)\s+(?:also\s+|now\s+)?reported\b",
                             re.IGNORECASE)
_WITH_GUNFIRE = re.compile(r"\b(?:gunfire|gunshots|shooting|shots)\s+and\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_REPORTED_BEFORE = re.compile(r"\b(?:report|reports|reported|reporting)\s+(?:hearing\s+)?(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_BARE_END = re.compile(r"\s*(?:[.;]|,\s+(?:but|and)\b|$)")
_HARM_ROLES = ("kill", "injure", "destroy", "execute")


def _only_heard(text: str, cue: Cue) -> bool:
    if cue.group != "blast":
        return False
    return bool(_HEARD_AFTER.match(text, cue.end) or _HEARD_BEFORE.search(text[max(0, cue.start - 60):cue.start]))


def _only_reported(text: str, cue: Cue, cues: list[Cue]) -> bool:
    if cue.group != "blast" or any(c.role in _HARM_ROLES for c in cues):
        return False
    before = text[max(0, cue.start - 40):cue.start]
    return bool((_REPORTED_AFTER.match(text, cue.end) and _WITH_GUNFIRE.search(before))
                or (_REPORTED_BEFORE.search(before) and _BARE_END.match(text, cue.end)))


# Roles whose patterns are phrases built around words other groups also claim ("seized seven rifles" holds
# the territorial "seized"; "set up an observation post" holds "set up"): scanned on their own, so that a
# phrase and the single words inside it are both found.
PHRASE_ROLES = {"abduct", "disrupt", "hq", "transfer", "group_change", "loot", "protest_force", "protest_intervention", "riot", "mob"}


@lru_cache(maxsize=1)
def _phrase_groups() -> tuple[re.Pattern[str], tuple[tuple[Group, re.Pattern[str]], ...]]:
    """Every phrase pattern in one regex (where the first phrase match starts), and each group's own,
    rebuilt by `_dispatching` too (the same matches as `group.regex`: the plain alternation, tried at
    every word start of the rest of a sentence where some phrase matches, cost as much as the scan
    of every sentence for the single-word cues)."""
    phrase = [g for g in groups() if g.role in PHRASE_ROLES]
    return (_dispatching([p for g in phrase for p in g.patterns]),
            tuple((g, _dispatching(list(g.patterns))) for g in phrase))
