"""Positions: who is for or against what, read from statements by curated stance cues."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.build import build
from kg.extract import extract
from kg.extract.stance import find_positions
from kg.models import Span, Statement
from kg.query import run_preset
from kg.read import read_paths
from kg.store import opened

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "dev"
EXPECTED = json.loads((ROOT / "tests" / "data" / "positions_expected.json").read_text(encoding="utf-8"))["expected"]
PRECISION_FLOOR = 0.9


def stances(sentence: str, cue: str | None = None) -> list[tuple[str, str]]:
    statement = Statement(kind="direct", text=sentence, content=Span(start=0, end=len(sentence)),
                          evidence=Span(start=0, end=len(sentence)), cue=cue, rule="test")
    return [(p.stance, p.issue) for p in find_positions(sentence, [statement])]


def test_the_examples_of_the_issue():
    assert stances("I am not in favour of an amnesty for all.") == [("against", "blanket amnesty")]
    assert stances("he would like to see an amnesty for members of the group") == [("for", "amnesty")]
    assert stances("it would be a mistake to extend leniency to anyone") == [("against", "leniency")]


def test_an_issue_word_matched_only_by_case_folding_is_no_crash():
    # 'İ' matches 'i' when case is ignored but lower-cases to two characters: no keyword to look up
    assert stances("he would like to see an amnestİes bill") == []


def test_a_cue_far_from_the_issue_or_across_a_clause_takes_no_side():
    assert stances("We support the plan to build roads and schools and hospitals, not any amnesty") == []
    assert stances("They are in favour of it. The amnesty was debated.") == []
    assert stances("the government made a fatal political mistake") == []


def test_an_attribution_cue_can_take_the_side():
    assert stances("on the authorities to release the journalists", cue="called") == [("for", "release of detainees")]


def articles() -> dict:
    paths = [ROOT / "seeds"] + ([DEV] if DEV.is_dir() else [])
    return {a.slug: a for a in read_paths(paths) if hasattr(a, "slug")}


def holder(position) -> str:
    return position.speaker.key if position.speaker else position.speaker_description


def test_precision_on_the_hand_checked_examples():
    found = articles()
    wanted = [e for e in EXPECTED if e["article"] in found]
    if len({e["article"] for e in wanted}) < 2:
        pytest.skip("../shared/dev is not here")
    produced = []
    for slug in sorted({e["article"] for e in wanted}):
        produced += [(slug, holder(p), p.issue, p.stance) for p in extract(found[slug]).positions]
    truth = {(e["article"], e["speaker"], e["issue"], e["stance"]) for e in wanted if e["stance"]}
    correct = [p for p in produced if p in truth]
    precision = len(correct) / len(produced)
    recall = len(set(correct)) / len(truth)
    assert precision >= PRECISION_FLOOR, (precision, sorted(set(produced) - truth))
    assert recall >= 0.75, (recall, sorted(truth - set(produced)))


def test_positions_are_in_the_graph_and_the_preset(tmp_path):
    build([ROOT / "seeds"], tmp_path / "out")
    with opened(tmp_path / "out" / "store") as store:
        rows = run_preset(store, "who-stands-where", {"topic": "amnesty"})
    text = json.dumps([[str(v) for v in row] for row in rows.rows]) if hasattr(rows, "rows") else str(rows)
    assert "Murat Telibekov" in text and "Andrei Grishin" in text
    turtle = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert "kg:opposes <https://example.org/kg/topic/blanket-amnesty>" in turtle
    assert "skos:broader <https://example.org/kg/topic/amnesty>" in turtle
    assert "schema:about <https://example.org/kg/topic/conflict-resolution>" in turtle
