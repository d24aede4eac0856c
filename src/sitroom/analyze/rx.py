"""First-character guards: the same regex, searched faster.

Python's `re` finds no quick way to skip ahead when a pattern starts with `\\b`, a look-behind or a
case-insensitive letter: its search tries the whole pattern (every alternative of a long word list) at
every character of the text. `guarded` puts a case-sensitive look-ahead in front, `(?=[chars])`, where
`chars` are the ASCII characters a match can start with plus every non-ASCII character; a position whose
character is not among them is given up after one test. The look-ahead is zero-width and lets through
every character a match can start with, so matches (spans, groups, order) are exactly those of the
pattern itself. The guarded pattern is also compiled with those characters as its start set, so that
`re` searches by them in a tight loop (as it does for a pattern that starts with a case-sensitive class)
instead of trying the guard at every character.

The first characters are worked out from the parsed pattern; each piece (a literal, a range, a class
like `\\w`) is tried on the 128 ASCII characters with the pattern's own flags, so case folding is the
one `re` applies (under IGNORECASE, "k" also matches the Kelvin sign: non-ASCII text always passes).
"""
from __future__ import annotations

import re
from re import _constants as C  # noqa: N812 - sre opcodes
from re import _compiler, _parser

import _sre

_ASCII = [chr(code) for code in range(128)]
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_CATEGORY = {
    C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W", C.CATEGORY_DIGIT: r"\d",
    C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s", C.CATEGORY_NOT_SPACE: r"\S",
}
_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def guard_patterns(namespace: dict) -> None:
    """Replace every compiled pattern in a module's namespace (`globals()`) by its `guarded` form."""
    for name, value in list(namespace.items()):
        if isinstance(value, re.Pattern):
            namespace[name] = guarded(value)


def guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` with a first-character look-ahead in front; `pattern` itself when no guard applies (a
    match may be empty or start with any character, the pattern sets global inline flags) or when `re`
    skips ahead on its own (a case-sensitive literal or class comes first)."""
    if not isinstance(pattern.pattern, str) or _INLINE_FLAGS.match(pattern.pattern) \
            or pattern.pattern.startswith(("(?-i:(?=[", "(?=[")):
        return pattern  # (or already guarded)
    flags = pattern.flags & (re.IGNORECASE | re.ASCII | re.VERBOSE | re.MULTILINE | re.DOTALL)
    try:
        parsed = _parser.parse(pattern.pattern, flags)
        chars = first_chars(parsed, flags)
    except (re.error, TypeError, ValueError, IndexError):
        return pattern
    if chars is None or _skips_ahead(parsed, flags) or _LETTERS <= chars:
        return pattern  # (a guard that lets every letter through would only add a test)
    allowed = "".join(re.escape(ch) for ch in sorted(chars)) + "\\x80-\\U0010ffff"
    look = f"(?=[{allowed}])"
    if flags & re.IGNORECASE:
        look = f"(?-i:{look})"
    if _at_boundary(parsed):
        # every alternative starts with \b: tested once here, not once per alternative at each character
        look += r"\b"
    body = pattern.pattern + ("\n" if flags & re.VERBOSE else "")  # a trailing comment must not eat the ")"
    return _skipping(f"{look}(?:{body})", pattern.flags, chars)


def _skipping(source: str, flags: int, chars: set[str]) -> re.Pattern[str]:
    """`re.compile(source, flags)` for a pattern that starts with the guard of `chars` (ASCII characters;
    every non-ASCII one passes too), told that a match can only start at one of those characters. `re`
    then searches by that set the way it does for a pattern that starts with a case-sensitive class: a
    tight loop over the text stops only at the characters in it, instead of trying the pattern (its
    guard first) at every character. The code of the pattern itself is the one `re` compiles; only the
    search's start set is added. Plain `re.compile` where this `re` is not the one this was written for
    (Python 3.11's)."""
    try:
        parsed = _parser.parse(source, flags)
        flags = parsed.state.flags | flags
        # the block that tells the search where a match can start, worked out by `re` from a pattern
        # that starts with the guard's class (and is as long as the real one); written as "not the other
        # ASCII characters", which `re` builds quicker than a range up to the last code point
        other = "".join(re.escape(ch) for ch in _ASCII if ch not in chars)
        start = _parser.parse(f"(?-i:[^{other}])", flags & ~re.VERBOSE)
        start.width = parsed.getwidth()
        code: list[int] = []
        _compiler._compile_info(code, start, flags)
        if not other or len(code) < 6 or code[2] != _compiler.SRE_INFO_CHARSET:
            return re.compile(source, flags)
        _compiler._compile(code, parsed.data, flags)
        code.append(C.SUCCESS)
        indexgroup = [None] * parsed.state.groups
        for name, index in parsed.state.groupdict.items():
            indexgroup[index] = name
        return _sre.compile(source, flags, code, parsed.state.groups - 1, parsed.state.groupdict,
                            tuple(indexgroup))
    except (AttributeError, TypeError, ValueError, IndexError, re.error):
        return re.compile(source, flags)


def _at_boundary(items) -> bool:
    """Whether every match must start with `\\b` (each alternative's first item is one)."""
    if not items:
        return False
    op, av = items[0]
    if op is C.AT:
        return av is C.AT_BOUNDARY
    if op is C.SUBPATTERN:
        return _at_boundary(av[3])
    if op is C.BRANCH:
        return all(_at_boundary(branch) for branch in av[1])
    return False


def _skips_ahead(items, flags: int) -> bool:
    """Whether `re` searches this pattern by its first character already: it starts (inside plain groups)
    with a literal, a class or alternatives that each start with a literal, none of them case-folded."""
    while True:
        if flags & re.IGNORECASE or not items:
            return False
        op, av = items[0]
        if op is C.SUBPATTERN and not av[1] and not av[2]:
            items = av[3]
            continue
        if op is C.BRANCH:
            return all(branch and branch[0][0] is C.LITERAL for branch in av[1])
        return op in (C.LITERAL, C.IN)


def first_chars(items, flags: int) -> set[str] | None:
    """The ASCII characters a match of the parsed `items` can start with; None when it may be empty or
    start with anything this does not read."""
    chars, nullable = _first(items, flags)
    return None if nullable else chars


def _first(items, flags: int) -> tuple[set[str] | None, bool]:
    """(first ASCII characters or None, whether the sequence can match the empty string)."""
    out: set[str] = set()
    for op, av in items:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # zero-width: the first character comes after it
        if op is C.LITERAL:
            return out | _members(re.escape(chr(av)), flags), False
        if op is C.IN:
            got = _in(av, flags)
            return (None if got is None else out | got), False
        if op is C.SUBPATTERN:  # (group, flags added, flags removed, items): "(?-i:...)" scopes its flags
            inner, nullable = _first(av[3], (flags | av[1]) & ~av[2])
        elif op is C.ATOMIC_GROUP:
            inner, nullable = _first(av, flags)
        elif op is C.BRANCH:
            inner, nullable = set(), False
            for branch in av[1]:
                got, empty = _first(branch, flags)
                if got is None:
                    return None, False
                inner |= got
                nullable = nullable or empty
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            inner, nullable = _first(av[2], flags)
            nullable = nullable or av[0] == 0
        else:
            return None, False  # any character, a back-reference, a conditional: no guard
        if inner is None:
            return None, False
        out |= inner
        if not nullable:
            return out, False
    return out, True


def _in(items, flags: int) -> set[str] | None:
    """The ASCII members of a character class."""
    out: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            out |= _members(re.escape(chr(av)), flags)
        elif op is C.RANGE:
            out |= _members(f"[{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}]", flags)
        elif op is C.CATEGORY and av in _CATEGORY:
            out |= _members(_CATEGORY[av], flags)
        else:
            return None  # a negated class and the like: no guard
    return out


def _members(piece: str, flags: int) -> set[str]:
    """The ASCII characters `piece` (one character's worth of regex) matches under `flags`."""
    rx = re.compile(piece, flags & (re.IGNORECASE | re.ASCII))
    return {ch for ch in _ASCII if rx.fullmatch(ch)}
