#!/usr/bin/env python3
"""Speed of the corpus-wide identity step (kg/identity.py) at several corpus sizes.

    .venv/bin/python bench/identity_bench.py [--sizes 500,1500,5000] [--work /tmp/kg-identity-bench]
                                             [--module FILE] [--profile] [--json FILE]

Since `kg build` links the entities of spooled articles before loading them, this times the other
path: linking in the store, what the next build does after a build stopped before its identity step
(Ctrl-C) and what an incremental build does to stored articles. For each size, a corpus of varied real
articles is made as bench/build_bench.py makes it (people and places renamed, paragraphs shuffled;
written under --work, never into the repository) and built into a store without the identity step,
once (kept under --work and reused by later runs). Each measurement
copies that store and runs `apply_identity` on the copy in a fresh process: the first run after a
build (every article's entity records read from its graph, the grouping computed, the articles whose
mapping is not the identity rewritten), then a second run on the same store (nothing changed: every
article skipped). `--module FILE` times another version of kg/identity.py (e.g. the one of an older
commit, `git show REV:kg/identity.py > /tmp/old.py`); `--profile` prints the top of a cProfile of the
first run.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

BUILD = """
import sys
from pathlib import Path
import kg.build
from kg.build import build
from kg.identity import IdentityReport
kg.build._link_identities = lambda *args: IdentityReport()  # the spool is loaded as extracted, article-local
build([Path(sys.argv[1])], Path(sys.argv[2]), formats=(), view=False, rebuild=True, jobs=int(sys.argv[3]))
"""

MEASURE = """
import cProfile, importlib.util, io, json, pstats, sys, time
from pathlib import Path
import kg
from kg.curation import load
from kg.store import GraphStore
if sys.argv[2]:
    spec = importlib.util.spec_from_file_location("identity_under_test", sys.argv[2])
    identity = sys.modules[spec.name] = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(identity)
    identity.DATA = Path(kg.__file__).parent / "data" / "transliteration.tsv"  # the copy may live elsewhere
else:
    import kg.identity as identity
result = {}
with GraphStore(Path(sys.argv[1])) as store:
    for run in ("first", "second"):
        profiler = cProfile.Profile() if sys.argv[3] == "1" and run == "first" else None
        started = time.perf_counter()
        if profiler:
            profiler.enable()
        report = identity.apply_identity(store, load(None))
        if profiler:
            profiler.disable()
        result[run] = round(time.perf_counter() - started, 2)
        result[run + "_rewritten"] = report.rewritten
        if profiler:
            out = io.StringIO()
            pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(25)
            print(out.getvalue(), file=sys.stderr)
    result["merged"] = report.merged
print(json.dumps(result))
"""


def prepared_store(work: Path, size: int, jobs: int) -> Path:
    """The store of a `size`-article corpus built without the identity step (made once, then reused)."""
    from build_bench import make_corpus

    out = work / f"out-{size}"
    if (out / "done").exists():
        return out / "store"
    corpus = work / f"corpus-{size}"
    make_corpus(corpus, size)
    if out.exists():
        shutil.rmtree(out)
    subprocess.run([sys.executable, "-c", BUILD, str(corpus), str(out), str(jobs)], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    (out / "done").write_text("", encoding="utf-8")
    return out / "store"


def measure(work: Path, store: Path, module: str, profile: bool) -> dict:
    scratch = work / f"scratch-store-{os.getpid()}"
    if scratch.exists():
        shutil.rmtree(scratch)
    shutil.copytree(store, scratch)
    done = subprocess.run([sys.executable, "-c", MEASURE, str(scratch), module, "1" if profile else "0"],
                          cwd=ROOT, check=True, stdout=subprocess.PIPE, text=True)
    shutil.rmtree(scratch)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="500,1500,5000")
    parser.add_argument("--work", type=Path, default=Path("/tmp/kg-identity-bench"))
    parser.add_argument("--jobs", type=int, default=2, help="processes for building the stores")
    parser.add_argument("--module", default="", help="time this file instead of kg/identity.py")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--json", type=Path)
    options = parser.parse_args()
    options.work.mkdir(parents=True, exist_ok=True)
    results = []
    for size in (int(x) for x in options.sizes.split(",")):
        started = time.perf_counter()
        store = prepared_store(options.work, size, options.jobs)
        prepared = time.perf_counter() - started
        result = {"articles": size, "module": options.module or "kg/identity.py",
                  **measure(options.work, store, options.module, options.profile)}
        result["store_prepared_seconds"] = round(prepared, 1)
        print(json.dumps(result), flush=True)
        results.append(result)
    if options.json:
        options.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
