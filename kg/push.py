"""`kg push`: upload the store's graph to a triplestore server over the standard protocols.

One named graph per article (and the derived graph), each replaced as a whole, so pushing again
replaces rather than duplicates, and a rerun after an interrupted push fills in what is missing:

- SPARQL 1.1 Update (`--endpoint`, e.g. Oxigraph's `/update`, Fuseki's `/ds/update`): one POST per
  batch of graphs, each graph as `DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { … } }`; a server
  applies one request as one transaction, so a graph is never half there;
- the Graph Store Protocol (`--graph-store`, e.g. Oxigraph's `/store`, Fuseki's `/ds/data`): one PUT of
  N-Triples per graph (`?graph=<g>`), which replaces the graph; faster for bulk uploads.

Credentials come from the environment only: `KG_PUSH_TOKEN` (sent as a bearer token), or
`KG_PUSH_USER` and `KG_PUSH_PASSWORD` (HTTP basic). Connection errors, timeouts, 429 and 5xx answers are
retried with exponential backoff; when the server stays unreachable the push stops with one line
saying so, and the graphs already sent stay sent.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
from pyoxigraph import NamedNode, RdfFormat, Store, serialize


BATCH_BYTES = 2_000_000  # a SPARQL Update request carries graphs up to about this much N-Triples
RETRYABLE = (httpx.TransportError,)  # connection refused or reset, timeouts, broken responses


class PushError(RuntimeError):
    """The push could not finish; the message is one line."""


@dataclass
class PushReport:
    graphs: int = 0
    triples: int = 0
    requests: int = 0
    retries: int = 0

    def summary(self, target: str) -> str:
        return (f"pushed {self.graphs} graphs ({self.triples} triples) to {target} in {self.requests} "
                f"requests ({self.retries} retried)")


def credentials() -> dict:
    """httpx options for the credentials in the environment (never from the command line)."""
    token = os.environ.get("KG_PUSH_TOKEN")
    if token:
        return {"headers": {"Authorization": f"Bearer {token}"}}
    user, password = os.environ.get("KG_PUSH_USER"), os.environ.get("KG_PUSH_PASSWORD")
    if user:
        return {"auth": httpx.BasicAuth(user, password or "")}
    return {}


def graphs_of(store: Store) -> Iterator[tuple[NamedNode, bytes, int]]:
    """(graph, its triples as N-Triples, how many) for every named graph of the store, in order."""
    for graph in sorted(store.named_graphs(), key=str):
        triples = sorted({q.triple for q in store.quads_for_pattern(None, None, None, graph)},
                         key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
        yield graph, serialize(triples, format=RdfFormat.N_TRIPLES) or b"", len(triples)


class Sender:
    """One HTTP client with retries: exponential backoff from `backoff` seconds, `retries` times."""

    def __init__(self, report: PushReport, retries: int = 5, backoff: float = 0.5, timeout: float = 60.0):
        self.client = httpx.Client(timeout=timeout, **credentials())
        self.report = report
        self.retries = retries
        self.backoff = backoff

    def send(self, method: str, url: str, **request) -> httpx.Response:
        for attempt in range(self.retries + 1):
            try:
                response = self.client.request(method, url, **request)
            except RETRYABLE as error:
                problem = f"cannot reach {url}: {type(error).__name__}: {' '.join(str(error).split()) or 'no answer'}"
            else:
                if response.status_code < 400:
                    self.report.requests += 1
                    return response
                detail = " ".join(response.text.split())[:200]
                problem = f"{url} answered {response.status_code} {response.reason_phrase}: {detail}".rstrip(": ")
                if response.status_code not in (408, 429) and response.status_code < 500:
                    raise PushError(problem)  # refused (bad credentials, bad request): retrying won't help
            if attempt == self.retries:
                raise PushError(f"{problem} (gave up after {attempt + 1} tries)")
            self.report.retries += 1
            time.sleep(min(self.backoff * 2 ** attempt, 30.0))
        raise AssertionError("unreachable")

    def close(self) -> None:
        self.client.close()


def update_request(batch: list[tuple[NamedNode, bytes]]) -> bytes:
    """SPARQL Update text that replaces each graph of the batch by its triples."""
    parts = []
    for graph, ntriples in batch:
        parts.append(f"DROP SILENT GRAPH {graph} ;\nINSERT DATA {{ GRAPH {graph} {{\n".encode()
                     + ntriples + b"} }")
    return b" ;\n".join(parts)


def _batches(items: Iterable[tuple[NamedNode, bytes, int]], limit: int) -> Iterator[list]:
    batch: list = []
    size = 0
    for item in items:
        batch.append(item)
        size += len(item[1])
        if size >= limit:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def push(store_dir: Path, endpoint: str | None = None, graph_store: str | None = None, retries: int = 5,
         backoff: float = 0.5, progress: Callable[[Iterable], Iterable] | None = None,
         batch_bytes: int = BATCH_BYTES) -> PushReport:
    """Push every named graph of the store at `store_dir` to the server; see the module doc."""
    if not endpoint and not graph_store:
        raise PushError("give --endpoint (SPARQL Update) or --graph-store (Graph Store Protocol)")
    report = PushReport()
    sender = Sender(report, retries=retries, backoff=backoff)
    try:
        if not Path(store_dir).is_dir():
            raise FileNotFoundError(f"no store at {store_dir} (run `kg build` first)")
        store = Store.read_only(str(store_dir))  # no lock: works beside `kg serve` and `kg query`
        items = graphs_of(store)
        if progress:
            items = progress(items)
        if graph_store:
            for graph, ntriples, count in items:
                sender.send("PUT", graph_store, params={"graph": graph.value}, content=ntriples,
                            headers={"Content-Type": "application/n-triples"})
                report.graphs += 1
                report.triples += count
        else:
            for batch in _batches(items, batch_bytes):
                sender.send("POST", endpoint, content=update_request([(g, nt) for g, nt, _ in batch]),
                            headers={"Content-Type": "application/sparql-update; charset=utf-8"})
                report.graphs += len(batch)
                report.triples += sum(count for _, _, count in batch)
    finally:
        sender.close()
    return report
