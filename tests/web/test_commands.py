"""`sitroom token create/list/revoke`: secrets shown once, stored hashed, revocation refuses them."""
from __future__ import annotations

import hashlib

import sqlalchemy as sa
from click.testing import CliRunner

from sitroom.cli import main
from sitroom.store import Store


def run(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_token_lifecycle(tmp_path):
    db = str(tmp_path / "t.db")
    created = run("token", "create", "alice", "--db", db)
    assert created.exit_code == 0
    secret = created.output.strip()
    assert secret.startswith("sitroom_") and len(secret) > 40
    with Store(db) as store, store.engine.connect() as conn:
        stored = conn.execute(sa.text("SELECT secret_sha256 FROM api_tokens WHERE name = 'alice'")).scalar_one()
    assert stored == hashlib.sha256(secret.encode()).hexdigest() and secret not in stored
    listed = run("token", "list", "--db", db)
    assert listed.output.startswith("alice\t") and "active" in listed.output and secret not in listed.output
    assert run("token", "revoke", "alice", "--db", db).exit_code == 0
    assert "revoked" in run("token", "list", "--db", db).output
    again = run("token", "revoke", "alice", "--db", db)
    assert again.exit_code == 1 and "already revoked" in again.output


def test_token_errors_are_one_line(tmp_path):
    db = str(tmp_path / "t.db")
    run("token", "create", "bob", "--db", db)
    dup = run("token", "create", "bob", "--db", db)
    assert dup.exit_code == 1 and "exists already" in dup.output
    bad = run("token", "create", "no spaces", "--db", db)
    assert bad.exit_code == 1 and "token name 'no spaces'" in bad.output
    missing = run("token", "revoke", "carol", "--db", db)
    assert missing.exit_code == 1 and "no token named 'carol'" in missing.output


def test_serve_refuses_a_non_http_tile_url(tmp_path):
    r = run("serve", "--db", str(tmp_path / "s.db"), "--tiles", "file:///etc/passwd")
    assert r.exit_code == 2 and "not an http(s) URL" in r.output
