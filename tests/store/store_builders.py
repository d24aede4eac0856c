"""Hand-built reports, claims and a trivial deterministic fuse function for the store tests."""
from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime

from sitroom.models import (
    DISORDER,
    SUB_TO_TYPE,
    ActorRef,
    Claim,
    Entry,
    Event,
    Evidence,
    Fatalities,
    Location,
    Report,
    SourceRef,
)

# -- builders -------------------------------------------------------------------------------------

SYRIA_PLACES = {
    "Sheikh Saeed": (36.1783, 37.1672, "Aleppo", "Jebel Saman"),
    "al-Bab": (36.3705, 37.5157, "Aleppo", "Al Bab"),
    "Palmyra": (34.5606, 38.2681, "Homs", "Tadmur"),
    "Idlib": (35.9306, 36.6339, "Idlib", "Idlib"),
}
IRAQ_PLACES = {"Mosul": (36.335, 43.1189, "Ninewa", "Mosul")}


def location(name: str, precision: int = 1) -> Location:
    if name in IRAQ_PLACES:
        lat, lon, a1, a2 = IRAQ_PLACES[name]
        return Location(name, lat, lon, precision, "Iraq", iso=368, admin1=a1, admin2=a2, gazetteer_id=f"gn:{name}")
    lat, lon, a1, a2 = SYRIA_PLACES[name]
    return Location(name, lat, lon, precision, "Syria", iso=760, admin1=a1, admin2=a2, gazetteer_id=f"gn:{name}")


GOV = ActorRef("Military Forces of Syria (2000-2024)", "regime troops", 1, "government")
REBELS = ActorRef("Opposition Rebels (Syria)", "rebels", 2, "opposition")
ISIS = ActorRef("Islamic State (Syria)", "ISIS", 2, "jihadist")
CIVILIANS = ActorRef("Civilians (Syria)", "civilians", 7, None)
HEZBOLLAH = ActorRef("Hezbollah", "Hezbollah", 8, "foreign-pro-government")
IRAQ_ARMY = ActorRef("Military Forces of Iraq (2014-)", "Iraqi troops", 1, "government")


def report(text: str, *, published: datetime = datetime(2016, 12, 9, 18, 50, tzinfo=UTC), external_id: str | None = None,
           outlet: str = "Syria Daily") -> Report:
    rid = hashlib.sha256(text.encode()).hexdigest()[:32]
    return Report(id=rid, text=text, published=published, outlet=outlet, url=f"https://example.org/{rid[:6]}",
                  title="Syria Daily", external_id=external_id, origin="test")


def entries_for(rep: Report) -> list[Entry]:
    return [Entry(rep.id, 0, "update", "UPDATE 1850 GMT", 0, len(rep.text), time=rep.published)]


def claim(rep: Report, n: int, sub: str, day: date, place: str | None, *, actor1: ActorRef | None = REBELS,
          actor2: ActorRef | None = GOV, best: int | None = None, source: str = "Local Coordination Committees",
          kind: str = "monitor", stance: str = "pro-opposition", phrase: str | None = None,
          assoc2: tuple[ActorRef, ...] = ()) -> Claim:
    phrase = phrase or rep.text
    start = rep.text.find(phrase)
    assert start >= 0, phrase
    return Claim(
        id=f"{rep.id[:12]}-{n}",
        report_id=rep.id,
        entry_index=0,
        event_type=SUB_TO_TYPE[sub],
        sub_event_type=sub,
        event_date=day,
        actor1=actor1,
        actor2=actor2,
        assoc_actor_2=list(assoc2),
        location=location(place) if place else None,
        fatalities=Fatalities(best, best, best) if best is not None else None,
        source=SourceRef(source, kind, stance, cue=f"according to the {source}"),
        evidence=[Evidence(rep.ref, "UPDATE 1850 GMT", start, start + len(phrase), phrase)],
        published=rep.published,
    )


def fuse(claims: list[Claim], *, by_day: bool = True, id_from_claims: bool = True) -> list[Event]:
    """One event per (date, sub-event type, place) — or per (sub-event type, place) with by_day=False.

    Without by_day the id comes from the group's earliest claim (so an event split by a store that
    forgot some of its claims gets a new id), or from the key with id_from_claims=False.
    """
    groups: dict[tuple, list[Claim]] = {}
    for c in claims:
        place = c.location.name if c.location else None
        key = (c.event_date, c.sub_event_type, place) if by_day else (c.sub_event_type, place)
        groups.setdefault(key, []).append(c)
    events = []
    for key, group in groups.items():
        first = group[0]
        ident = min(group, key=lambda c: (c.event_date, c.id)).id if (not by_day and id_from_claims) else repr(key)
        names = sorted({c.source.name for c in group if c.source})
        bests = [c.fatalities.best for c in group if c.fatalities and c.fatalities.best is not None]
        events.append(Event(
            id=hashlib.sha1(ident.encode()).hexdigest()[:16],
            event_date=min(c.event_date for c in group),
            time_precision=1,
            disorder_type=DISORDER[first.event_type],
            event_type=first.event_type,
            sub_event_type=first.sub_event_type,
            actor1=first.actor1,
            assoc_actor_1=first.assoc_actor_1,
            actor2=first.actor2,
            assoc_actor_2=first.assoc_actor_2,
            location=first.location,
            fatalities=Fatalities(min(bests), min(bests), max(bests)) if bests else None,
            status="corroborated" if len(names) > 1 else "reported",
            sources=[next(c.source for c in group if c.source and c.source.name == n) for n in names],
            claim_ids=sorted(c.id for c in group),
            evidence=[e for c in group for e in c.evidence],
            confidence=0.5 + 0.1 * len(group),
        ))
    return sorted(events, key=lambda e: e.id)


def fuse_by_place(claims: list[Claim]) -> list[Event]:
    return fuse(claims, by_day=False)


def fuse_by_place_key(claims: list[Claim]) -> list[Event]:
    return fuse(claims, by_day=False, id_from_claims=False)


def failing_fuse(claims: list[Claim]) -> list[Event]:
    raise RuntimeError("fuser broke")


# -- three reports used across the store tests ----------------------------------------------------

DEC = lambda d: date(2016, 12, d)  # noqa: E731 - reads better in the tables below

R1 = report(
    "Rebels killed at least 30 regime troops in clashes in Sheikh Saeed on Friday, the Local Coordination "
    "Committees said. Regime helicopters dropped barrel bombs on Idlib, killing 12 civilians."
)
R1_CLAIMS = [
    claim(R1, 0, "Armed clash", DEC(9), "Sheikh Saeed", best=30, assoc2=(HEZBOLLAH,),
          phrase="Rebels killed at least 30 regime troops in clashes in Sheikh Saeed on Friday"),
    claim(R1, 1, "Air/drone strike", DEC(9), "Idlib", actor1=GOV, actor2=CIVILIANS, best=12,
          phrase="Regime helicopters dropped barrel bombs on Idlib, killing 12 civilians."),
]
R2 = report(
    "A monitoring group said 25 pro-government fighters died in fighting in Sheikh Saeed. "
    "Islamic State fighters retook Palmyra from regime forces on Thursday.",
    published=datetime(2016, 12, 9, 21, 0, tzinfo=UTC), external_id="wire-7781", outlet="Wire",
)
R2_CLAIMS = [
    claim(R2, 0, "Armed clash", DEC(9), "Sheikh Saeed", best=25, source="Syrian Observatory for Human Rights",
          phrase="25 pro-government fighters died in fighting in Sheikh Saeed"),
    claim(R2, 1, "Non-state actor overtakes territory", DEC(8), "Palmyra", actor1=ISIS, best=None,
          source="Syrian Observatory for Human Rights", phrase="Islamic State fighters retook Palmyra"),
]
R3 = report("Iraqi troops clashed with Islamic State fighters in eastern Mosul on Friday, the Joint Operations Command said.")
R3_CLAIMS = [
    claim(R3, 0, "Armed clash", DEC(9), "Mosul", actor1=IRAQ_ARMY, actor2=ISIS, source="Joint Operations Command",
          kind="military", stance="party:government"),
]


def save(store, rep: Report, claims: list[Claim], fuse_fn=fuse):
    """Save `rep` with one entry covering it; returns the SaveResult."""
    return store.save_report(rep, entries_for(rep), claims, fuse_fn)
