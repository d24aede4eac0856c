"""API tokens for `sitroom serve`: a random secret shown once, kept only as its SHA-256."""
from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlalchemy as sa

from sitroom.store.rows import utc
from sitroom.store.schema import api_tokens as tokens_t

PREFIX = "sitroom_"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,127}$")


class TokenError(ValueError):
    """A token name that is invalid, taken, or unknown."""


@dataclass
class Token:
    name: str
    created_at: datetime
    revoked_at: datetime | None

    @property
    def active(self) -> bool:
        return self.revoked_at is None


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def create(conn: sa.Connection, name: str) -> str:
    """Store a new token called `name` and return its secret (the only time it is seen)."""
    if not _NAME.match(name):
        raise TokenError(f"token name {name!r}: use 1-128 letters, digits, '.', '_', '@' or '-', starting with a letter or digit")
    if conn.execute(sa.select(tokens_t.c.id).where(tokens_t.c.name == name)).first():
        raise TokenError(f"a token named {name!r} exists already: pick another name or revoke it first")
    secret = PREFIX + secrets.token_urlsafe(32)
    conn.execute(tokens_t.insert().values(name=name, secret_sha256=digest(secret), created_at=datetime.now(UTC)))
    return secret


def listing(conn: sa.Connection) -> list[Token]:
    stmt = sa.select(tokens_t.c.name, tokens_t.c.created_at, tokens_t.c.revoked_at).order_by(tokens_t.c.id)
    return [Token(r.name, utc(r.created_at), utc(r.revoked_at)) for r in conn.execute(stmt)]


def revoke(conn: sa.Connection, name: str) -> None:
    found = conn.execute(sa.select(tokens_t.c.revoked_at).where(tokens_t.c.name == name)).first()
    if found is None:
        raise TokenError(f"no token named {name!r} (see `sitroom token list`)")
    if found.revoked_at is not None:
        raise TokenError(f"token {name!r} is already revoked")
    conn.execute(tokens_t.update().where(tokens_t.c.name == name).values(revoked_at=datetime.now(UTC)))


def check(conn: sa.Connection, secret: str) -> tuple[str | None, bool]:
    """(name, active) of the token with this secret; (None, False) when no token has it."""
    row = conn.execute(sa.select(tokens_t.c.name, tokens_t.c.revoked_at).where(tokens_t.c.secret_sha256 == digest(secret))).first()
    if row is None:
        return None, False
    return row.name, row.revoked_at is None
