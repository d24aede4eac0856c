"""Who may read and write: bearer tokens for the API, a login cookie and CSRF tokens for the pages.

Writes always need a token. The API takes it only from an `Authorization: Bearer` header, which a
browser never adds on its own, so API writes cannot be forged cross-site. Pages use an HttpOnly,
SameSite=Strict cookie set at /login, and every form carries a CSRF token that must match a second
cookie (double submit) and, when the browser sends an Origin header, come from this server's origin.
"""
from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass

from fastapi import HTTPException, Request

from sitroom.store import tokens

TOKEN_COOKIE = "sitroom_token"
CSRF_COOKIE = "sitroom_csrf"


@dataclass
class Identity:
    name: str | None  # the token's name; None for an anonymous reader when reads are open


class NeedLogin(Exception):
    """A page needs a token the browser has not given: send it to /login."""


def bearer(request: Request) -> str | None:
    header = request.headers.get("authorization")
    if not header:
        return None
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        raise HTTPException(401, "Authorization header must be 'Bearer <token>' (create one with `sitroom token create NAME`)")
    return value.strip()


def _identify(request: Request, secret: str) -> Identity:
    name, active = request.app.state.store.read(lambda conn: tokens.check(conn, secret))
    if name is None:
        raise HTTPException(403, "token not recognised (see `sitroom token list`)")
    if not active:
        raise HTTPException(403, f"token {name!r} has been revoked")
    return Identity(name)


def api_reader(request: Request) -> Identity:
    """Dependency for API reads: open when the server allows it, else a valid token (header or login cookie)."""
    secret = bearer(request) or request.cookies.get(TOKEN_COOKIE)
    if secret:
        return _identify(request, secret)
    if request.app.state.settings.open_reads:
        return Identity(None)
    raise HTTPException(401, "this server needs a token to read: send 'Authorization: Bearer <token>' (or start it with --open-reads)")


def api_writer(request: Request) -> Identity:
    """Dependency for API writes: a valid, unrevoked token in the Authorization header."""
    secret = bearer(request)
    if not secret:
        raise HTTPException(401, "writing needs a token: send 'Authorization: Bearer <token>' (create one with `sitroom token create NAME`)")
    return _identify(request, secret)


def page_reader(request: Request) -> Identity:
    """Dependency for pages: like api_reader, but a browser without a token is sent to /login."""
    secret = request.cookies.get(TOKEN_COOKIE)
    if secret:
        try:
            return _identify(request, secret)
        except HTTPException:
            if not request.app.state.settings.open_reads:
                raise NeedLogin() from None
            return Identity(None)
    if request.app.state.settings.open_reads:
        return Identity(None)
    raise NeedLogin()


def csrf_token(request: Request) -> str:
    """The CSRF token for forms on this page: the browser's CSRF cookie, or a new one (set by the page)."""
    existing = request.cookies.get(CSRF_COOKIE)
    if existing and len(existing) >= 32:
        return existing
    if not hasattr(request.state, "new_csrf"):
        request.state.new_csrf = secrets.token_urlsafe(32)
    return request.state.new_csrf


def check_csrf(request: Request, submitted: str | None) -> None:
    """403 unless the form's token matches the CSRF cookie and the request comes from this origin."""
    cookie = request.cookies.get(CSRF_COOKIE)
    if not cookie or not submitted or not hmac.compare_digest(cookie, submitted):
        raise HTTPException(403, "form expired or sent from another site (CSRF check failed): reload the page and try again")
    origin = request.headers.get("origin")
    if origin and origin != "null":
        expected = f"{request.url.scheme}://{request.url.netloc}"
        if origin != expected:
            raise HTTPException(403, f"form sent from {origin}, not from {expected} (CSRF check failed)")
