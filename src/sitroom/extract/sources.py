"""Turn an attribution phrase ("the Eldorar site", "A reliable pro-opposition activist") into a SourceRef."""
from __future__ import annotations

import re

from ..knowledge import sources as source_kb
from ..models import SourceRef

KIND_WORDS = (
    (re.compile(r"\bactivists?\b", re.I), "activists"),
    (re.compile(r"\blocal sources?\b", re.I), "local sources"),
    (re.compile(r"\bmilitary sources?\b|\bsecurity sources?\b", re.I), "military"),
    (re.compile(r"\b(?:website|site|outlet|channel|newspaper|agency|tv|television|radio|daily|paper)\b", re.I),
     "news outlet"),
    (re.compile(r"\b(?:residents?|witness(?:es)?|locals?|survivors?|families)\b", re.I), "witnesses"),
    (re.compile(r"\b(?:journalist|reporter|correspondent|blogger)s?\b", re.I), "journalist"),
    (re.compile(r"\b(?:official|minister|spokes(?:man|woman|person)|governor|commander|general|mayor|president|"
                r"ambassador|envoy|representative|investigators?|prosecutors?|(?:city|town|provincial|regional|"
                r"district) (?:council|administration|authorities)|ministry|police)s?\b", re.I), "official"),
    (re.compile(r"\b(?:medics?|doctors?|hospital|health)\b", re.I), "medical"),
    (re.compile(r"\b(?:report|statement|sources?)\b", re.I), "unnamed"),
)
STANCE_WORDS = (
    (re.compile(r"\bpro-(?:assad|regime|government|kremlin|russian)\b|\bregime\b|\bstate\b", re.I), "pro-government"),
    (re.compile(r"\bpro-opposition\b|\bopposition\b|\brebel\b", re.I), "pro-opposition"),
)
LEADING = re.compile(r"^(?:the|a|an|another|one|other|some|several|two|three|reliable|senior|local)\s+", re.I)
PERSON_KINDS = ("official", "person")
# officials who speak for something other than a state
NON_STATE = re.compile(r"\b(?:UN|U\.N\.|United Nations|rebel|opposition|insurgent|militia|party|NGO|charity|"
                       r"hospital|company|church|tribal|rights)\b", re.I)
ORG_KINDS = ("un", "ngo", "government", "humanitarian", "monitor", "military", "news agency")


def resolve_source(phrase: str, cue: str, start: int | None, end: int | None, current: SourceRef | None,
                   country: str | None) -> SourceRef | None:
    """The registry entry the phrase names, or a described source; None when the phrase is not a source."""
    src = source_kb.lookup_source(phrase, country=country)
    if src is None:
        found = source_kb.find_sources(phrase)
        src = found[0] if found else None
    if src is None:
        src = _armed_group(phrase, country)
    if src is None:
        src = _described(phrase)
    if src is None:
        return None
    if src.kind in PERSON_KINDS and not src.party:
        src = _government_official(phrase, src)
    if src.kind == "official" and not src.party and country and not NON_STATE.search(phrase):
        # "the Prosecutor General", "the governor", "the city council": with no other country named, an
        # official of the country the report is about speaks for its state, a party to the fighting there
        src = SourceRef(name=src.name, kind="government", stance=f"party:{country}", party=country)
    # "Spokesman Rupert Colville said" right after "The UN ...": the person speaks for the organisation
    if src.kind in PERSON_KINDS and current is not None and current.kind in ORG_KINDS:
        src = SourceRef(**{**current.to_dict()})
    src = SourceRef(**{**src.to_dict(), "cue": cue, "start": start, "end": end})
    return src


def _described(phrase: str) -> SourceRef | None:
    kind = None
    for rx, k in KIND_WORDS:
        if rx.search(phrase):
            kind = k
            break
    words = phrase.split()
    capitalised = words and all(w[:1].isupper() for w in words if w.isalpha() and len(w) > 3)
    if kind is None and not capitalised:
        return None
    stance = "unknown"
    for rx, s in STANCE_WORDS:
        if rx.search(phrase):
            stance = s
            break
    name = phrase.strip()
    while LEADING.match(name):
        name = LEADING.sub("", name, count=1)
    if kind == "unnamed":
        name = f"unnamed {name.lower()}"
    elif kind in ("activists", "local sources", "military", "witnesses", "medical"):
        name = name.lower()
    return SourceRef(name=name, kind=kind or "person", stance=stance)


def _armed_group(phrase: str, country: str | None) -> SourceRef | None:
    """'The Islamic State says': the armed group speaks for itself — a party to the conflict."""
    from ..knowledge.actors import find_actors

    for actor in find_actors(phrase, country=country):
        if actor.inter in (1, 2, 3, 4, 8) and len(actor.mention) >= 0.6 * len(phrase.strip()):
            return SourceRef(name=actor.name, kind="armed group", stance=f"party:{actor.key}", party=actor.key)
    return None


def _government_official(phrase: str, src: SourceRef) -> SourceRef:
    """'Russia's Foreign Minister Sergei Lavrov': an official speaks for a government, a party to the conflict."""
    from ..knowledge.countries import country

    if not re.search(r"\b(?:minister|president|spokes\w+|ministry|government|ambassador|envoy|general|"
                     r"commander|governor|official)s?\b", phrase, re.I):
        return src
    for word in re.findall(r"[A-Z][\w-]+", phrase):
        found = country(word.replace("’s", "").replace("'s", ""))
        if found is not None and found.iso2 != "IS":
            return SourceRef(name=f"Government of {found.name}", kind="government", stance=f"party:{found.name}",
                             party=found.name)
    return src
