"""`kg push` against a real SPARQL server on loopback: the Oxigraph server from PyPI (`oxigraph serve`),
started on a free port for each test on a data folder of its own."""

from __future__ import annotations

import shutil
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
from kg.push import PushError, push
from kg.query import run

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "dev"
SPEAKERS = ("SELECT ?g ?name (COUNT(?claim) AS ?n) WHERE { GRAPH ?g { ?claim <https://schema.org/author> ?p . "
            "?p <https://schema.org/name> ?name } } GROUP BY ?g ?name ORDER BY ?g ?name")
QUADS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
GRAPHS = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def oxigraph_binary() -> str:
    found = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(found).exists():
        pytest.skip("the oxigraph server (pip install oxigraph) is not installed")
    return found


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """`oxigraph serve` on 127.0.0.1, its data in `location`; stop() and start() again on the same data."""

    def __init__(self, location: Path):
        self.location = location
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None

    def start(self) -> Server:
        self.process = subprocess.Popen([oxigraph_binary(), "serve", "--location", str(self.location),
                                         "--bind", f"127.0.0.1:{self.port}"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                httpx.get(self.base + "/query", params={"query": "ASK {}"}, timeout=1)
                return self
            except httpx.TransportError:
                time.sleep(0.1)
        raise AssertionError("oxigraph did not start")

    def stop(self, hard: bool = False) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL if hard else signal.SIGTERM)
            self.process.wait(timeout=20)

    def ask(self, query: str) -> list[tuple]:
        answer = httpx.post(self.base + "/query", data={"query": query},
                            headers={"Accept": "application/sparql-results+json"}, timeout=30)
        answer.raise_for_status()
        body = answer.json()
        return [tuple(row.get(v, {}).get("value") for v in body["head"]["vars"])
                for row in body["results"]["bindings"]]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """The store of five dev-set articles (six graphs with the derived one, plus identity/curation)."""
    corpus = tmp_path_factory.mktemp("corpus")
    for path in sorted(DEV.glob("*.txt"))[:5]:
        shutil.copy(path, corpus / path.name)
    out = tmp_path_factory.mktemp("push") / "out"
    build([corpus], out)
    return out / "store"


@pytest.fixture
def server(tmp_path: Path):
    server = Server(tmp_path / "oxigraph").start()
    yield server
    server.stop()


def local(store_dir: Path, query: str) -> list[tuple]:
    store = Store.read_only(str(store_dir))
    return [tuple(None if t is None else t.value for t in row) for row in run(store, query).rows]


def test_push_then_the_server_answers_as_the_local_store_and_a_second_push_changes_nothing(built, server):
    report = push(built, endpoint=server.base + "/update")
    assert str(report.graphs) == local(built, GRAPHS)[0][0] == server.ask(GRAPHS)[0][0] != "0"
    assert server.ask(SPEAKERS) == local(built, SPEAKERS) and server.ask(SPEAKERS)
    assert server.ask(QUADS) == local(built, QUADS)

    push(built, endpoint=server.base + "/update")  # again: graphs replaced, not added to
    assert server.ask(QUADS) == local(built, QUADS)
    assert server.ask(SPEAKERS) == local(built, SPEAKERS)


def test_the_graph_store_protocol_gives_the_same_graphs(built, server):
    push(built, graph_store=server.base + "/store")
    push(built, graph_store=server.base + "/store")
    assert server.ask(QUADS) == local(built, QUADS)
    assert server.ask(SPEAKERS) == local(built, SPEAKERS)


def test_a_server_that_is_down_is_one_clear_line(built, tmp_path):
    down = f"http://127.0.0.1:{free_port()}/update"
    with pytest.raises(PushError) as error:
        push(built, endpoint=down, retries=2, backoff=0.01)
    message = str(error.value)
    assert "cannot reach" in message and down in message and "after 3 tries" in message
    assert "\n" not in message

    script = Path(sys.executable).with_name("kg")
    result = subprocess.run([str(script), "push", "--store", str(built), "--endpoint", down, "--retries", "0"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1].startswith("Error: cannot reach")


def test_a_server_that_stops_mid_push_then_a_rerun_completes_without_duplicates_or_gaps(built, server):
    sent = {"graphs": 0}

    def kill_after_three(items):
        for item in items:
            if sent["graphs"] == 3:
                server.stop(hard=True)  # the server dies between two requests
            sent["graphs"] += 1
            yield item

    with pytest.raises(PushError, match="cannot reach"):
        push(built, graph_store=server.base + "/store", progress=kill_after_three, retries=1, backoff=0.01)
    server.start()  # same data folder: what was sent before the crash is there
    partial = int(server.ask(GRAPHS)[0][0])
    assert 0 < partial < int(local(built, GRAPHS)[0][0])

    push(built, graph_store=server.base + "/store")
    assert server.ask(QUADS) == local(built, QUADS)
    assert server.ask(SPEAKERS) == local(built, SPEAKERS)


def test_credentials_come_from_the_environment_only(monkeypatch):
    from kg.push import credentials

    monkeypatch.delenv("KG_PUSH_TOKEN", raising=False)
    monkeypatch.delenv("KG_PUSH_USER", raising=False)
    assert credentials() == {}
    monkeypatch.setenv("KG_PUSH_USER", "analyst")
    monkeypatch.setenv("KG_PUSH_PASSWORD", "s3cret")
    request = httpx.Request("POST", "http://127.0.0.1/update")
    assert next(credentials()["auth"].auth_flow(request)).headers["Authorization"].startswith("Basic ")
    monkeypatch.setenv("KG_PUSH_TOKEN", "t0ken")
    assert credentials() == {"headers": {"Authorization": "Bearer t0ken"}}
