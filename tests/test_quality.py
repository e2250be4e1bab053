"""Extraction quality on the hand-annotated dev set must not fall below the floors of quality_targets.json.

Runs scripts/evaluate.py's dev evaluation in this process: every ../shared/dev/ article built on its own,
turned into a prediction by ../shared/dev/graph_to_pred.py and scored by ../shared/dev/score.py.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"
DEV = SHARED / "dev"
TARGETS = json.loads((Path(__file__).with_name("quality_targets.json")).read_text(encoding="utf-8"))

pytestmark = pytest.mark.skipif(not (DEV / "score.py").exists(), reason=f"no dev set at {DEV}")


def load_evaluate():
    spec = importlib.util.spec_from_file_location("evaluate", ROOT / "scripts" / "evaluate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def dev_scores(tmp_path_factory) -> dict:
    evaluate = load_evaluate()
    summary = evaluate.evaluate_dev(DEV, tmp_path_factory.mktemp("eval"), shared=SHARED, quiet=True)
    assert not summary["run"]["failed"], summary["run"]["failed"]
    assert not summary["no_prediction"], summary["no_prediction"]
    return summary["micro"]


def test_floors_never_exceed_what_is_promised():
    dev = TARGETS["dev"]
    assert set(dev["floors"]) == set(dev["targets"])


@pytest.mark.parametrize("category", sorted(TARGETS["dev"]["floors"]))
def test_dev_f1_stays_above_its_floor(dev_scores, category):
    floor = TARGETS["dev"]["floors"][category]
    target = TARGETS["dev"]["targets"][category]
    score = dev_scores[category]
    f1 = score["f1"] or 0.0
    assert f1 >= floor, (f"{category}: micro F1 {f1:.3f} (P {score['p']:.3f}, R {score['r']:.3f}) "
                         f"fell below its floor {floor:.2f} (target {target:.2f})")
