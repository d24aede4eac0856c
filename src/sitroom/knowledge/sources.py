"""Sources: who a claim is attributed to — outlets, organisations, officials, generic cues.

Reads `data/sources.yaml` once, lazily, validating it, and answers two questions: what is the
source behind an attribution phrase (`lookup_source`), and which registry sources does a text name
(`find_sources`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from sitroom.knowledge._trie import compile_phrases, normalise
from sitroom.knowledge._yaml import Checker, LDict, load_yaml
from sitroom.knowledge.actor_book import load_book
from sitroom.knowledge.countries import country as find_country
from sitroom.models import SourceRef

DATA = Path(__file__).resolve().parents[1] / "data" / "sources.yaml"
KINDS = ("news agency", "news outlet", "party outlet", "state media", "monitor", "humanitarian", "un",
         "government", "military", "ngo", "journalist", "activists", "local sources", "official", "medical",
         "witnesses")
STANCES = ("independent", "pro-opposition", "pro-government", "party", "unknown")
SCALES = ("local", "national", "regional", "international")
_KEYS = {"name", "aliases", "kind", "stance", "party", "scale", "cue"}


@dataclass(frozen=True)
class Source:
    key: str
    name: str
    kind: str
    stance: dict[str, str]  # country (or "default") -> stance
    party: str | None = None
    scale: str | None = None
    cue: bool = False
    aliases: tuple[str, ...] = ()
    line: int = 0

    def stance_in(self, country: str | None) -> str:
        """Return the stance about a conflict country; "party" becomes "party:<who>"."""
        value = self.stance.get(country or "", self.stance.get("default", "unknown"))
        return f"party:{self.party}" if value == "party" and self.party else value


@dataclass
class _Registry:
    sources: dict[str, Source]
    folded: re.Pattern[str]
    exact: re.Pattern[str]
    by_folded: dict[str, Source] = field(default_factory=dict)
    by_exact: dict[str, Source] = field(default_factory=dict)


def _strict(form: str) -> bool:
    return not any(c.islower() for c in form) and any(c.isupper() for c in form)


def load_sources(path: Path = DATA) -> dict[str, Source]:
    """Return the validated sources of a sources YAML file, by key.

    Raises KnowledgeError(path, line, reason) on unknown keys, a missing name/kind/stance, a kind,
    stance or scale outside the vocabularies, an unknown party, or an alias two sources share.
    """
    chk = Checker(path)
    data = chk.keys(load_yaml(path), {"sources"}, "top level", ("sources",))
    node = data["sources"]
    if not isinstance(node, LDict):
        chk.fail(getattr(node, "line", None), "sources: expected a mapping of key -> details")
    groups = load_book().groups
    out: dict[str, Source] = {}
    owner: dict[str, str] = {}
    for key, body in node.items():
        where = f"sources.{key}"
        body = chk.keys(body, _KEYS, where, ("name", "kind", "stance"))
        stance_node = body["stance"]
        if isinstance(stance_node, LDict):
            stance = {}
            for c, value in stance_node.items():
                place = "default" if c == "default" else (find_country(c).name if find_country(c) else None)
                if place is None:
                    chk.fail(stance_node.lines[c], f"{where}.stance: unknown country {c!r}")
                if value not in STANCES:
                    chk.fail(stance_node.lines[c], f"{where}.stance: {value!r} is not one of {', '.join(STANCES)}")
                stance[place] = value
        else:
            stance = {"default": chk.choice(body, "stance", STANCES, where)}
        party = chk.text(body, "party", where)
        if party is not None and party not in groups and find_country(party) is None:
            chk.fail(body.lines["party"], f"{where}.party: {party!r} is neither an actor group key nor a country")
        if "party" in stance.values() and party is None:
            chk.fail(body.lines["stance"], f"{where}: stance 'party' needs a `party` (actor key or country)")
        aliases = chk.strings(body, "aliases", where)
        for alias, line in aliases:
            k = alias if _strict(alias) else normalise(alias)
            if k in owner and owner[k] != key:
                chk.fail(line, f"{where}.aliases: {alias!r} already names {owner[k]}")
            owner[k] = key
        cue = body.get("cue", False)
        if not isinstance(cue, bool):
            chk.fail(body.lines["cue"], f"{where}.cue: expected true or false, got {cue!r}")
        out[key] = Source(
            key=key,
            name=chk.text(body, "name", where),
            kind=chk.choice(body, "kind", KINDS, where),
            stance=stance,
            party=find_country(party).name if party and party not in groups else party,
            scale=chk.choice(body, "scale", SCALES, where),
            cue=cue,
            aliases=tuple(a for a, _ in aliases),
            line=body.line,
        )
    return out


@lru_cache(maxsize=1)
def _registry() -> _Registry:
    """Return the compiled registry of the shipped sources file (built once)."""
    sources = load_sources()
    by_folded: dict[str, Source] = {}
    by_exact: dict[str, Source] = {}
    for s in sources.values():
        for alias in (*s.aliases, s.name):
            if _strict(alias):
                by_exact.setdefault(alias, s)
            else:
                by_folded.setdefault(normalise(alias), s)
    return _Registry(
        sources=sources,
        folded=compile_phrases(list(by_folded), ignore_case=True),
        exact=compile_phrases(list(by_exact), ignore_case=False),
        by_folded=by_folded,
        by_exact=by_exact,
    )


def _scan(text: str, *, cues: bool) -> list[tuple[int, int, Source]]:
    """Return (start, end, source) for registry mentions, non-overlapping, leftmost-longest."""
    reg = _registry()
    hits = []
    for priority, (pattern, table, fold) in enumerate(
        ((reg.exact, reg.by_exact, False), (reg.folded, reg.by_folded, True))
    ):
        for m in pattern.finditer(text):
            src = table[normalise(m.group(0)) if fold else re.sub(r"\s+", " ", m.group(0))]
            if cues or not src.cue:
                hits.append((m.start(), -m.end(), priority, src))
    hits.sort(key=lambda h: h[:3])
    out, last = [], 0
    for start, neg_end, _, src in hits:
        if start >= last:
            out.append((start, -neg_end, src))
            last = -neg_end
    return out


# "the Kenya Red Cross", "the Palestinian Red Crescent": a country's own society, not the ICRC
NATIONAL_SOCIETY = re.compile(r"\b(?P<country>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+$")
SOCIETY_NAME = re.compile(r"^Red\s+(?:Cross|Crescent)(?:\s+Society)?$", re.IGNORECASE)


def _national_society(text: str, a: int, b: int, src: "Source") -> str | None:
    """The name of a national Red Cross or Red Crescent society when the registry's "Red Cross" is preceded
    by a country's name or adjective ("Kenya Red Cross", "Lebanese Red Cross"), else None."""
    if not SOCIETY_NAME.match(text[a:b]):
        return None
    m = NATIONAL_SOCIETY.search(text[max(0, a - 40):a])
    if m is None:
        return None
    words = m.group("country").split()
    if words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    for k in range(len(words)):
        if find_country(" ".join(words[k:])) is not None:
            return " ".join(words[k:]) + " " + re.sub(r"\s+", " ", text[a:b])
    return None


def find_sources(text: str, *, offset: int = 0) -> list[SourceRef]:
    """Return the named outlets and organisations a text mentions (not generic cues such as
    "residents"), with report offsets (`offset` + index) and `cue` = the words matched."""
    out = []
    for a, b, s in _scan(text, cues=False):
        society = _national_society(text, a, b, s)
        if society is not None:
            out.append(SourceRef(name=society, kind="humanitarian", stance="independent", cue=text[a:b],
                                 start=offset + a, end=offset + b))
            continue
        out.append(SourceRef(name=s.name, kind=s.kind, stance=s.stance_in(None), cue=text[a:b], party=s.party,
                             start=offset + a, end=offset + b))
    return out


# A person introduced by a role: "Journalist Rami Jarrah", "Spokesman Rupert Colville".
_ROLES = {
    "journalist": "journalist", "reporter": "journalist", "correspondent": "journalist", "photographer": "journalist",
    "spokesman": "official", "spokeswoman": "official", "spokesperson": "official", "official": "official",
    "minister": "official", "governor": "official", "mayor": "official", "representative": "official",
    "envoy": "official", "ambassador": "official", "president": "official",
    "commander": "military", "general": "military", "colonel": "military",
    "activist": "activists", "doctor": "medical", "dr.": "medical", "medic": "medical", "nurse": "medical",
    "researcher": "ngo", "analyst": "ngo",
}
_NAME = r"[A-Z][\w'\u2019.-]+(?:\s+(?:al-|el-|bin\s|ibn\s|de\s|van\s)?[A-Z][\w'\u2019-]+){1,3}"
_ROLE_WORDS = "|".join(re.escape(r) for r in sorted(_ROLES, key=len, reverse=True))
# roles match in any case, names only when capitalised: so compile case-sensitively with (?i:) scopes
_ROLE_FIRST = re.compile(
    r"^(?i:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,3}?(?P<role>(?i:" + _ROLE_WORDS + r"))\s+(?P<name>" + _NAME + r")$"
)
_NAME_FIRST = re.compile(
    r"^(?P<name>" + _NAME + r"),?\s+(?i:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?P<role>(?i:" + _ROLE_WORDS + r"))\b"
)
_LEAD = re.compile(r"^(?:according\s+to|reports?\s+from|said|says|told)\s+", re.IGNORECASE)


def lookup_source(phrase: str, *, country: str | None = None) -> SourceRef | None:
    """Return the source an attribution phrase names, or None when it names none.

    "the Eldorar site" -> Eldorar (news outlet, pro-opposition); "Opposition activists" -> activists,
    pro-opposition; "Journalist Rami Jarrah" -> a journalist named Rami Jarrah (stance unknown unless
    listed). A registry source inside the phrase wins; otherwise a capitalised name with a role word
    ("Spokesman Rupert Colville") gives a person source. `country` is the conflict the claim is about:
    it decides the stance of sources whose stance depends on it.
    """
    cue = phrase.strip()
    text = _LEAD.sub("", cue)
    here = find_country(country).name if country and find_country(country) else country
    hits = _scan(text, cues=True)
    if not hits:
        # scraped pages glue words together ("White HelmetsSyrian Civil Defense"): split at the seam
        text = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", text)
        hits = _scan(text, cues=True)
    bare = re.match(r"(?i:the)\s+", text)
    if bare:
        # "the UN refugee agency": "the UN" would hide the longer name that starts inside it
        hits = hits + [(a + bare.end(), b + bare.end(), src) for a, b, src in _scan(text[bare.end():], cues=True)]
    if hits:
        # the longest mention is the most specific ("Opposition activists" over "activists")
        start, end, src = max(hits, key=lambda h: (h[1] - h[0], -h[0]))
        society = _national_society(text, start, end, src)
        if society is not None:
            return SourceRef(name=society, kind="humanitarian", stance="independent", cue=cue)
        return SourceRef(name=src.name, kind=src.kind, stance=src.stance_in(here), cue=cue, party=src.party)
    for pattern in (_ROLE_FIRST, _NAME_FIRST):
        m = pattern.match(text.rstrip(".,;: "))
        if m:
            name = re.sub(r"\s+", " ", m.group("name"))
            if find_country(name) is not None:
                return None  # "Minister of Syria" is not a person
            return SourceRef(name=name, kind=_ROLES[m.group("role").lower()], stance="unknown", cue=cue)
    return None


def source_info(key: str) -> dict:
    """Return a registry source's fields (name, kind, stance by country, party, scale, aliases, cue).
    Raises KeyError for an unknown key."""
    sources = _registry().sources
    if key not in sources:
        raise KeyError(f"unknown source key {key!r} (see data/sources.yaml)")
    s = sources[key]
    return {"key": s.key, "name": s.name, "kind": s.kind, "stance": dict(s.stance), "party": s.party,
            "scale": s.scale, "aliases": list(s.aliases), "cue": s.cue}


def source_by_name(name: str) -> str | None:
    """Return the registry key of a source's canonical name or alias; None when unknown."""
    reg = _registry()
    src = reg.by_exact.get(name.strip()) or reg.by_folded.get(normalise(name))
    return src.key if src else None


def state_media_stance(state: str, country: str | None) -> str:
    """The stance of an unlisted state medium ("state television", "the state news agency NNA") of `state`
    about the conflict in `country`: "party:<state>" when the registry lists a medium of that state as the
    party's own outlet in that conflict (SANA in Syria's war), "pro-government" otherwise — a state's news
    agency relaying a toll is no party to the fighting unless its state runs it as the war's mouthpiece."""
    here = find_country(country).name if country and find_country(country) else country
    for s in _registry().sources.values():
        if s.kind == "state media" and s.party == state and s.stance_in(here).startswith("party"):
            return f"party:{state}"
    return "pro-government"
