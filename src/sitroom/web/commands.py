"""`sitroom serve`, `sitroom token ...` and `sitroom watch`: thin click commands over web/ and watch."""
from __future__ import annotations

import sys

import click

from sitroom.errors import SitroomError

DB_HELP = "Database URL or SQLite file (default: $SITROOM_DB, else sitroom.db in the current folder)."


def _fail(message: str, code: int = 1) -> None:
    click.echo(f"sitroom: {message}", err=True)
    sys.exit(code)


def _store(db: str | None):
    from sitroom.store import Store

    try:
        return Store(db)
    except SitroomError as exc:
        _fail(str(exc))


@click.command()
@click.option("--db", help=DB_HELP)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (other hosts can reach it only if you change this).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--open-reads", is_flag=True, help="Let anyone who reaches the server read without a token (writes still need one).")
@click.option("--tiles", "tiles_url", envvar="SITROOM_TILES", help="Online tile server URL template ({z}/{x}/{y}); default: offline borders only.")
@click.option("--tiles-attribution", default="", help="Attribution text the tile server asks for.")
def serve(db, host, port, open_reads, tiles_url, tiles_attribution):
    """Dashboard and JSON API (OpenAPI at /api/docs) on http://HOST:PORT."""
    import uvicorn

    from sitroom.web import Settings, create_app

    if tiles_url and not tiles_url.startswith(("https://", "http://")):
        _fail(f"--tiles: {tiles_url!r} is not an http(s) URL template", 2)
    from sitroom.store.query import optimize

    store = _store(db)
    try:
        store.write(optimize)
    except SitroomError as exc:
        _fail(str(exc))
    app = create_app(Settings(db=db, open_reads=open_reads, tiles_url=tiles_url, tiles_attribution=tiles_attribution), store)
    if not app.state.leaflet:
        click.echo("sitroom: Leaflet is not installed in web/static/vendor (run `make venv`); the map will show a notice", err=True)
    click.echo(f"sitroom: serving {store!r} on http://{host}:{port} (reads {'open' if open_reads else 'need a token'})", err=True)
    try:
        # live streams never end on their own: give them 2 s to close when the server stops
        uvicorn.run(app, host=host, port=port, log_level="warning", timeout_graceful_shutdown=2)
    finally:
        store.close()


@click.group()
def token() -> None:
    """API tokens: writes (and, unless --open-reads, reads) need `Authorization: Bearer <token>`."""


@token.command(name="create")
@click.argument("name")
@click.option("--db", help=DB_HELP)
def token_create(name, db):
    """Create a token called NAME and print its secret (shown only this once; only its hash is stored)."""
    from sitroom.store.tokens import TokenError, create

    store = _store(db)
    try:
        secret = store.write(lambda conn: create(conn, name))
    except (TokenError, SitroomError) as exc:
        _fail(str(exc))
    finally:
        store.close()
    click.echo(secret)


@token.command(name="list")
@click.option("--db", help=DB_HELP)
def token_list(db):
    """List tokens: name, created, revoked."""
    from sitroom.store.tokens import listing

    store = _store(db)
    try:
        found = store.read(listing)
    finally:
        store.close()
    for t in found:
        revoked = t.revoked_at.strftime("%Y-%m-%d %H:%M") if t.revoked_at else "-"
        click.echo(f"{t.name}\t{t.created_at.strftime('%Y-%m-%d %H:%M')}\t{'active' if t.active else 'revoked ' + revoked}")


@token.command(name="revoke")
@click.argument("name")
@click.option("--db", help=DB_HELP)
def token_revoke(name, db):
    """Revoke the token called NAME: requests carrying it get 403 from then on."""
    from sitroom.store.tokens import TokenError, revoke

    store = _store(db)
    try:
        store.write(lambda conn: revoke(conn, name))
    except (TokenError, SitroomError) as exc:
        _fail(str(exc))
    finally:
        store.close()
    click.echo(f"revoked {name}", err=True)


@click.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--interval", default=60.0, show_default=True, type=click.FloatRange(min=1.0), help="Seconds between polls.")
@click.option("--once", is_flag=True, help="Poll every source once and exit (non-zero if any failed).")
@click.option("--db", help=DB_HELP)
def watch(sources, interval, once, db):
    """Poll RSS/Atom feeds, live-blog page URLs, folders or files (or a .txt list of them) and ingest
    only what is new: a page that grows yields only its new entries."""
    from sitroom.watch import Watcher, WatchError

    store = _store(db)
    try:
        watcher = Watcher(store, list(sources))
    except WatchError as exc:
        store.close()
        _fail(str(exc), 2)
    failed = False

    def show(outcome) -> None:
        nonlocal failed
        failed = failed or bool(outcome.errors)
        click.echo(("sitroom: " if outcome.errors else "") + outcome.line(), err=bool(outcome.errors))

    click.echo(f"sitroom: watching {len(watcher.sources)} source(s) every {interval:g} s; Ctrl-C stops", err=True)
    try:
        watcher.run(interval, rounds=1 if once else None, report=show)
    except KeyboardInterrupt:
        pass
    finally:
        store.close()
    if once and failed:
        sys.exit(1)


def register(group: click.Group) -> None:
    group.add_command(serve)
    group.add_command(token)
    group.add_command(watch)
