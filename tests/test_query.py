"""`kg query`: SPARQL against the store, presets with bound parameters, and every output format."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.build import build
from kg.query import QueryError, presets, render, run, run_preset
from kg.store import open_store, opened

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "kazak-authorities-seek-return-syria-fighters.txt"


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("query-out")
    build([SEED], out)
    return out


def ask(out: Path, preset: str, values: dict | None = None):
    """A preset's answer, the store opened only for the question (it admits one process at a time)."""
    store = open_store(out / "store", create=False)
    try:
        return run_preset(store, preset, values or {})
    except QueryError as error:
        message = str(error)  # re-raised below, once nothing refers to the store any more
    finally:
        del store
    raise QueryError(message)


def sparql(out: Path, query: str):
    with opened(out / "store") as store:
        return run(store, query)


def kg(*args: str) -> subprocess.CompletedProcess:
    script = Path(sys.executable).parent / "kg"
    return subprocess.run([str(script), *args], capture_output=True, text=True, timeout=120, cwd=ROOT,
                          env={**os.environ})


def test_a_sparql_query_prints_an_aligned_table(out: Path):
    result = kg("query", "--out", str(out),
                "SELECT ?name WHERE { ?p a schema:Person ; schema:name ?name } ORDER BY ?name")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].strip() == "name" and set(lines[1]) == {"-"}
    assert "Nurgali Bilisbekov" in result.stdout and lines[-1] == "(7 rows)"


def test_a_query_from_a_file_and_results_as_csv_tsv_json(out: Path, tmp_path: Path):
    query = tmp_path / "speakers.rq"
    query.write_text("SELECT ?speaker (COUNT(?c) AS ?n) WHERE { ?c schema:author/schema:name ?speaker }\n"
                     "GROUP BY ?speaker ORDER BY DESC(?n) ?speaker\n", encoding="utf-8")
    as_csv = kg("query", "--out", str(out), "-f", str(query), "--format", "csv")
    rows = list(csv.reader(io.StringIO(as_csv.stdout)))
    assert rows[0] == ["speaker", "n"] and rows[1][0] == "Zamir Karajanov"
    as_tsv = kg("query", "--out", str(out), "-f", str(query), "--format", "tsv")
    assert as_tsv.stdout.splitlines()[0] == "?speaker\t?n"
    assert as_tsv.stdout.splitlines()[1].startswith('"Zamir Karajanov"\t')
    as_json = json.loads(kg("query", "--out", str(out), "-f", str(query), "--format", "json").stdout)
    assert as_json["head"]["vars"] == ["speaker", "n"]
    first = as_json["results"]["bindings"][0]
    assert first["speaker"] == {"type": "literal", "value": "Zamir Karajanov"}
    assert first["n"]["datatype"] == "http://www.w3.org/2001/XMLSchema#integer"


def test_construct_and_describe_print_turtle(out: Path):
    result = kg("query", "--out", str(out),
                "DESCRIBE <https://example.org/kg/person/nurgali-bilisbekov>")
    assert result.returncode == 0
    assert "@prefix schema: <https://schema.org/> ." in result.stdout
    assert 'schema:name "Nurgali Bilisbekov"' in result.stdout


def test_a_malformed_query_gets_the_parsers_position_in_one_line(out: Path):
    result = kg("query", "--out", str(out), "SELECT ?s WHERE {\n  ?s ?p \n")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    message = result.stderr.strip()
    assert message.startswith("Error: syntax error: error at 3:") and "\n" not in message


def test_presets_are_readable_rq_files_with_their_parameters():
    found = presets()
    for name in ("who-said-what", "everything-one-person-said", "affiliations", "co-quoted",
                 "statements-mentioning", "top-speakers", "org-people"):
        assert found[name].path.suffix == ".rq" and found[name].title
    assert [p.name for p in found["who-said-what"].parameters] == ["about", "from", "to"]
    assert found["everything-one-person-said"].parameters[0].required


def test_presets_answer_the_analysts_questions(out: Path):
    said = ask(out, "everything-one-person-said", {"person": "Nurgali Bilisbekov"})
    assert said.variables[:2] == ["date", "kind"] and len(said.rows) == 1
    assert said.rows[0][3].value.startswith("I assume this particular video")
    # any form of the name works
    assert ask(out, "org-people", {"org": "KNB"}).rows[0][0].value == "Nurgali Bilisbekov"
    top = ask(out, "top-speakers", {"top": "2"})
    assert [r[1].value for r in top.rows] == ["Zamir Karajanov", "Andrei Grishin"]
    together = {r[0].value for r in ask(out, "co-quoted", {"person": "Nurgali Bilisbekov"}).rows}
    assert "Zamir Karajanov" in together and "Nurgali Bilisbekov" not in together
    everything = ask(out, "who-said-what")
    about = ask(out, "who-said-what", {"about": "Syria"})
    assert 0 < len(about.rows) < len(everything.rows)
    assert all("syria" in r[3].value.lower() for r in about.rows)
    assert len(ask(out, "statements-mentioning", {"entity": "Syria"}).rows) == len(about.rows)
    assert ask(out, "who-said-what", {"to": "1990"}).rows == everything.rows  # undated articles stay
    ties = ask(out, "affiliations", {"name": "IWPR"})
    assert [(r[0].value, r[1].value) for r in ties.rows] == [("Gaziza Baituova", "contributor")]


@pytest.mark.parametrize("hostile", [
    'x" } ; DROP ALL ; {',
    'Nurgali Bilisbekov" } UNION { ?person schema:name ?any',
    "x' } } SELECT * WHERE { ?s ?p ?o",
    "{ }\\\"\n#",
])
def test_a_parameter_with_quotes_or_braces_stays_a_value(out: Path, hostile: str):
    before = len(sparql(out, "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }").rows)
    assert ask(out, "everything-one-person-said", {"person": hostile}).rows == []
    assert ask(out, "affiliations", {"name": hostile}).rows == []
    assert len(sparql(out, "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }").rows) == before


def test_parameter_mistakes_are_reported_plainly(out: Path):
    with pytest.raises(QueryError, match="needs --param person"):
        ask(out, "everything-one-person-said", {})
    with pytest.raises(QueryError, match="has no parameter nmae"):
        ask(out, "everything-one-person-said", {"nmae": "x", "person": "x"})
    with pytest.raises(QueryError, match="not an integer"):
        ask(out, "top-speakers", {"top": "20; DROP"})
    with pytest.raises(QueryError, match="expected a date"):
        ask(out, "who-said-what", {"from": "yesterday"})
    result = kg("query", "--out", str(out), "--preset", "nope")
    assert result.returncode != 0 and "no preset 'nope'" in result.stderr


def test_the_cli_runs_presets_with_params(out: Path):
    result = kg("query", "--out", str(out), "--preset", "org-people", "--param", "org=KNB", "--format", "csv")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1].startswith("Nurgali Bilisbekov,deputy head")
    listing = kg("query", "--list")
    assert "top-speakers:" in listing.stdout and "--param person=<entity> (required)" in listing.stdout


def test_ask_prints_true_or_false(out: Path):
    assert render(sparql(out, "ASK { ?s a schema:Person }")) == "true"


@pytest.mark.parametrize("preset, values", [
    ("everything-one-person-said", {"person": "Zamir Karajanov"}),
    ("co-quoted", {"person": "Zamir Karajanov"}),
    ("org-people", {"org": "KNB"}),  # a role is a language-tagged literal: the store orders those
    ("statements-mentioning", {"entity": "Syria"}),
    ("top-speakers", {}),
])
def test_presets_sorted_in_python_come_out_in_the_stores_order(out: Path, preset: str, values: dict):
    from pyoxigraph import Variable

    from kg.query import bind, only_with, ordered_run, presets, resolve, with_values

    chosen = presets()[preset]
    with opened(out / "store") as store:
        bindings = bind(chosen, values)
        for parameter in chosen.parameters:
            if parameter.kind == "entity" and Variable(parameter.name) in bindings:
                bindings[Variable(parameter.name)] = resolve(store, bindings[Variable(parameter.name)])[0]
        query = with_values(only_with(chosen.text, {v.value for v in bindings}), bindings)
        assert "ORDER BY" in query
        sorted_here, sorted_by_store = ordered_run(store, query), run(store, query)
    assert sorted_here.rows == sorted_by_store.rows and len(sorted_here.rows) > 0


def test_mixed_values_are_left_to_the_store_to_order(out: Path):
    from kg.query import ordered_run

    query = ('SELECT ?x ?y WHERE { VALUES (?x ?y) { ("b" 1) (2 "a") (<http://a> "c") ("a"@en UNDEF) '
             '("2024-01-02"^^xsd:date "d") } }\nORDER BY ?x DESC(?y)')
    with opened(out / "store") as store:
        assert ordered_run(store, query).rows == run(store, query).rows
