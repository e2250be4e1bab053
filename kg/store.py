"""The persistent graph store: an embedded Oxigraph (RocksDB) store, one named graph per article.

Layout of the store's dataset:

- one named graph per article (`<base>graph/<slug>`, as `kg.rdf` makes them) holding exactly its facts;
- `<base>graph/derived`: facts computed from all articles at build time (statement counts per speaker,
  co-quotation edges between people quoted in the same article), so aggregate questions are lookups;
- the default graph: bookkeeping for incremental builds (per article graph: the content hash, the
  pipeline fingerprint and the file it came from, in `urn:kg:build#` terms). It is never exported.

Every change to one article (drop its old graph, add the new one, update its bookkeeping) is one SPARQL
update, which Oxigraph applies as one transaction: an interrupted build leaves every article either as
it was or as it is now, never half-written, and the next build carries on from there.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from itertools import chain, combinations, islice
from pathlib import Path

from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad, RdfFormat, Store, Triple, parse, serialize

from kg.rdf import KG, RDFS, TYPE, Vocabulary, integer

BUILD = "urn:kg:build#"
BUILD_GRAPH = DefaultGraph()  # the data lives in named graphs only; the default graph is bookkeeping
STATE = NamedNode(BUILD + "state")
HASH = NamedNode(BUILD + "contentHash")
PIPELINE = NamedNode(BUILD + "pipeline")
SOURCE_PATH = NamedNode(BUILD + "sourcePath")
COUNTS = NamedNode(BUILD + "counts")
ENTITIES = NamedNode(BUILD + "entities")  # the article's local entity records, for kg.identity (JSON)
APPLIED = NamedNode(BUILD + "identity")  # the signature of the identity mapping its graph holds
DERIVED_FROM = NamedNode(BUILD + "derivedFrom")
LINKED_FROM = NamedNode(BUILD + "linkedFrom")  # the store state and curation the identity step last ran on


BOOKKEEPING_KEYS = {HASH: "hash", PIPELINE: "pipeline", SOURCE_PATH: "path", COUNTS: "counts", APPLIED: "applied"}
VIEW_ARTICLES = 2000  # graph.html of a bigger store shows the most recent articles only
BULK_FROM = 100_000  # quads written at once: more than this go through the bulk loader, not a transaction
LOAD_CHUNK = 200_000  # quads given to the bulk loader at once (it holds ~600 bytes for each)
LOADERS = 2  # shards bulk-loaded at once: one loader leaves a core idle once extraction is done
RANKED = 1000  # how many speakers and co-quoted pairs get a rank in the derived graph


class StoreBusy(RuntimeError):
    """The store is open in another process (a build or query running)."""


def default_store_dir(out_dir: Path) -> Path:
    return Path(out_dir) / "store"


def open_store(path: Path, create: bool = True) -> Store:
    """Open (or create) the store at `path`; a clear error when another process holds it."""
    path = Path(path)
    if not create and not path.is_dir():
        raise FileNotFoundError(f"no store at {path} (run `kg build` first)")
    if create:
        path.mkdir(parents=True, exist_ok=True)
    try:
        return Store(str(path))
    except OSError as error:
        message = str(error)
        if "lock" in message.lower():
            raise StoreBusy(f"the store at {path} is in use by another process (a build running?)") from error
        raise


@contextmanager
def opened(path: Path, create: bool = False) -> Iterator[Store]:
    store = open_store(path, create=create)
    try:
        yield store
    finally:
        store.flush()
        del store


def term(node) -> str:
    """A term in N-Triples / SPARQL syntax (pyoxigraph escapes quotes, braces and newlines)."""
    return str(node)


def _insert_block(graph, triples: Iterable) -> str:
    body = " .\n".join(f"{term(t.subject)} {term(t.predicate)} {term(t.object)}" for t in triples)
    if not body:
        return ""
    return f"{body} ." if isinstance(graph, DefaultGraph) else f"GRAPH {term(graph)} {{\n{body} .\n}}"


def pipeline_fingerprint() -> str:
    """A hash of the code and data files that turn an article into quads: when they change, every
    article is rebuilt even if its text did not."""
    root = Path(__file__).parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.suffix in (".py", ".txt", ".tsv", ".yaml") and "__pycache__" not in path.parts:
            if path.name in ("store.py", "query.py", "cli.py", "export.py", "schema.py", "validate.py"):
                continue  # storing and querying do not change an article's facts
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def file_of(source: str) -> str:
    """The file an article came from: its source, without the `:LINE` of a JSON Lines record."""
    match = re.fullmatch(r"(.*\.jsonl?):\d+", source, flags=re.IGNORECASE)
    return os.path.abspath(match.group(1) if match else source)


class GraphStore:
    """The store of one build output: open it, put and drop article graphs, derive, read back."""

    def __init__(self, path: Path, base: str | None = None, rebuild: bool = False):
        self.path = Path(path)
        self.spool = self.path.parent / f".{self.path.name}-spool"  # where a build spools articles to load
        if rebuild:
            for folder in (self.path, self.spool):
                if folder.exists():
                    shutil.rmtree(folder)
        self.store = open_store(self.path)
        self.vocabulary = Vocabulary(base)
        self.derived_graph = self.vocabulary.graph("derived")
        # graphs over the whole corpus, not one article: derived facts, identity links, curated facts
        self.corpus_graphs = {self.derived_graph, *(self.vocabulary.graph(name) for name in ("identity", "curation"))}
        self.drop_orphans()
        self.recovered = BulkWriter(self, self.spool).recover()  # what a killed build spooled

    def close(self) -> None:
        self.store.flush()
        self.store = None

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc) -> None:
        if self.store is not None:
            self.close()

    # bookkeeping -----------------------------------------------------------------------------
    def recorded(self) -> dict[str, dict]:
        """Every article graph in the store: {graph IRI: {hash, pipeline, path, counts, applied}} (not
        its entity records: large, read by the identity step alone)."""
        rows: dict[str, dict] = {}
        for predicate, key in BOOKKEEPING_KEYS.items():
            for quad in self.store.quads_for_pattern(None, predicate, None, BUILD_GRAPH):
                rows.setdefault(quad.subject.value, {})[key] = quad.object.value
        return rows

    def is_current(self, graph: NamedNode, content_hash: str, pipeline: str, recorded: dict | None = None) -> bool:
        row = (recorded if recorded is not None else self.recorded()).get(graph.value)
        return bool(row) and row.get("hash") == content_hash and row.get("pipeline") == pipeline

    # writing -----------------------------------------------------------------------------------
    def put_article(self, graph: NamedNode, quads: list[Quad], content_hash: str, pipeline: str,
                    source: str, counts: dict[str, int] | None = None, entities: str | None = None) -> None:
        """Replace the article graph `graph` by `quads`, in one transaction."""
        bookkeeping = self.bookkeeping(graph, content_hash, pipeline, source, counts, entities)
        inserts = "\n".join(filter(None, [_insert_block(graph, quads), _insert_block(BUILD_GRAPH, bookkeeping)]))
        self.store.update(
            f"DROP SILENT GRAPH {term(graph)} ;\n"
            f"DELETE WHERE {{ {term(graph)} ?p ?o }} ;\n"
            f"INSERT DATA {{\n{inserts}\n}}")

    def bookkeeping(self, graph: NamedNode, content_hash: str, pipeline: str, source: str,
                    counts: dict[str, int] | None = None, entities: str | None = None) -> list[Quad]:
        """What the store records of an article graph; `entities` (its local entity records, made with
        the graph by `kg.identity.entity_records`) marks the graph as holding article-local nodes."""
        quads = [
            Quad(graph, HASH, Literal(content_hash), BUILD_GRAPH),
            Quad(graph, PIPELINE, Literal(pipeline), BUILD_GRAPH),
            Quad(graph, SOURCE_PATH, Literal(file_of(source)), BUILD_GRAPH),
            Quad(graph, COUNTS, Literal(json.dumps(counts or {}, sort_keys=True)), BUILD_GRAPH),
        ]
        if entities is not None:
            quads += [Quad(graph, ENTITIES, Literal(entities), BUILD_GRAPH),
                      Quad(graph, APPLIED, Literal("local"), BUILD_GRAPH)]
        return quads

    def put_article_nquads(self, graph: NamedNode, nquads: bytes, content_hash: str, pipeline: str,
                           source: str, counts: dict[str, int] | None = None, replace: bool = True,
                           entities: str | None = None) -> None:
        """`put_article` for quads as N-Quads text (what extraction workers send back). A graph that is
        new (`replace=False`) is loaded with its bookkeeping by the store's loader, in one transaction."""
        if replace:
            self.put_article(graph, list(parse(nquads, format=RdfFormat.N_QUADS)), content_hash, pipeline,
                             source, counts, entities)
            return
        bookkeeping = serialize(self.bookkeeping(graph, content_hash, pipeline, source, counts, entities),
                                format=RdfFormat.N_QUADS)
        self.store.load(nquads + bookkeeping, format=RdfFormat.N_QUADS)

    def drop_orphans(self) -> list[str]:
        """Drop article graphs without bookkeeping: what a bulk load cut short (killed) left behind.
        Their articles are unrecorded, so the next build extracts them again."""
        recorded = self.recorded()
        orphans = [g for g in self.store.named_graphs()
                   if g.value not in recorded and g not in self.corpus_graphs]
        for graph in orphans:
            self.store.remove_graph(graph)
        return [g.value for g in orphans]

    def replace_articles(self, articles: list[tuple[NamedNode, list[Quad], dict[NamedNode, str]]]) -> None:
        """Replace the content of many article graphs at once, setting bookkeeping values of each
        ((graph, quads, {predicate: value})): how the identity step rewrites thousands of articles.

        Three steps instead of a transaction per article, crash-safe by their order: the graphs are
        dropped and their content hashes removed in one transaction (a crash after it leaves articles
        that the next build extracts again), the new quads are written (with the bulk loader when
        there are many), then the hashes and the values are recorded in one transaction."""
        if not articles:
            return
        graphs = [graph for graph, _, _ in articles]
        hashes = {q.subject: q.object.value for g in graphs
                  for q in self.store.quads_for_pattern(g, HASH, None, BUILD_GRAPH)}
        self.store.update(" ;\n".join(f"DROP SILENT GRAPH {term(g)} ; DELETE WHERE {{ {term(g)} {term(HASH)} ?h }}"
                                       for g in graphs))
        quads = [q for _, content, _ in articles for q in content]
        if len(quads) > BULK_FROM:
            self.store.bulk_extend(quads)
        else:
            self.store.extend(quads)
        self.set_bookkeeping([(graph, {**({HASH: hashes[graph]} if graph in hashes else {}), **values})
                              for graph, _, values in articles])

    def set_bookkeeping(self, rows: list[tuple[NamedNode, dict[NamedNode, str]]]) -> None:
        """Set bookkeeping values of many article graphs in one transaction."""
        deletes = " ;\n".join(f"DELETE WHERE {{ {term(g)} {term(p)} ?o }}" for g, values in rows for p in values)
        inserts = [Quad(g, p, Literal(v), BUILD_GRAPH) for g, values in rows for p, v in values.items()]
        if deletes:
            self.store.update(f"{deletes} ;\nINSERT DATA {{\n{_insert_block(BUILD_GRAPH, inserts)}\n}}")

    def drop_article(self, graph: NamedNode) -> None:
        """Remove an article graph and its bookkeeping, in one transaction."""
        self.store.update(
            f"DROP SILENT GRAPH {term(graph)} ;\n"
            f"DELETE WHERE {{ {term(graph)} ?p ?o }}")

    def drop_missing(self, roots: Iterable[Path], seen: set[str]) -> list[str]:
        """Drop the articles whose file lies under one of `roots` but were not seen in this build."""
        dropped = []
        for graph, row in sorted(self.recorded().items()):
            if _under(row.get("path", ""), roots) and graph not in seen:
                self.drop_article(NamedNode(graph))
                dropped.append(graph)
        return dropped

    def clear_when_rebuilt(self, rows: dict[str, dict], roots: Iterable[Path], pipeline: str) -> set[str]:
        """Empty the store when this build replaces every article in it: all were made by another
        pipeline (the extractors or lexicons changed) and their files are all under `roots`. Dropping
        graphs one by one costs more than extracting them again (15 ms an article at 5,000), clearing
        costs nothing. `rows` is what `recorded` gives. Returns the article graphs that were in the store."""
        if not rows or any(row.get("pipeline") == pipeline or not _under(row.get("path", ""), roots)
                           or not os.path.exists(row.get("path", "")) for row in rows.values()):
            return set()
        self.store.clear()
        return set(rows)

    # derived facts ------------------------------------------------------------------------------
    def state(self, rows: dict[str, dict] | None = None) -> str:
        """A hash of which article graphs hold which content: the derived graph is current when its
        recorded state equals this. `rows`: the store's bookkeeping as `recorded` gives it (its hash
        and pipeline of each article graph), when the caller knows it: reading it back right after a
        bulk load is slow (100 s at 100,000 articles on a busy machine)."""
        digest = hashlib.sha256()
        for graph, row in sorted((self.recorded() if rows is None else rows).items()):
            digest.update(f"{graph}\t{row.get('hash')}\t{row.get('pipeline')}\n".encode())
        return digest.hexdigest()[:16]

    def derived_is_current(self, state: str | None = None) -> bool:
        return (self.state_value(DERIVED_FROM) == (state or self.state())
                and self.store.contains_named_graph(self.derived_graph))

    def state_value(self, predicate: NamedNode) -> str | None:
        """A value the build records about the whole store (not about one article)."""
        return next((q.object.value for q in self.store.quads_for_pattern(STATE, predicate, None, BUILD_GRAPH)), None)

    def derive(self, tally: Tally, force: bool = False, state: str | None = None) -> bool:
        """Replace the derived graph by the one of `tally` (when anything changed). True if it did.
        `state` is the store's, when the caller knows it (a scan of all bookkeeping otherwise)."""
        state = state or self.state()
        if not force and self.derived_is_current(state):
            return False
        quads = derived_quads(tally, self.vocabulary)
        first = list(islice(quads, BULK_FROM))
        self.store.update(
            f"DROP SILENT GRAPH {term(self.derived_graph)} ;\n"
            f"DELETE WHERE {{ {term(STATE)} {term(DERIVED_FROM)} ?o }}")
        # the derived graph can be large: bulk insert, a bounded chunk at a time (the loader's memory
        # grows with what it is given), then record the state it was derived from (a crash in between
        # leaves the state unrecorded, so the next build derives again)
        if len(first) < BULK_FROM:
            self.store.extend(first)
        else:
            for chunk in chain([first], iter(lambda: list(islice(quads, LOAD_CHUNK)), [])):
                if chunk:
                    self.store.bulk_extend(chunk)
        self.store.add(Quad(STATE, DERIVED_FROM, Literal(state), BUILD_GRAPH))
        return True

    # reading -------------------------------------------------------------------------------------
    def article_graphs(self) -> list[str]:
        return sorted(self.recorded())

    def quads(self, include_derived: bool = True) -> Iterator[Quad]:
        """Every quad of the dataset an analyst sees: the article graphs (and the derived graph)."""
        for quad in self.store.quads_for_pattern(None, None, None, None):
            if isinstance(quad.graph_name, DefaultGraph):
                continue
            if not include_derived and quad.graph_name == self.derived_graph:
                continue
            yield quad


    def sorted_quads(self) -> Iterator[Quad]:
        """The dataset's quads in `kg.serialise.canonical` order, one named graph at a time."""
        for graph in sorted(self.store.named_graphs(), key=str):
            yield from sorted(set(self.store.quads_for_pattern(None, None, None, graph)),
                              key=lambda q: (str(q.subject), str(q.predicate), str(q.object)))

    def subjects(self) -> list:
        """Every subject of the named graphs, in `canonical` order."""
        found = self.store.query("SELECT DISTINCT ?s WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted((solution[0] for solution in found), key=str)

    def sorted_triples(self) -> Iterator[Triple]:
        """The union of the named graphs as distinct triples in `canonical` order, one subject at a time."""
        for subject in self.subjects():
            triples = {q.triple for q in self.store.quads_for_pattern(subject, None, None, None)
                       if not isinstance(q.graph_name, DefaultGraph)}
            yield from sorted(triples, key=lambda t: (str(t.predicate), str(t.object)))

    def quad_count(self) -> int:
        """How many quads the named graphs hold (article graphs, derived, identity): the store's size
        less its bookkeeping, counted without decoding a quad (a distinct-triple count took minutes at
        100,000 articles)."""
        bookkeeping = self.store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        return len(self.store) - int(next(iter(bookkeeping))[0].value)

    def view_quads(self, articles: int = VIEW_ARTICLES) -> Iterator[Quad]:
        """What `kg build` draws in graph.html: everything, or for a big store the graphs of the
        `articles` most recent articles (and the derived graph)."""
        graphs = self.article_graphs()
        if len(graphs) <= articles:
            yield from self.quads()
            return
        dates = {row[0].value: row[1].value for row in self.store.query(
            "SELECT ?g (MAX(STR(?d)) AS ?date) WHERE { GRAPH ?g { ?a <https://schema.org/datePublished> ?d } } "
            "GROUP BY ?g")}
        recent = sorted(graphs, key=lambda g: (dates.get(g, ""), g), reverse=True)[:articles]
        for graph in sorted(recent) + [self.derived_graph.value]:
            yield from self.store.quads_for_pattern(None, None, None, NamedNode(graph))


def data_quads(store: Store) -> Iterator[Quad]:
    """All quads of a store except its build bookkeeping."""
    for quad in store.quads_for_pattern(None, None, None, None):
        if not isinstance(quad.graph_name, DefaultGraph):
            yield quad


@dataclass
class Tally:
    """What the derived graph is made of, per article graph after identity linking: gathered by the
    identity step, which holds every article's entity records and speakers and knows each entity's
    canonical node, so deriving reads nothing back from the store."""

    statements: Counter = field(default_factory=Counter)  # person IRI -> claims they are the author of
    speakers_by_graph: dict[str, set[str]] = field(default_factory=dict)  # graph IRI -> person IRIs
    names: dict[str, Counter] = field(default_factory=dict)  # person/org IRI -> {name: graphs naming it}

    def speaker(self, graph: str, person: str, claims: int) -> None:
        self.statements[person] += claims
        self.speakers_by_graph.setdefault(graph, set()).add(person)

    def name(self, node: str, name: str) -> None:
        self.names.setdefault(node, Counter())[name] += 1


def derived_quads(tally: Tally, vocabulary: Vocabulary) -> Iterator[Quad]:
    """Facts aggregated over all articles, as quads of the derived graph.

    - per speaker: `kg:statementCount` (claims they are the author of) and `kg:quotedInArticleCount`;
    - per pair of people quoted in the same article: a `kg:CoQuotation` node with both `kg:person`s and
      `kg:articleCount`, and `kg:coQuotedWith` both ways, so "who is quoted with whom" is a lookup;
    - `rdfs:label` on every person and organisation: its most frequent schema:name, once;
    - `kg:speakerRank` on the top speakers (1 = most statements) and `kg:coQuotationRank` on the top
      co-quotations (1 = most shared articles), the first RANKED of each, so top lists read a few
      hundred triples instead of sorting every speaker or pair.
    """
    graph = vocabulary.graph("derived")
    statements = {NamedNode(person): n for person, n in tally.statements.items()}
    articles: Counter = Counter()
    pairs: Counter = Counter()
    for speakers in tally.speakers_by_graph.values():
        for person in speakers:
            articles[person] += 1
        for a, b in combinations(sorted(speakers, key=lambda iri: f"<{iri}>"), 2):  # as NamedNodes sort
            pairs[(NamedNode(a), NamedNode(b))] += 1
    articles = {NamedNode(person): n for person, n in articles.items()}
    names = {NamedNode(node): forms for node, forms in tally.names.items()}
    # one label per person and organisation, in this one graph: presets read names here instead of in
    # every article graph that names the entity (the union graph repeats such a triple once per graph)
    label = NamedNode(RDFS + "label")
    for node, forms in sorted(names.items(), key=lambda kv: kv[0].value):
        best = sorted(forms.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]
        yield Quad(node, label, Literal(best), graph)
    count = NamedNode(KG + "statementCount")
    quoted = NamedNode(KG + "quotedInArticleCount")
    rank = NamedNode(KG + "speakerRank")
    for position, (person, n) in enumerate(sorted(statements.items(), key=lambda kv: (-kv[1], str(kv[0]))), 1):
        yield Quad(person, count, integer(n), graph)
        yield Quad(person, quoted, integer(articles[person]), graph)
        if position <= RANKED:
            yield Quad(person, rank, integer(position), graph)
    co = NamedNode(KG + "CoQuotation")
    member = NamedNode(KG + "person")
    shared = NamedNode(KG + "articleCount")
    with_ = NamedNode(KG + "coQuotedWith")
    pair_rank = NamedNode(KG + "coQuotationRank")
    ordered = sorted(pairs.items(), key=lambda kv: (-kv[1], str(kv[0][0]), str(kv[0][1])))
    for position, ((a, b), n) in enumerate(ordered, 1):
        node = vocabulary.node("coquotation", _key(a), _key(b))
        yield from (Quad(node, TYPE, co, graph), Quad(node, member, a, graph), Quad(node, member, b, graph),
                    Quad(node, shared, integer(n), graph), Quad(a, with_, b, graph), Quad(b, with_, a, graph))
        if position <= RANKED:
            yield Quad(node, pair_rank, integer(position), graph)


def _under(path: str, roots: Iterable[Path]) -> bool:
    """Whether the file `path` (absolute) is one of `roots` or lies under one of them."""
    return any(path == r or path.startswith(r.rstrip(os.sep) + os.sep) for r in map(os.path.abspath, roots))


def _key(node: NamedNode) -> str:
    return node.value.rstrip("/").rsplit("/", 1)[-1]


@dataclass
class Spooled:
    """An article written to a shard and not loaded yet: where its N-Quads are, what to record of it."""

    graph: NamedNode
    slug: str
    shard: int
    start: int
    end: int
    bookkeeping: bytes  # N-Quads


class BulkWriter:
    """Article graphs spooled to N-Quads files and bulk-loaded at the end: the way to write tens of
    thousands of articles (the store's bulk loader is several times faster than transactions, and
    keeps memory flat).

    Loading waits for `close`, so that the identity step can link each new article's entities before
    it is written (`close(relink)`: rewriting an article already in the store costs far more than the
    extraction). Beside each shard, a JSON Lines file says where each article's N-Quads are and what to
    record of it (bookkeeping, entity records), so nothing of it is held in memory. Closed without
    `relink` (Ctrl-C, an error), the articles are loaded as extracted, article-local, and the next
    build links them in the store; what a killed build spooled is loaded so when the store next opens
    (`recover`).

    Not transactional, so the order makes it safe: a shard's data is bulk-loaded first and its articles'
    bookkeeping recorded after, in one transaction. A load cut short leaves graphs without bookkeeping,
    which `GraphStore` drops when it next opens the store; their articles are built again. `keep` keeps
    the shard files, as extracted (`kg build --scheduler` leaves them for a triplestore to load).
    """

    def __init__(self, store: GraphStore, folder: Path, batch: int = 1000, keep: bool = False):
        self.store = store
        self.folder = Path(folder)
        self.batch = batch
        self.keep = keep
        self.shards: list[Path] = []
        self.articles = 0  # spooled and not loaded
        self.stream = None
        self.index = None
        self.count = 0

    def recover(self) -> int:
        """Load, as extracted, the articles a killed build spooled and never loaded (those whose index
        line was written whole); returns how many."""
        self.shards = sorted(self.folder.glob("part-*[0-9].nq")) if self.folder.is_dir() else []
        recovered = self.close(relink=lambda article, nquads, entities: (nquads, "local"))  # only indexed bytes
        for stale in self.folder.glob("part-*") if self.folder.is_dir() else ():
            stale.unlink()
        self.shards = []
        return recovered

    def add(self, graph: NamedNode, slug: str, nquads: bytes, bookkeeping: list[Quad], entities: str) -> None:
        if self.stream is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            path = self.folder / f"part-{len(self.shards):04d}.nq"
            self.shards.append(path)
            self.stream = open(path, "wb")
            self.index = open(_index_file(path), "w", encoding="utf-8")
        start = self.stream.tell()
        self.stream.write(nquads)
        self.stream.flush()  # the bytes before the line that points at them
        line = {"graph": graph.value, "slug": slug, "start": start, "end": self.stream.tell(),
                "bookkeeping": serialize(bookkeeping, format=RdfFormat.N_QUADS).decode(), "entities": entities}
        self.index.write(json.dumps(line) + "\n")
        self.articles += 1
        self.count += 1
        if self.count >= self.batch:
            self._end_shard()

    def _end_shard(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.index.close()
            self.stream = self.index = None
            self.count = 0

    def nquads(self, article: Spooled) -> bytes:
        """The N-Quads of one spooled article, as extracted."""
        self._end_shard()
        with open(self.shards[article.shard], "rb") as shard:
            shard.seek(article.start)
            return shard.read(article.end - article.start)

    def spooled(self) -> Iterator[tuple[Spooled, str]]:
        """Every article waiting to be loaded, with its entity records (JSON), shard by shard."""
        self._end_shard()
        for number, path in enumerate(self.shards):
            if not _index_file(path).exists():
                continue  # loaded already
            size = path.stat().st_size
            with open(_index_file(path), encoding="utf-8") as lines:
                for line in lines:
                    try:
                        row = json.loads(line)
                    except ValueError:
                        break  # the last line of a killed build, cut short
                    if row["end"] <= size:
                        yield (Spooled(NamedNode(row["graph"]), row["slug"], number, row["start"], row["end"],
                                       row["bookkeeping"].encode()), row["entities"])

    def close(self, relink: Callable[[Spooled, bytes, str], tuple[bytes, str]] | None = None) -> int:
        """Load every spooled article, shard by shard: as extracted, or as `relink(article, its N-Quads,
        its entity records)` returns them, with the identity signature to record. The store's loader
        runs in `LOADERS` threads (it releases the GIL) while the next shard is relinked. Returns how many."""
        shard: list[tuple[Spooled, str]] = []
        loaded = 0
        with ThreadPoolExecutor(max_workers=LOADERS) as loader:
            loading: deque = deque()
            for article, entities in chain(self.spooled(), [(None, "")]):
                if shard and (article is None or shard[-1][0].shard != article.shard):
                    ready = self._prepare(shard, relink)
                    if len(loading) == LOADERS:
                        loading.popleft().result()
                    loading.append(loader.submit(self._commit, *ready))
                    shard = []
                if article is not None:
                    shard.append((article, entities))
                    loaded += 1
            while loading:
                loading.popleft().result()
        self.articles = 0
        if not self.keep and self.folder.is_dir() and not any(self.folder.iterdir()):
            self.folder.rmdir()
        return loaded

    def _prepare(self, shard: list[tuple[Spooled, str]], relink) -> tuple[Path, Path, list[Quad]]:
        """The file to load for one shard (relinked, or the shard itself) and its articles' bookkeeping."""
        path = self.shards[shard[0][0].shard]
        loaded = path.with_suffix(".linked.nq") if relink else path
        bookkeeping: list[Quad] = []
        data = path.read_bytes() if relink else b""
        with open(loaded, "wb") if relink else nullcontext() as out:
            for article, entities in shard:
                applied = "local"
                if relink:
                    nquads, applied = relink(article, data[article.start:article.end], entities)
                    out.write(nquads)
                bookkeeping += [*parse(article.bookkeeping, format=RdfFormat.N_QUADS),
                                Quad(article.graph, ENTITIES, Literal(entities), BUILD_GRAPH),
                                Quad(article.graph, APPLIED, Literal(applied), BUILD_GRAPH)]
        return path, loaded, bookkeeping

    def _commit(self, path: Path, loaded: Path, bookkeeping: list[Quad]) -> None:
        # lenient: the spool is our own serialiser's output, its IRIs checked when they were made
        self.store.store.bulk_load(path=str(loaded), format=RdfFormat.N_QUADS, lenient=True)
        self.store.store.extend(bookkeeping)
        if loaded != path:
            loaded.unlink()
        if not self.keep:
            path.unlink()
        _index_file(path).unlink()


def _index_file(shard: Path) -> Path:
    return shard.with_suffix(".jsonl")
