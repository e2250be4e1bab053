"""`kg export`: the store's dataset in every RDF format, named graphs kept where the format has them."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pyoxigraph import RdfFormat, parse

from kg.build import build

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "kazak-authorities-seek-return-syria-fighters.txt"
GRAPH = "https://example.org/kg/graph/kazak-authorities-seek-return-syria-fighters"


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("export-out")
    build([SEED], out)
    return out


def kg(*args: str) -> subprocess.CompletedProcess:
    script = Path(sys.executable).parent / "kg"
    return subprocess.run([str(script), *args], capture_output=True, timeout=120, cwd=ROOT, env={**os.environ})


FORMATS = {"turtle": RdfFormat.TURTLE, "trig": RdfFormat.TRIG, "nquads": RdfFormat.N_QUADS,
           "ntriples": RdfFormat.N_TRIPLES, "jsonld": RdfFormat.JSON_LD}


@pytest.mark.parametrize("name", FORMATS)
def test_every_rdf_format_parses_back_to_the_same_triples(out: Path, name: str):
    result = kg("export", "--format", name, "--store", str(out / "store"))
    assert result.returncode == 0, result.stderr
    quads = list(parse(result.stdout, format=FORMATS[name]))
    reference = list(parse(path=str(out / "graph.trig"), format=RdfFormat.TRIG))
    assert {q.triple for q in quads} == {q.triple for q in reference}
    graphs = {q.graph_name.value for q in quads if not q.graph_name.__class__.__name__ == "DefaultGraph"}
    if name in ("trig", "nquads", "jsonld"):  # the named graphs survive
        assert GRAPH in graphs and "https://example.org/kg/graph/derived" in graphs
    else:
        assert not graphs


def test_export_to_a_file_is_the_same_bytes_as_the_build_and_stable(out: Path, tmp_path: Path):
    target = tmp_path / "copy.trig"
    result = kg("export", "--format", "trig", "--store", str(out / "store"), "--out", str(target))
    assert result.returncode == 0 and b"wrote" in result.stderr
    assert target.read_bytes() == (out / "graph.trig").read_bytes()
    again = kg("export", "--format", "trig", "--store", str(out / "store")).stdout
    assert again == target.read_bytes()


def test_csv_has_one_row_per_quad(out: Path):
    text = kg("export", "--format", "csv", "--store", str(out / "store")).stdout.decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert set(rows[0]) == {"graph", "subject", "predicate", "object", "datatype", "language"}
    names = [r for r in rows if r["predicate"] == "https://schema.org/name" and r["object"] == "Nurgali Bilisbekov"]
    assert names and names[0]["graph"] == GRAPH
    nquads = list(parse(kg("export", "--format", "nquads", "--store", str(out / "store")).stdout,
                        format=RdfFormat.N_QUADS))
    assert len(rows) == len(set(nquads))


def test_export_without_a_store_says_so(tmp_path: Path):
    result = kg("export", "--format", "turtle", "--store", str(tmp_path / "nothing"))
    assert result.returncode != 0 and b"no store" in result.stderr
