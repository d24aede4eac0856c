"""Server-rendered pages. Each is built from the same functions as its JSON twin in api.py.

Every template is autoescaped: report text is untrusted and must only ever appear as text.
"""
from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode

import jinja2
from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates

from sitroom.models import STATUSES, SUB_TO_TYPE, TAXONOMY
from sitroom.store import query, tokens
from sitroom.store.review import FIELDS, ReviewError
from sitroom.web.api import event_page_data, report_page_data
from sitroom.web.app import HERE
from sitroom.web.auth import CSRF_COOKIE, TOKEN_COOKIE, Identity, check_csrf, csrf_token, page_reader
from sitroom.web.filters import MAX_LIMIT, FilterParams
from sitroom.web.views import event_summary, highlight

router = APIRouter(include_in_schema=False)

_env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True,
                          undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
templates = Jinja2Templates(env=_env)
TYPE_KEYS = {t: f"t{i}" for i, t in enumerate(TAXONOMY)}  # CSS class per event type


def render(request: Request, name: str, who: Identity | None, status_code: int = 200, **context: Any) -> HTMLResponse:
    settings = request.app.state.settings
    context.update(request=request, who=who, csrf=csrf_token(request), type_keys=TYPE_KEYS,
                   leaflet=request.app.state.leaflet, open_reads=settings.open_reads)
    response = templates.TemplateResponse(request, name, context, status_code=status_code)
    response.headers["Content-Security-Policy"] = (
        "default-src 'self'; img-src 'self' data: " + (_origin(settings.tiles_url) or "") +
        "; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
    )
    response.headers["X-Content-Type-Options"] = "nosniff"
    new = getattr(request.state, "new_csrf", None)
    if new:
        response.set_cookie(CSRF_COOKIE, new, httponly=True, samesite="strict", path="/")
    return response


def _origin(url: str | None) -> str | None:
    if not url or "://" not in url:
        return None
    scheme, rest = url.split("://", 1)
    host = rest.split("/", 1)[0].replace("{s}", "*")
    return f"{scheme}://{host}"


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    return render(request, "error.html", None, status_code=status, status=status, message=message)


def _options() -> dict[str, Any]:
    return {"types": list(TAXONOMY), "subs": list(SUB_TO_TYPE), "statuses": list(STATUSES)}


@router.get("/", response_class=HTMLResponse)
def dashboard(request: Request, filters: FilterParams = Depends(), who: Identity = Depends(page_reader)):
    flt = filters.to_filter(sort="-date", limit=20)
    latest = request.app.state.store.search(flt, count=True)
    settings = request.app.state.settings
    config = {"query": filters.query_string(), "tiles": settings.tiles_url, "attribution": settings.tiles_attribution,
              "types": list(TAXONOMY)}
    return render(request, "dashboard.html", who, filters=filters, latest=[event_summary(e) for e in latest.items],
                  total=latest.total, config=json.dumps(config), **_options())


@router.get("/events", response_class=HTMLResponse)
def events_table(request: Request, filters: FilterParams = Depends(), sort: str = Query("date"),
                 limit: int = Query(100, ge=1, le=MAX_LIMIT), offset: int = Query(0, ge=0),
                 who: Identity = Depends(page_reader)):
    page = request.app.state.store.search(filters.to_filter(sort=sort, limit=limit, offset=offset))
    base = filters.query_string()

    def link(**extra: Any) -> str:
        return "/events?" + urlencode({**base, "sort": sort, "limit": limit, **extra})

    def sort_link(name: str) -> str:
        return "/events?" + urlencode({**base, "sort": ("-" + name) if sort == name else name, "limit": limit})

    return render(request, "events.html", who, filters=filters, items=[event_summary(e) for e in page.items],
                  total=page.total, offset=offset, limit=limit, sort=sort, sort_link=sort_link,
                  prev=link(offset=max(0, offset - limit)) if offset else None,
                  next=link(offset=offset + limit) if offset + limit < page.total else None, **_options())


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: str, who: Identity = Depends(page_reader), error: str | None = None):
    data = event_page_data(request.app.state.store, event_id)
    texts = []
    for rid, report in data["reports"].items():
        spans: list[tuple[int, int, str]] = []
        for c in data["claims"]:
            if c.report_id != rid:
                continue
            for e in c.evidence:
                spans.append((e.start, e.end, e.field if e.field != "sentence" else "sentence"))
        siblings = [event_summary(ev) for ev in request.app.state.store.search(query.EventFilter(report_id=rid), count=False).items
                    if ev.id != event_id]
        texts.append({"report": report, "segments": highlight(report.text, spans), "siblings": siblings})
    return render(request, "event.html", who, ev=data["event"], d=data["detail"], texts=texts,
                  reviews=data["reviews"], fields=FIELDS, error=error, **_options())


@router.post("/events/{event_id}/review", response_class=HTMLResponse)
def review_form(request: Request, event_id: str, action: str = Form(...), field: str = Form(""), value: str = Form(""),
                latitude: str = Form(""), longitude: str = Form(""), note: str = Form(""), csrf: str = Form(""),
                who: Identity = Depends(page_reader)):
    check_csrf(request, csrf)
    if who.name is None:
        raise HTTPException(401, "reviewing needs a token: log in first")
    given: Any = value
    if field == "location":
        given = {"name": value, "latitude": latitude, "longitude": longitude}
    try:
        request.app.state.store.review(event_id, action, field or None, given, note, who.name)
    except KeyError:
        raise HTTPException(404, f"no event with id {event_id!r}") from None
    except ReviewError as exc:
        return event_page(request, event_id, who, error=str(exc))
    return RedirectResponse(f"/events/{event_id}#review", status_code=303)


@router.get("/reports", response_class=HTMLResponse)
def reports_page(request: Request, limit: int = Query(100, ge=1, le=MAX_LIMIT), offset: int = Query(0, ge=0),
                 who: Identity = Depends(page_reader)):
    items, total = request.app.state.store.read(lambda conn: query.list_reports(conn, limit, offset))
    return render(request, "reports.html", who, items=items, total=total)


@router.get("/reports/{report_id}", response_class=HTMLResponse)
def report_page(request: Request, report_id: str, who: Identity = Depends(page_reader)):
    data = report_page_data(request.app.state.store, report_id)
    text = data["detail"]["text"]
    entries = []
    for e in data["detail"]["entries"]:
        entries.append({**e, "text": text[e["start"] : e["end"]],
                        "found": [event_summary(data["events"][i]) for i in e["events"]]})
    return render(request, "report.html", who, r=data["summary"], entries=entries)


@router.get("/api/docs", response_class=HTMLResponse)
def api_docs(request: Request):
    """The API's endpoints and parameters, read from its OpenAPI schema (no script from elsewhere)."""
    schema = request.app.openapi()
    endpoints = []
    for path, methods in schema["paths"].items():
        for method, op in methods.items():
            params = [(p["name"], p["in"], p.get("required", False), (p.get("description") or "")) for p in op.get("parameters", [])]
            endpoints.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""), "params": params,
                              "body": "requestBody" in op})
    return render(request, "api.html", None, endpoints=endpoints)


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, next: str = "/"):
    return render(request, "login.html", None, next=_safe_next(next), error=None)


def _safe_next(target: str) -> str:
    # only paths on this server: never an absolute URL, nor //host (an open redirect)
    return target if target.startswith("/") and not target.startswith("//") and "\\" not in target else "/"


@router.post("/login", response_class=HTMLResponse)
def login(request: Request, token: str = Form(...), csrf: str = Form(""), next: str = Form("/")):
    check_csrf(request, csrf)
    name, active = request.app.state.store.read(lambda conn: tokens.check(conn, token.strip()))
    if name is None or not active:
        reason = "token not recognised" if name is None else f"token {name!r} has been revoked"
        return render(request, "login.html", None, status_code=403, next=_safe_next(next), error=reason)
    response = RedirectResponse(_safe_next(next), status_code=303)
    response.set_cookie(TOKEN_COOKIE, token.strip(), httponly=True, samesite="strict", path="/")
    return response


@router.post("/logout")
def logout(request: Request, csrf: str = Form("")):
    check_csrf(request, csrf)
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(TOKEN_COOKIE, path="/")
    return response
