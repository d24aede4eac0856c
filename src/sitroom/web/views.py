"""What the API returns and the pages show for events, claims and reports (built from model objects)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sitroom.export.record import event_record
from sitroom.models import Claim, Event, Report
from sitroom.store import review


def event_summary(ev: Event) -> dict[str, Any]:
    """A short form for lists, the map and the live stream."""
    loc = ev.location
    return {
        "id": ev.id,
        "event_date": ev.event_date.isoformat(),
        "event_type": ev.event_type,
        "sub_event_type": ev.sub_event_type,
        "status": ev.status,
        "actor1": ev.actor1.name if ev.actor1 else None,
        "actor2": ev.actor2.name if ev.actor2 else None,
        "location": loc.name if loc else None,
        "admin1": loc.admin1 if loc else None,
        "country": loc.country if loc else None,
        "latitude": loc.latitude if loc else None,
        "longitude": loc.longitude if loc else None,
        "fatalities": ev.fatalities.best if ev.fatalities else None,
        "sources": len(ev.sources),
        "rejected": "rejected" in ev.flags,
        "reviewed": "reviewed" in ev.flags,
    }


def claim_view(claim: Claim, report: Report | None) -> dict[str, Any]:
    src = claim.source
    return {
        "id": claim.id,
        "report_id": claim.report_id,
        "report": report.ref if report else None,
        "report_title": report.title if report else None,
        "entry_index": claim.entry_index,
        "event_type": claim.event_type,
        "sub_event_type": claim.sub_event_type,
        "event_date": claim.event_date.isoformat(),
        "modality": claim.modality,
        "polarity": claim.polarity,
        "hedged": claim.hedged,
        "fatalities": claim.fatalities.to_dict() if claim.fatalities else None,
        "location": claim.location.name if claim.location else None,
        "source": {"name": src.name, "kind": src.kind, "stance": src.stance, "cue": src.cue} if src else None,
        "evidence": [e.to_dict() for e in claim.evidence],
    }


def event_detail(ev: Event, claims: list[Claim], reports: dict[str, Report], reviews: list[review.Review]) -> dict[str, Any]:
    """Every field (as the JSONL record has it), the claims with their sources and evidence, the review log."""
    out = event_record(ev)
    out["flags"] = list(ev.flags)
    out["rejected"] = "rejected" in ev.flags
    out["claims"] = [claim_view(c, reports.get(c.report_id)) for c in claims]
    out["reviews"] = [r.to_dict() for r in reviews]
    return out


@dataclass
class Segment:
    text: str
    classes: str  # space-separated CSS classes; empty for plain text
    title: str


def highlight(text: str, spans: list[tuple[int, int, str]]) -> list[Segment]:
    """Cut `text` into segments at every span boundary; each segment carries the classes of the spans
    covering it (e.g. 'ev-sentence ev-location'). Offsets outside the text are clipped."""
    n = len(text)
    spans = [(max(0, s), min(n, e), c) for s, e, c in spans if s < e and s < n and e > 0]
    cuts = sorted({0, n, *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out: list[Segment] = []
    for a, b in zip(cuts, cuts[1:]):
        kinds = sorted({c for s, e, c in spans if s <= a and b <= e})
        classes = " ".join(f"ev-{k}" for k in kinds)
        title = ", ".join(k for k in kinds if k != "sentence")
        out.append(Segment(text[a:b], classes, title))
    return out
