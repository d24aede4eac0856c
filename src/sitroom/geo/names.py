"""Place-name normalisation shared by the gazetteer build and runtime lookup.

`normalize` is the lookup key: the gazetteer index and the recogniser must compute it the same way.
`skeleton` is a looser key for Arabic transliterations ("Jaloom" ~ "Jalloum", "Kalaseh" ~ "Kallasa").
`spelling_variants` writes out the rule-based transliteration variants the build script stores.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Arabic definite-article spellings, including sun-letter assimilations (ash-Sham, ad-Dana, ...).
ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ath", "adh", "ed", "er", "es", "ez", "et", "ul"})
_APOSTROPHES = "'’‘`´ʼʻʿʾ"
_DROP = str.maketrans("", "", _APOSTROPHES)
_SPACE = re.compile(r"[\s\-‐‑–—_.,/()]+")


def collapse(folded: str) -> str:
    """Return a folded word without a doubled final vowel ("dumaa" -> "duma"): transliterations double
    a long final vowel at will."""
    if len(folded) > 3 and folded[-1] == folded[-2] and folded[-1] in "aeiou":
        return folded[:-1]
    return folded


def fold_token(token: str) -> str:
    """Return `token` lowercased, without diacritics, apostrophes or a doubled final vowel ("Al-Sha’er"
    parts -> "al", "shaer"; "Dumaa" -> "duma")."""
    if token.isascii():
        return collapse(token.lower().translate(_DROP))
    decomposed = unicodedata.normalize("NFKD", token)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return collapse(stripped.lower().translate(_DROP))


def key_from_tokens(folded: list[str]) -> str:
    """Return the lookup key for already-folded tokens: articles unified, a leading article dropped."""
    parts = ["al" if t in ARTICLES else t for t in folded if t]
    # "al-Bab", "El Bab" and "Bab" are the same name; a bare "Al" is not a name.
    if len(parts) > 1 and parts[0] == "al":
        parts = parts[1:]
    return " ".join(parts)


def normalize(name: str) -> str:
    """Return the lookup key of `name`: case, diacritics, apostrophes, hyphens and the article ignored."""
    return key_from_tokens([fold_token(t) for t in _SPACE.split(name) if t])


_SKELETON_RULES = [
    (re.compile(r"\b(?:sheikh|sheik|shaikh|shaykh|cheikh|shekh)\b"), "shaykh"),
    (re.compile(r"\b(?:kafr|kfar|kufr|kafar|kfr|kafer)\b"), "kafr"),
    (re.compile(r"\b(?:deir|dayr|dair|der)\b"), "dayr"),
    (re.compile(r"\b(?:tal|tall|tel|tell)\b"), "tal"),
    (re.compile(r"(?:ou|oo|u)"), "u"),
    (re.compile(r"(?:ee|ei|ie)"), "i"),
    (re.compile(r"(?:eh|ah|e|a)\b"), "a"),
    (re.compile(r"([a-z])\1+"), r"\1"),
    (re.compile(r"(?<=[a-z])y(?=[aiu])"), "i"),
]


def skeleton(key: str) -> str:
    """Return a looser form of a normalised key that merges common transliteration differences."""
    for pattern, repl in _SKELETON_RULES:
        key = pattern.sub(repl, key)
    return key.replace(" ", "")


_ARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an)[- ]", re.I)
_VARIANT_RULES = [
    (re.compile(r"\b(Sheikh|Shaykh|Sheik|Shaikh)\b"), ("Sheikh", "Shaykh", "Sheik", "Shaikh")),
    (re.compile(r"\b(Kafr|Kfar|Kufr|Kafar)\b"), ("Kafr", "Kfar", "Kufr", "Kafar")),
    (re.compile(r"(eh|ah|a)$"), ("eh", "ah", "a")),
    (re.compile(r"(ou)"), ("ou", "u")),
]


def spelling_variants(name: str, limit: int = 12) -> list[str]:
    """Return rule-made transliteration variants of `name` (itself excluded), at most `limit` of them.

    Rules: article prefix with/without hyphen and dropped; Sheikh/Shaykh/Sheik/Shaikh; Kafr/Kfar/Kufr/Kafar;
    final -eh/-ah/-a; ou/u; a doubled letter written single; apostrophes dropped.
    """
    base = name.translate(_DROP)
    seen = {normalize(name)}  # variants that only differ in case, article or apostrophes add nothing
    out: list[str] = []

    def add(v: str) -> None:
        key = normalize(v)
        if key not in seen and len(out) < limit:
            seen.add(key)
            out.append(v)

    forms = [name, base]
    bare = _ARTICLE_PREFIX.sub("", base)
    if bare != base and bare:
        forms.append(bare[:1].upper() + bare[1:])
        forms.append("al-" + bare[:1].upper() + bare[1:])
        forms.append("Al " + bare[:1].upper() + bare[1:])
    for pattern, options in _VARIANT_RULES:
        for form in list(forms):
            m = pattern.search(form)
            if m:
                for opt in options:
                    forms.append(form[: m.start(1)] + opt + form[m.end(1):])
    for form in list(forms):
        single = re.sub(r"([a-z])\1", r"\1", form)
        forms.append(single)
    for form in forms:
        add(form)
    return out


_DIGRAPHS = (("kh", "k"), ("sh", "s"), ("ch", "s"), ("th", "t"), ("dh", "d"), ("gh", "g"), ("ph", "f"), ("q", "k"))
_VOWELS = re.compile(r"[aeiouyw]")


@lru_cache(maxsize=1 << 16)  # a pure function of a name key: sentences repeat their names' keys
def consonants(key: str) -> str:
    """Return the consonant key of a normalised key: articles and spaces dropped, kh/sh/th/dh/gh/ch/ph
    and q unified, a final h dropped, vowels (with y and w) removed, doubled letters single
    ("maaret al numan" and "maarrat al numan" -> "mrtnmn"; "latamneh" and "lataminah" -> "ltmn")."""
    words = [w for w in key.split() if w not in ARTICLES]
    out = []
    for word in words:
        for a, b in _DIGRAPHS:
            word = word.replace(a, b)
        if len(word) > 2 and word.endswith("h"):
            word = word[:-1]
        out.append(word[0] + _VOWELS.sub("", word[1:]) if word and word[0] in "aeiouyw" else _VOWELS.sub("", word))
    return re.sub(r"(.)\1+", r"\1", "".join(out))
