"""The FastAPI application: settings, the store it serves, error pages, static files."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles

from sitroom import __version__
from sitroom.errors import StoreError
from sitroom.store import Store
from sitroom.web.auth import NeedLogin

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
LEAFLET = STATIC / "vendor" / "leaflet"


@dataclass
class Settings:
    db: str | None = None  # database URL or SQLite file (None: $SITROOM_DB, else ./sitroom.db)
    open_reads: bool = False  # let anyone who can reach the server read, without a token
    tiles_url: str | None = None  # an online tile server ("https://…/{z}/{x}/{y}.png"); None: offline basemap only
    tiles_attribution: str = ""
    max_body_bytes: int = 2_000_000  # POST /api/reports bodies above this get 413
    poll_seconds: float = 0.5  # how often the live stream looks for new reports and reviews


def create_app(settings: Settings | None = None, store: Store | None = None) -> FastAPI:
    """The app serving `store` (opened from settings.db when not given)."""
    settings = settings or Settings()
    app = FastAPI(
        title="sitroom",
        version=__version__,
        description="Conflict events fused from reports, with their claims, sources and evidence.",
        docs_url=None,  # FastAPI's Swagger page loads its scripts from a CDN; pages.py serves an offline one
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.settings = settings
    app.state.store = store or Store(settings.db)
    app.state.leaflet = (LEAFLET / "leaflet.js").is_file() and (LEAFLET / "leaflet.css").is_file()

    from sitroom.web import api, pages

    # Compresses JSON, scripts and the basemap (never the event stream, which Starlette leaves alone).
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.exception_handler(NeedLogin)
    async def _login(request: Request, _exc: NeedLogin):
        return RedirectResponse(f"/login?next={request.url.path}", status_code=303)

    @app.exception_handler(StoreError)
    async def _store_error(_request: Request, exc: StoreError):
        return JSONResponse({"detail": str(exc)}, status_code=503)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        problems = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "body", "path"))
            problems.append(f"{where or 'request'}: {err.get('msg')}")
        return JSONResponse({"detail": "; ".join(problems), "errors": jsonable(exc.errors())}, status_code=422)

    @app.exception_handler(HTTPException)
    async def _http(request: Request, exc: HTTPException):
        if not request.url.path.startswith("/api/") and "text/html" in request.headers.get("accept", ""):
            return pages.error_page(request, exc.status_code, str(exc.detail))
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)

    return app


def jsonable(errors: list) -> list:
    out = []
    for err in errors:
        out.append({k: (v if isinstance(v, (str, int, float, list, type(None))) else str(v)) for k, v in err.items() if k != "ctx"})
    return out
