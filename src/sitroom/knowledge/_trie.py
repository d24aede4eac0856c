"""Compile many phrases into one regular expression shaped like a trie, for fast longest-match scans.

Python's `re` tries alternatives one by one; a trie-shaped pattern shares prefixes so a scan costs
roughly one step per character whatever the number of phrases.
"""
from __future__ import annotations

import re

# How a character of a phrase may appear in text: any run of spaces/newlines for a space, either
# apostrophe, any hyphen or dash.
_CHAR = {" ": r"\s+", "'": "['\u2019]", "-": "[-\u2010\u2011]"}


def normalise(text: str) -> str:
    """Return the lookup key of a phrase or matched text: lower case, one space, plain apostrophe."""
    text = text.replace("\u2019", "'").replace("\u2010", "-").replace("\u2011", "-")
    return re.sub(r"\s+", " ", text.strip()).lower()


def trie_pattern(phrases: list[str]) -> str:
    """Return a regex source matching any of `phrases` (already normalised), preferring the longest."""
    root: dict = {}
    for phrase in phrases:
        node = root
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _render(root) if root else "(?!)"


def _render(node: dict) -> str:
    end = "" in node
    branches = [_CHAR.get(ch) or re.escape(ch) for ch in sorted(k for k in node if k)]
    parts = [b + _render(node[ch]) for b, ch in zip(branches, sorted(k for k in node if k))]
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    if end:
        # greedy optional: try the longer phrase first, fall back to the shorter one
        return f"(?:{body})?"
    return body


def compile_phrases(phrases: list[str], *, ignore_case: bool) -> re.Pattern[str]:
    """Return a compiled pattern matching whole-word occurrences of any of `phrases`."""
    flags = re.IGNORECASE if ignore_case else 0
    return re.compile(r"(?<!\w)(?:" + trie_pattern(phrases) + r")(?!\w)", flags)
