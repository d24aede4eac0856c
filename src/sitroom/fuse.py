"""Claims -> events: the claims that describe one incident become one event, with a status.

Pure and deterministic: the same claims (in any order) give the same events, ids and order.
Rules (PRODUCT.md, CODING-RULES.md):
- one incident = same sub-event type (territory sub-types count as one), same place, same day (a
  territory change may be reported a day late), actors that do not conflict;
- fields: the most precise place, the earliest most precise date, the most complete actor pair,
  fatalities from the most conservative credible figure with the range of all figures;
- status: `contested` when a claim contradicts or denies it, `corroborated` when two independent voices
  report it (a party admitting what others report, or parties of opposite camps agreeing, count), `claimed`
  when every voice is a party to the event's conflict — an armed side, not a state's civilian services or
  local officials (`_party_camp`, `_organ`) —, `reported` otherwise; the report's own voice backs no named
  source of the same report, and the organs of one armed party are one voice (`_voice`);
- summary claims (a figure the text breaks down elsewhere) make no event of their own;
- a detail line (typed from a cue that names no weapon or act, with no place, day, agent or toll of its own)
  and a place taken with no place or day of its own inside a battle of the same sides are part of the incident
  the report told before them (`_fold_weak_details`).
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache

from .analyze.cues import STATEMENT_DAY
from .knowledge.countries import country_name
from .analyze.eventness import vetoed
from .models import DISORDER, ActorRef, allied, Claim, Event, Evidence, Fatalities, SourceRef
from .recent import Recent

TERRITORY = {"Government regains territory", "Non-state actor overtakes territory"}
IED = "Remote explosive/landmine/IED"
PARTY_KINDS = {"party outlet", "military", "state media", "government", "armed group"}
UNNAMED = {"unattributed", ""}
BOTH_SIDES = "both sides"  # the source kind of "both sides said": the opposing parties speaking together
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def fuse(claims: list[Claim], *, veto: bool = True) -> list[Event]:
    """Events for these claims, ordered by event_date then id. An event none of whose sentences reads as
    the telling of an incident, with no one reported killed, is not given (`analyze.eventness`);
    `veto=False` keeps it (to measure that check)."""
    _EVENTS.rotate()
    _TELLINGS.rotate()
    _AGREEMENTS.rotate()
    ordered = sorted((c for c in claims if not c.summary), key=_order)
    clusters: list[list[Claim]] = []
    # A claim joins the first earlier cluster of its own family that admits it; clusters of other
    # families never do, so each family keeps its own list, in creation order.
    by_family: dict[str, list[_Cluster]] = {}
    # and, by (family, day), the clusters with a member on that day: a claim of a plain date can only
    # join a cluster with a member on its day (a territory change: the day before or after too)
    by_day: dict[tuple[str, date], list[_Cluster]] = {}
    # a claim that tells again, in other words, an incident the report tells better elsewhere (a lede's or
    # an overview's account, a toll line above its incident: `joins:<claim id>`) goes with that claim
    supports = [c for c in ordered if c.polarity == "supports"]
    joining = [c for c in supports if _joined(c) is not None]
    if joining:
        supports = [c for c in supports if _joined(c) is None]
    home: dict[str, _Cluster] = {}
    for claim in supports + joining:
        target = home.get(_joined(claim)) if joining else None
        if target is not None:
            target.add(claim)
            home[claim.id] = target
            continue
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
        # force against a crowd answers the demonstration told last at its place and day (a riot after a
        # peaceful rally there): it joins the latest demonstration that admits it
        for cluster in (reversed(near) if claim.sub_event_type in _FORCE else near):
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
        if joining:
            home[claim.id] = cluster
    clusters = _fold_riot_looting(clusters)
    clusters = _fold_raid_damage(clusters)
    clusters = _fold_turned_violent(clusters)
    clusters = _fold_crowd_arrests(clusters)
    clusters = _fold_suspect_arrests(clusters)
    clusters = _fold_unnamed_blasts(clusters)
    clusters = _fold_other_accounts(clusters)
    clusters, retold = _fold_retellings(clusters)
    clusters, details = _fold_weak_details(clusters)
    if details:  # a detail folded into an incident adds its voice, not its kind, place or sides
        for cluster in clusters:
            mine = frozenset(c.id for c in cluster if c.id in details)
            if mine:
                retold[id(cluster)] = retold.get(id(cluster), frozenset()) | mine
    told_in: dict[str, list[Claim]] | None = None
    for claim in [c for c in ordered if c.polarity != "supports"]:
        if _joined(claim) is not None:
            # a group disowning the whole incident: the denial answers the very event extraction tied it to
            if told_in is None:
                told_in = {c.id: cluster for cluster in clusters for c in cluster}
            home_cluster = told_in.get(_joined(claim))
            if home_cluster is not None:
                home_cluster.append(claim)
                continue
        taken = [cluster for cluster in clusters if _yields(cluster, claim)]
        if taken:
            # "Government troops fell back to the airport", after "the Taliban overran the city": the side that
            # lost the place saying it pulled back is a further voice for the taking (README, Data model)
            max(taken, key=lambda cluster: _told_before(cluster, claim)).append(replace(claim, polarity="supports"))
            continue
        answered = [cluster for cluster in clusters if _contradicts(cluster, claim)]
        if answered:
            # "Security forces fired on the crowd, a witness said. The government denied ...": of the events
            # a denial could answer, it answers the one told last before it in the same report
            max(answered, key=lambda cluster: _told_before(cluster, claim)).append(claim)
    events = [_cached_event(cluster, retold.get(id(cluster), frozenset())) for cluster in clusters]
    if veto:
        events = [e for e in events if not vetoed(e)]
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


# armed men's raid on civilians: the burning and looting they do there is part of it (fighting between armed
# sides is not: the homes a force loots after a battle are another actor pair's event)
_RAID_SUBS = ("Attack",)


def _raider(cluster: list[Claim]) -> ActorRef | None:
    return next((m.actor1 for m in cluster if m.polarity == "supports" and m.sub_event_type in _RAID_SUBS
                 and m.actor1 is not None and m.actor1.inter in ARMED_INTERS), None)


def _same_raider(looter: ActorRef | None, raider: ActorRef) -> bool:
    if looter is None or looter.start is None:
        return True  # "Houses were burnt there": no looter named, or one carried over from an earlier sentence
    return looter.name == raider.name or (looter.side == raider.side == "unknown")


def _fold_raid_damage(clusters: list[list[Claim]]) -> list[list[Claim]]:
    """Burning and looting by the armed men who attacked a place that day, told in the same report ("the
    gunmen also set fire to cars parked outside", "houses were burnt in three villages there"), is part of
    their attack (ACLED codes the property destruction of an attack as that attack): such a looting cluster
    joins the attack's. Looting by another named force, at another place or day, or with no attack there,
    stays an event of its own."""
    raids = [(c, r) for c in clusters if (r := _raider(c)) is not None]
    if not raids:
        return clusters
    out: list[list[Claim]] = []
    for cluster in clusters:
        host = None
        # ("In a separate incident, militiamen burned down a health centre": told as another incident, it is one)
        if all(m.sub_event_type == LOOTING for m in cluster) \
                and not any(DISTINCT.search(m.sentence_text()) for m in cluster):
            host = next((r for r, raider in raids if all(_same_raider(m.actor1, raider) for m in cluster) and any(
                m.report_id == n.report_id and m.event_date == n.event_date and _same_place(m, n)
                and m.sub_event_type in _RAID_SUBS and m.polarity == "supports" for m in r for n in cluster)), None)
        if host is None:
            out.append(cluster)
        else:
            host.extend(cluster)
    return out


def _fold_turned_violent(clusters: list[list[Claim]]) -> list[list[Claim]]:
    """A peaceful march the text says a riot came out of ("youths broke away from the march and smashed shop
    windows") is that riot's crowd: its cluster, at the riot's place and day in the same report, joins the
    riot's (ACLED codes a demonstration that turns violent as the riot it became). A march with no such link
    stays its own event (`_Cluster.admits`)."""
    riots = [c for c in clusters if any(m.polarity == "supports" and _turned_violent(m) for m in c)]
    if not riots:
        return clusters
    out: list[list[Claim]] = []
    for cluster in clusters:
        host = None
        if all(m.sub_event_type == "Peaceful protest" and not _says_peaceful(m) for m in cluster):
            host = next((r for r in riots if any(_turned_violent(m) and m.report_id == n.report_id
                                                 and m.event_date == n.event_date and _same_place(m, n)
                                                 for m in r for n in cluster)), None)
        if host is None:
            out.append(cluster)
        else:
            host.extend(cluster)
    return out


# arrests of an untold number of people: "a number of people were arrested", "police detained several protesters"
MANY_ARRESTED = re.compile(r"\b(?:a\s+number|numbers|several|many|scores|dozens|hundreds|some|a\s+few)\s+(?:of\s+)?"
                           r"(?:(?:the|other)\s+)?(?:people|protesters|demonstrators|rioters|youths|men|women|students|"
                           r"marchers|residents)\b[^.;]{0,40}?\b(?:were|had\s+been|have\s+been|was)\s+(?:\w+\s+)?"
                           r"(?:arrested|detained|held|rounded\s+up)\b", re.IGNORECASE)


def _fold_crowd_arrests(clusters: list[list[Claim]]) -> list[list[Claim]]:
    """Arrests of many people where a demonstration or riot took place that day are that demonstration's
    (ACLED codes the arrests made at a protest as its intervention, not as Arrests): such a cluster joins
    the demonstration's. Arrests told a day apart from a riot at its place ("dozens had been arrested by Friday
    morning", "police said on Wednesday they had detained 400") are that riot's when no demonstration took place
    on their own day there. A rally the text says passed off peacefully hosts none (they are the riot's, or their
    own). The arrest of one named person, or arrests with no demonstration at their place and day, stay events of
    their own."""
    hosts = [c for c in clusters if any(m.polarity == "supports" and (_family(m.sub_event_type) == "demonstration"
                                                                     or m.sub_event_type in RIOT_SUBS) for m in c)
             and not any(m.polarity == "supports" and m.sub_event_type == "Peaceful protest" and _says_peaceful(m)
                         for m in c)]
    if not hosts:
        return clusters
    riots = [h for h in hosts if any(m.polarity == "supports" and m.sub_event_type in RIOT_SUBS for m in h)]
    out: list[list[Claim]] = []
    for cluster in clusters:
        host = None
        if all(m.sub_event_type == "Arrests" for m in cluster) and all(
                m.counts.get("arrested", 0) >= 2 or (not m.counts.get("arrested") and any(
                    e.field == "sentence" and MANY_ARRESTED.search(e.text) for e in m.evidence))
                for m in cluster if m.polarity == "supports") \
                and any(m.location is not None for m in cluster):
            host = next((h for h in hosts if any(m.event_date == n.event_date and m.location is not None
                                                 and _same_place(m, n) and m.polarity == "supports"
                                                 for m in h for n in cluster)), None)
            if host is None:  # a day apart: the riot's arrests, made as it went on (overnight) or in its wake
                host = next((h for h in riots if any(abs(m.event_date - n.event_date) <= _ONE_DAY
                                                     and m.location is not None
                                                     and m.sub_event_type in RIOT_SUBS and _same_place(m, n)
                                                     and m.polarity == "supports" for m in h for n in cluster)), None)
        if host is None:
            out.append(cluster)
        else:
            host.extend(cluster)
    return out


# the arrest of one unnamed person: "police arrested a man", "a 32-year-old man was detained", "the gunman was caught"
LONE_SUSPECT = re.compile(
    r"\b(?:arrest(?:ed|s)|detain(?:ed|s)|captur(?:ed|es)|caught|apprehend(?:ed|s)|seiz(?:ed|es))\s+(?:a|the|one)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:man|woman|suspect|gunman|attacker|bomber|assailant|shooter|teenager|youth)\b"
    r"|\b(?:a|the|one)\s+(?:[\w-]+\s+){0,3}?(?:man|woman|suspect|gunman|attacker|bomber|assailant|shooter|teenager|"
    r"youth)\s+(?:was|has\s+been|had\s+been|is\s+being)\s+(?:\w+\s+)?(?:arrested|detained|captured|caught|apprehended)\b",
    re.IGNORECASE)
# attacks whose author an arrest at their place and day may be: a one-sided attack, a bombing
_SUSPECT_HOSTS = ("Attack", "Suicide bomb", IED, "Grenade", "Chemical weapon")


def _fold_suspect_arrests(clusters: list[list[Claim]]) -> list[list[Claim]]:
    """The arrest of one unnamed person ("police arrested a man on the island", "a 32-year-old man was detained")
    at the place of an attack or a bombing the report tells, on its day or the next, is the hunt for its author:
    part of that attack's story, not an Arrests event (ACLED codes the attack). The arrest of someone named, of
    many people, or with no attack at its place and day stays its own event."""
    hosts = [c for c in clusters if any(m.polarity == "supports" and m.sub_event_type in _SUSPECT_HOSTS for m in c)]
    if not hosts:
        return clusters
    out: list[list[Claim]] = []
    for cluster in clusters:
        host = None
        supports = [m for m in cluster if m.polarity == "supports"]
        if supports and all(m.sub_event_type == "Arrests" and m.counts.get("arrested", 1) == 1 and any(
                e.field == "sentence" and LONE_SUSPECT.search(e.text) for e in m.evidence) for m in supports):
            host = next((h for h in hosts if any(
                n.polarity == "supports" and n.sub_event_type in _SUSPECT_HOSTS and n.report_id == m.report_id
                and timedelta(0) <= m.event_date - n.event_date <= _ONE_DAY and _same_place(m, n)
                for m in supports for n in h)), None)
        if host is None:
            out.append(cluster)
        else:
            # the police who made the arrest are no actor of the attack (nor, for that, a party to it)
            host.extend(replace(m, actor1=None, actor2=None, assoc_actor_1=[], assoc_actor_2=[]) for m in cluster)
    return out


_VIOLENT_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians")


def _fold_other_accounts(clusters: list[list[Claim]]) -> list[list[Claim]]:
    """A party's competing account of an incident the report has told ("Islamic State told a different story:
    its agency said the mosque had been destroyed by a US aircraft", after the command said the militants blew
    it up) gives no event of its own when the report tells another kind of violence on that day at that place
    (or within a few km): it contests that incident (ACLED codes the one incident, its dispute in the notes)."""
    from .extract.coding import distance_km

    out: list[list[Claim]] = []
    done: list[list[Claim]] = []
    for cluster in clusters:
        supports = [m for m in cluster if m.polarity == "supports"]
        host = None
        if supports and all("other-account" in m.flags and m.event_type in _VIOLENT_TYPES for m in supports):
            host = next((h for h in done if any(
                n.polarity == "supports" and "other-account" not in n.flags and n.event_type in _VIOLENT_TYPES
                and n.report_id == m.report_id and n.event_date == m.event_date and n.sub_event_type != m.sub_event_type
                and (_same_place(m, n) or (m.location is not None and n.location is not None
                                           and m.location.latitude is not None and n.location.latitude is not None
                                           and distance_km(m.location.latitude, m.location.longitude,
                                                           n.location.latitude, n.location.longitude) <= 10))
                for m in supports for n in h)), None)
        if host is None:
            out.append(cluster)
            done.append(cluster)
        else:
            host.extend(replace(m, polarity="contradicts") if m.polarity == "supports" else m for m in cluster)
    return out


# "a huge explosion hit the centre of the city": a blast the text does not tell the kind of
# (also a vehicle that exploded, "the truck exploded": a vehicle bomb whose driver may have died with it, which
# a later line tells as a suicide attack)
UNNAMED_BLAST = re.compile(r"^(?:(?:huge|large|loud|powerful|big|massive|strong|twin|two|several|a series of)\s+)?"
                           r"(?:(?:a|an|another|one|two)\s+(?:[\w-]+\s+)?"
                           r"(?:car|truck|lorry|van|vehicle|minibus|pickup|pick-up|motorcycle|motorbike|rickshaw)s?\s+"
                           r"(?:had\s+)?)?"
                           r"(?:explosions?|blasts?|detonations?|blew up|exploded|went off)"
                           r"(?:\s+(?:hit|hits|struck|rocked|rocks|shook|shakes|tore|ripped|went off|occurred))?$", re.IGNORECASE)


def _unnamed_blast(c: Claim) -> bool:
    trigger = next((e.text for e in c.evidence if e.field == "trigger"), None)
    if c.sub_event_type == IED and trigger is None and "anaphoric" in c.flags:
        return True  # "... were killed in the Karrada bombing": a line that refers back names no weapon of its own
    return c.sub_event_type == IED and trigger is not None and bool(UNNAMED_BLAST.match(trigger.strip()))


def _fold_unnamed_blasts(clusters: list[list[Claim]]) -> list[list[Claim]]:
    """An explosion of no stated kind at a place and on a day where the same report tells a strike by a named
    weapon (a missile, an air strike, a shell) is that strike, told before its kind was known ("a huge
    explosion hit the city centre" in one update, "a missile hit the governor's office" in the next): the
    blast's claims join the strike's event. A blast with its own kind of device stays an event of its own."""
    # (a group's claim of "the attack", typed after the blast it was joined to, goes with that blast)
    blasts = [c for c in clusters if all(not (m.polarity == "supports") or _unnamed_blast(m) or "responsibility" in m.flags
                                         for m in c)
              and any(m.polarity == "supports" and _unnamed_blast(m) for m in c)]
    if not blasts:
        return clusters
    named = [c for c in clusters if c not in blasts and any(
        m.polarity == "supports" and m.event_type == "Explosions/Remote violence" and m.sub_event_type != IED for m in c)]
    out: list[list[Claim]] = []
    for cluster in clusters:
        host = None
        if any(cluster is b for b in blasts):
            host = next((h for h in named if any(
                m.report_id == n.report_id and m.event_date == n.event_date and n.location is not None
                and m.location is not None and _same_place(m, n) and n.sub_event_type != IED
                for m in cluster for n in h)), None)
        if host is None:
            out.append(cluster)
        else:
            host.extend(cluster)
    return out


def _own(c: Claim, fname: str) -> bool:
    """The claim's own sentence states this field (its evidence holds it), not the context."""
    return any(e.field == fname for e in c.evidence)


# the sub-types a line gets when its cue names no weapon and no particular act: fighting, firing, dead
# ("fired back", "the dead") are an armed clash, an explosion of no stated kind ("heard explosions") a bomb
_FALLBACK_SUBS = ("Armed clash", IED)


def _plain_detail(c: Claim) -> bool:
    """A line that adds a detail to an incident rather than telling one: it is typed from a cue of low
    specificity (`_FALLBACK_SUBS`), its sentence names no place, no day, no agent and no toll of its own (all
    carried from the lines before), and no word marks a further incident ("the airport had been hit ... air
    defences shot down one of the attacking aircraft", "they heard explosions", "the dead were looters")."""
    return c.polarity == "supports" and not c.summary and _joined(c) is None and c.sub_event_type in _FALLBACK_SUBS \
        and not any(_own(c, f) for f in ("location", "date", "actor1", "fatalities")) \
        and not DISTINCT.search(c.sentence_text())


def _toll_line(c: Claim) -> bool:
    """A count with no act of its own and no place or day of its own ("police now say at least 80 people were
    killed on the island"): a toll of an incident told before it, whatever word it was typed from."""
    return c.polarity == "supports" and not c.summary and _joined(c) is None and "toll-only" in c.flags \
        and not any(_own(c, f) for f in ("location", "date")) and not DISTINCT.search(c.sentence_text())


def _weak_detail(c: Claim) -> bool:
    return _plain_detail(c) or _toll_line(c)


def _one_actor(a: ActorRef, b: ActorRef) -> bool:
    """The same actor, named more or less fully ("Military Forces" and "Military Forces of Mali (2021-)")."""
    return a.name == b.name or bool(a.key and a.key == b.key) or a.name.startswith(b.name) or b.name.startswith(a.name)


def _inner_taking(c: Claim) -> bool:
    """A place taken told with no place and no day of its own ("US forces also took the airport during the
    night"): a step of the fighting the report tells, not a change of territory told on its own."""
    return c.polarity == "supports" and c.sub_event_type in TERRITORY and not c.summary and _joined(c) is None \
        and not _own(c, "location") and not _own(c, "date") and not DISTINCT.search(c.sentence_text()) \
        and c.actor1 is not None and c.actor2 is not None


def _strength(cluster: list[Claim]) -> int:
    """How much of its own the best line of a cluster states: place, day, agent, target, toll."""
    return max((sum(_own(c, f) for f in ("location", "date", "actor1", "actor2", "fatalities"))
                for c in cluster if c.polarity == "supports"), default=0)


def _acts(cluster: list[Claim]) -> bool:
    """Whether a line of the cluster tells an act of its own (not only a count, not a line referring back)."""
    return any(c.polarity == "supports" and "toll-only" not in c.flags and "anaphoric" not in c.flags
               and _joined(c) is None for c in cluster)


def _fold_weak_details(clusters: list[list[Claim]]) -> tuple[list[list[Claim]], set[str]]:
    """An event all of whose lines are details (`_weak_detail`) told after an incident of the same report at
    the detail's carried place, on its day or up to two days before the detail's carried day, is a detail of
    that incident, not one of its own: its claims join the incident told last before it (ACLED codes the
    incident once; the anti-aircraft fire of an air raid, the dead of a riot are in its notes), adding their
    voice but not their kind, place or sides. A line with its own place, day, agent or toll stays an incident
    of its own. A place taken inside a battle (`_inner_taking`) joins that battle."""
    # (lines that refer back to the detail, "with three of the attackers dead", typed after it, go with it)
    weak = [c for c in clusters if any(m.polarity == "supports" and "anaphoric" not in m.flags for m in c)
            and all(_weak_detail(m) for m in c if m.polarity == "supports" and "anaphoric" not in m.flags)]
    inner = [c for c in clusters if any(m.polarity == "supports" for m in c)
             and all(_inner_taking(m) for m in c if m.polarity == "supports")]
    folded: set[str] = set()
    if not weak and not inner:
        return clusters, folded
    weak_ids = {id(c) for c in weak}
    inner_ids = {id(c) for c in inner}
    out: list[list[Claim]] = []
    for cluster in clusters:
        host = None
        if id(cluster) in weak_ids:
            first = min((m for m in cluster if m.polarity == "supports" and "anaphoric" not in m.flags),
                        key=lambda m: _sentence_start(m) if _sentence_start(m) is not None else 1 << 30)
            own = [m for m in cluster if m.polarity == "supports" and "anaphoric" not in m.flags]

            def latest(hosts):
                told = [(_told_before(h, first), h) for h in hosts]
                told = [t for t in told if t[0] >= 0]
                return max(told, key=lambda t: t[0])[1] if told else None

            def near(n: Claim) -> bool:
                return n.polarity == "supports" and n.report_id == first.report_id \
                    and (first.location is None or _same_place(first, n)) \
                    and timedelta(0) <= first.event_date - n.event_date <= _DRIFT_AFTER

            if all(_toll_line(m) for m in own):
                # a toll goes with the incident of its kind told last before it that tells an act (`_acts`)
                host = latest([h for h in out if id(h) not in weak_ids and _acts(h) and any(
                    near(n) and n.event_type == first.event_type for n in h)])
            if host is None and all(_plain_detail(m) for m in own):
                # a detail, with an incident of another kind told better (its lines state more of their own)
                host = latest([h for h in out if id(h) not in weak_ids and _strength(h) > _strength(cluster) and any(
                    near(n) and n.sub_event_type != first.sub_event_type for n in h)])
        elif id(cluster) in inner_ids:
            # ... the battle of the same two sides on that day at that place (`_inner_taking`)
            taking = next(m for m in cluster if m.polarity == "supports")
            host = next((h for h in out if id(h) not in inner_ids and any(
                n.polarity == "supports" and n.report_id == taking.report_id and n.sub_event_type == "Armed clash"
                and n.event_date == taking.event_date and _same_place(n, taking)
                and n.actor1 is not None and n.actor2 is not None
                and any(_one_actor(taking.actor1, x) and _one_actor(taking.actor2, y)
                        for x, y in ((n.actor1, n.actor2), (n.actor2, n.actor1))) for n in h)), None)
        if host is None:
            out.append(cluster)
        else:
            host.extend(cluster)
            folded.update(m.id for m in cluster)
    return out, folded


# --------------------------------------------------------------------------- one incident told twice in a report

# "another attack", "a second strike", "in a separate incident", "elsewhere": the text tells a further incident
# (not "in a second statement", "another video": a further telling, not a further incident)
DISTINCT = re.compile(r"\b(?:(?:another|a (?:second|third|fourth|fifth|further|separate)|separate)\b(?!\s+(?:statements?|reports?|"
                      r"videos?|messages?|posts?|communiques?|communiqués?|briefings?|interviews?|accounts?|tweets?|"
                      r"claims?)\b)|separately\b|elsewhere\b)",
                      re.IGNORECASE)
_DRIFT_BEFORE, _DRIFT_AFTER = timedelta(days=1), timedelta(days=2)
NIGHT = re.compile(r"\b(?:\w+day\s+night|(?:late|at|during the|in the)\s+night|late\s+(?:on\s+)?\w+day|overnight|"
                   r"midnight)\b", re.IGNORECASE)
ARMED = (1, 2, 3, 4, 8)


def _firm_day(c: Claim, live: bool = False) -> bool:
    """The claim's day is the incident's as far as the text goes: its sentence states it, or carries it from
    an earlier line that did. A day that is only the day of the report (its filing, its dateline, its
    publication), the day of a statement ("told reporters on Monday") or of a toll count is less certain:
    the incident may lie a day or two before it. A live blog's timed post (`live`) tells what happens as it is
    written: its own day is certain."""
    if "toll-only" in c.flags or "toll-update" in c.flags:
        return False
    said = next((e for e in c.evidence if e.field == "date"), None)
    if said is None:
        return live or c.published is None or c.event_date != c.published.date()
    sentence = c.sentence_evidence()
    if sentence is None:
        return True
    return not STATEMENT_DAY.search(sentence.text[: max(0, said.start - sentence.start)])


def _stated_place(c: Claim) -> bool:
    return any(e.field == "location" for e in c.evidence)


@lru_cache(maxsize=4096)
def _feature(gazetteer_id: str | None) -> str | None:
    if not gazetteer_id:
        return None
    from . import geo

    place = geo.place_by_id(gazetteer_id)
    return place.feature if place is not None else None


# "the eastern department of Arauca", "Tyre district": the sentence names the place as an area
AREA_BEFORE = re.compile(r"\b(?:province|department|state|region|governorate|district|county|oblast|prefecture)\s+of\s+$",
                         re.IGNORECASE)
AREA_AFTER = re.compile(r"^\s+(?:province|department|state|region|governorate|district|county|oblast|prefecture)\b",
                        re.IGNORECASE)


def _coarse(c: Claim) -> bool:
    """A country, a province or a district rather than a town's point."""
    loc = c.location
    feature = _feature(loc.gazetteer_id)
    if feature in ("country", "admin1", "admin2", "admin3", "region") or (feature is None and loc.geo_precision >= 3):
        return True
    sentence = c.sentence_evidence()
    named = next((e for e in c.evidence if e.field == "location"), None)
    if sentence is None or named is None:
        return False
    at, end = named.start - sentence.start, named.end - sentence.start
    return bool(AREA_BEFORE.search(sentence.text[max(0, at - 40):max(0, at)]) or AREA_AFTER.match(sentence.text[end:end + 20]))


@lru_cache(maxsize=8192)
def _fold_key(name: str | None) -> str:
    from .geo.names import normalize

    return normalize(name) if name else ""


def _contains(area, point) -> bool:
    """`area` (a coarse place) holds `point`: the same country, and the area is that country or the
    province or district the point lies in."""
    if area.country != point.country:
        return False
    if _feature(area.gazetteer_id) == "country" or (_feature(area.gazetteer_id) is None and area.geo_precision >= 3
                                                    and not area.admin1):
        return True
    names = {_fold_key(area.name), _fold_key(area.admin1) if _feature(area.gazetteer_id) == "admin1" else ""} - {""}
    return bool(names & {_fold_key(point.admin1), _fold_key(point.admin2), _fold_key(point.admin3)})


def _relation(la, lb, ca: bool, cb: bool) -> int:
    """How two claims' places bear on their being one incident, from their locations and whether each is
    coarse (`_Telling` works that out once per claim): 2 the same place, or one inside the other's area (a
    province, a country); 0 two places."""
    if la.country != lb.country:
        return 0
    if (la.gazetteer_id and la.gazetteer_id == lb.gazetteer_id) or _fold_key(la.name) == _fold_key(lb.name):
        return 2
    if ca and not cb:
        return 2 if _contains(la, lb) else 0
    if cb and not ca:
        return 2 if _contains(lb, la) else 0
    # two areas, or two towns: two events, however near (ACLED: one event per location)
    return 0



def _kin(a: str, b: str) -> bool:
    """Sub-event types one incident may be told as: one family (a demonstration and the force used on it, a
    place taken and retaken), but not a peaceful rally and a riot. (A fight and a taking are told apart: a
    side's claim to hold a place is a claim of its own; an explosion of no stated kind and the weapon another
    line names are `_fold_unnamed_blasts`' business.)"""
    if a in _APART and b in _APART and a != b:
        return False  # two crowds (see `_Cluster.admits`)
    return _family(a) == _family(b)


class _Telling:
    """What one report says of one cluster's incident: its own supporting claims (not the lines that
    already retell another claim's incident)."""

    __slots__ = ("claims", "firm", "stated", "anchors", "start", "loose", "spans", "roles", "parties", "apart",
                 "rank", "nights", "vague", "kinds", "peaceful", "forceful", "located")

    def __init__(self, claims: list[Claim], live: bool):
        self.claims = claims
        days = [(c, _firm_day(c, live)) for c in claims if c.time_precision == 1]
        self.firm = {c.event_date for c, firm in days if firm}
        self.loose = {c.event_date for c, firm in days if not firm}
        self.stated = {c.event_date for c, firm in days if firm and any(e.field == "date" for e in c.evidence)}
        # the days a looser telling told before it may drift from (`_days_agree`): those the text states, in the
        # line itself or in an earlier line it carries the day from ("... on Sunday. The dead were fighters of one
        # tribe ..."); in a live blog, only those a line states (a post is firm for its time stamp, which states no
        # incident's day)
        self.anchors = self.stated if live else self.firm
        self.start = min((e.start for c in claims for e in c.evidence if e.field == "sentence"), default=1 << 62)
        # a week's or a month's telling ("fighting had reached the camps in the past week"): the days it spans
        self.spans = [(c.event_date, c.event_date + timedelta(days=7 if c.time_precision == 2 else 31))
                      for c in claims if c.time_precision >= 2]
        self.roles = tuple({a.name for c in claims for a in (getattr(c, role),) if a is not None and a.inter in ARMED
                            and not a.name.startswith("Unidentified")} for role in ("actor1", "actor2"))
        self.parties = {a.name for c in claims for a in (c.actor1, c.actor2) if a is not None}
        self.apart = any(DISTINCT.search(e.text) for c in claims for e in c.evidence if e.field == "sentence")
        # the stated days it tells at night ("late on Saturday night", "overnight"), and whether it names no place
        # finer than a province
        self.nights = {c.event_date for c, _ in days if c.event_date in self.stated and any(
            e.field == "sentence" and NIGHT.search(e.text) for e in c.evidence)}
        # how certain its place and day are (lower is surer): a town the sentence names, one carried to it, an
        # area, none; a day the sentence states, one it carries
        located = [(c, _coarse(c)) for c in claims if c.location is not None]
        self.vague = all(coarse for _, coarse in located)
        place = min((0 if _stated_place(c) and not coarse else 1 if not coarse else 2 for c, coarse in located),
                    default=3)
        self.rank = place + (0 if self.firm else 1)
        # what `_place_agreement` asks of every pair of tellings, worked out once per telling: its kinds, whether
        # it is only a crowd the text calls peaceful or has a crowd met with force, and its places (each with
        # whether it is coarse)
        self.kinds = tuple(dict.fromkeys((c.sub_event_type, c.event_type) for c in claims))
        self.peaceful = all(c.sub_event_type == "Peaceful protest" and _says_peaceful(c) for c in claims)
        self.forceful = any(c.sub_event_type in DEMONSTRATION and c.sub_event_type != "Peaceful protest" for c in claims)
        self.located = [(c.location, coarse) for c, coarse in located]


def _days_agree(a: _Telling, b: _Telling) -> bool:
    if not (a.firm or a.loose) or not (b.firm or b.loose):
        # a telling dated only to a week or a month is any incident of its kind the report tells in that span
        vague, other = (a, b) if not (a.firm or a.loose) else (b, a)
        days = other.firm | other.loose
        if days:
            return any(lo <= d <= hi for d in days for lo, hi in vague.spans)
        return any(lo <= y and x <= hi for lo, hi in vague.spans for x, y in other.spans)
    if a.firm and b.firm:
        if a.firm & b.firm:
            return True
        # two days the text states are two incidents, but for a night's: "late on Saturday night" in the body, told
        # with no place finer than a province as Sunday's ("killed 20 in central Mali on Sunday")
        return any(n + _ONE_DAY in y.firm and y.vague and not x.vague for x, y in ((a, b), (b, a)) for n in x.nights)
    if a.firm or b.firm:
        (sure, vague) = (a, b) if a.firm else (b, a)
        # (a day the sure telling only carries from an earlier line counts for a looser telling told before it: a
        # headline or lede over the body's lines)
        stated, loose = (sure.anchors if vague.start < sure.start else sure.stated), vague.loose
        if a.loose & b.loose or (a.firm | b.firm) & loose:
            return True
        # a day that is only a filing's, a statement's or a toll count's may lie a day or two after the day
        # the other telling states in so many words (or, reckoned from the report's day, the day before)
        return any(-_DRIFT_BEFORE <= d - f <= _DRIFT_AFTER for d in loose for f in stated)
    return bool(a.loose & b.loose)


def _actors_agree(a: _Telling, b: _Telling) -> bool:
    def fits(x: set[str], y: set[str]) -> bool:
        return not x or not y or bool(x & y)

    (a1, a2), (b1, b2) = a.roles, b.roles
    if any(_answering_strike(a.claims, c) for c in b.claims):
        return False  # each side's strike of the day is its own event
    return (fits(a1, b1) and fits(a2, b2)) or (fits(a1, b2) and fits(a2, b1))


# A telling is a function of its claims (the objects) and whether its report is live, and the agreement of two
# tellings a function of the two: re-fusing a busy place tells the same reports' incidents again, and folding a
# report asks again after each fold about every pair the fold left alone. Both are kept while in use (see
# Recent: each call to fuse is a round); a telling holds its claims, so their object ids stay theirs.
_TELLINGS: Recent[_Telling] = Recent()
_AGREEMENTS: Recent[tuple[_Telling, _Telling, tuple[int, int]]] = Recent(limit=100_000)


def _telling(claims: list[Claim], live: bool) -> _Telling:
    key = (live, *map(id, claims))
    found = _TELLINGS.get(key)
    if found is None:
        found = _Telling(claims, live)
        _TELLINGS.put(key, found)
    return found


def _agreement(a: _Telling, b: _Telling) -> tuple[int, int]:
    """(0, 0): two incidents; else (2, parties): one incident told twice, as far as kind, day, place and
    actors go, and parties 1 when the two tellings name a party in common (the same gunmen, the same crowd);
    (1, parties) when the two tellings are of kinds one incident is told as only in the cases `_cross_kind`
    knows (a telling of its own kind, when there is one, is the likelier partner)."""
    key = (id(a), id(b))
    found = _AGREEMENTS.get(key)
    if found is not None:
        return found[2]
    sites_a = {_site(c) for c in a.claims} - {None}
    sites_b = {_site(c) for c in b.claims} - {None}
    if sites_a and sites_b and not sites_a & sites_b:
        score = (0, 0)  # two items of an incident list, at two sites of the town (`_Cluster.admits`)
    else:
        place = _place_agreement(a, b)
        score = (place, int(bool(a.parties & b.parties))) if place else (0, 0)
    _AGREEMENTS.put(key, (a, b, score))
    return score


NON_VIOLENT_TAKING = "Non-violent transfer of territory"
FIGHTING = ("Battles", "Violence against civilians", "Explosions/Remote violence")


def _all_of(t: _Telling, kinds) -> bool:
    return all(c.sub_event_type in kinds for c in t.claims)


def _cross_kind(a: _Telling, b: _Telling) -> _Telling | None:
    """Of two tellings whose kinds are not kin (`_kin`), the one whose kind is the incident's when the two can
    still be one incident told twice; None when they cannot:
    - a place handed over ("government forces withdrew and the militants took the town") in one line and
      overrun in another, on the same day: one change of control, and the fight's kind wins;
    - a taking that only the report's or a witness's statement's day dates ("rebels have seized the base,
      residents said on Monday"; one only parties tell, "the rebels said they held the palace", is a side's
      claim of its own) and the fight for that place
      that the text dates a day or two before ("the insurgents attacked the base on Saturday"): the fight
      that ended in the taking, coded as the taking (ACLED codes a battle that changes who holds a place as
      the change of territory) on the fight's day (`_event`);
    - property destroyed ("militants blew up the mosque") told with no place finer than the country, by the
      side that is the attacker of a fight, strike or attack the report tells on that day: the destruction
      is that incident's (ACLED codes looting and destruction as an event of its own only outside the
      context of other violence); told at a place of its own, it stays an event of its own."""
    for x, y in ((a, b), (b, a)):
        if _all_of(x, (NON_VIOLENT_TAKING,)) and _all_of(y, TERRITORY):
            return y
        if _all_of(x, TERRITORY) and not x.firm and x.loose and _all_of(y, ("Armed clash",)) and y.stated \
                and not all(_is_party(c.source) for c in x.claims):
            return x
        if _all_of(x, (LOOTING,)) and x.vague \
                and all(c.event_type in FIGHTING for c in y.claims) and x.roles[0] & y.roles[0]:
            return y
    return None


def _place_agreement(a: _Telling, b: _Telling) -> int:
    if a.apart or b.apart:
        return 0
    if (a.peaceful and b.forceful) or (b.peaceful and a.forceful):
        return 0  # a crowd the text calls peaceful is not the one fired on or rioting (`_Cluster.admits`)
    cross = False
    if not all(_kinds_fold(x, y) for x in a.kinds for y in b.kinds):
        if _cross_kind(a, b) is None:
            return 0
        cross = True
    if not _days_agree(a, b) or not _actors_agree(a, b):
        return 0
    place = 2
    if a.located and b.located:
        # (the least of the pairs' relations: 0 as soon as one pair is two places)
        for la, ca in a.located:
            for lb, cb in b.located:
                place = min(place, _relation(la, lb, ca, cb))
                if not place:
                    return 0
    return 1 if cross else place


@lru_cache(maxsize=1024)
def _kinds_fold(x: tuple[str, str], y: tuple[str, str]) -> bool:
    """Whether claims of these (sub-event type, event type) may be one incident told twice."""
    return _kin(x[0], y[0]) and (x[1] == y[1] or _family(x[0]) == _family(y[0]) == "demonstration")


@lru_cache(maxsize=1)
def _clock_stamp():
    from .extract.claims import CLOCK_STAMP

    return CLOCK_STAMP


def _fold_retellings(clusters: list[list[Claim]]) -> tuple[list[list[Claim]], dict[int, frozenset[str]]]:
    """One report telling one incident twice (a lede and the body, a summary line, a retelling at the
    province's level or at the capital, a toll update on the next day) makes one event (ACLED codes one event
    per incident: one place, day and kind; CODING-RULES). Two clusters of one report are folded into one when
    their kinds are kin (`_kin`), their days agree (`_days_agree`), their places agree (`_relation`),
    their armed actors do not conflict, and the text does not mark either as a further incident ("another",
    "a second attack", "separately"). Two tellings fold only when neither could be another incident of the
    report: each is the other's one such partner (among those of its best agreement). The vaguer telling's
    claims then count as retellings (their figures and voice count, the surer telling's kind, place and day
    win); two equally sure tellings count alike.

    Returns the clusters and, per cluster that took in a vaguer telling (by id), its retold claims' ids."""
    by_report: dict[str, list[int]] = {}
    for i, cluster in enumerate(clusters):
        for r in dict.fromkeys(m.report_id for m in cluster if m.polarity == "supports" and not m.summary):
            by_report.setdefault(r, []).append(i)
    if all(len(members) < 2 for members in by_report.values()):
        return clusters, {}
    retold: dict[int, set[str]] = {}
    gone: set[int] = set()
    for report, members in by_report.items():
        # a report whose lines carry their own times (a live blog's posts, "2.30pm - Crowds are marching ...")
        # tells each post's events on its day
        own = [m for k in members for m in clusters[k] if m.report_id == report]
        live = len({m.published for m in own}) > 1 or any(
            _clock_stamp().match(e.text) for m in own for e in m.evidence if e.field == "sentence")
        # each cluster's telling, and each pair's agreement: a fold changes only its host's telling
        tellings: dict[int, _Telling] = {}
        for i in members:
            _tell(tellings, i, clusters[i], report, retold.get(i, ()), live)
        while len(members) > 1:
            partners: dict[int, list[int]] = {}
            for i, t in tellings.items():
                scored = [(j, _agreement(t, u)) for j, u in tellings.items() if j != i]  # (memoised by `_agreement`)
                best = max((s for _, s in scored), default=(0, 0))
                partners[i] = [j for j, s in scored if s == best] if best[0] else []
            fold = next(((i, partners[i][0]) for i in sorted(tellings)
                         if len(partners[i]) == 1 and partners[partners[i][0]] == [i]), None)
            if fold is None:
                break
            i, j = fold
            ti, tj = tellings[i], tellings[j]
            host, guest = (j, i) if ti.rank > tj.rank or (ti.rank == tj.rank and i > j) else (i, j)
            wins = _cross_kind(ti, tj) if _agreement(ti, tj)[0] == 1 else None
            if wins is not None:
                # two kinds of one incident: the one whose kind it takes tells it, the other retells it
                host, guest = (i, j) if wins is ti else (j, i)
                retold.setdefault(host, set()).update(c.id for c in (tj if wins is ti else ti).claims)
            elif ti.rank != tj.rank:
                retold.setdefault(host, set()).update(c.id for c in (ti if ti.rank > tj.rank else tj).claims)
            retold.setdefault(host, set()).update(retold.pop(guest, ()))
            clusters[host] = sorted(clusters[host] + clusters[guest], key=_order)
            gone.add(guest)
            members = [k for k in members if k != guest]
            tellings.pop(guest, None)
            _tell(tellings, host, clusters[host], report, retold.get(host, ()), live)
            for others in by_report.values():  # the folded cluster lives on as its host in every report
                if guest in others:
                    others[:] = list(dict.fromkeys(host if k == guest else k for k in others))
    if not gone:
        return clusters, {}
    kept = [c for k, c in enumerate(clusters) if k not in gone]
    return kept, {id(clusters[k]): frozenset(ids) for k, ids in retold.items() if ids and k not in gone}


def _tell(tellings: dict[int, _Telling], i: int, cluster: list[Claim], report: str, retold, live: bool) -> None:
    """Set (or drop) `tellings[i]`: what `report` itself says in cluster i, bar the claims already retold."""
    own = [m for m in cluster if m.report_id == report and m.polarity == "supports" and not m.summary
           and _joined(m) is None and m.id not in retold]
    if own:
        tellings[i] = _telling(own, live)
    else:
        tellings.pop(i, None)


def _joined(c: Claim) -> str | None:
    """The id of the claim whose incident `c` tells again, when extraction found one."""
    for f in c.flags:
        if f.startswith("joins:"):
            return f[6:]
    return None


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


def _site(c: Claim) -> str | None:
    """The unplaced site of the incident-list item that told the claim ("site:<name>" flag), if any."""
    return next((f[5:] for f in c.flags if f.startswith("site:")), None)


def _same_place(a: Claim, b: Claim) -> bool:
    if a.location is None or b.location is None:
        return a.report_id == b.report_id and a.entry_index == b.entry_index
    if a.location.gazetteer_id and a.location.gazetteer_id == b.location.gazetteer_id:
        return True
    return a.location.name == b.location.name and a.location.country == b.location.country


_ONE_DAY = timedelta(days=1)
_APART = ("Peaceful protest", "Violent demonstration")
_FORCE = ("Protest with intervention", "Excessive force against protesters")
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
        if claim.sub_event_type in TERRITORY and claim.polarity == "supports" and _firm_day(claim) and all(
                m.sub_event_type in TERRITORY and m.sub_event_type != claim.sub_event_type and _firm_day(m)
                for m in self.claims if m.polarity == "supports"):
            # "rebels seized the east of the city on Wednesday" and "troops counter-attacked on Thursday and pushed
            # the rebels back": the other side's gain on a stated day of its own is the next turn of the
            # fighting (ACLED: one event per day), not the first taking told again
            return False
        if _further_taking(claim):
            # "On Thursday the militants also took the airport": a further taking on a day of its own is its
            # own event (ACLED: one event per day), not the town's fall told again with another day (the
            # headline's or dateline's day, which is only the report's, does not count)
            firm = {m.event_date for m in self.claims if _firm_day(m)}
            if firm and day not in firm:
                return False
        entry = (claim.report_id, claim.entry_index)
        loc = claim.location
        if loc is None:
            if entry not in self.entries:
                return False
        elif not (entry in self.unlocated or (loc.gazetteer_id and loc.gazetteer_id in self.gids)
                  or (loc.name, loc.country) in self.names):
            return False
        site = _site(claim)
        if site is not None and any(_site(m) not in (None, site) for m in self.claims):
            # "1. Siloe, night of 3 May: ..." and "2. Puerto Rellena, 3 May: ...": an incident list's items at
            # two sites of one town are two events (ACLED: one event per location)
            return False
        if claim.sub_event_type == "Peaceful protest" and _says_peaceful(claim) and any(
                m.sub_event_type != "Peaceful protest" and not _same_sentence(m, claim) for m in self.claims):
            # "Thousands marched peacefully to the city centre", after shots fired at a vigil in another district
            # of the city: a crowd the text calls peaceful is not the crowd that was fired on or rioted
            # (ACLED: separate demonstrations by separate crowds at separate sites are separate events)
            return False
        if claim.sub_event_type in _APART and all(m.sub_event_type in _APART and m.sub_event_type != claim.sub_event_type
                                                  for m in self.claims) \
                and not any(_turned_violent(m) for m in self.claims + [claim]) \
                and not (all(_march_then_riot(m, claim) for m in self.claims)
                         or any(_march_then_riot(claim, m) for m in self.claims)):
            # a peaceful rally and a riot at the same place and day are two events (two event types, two
            # crowds), unless force against the crowd ties them together, or the text says the riot came out
            # of the march ("youths broke away from the march and smashed shop windows", "the rally turned
            # violent": ACLED codes a demonstration that turns violent as the riot it became), or the riot is told
            # in the sentence right after the march's (`_march_then_riot`)
            return False
        if claim.sub_event_type == "Peaceful protest" and all(m.sub_event_type in _APART for m in self.claims) \
                and any(m.sub_event_type == "Peaceful protest" for m in self.claims) \
                and all(any(_march_then_riot(m, r) for r in self.claims) for m in self.claims
                        if m.sub_event_type == "Peaceful protest") \
                and not any(_turned_violent(m) or _march_then_riot(claim, m) for m in self.claims):
            # the march that became the riot is in it; a rally told apart (the morning's rally elsewhere in the
            # city before the crowd massed at the parliament) is still its own event
            return False
        mine = _sides([claim])
        if mine and self.sides and not mine & self.sides:
            return False
        return not _answering_strike(self.claims, claim)


# a riot told as coming out of the demonstration: "broke away from the march", "the rally turned violent",
# "some of the marchers broke into ..."
_DEMO_NOUN = r"(?:march|marchers|rally|protest|protesters|demonstration|demonstrators|procession|crowd)"
TURNED_VIOLENT = re.compile(r"\b(?:broke|breaking|split|splitting|splintered|peeled)\s+(?:away|off)\s+from\s+(?:the|a|that)\s+"
                            r"(?:[\w-]+\s+)?" + _DEMO_NOUN + r"\b|\b(?:the|a)\s+(?:[\w-]+\s+)?" + _DEMO_NOUN
                            + r"\s+(?:later\s+|then\s+|soon\s+)?turned\s+(?:violent|into\s+(?:a\s+)?riots?)\b|"
                            # "Some of the marchers broke into the parliament": part of the crowd just told
                            r"\b(?:some|many|several|dozens|hundreds|groups?|part)\s+of\s+the\s+" + _DEMO_NOUN + r"\b",
                            re.IGNORECASE)


# a riot sentence that says it is somewhere else, later, or a crowd of its own ("Elsewhere in the city",
# "Separately", "Meanwhile, in another district", "Later, groups of protesters", "That evening", "a second group",
# "other protesters")
ELSEWHERE = re.compile(r"^\W*(?:elsewhere|separately|meanwhile|later|afterwards|hours later|that (?:evening|night|"
                       r"afternoon)|in (?:another|a different|other) (?:part|district|"
                       r"neighbou?rhood|area|quarter)s?)\b|\b(?:another|a second|a separate|other) (?:group|crowd|"
                       r"protesters|demonstrators|rioters|youths)\b", re.IGNORECASE)


def _march_then_riot(march: Claim, riot: Claim) -> bool:
    """'Thousands gathered in the square and marched to the parliament. At the parliament, protesters threw stones at
    police': the riot told in the sentence right after the march's, in the same paragraph, is what that march
    became (ACLED codes a demonstration that turns violent as the riot it became), unless the riot's sentence
    places it elsewhere or gives it a crowd of its own."""
    if march.sub_event_type != "Peaceful protest" or riot.sub_event_type != "Violent demonstration" \
            or march.report_id != riot.report_id or _says_peaceful(march):
        return False
    a = march.sentence_evidence()
    b = riot.sentence_evidence()
    if a is None or b is None or a.entry != b.entry or not 0 <= b.start - a.end <= 1:
        return False
    return not ELSEWHERE.search(b.text)


def _turned_violent(c: Claim) -> bool:
    return c.sub_event_type == "Violent demonstration" and any(
        e.field == "sentence" and TURNED_VIOLENT.search(e.text) for e in c.evidence)


PEACEFUL = re.compile(r"\bpeaceful(?:ly)?\b|\bwithout (?:any |serious )?incidents?\b", re.IGNORECASE)


def _says_peaceful(c: Claim) -> bool:
    return any(e.field == "sentence" and PEACEFUL.search(e.text) for e in c.evidence)


def _same_sentence(a: Claim, b: Claim) -> bool:
    return a.report_id == b.report_id and _sentence_start(a) is not None and _sentence_start(a) == _sentence_start(b)


# a taking told as one more ("also took the airport", "went on to seize the prison", "a further town"):
# the words mark an incident beside the one already told
FURTHER = re.compile(r"\b(?:also|went on to|further|as well)\b", re.IGNORECASE)


def _further_taking(claim: Claim) -> bool:
    if claim.sub_event_type not in TERRITORY or not any(e.field == "date" for e in claim.evidence):
        return False
    sentence = claim.sentence_text()
    return bool(FURTHER.search(sentence) or DISTINCT.search(sentence))


STRIKES = ("Air/drone strike", "Shelling/artillery/missile attack")


def _answering_strike(members: list[Claim], claim: Claim) -> bool:
    """A strike by the side another strike of the day hit, there ("Russian aviation struck the Ukrainian units";
    "a Ukrainian drone struck an ambulance"): each side's strike is its own event (ACLED: incidents that differ
    in actor are separate), not one told twice."""
    if claim.sub_event_type not in STRIKES or claim.actor1 is None or not claim.actor1.side:
        return False
    mine = claim.actor1.side
    target = claim.actor2.side if claim.actor2 is not None else None
    answered = False
    for m in members:
        if m.actor1 is None or not m.actor1.side or m.sub_event_type not in STRIKES:
            continue
        if m.actor1.side == mine:
            return False  # the same side's strike, told again
        if (m.actor2 is not None and m.actor2.side == mine) or m.actor1.side == target:
            answered = True
    return answered


def _yields(cluster: list[Claim], claim: Claim) -> bool:
    """A retreat by the side that lost a place the cluster says was taken: it agrees with the taking."""
    head = cluster[0]
    if head.sub_event_type not in TERRITORY or claim.modality == "denied" or claim.event_type != "Battles" \
            or claim.sub_event_type in TERRITORY or claim.actor1 is None or not claim.actor1.side:
        return False
    if not any(_same_place(c, claim) for c in cluster):
        return False
    if claim.event_date not in {c.event_date for c in cluster if c.polarity == "supports"}:
        return False
    takers = {c.actor1.side for c in cluster if c.actor1 is not None and c.polarity == "supports"
              and c.sub_event_type == head.sub_event_type}
    return bool(takers) and not any(allied(claim.actor1.side, t) for t in takers)


def _told_before(cluster: list[Claim], claim: Claim) -> int:
    """Where the last sentence of the cluster told before the claim's starts in the same report (-1: none)."""
    at = _sentence_start(claim)
    if at is None:
        return -1
    return max((s for c in cluster if c.report_id == claim.report_id and c.polarity == "supports"
                for s in (_sentence_start(c),) if s is not None and s < at), default=-1)


def _sentence_start(c: Claim) -> int | None:
    return next((e.start for e in c.evidence if e.field == "sentence"), None)


# "its fighters", "their troops": the speaker's own men
OWN_MEN = re.compile(r"\b(?:its|their)\s+(?:own\s+)?(?:fighters|forces|troops|men|members|soldiers|units|militiamen)\b",
                     re.IGNORECASE)


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
    src = claim.source
    if claim.modality == "denied" and src is not None and src.party and OWN_MEN.search(claim.sentence_text()) \
            and any(c.actor1 is not None and c.actor1.key == src.party for c in cluster if c.polarity == "supports"):
        # "The RSF denies that its fighters entered the hospital": a party denying that its own men did what they
        # are told doing at that place and day denies that act, whatever kind its sentence reads as
        return True
    if claim.modality == "denied" or head.event_type != "Battles":
        # "the ministry denied that its forces carried out the strike", "... as fake news"
        return _family(head.sub_event_type) == _family(claim.sub_event_type)
    retreating = claim.actor1.side if claim.actor1 else None
    # the side the event says advanced is the taker of the event's own kind (its head's): a claim of the
    # other kind in it ("regains" beside "overtakes") is another side's version, not who took the place
    advancing = {c.actor1.side for c in cluster if c.actor1 is not None and c.polarity == "supports"
                 and c.sub_event_type == head.sub_event_type}
    return retreating is None or not advancing or any(allied(retreating, a) for a in advancing)


# "its jets struck", "our forces repelled", "said it had retaken": the speaker's own forces as the doer
OWN_ACT = re.compile(r"\b(?:its|their|our)\s+(?:own\s+)?(?:forces|troops|soldiers|units|jets|warplanes|fighter\s+jets|"
                     r"aircraft|planes|drones|artillery|navy|air\s+force|army|men|gunners|air\s+defen[cs]es?)\b|"
                     r"\b(?:said|says|announced|stated|claimed|added)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|they|we)\s+"
                     r"(?:had\s+|has\s+|have\s+)?(?:struck|hit|bombed|targeted|shelled|attacked|destroyed|killed|"
                     r"captured|retook|retaken|recaptured|took|taken|seized|repelled|repulsed|shot\s+down|intercepted|"
                     r"liberated|raided|ambushed|eliminated|neutrali[sz]ed)\b", re.IGNORECASE)


def _is_party(source: SourceRef | None) -> bool:
    if source is None:
        return False
    return source.kind in PARTY_KINDS or source.stance == "party" or bool(source.party)


@lru_cache(maxsize=1024)
def _state_of(party: str | None) -> str | None:
    """The country whose state a party stands for ("Ukraine", "state_forces:SDN", "police:IDN", "idf"), or
    None for a party that is no state (an armed group, its outlet) or an unknown one."""
    if not party:
        return None
    from .knowledge.actor_book import STATE_KINDS
    from .knowledge.actors import group_info
    from .knowledge.countries import country

    try:
        info = group_info(party)
    except KeyError:
        info = None
    if info is not None:
        kind = party.partition(":")[0] if ":" in party else None
        generic = kind in STATE_KINDS or party in _STATE_GROUPS()
        return country_name(info.get("country")) if generic else None
    if party.partition(":")[0] in ("government", "state_forces", "police", "air_force", "military"):
        party = party.partition(":")[2]
    return country_name(party) if country(party) is not None else None


@lru_cache(maxsize=1)
def _STATE_GROUPS() -> frozenset[str]:
    """Named groups that are a state's organs (a country's air force, its army under another name)."""
    from .knowledge.actor_book import STATE_KINDS
    from .knowledge.actors import _matcher

    book = _matcher().book
    return frozenset(k for k, g in book.groups.items() if g.generic in STATE_KINDS)


@lru_cache(maxsize=1024)
def _home_of(key: str) -> str | None:
    from .knowledge.actors import group_info

    if ":" in key:
        found = country_name(key.rsplit(":", 1)[1])
        if found:
            return found
    try:
        info = group_info(key)
    except KeyError:
        return None
    return country_name(info.get("country")) if info and info.get("country") else None


def _actor_home(actor: ActorRef) -> str | None:
    """The country an actor belongs to by its registry key ("civilians:SDN", a group's home country), or None."""
    return _home_of(actor.key) if actor.key else None


def _actor_state(actor: ActorRef) -> str | None:
    """The country whose state forces (army, police, government) this actor is, or None."""
    if actor.key:
        return _state_of(actor.key)
    m = STATE_ACTOR.match(actor.name)
    return country_name(m.group(1)) if m else None


STATE_ACTOR = re.compile(r"^(?:Military|Police) Forces of (?:the )?(.+?)(?: \(.*\))?$|^Government of (?:the )?(.+?)(?: \(.*\))?$")
DEMONSTRATIONS = ("Protests", "Riots")
CROWDS = (5, 6)  # rioters and protesters: policing them is no armed conflict
WAGING = (1, 2, 8)  # armed forces a state is at war with when they fight on its soil (not unidentified gunmen)


@lru_cache(maxsize=256)
def _intervenes_in(state: str) -> frozenset[str]:
    """The countries whose war a state takes part in (actors.yaml `party_of`)."""
    from .knowledge.actors import _matcher

    book = _matcher().book
    found = book.states.get(state)
    return frozenset(country_name(c) or c for c in (found.party_of if found else {}))


def _party_camp(source: SourceRef, supports: list[Claim]) -> str | None:
    """The camp a source speaks for in this event, or None when it is no party to it (PRODUCT.md: `claimed`
    means only a party to the conflict says it).

    A party is an armed side of the event's conflict. An armed group and its outlets are always one. Of a
    state, only its armed and security forces and the bodies that command them and speak for them in war are
    (`_organ`): its army and defence ministry are a party to an act of war in which its own forces take part
    (unless they only police a crowd), to one fought on its soil by another state's forces or by rebels, and
    to a war it intervenes in; its police, interior ministry and security services only when the state's
    forces are an actor of the event; its head of state or government and its national authorities when its
    forces are an actor or for a battle on its soil or in its war; its media only where the source registry
    marks them as the party's outlet in that conflict (SANA in Syria's war). Its civilian services and local
    officials (a health ministry, civil defence, a hospital, a governor, a mayor, a village chief) report harm
    done to people and are no party, nor is any state to a demonstration or riot, to an attack by unidentified
    gunmen on civilians, or to violence in another country that only hurts its citizens there."""
    if not _is_party(source):
        return None
    state = _state_of(source.party) if source.party else None
    if state is None and source.kind in ("government", "state media", "military", "police") and source.party:
        state = country_name(source.party)
    if state is None:
        if source.party and source.kind not in ("government", "state media", "military", "official", "police"):
            return _group_side(source.party)
        if source.kind in ("government", "official") and _organ(source) == "civil":
            return None
        return source.party or source.name
    organ = _organ(source)
    if organ == "civil" or (organ == "media" and not source.stance.startswith("party")):
        return None
    if any(c.event_type in DEMONSTRATIONS for c in supports):
        return None
    actors = [a for c in supports for a in (c.actor1, c.actor2, *c.assoc_actor_1, *c.assoc_actor_2)
              if a is not None]
    own = [a for a in actors if _actor_state(a) == state]
    others = [a for a in actors if _actor_state(a) != state]
    if own and all(c.event_type == "Strategic developments" for c in supports) \
            and not any(a.inter in ARMED_FOES for a in others):
        # arrests, raids and seizures by a state's police or army of people who bear no arms are law
        # enforcement, not an act of war: the state tells them as a source like any other
        return None
    if own and not (others and all(a.inter in CROWDS for a in others)):
        return own[0].side or "government"
    where = {country_name(c.location.country) or c.location.country for c in supports if c.location is not None}
    if organ in ("security", "command") and any(OPERATION_VOICE in c.flags and c.source is not None
                                                and c.source.name == source.name for c in supports):
        # an interior ministry or a minister telling the operation its state's forces ran against a rebel or
        # jihadist group speaks for that operation, for the group's acts in it too ("the ministry said the
        # militants executed seven hostages" in the siege its special forces ended): `mark_operation_voices`
        return "government"
    if organ in ("armed", "command") and any(c.source is not None and c.source.name == source.name
                                             and OWN_ACT.search(c.sentence_text()) for c in supports):
        # "the defence ministry said its jets struck PKK targets", "the army said it had retaken the village": a
        # state's forces (or those who command them) telling what they did themselves, whoever the text names
        return "government"
    if organ == "security":
        # police, an interior ministry, security services: a party only to what the state's forces did or met
        return None
    where = {country_name(c.location.country) or c.location.country for c in supports if c.location is not None}
    if not where:
        # no place found for it: the country its actors belong to (the civilians of Sudan, a group fighting there)
        where = {w for w in (_actor_home(a) for a in actors) if w}
    if not where and organ in ("armed", "command") and any(a.key in UNPLACED_FORCES for a in actors) \
            and any(a.inter in ARMED_FOES for a in actors):
        # "the Malian army said troops killed 30 militants near X", X unknown to the gazetteer: the troops of no
        # named country are the speaking state's own
        return "government"
    armed = organ in ("armed", "media")
    battle = any(c.event_type == "Battles" for c in supports)
    if state in where and (armed or battle) \
            and any(a.inter in WAGING and a.side not in ("civilian", "protesters") for a in others):
        return "government"
    if state in where and armed and any(a.inter in ARMED_FOES for a in others):
        # "gunmen ambushed a convoy, a defence ministry spokesman said": a state's armed forces (and their
        # ministry) fight whoever bears arms on its soil; they tell such an attack as a party
        return "government"
    if state in where and armed and (not actors or (all(a.inter not in ARMED_FOES + (1,) for a in actors)
                                                    and any(c.event_type in WARFARE for c in supports))):
        # "a rocket landed near the airport, the defence ministry said": no armed actor named, an act of war on
        # the state's own soil, told by its armed forces
        return "government"
    if where & _intervenes_in(state):
        from .knowledge.actors import _matcher

        found = _matcher().book.states.get(state)
        sides = {found.party_of.get(w) for w in where} if found else set()
        return next((x for x in sides if x), "government")
    return None


# Which of a state's organs a source is (`_organ`). Its civilian services and local officials report harm done
# to people; they are no party to the fighting (README "Data model").
CIVIL_ORGAN = re.compile(
    r"\b(?:health|hospitals?|medical|doctors?|medics?|nurses?|ambulance|civil (?:defen[cs]e|protection)|"
    r"rescue|rescuers|emergenc(?:y|ies)|disaster|red crescent|railways?|governors?|governorate|mayors?|prefects?|"
    r"sub-prefects?|village (?:chief|head|elder|leader)s?|(?:local|municipal|district|provincial|regional|"
    r"county|city|town|village) (?:officials?|authorit(?:y|ies)|government|councils?|councillors?|"
    r"administrations?|leaders?|chiefs?)|councillors?|administrators?|prosecutors?|attorney|courts?|judges?|"
    r"education|schools?|coroners?|morgue|forensic|labou?r|social|humanitarian|relief|refugees?|"
    r"statistics|electoral|ombudsman|human rights|"
    # lawmakers speak for voters, not for the forces: "a local lawmaker said the city had fallen"
    r"lawmakers?|legislators?|MPs?|members? of parliament|parliamentarians?|senators?)\b",
    re.IGNORECASE)
ARMED_ORGAN = re.compile(r"\b(?:defen[cs]e|army|military|armed forces|general staff|navy|air force|troops|soldiers|"
                         r"brigade|battalion|operations command|joint (?:operations|staff)|war ministry|pentagon|"
                         r"centcom|coalition|peshmerga|"
                         # border and coast guards hold a state's frontier against whoever crosses it in arms
                         r"border (?:guards?|services?|troops|police|forces)|coast ?guards?)\b", re.IGNORECASE)
SECURITY_ORGAN = re.compile(r"\b(?:interior|home affairs|internal affairs|police|gendarmerie|gendarmes|national guard|"
                            r"security (?:forces|services?|ministry)|intelligence|counter-?terrorism)\b", re.IGNORECASE)
# an officer of whatever force the words name: of the police when they name it, else of the armed forces
OFFICER = re.compile(r"\b(?:commanders?|officers?|generals?|colonels?|major|captain|lieutenant)\b", re.IGNORECASE)


def _organ(source: SourceRef) -> str:
    """Which of a state's organs a party source is: `armed` (its army, defence ministry, general staff, an
    officer), `security` (police, interior ministry, intelligence: a party when the state's forces are an
    actor of the event), `media` (state media), `civil` (health ministry, civil defence, hospitals, a governor,
    a mayor, local officials, prosecutors: no party) or `command` (the head of state or government, the
    government, national authorities and officials)."""
    if source.kind == "military":
        return "armed"
    if source.kind == "police":
        return "security"
    if source.kind in ("state media", "party outlet"):
        return "media"
    for text in (source.name, source.cue):
        if not text:
            continue
        if CIVIL_ORGAN.search(text):
            return "civil"
        if ARMED_ORGAN.search(text):
            return "armed"
        if SECURITY_ORGAN.search(text):
            return "security"
        if OFFICER.search(text):
            return "armed"
    return "command"


ARMED_FOES = (2, 3, 4, 8)
FOES_AT_WAR = (2, 8)  # rebels, jihadists and foreign forces: a state's war, not its crime or communal strife
OPERATION_VOICE = "operation-voice"
# accounts that disagree on who did it (`extract.claims._mark_disputed_doers`): the event is contested
DISPUTED_DOER = "disputed-doer"


def mark_operation_voices(claims: list[Claim]) -> None:
    """Flag the claims a state's voice makes, in a report in which that voice also tells its forces fighting a
    named rebel, jihadist or foreign armed group (inter 2 or 8), about what that group did: the state's
    interior ministry or government narrating a siege or an operation speaks for it as a party, for the
    group's acts against civilians in it as for the assault (`_party_camp`). A state's voice that tells no
    fight of its own forces with the group (police reporting a bombing) stays a source like any other."""
    fought: set[tuple[str, str, str]] = set()
    for c in claims:
        if c.event_type != "Battles" or c.polarity != "supports" or not _is_party(c.source):
            continue
        state = _state_of(c.source.party) if c.source.party else None
        if state is None or _organ(c.source) == "civil":
            continue
        pair = [a for a in (c.actor1, c.actor2) if a is not None]
        if any(_actor_state(a) == state for a in pair):
            for a in pair:
                if a.inter in FOES_AT_WAR and a.side not in ("civilian", "protesters", "unknown", None) \
                        and _actor_state(a) != state:
                    fought.add((c.report_id, state, a.name))
    if not fought:
        return
    for c in claims:
        if c.event_type == "Battles" or not _is_party(c.source) or OPERATION_VOICE in c.flags:
            continue
        state = _state_of(c.source.party) if c.source.party else None
        if state is None or _organ(c.source) not in ("security", "command"):
            continue
        if any((c.report_id, state, a.name) in fought for a in (c.actor1, c.actor2) if a is not None):
            c.flags = [*c.flags, OPERATION_VOICE]
WARFARE = ("Battles", "Explosions/Remote violence")


@lru_cache(maxsize=1024)
def _group_side(party: str) -> str:
    from .knowledge.actors import group_info

    try:
        return group_info(party).get("side") or party
    except KeyError:
        return party


OWN_STAFF = re.compile(r"^\s*our\s+(?:own\s+)?(?:[\w-]+\s+)?(?:correspondents?|reporters?|journalists?|team|"
                       r"crew|editors?|staff|stringers?)\b", re.IGNORECASE)


def _press(source: SourceRef) -> bool:
    """The report's own voice, its unnamed reporters ("journalists at the scene") and unnamed media ("local
    media", "live TV pictures"): the press, not a source the reader can weigh on its own. A described
    outlet whose side is known ("a pro-Assad website") is a voice of its own."""
    if source.kind not in ("news outlet", "journalist"):
        return False
    if OWN_STAFF.match(source.name):
        return True  # "our correspondent in Durban says": the report's own reporter
    if source.kind == "news outlet" and not source.cue:
        return True
    if UNNAMED_PRESS.match(source.name) and source.stance in ("unknown", "", None):
        return True  # "Local media reported", "News reports said" at the head of a sentence: capitalised, unnamed
    return source.name[:1].islower() and source.stance in ("unknown", "", None)


# media named by no name: "local media", "news reports", "foreign journalists", "television"
UNNAMED_PRESS = re.compile(r"^(?:the\s+)?(?:(?:local|regional|national|foreign|international|independent|private|"
                           r"online|social|some|several|other|many|news|television|media|press)\s+)*(?:media|press|"
                           r"reports?|outlets?|newspapers?|television|tv|radio|broadcasters?|journalists?|reporters?|"
                           r"websites?|footage|pictures|images)$", re.IGNORECASE)


def _voice(claim: Claim) -> str:
    return _voice_of(claim.source, claim.report_id)


def _voices(claim: Claim) -> list[SourceRef]:
    """The sources a claim's attribution names: two for "according to NNA and civil defence teams" (the split
    `extract.sources.joined_sources` makes for counting voices; the extraction's own split of one attribution
    into two claims, `claims._joint_voices`, differs on purpose: see there)."""
    source = claim.source
    if " and " not in source.name and " as well as " not in source.name:
        return [source]
    country = claim.location.country if claim.location is not None else None
    return list(_joined_sources(source.name, source.kind, source.stance, source.cue, source.party, country)) or [source]


@lru_cache(maxsize=512)
def _joined_sources(name: str, kind: str, stance: str, cue: str, party: str | None,
                    country: str | None) -> tuple[SourceRef, ...]:
    from .extract.sources import joined_sources

    parts = joined_sources(SourceRef(name, kind, stance, cue=cue, party=party), country)
    return tuple(parts) if len(parts) > 1 else ()


def _voice_of(source: SourceRef, report_id: str) -> str:
    """Who stands behind a claim's source, to tell independent sources apart: the press of one report is one
    voice; the organs of one state that are a party to war (its army, defence ministry, police, government,
    the media the registry marks as its outlet) are one voice, the state's; each of its civilian services and
    local officials (a health ministry, civil defence, a governor) is a voice of its own, as is a state news
    agency the registry does not mark as a party's outlet; "a local official" and "local officials" are one."""
    if _press(source):
        return f"\0press|{report_id}"
    if source.kind == "witnesses":
        # "residents", "witnesses", "residents and two girls": the people on the spot of one report are one voice
        return f"\0witnesses|{report_id}"
    if _is_party(source):
        state = _state_of(source.party) if source.party else None
        if state is not None and _organ(source) == "civil":
            # "the Ministry of Public Health" and "the health ministry" are one body; a governor is another
            found = CIVIL_ORGAN.search(source.name) or CIVIL_ORGAN.search(source.cue or "")
            body = re.sub(r"s\b", "", found.group(0).lower())
            return f"\0civil|{state}|{body}"
        if state is not None and not (source.kind == "state media" and not source.stance.startswith("party")):
            return f"\0state|{state}"
    return re.sub(r"s\b", "", source.name.lower())


def _unarmed_voice(source: SourceRef, supports: list[Claim]) -> str | None:
    """The voice of a state's organ that is no party to this event (police, a minister, the president telling a
    riot, a demonstration or unidentified gunmen's attack): its own body, not the state's (README "Data model":
    the organs of one armed party are one voice; a state that is no party is no armed side, and its police and
    its government are bodies that report what they saw, as its civilian services are). None for a party's
    organ and for any voice that is not a state's."""
    if not _is_party(source) or not source.party:
        return None
    state = _state_of(source.party)
    if state is None or _organ(source) in ("civil", "media") or _party_camp(source, supports) is not None:
        return None
    return f"\0organ|{state}|{_organ(source)}"


def _told_at(source: SourceRef | None) -> tuple[int, int]:
    """Where a report names a source: its attribution's start, then the name's place in the attribution
    (two voices split from one attribution share its span)."""
    if source is None or source.start is None:
        return (1 << 30, 0)
    at = (source.cue or "").lower().find(source.name.lower())
    return (source.start, at if at >= 0 else 0)


def _aftermath_only(claim: Claim, sub: str | None, supports: list[Claim]) -> bool:
    """A claim that tells only the arrests after an event of another kind ("police said they had detained 400
    people" beside the riot) backs the arrests, not the riot: its voice does not count for the event, unless
    no claim of the event's own kind names a voice."""
    if sub is None or sub == "Arrests" or claim.sub_event_type != "Arrests":
        return False
    return any(c.sub_event_type != "Arrests" and c.source is not None and c.source.name not in UNNAMED
               for c in supports)


def status_of(claims: list[Claim], sub: str | None = None) -> str:
    """The event's status from its claims (README "Data model"); `sub` is the event's sub-event type."""
    supports = [c for c in claims if c.polarity == "supports" and c.modality != "denied"]
    # the others (not `c not in supports`: list membership compares whole claims, quadratic in a big event)
    against = [c for c in claims if not (c.polarity == "supports" and c.modality != "denied")]
    if supports:
        against = [c for c in against if not _disowns_only(c, supports) and not _withdrawn(c, supports)
                   and not _denies_other_force(c, sub)]
    if against:
        return "contested" if supports else "denied"
    if any(DISPUTED_DOER in c.flags for c in supports):
        # a group's claim against another voice's doer, a blamed group's denial (`claims._mark_disputed_doers`)
        return "contested"
    named: dict[str, SourceRef] = {}
    for c in sorted(supports, key=_order):
        if c.source is None or c.source.name in UNNAMED or "relay" in c.flags or "same voice" in c.flags:
            # (an outlet that relayed a speaker's words, "X said, according to IRNA", is that speaker's voice; so is
            # the body's spokesman going on after it)
            continue
        if _aftermath_only(c, sub, supports):
            continue
        for source in _voices(c):
            source = _seated(source, supports)
            named.setdefault(_unarmed_voice(source, supports) or _voice_of(source, c.report_id), source)
    # A report that names who told it the event tells it on their word: its own voice ("Police fired on the
    # crowd", the headline, the lede) backs no named source of the same report; it counts only alone.
    sourced = {c.report_id for c in supports if c.source is not None and c.source.name not in UNNAMED
               and not _press(c.source)}
    named = {v: s for v, s in named.items() if not (v.startswith("\0press|") and v.split("|", 1)[1] in sourced)}
    if not named:
        return "reported"
    if len({c.source.name for c in supports if c.source is not None}) >= 2 \
            and any(OTHER_ORIGIN.search(c.sentence_text()) for c in supports):
        # "the president said the shots may have come from a private guard" beside witnesses who saw soldiers
        # fire: accounts that disagree on who did it (README "Data model")
        return "contested"
    if len(named) >= 2 and any(UNARMED_VERSION.search(c.sentence_text()) for c in supports
                               if c.source is not None and not _is_party(c.source)) \
            and any(_party_camp(s, supports) is not None or s.kind in ("police", "military") for s in named.values()):
        # "police said officers shot a man who attacked them with a machete. His relatives said he was unarmed": a
        # force's version and another voice's that makes the dead a harmless man (README: accounts disagree)
        return "contested"
    if any(s.kind == BOTH_SIDES for s in named.values()):
        # "a ceasefire was agreed, both sides say": opposing parties that agree (README "Data model")
        return "corroborated"
    camps = [_party_camp(s, supports) for s in named.values()]
    parties = [camp for camp in camps if camp is not None]
    if len(named) >= 2:
        # independent sources agree, or a party admits what others report, or parties on opposite sides agree
        if len(parties) < len(named) or (len({_camp_of(p) for p in parties}) >= 2 and not _backs(named, supports)):
            return "corroborated"
        return "claimed"
    return "claimed" if parties else "reported"


def _party_words(source: SourceRef) -> set[str]:
    """The names a party source goes by: its own and its registry names and aliases."""
    names = [source.name]
    if source.party:
        from .knowledge.actors import group_info

        try:
            info = group_info(source.party)
        except KeyError:
            info = None
        if info is not None:
            names += [info.get("name") or "", *(info.get("aliases") or [])]
    words = {w.lower() for n in names for w in re.findall(r"[A-Za-z][\w-]{2,}", n)
             if w[0].isupper() and w.lower() not in ("the", "forces", "force", "movement", "group", "army", "military")}
    # and its initials ("Syrian Democratic Forces": SDF)
    words |= {"".join(w[0] for w in n.split()).lower() for n in names if len(n.split()) >= 3}
    return words


def _backs(named: dict[str, SourceRef], supports: list[Claim]) -> bool:
    """Two party voices of camps that fight on one side (README "Data model": `claimed` is parties of one side): one
    tells its act as done "in support of" the other ("a coalition spokesman said its aircraft struck in support of
    the SDF"), so the coalition and the local force it backs are one side, not opposing parties that agree."""
    parties = [s for s in named.values() if _party_camp(s, supports) is not None]
    if len(parties) != 2:
        return False
    for c in supports:
        if c.source is None or not _is_party(c.source):
            continue
        sent = c.sentence_text()
        for m in re.finditer(r"\b(?:in\s+(?:support|aid)\s+of|on\s+behalf\s+of|alongside|backing)\s+(?:the\s+)?", sent):
            backed = {w.lower() for w in re.findall(r"[A-Za-z][\w-]{2,}", sent[m.end(): m.end() + 40])}
            if any(_party_words(s) & backed for s in parties if s.name != c.source.name):
                return True
    return False


# another voice's version of the dead against a force's: "he was unarmed", "they were innocent bystanders", "had
# done nothing", "was shot while walking home"
UNARMED_VERSION = re.compile(r"\b(?:(?:he|she|they|the\s+\w+|both|all)\s+(?:was|were|had\s+been)\s+(?:completely\s+)?"
                             r"(?:unarmed|innocent|not\s+armed|peaceful|(?:a\s+)?(?:passer-?by|bystanders?))|"
                             r"(?:had|have)\s+done\s+nothing|shot\s+(?:in\s+the\s+back\s+)?while\s+(?:walking|"
                             r"running\s+away|fleeing|sleeping|praying|standing))\b", re.IGNORECASE)


# another origin of the fire put forward: "the shots may have come from a private security guard", "the blast might
# have been caused by a gas cylinder"
OTHER_ORIGIN = re.compile(r"\b(?:shots?|gunfire|fire|bullets?|shells?|rockets?|blast|explosion)\s+(?:may|might|could)\s+"
                          r"have\s+(?:come|been\s+fired|been\s+caused|been\s+set\s+off)\s+(?:from|by)\b", re.IGNORECASE)


# "security sources", "a police source", "military officials": unnamed people of a state's forces, who speak for them
FORCES_SOURCE = re.compile(r"\b(?:(?P<police>police)|security|military|army)\s+(?:sources?|officials?)\b", re.IGNORECASE)


UNPLACED_FORCES = ("state_forces", "police")  # a state's forces the text ties to no country


def _seated(source: SourceRef, supports: list[Claim]) -> SourceRef:
    """A voice of a state's forces that the text does not tie to a state ("Brigadier General X told reporters",
    "a security source says", "police sources said") speaks for the forces of the country the event happened
    in when those forces are an actor of it: the army's general and the army's statement are one voice, the
    state's, and a party to the fight (README "Data model"). A voice whose state is known, or one of no
    state's forces, is left as it is."""
    if source.party or source.kind in ("witnesses", "news outlet", "journalist"):
        return source
    words = FORCES_SOURCE.search(source.name)
    if source.kind != "military" and not (source.kind in ("official", "military", "police") and words):
        return source
    where = next((c.location.country for c in supports if c.location is not None and c.location.country), None)
    state = country_name(where) if where else None
    pair = [a for c in supports for a in (c.actor1, c.actor2) if a is not None]
    if where is None and any(a.key in UNPLACED_FORCES for a in pair) and any(a.inter in ARMED_FOES for a in pair) \
            and not any(c.event_type in DEMONSTRATIONS for c in supports):
        # "gendarmes were killed in an ambush near X, security sources said", X unknown to the gazetteer: the
        # sources speak for those forces, of whatever country it is
        kind = "police" if words is not None and words.group("police") else "military"
        return replace(source, kind=kind, stance="party:state_forces", party="state_forces")
    if state is None or not any(_actor_state(a) == state for c in supports
                                for a in (c.actor1, c.actor2, *c.assoc_actor_1, *c.assoc_actor_2) if a is not None):
        return source
    kind = "police" if words is not None and words.group("police") else "military"
    return replace(source, kind=kind, stance=f"party:{state}", party=state)


# "denied any role", "had nothing to do with the bombing", "its forces had not fired on the crowd": a speaker
# disowning a part in what happened, not saying it did not happen
DISOWNS = re.compile(
    r"\b(?:(?:denied|denies|deny|denying|rejected|disowned)\s+(?:any\s+|all\s+)?(?:role|involvement|responsibility|part|"
    r"hand|links?|connection)|nothing\s+to\s+do\s+with|(?:was|were|is|are)\s+not\s+(?:involved|behind|responsible)|"
    r"(?:had|has|have|did)\s+(?:not|never)\s+(?:fired|fire|shot|shoot|opened\s+fire|open\s+fire|carried\s+out|"
    r"carry\s+out|attacked|attack|taken\s+part|take\s+part)|never\s+(?:fired|attacked|carried\s+out))\b",
    re.IGNORECASE)


def _disowns_only(denial: Claim, supports: list[Claim]) -> bool:
    """A denial that only disowns a part in the event, by a speaker who is none of its actors ("the ministry said
    its forces had not fired on the crowd" where unidentified gunmen fired; a blamed group "denied any role" in
    a riot; a group saying it "had nothing to do with" a bombing told without a doer): it does not say the
    event did not happen, so it contests nothing (README "Data model": contested is a party denying its own
    act, or accounts that disagree on what happened). A party that is an actor of the event and denies it
    still contests it."""
    src = denial.source
    if src is None:
        return False
    sent = denial.sentence_text()
    if not DISOWNS.search(sent):
        return False
    state = _state_of(src.party) if src.party else None
    if src.party and state is None and src.kind in ("armed group", "party outlet"):
        # an armed group denying a role in violence is a suspect's denial: the report's unnamed attackers may be its
        # men (the militia the government blames says its fighters were not there): it contests the event
        return False
    actors = [a for c in supports for a in (c.actor1, c.actor2) if a is not None]
    name = src.name.lower()
    for a in actors:
        if src.party and (a.key == src.party or (state is not None and _actor_state(a) == state)):
            return False
        if len(name) >= 3 and (name in a.name.lower() or (a.mention and name in a.mention.lower())):
            return False
    return True


# the force used on a crowd, from the lesser to the worse: a denial of one contests an event of it or of a worse one
CROWD_FORCE = ("Protest with intervention", "Excessive force against protesters")


def _denies_other_force(denial: Claim, sub: str | None) -> bool:
    """A denial of the force used on a crowd ("a police commander denied that live rounds had been used") in an
    event that is not that force but the crowd's riot or its protest: the force denied is another act than the
    one the event codes (the riot happened whatever the police fired), so it contests nothing; a denial of
    live fire still contests an event coded as excessive force (README "Data model": a party denying its own act)."""
    if sub is None or denial.sub_event_type not in CROWD_FORCE:
        return False
    if sub in CROWD_FORCE:
        return CROWD_FORCE.index(sub) < CROWD_FORCE.index(denial.sub_event_type)
    return sub in ("Peaceful protest", "Violent demonstration", "Mob violence")


ADMITTED = r"[^.;]{0,80}?\b(?:acknowledged|acknowledges|admitted|admits|conceded|concedes|accepted\s+responsibility)\b"


def _withdrawn(denial: Claim, supports: list[Claim]) -> bool:
    """A denial its speaker has taken back: the same report tells the speaker admitting the act ("the coalition
    acknowledged on Saturday that its aircraft bombed the hall" beside "in the hours after the strike, the
    coalition said it had not carried out any raids"). The admission is the speaker's standing account; the
    event stands on it and its other voices. A denial by one voice and an admission by another is still a
    contest."""
    src = denial.source
    if src is None or not _is_party(src):
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w-]+", src.name) if w.lower() not in ("the", "of", "and", "for")]
    if not words:
        return False
    said = re.compile(r"\b" + re.escape(words[-1]) + r"(?:[’']s)?\b" + ADMITTED, re.IGNORECASE)
    for c in supports:
        if c.report_id != denial.report_id:
            continue
        sent = c.sentence_text()
        if said.search(sent):
            return True
    return False


def _camp_of(side: str) -> str:
    return side[len("foreign-pro-"):] if side.startswith("foreign-pro-") else side


# An event is a function of its cluster, and the store re-fuses the same stored claims (the same
# objects, from its claim cache) whenever a report lands near them: the event of a cluster is kept
# per cluster of claim objects (the entry holds the claims, so their ids stay theirs) and handed out
# as a copy, so that callers may change what they get. Claims are not changed once fused.
# Each call to fuse is a round (see Recent): events of clusters not seen again are let go.
_EVENTS: Recent[tuple[tuple[Claim, ...], Event]] = Recent()


def _cached_event(cluster: list[Claim], retold: frozenset[str] = frozenset()) -> Event:
    key = (tuple(map(id, cluster)), retold)
    cached = _EVENTS.get(key)
    if cached is None:
        cached = (tuple(cluster), _event(cluster, retold))
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


def _event(cluster: list[Claim], retold: frozenset[str] = frozenset()) -> Event:
    supports = [c for c in cluster if c.polarity == "supports"] or cluster
    # kind, place, day and actors come from the claims that tell the incident itself; a claim that only
    # retells it (a summary, a toll line, a vaguer telling folded in by `_fold_retellings`) adds its figures
    # and its voice
    told = [c for c in supports if _joined(c) is None and c.id not in retold] or supports
    anchor = told[0]
    located = [c for c in told if c.location is not None]
    place_claim = min(located, key=lambda c: (c.location.geo_precision, _order(c))) if located else anchor
    best_tp = min(c.time_precision for c in told)
    event_date = min(c.event_date for c in told if c.time_precision == best_tp)
    if len(told) < len(supports) and not any(_firm_day(c) for c in told if c.time_precision == 1):
        # the detailed telling is dated only by the report ("fought along several fronts, the sources said") and
        # a retelling states the day, up to two days before (the lede's "heavy fighting ... on Sunday"): that day
        mine = {id(c) for c in told}
        surer = [c.event_date for c in supports if id(c) not in mine and c.time_precision == 1 and _firm_day(c)
                 and any(e.field == "date" for e in c.evidence)
                 and timedelta(0) <= event_date - c.event_date <= _DRIFT_AFTER]
        if surer:
            event_date, best_tp = min(surer), 1
    # arrests folded into a demonstration (`_fold_crowd_arrests`) name the police and the arrested, not its sides
    actor_claim = max([c for c in told if c.sub_event_type != "Arrests"] or told,
                      key=lambda c: (c.actor1 is not None) + (c.actor2 is not None))
    actor1, actor2 = actor_claim.actor1, actor_claim.actor2
    assoc1 = _union([a for c in told for a in c.assoc_actor_1], exclude=actor1)
    assoc2 = _union([a for c in told for a in c.assoc_actor_2], exclude=actor2)
    sub = anchor.sub_event_type
    if sub in TERRITORY:  # the claim that names the taker decides regains vs overtakes
        takings = [c for c in told if c.sub_event_type in TERRITORY]
        sub = max(takings, key=lambda c: (c.actor1 is not None) + (c.actor2 is not None)).sub_event_type
    event_type = actor_claim.event_type if sub == actor_claim.sub_event_type else anchor.event_type
    if sub == IED and len(told) < len(supports):
        # a lede's "suicide bomber" and the body's "explosion" are one blast: an explosion of no stated kind is
        # coded as a remote explosive, so the retelling that names the weapon tells what it was
        named = [c.sub_event_type for c in supports if c.event_type == event_type and c.sub_event_type != IED]
        if named:
            sub = named[0]
    if sub in DEMONSTRATION:
        worst = max(told, key=lambda c: DEMONSTRATION.index(c.sub_event_type)
                    if c.sub_event_type in DEMONSTRATION else -1)
        sub, event_type = worst.sub_event_type, worst.event_type
        if sub == "Peaceful protest" and any(c.sub_event_type == "Arrests" for c in supports):
            sub, event_type = "Protest with intervention", "Protests"  # arrests at the protest are its intervention
    counts: dict[str, int] = {}
    for c in supports:
        for k, v in c.counts.items():
            counts[k] = max(counts.get(k, v), v)
    sources: list[SourceRef] = []
    source_names: set[str] = set()
    # sources in the order the reports tell them: reports as the cluster meets them, within a report by the
    # place of the attribution ("residents and local officials said": residents first), not by claim id
    first_seen = {}
    for n, c in enumerate(cluster):
        first_seen.setdefault(c.report_id, n)
    told_order = sorted(cluster, key=lambda c: (first_seen[c.report_id], *_told_at(c.source)))
    for c in told_order:
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
    status = status_of(cluster, sub)
    # (how extraction tied a retelling to its incident is the claims' business, not the event's)
    flags = sorted({f for c in cluster for f in c.flags if (not f.startswith("weak") or len(cluster) == 1)
                    and not f.startswith("joins:") and f != "toll-only"})
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


REVISED = re.compile(r"\b(?:now (?:says?|puts?|stands|reports?)|later (?:gave|give[sn]?|put|said|reported|"
                     r"announced) (?:a |an |the |its |their )?(?:[\w-]+ )?(?:death )?(?:toll|figure)|rose to|risen to|has risen|climbed to|up from|"
                     r"(?:raise[sd]?|revise[sd]?|update[sd]?|lift(?:ed|s)?) (?:the|its|their) (?:(?:death )?toll|number of "
                     r"(?:the )?(?:dead|deaths|fatalities|victims|(?:people|those) killed))|put (?:the|its|their) (?:death )?toll|"
                     # (another voice that "puts the number of dead at 160" gives its own estimate, not a revision)
                     r"toll (?:now )?stands at|"
                     r"increased to|revised (?:up|down|upwards|downwards)|(?:updated|revised|higher|new|later) (?:death )?"
                     r"(?:toll|figure))\b", re.IGNORECASE)


RISEN = re.compile(r"\b(?:rose to|risen to|has risen|climbed to|up from|increased to|revised (?:up|upwards)|"
                   r"(?:raised|lifted) (?:the|its|their) (?:death )?toll)\b", re.IGNORECASE)


ESTIMATE = re.compile(r"\b(?:puts?|putting|estimates|estimating)\s+(?:the|its|their)\s+(?:(?:death\s+)?toll|number\s+of)\b|"
                      r"\bestimated?\b", re.IGNORECASE)


def _revised(claims: list[Claim]) -> list[Claim]:
    """A toll revised later ("now says at least 30, up from the 13 it reported this morning") replaces the
    figures reported before it; the earlier figures are dropped, later independent ones stay."""
    revisions = [c for c in claims if c.fatalities is not None and c.fatalities.best is not None
                 and c.published is not None
                 and any(REVISED.search(e.text) for e in c.evidence if e.field == "sentence")]
    if not revisions:
        return claims
    latest = max(sorted(revisions, key=_order), key=lambda c: c.published)  # (of one time, the first told)
    if any(RISEN.search(e.text) for e in latest.evidence if e.field == "sentence"):
        # "the toll rose to three by mid-morning ... in the afternoon doctors said four had been killed": a
        # toll said to rise is overtaken by a higher figure the same report gives; only lower ones are outdated
        # (told after it, and not another voice's estimate: "local sources put the number of dead at 160" stays
        # one account against another, where ACLED keeps the lower)
        higher = [c for c in claims if c.fatalities is not None and c.fatalities.best is not None
                  and c.published == latest.published and c.fatalities.best > latest.fatalities.best
                  and _order(c) > _order(latest)
                  and not any(ESTIMATE.search(e.text) for e in c.evidence if e.field == "sentence")]
        if higher:
            top = min(c.fatalities.best for c in higher)
            return [c for c in claims if c.fatalities is None or c.fatalities.best is None or c.published is None
                    or c.published > latest.published or c.fatalities.best >= top]
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
    if any(c.fatalities is not None and (c.fatalities.best or c.fatalities.low) for c in claims):
        # "killing an officer" and "hundreds have been injured": the wounded say nothing against the deaths (nor
        # against an earlier toll: "had put the toll at 235 dead" and "128 people were wounded")
        claims = [c for c in claims if not _injuries_only(c)]
    outdated = [c.fatalities.low for c in claims if c.fatalities is not None and c.fatalities.best is None
                and c.fatalities.low is not None]
    figures = [c.fatalities for c in claims if c.fatalities is not None and c.fatalities.best is not None]
    stated = [f for f in figures if f.high is not None]
    figures = stated or figures
    vague = [c.fatalities for c in claims if c.fatalities in figures and _vague_toll(c)]
    if vague and len(vague) < len(figures):
        # "Monitors find dozens of bodies" and "the bodies of at least 45 people": "dozens" is read as 12 only
        # for want of a number (ACLED); a stated count at or above that reading is the same toll told exactly
        exact = [f for f in figures if not any(f is v for v in vague)]
        kept = [v for v in vague if not any(f.best >= v.best for f in exact)]
        figures = exact + kept
    if not figures:
        return Fatalities(low=min(outdated), best=min(outdated), high=None) if outdated else None
    independent = [c.fatalities for c in claims if c.fatalities in figures and not _is_party(c.source)]
    best = min(f.best for f in (independent or figures))
    low = min([f.low if f.low is not None else f.best for f in figures] + outdated)
    highs = [f.high for f in figures if f.high is not None]
    sides = _sides_total([c for c in claims if c.fatalities in figures])
    if sides is not None and sides > best:
        # "Tunisian forces killed 28 militants" and, in another sentence, "ten members of the security forces were
        # killed in the fighting": each side's dead, told apart, are parts of the battle's toll, not rival
        # estimates of it (ACLED counts all of an event's dead, not split between actors)
        best = sides
        highs.append(sides)
    return Fatalities(low=min(low, best), best=best, high=max(highs + [best]) if highs else None)


VAGUE_TOLL = re.compile(r"^(?:(?:at\s+least|more\s+than|some|over)\s+)?(?:tens|dozens|scores|hundreds|thousands)\b",
                        re.IGNORECASE)


def _vague_toll(c: Claim) -> bool:
    """A toll told by a vague plural ("dozens", "hundreds"), not by a number."""
    return any(e.field == "fatalities" and VAGUE_TOLL.match(e.text) for e in c.evidence)


def _toll_group(c: Claim) -> str | None:
    """Whose dead a claim's figure counts: 'state' forces, armed 'nonstate' fighters, 'civilian' or None (people,
    or a figure that already sums several groups)."""
    from .analyze import find_quantities
    from .extract.claims import _victim_group

    fat = next((e for e in c.evidence if e.field == "fatalities"), None)
    sent = c.sentence_evidence()
    if fat is None or sent is None or c.fatalities is None:
        return None
    q = next((q for q in find_quantities(sent.text, sent.start) if q.start == fat.start), None)
    if q is None or q.value != c.fatalities.best:
        return None
    group = _victim_group(q.head)
    if group is None and q.head and q.head.lower().split()[-1] in ("members", "member", "elements"):
        # "ten members of the security forces": the body they belong to says whose dead they are
        m = MEMBERS_OF.match(sent.text, (q.head_end or q.end) - sent.start)
        if m is not None:
            group = "state" if m.group("state") else "nonstate"
    return group


MEMBERS_OF = re.compile(r"\s+of\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:(?P<state>(?:security|armed|defen[cs]e)\s+forces|"
                        r"army|police|military|gendarmerie|national\s+guard|presidential\s+guard|navy|air\s+force)|"
                        r"(?P<nonstate>(?:armed|militant|rebel|insurgent|jihadist)\s+groups?|militias?|rebels|militants|"
                        r"insurgents))\b", re.IGNORECASE)


def _sides_total(claims: list[Claim]) -> int | None:
    """The dead of state forces plus those of armed non-state fighters, each side's most conservative figure,
    when the claims count both sides separately; None otherwise."""
    sides: dict[str, list[int]] = {}
    for c in claims:
        g = _toll_group(c)
        if g in ("state", "nonstate"):
            sides.setdefault(g, []).append(c.fatalities.best)
    if len(sides) < 2:
        return None
    return min(sides["state"]) + min(sides["nonstate"])


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
