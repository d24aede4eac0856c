"""Benchmark sitroom's pipeline: extraction speed, end-to-end ingest speed and peak memory.

    .venv/bin/python benchmarks/bench_pipeline.py                       # seed x 20 + example reports
    .venv/bin/python benchmarks/bench_pipeline.py --repeat 100 --json
    .venv/bin/python benchmarks/bench_pipeline.py --corpus archive --limit 300
    .venv/bin/python benchmarks/bench_pipeline.py --db postgresql://postgres@127.0.0.1/bench
    .venv/bin/python benchmarks/bench_pipeline.py --jobs 2     # also `sitroom ingest --jobs 2`, wall clock

Corpora (combine with several --corpus options):
  seed      the seed live blog (../shared/seed/syria-daily-2016-12-09.txt) repeated --repeat times,
            each copy published one day later and marked so that its content id differs;
  examples  the example reports in examples/reports (with their front matter);
  archive   Syrian Archive video descriptions (../shared/eval/syrian-archive/seankross_violations.csv)
            grouped into one report per recording date and city.

Everything runs in this one process on one core. The shared folder is found beside the repository
or through $SITROOM_SHARED; corpora that need it are skipped with a message when it is absent.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import resource
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Let the script run from a checkout without an install (the Makefile installs it anyway).
sys.path.insert(0, str(ROOT / "src"))

from sitroom.ingest import make_report, read_inputs  # noqa: E402
from sitroom.models import Report  # noqa: E402

SEED_PUBLISHED = datetime(2016, 12, 9, 20, 0, tzinfo=timezone.utc)


def shared_dir() -> Path:
    """Return the shared folder: $SITROOM_SHARED, else ../shared beside the repository."""
    env = os.environ.get("SITROOM_SHARED")
    return Path(env) if env else ROOT / ".." / "shared"


def seed_corpus(repeat: int) -> list[Report]:
    """Return `repeat` variants of the seed live blog, each with its own content id and day."""
    path = shared_dir() / "seed" / "syria-daily-2016-12-09.txt"
    if not path.exists():
        print(f"bench: seed not found at {path}; skipping the seed corpus", file=sys.stderr)
        return []
    text = path.read_text(encoding="utf-8")
    reports = []
    for i in range(repeat):
        # A trailing caption-like line changes the content hash without adding an event; shifting the
        # publication day keeps the copies' events apart instead of fusing them all into one set.
        variant = text if i == 0 else f"{text.rstrip()}\n\nArchive copy {i}:\n"
        reports.append(make_report(variant, published=SEED_PUBLISHED + timedelta(days=i),
                                   outlet="EA WorldView", origin=f"seed#{i}"))
    return reports


def examples_corpus() -> list[Report]:
    """Return the example reports, read the way `sitroom ingest examples/reports` reads them."""
    folder = ROOT / "examples" / "reports"
    reports = []
    for result in read_inputs([str(folder)]):
        if result.report is None:
            print(f"bench: {result.origin}: {result.error}", file=sys.stderr)
            continue
        reports.append(result.report)
    return reports


def archive_corpus(limit: int | None) -> list[Report]:
    """Return Syrian Archive descriptions grouped into one report per (recording date, city)."""
    path = shared_dir() / "eval" / "syrian-archive" / "seankross_violations.csv"
    if not path.exists():
        print(f"bench: {path} not found; skipping the archive corpus", file=sys.stderr)
        return []
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            day, city, text = row["Recording_Date"], row["City"], (row["Description"] or "").strip()
            if day and day != "NA" and text:
                groups[(day, city)].append(" ".join(text.split()))
    reports = []
    for (day, city), lines in sorted(groups.items()):
        try:
            published = datetime.fromisoformat(day).replace(tzinfo=timezone.utc) + timedelta(hours=23)
        except ValueError:
            continue
        body = "\n\n".join(line if line.endswith(".") else line + "." for line in lines)
        reports.append(make_report(body, published=published, outlet="Syrian Archive",
                                   origin=f"archive:{day}:{city}"))
        if limit is not None and len(reports) >= limit:
            break
    return reports


@dataclass
class Phase:
    name: str
    reports: int
    words: int
    seconds: float
    cpu_seconds: float = 0.0  # this process's CPU time: what the phase costs when it has the core to itself
    claims: int | None = None
    events: int | None = None

    @property
    def reports_per_s(self) -> float:
        return self.reports / self.seconds if self.seconds else float("inf")

    @property
    def words_per_s(self) -> float:
        return self.words / self.seconds if self.seconds else float("inf")

    @property
    def words_per_cpu_s(self) -> float:
        return self.words / self.cpu_seconds if self.cpu_seconds else float("inf")


def count_words(reports: list[Report]) -> int:
    return sum(len(r.text.split()) for r in reports)


def time_startup(sample: Report) -> float:
    """Return the seconds the first analysis takes: knowledge files load lazily on first use."""
    from sitroom.pipeline import analyze_report

    started = time.perf_counter()
    analyze_report(sample)
    return time.perf_counter() - started


def time_extraction(reports: list[Report]) -> Phase:
    """Return the cost of analysis and claim extraction alone (no database)."""
    from sitroom.pipeline import analyze_report

    claims = 0
    started, cpu = time.perf_counter(), time.process_time()
    for report in reports:
        claims += len(analyze_report(report).claims)
    return Phase("extract", len(reports), count_words(reports), time.perf_counter() - started,
                 time.process_time() - cpu, claims=claims)


def _ingest_one():
    """Return a function (report, store) -> SaveResult: the pipeline's own when it has one."""
    from sitroom import pipeline

    if hasattr(pipeline, "ingest_report"):
        return pipeline.ingest_report
    from sitroom.fuse import fuse

    def ingest(report, store):
        analyzed = pipeline.analyze_report(report)
        return store.save_report(report, analyzed.entries, analyzed.claims, fuse)

    return ingest


def time_end_to_end(reports: list[Report], db: str | None) -> Phase:
    """Return the cost of extracting, fusing and storing every report (a fresh SQLite file unless `db`)."""
    from sitroom.store import Store

    ingest = _ingest_one()
    with tempfile.TemporaryDirectory(prefix="sitroom-bench-") as tmp:
        store = Store(db or str(Path(tmp) / "bench.db"))
        try:
            claims = new_events = 0
            started, cpu = time.perf_counter(), time.process_time()
            for report in reports:
                saved = ingest(report, store)
                claims += saved.claims
                new_events += saved.new_events
            seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu
        finally:
            store.close()
    return Phase("end-to-end", len(reports), count_words(reports), seconds, cpu_seconds, claims=claims, events=new_events)


def time_parallel(reports: list[Report], db: str | None, jobs: int) -> Phase:
    """Return the wall-clock cost of `sitroom ingest --jobs N` on the same reports: N worker processes
    analyze, this process fuses and stores. CPU seconds here are this process's plus its workers'."""
    from sitroom.pipeline import ingest_reports
    from sitroom.store import Store

    with tempfile.TemporaryDirectory(prefix="sitroom-bench-") as tmp:
        store = Store(db or str(Path(tmp) / "bench.db"))
        try:
            before = os.times()
            started = time.perf_counter()
            summary = ingest_reports(reports, store, jobs=jobs)
            seconds = time.perf_counter() - started
            after = os.times()
        finally:
            store.close()
    cpu_seconds = sum(getattr(after, f) - getattr(before, f) for f in ("user", "system", "children_user", "children_system"))
    return Phase(f"jobs={jobs}", len(reports), count_words(reports), seconds, cpu_seconds,
                 claims=summary.claims, events=summary.new_events)


def peak_rss_mb() -> float:
    """Return this process's peak resident memory in MB (ru_maxrss is KB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def render(phases: list[Phase], startup: float, rss: float, corpus: str) -> str:
    """Return the results as a small plain-text table."""
    lines = [
        f"corpus: {corpus}   python {platform.python_version()}   one process, one core"
        + ("   (jobs=N: N workers on all cores; its cpu s include the workers')" if any(p.name.startswith("jobs=") for p in phases) else ""),
        f"first-report warm-up (knowledge loading): {startup:.2f} s",
        "",
        f"{'phase':<11} {'reports':>8} {'words':>9} {'seconds':>9} {'reports/s':>10} {'words/s':>10} "
        f"{'cpu s':>7} {'words/cpu-s':>12} {'claims':>7} {'events':>7}",
    ]
    for p in phases:
        lines.append(
            f"{p.name:<11} {p.reports:>8} {p.words:>9} {p.seconds:>9.2f} {p.reports_per_s:>10.1f} "
            f"{p.words_per_s:>10.0f} {p.cpu_seconds:>7.2f} {p.words_per_cpu_s:>12.0f} "
            f"{p.claims if p.claims is not None else '-':>7} "
            f"{p.events if p.events is not None else '-':>7}"
        )
    lines += ["", f"peak resident memory: {rss:.0f} MB",
              "(cpu s: this process's CPU time; wall seconds above it mean other work shared the core)"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark sitroom's extraction and ingest.")
    parser.add_argument("--corpus", action="append", choices=["seed", "examples", "archive"],
                        help="corpus to run (repeatable; default: seed and examples)")
    parser.add_argument("--repeat", type=int, default=20, help="copies of the seed (default 20)")
    parser.add_argument("--limit", type=int, default=None, help="at most this many archive reports")
    parser.add_argument("--db", help="database URL for the end-to-end phase (default: a temporary SQLite file)")
    parser.add_argument("--skip-store", action="store_true", help="measure extraction only")
    parser.add_argument("--jobs", type=int, default=None,
                        help="also time end to end with N worker processes (sitroom ingest --jobs N), on all cores")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")

    # Pin to one CPU so the figures mean "per core" even where numeric libraries would spread out.
    cores = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    if cores is not None:
        os.sched_setaffinity(0, {min(cores)})

    corpora = args.corpus or ["seed", "examples"]
    reports: list[Report] = []
    if "seed" in corpora:
        reports += seed_corpus(args.repeat)
    if "examples" in corpora:
        reports += examples_corpus()
    if "archive" in corpora:
        reports += archive_corpus(args.limit)
    if not reports:
        print("bench: the corpus is empty (is ../shared beside the repository?)", file=sys.stderr)
        return 1

    startup = time_startup(reports[0])
    phases = [time_extraction(reports)]
    if not args.skip_store:
        phases.append(time_end_to_end(reports, args.db))
    if args.jobs is not None and args.jobs > 1:
        if cores is not None:
            os.sched_setaffinity(0, cores)  # the workers inherit this process's cores
        phases.append(time_parallel(reports, args.db, args.jobs))
    rss = peak_rss_mb()

    label = "+".join(corpora) + (f" (seed x{args.repeat})" if "seed" in corpora else "")
    if args.json:
        print(json.dumps({
            "corpus": label,
            "python": platform.python_version(),
            "warmup_seconds": round(startup, 3),
            "phases": [dict(asdict(p), reports_per_s=round(p.reports_per_s, 2), words_per_s=round(p.words_per_s, 1),
                            words_per_cpu_s=round(p.words_per_cpu_s, 1), seconds=round(p.seconds, 3),
                            cpu_seconds=round(p.cpu_seconds, 3)) for p in phases],
            "peak_rss_mb": round(rss, 1),
        }, indent=2))
    else:
        print(render(phases, startup, rss, label))
    return 0


if __name__ == "__main__":
    sys.exit(main())
