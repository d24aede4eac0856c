"""Claims -> events: the claims that describe one incident become one event, with a status.

Pure and deterministic: the same claims (in any order) give the same events, ids and order.
Rules (PRODUCT.md, CODING-RULES.md):
- one incident = same sub-event type (territory sub-types count as one), same place, same day (a
  territory change may be reported a day late), actors that do not conflict;
- fields: the most precise place, the earliest most precise date, the most complete actor pair,
  fatalities from the most conservative credible figure with the range of all figures;
- status: `contested` when a claim contradicts or denies it, `corroborated` when two independent named
  sources report it, `claimed` when every source is a party to the conflict, `reported` otherwise;
- summary claims (a figure the text breaks down elsewhere) make no event of their own.
"""
from __future__ import annotations

import hashlib
import re
from datetime import date, datetime, timedelta, timezone

from .models import DISORDER, ActorRef, allied, Claim, Event, Evidence, Fatalities, SourceRef
from .recent import Recent

TERRITORY = {"Government regains territory", "Non-state actor overtakes territory"}
PARTY_KINDS = {"party outlet", "military", "state media", "government", "armed group"}
UNNAMED = {"unattributed", ""}
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def fuse(claims: list[Claim]) -> list[Event]:
    """Events for these claims, ordered by event_date then id."""
    _EVENTS.rotate()
    ordered = sorted((c for c in claims if not c.summary), key=_order)
    clusters: list[list[Claim]] = []
    # A claim joins the first earlier cluster of its own family that admits it; clusters of other
    # families never do, so each family keeps its own list, in creation order.
    by_family: dict[str, list[_Cluster]] = {}
    # and, by (family, day), the clusters with a member on that day: a claim of a plain date can only
    # join a cluster with a member on its day (a territory change: the day before or after too)
    by_day: dict[tuple[str, date], list[_Cluster]] = {}
    for claim in [c for c in ordered if c.polarity == "supports"]:
        family = _family(claim.sub_event_type)
        day = claim.event_date
        if type(day) is date:
            if claim.sub_event_type in TERRITORY:
                near = [c for d in (day - _ONE_DAY, day, day + _ONE_DAY) for c in by_day.get((family, d), ())]
                near.sort(key=lambda c: c.seq)
            else:
                near = by_day.get((family, day), ())
        else:
            near = by_family.get(family, ())
        for cluster in near:
            if cluster.admits(claim):
                cluster.add(claim)
                break
        else:
            cluster = _Cluster(claim)
            cluster.seq = len(clusters)
            by_family.setdefault(family, []).append(cluster)
            clusters.append(cluster.claims)
        if day not in cluster.indexed:
            cluster.indexed.add(day)
            found = by_day.setdefault((family, day), [])
            found.append(cluster)
            if len(found) > 1 and found[-2].seq > cluster.seq:
                found.sort(key=lambda c: c.seq)  # kept in creation order: the first cluster that admits wins
    clusters = _fold_riot_looting(clusters)
    for claim in [c for c in ordered if c.polarity != "supports"]:
        for cluster in clusters:
            if _contradicts(cluster, claim):
                cluster.append(claim)
                break
    events = [_cached_event(cluster) for cluster in clusters]
    seen: dict[str, int] = {}
    for e in events:  # two incidents can never share an id
        if e.id in seen:
            seen[e.id] += 1
            e.id = hashlib.sha1(f"{e.id}|{seen[e.id]}".encode()).hexdigest()[:16]
        else:
            seen[e.id] = 0
    return sorted(events, key=lambda e: (e.event_date, e.id))


LOOTING = "Looting/property destruction"
RIOT_SUBS = ("Violent demonstration", "Mob violence")
ARMED_INTERS = (1, 2, 3, 4, 8)


def _fold_riot_looting(clusters: list[list[Claim]]) -> list[list[Claim]]:
    """Looting and burning by a crowd that rioted there that day is part of the riot (ACLED codes the
    looting a riot does as the riot): such a looting cluster joins the riot's. Looting by an armed
    force, or with no riot at its place and day, stays an event of its own."""
    riots = [c for c in clusters if any(m.polarity == "supports" and m.sub_event_type in RIOT_SUBS for m in c)]
    if not riots:
        return clusters
    out: list[list[Claim]] = []
    for cluster in clusters:
        host = None
        # an armed actor named as the looter keeps it apart; one only carried over from the sentence
        # before ("... at riot police. Dozens of stores were looted.") does not
        if all(m.sub_event_type == LOOTING for m in cluster) and not any(
                a is not None and a.inter in ARMED_INTERS and a.start is not None
                for m in cluster for a in (m.actor1, m.actor2)):
            host = next((r for r in riots if any(m.event_date == n.event_date and _same_place(m, n)
                                                 and m.sub_event_type in RIOT_SUBS for m in r for n in cluster)),
                        None)
        if host is None:
            out.append(cluster)
        else:
            host.extend(cluster)
    return out


def _order(c: Claim):
    published = c.published or _EPOCH
    if published.tzinfo is None:
        published = published.replace(tzinfo=timezone.utc)
    start = min((e.start for e in c.evidence if e.field == "sentence"), default=0)
    return (published, c.report_id, start, c.id)


def _family(sub: str) -> str:
    if sub in DEMONSTRATION:
        return "demonstration"
    return "territory" if sub in TERRITORY else sub


# ACLED codes one demonstration per place and day: a march that the police broke up, or that turned
# violent, is that one event, coded by what it became (most severe last)
DEMONSTRATION = ("Peaceful protest", "Protest with intervention", "Excessive force against protesters",
                 "Violent demonstration")


def _sides(claims: list[Claim]) -> set[str]:
    out: set[str] = set()
    for c in claims:
        for a in (c.actor1, c.actor2):
            if a is not None and a.side:
                out.add(a.side)
    return out


def _same_place(a: Claim, b: Claim) -> bool:
    if a.location is None or b.location is None:
        return a.report_id == b.report_id and a.entry_index == b.entry_index
    if a.location.gazetteer_id and a.location.gazetteer_id == b.location.gazetteer_id:
        return True
    return a.location.name == b.location.name and a.location.country == b.location.country


_ONE_DAY = timedelta(days=1)
_DENIAL_LAG = timedelta(days=3)


class _Cluster:
    """A growing cluster of claims of one family (territory sub-types count as one).

    A claim is the same incident as the cluster when some member has its day (a territory change:
    within a day), some member is at its place (`_same_place`), and their actor sides do not conflict
    (either has none, or they share one). What those tests ask is kept in sets, so admitting a claim
    costs a few lookups instead of a pass over every member.
    """

    __slots__ = ("claims", "dates", "entries", "unlocated", "gids", "names", "sides", "seq", "indexed")

    def __init__(self, claim: Claim):
        self.claims: list[Claim] = []
        self.dates: set = set()
        self.entries: set[tuple[str, int]] = set()  # (report, entry) of every member
        self.unlocated: set[tuple[str, int]] = set()  # (report, entry) of members with no place
        self.gids: set[str] = set()
        self.names: set[tuple[str, str]] = set()
        self.sides: set[str] = set()
        self.seq = 0  # creation order in `fuse`
        self.indexed: set = set()  # days under which `fuse` lists it
        self.add(claim)

    def add(self, claim: Claim) -> None:
        self.claims.append(claim)
        self.dates.add(claim.event_date)
        entry = (claim.report_id, claim.entry_index)
        self.entries.add(entry)
        loc = claim.location
        if loc is None:
            self.unlocated.add(entry)
        else:
            if loc.gazetteer_id:
                self.gids.add(loc.gazetteer_id)
            self.names.add((loc.name, loc.country))
        self.sides |= _sides([claim])

    def admits(self, claim: Claim) -> bool:
        """True when `claim` (of the cluster's family) is the same incident as the cluster."""
        day = claim.event_date
        if day not in self.dates:
            if claim.sub_event_type not in TERRITORY:
                return False
            if type(day) is date:
                if day - _ONE_DAY not in self.dates and day + _ONE_DAY not in self.dates:
                    return False
            elif not any(abs(d - day) <= _ONE_DAY for d in self.dates):
                return False
        entry = (claim.report_id, claim.entry_index)
        loc = claim.location
        if loc is None:
            if entry not in self.entries:
                return False
        elif not (entry in self.unlocated or (loc.gazetteer_id and loc.gazetteer_id in self.gids)
                  or (loc.name, loc.country) in self.names):
            return False
        mine = _sides([claim])
        return not mine or not self.sides or bool(mine & self.sides)


def _contradicts(cluster: list[Claim], claim: Claim) -> bool:
    """A retreat contradicts an advance only when the side said to advance is the one pulling back
    ("the rebels had to pull back"); the other side retreating ("ISIS fighters pulled back") agrees with it."""
    head = cluster[0]
    if not any(_same_place(c, claim) for c in cluster):
        return False
    # the days the cluster's claims give it (a territory change may span two: a lede's "on Sunday" and the
    # body's "on Saturday"); a denial of any of them is a denial of the event
    days = {c.event_date for c in cluster if c.polarity == "supports"}
    if claim.event_date not in days:
        # "The army described reports that its soldiers had shot protesters as fake news": a denial that
        # gives no day of its own answers the event already told, a few days before it at most
        dated = any(e.field == "date" for e in claim.evidence)
        if dated or not any(timedelta(0) < claim.event_date - d <= _DENIAL_LAG for d in days):
            return False
    if claim.modality == "denied" or head.event_type != "Battles":
        # "the ministry denied that its forces carried out the strike", "... as fake news"
        return _family(head.sub_event_type) == _family(claim.sub_event_type)
    retreating = claim.actor1.side if claim.actor1 else None
    advancing = {c.actor1.side for c in cluster if c.actor1 is not None and c.polarity == "supports"}
    return retreating is None or not advancing or any(allied(retreating, a) for a in advancing)


def _is_party(source: SourceRef | None) -> bool:
    if source is None:
        return False
    return source.kind in PARTY_KINDS or source.stance == "party" or bool(source.party)


def _voice(source: SourceRef) -> str:
    """Who stands behind a source, to tell independent sources apart: the report's own voice and its
    unnamed reporters ("journalists at the scene") are one; "a local official" and "local officials" are one."""
    if (source.kind == "news outlet" and not source.cue) or (source.kind == "journalist" and source.name[:1].islower()):
        return "\0outlet"
    return re.sub(r"s\b", "", source.name.lower())


def status_of(claims: list[Claim]) -> str:
    supports = [c for c in claims if c.polarity == "supports" and c.modality != "denied"]
    # the others (not `c not in supports`: list membership compares whole claims, quadratic in a big event)
    against = [c for c in claims if not (c.polarity == "supports" and c.modality != "denied")]
    if against:
        return "contested" if supports else "denied"
    named: dict[str, SourceRef] = {}
    told: set[tuple] = set()  # (report, update) in which a named voice has told the event
    for c in sorted(supports, key=_order):
        if c.source is None or c.source.name in UNNAMED:
            continue
        voice = _voice(c.source)
        if voice == "\0outlet" and (c.report_id, c.published) in told:
            # "- Police fired on the crowd, witnesses said. - Later, officers fired again.": an unattributed
            # sentence after a named account of the event carries that account on; the outlet's own voice
            # backs a named source only when it tells the event first (or in a later update of the report)
            continue
        if voice != "\0outlet":
            told.add((c.report_id, c.published))
        named.setdefault(voice, c.source)
    if not named:
        return "reported"
    parties = [s for s in named.values() if _is_party(s)]
    if len(named) >= 2:
        party_sides = {s.party or s.name for s in parties}
        if len(parties) < len(named) or len(party_sides) >= 2:
            return "corroborated"
        return "claimed"
    return "claimed" if parties else "reported"


# An event is a function of its cluster, and the store re-fuses the same stored claims (the same
# objects, from its claim cache) whenever a report lands near them: the event of a cluster is kept
# per cluster of claim objects (the entry holds the claims, so their ids stay theirs) and handed out
# as a copy, so that callers may change what they get. Claims are not changed once fused.
# Each call to fuse is a round (see Recent): events of clusters not seen again are let go.
_EVENTS: Recent[tuple[tuple[Claim, ...], Event]] = Recent()


def _cached_event(cluster: list[Claim]) -> Event:
    key = tuple(map(id, cluster))
    cached = _EVENTS.get(key)
    if cached is None:
        cached = (tuple(cluster), _event(cluster))
        _EVENTS.put(key, cached)
    return _copy(cached[1])


def _copy(event: Event) -> Event:
    """A copy of an event with its own lists, counts and fatalities (the other parts are the claims')."""
    out = object.__new__(Event)
    fields = dict(event.__dict__)
    for name in ("assoc_actor_1", "assoc_actor_2", "sources", "claim_ids", "evidence", "flags"):
        fields[name] = list(fields[name])
    fields["counts"] = dict(fields["counts"])
    if event.fatalities is not None:
        fields["fatalities"] = Fatalities(event.fatalities.low, event.fatalities.best, event.fatalities.high)
    out.__dict__.update(fields)
    return out


def _event(cluster: list[Claim]) -> Event:
    supports = [c for c in cluster if c.polarity == "supports"] or cluster
    anchor = supports[0]
    located = [c for c in supports if c.location is not None]
    place_claim = min(located, key=lambda c: (c.location.geo_precision, _order(c))) if located else anchor
    best_tp = min(c.time_precision for c in supports)
    event_date = min(c.event_date for c in supports if c.time_precision == best_tp)
    actor_claim = max(supports, key=lambda c: (c.actor1 is not None) + (c.actor2 is not None))
    actor1, actor2 = actor_claim.actor1, actor_claim.actor2
    assoc1 = _union([a for c in supports for a in c.assoc_actor_1], exclude=actor1)
    assoc2 = _union([a for c in supports for a in c.assoc_actor_2], exclude=actor2)
    sub = anchor.sub_event_type
    if sub in TERRITORY:  # the claim that names the taker decides regains vs overtakes
        sub = actor_claim.sub_event_type
    event_type = actor_claim.event_type if sub == actor_claim.sub_event_type else anchor.event_type
    if sub in DEMONSTRATION:
        worst = max(supports, key=lambda c: DEMONSTRATION.index(c.sub_event_type)
                    if c.sub_event_type in DEMONSTRATION else -1)
        sub, event_type = worst.sub_event_type, worst.event_type
    counts: dict[str, int] = {}
    for c in supports:
        for k, v in c.counts.items():
            counts[k] = max(counts.get(k, v), v)
    sources: list[SourceRef] = []
    source_names: set[str] = set()
    for c in cluster:
        if c.source is not None and c.source.name not in source_names:
            source_names.add(c.source.name)
            sources.append(c.source)
    evidence: list[Evidence] = []
    spans: set[tuple] = set()
    for c in cluster:
        for e in c.evidence:
            span = (e.report_id, e.start, e.end, e.field)
            if span not in spans:
                spans.add(span)
                evidence.append(e)
    status = status_of(cluster)
    flags = sorted({f for c in cluster for f in c.flags if not f.startswith("weak") or len(cluster) == 1})
    confidence = max(c.confidence for c in supports) + 0.05 * (len({c.source.name for c in supports
                                                                    if c.source}) - 1)
    if status == "contested":
        confidence -= 0.15
    inters = sorted(a.inter for a in (actor1, actor2) if a is not None and a.inter is not None)
    interaction = int("".join(str(i) for i in inters)) if len(inters) == 2 else (inters[0] * 10 if inters else None)
    civilian = "Civilian targeting" if (actor2 is not None and actor2.inter == 7) or \
        event_type == "Violence against civilians" else None
    event = Event(
        id=_event_id(anchor, place_claim, event_date),
        event_date=event_date,
        time_precision=best_tp,
        disorder_type=DISORDER[event_type],
        event_type=event_type,
        sub_event_type=sub,
        actor1=actor1,
        assoc_actor_1=assoc1,
        actor2=actor2,
        assoc_actor_2=assoc2,
        interaction=interaction,
        civilian_targeting=civilian,
        location=place_claim.location,
        fatalities=_fatalities(supports),
        counts=counts,
        status=status,
        sources=sources,
        claim_ids=[c.id for c in cluster],
        evidence=evidence,
        confidence=round(max(0.05, min(0.99, confidence)), 2),
        flags=flags,
    )
    event.notes = notes_for(event, cluster)
    return event


def _event_id(anchor: Claim, place_claim: Claim, event_date) -> str:
    """An id from what makes the incident (kind, place, day), so that later claims joining it keep the id."""
    loc = place_claim.location
    where = (loc.gazetteer_id or f"{loc.name}|{loc.country}") if loc else f"{anchor.report_id}|{anchor.entry_index}"
    key = f"event|{_family(anchor.sub_event_type)}|{where}|{event_date.isoformat()}"
    return hashlib.sha1(key.encode()).hexdigest()[:16]


def _union(actors: list[ActorRef], exclude: ActorRef | None) -> list[ActorRef]:
    out: list[ActorRef] = []
    for a in actors:
        if (exclude is None or a.name != exclude.name) and all(a.name != b.name for b in out):
            out.append(a)
    return out


REVISED = re.compile(r"\b(?:now (?:says|puts|stands|reports)|rose to|risen to|has risen|climbed to|up from|"
                     r"(?:raised|revised|updated|lifted|put) (?:the|its|their) (?:death )?toll|toll (?:now )?stands at|"
                     r"increased to|revised (?:up|down|upwards|downwards)|(?:updated|revised|higher|new|later) (?:death )?"
                     r"(?:toll|figure))\b", re.IGNORECASE)


def _revised(claims: list[Claim]) -> list[Claim]:
    """A toll revised later ("now says at least 30, up from the 13 it reported this morning") replaces the
    figures reported before it; the earlier figures are dropped, later independent ones stay."""
    revisions = [c for c in claims if c.fatalities is not None and c.fatalities.best is not None
                 and c.published is not None
                 and any(REVISED.search(e.text) for e in c.evidence if e.field == "sentence")]
    if not revisions:
        return claims
    latest = max(revisions, key=lambda c: c.published)
    return [c for c in claims if c is latest or c.fatalities is None or c.fatalities.best is None
            or c.published is None or c.published > latest.published]


# "no one was killed", "there were no deaths": a zero that says so, unlike a zero inferred from injuries
NO_DEATHS = re.compile(r"\b(?:no|nobody|none|no one|no-one|not)\b[^.;]{0,40}?\b(?:killed|dead|died|deaths?|fatalities|"
                       r"casualties|lives)\b|\bwithout (?:any )?(?:deaths|casualties|fatalities)\b", re.IGNORECASE)


def _injuries_only(c: Claim) -> bool:
    """A zero the claim inferred from wounded people alone (ACLED: injuries without deaths = 0)."""
    return c.fatalities is not None and c.fatalities.best == 0 and bool(c.counts.get("injured")) and not any(
        NO_DEATHS.search(e.text) for e in c.evidence if e.field == "sentence")


def _fatalities(claims: list[Claim]) -> Fatalities | None:
    """ACLED: the most conservative credible figure; a stated number beats the no-number default."""
    claims = _revised(claims)
    if any(c.fatalities is not None and c.fatalities.best for c in claims):
        # "killing an officer" and "hundreds have been injured": the wounded say nothing against the deaths
        claims = [c for c in claims if not _injuries_only(c)]
    outdated = [c.fatalities.low for c in claims if c.fatalities is not None and c.fatalities.best is None
                and c.fatalities.low is not None]
    figures = [c.fatalities for c in claims if c.fatalities is not None and c.fatalities.best is not None]
    stated = [f for f in figures if f.high is not None]
    figures = stated or figures
    if not figures:
        return Fatalities(low=min(outdated), best=min(outdated), high=None) if outdated else None
    independent = [c.fatalities for c in claims if c.fatalities in figures and not _is_party(c.source)]
    best = min(f.best for f in (independent or figures))
    low = min([f.low if f.low is not None else f.best for f in figures] + outdated)
    highs = [f.high for f in figures if f.high is not None]
    return Fatalities(low=min(low, best), best=best, high=max(highs + [best]) if highs else None)


def notes_for(event: Event, claims: list[Claim]) -> str:
    """One ACLED-style sentence (plus the dispute, when there is one) written from the event's fields."""
    when = event.event_date.strftime("%-d %B %Y")
    where = event.location.name if event.location else "an unknown place"
    if event.location and event.location.admin1 and event.location.admin1 != event.location.name:
        where += f" ({event.location.admin1})"
    who = event.actor1.name if event.actor1 else "an unidentified actor"
    against = f" against {event.actor2.name}" if event.actor2 else ""
    text = f"On {when}, {who}: {event.sub_event_type.lower()}{against} in {where}."
    if event.fatalities is not None and event.fatalities.best is not None:
        figure = event.fatalities.best
        if event.fatalities.high and event.fatalities.high != figure:
            text += f" Fatalities: {figure} (reports range to {event.fatalities.high})."
        else:
            text += f" Fatalities: {figure}."
    for key in ("captured", "injured", "arrested", "abducted", "destroyed"):
        if event.counts.get(key):
            text += f" {key.capitalize()}: {event.counts[key]}."
    if event.sources:
        text += " Source: " + "; ".join(s.name for s in event.sources) + "."
    if event.status == "contested":
        text += " A later report contradicts part of this account."
    for f in event.flags:
        if f.startswith("uncorroborated:"):
            text += f" No corroborating evidence for {f.split(':', 1)[1].strip()}."
    return text
