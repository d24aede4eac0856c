"""The one data model passed from stage to stage.

Every stage takes these dataclasses and returns them; no loose dicts cross module boundaries.
Offsets (`start`, `end`) are always character offsets into `Report.text`.
`to_dict` / `from_dict` give a JSON-safe form that the store keeps and the exports read.
"""
from __future__ import annotations

import dataclasses
import functools
import types
import typing
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

# ACLED's taxonomy: event type -> its sub-event types, spelled as ACLED spells them.
TAXONOMY: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}
SUB_TO_TYPE: dict[str, str] = {sub: et for et, subs in TAXONOMY.items() for sub in subs}
DISORDER: dict[str, str] = {
    "Battles": "Political violence",
    "Violence against civilians": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
STATUSES = ("reported", "claimed", "corroborated", "contested", "denied")
MODALITIES = ("asserted", "claimed", "denied", "hypothetical", "future", "background")


def allied(a: str | None, b: str | None) -> bool:
    """Two actor sides are one camp: the same side, or a foreign force backing it ('foreign-pro-opposition')."""
    if a is None or b is None:
        return False
    return _camp(a) == _camp(b)


def _camp(side: str) -> str:
    return side[len("foreign-pro-"):] if side.startswith("foreign-pro-") else side


class Serializable:
    """Mixin: dataclass <-> JSON-safe dict (dates as ISO strings, nested dataclasses as dicts)."""

    def to_dict(self) -> dict[str, Any]:
        out = {}
        for name in _names(type(self)):
            value = getattr(self, name)
            out[name] = value if type(value) in _PLAIN else _dump(value)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]):
        kwargs = {}
        for name, load in _loaders(cls):
            if name in data:
                value = data[name]
                kwargs[name] = value if value is None or load is None else load(value)
        return cls(**kwargs)


@functools.cache
def _plan(cls) -> tuple[tuple[str, Any], ...]:
    """(field name, resolved type hint) per field; resolving hints is slow, so once per class."""
    hints = typing.get_type_hints(cls)
    return tuple((f.name, hints[f.name]) for f in dataclasses.fields(cls))


@functools.cache
def _loaders(cls) -> tuple[tuple[str, Any], ...]:
    """(field name, the function reading its JSON form, or None when the JSON form is the value) per field."""
    out = []
    for name, hint in _plan(cls):
        load = _loader(hint)
        out.append((name, None if load is _as_is else load))
    return tuple(out)


@functools.cache
def _names(cls) -> tuple[str, ...]:
    return tuple(name for name, _ in _plan(cls))


_PLAIN = frozenset((str, int, float, bool, type(None)))


def _dump(value: Any) -> Any:
    # plain values are passed through by the callers before they get here (the common case, inlined)
    if type(value) in _PLAIN:
        return value
    if isinstance(value, Serializable):
        return value.to_dict()
    if isinstance(value, list):
        return [v if type(v) in _PLAIN else _dump(v) for v in value]
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_dump(v) for v in value]
    if isinstance(value, dict):
        return {k: v if type(v) in _PLAIN else _dump(v) for k, v in value.items()}
    return value


@functools.cache
def _loader(hint: Any):
    """A function turning the JSON form of a value of type `hint` back into that value (built once per type)."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        if len(args) == 1:
            inner = _loader(args[0])
            return _as_is if inner is _as_is else (lambda v: None if v is None else inner(v))
        return _as_is
    if origin in (list, tuple):
        inner = _loader(typing.get_args(hint)[0])
        if inner is _as_is:
            return list
        return lambda v: [None if x is None else inner(x) for x in v]
    if origin is dict:
        return dict
    if isinstance(hint, type):
        if issubclass(hint, Serializable):
            return hint.from_dict
        if hint is datetime:
            return datetime.fromisoformat
        if hint is date:
            return date.fromisoformat
    return _as_is


def _as_is(value: Any) -> Any:
    return value


@dataclass
class Report(Serializable):
    """One document. `id` is a content hash of the text; `external_id` is the id the input gave."""

    id: str
    text: str
    published: datetime  # timezone-aware (UTC)
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    external_id: str | None = None
    origin: str | None = None  # path, "-" (stdin) or feed it came from

    @property
    def ref(self) -> str:
        """The id users know the report by: theirs when they gave one, ours otherwise."""
        return self.external_id or self.id


@dataclass
class Entry(Serializable):
    """A live-blog segment: the original entry, a timestamped update, or a side story."""

    report_id: str
    index: int
    kind: str  # "preamble" | "update" | "original" | "story" | "story-update" | "body"
    label: str  # "UPDATE 1850 GMT", "ORIGINAL ENTRY", a side story's heading, or "" for a plain body
    start: int
    end: int
    time: datetime | None = None  # the entry's own time when the text gives one
    heading: str | None = None  # the side story this entry sits under


@dataclass
class Sentence(Serializable):
    entry_index: int
    index: int
    start: int
    end: int
    text: str
    caption: bool = False  # a line that introduced dropped media (ended in a colon): weak evidence


@dataclass
class Place(Serializable):
    """A gazetteer entry."""

    id: str
    name: str
    latitude: float
    longitude: float
    feature: str  # country|admin1|admin2|city|town|village|neighbourhood|district|field|checkpoint|front|landmark|region
    country: str
    iso2: str
    iso: int | None = None  # ISO 3166-1 numeric
    admin1: str | None = None
    admin2: str | None = None
    population: int = 0
    parent: str | None = None  # id of the containing place (a neighbourhood's city)


@dataclass
class PlaceMention(Serializable):
    """A place name found in text, with the entry it resolved to (None when the resolver abstained)."""

    start: int
    end: int
    text: str
    place: Place | None = None
    score: float = 0.0
    precision: int = 1  # ACLED geo_precision implied by the wording ("near X", "X front" -> 2; a province -> 3)
    qualifier: str | None = None  # "near", "northeast of", "eastern", "between", ...


@dataclass
class ActorRef(Serializable):
    name: str  # canonical ACLED-style name
    mention: str = ""  # the words in the text
    inter: int | None = None
    side: str | None = None  # government | opposition | jihadist | kurdish | foreign-pro-government | ...
    key: str | None = None  # knowledge id
    start: int | None = None
    end: int | None = None


@dataclass
class SourceRef(Serializable):
    name: str
    kind: str  # news outlet | party outlet | state media | monitor | humanitarian | un | government | military | ...
    stance: str  # independent | pro-opposition | pro-government | party:<side> | unknown
    cue: str = ""  # "According to the Eldorar site"
    party: str | None = None  # the conflict side this source belongs to, when it is a party
    start: int | None = None
    end: int | None = None


@dataclass
class Fatalities(Serializable):
    low: int | None = None
    best: int | None = None
    high: int | None = None


@dataclass
class Location(Serializable):
    name: str
    latitude: float
    longitude: float
    geo_precision: int
    country: str
    iso: int | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    gazetteer_id: str | None = None
    mention: str = ""
    start: int | None = None
    end: int | None = None


@dataclass
class Evidence(Serializable):
    report_id: str  # Report.ref
    entry: str  # entry label
    start: int
    end: int
    text: str
    field: str = "sentence"  # sentence | trigger | actor1 | actor2 | location | date | fatalities | source | ...


@dataclass
class Claim(Serializable):
    """One source asserting one event in one report."""

    id: str
    report_id: str  # Report.id (content hash)
    entry_index: int
    event_type: str
    sub_event_type: str
    event_date: date
    time_precision: int = 1
    actor1: ActorRef | None = None
    actor2: ActorRef | None = None
    assoc_actor_1: list[ActorRef] = field(default_factory=list)
    assoc_actor_2: list[ActorRef] = field(default_factory=list)
    location: Location | None = None
    fatalities: Fatalities | None = None  # None = not reported; Fatalities(0,0,0) = reported none
    counts: dict[str, int] = field(default_factory=dict)  # captured, injured, destroyed, arrested, ...
    source: SourceRef | None = None
    modality: str = "asserted"
    hedged: bool = False  # "reportedly", "apparently", "no corroborating evidence"
    polarity: str = "supports"  # "contradicts": the claim says the event did not happen / was reversed
    summary: bool = False  # a summary figure that the text breaks down elsewhere
    evidence: list[Evidence] = field(default_factory=list)
    notes: str = ""
    confidence: float = 0.5
    published: datetime | None = None  # the report's (or entry's) time, to order claims
    flags: list[str] = field(default_factory=list)  # e.g. "uncorroborated:8,000 people"

    def sentence_evidence(self) -> Evidence | None:
        """The evidence of the sentence that tells the claim (None when its evidence has none)."""
        return next((e for e in self.evidence if e.field == "sentence"), None)

    def sentence_text(self) -> str:
        """The text of the sentence that tells the claim ("" when its evidence has none)."""
        sentence = self.sentence_evidence()
        return sentence.text if sentence is not None else ""


@dataclass
class Event(Serializable):
    """The fused view of the claims that describe one incident."""

    id: str
    event_date: date
    time_precision: int
    disorder_type: str
    event_type: str
    sub_event_type: str
    actor1: ActorRef | None = None
    assoc_actor_1: list[ActorRef] = field(default_factory=list)
    actor2: ActorRef | None = None
    assoc_actor_2: list[ActorRef] = field(default_factory=list)
    interaction: int | None = None
    civilian_targeting: str | None = None
    location: Location | None = None
    fatalities: Fatalities | None = None
    counts: dict[str, int] = field(default_factory=dict)
    status: str = "reported"
    sources: list[SourceRef] = field(default_factory=list)
    claim_ids: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    notes: str = ""
    confidence: float = 0.5
    flags: list[str] = field(default_factory=list)

    @property
    def country(self) -> str | None:
        return self.location.country if self.location else None
