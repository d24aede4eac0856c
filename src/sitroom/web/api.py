"""The JSON API (/api/...). Pages call the same functions, so a page and its JSON twin agree."""
from __future__ import annotations

import asyncio
import json
from datetime import date, datetime, timezone
from typing import Any

from anyio import to_thread
from fastapi import APIRouter, Body, Depends, HTTPException, Query, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field

from sitroom.errors import SitroomError
from sitroom.store import Store, query
from sitroom.store.review import ReviewError
from sitroom.web.auth import Identity, api_reader, api_writer
from sitroom.web.filters import MAX_LIMIT, FilterParams
from sitroom.web.views import event_detail, event_summary

router = APIRouter(prefix="/api", tags=["api"])


def _store(request: Request) -> Store:
    return request.app.state.store


# -- shared with the pages --------------------------------------------------------------------


def event_page_data(store: Store, event_id: str) -> dict[str, Any]:
    """The event's detail (404 when unknown) and the model objects the page needs besides."""
    event = store.event(event_id)
    if event is None:
        raise HTTPException(404, f"no event with id {event_id!r}")
    claims = store.claims(event_id=event_id)
    reports = {}
    for rid in dict.fromkeys(c.report_id for c in claims):
        found = store.report(rid)
        if found is not None:
            reports[rid] = found
    reviews = store.reviews(event_id)
    return {"event": event, "claims": claims, "reports": reports, "reviews": reviews,
            "detail": event_detail(event, claims, reports, reviews)}


def report_page_data(store: Store, report_id: str) -> dict[str, Any]:
    summary = store.read(lambda conn: query.report_summary(conn, report_id))
    if summary is None:
        raise HTTPException(404, f"no report with id {report_id!r}")
    report = store.report(summary.id)
    entries = store.read(lambda conn: query.report_entries(conn, summary.id))
    found = store.read(lambda conn: query.entry_events(conn, summary.id))
    events = {ev.id: ev for ev in store.search(query.EventFilter(report_id=summary.id), count=False).items}
    out_entries = []
    for e in entries:
        out_entries.append({
            "index": e.index, "kind": e.kind, "label": e.label, "start": e.start, "end": e.end,
            "time": e.time.isoformat() if e.time else None, "heading": e.heading,
            "events": [eid for eid in found.get(e.index, []) if eid in events],
        })
    data = summary.to_dict()
    data["text"] = report.text if report else ""
    data["entries"] = out_entries
    return {"summary": summary, "report": report, "entries": entries, "events": events, "detail": data}


# -- reads ------------------------------------------------------------------------------------


@router.get("/events", summary="Events matching the filters, paged and sorted")
def list_events(
    request: Request,
    filters: FilterParams = Depends(),
    sort: str = Query("date", description="date, type, sub_type, country, admin1, status, fatalities or id; '-' first for descending."),
    limit: int = Query(50, ge=1, le=MAX_LIMIT),
    offset: int = Query(0, ge=0),
    _who: Identity = Depends(api_reader),
) -> dict[str, Any]:
    flt = filters.to_filter(sort=sort, limit=limit, offset=offset)
    page = _store(request).search(flt)
    return {"total": page.total, "limit": limit, "offset": offset, "sort": sort,
            "items": [event_summary(ev) for ev in page.items]}


@router.get("/events/{event_id}", summary="One event: fields, claims with sources and evidence, review log")
def get_event(request: Request, event_id: str, _who: Identity = Depends(api_reader)) -> dict[str, Any]:
    return event_page_data(_store(request), event_id)["detail"]


@router.get("/reports", summary="Reports, newest published first")
def list_reports(request: Request, limit: int = Query(50, ge=1, le=MAX_LIMIT), offset: int = Query(0, ge=0),
                 _who: Identity = Depends(api_reader)) -> dict[str, Any]:
    items, total = _store(request).read(lambda conn: query.list_reports(conn, limit, offset))
    return {"total": total, "limit": limit, "offset": offset, "items": [r.to_dict() for r in items]}


@router.get("/reports/{report_id}", summary="One report: text, entries with their times, events found in each")
def get_report(request: Request, report_id: str, _who: Identity = Depends(api_reader)) -> dict[str, Any]:
    return report_page_data(_store(request), report_id)["detail"]


@router.get("/stats", summary="Events and fatalities per day and type, per type, per admin1")
def get_stats(request: Request, filters: FilterParams = Depends(), _who: Identity = Depends(api_reader)) -> dict[str, Any]:
    flt = filters.to_filter()
    return _store(request).read(lambda conn: query.stats(conn, flt))


@router.get("/stream", summary="Server-sent events: each event new or changed since the cursor",
            response_class=StreamingResponse)
async def stream(
    request: Request,
    cursor: str | None = Query(None, description="Resume after this cursor (each message's id); default: from now."),
    duration: float | None = Query(None, gt=0, le=3600, description="Close the stream after this many seconds."),
    _who: Identity = Depends(api_reader),
):
    store = _store(request)
    text = cursor or request.headers.get("last-event-id")
    if text:
        try:
            start = query.Cursor.decode(text)
        except ValueError as exc:
            raise HTTPException(422, str(exc)) from None
    else:
        start = await to_thread.run_sync(lambda: store.read(query.cursor_now))
    poll = request.app.state.settings.poll_seconds

    async def messages():
        position = start
        loop = asyncio.get_running_loop()
        end = loop.time() + duration if duration else None
        idle = 0.0
        yield f"retry: 1000\nid: {position.encode()}\nevent: hello\ndata: {{}}\n\n"
        while end is None or loop.time() < end:
            if await request.is_disconnected():
                return
            events, position_next = await to_thread.run_sync(lambda: store.read(lambda conn: query.changes(conn, position)))
            if position_next != position:
                position = position_next
                for i, ev in enumerate(events):
                    data = json.dumps(event_summary(ev), ensure_ascii=False)
                    last = f"id: {position.encode()}\n" if i == len(events) - 1 else ""
                    yield f"{last}event: event\ndata: {data}\n\n"
                if not events:
                    yield f"id: {position.encode()}\nevent: cursor\ndata: {{}}\n\n"
                idle = 0.0
            elif idle >= 15:
                yield ": keep-alive\n\n"
                idle = 0.0
            await asyncio.sleep(poll)
            idle += poll

    return StreamingResponse(messages(), media_type="text/event-stream",
                             headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"})


# -- writes -----------------------------------------------------------------------------------


class ReportIn(BaseModel):
    text: str = Field(min_length=1, description="The report's text (plain text; live-blog updates are segmented).")
    published: datetime | date | None = Field(None, description="Publication time (ISO 8601); default: now.")
    title: str | None = Field(None, max_length=1000)
    outlet: str | None = Field(None, max_length=300)
    url: str | None = Field(None, max_length=2000)
    external_id: str | None = Field(None, max_length=512)


async def _read_capped(request: Request) -> bytes:
    cap = request.app.state.settings.max_body_bytes
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > cap:
        raise HTTPException(413, f"request body of {declared} bytes is over the {cap}-byte limit")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > cap:
            raise HTTPException(413, f"request body is over the {cap}-byte limit")
    return bytes(body)


@router.post("/reports", status_code=201, summary="Ingest one report (needs a token)",
             openapi_extra={"requestBody": {"required": True, "content": {"application/json": {"schema": ReportIn.model_json_schema()}}}})
async def post_report(request: Request, who: Identity = Depends(api_writer)) -> dict[str, Any]:
    raw = await _read_capped(request)
    try:
        payload = ReportIn.model_validate_json(raw)
    except ValueError as exc:
        first = exc.errors()[0] if hasattr(exc, "errors") and exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        raise HTTPException(422, f"{where or 'body'}: {first.get('msg', 'not a JSON report object')}") from None
    store = _store(request)
    return await to_thread.run_sync(lambda: ingest_one(store, payload, who))


def ingest_one(store: Store, payload: ReportIn, who: Identity) -> dict[str, Any]:
    from sitroom.ingest import make_report
    from sitroom.pipeline import ingest_report

    published = payload.published or datetime.now(timezone.utc)
    if not isinstance(published, datetime):
        published = datetime(published.year, published.month, published.day, tzinfo=timezone.utc)
    elif published.tzinfo is None:
        published = published.replace(tzinfo=timezone.utc)
    report = make_report(payload.text, published=published, outlet=payload.outlet, url=payload.url,
                         title=payload.title, external_id=payload.external_id, origin=f"api:{who.name}")
    try:
        saved = ingest_report(report, store)
    except SitroomError as exc:
        raise HTTPException(422, f"report could not be ingested: {exc}") from None
    events = [ev.id for ev in store.search(query.EventFilter(report_id=report.id), count=False).items]
    return {"id": report.id, "new": saved.new_report, "claims": saved.claims, "new_events": saved.new_events,
            "updated_events": saved.updated_events, "events": events}


class ReviewIn(BaseModel):
    action: str = Field(description="confirm, reject, restore or correct")
    field: str | None = Field(None, description="For correct: event_type, sub_event_type, actor1, actor2, location, event_date, fatalities or status")
    value: Any = Field(None, description="The corrected value")
    note: str = Field("", max_length=2000)


@router.post("/events/{event_id}/reviews", status_code=201, summary="Confirm, reject or correct an event (needs a token)")
def post_review(request: Request, event_id: str, body: ReviewIn = Body(...), who: Identity = Depends(api_writer)) -> dict[str, Any]:
    try:
        saved = _store(request).review(event_id, body.action, body.field, body.value, body.note, who.name or "")
    except KeyError:
        raise HTTPException(404, f"no event with id {event_id!r}") from None
    except ReviewError as exc:
        raise HTTPException(422, str(exc)) from None
    return saved.to_dict()
