"""The `sitroom` command: a thin skin over library functions (each command parses options and calls one)."""
from __future__ import annotations

import csv
import os
import sys
import tempfile
from datetime import date, datetime, timezone
from pathlib import Path

import click

from .errors import SitroomError

DB_HELP = "Database URL or SQLite file (default: $SITROOM_DB, else sitroom.db in the current folder)."


def _fail(message: str, code: int = 1) -> None:
    click.echo(f"sitroom: {message}", err=True)
    sys.exit(code)


def _parse_date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        _fail(f"{option}: '{value}' is not a date (expected YYYY-MM-DD)", 2)
    return None


def _parse_published(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        _fail(f"--published: '{value}' is not a date or time (expected YYYY-MM-DD or ISO 8601)", 2)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed


def _open_store(db: str | None):
    from .store import Store

    try:
        return Store(db)
    except SitroomError as exc:
        _fail(str(exc))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="sitroom")
def main() -> None:
    """sitroom: conflict reports in, sourced and verified ACLED-style events out."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", help="Publication date/time for inputs whose metadata gives none (YYYY-MM-DD).")
@click.option("--outlet", help="Outlet name for inputs whose metadata gives none.")
@click.option("--url", help="URL for inputs whose metadata gives none.")
@click.option("--db", help=DB_HELP)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=1, show_default=True,
              help="Worker processes that analyze reports (0: one per CPU core); the store is the same.")
def ingest(paths, published, outlet, url, db, quiet, jobs):
    """Ingest reports: text, HTML, JSONL, RSS/Atom files, directories, or - for stdin."""
    from .pipeline import ingest_paths

    when = _parse_published(published)
    store = _open_store(db)
    try:
        summary = ingest_paths(
            list(paths), store, published=when, outlet=outlet, url=url, stdin=sys.stdin,
            progress=not quiet and sys.stderr.isatty(),
            on_error=lambda origin, reason: click.echo(f"sitroom: {origin}: {reason}", err=True),
            jobs=jobs,
        )
    except SitroomError as exc:
        _fail(str(exc))
    finally:
        store.close()
    click.echo(summary.line())
    if summary.failed:
        sys.exit(1)


def _filters(since, until, country, admin1, event_type, actor, status):
    return dict(since=_parse_date(since, "--since"), until=_parse_date(until, "--until"), country=country,
                admin1=admin1, event_type=event_type, actor=actor, status=status)


def _filter_options(fn):
    for opt in reversed([
        click.option("--since", help="First event date (YYYY-MM-DD)."),
        click.option("--until", help="Last event date (YYYY-MM-DD)."),
        click.option("--country", help="Country name, e.g. Syria."),
        click.option("--admin1", help="First-level region, e.g. Aleppo."),
        click.option("--type", "event_type", help="Event type or sub-event type, e.g. Battles or 'Air/drone strike'."),
        click.option("--actor", help="Text that an actor's name contains."),
        click.option("--status", type=click.Choice(["reported", "claimed", "corroborated", "contested", "denied"])),
        click.option("--db", help=DB_HELP),
    ]):
        fn = opt(fn)
    return fn


@main.command()
@_filter_options
@click.option("--limit", type=int, help="At most this many events.")
@click.option("--wide", is_flag=True, help="Do not shorten columns.")
def events(since, until, country, admin1, event_type, actor, status, db, limit, wide):
    """List events as a table."""
    from .table import render_events

    store = _open_store(db)
    try:
        rows = store.events(**_filters(since, until, country, admin1, event_type, actor, status), limit=limit)
    finally:
        store.close()
    click.echo(render_events(rows, wide=wide))


@main.command()
@click.option("--format", "fmt", type=click.Choice(["acled", "jsonl", "geojson", "ucdp"]), default="jsonl",
              show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="File to write (default: stdout).")
@_filter_options
def export(fmt, output, since, until, country, admin1, event_type, actor, status, db):
    """Export events as ACLED CSV, JSONL event records, GeoJSON or UCDP GED-style CSV."""
    from .export import export as write_events

    store = _open_store(db)
    try:
        rows = store.events(**_filters(since, until, country, admin1, event_type, actor, status))
    finally:
        store.close()
    if output is None:
        n = write_events(rows, fmt, sys.stdout)
    else:
        n = _atomic_write(Path(output), lambda fh: write_events(rows, fmt, fh))
    click.echo(f"{n} events written" + (f" to {output}" if output else ""), err=True)


def _atomic_write(path: Path, write) -> int:
    """Write to a temporary file beside `path`, then rename: a failure never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            n = write(fh)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return n


@main.command()
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--id-column", required=True, help="Column holding the row id.")
@click.option("--text-column", required=True, help="Column holding the text.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="TSV to write (default: stdout).")
def classify(file, id_column, text_column, output):
    """Triage: the ACLED event type and sub-event type of the main event each row reports (empty: none)."""
    from .pipeline import classify_rows

    csv.field_size_limit(10_000_000)
    try:
        handle = sys.stdin if file == "-" else open(file, encoding="utf-8", newline="")
    except OSError as exc:
        _fail(f"{file}: {exc.strerror.lower() if exc.strerror else exc}")
    with handle:
        try:
            reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
            header = reader.fieldnames or []
            for col in (id_column, text_column):
                if col not in header:
                    _fail(f"{file}: no column '{col}' (columns: {', '.join(header) or 'none'})")
            rows = [(r[id_column], r[text_column] or "") for r in reader]
        except UnicodeDecodeError as exc:
            _fail(f"{file}: not valid UTF-8 ({exc.reason} at byte {exc.start})")

    def write(fh) -> int:
        out = csv.writer(fh, delimiter="\t", lineterminator="\n")
        out.writerow(["id", "event_type", "sub_event_type"])
        n = 0
        for row in classify_rows(rows):
            out.writerow(row)
            n += 1
        return n

    if output:
        _atomic_write(Path(output), write)
    else:
        write(sys.stdout)


@main.group(name="eval")
def eval_group() -> None:
    """Score sitroom against gold data (see ../shared/eval)."""


def _report_eval(run, render, as_json: bool) -> None:
    """Run one evaluation and print its table, or its figures as JSON; a bad gold file is a one-line error."""
    import json

    try:
        result = run()
    except SitroomError as exc:
        _fail(str(exc))
    click.echo(json.dumps(result.to_dict(), indent=2) if as_json else render(result))


def _progress(as_json: bool) -> bool:
    return not as_json and sys.stderr.isatty()


JSON_OPTION = click.option("--json", "as_json", is_flag=True, help="Print machine-readable figures.")


@eval_group.command(name="case2021")
@click.argument("file", type=click.Path(dir_okay=False))
@JSON_OPTION
def eval_case2021(file, as_json):
    """CASE 2021 Task 2 snippets: weighted/macro F1 over ACLED's 25 sub-event types."""
    from .evaluate import case2021

    _report_eval(lambda: case2021.evaluate(Path(file), progress=_progress(as_json)), case2021.render, as_json)


@eval_group.command(name="gold")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--no-eventness", "no_eventness", is_flag=True,
              help="Score with the eventness check off (events none of whose sentences reads as an incident kept).")
@JSON_OPTION
def eval_gold(files, no_eventness, as_json):
    """Annotated documents (YAML): event precision/recall/F1 and field accuracy.

    One FILE lists its misses, false events and field errors; several give a table of each set's
    figures and the pooled (micro-averaged) figures over all of them.
    """
    from .evaluate import gold

    veto = not no_eventness
    if len(files) == 1:
        _report_eval(lambda: gold.evaluate(Path(files[0]), veto=veto), gold.render, as_json)
    else:
        _report_eval(lambda: gold.evaluate_many([Path(f) for f in files], veto=veto), gold.render_many, as_json)


@eval_group.command(name="snippets")
@click.argument("file", type=click.Path(dir_okay=False))
@JSON_OPTION
def eval_snippets(file, as_json):
    """Coded passages (YAML): the exact set of ACLED sub-event types each passage gives ([] = none)."""
    from .evaluate import snippets

    _report_eval(lambda: snippets.evaluate(Path(file)), snippets.render, as_json)


@eval_group.command(name="geoparse")
@click.argument("file", type=click.Path(dir_okay=False))
@JSON_OPTION
def eval_geoparse(file, as_json):
    """TR-News / GeoWebNews XML: place recognition P/R/F1, end-to-end F1 and accuracy within 161 km."""
    from .evaluate import geoparse

    _report_eval(lambda: geoparse.evaluate_xml(Path(file), progress=_progress(as_json)), geoparse.render, as_json)


@eval_group.command(name="syrian-archive")
@click.argument("folder", type=click.Path(file_okay=False))
@JSON_OPTION
def eval_syrian_archive(folder, as_json):
    """Syrian Archive records: share resolved within 5 km of the recorded place the description names."""
    from .evaluate import geoparse

    _report_eval(lambda: geoparse.evaluate_syrian_archive(Path(folder), progress=_progress(as_json)),
                 geoparse.render_archive, as_json)


@eval_group.command(name="event-location")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--all", "every", is_flag=True, help="Every accepted record, not only the relabelled gold subset.")
@JSON_OPTION
def eval_event_location(file, every, as_json):
    """Halterman 2019 sentences: is the place sitroom links to the event verb the labelled one?"""
    from .evaluate import event_location

    subset = "all" if every else "gold"
    _report_eval(lambda: event_location.evaluate(Path(file), subset),
                 lambda result: event_location.render(result, subset), as_json)


@main.command()
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="JSONL to write (default: stdout).")
@click.option("--focus", help="Comma-separated ISO2 codes of countries the documents are about (a hint).")
@click.option("--no-demonyms", is_flag=True, help="Do not count country adjectives ('Turkish') as places.")
def geoparse(file, output, focus, no_demonyms):
    """Places in documents: JSONL {"id", "text"} in, {"id", "places": [...]} out (offsets, coordinates)."""
    from .geo.document import geoparse_jsonl

    hint = [c.strip().upper() for c in (focus or "").split(",") if c.strip()]
    bad = [c for c in hint if len(c) != 2 or not c.isalpha()]
    if bad:
        _fail(f"--focus: {bad[0]!r} is not an ISO 3166-1 alpha-2 code", 2)

    try:
        handle = sys.stdin if file == "-" else open(file, encoding="utf-8")
    except OSError as exc:
        _fail(f"{file}: {exc.strerror.lower() if exc.strerror else exc}")
    with handle:
        try:
            lines = handle.readlines()
        except UnicodeDecodeError as exc:
            _fail(f"{file}: not valid UTF-8 ({exc.reason} at byte {exc.start})")
    try:
        results = geoparse_jsonl(lines, "<stdin>" if file == "-" else file, hint, demonyms=not no_demonyms)
    except SitroomError as exc:
        _fail(str(exc))

    def write(fh) -> int:
        for line in results:
            fh.write(line + "\n")
        return len(results)

    if output:
        _atomic_write(Path(output), write)
    else:
        write(sys.stdout)


from .web.commands import register as _register_web  # noqa: E402 - serve, token, watch

_register_web(main)


if __name__ == "__main__":  # pragma: no cover
    main()
