#!/usr/bin/env python3
"""Measure extraction quality: build each article on its own, turn the graph into a prediction, score it.

    python scripts/evaluate.py [dev] [--dev-dir DIR] [--cli] [--errors] [--json-out FILE] [--keep DIR]
    python scripts/evaluate.py polnear --split dev --polnear-dir /tmp/polnear/dev [--errors] [--limit N]

`dev` (the default) scores the hand-annotated articles of ../shared/dev/ with ../shared/dev/score.py;
`polnear` scores the attributions of a PolNeAR split prepared by ../shared/polnear/prepare.py (the
corpus is copyrighted: prepare it outside the repository, e.g. under /tmp, as its README says) with
../shared/polnear/score.py.

Each article is built alone, as `kg build ARTICLE --out DIR` would (in this process by default, which
is fast; `--cli` runs the real command in a subprocess per article), its `graph.ttl` is turned into
`<slug>.pred.json` by ../shared/dev/graph_to_pred.py, and the scorer runs once over the folder of
predictions. The scorer's table is printed as it is; its JSON summary is written to --json-out
(default: <work dir>/summary.json) and, with `--json`, printed as the last line.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KG_SHARED") or ROOT.parent / "shared")


def _load_module(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build_in_process(article: Path, out_dir: Path) -> Path:
    from kg.build import build

    report = build([article], out_dir, formats=("turtle",))
    if not report.articles:
        raise RuntimeError(f"{article}: nothing read ({'; '.join(report.skipped)})")
    return out_dir / "graph.ttl"


def build_with_cli(article: Path, out_dir: Path) -> Path:
    kg = Path(sys.executable).parent / "kg"
    command = [str(kg)] if kg.exists() else [sys.executable, "-m", "kg.cli"]
    subprocess.run([*command, "build", str(article), "--out", str(out_dir)], check=True,
                   stdout=subprocess.DEVNULL, cwd=ROOT)
    return out_dir / "graph.ttl"


class Predictor:
    """graph.ttl -> <slug>.pred.json through ../shared/dev/graph_to_pred.py (imported, or as a script)."""

    def __init__(self, shared: Path, as_script: bool):
        self.script = shared / "dev" / "graph_to_pred.py"
        self.as_script = as_script
        self.module = None if as_script else _load_module(self.script, "graph_to_pred")

    def __call__(self, graph: Path, slug: str, pred_path: Path) -> list[str]:
        """Writes the prediction; returns graph_to_pred's warnings."""
        if self.as_script:
            done = subprocess.run([sys.executable, str(self.script), str(graph), "--article", slug],
                                  capture_output=True, text=True, check=True)
            pred_path.write_text(done.stdout, encoding="utf-8")
            return [line for line in done.stderr.splitlines() if line.strip()]
        warnings = io.StringIO()
        with contextlib.redirect_stderr(warnings):
            pred = self.module.convert(self.module.load([str(graph)]), slug)
        pred_path.write_text(json.dumps(pred, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        return [line for line in warnings.getvalue().splitlines() if line.strip()]


def predict_all(articles: list[Path], work: Path, use_cli: bool, shared: Path) -> tuple[Path, dict]:
    """Build and convert every article; returns the prediction folder and timing/problem notes."""
    pred_dir = work / "pred"
    pred_dir.mkdir(parents=True, exist_ok=True)
    predictor = Predictor(shared, as_script=use_cli)
    builder = build_with_cli if use_cli else build_in_process
    notes: dict = {"articles": len(articles), "failed": {}, "warnings": {}}
    started = time.perf_counter()
    for article in articles:
        slug = article.stem
        try:
            graph = builder(article, work / "build" / slug)
            warnings = predictor(graph, slug, pred_dir / f"{slug}.pred.json")
        except (Exception, SystemExit) as error:  # graph_to_pred exits on a graph it cannot read
            notes["failed"][slug] = f"{type(error).__name__}: {error}"
            print(f"evaluate: {slug}: {type(error).__name__}: {error}", file=sys.stderr)
            continue
        if warnings:
            notes["warnings"][slug] = warnings
    notes["seconds"] = round(time.perf_counter() - started, 2)
    return pred_dir, notes


def score(scorer: Path, gold_dir: Path, pred_dir: Path, errors: bool) -> tuple[str, dict]:
    """Run a scorer with --json; returns its printed report (without the JSON line) and the JSON."""
    command = [sys.executable, str(scorer), str(gold_dir), str(pred_dir), "--json"]
    if errors:
        command.append("--errors")
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    lines = done.stdout.rstrip("\n").split("\n")
    return "\n".join(lines[:-1]), json.loads(lines[-1])


def micro_table(micro: dict, categories) -> str:
    rows = [f"{'category':<13}{'P':>7}{'R':>7}{'F1':>7}"]
    for cat in categories:
        c = micro[cat]
        rows.append(f"{cat:<13}" + "".join(f"{x:>7.3f}" if x is not None else f"{'-':>7}"
                                           for x in (c.get("p"), c.get("r"), c.get("f1"))))
    return "\n".join(rows)


def evaluate_dev(dev_dir: Path, work: Path, use_cli: bool = False, errors: bool = False,
                 shared: Path = SHARED, quiet: bool = False) -> dict:
    """Scores of our pipeline on the dev set: score.py's JSON summary plus our notes."""
    articles = sorted(p for p in dev_dir.glob("*.txt") if (dev_dir / f"{p.stem}.gold.json").exists())
    pred_dir, notes = predict_all(articles, work, use_cli, shared)
    report, summary = score(shared / "dev" / "score.py", dev_dir, pred_dir, errors)
    summary["run"] = notes
    if not quiet:
        print(report)
    return summary


def evaluate_polnear(gold_dir: Path, work: Path, use_cli: bool = False, errors: bool = False,
                     limit: int | None = None, shared: Path = SHARED, quiet: bool = False) -> dict:
    articles = sorted(p for p in gold_dir.glob("*.txt") if (gold_dir / f"{p.stem}.gold.json").exists())
    if limit:
        articles = articles[:limit]
    pred_dir, notes = predict_all(articles, work, use_cli, shared)
    if limit:  # score only the articles we built
        scored = work / "gold"
        scored.mkdir(exist_ok=True)
        for article in articles:
            for suffix in (".txt", ".gold.json"):
                target = scored / f"{article.stem}{suffix}"
                if not target.exists():
                    target.symlink_to(gold_dir / f"{article.stem}{suffix}")
        gold_dir = scored
    report, summary = score(shared / "polnear" / "score.py", gold_dir, pred_dir, errors)
    summary["run"] = notes
    if not quiet:
        print(report)
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", choices=("dev", "polnear"), default="dev")
    parser.add_argument("--dev-dir", type=Path, default=SHARED / "dev", help="the dev set (default: %(default)s)")
    parser.add_argument("--polnear-dir", type=Path, help="a split prepared by shared/polnear/prepare.py")
    parser.add_argument("--split", default="dev", choices=("train", "dev"),
                        help="PolNeAR split (default dev); --polnear-dir defaults to /tmp/polnear/SPLIT")
    parser.add_argument("--limit", type=int, help="PolNeAR: only the first N articles")
    parser.add_argument("--cli", action="store_true", help="run `kg build` and graph_to_pred.py as subprocesses")
    parser.add_argument("--errors", action="store_true", help="list what was missed and spurious per article")
    parser.add_argument("--keep", type=Path, help="keep builds and predictions in this folder")
    parser.add_argument("--json-out", type=Path, help="write the JSON summary here")
    parser.add_argument("--json", action="store_true", help="print the JSON summary as the last line")
    args = parser.parse_args(argv)

    with contextlib.ExitStack() as stack:
        work = args.keep or Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="kg-eval-")))
        work.mkdir(parents=True, exist_ok=True)
        if args.corpus == "dev":
            if not (args.dev_dir / "score.py").exists() and not (SHARED / "dev" / "score.py").exists():
                parser.error(f"no dev set at {args.dev_dir}")
            summary = evaluate_dev(args.dev_dir, work, args.cli, args.errors)
            print("\nmicro-averaged (dev):")
            print(micro_table(summary["micro"], ("people", "organizations", "places", "direct", "indirect",
                                                 "unnamed", "affiliations")))
        else:
            gold_dir = args.polnear_dir or Path("/tmp/polnear") / args.split
            if not any(gold_dir.glob("*.gold.json")):
                parser.error(f"no prepared PolNeAR split in {gold_dir}; see {SHARED / 'polnear' / 'README.md'}")
            summary = evaluate_polnear(gold_dir, work, args.cli, args.errors, args.limit)
            print(f"\nPolNeAR {args.split}: direct F1 {summary['direct']['f1']:.3f}, indirect F1 "
                  f"{summary['indirect']['f1']:.3f}, named-speaker accuracy {summary['speaker']['accuracy']:.3f}")
        run = summary["run"]
        print(f"{run['articles']} articles built and scored in {run['seconds']} s"
              + (f"; {len(run['failed'])} failed: {', '.join(run['failed'])}" if run["failed"] else ""))
        out = args.json_out or work / "summary.json"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(summary, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        if args.keep or args.json_out:
            print(f"wrote {out}")
        if args.json:
            print(json.dumps(summary, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
