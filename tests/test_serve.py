"""`kg serve` as a user runs it: the console script in a subprocess on a free loopback port, asked over
HTTP like any SPARQL client would, then stopped with Ctrl-C (SIGINT)."""

from __future__ import annotations

import csv
import io
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from pyoxigraph import Store

from kg.build import build
from kg.query import run

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds"
PEOPLE = "SELECT ?name WHERE { ?p a schema:Person ; schema:name ?name } ORDER BY ?name"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def kg_command() -> list[str]:
    script = Path(sys.executable).with_name("kg")
    return [str(script)] if script.exists() else [sys.executable, "-m", "kg.cli"]


def wait_until_up(url: str, process: subprocess.Popen, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"the server stopped: {process.stderr.read()}")
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.1)
    raise AssertionError(f"{url} did not come up")


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("serve") / "out"
    build([SEED], out)
    return out


def start(out: Path, *options: str):
    port = free_port()
    process = subprocess.Popen([*kg_command(), "serve", "--out", str(out), "--port", str(port), *options],
                               cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    wait_until_up(base + "/sparql", process)
    return process, base


def stop(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGINT)  # what Ctrl-C sends
    process.wait(timeout=20)
    assert process.returncode == 0, process.stderr.read()


def local_names(out: Path) -> list[str]:
    store = Store.read_only(str(out / "store"))
    return [row[0].value for row in run(store, PEOPLE).rows]


def test_a_sparql_client_gets_the_same_answers_as_kg_query(built: Path):
    process, base = start(built)
    try:
        # GET with ?query=, results as SPARQL JSON (the default)
        answer = httpx.get(base + "/sparql", params={"query": PEOPLE})
        assert answer.status_code == 200
        assert answer.headers["content-type"].startswith("application/sparql-results+json")
        names = [row["name"]["value"] for row in answer.json()["results"]["bindings"]]
        assert names == local_names(built) and names

        # POST as a form, CSV chosen by the Accept header
        answer = httpx.post(base + "/sparql", data={"query": PEOPLE}, headers={"Accept": "text/csv"})
        rows = list(csv.reader(io.StringIO(answer.text)))
        assert rows[0] == ["name"] and [r[0] for r in rows[1:]] == names

        # POST the query itself; XML by the format parameter; ASK; CONSTRUCT as Turtle
        answer = httpx.post(base + "/sparql", params={"format": "xml"}, content=PEOPLE,
                            headers={"Content-Type": "application/sparql-query"})
        assert answer.headers["content-type"].startswith("application/sparql-results+xml")
        assert "<sparql" in answer.text
        ask = httpx.get(base + "/sparql", params={"query": "ASK { ?s a schema:Claim }"})
        assert ask.json()["boolean"] is True
        graph = httpx.get(base + "/sparql", headers={"Accept": "text/turtle"},
                          params={"query": "CONSTRUCT { ?p a schema:Person } WHERE { ?p a schema:Person }"})
        assert graph.headers["content-type"].startswith("text/turtle") and "schema:Person" in graph.text

        # a broken query is a 400 with the parser's message; the page is served beside the endpoint
        broken = httpx.get(base + "/sparql", params={"query": "SELECT WHERE {"})
        assert broken.status_code == 400 and "query error" in broken.text
        page = httpx.get(base + "/")
        assert page.status_code == 200 and page.text.startswith("<!DOCTYPE html")
    finally:
        stop(process)


def test_read_only_unless_asked(built: Path, tmp_path: Path):
    process, base = start(built)
    try:
        refused = httpx.post(base + "/update", data={"update": "CLEAR ALL"})
        assert refused.status_code == 403
        assert httpx.get(base + "/sparql", params={"query": "ASK { ?s ?p ?o }"}).json()["boolean"] is True
    finally:
        stop(process)

    copy = tmp_path / "out"
    subprocess.run(["cp", "-r", str(built), str(copy)], check=True)
    process, base = start(copy, "--writable")
    try:
        added = httpx.post(base + "/update", content="INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> 'c' } }",
                           headers={"Content-Type": "application/sparql-update"})
        assert added.status_code == 204
        ask = httpx.get(base + "/sparql", params={"query": "ASK { GRAPH <urn:g> { <urn:a> <urn:b> 'c' } }"})
        assert ask.json()["boolean"] is True
    finally:
        stop(process)


def test_no_store_is_a_one_line_error(tmp_path: Path):
    result = subprocess.run([*kg_command(), "serve", "--out", str(tmp_path / "none"), "--port", str(free_port())],
                            cwd=ROOT, capture_output=True, text=True, timeout=60,
                            env={**os.environ, "COLUMNS": "200"})
    assert result.returncode != 0
    assert "no store at" in result.stderr and len(result.stderr.strip().splitlines()) == 1
