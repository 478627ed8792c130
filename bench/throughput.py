"""Throughput of `warta ingest` end to end: serial, and on a local Dask cluster of 1 and 2 workers.

For each run: articles/s and words/s (start-up excluded, and included), start-up time, peak RSS
per worker, and where the time goes, by stage (ingest = read + language id, language = the
spaCy pipeline, coding, resolution, store = rows, Parquet shards and the DuckDB load).
Each configuration runs in its own process on a fresh database.

Usage:
  python bench/throughput.py                  # builds corpus/throughput/ first if missing
  python bench/throughput.py --limit 200 --workers 1 2 --write   # --write: update BENCHMARKS.md

To measure what is committed, not the working tree: check the commit out in a git worktree and
put its src/ first on PYTHONPATH (the workers inherit it).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus" / "throughput"
BENCHMARKS = ROOT / "BENCHMARKS.md"
SECTION = "## Throughput (ingest end to end)"
STAGES = ("ingest", "language", "coding", "resolution", "store")
LOAD: list[float] = []  # the machine's 5-minute load average before and after the runs
TARGETS = "≥ 40 articles/s with 2 workers; 2 workers ≥ 1.7 × 1; peak RSS ≤ 1.5 GB a worker; start-up ≤ 5 s"


def corpus_files(limit: int | None) -> list[Path]:
    if not CORPUS.exists():
        sys.path.insert(0, str(ROOT / "bench"))
        from build_corpus import build

        build(ROOT.parent / "shared", CORPUS)
    files = sorted(CORPUS.glob("*.txt"))
    return files[:limit] if limit else files


def run_serial(files: list[Path]) -> dict:
    """The serial path (warta.runner.ingest), with stage timings from its Pipeline."""
    started = time.perf_counter()
    from warta.ingest import Reader
    from warta.pipeline import Pipeline
    from warta.runner import ingest
    from warta.store import Store

    pipeline, reader = Pipeline(), Reader()
    pipeline.stages("id")
    startup = time.perf_counter() - started
    seconds = {"ingest": 0.0, "store": 0.0}
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.duckdb") as store:
        timed_reader = _TimedReader(reader, seconds)
        write_batch = store.write_batch

        def timed_write(*args, **kwargs):
            t = time.perf_counter()
            try:
                return write_batch(*args, **kwargs)
            finally:
                seconds["store"] += time.perf_counter() - t

        store.write_batch = timed_write
        run_started = time.perf_counter()
        summary = ingest(files, store, pipeline=pipeline, reader=timed_reader)
        run = time.perf_counter() - run_started
    words = sum(len(f.read_text(encoding="utf-8").split()) for f in files)
    seconds.update({k: v for k, v in pipeline.seconds.items() if k != "load"})
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return {"config": "serial (no Dask)", "workers": 1, "articles": summary.added, "words": words,
            "startup": startup, "run": run, "seconds": seconds, "rss": [rss], "failed": 0}  # fmt: skip


class _TimedReader:
    def __init__(self, reader, seconds: dict) -> None:
        self.reader, self.seconds = reader, seconds

    def iter_articles(self, paths, skip=()):
        iterator = self.reader.iter_articles(paths, skip)
        while True:
            t = time.perf_counter()
            try:
                item = next(iterator)
            except StopIteration:
                return
            finally:
                self.seconds["ingest"] += time.perf_counter() - t
            yield item


def run_dask(files: list[Path], workers: int) -> dict:
    from warta.scale import ingest_distributed
    from warta.store import Store

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.duckdb") as store:
        summary = ingest_distributed(files, store, workers=workers)
    return {"config": f"Dask, {workers} worker{'s' if workers > 1 else ''}", "workers": workers,
            "articles": summary.added, "words": summary.words, "startup": summary.startup_seconds,
            "run": summary.run_seconds, "seconds": dict(summary.seconds),
            "rss": sorted(summary.peak_rss.values()), "failed": len(summary.failed)}  # fmt: skip


def run_one(config: str, limit: int | None) -> dict:
    files = corpus_files(limit)
    return run_serial(files) if config == "serial" else run_dask(files, int(config))


def run_all(configs: list[str], limit: int | None) -> list[dict]:
    corpus_files(limit)  # build it once, before the runs
    results = []
    LOAD.append(os.getloadavg()[1])
    for config in configs:
        print(f"running {config} ...", file=sys.stderr, flush=True)
        out = subprocess.run([sys.executable, __file__, "--one", config, *(["--limit", str(limit)] if limit else [])],
                             capture_output=True, text=True)  # fmt: skip
        if out.returncode:  # a crashed run is a result too: say what broke
            errors = [line for line in out.stderr.splitlines() if re.match(r"^[\w.]+(Error|Exception|Worker)\b", line)]
            error = (errors or out.stderr.strip().splitlines() or ["no output"])[-1]
            results.append({"config": "serial (no Dask)" if config == "serial" else f"Dask, {config} worker(s)",
                            "error": error[:200]})  # fmt: skip
        else:
            results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    LOAD.append(os.getloadavg()[1])
    return results


def table(results: list[dict]) -> str:
    failed = [r for r in results if "error" in r]
    results = [r for r in results if "error" not in r]
    one = next((r for r in results if r["config"].startswith("Dask, 1")), None)
    lines = [
        "| run | articles | start-up s | run s | articles/s | words/s | articles/s incl. start-up "
        "| × 1 worker | peak RSS a worker (MB) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        rate = r["articles"] / r["run"]
        speedup = f"{rate / (one['articles'] / one['run']):.2f}" if one and r["config"].startswith("Dask") else "—"
        lines.append(
            f"| {r['config']} | {r['articles']} | {r['startup']:.1f} | {r['run']:.1f} | {rate:.1f} | "
            f"{r['words'] / r['run']:,.0f} | {r['articles'] / (r['run'] + r['startup']):.1f} | {speedup} | "
            f"{', '.join(f'{b / 2**20:,.0f}' for b in r['rss'])} |"
        )
    lines += [f"| {r['config']} | failed: `{r['error']}` |" + " |" * 7 for r in failed]
    lines += ["", "Where the time goes: milliseconds a stage per article (summed over workers; *store* also "
              "counts the driver's DuckDB load), and the share of workers × run time; *other* is the rest "
              "(Dask scheduling, transfer, idle).", "",
              "| run | " + " | ".join(STAGES) + " | other |", "|---|" + "---:|" * (len(STAGES) + 1)]  # fmt: skip
    for r in results:
        busy = r["workers"] * r["run"]
        other = max(0.0, busy - sum(r["seconds"].get(s, 0.0) for s in STAGES))
        cells = [f"{1000 * r['seconds'].get(s, 0.0) / r['articles']:.1f} ({100 * r['seconds'].get(s, 0.0) / busy:.0f}%)"
                 for s in STAGES]  # fmt: skip
        lines.append(f"| {r['config']} | " + " | ".join(cells) + f" | {1000 * other / r['articles']:.1f} "
                     f"({100 * other / busy:.0f}%) |")  # fmt: skip
    return "\n".join(lines)


def section(results: list[dict], limit: int | None) -> str:
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout
    done = [r for r in results if "error" not in r]
    words = done[0]["words"] / max(done[0]["articles"], 1)
    return f"""{SECTION}

`python bench/throughput.py --write` ({datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC, commit `{commit.strip()}`,
Python {platform.python_version()}). Corpus: {done[0]['articles']} pseudo-articles of ~{words:.0f} words
built by `bench/build_corpus.py` from the idner-news-2k, NERGrit and NERP sentences (a date line,
a dateline, paragraphs of three sentences); each run on a fresh database, in its own process.
Start-up: the pipeline loaded (serial), or the local cluster up and every worker's pipeline loaded
(Dask). Rates exclude start-up unless said. The 5-minute load average was
{' and '.join(f'{x:.1f}' for x in LOAD)} (before and after) on {os.cpu_count()} CPUs{
", so a run gets less than the cores it asks for" if max(LOAD) > 1.5 else ""}.

Targets: {TARGETS}.

{table(results)}

{verdict(done)}
"""


def verdict(results: list[dict]) -> str:
    """Each target met or missed, and the stage that costs most."""
    runs = {r["workers"]: r for r in results if r["config"].startswith("Dask")}
    lines = ["Against the targets:"]
    if 2 in runs:
        rate = runs[2]["articles"] / runs[2]["run"]
        lines.append(f"- 2 workers: {rate:.1f} articles/s ({'met' if rate >= 40 else 'missed'}, target 40).")
    if 1 in runs and 2 in runs:
        speedup = (runs[2]["articles"] / runs[2]["run"]) / (runs[1]["articles"] / runs[1]["run"])
        lines.append(f"- speed-up of 2 workers over 1: {speedup:.2f}× ({'met' if speedup >= 1.7 else 'missed'}, "
                     "target 1.7×).")  # fmt: skip
    rss = max((b for r in results for b in r["rss"]), default=0) / 2**30
    lines.append(f"- peak RSS: {rss:.2f} GB a worker at most ({'met' if rss <= 1.5 else 'missed'}, target 1.5 GB).")
    startup = max((r["startup"] for r in runs.values()), default=0.0)
    lines.append(f"- start-up: {startup:.1f} s at most ({'met' if startup <= 5 else 'missed'}, target 5 s).")
    if 1 in runs and 2 in runs:  # the same work costs more CPU a article when two share the cores
        cost = [sum(runs[n]["seconds"].get(s, 0.0) for s in STAGES) / runs[n]["articles"] for n in (1, 2)]
        two = runs[2]
        other = max(0.0, 2 * two["run"] - sum(two["seconds"].get(s, 0.0) for s in STAGES)) / (2 * two["run"])
        lines.append(f"- the stages cost {1000 * cost[0]:.0f} ms an article with 1 worker and {1000 * cost[1]:.0f} ms "
                     f"with 2 ({100 * (cost[1] / cost[0] - 1):+.0f}%), while Dask's own share (*other*) is "
                     f"{100 * other:.0f}%"
                     + (": the two workers did not get two free cores." if cost[1] > 1.2 * cost[0]
                        else ": the two workers ran on two cores with little contention."))  # fmt: skip
    for r in results:
        busy = sum(r["seconds"].get(s, 0.0) for s in STAGES)
        stage = max(STAGES, key=lambda s: r["seconds"].get(s, 0.0))
        lines.append(f"- {r['config']}: the {stage} stage takes {100 * r['seconds'][stage] / busy:.0f}% of the "
                     f"staged time ({1000 * r['seconds'][stage] / r['articles']:.0f} ms an article).")  # fmt: skip
    return "\n".join(lines)


def write_section(text: str, path: Path = BENCHMARKS) -> None:
    if not path.exists():
        path.write_text(f"# Benchmarks\n\n{machine()}\n", encoding="utf-8")
    current = path.read_text(encoding="utf-8")
    pattern = re.compile(re.escape(SECTION) + r".*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(current):
        updated = pattern.sub(lambda _: text + "\n", current)
    else:
        updated = current.rstrip() + "\n\n" + text
    path.write_text(updated, encoding="utf-8")


def machine() -> str:
    def run(*command: str) -> str:
        return subprocess.run(command, capture_output=True, text=True).stdout

    model = re.search(r"Model name:\s*(.+)", run("lscpu"))
    cpus = re.search(r"^CPU\(s\):\s*(\d+)", run("lscpu"), re.M)
    memory = re.search(r"Mem:\s+(\d+)", run("free", "-g"))
    return (f"Machine: {model.group(1).strip() if model else platform.processor()}, "
            f"{cpus.group(1) if cpus else '?'} CPUs (shared with other work), "
            f"{memory.group(1) if memory else '?'} GB RAM, {platform.system()} {platform.release()}.")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--no-serial", action="store_true", help="Skip the serial reference run.")
    parser.add_argument("--limit", type=int, help="Only the first N articles of the corpus.")
    parser.add_argument("--write", action="store_true", help=f"Replace the section '{SECTION}' of BENCHMARKS.md.")
    parser.add_argument("--benchmarks", type=Path, default=BENCHMARKS, help="The file --write updates.")
    parser.add_argument("--one", help=argparse.SUPPRESS)  # internal: one configuration, JSON out
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.limit)))
        return
    configs = ([] if args.no_serial else ["serial"]) + [str(w) for w in args.workers]
    text = section(run_all(configs, args.limit), args.limit)
    print(text)
    if args.write:
        write_section(text, args.benchmarks)


if __name__ == "__main__":
    main()
