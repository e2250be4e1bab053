"""schemas/: the kg: ontology, the SHACL shapes of the data model, and the generated JSON Schema.

The graphs built from the seed and from the dev set (read from ../shared/dev, built into a temporary
folder) conform to the shapes; a broken graph gets one plain sentence per violation.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pyoxigraph import NamedNode, RdfFormat, parse

from kg.build import build
from kg.schema import json_schemas
from kg.validate import validate

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
DEV = ROOT.parent / "shared" / "dev"
KG = "https://w3id.org/kg-news/ns#"


def kg(*args: str) -> subprocess.CompletedProcess:
    script = Path(sys.executable).parent / "kg"
    return subprocess.run([str(script), *args], capture_output=True, text=True, timeout=300, cwd=ROOT,
                          env={**os.environ})


@pytest.fixture(scope="module")
def seed_graph(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("seed")
    build([SEEDS], out)
    return out / "graph.trig"


@pytest.fixture(scope="module")
def dev_graph(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dev")
    report = build(sorted(DEV.glob("*.txt")), out)
    assert report.articles == len(list(DEV.glob("*.txt")))
    return out / "graph.trig"


def test_the_seed_graph_conforms_to_the_shapes(seed_graph: Path):
    assert [str(v) for v in validate(seed_graph)] == []
    result = kg("validate", str(seed_graph))
    assert result.returncode == 0 and "conforms to the data model" in result.stdout


def test_the_dev_set_graph_conforms_to_the_shapes(dev_graph: Path):
    assert [str(v) for v in validate(dev_graph)] == []


def test_each_violation_is_one_plain_sentence_naming_node_and_rule(tmp_path: Path):
    broken = tmp_path / "broken.ttl"
    broken.write_text("""
        @prefix schema: <https://schema.org/> .  @prefix kg: <https://w3id.org/kg-news/ns#> .
        <https://example.org/kg/person/nameless> a schema:Person .
        <https://example.org/kg/claim/a/1-2> a schema:Claim , schema:Quotation ; schema:text "hi" ;
            kg:kind "indirect" ; kg:rule "test" .
    """, encoding="utf-8")
    result = kg("validate", str(broken))
    assert result.returncode != 0 and "Traceback" not in result.stderr
    lines = result.stdout.splitlines()
    assert ("https://example.org/kg/person/nameless: a person needs a schema:name "
            "(the fullest form of the name) [person / schema:name]") in lines
    assert any(line.startswith("https://example.org/kg/claim/a/1-2: a statement needs schema:appearance")
               for line in lines)
    assert any('a schema:Quotation has kg:kind "direct"' in line for line in lines)
    assert "violations in" in result.stderr


def test_the_ontology_declares_every_kg_term_the_graph_uses(dev_graph: Path, seed_graph: Path):
    ontology = {q.subject.value for q in parse(path=str(ROOT / "schemas" / "kg.ttl"), format=RdfFormat.TURTLE)}
    labelled = {q.subject.value for q in parse(path=str(ROOT / "schemas" / "kg.ttl"), format=RdfFormat.TURTLE)
                if q.predicate.value.endswith("#label")}
    used = set()
    for graph in (dev_graph, seed_graph):
        for quad in parse(path=str(graph), format=RdfFormat.TRIG):
            for term in (quad.predicate, quad.object):
                if isinstance(term, NamedNode) and term.value.startswith(KG):
                    used.add(term.value)
    assert used and used <= ontology, f"undeclared: {sorted(used - ontology)}"
    assert used <= labelled
    mapped = {q.subject.value for q in parse(path=str(ROOT / "schemas" / "kg.ttl"), format=RdfFormat.TURTLE)
              if q.predicate.value.endswith(("#subPropertyOf", "#subClassOf"))}
    assert {KG + "cue", KG + "speakerDescription", KG + "addressee", KG + "rule", KG + "evidence",
            KG + "ArmedGroup"} - {KG + "cue"} <= mapped


def test_the_committed_json_schema_is_what_the_models_generate():
    committed = {p.name: p.read_text(encoding="utf-8") for p in (ROOT / "schemas" / "json").glob("*.json")}
    assert committed == json_schemas(), "run `kg schema` and commit schemas/json/"
    extraction = json.loads(committed["extraction.json"])
    assert {"Statement", "Entity", "Affiliation", "Span"} <= set(extraction["$defs"])


def test_kg_schema_writes_the_files(tmp_path: Path):
    result = kg("schema", "--out", str(tmp_path))
    assert result.returncode == 0
    assert {p.name for p in tmp_path.glob("*.json")} == set(json_schemas())
