"""Extraction in parallel: the same pure function (an article in, its N-Quads out) mapped over local
processes (`kg build --jobs N`) or a Dask cluster (`kg build --scheduler tcp://HOST:PORT | local`).

Both mappers are bounded and ordered: at most a window of articles is in flight, and results come back
in input order, so memory stays flat however big the corpus, and the store ends up the same whichever
mapper ran. The N-Quads text is the wire format between the workers and the process that owns the
store: small, picklable, and what the store's loaders read.
"""

from __future__ import annotations

import gc
import multiprocessing
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice

from kg.models import Article

CHUNK = 8  # articles per task: amortises the inter-process hop (an article takes ~5 ms to extract)
# Container objects allocated (net) before the cyclic garbage collector runs; Python's default is 700.
# An article's extraction holds a few thousand at once and frees them by reference counting, so at 700
# the collector ran about once an article, and every few hundred articles walked the whole heap of
# loaded lexicons and gazetteer: 5% of extraction time. At 10,000 it hardly runs; cycles are still
# collected, a little later.
GC_THRESHOLD = 10_000


@dataclass
class Extracted:
    """What one article gives: its quads as N-Quads text, its counts and its entity records (for the
    identity step), or why it failed."""

    nquads: bytes = b""
    counts: dict[str, int] | None = None
    entities: str | None = None
    error: str | None = None


def extract_nquads(article: Article, base: str | None = None) -> Extracted:
    """The pure function that is mapped: extract one article, its quads in N-Quads, one line each in
    sorted order (so shards are byte-stable). A failure is returned, not raised, so one article never
    stops the corpus."""
    from kg.build import article_counts
    from kg.extract import extract
    from kg.identity import records_json
    from kg.rdf import Vocabulary, nquads, unique_triples

    try:
        extraction = extract(article)
        vocabulary = Vocabulary(base)
        triples = unique_triples(extraction, vocabulary)
        written = nquads(triples, vocabulary.iri("graph", article.slug))
        entities = records_json(triples, article.slug)
    except Exception as error:  # one article's failure must not stop the corpus
        return Extracted(error=f"extraction failed ({type(error).__name__}: {error})")
    return Extracted(written, article_counts(extraction), entities)


def extract_chunk(articles: list[Article], base: str | None = None) -> list[Extracted]:
    collect_less()  # the task of the pool's and Dask's workers: the first one sets it
    return [extract_nquads(article, base) for article in articles]


def collect_less() -> None:
    """Let the garbage collector wait for GC_THRESHOLD new objects in this process: an extracting one, or
    the one that builds (the identity step holds a record per entity of the corpus, which every full
    collection walks)."""
    if gc.get_threshold()[0] < GC_THRESHOLD:
        gc.set_threshold(GC_THRESHOLD, *gc.get_threshold()[1:])


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _pool_context():
    """forkserver on Linux (workers forked from a clean process that has imported the extractors once;
    no fork of a process holding the store's threads), spawn elsewhere."""
    if sys.platform.startswith("linux"):
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["kg.extract", "kg.parallel"])
        return context
    return multiprocessing.get_context("spawn")


def map_local(articles: Iterable[Article], jobs: int = 1, base: str | None = None,
              chunk: int = CHUNK) -> Iterator[tuple[Article, Extracted]]:
    """(article, what it gave) in input order, extracted by `jobs` processes (in this one when 1)."""
    if jobs <= 1:
        collect_less()
        for article in articles:
            yield article, extract_nquads(article, base)
        return
    window = jobs * 4  # chunks in flight: enough to keep every worker busy, few enough to stay small
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=_pool_context())
    try:
        pending: deque = deque()
        for batch in _chunks(articles, chunk):
            pending.append((batch, pool.submit(extract_chunk, batch, base)))
            if len(pending) >= window:
                batch, future = pending.popleft()
                yield from zip(batch, future.result())
        while pending:
            batch, future = pending.popleft()
            yield from zip(batch, future.result())
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def map_dask(articles: Iterable[Article], scheduler: str, base: str | None = None, chunk: int = 32,
             on_client: Callable | None = None) -> Iterator[tuple[Article, Extracted]]:
    """The same map over a Dask cluster: `scheduler` is its address (tcp://HOST:PORT), or "local" for
    a LocalCluster on this machine. Chunks are submitted in a bounded window, results kept in order."""
    from dask.distributed import Client, LocalCluster

    cluster = None
    if scheduler == "local":
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    else:
        try:
            client = Client(scheduler, timeout=20)
        except OSError as error:
            raise ConnectionError(f"cannot reach the Dask scheduler at {scheduler}: "
                                  f"{' '.join(str(error).split())}") from None
    try:
        if on_client:
            on_client(client)
        workers = max(1, sum(client.nthreads().values()))
        window = workers * 4
        pending: deque = deque()
        for batch in _chunks(articles, chunk):
            pending.append((batch, client.submit(extract_chunk, batch, base, pure=False)))
            if len(pending) >= window:
                batch, future = pending.popleft()
                yield from zip(batch, future.result())
                future.release()
        while pending:
            batch, future = pending.popleft()
            yield from zip(batch, future.result())
            future.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
