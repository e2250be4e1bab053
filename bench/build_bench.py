#!/usr/bin/env python3
"""End-to-end build speed at scale: a corpus of 100,000 varied real articles into the store.

    .venv/bin/python bench/build_bench.py [--articles 100000] [--ratio-articles 10000] [--jobs 2]
                                          [--work /tmp/kg-build-bench] [--files] [--json FILE]

The corpus is made from the real articles (seeds/ and ../shared/dev/) as bench/extract_bench.py makes
it: each variant renames the people and places and shuffles the body paragraphs. It is written as
plain-text files under --work (never into the repository), 1,000 per folder.

Each measured build is `kg.build.build(..., rebuild=True)` in a fresh process (as `kg build` runs it,
with the corpus-wide identity step and the derived graph), into the store only (no graph files, no
page: `--files` times writing them from the 100,000-article store afterwards). Reported: wall time,
articles/s, the time of the steps after extraction (identity and loading, derived graph) and the peak
memory of the whole process tree (the build and its extraction workers, resident set summed, sampled
every 0.2 s with psutil). The ratio of --jobs 2 to --jobs 1 is measured on --ratio-articles (both
builds of the same corpus).
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

BUILD = """
import sys, time, json
from pathlib import Path
import kg.build, kg.store
from kg.build import build
steps = {}
def timed(name, function):
    def run(*args, **kwargs):
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            steps[name] = round(steps.get(name, 0) + time.perf_counter() - started, 1)
    return run
kg.build._link_identities = timed("identity_and_load", kg.build._link_identities)
kg.store.GraphStore.derive = timed("derive", kg.store.GraphStore.derive)
started = time.perf_counter()
report = build([Path(sys.argv[1])], Path(sys.argv[2]), formats=(), view=False, rebuild=True,
               jobs=int(sys.argv[3]))
print(json.dumps({"seconds": time.perf_counter() - started, "articles": report.articles,
                  "skipped": len(report.skipped), "quads": report.quads,
                  "statements": report.statements, "relinked": report.relinked, "steps": steps}))
"""

FILES = """
import sys, time, json
from pathlib import Path
from kg.serialise import write_store
from kg.store import GraphStore
started = time.perf_counter()
with GraphStore(Path(sys.argv[1])) as store:
    written = write_store(store, Path(sys.argv[2]))
print(json.dumps({"seconds": time.perf_counter() - started,
                  "bytes": {p.name: p.stat().st_size for p in written}}))
"""


def make_corpus(folder: Path, count: int, seed: int = 1) -> float:
    """Write `count` varied articles under `folder`; returns the seconds it took."""
    from extract_bench import base_articles, variant

    started = time.perf_counter()
    if folder.exists():
        shutil.rmtree(folder)
    rng = random.Random(seed)
    bases = base_articles()
    for number in range(count):
        text = variant(*bases[number % len(bases)], rng)
        title, _, rest = text.partition("\n")
        sub = folder / f"{number // 1000:03d}"
        if number % 1000 == 0:
            sub.mkdir(parents=True)
        # a distinct first line per variant: the title is what the article's slug is made from
        (sub / f"article-{number:06d}.txt").write_text(f"{title} ({number})\n{rest}", encoding="utf-8")
    return time.perf_counter() - started


def run_measured(code: str, *args: str) -> dict:
    """Run `code` in a fresh Python; its JSON answer plus the peak memory of its process tree."""
    process = subprocess.Popen([sys.executable, "-c", code, *args], cwd=ROOT, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)
    root = psutil.Process(process.pid)
    peak = 0
    while process.poll() is None:
        try:
            tree = [root, *root.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.2)
    out = process.stdout.read()
    if process.returncode:
        raise RuntimeError(f"benchmark step failed ({process.returncode}): {out[-2000:]}")
    result = json.loads(out.strip().splitlines()[-1])
    result["peak_mb"] = round(peak / 2**20)
    return result


def measure_build(corpus: Path, out: Path, jobs: int) -> dict:
    if out.exists():
        shutil.rmtree(out)
    result = run_measured(BUILD, str(corpus), str(out), str(jobs))
    result["jobs"] = jobs
    result["articles_per_second"] = round(result["articles"] / result["seconds"], 1)
    result["seconds"] = round(result["seconds"], 1)
    print(json.dumps(result), flush=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--ratio-articles", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=2, help="processes for the big build")
    parser.add_argument("--work", type=Path, default=Path("/tmp/kg-build-bench"))
    parser.add_argument("--files", action="store_true", help="also time writing the graph files")
    parser.add_argument("--json", type=Path, help="write the results here too")
    options = parser.parse_args()
    if ROOT in options.work.resolve().parents:
        parser.error("--work must be outside the repository")
    options.work.mkdir(parents=True, exist_ok=True)
    results: dict = {"machine": {"cpus": psutil.cpu_count(), "python": platform.python_version()}}

    if options.ratio_articles:
        small = options.work / "corpus-small"
        results["corpus_small_seconds"] = round(make_corpus(small, options.ratio_articles), 1)
        one = measure_build(small, options.work / "out-small-1", 1)
        two = measure_build(small, options.work / "out-small-2", 2)
        results["ratio"] = {"articles": options.ratio_articles, "jobs1": one, "jobs2": two,
                            "speedup": round(one["seconds"] / two["seconds"], 2)}

    if options.articles:
        big = options.work / "corpus-big"
        results["corpus_big_seconds"] = round(make_corpus(big, options.articles), 1)
        out = options.work / "out-big"
        results["big"] = measure_build(big, out, options.jobs)
        if options.files:
            results["files"] = run_measured(FILES, str(out / "store"), str(out))
            print(json.dumps(results["files"]), flush=True)
    text = json.dumps(results, indent=1)
    print(text)
    if options.json:
        options.json.parent.mkdir(parents=True, exist_ok=True)
        options.json.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
