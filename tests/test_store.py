"""The persistent store: incremental builds, replaced and dropped articles, and interrupted builds.

Each test builds real articles (the seed and the dev set in ../shared/dev) into a store on disk.
"""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pyoxigraph import NamedNode

from kg.build import build
from kg.store import BUILD, LINKED_FROM, GraphStore, data_quads, opened

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "kazak-authorities-seek-return-syria-fighters.txt"
DEV = ROOT.parent / "shared" / "dev"
KG = "https://w3id.org/kg-news/ns#"
TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"


def dev_articles() -> list[Path]:
    return sorted(DEV.glob("*.txt"))


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder of four dev-set articles (copied into the test's temporary folder, not the repo)."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in dev_articles()[:4]:
        shutil.copy(path, folder / path.name)
    return folder


def fresh_build(corpus: Path, tmp_path: Path) -> bytes:
    """graph.trig of a clean build of the same folder, to compare an incremental build with."""
    out = tmp_path / "fresh"
    build([corpus], out, rebuild=True)
    return (out / "graph.trig").read_bytes()


def article_graphs(store_dir: Path) -> dict[str, int]:
    """{article graph IRI: number of quads} of a store (derived graph left out)."""
    sizes: dict[str, int] = {}
    with opened(store_dir) as store:
        for quad in data_quads(store):
            if not quad.graph_name.value.endswith("/graph/derived"):
                sizes[quad.graph_name.value] = sizes.get(quad.graph_name.value, 0) + 1
    return sizes


def check_integrity(store_dir: Path) -> None:
    """Every article graph is whole: it has its bookkeeping, and the content hash it was built from is the
    one on its article node; no bookkeeping points at a missing graph."""
    with GraphStore(store_dir) as store:
        recorded = store.recorded()
        graphs = {q.graph_name.value for q in data_quads(store.store)} - {store.derived_graph.value}
        assert graphs == set(recorded)
        for graph, row in recorded.items():
            hashes = [q.object.value for q in store.store.quads_for_pattern(
                None, NamedNode(KG + "contentHash"), None, NamedNode(graph))]
            assert hashes == [row["hash"]]


def test_a_second_build_skips_unchanged_articles_and_writes_the_same_bytes(corpus: Path, tmp_path: Path):
    out = tmp_path / "out"
    first = build([corpus], out)
    assert (first.added, first.updated, first.unchanged, first.removed) == (4, 0, 0, 0)
    before = {name: (out / name).read_bytes() for name in ("graph.ttl", "graph.trig", "graph.jsonld")}

    second = build([corpus], out)
    assert (second.added, second.updated, second.unchanged, second.removed) == (0, 0, 4, 0)
    assert second.statements == first.statements and second.people == first.people
    assert {name: (out / name).read_bytes() for name in before} == before
    assert (out / "store").is_dir()


def test_a_changed_article_replaces_exactly_its_graph(corpus: Path, tmp_path: Path):
    out = tmp_path / "out"
    build([corpus], out)
    sizes = article_graphs(out / "store")
    changed = sorted(corpus.glob("*.txt"))[0]
    changed.write_text(changed.read_text(encoding="utf-8")
                       + "\n\n\"We will appeal,\" said Jonathan Whitfield, a lawyer for the family.\n",
                       encoding="utf-8")

    report = build([corpus], out)
    assert (report.added, report.updated, report.unchanged) == (0, 1, 3)
    after = article_graphs(out / "store")
    assert set(after) == set(sizes)
    differing = {g for g in sizes if sizes[g] != after[g]}
    assert len(differing) == 1 and changed.stem in next(iter(differing))
    assert "Jonathan Whitfield" in (out / "graph.ttl").read_text(encoding="utf-8")
    check_integrity(out / "store")


def test_a_removed_article_is_dropped_and_rebuild_starts_afresh(corpus: Path, tmp_path: Path):
    out = tmp_path / "out"
    build([corpus], out)
    removed = sorted(corpus.glob("*.txt"))[-1]
    removed.unlink()

    report = build([corpus], out)
    assert report.removed == 1 and report.unchanged == 3
    graphs = article_graphs(out / "store")
    assert len(graphs) == 3 and not any(removed.stem in g for g in graphs)
    assert removed.stem not in (out / "graph.trig").read_text(encoding="utf-8")

    # an article built from another folder stays when this folder is built again
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(SEED, other / "another-article.txt")
    build([other], out)
    assert len(article_graphs(out / "store")) == 4
    assert build([corpus], out).removed == 0

    fresh = build([corpus], out, rebuild=True)
    assert (fresh.added, fresh.unchanged) == (3, 0)
    assert len(article_graphs(out / "store")) == 3


def made_by_an_older_pipeline(store_dir: Path) -> None:
    """What upgrading kg or editing a lexicon leaves: every article recorded with another fingerprint."""
    with GraphStore(store_dir) as store:
        store.store.update(f"DELETE {{ ?g <{BUILD}pipeline> ?p }} INSERT {{ ?g <{BUILD}pipeline> 'older' }} "
                           f"WHERE {{ ?g <{BUILD}pipeline> ?p }}")


def test_a_changed_pipeline_rebuilds_every_article_from_an_empty_store(corpus: Path, tmp_path: Path):
    out = tmp_path / "out"
    build([corpus], out)
    made_by_an_older_pipeline(out / "store")
    report = build([corpus], out)
    assert (report.added, report.updated, report.unchanged) == (0, 4, 0)
    assert (out / "graph.trig").read_bytes() == fresh_build(corpus, tmp_path)

    # an article of another folder is not rebuilt by this build: it stays, each graph replaced on its own
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(SEED, other / "another-article.txt")
    build([other], out)
    made_by_an_older_pipeline(out / "store")
    report = build([corpus], out)
    assert (report.updated, report.removed) == (4, 0)
    assert len(article_graphs(out / "store")) == 5


def test_the_derived_graph_counts_statements_and_co_quotations(tmp_path: Path):
    out = tmp_path / "out"
    build([SEED], out)
    with opened(out / "store") as store:
        rows = {r["name"].value: int(r["n"].value) for r in store.query(
            "PREFIX kg: <https://w3id.org/kg-news/ns#> PREFIX schema: <https://schema.org/> "
            "SELECT ?name ?n WHERE { GRAPH ?g { ?p kg:statementCount ?n } ?p schema:name ?name }",
            use_default_graph_as_union=True)}
        authored = {}
        for r in store.query(
                "PREFIX schema: <https://schema.org/> SELECT ?name (COUNT(?c) AS ?n) WHERE { "
                "?c a schema:Claim ; schema:author ?p . ?p a schema:Person ; schema:name ?name } GROUP BY ?name",
                use_default_graph_as_union=True):
            authored[r["name"].value] = int(r["n"].value)
    assert rows == authored
    assert rows["Zamir Karajanov"] >= 1



def derived_graph_matches_every_quad(store_dir: Path) -> None:
    """The derived graph (counted by the identity step from each article's records and speakers) holds
    the counts, pairs and labels of reading every quad of the store."""
    from collections import Counter
    from itertools import combinations

    from pyoxigraph import DefaultGraph

    schema = "https://schema.org/"
    with opened(store_dir) as store:
        derived_graph = NamedNode("https://example.org/kg/graph/derived")
        derived = {(q.subject.value, q.predicate.value, q.object.value)
                   for q in store.quads_for_pattern(None, None, None, derived_graph)}
        people = {q.subject for q in store.quads_for_pattern(None, NamedNode(TYPE), NamedNode(schema + "Person"))}
        statements, by_article, names = Counter(), {}, {}
        for q in store.quads_for_pattern(None, NamedNode(schema + "author"), None, None):
            if not isinstance(q.graph_name, DefaultGraph) and q.object in people and "/claim/" in q.subject.value:
                statements[q.object.value] += 1
                by_article.setdefault(q.graph_name, set()).add(q.object.value)
        for q in store.quads_for_pattern(None, NamedNode(schema + "name"), None, None):
            if not isinstance(q.graph_name, DefaultGraph) and ("/person/" in q.subject.value or "/org/" in q.subject.value):
                names.setdefault(q.subject.value, Counter())[q.object.value] += 1
    counted = {(s, o) for s, p, o in derived if p == KG + "statementCount"}
    assert counted == {(p, str(n)) for p, n in statements.items()} and counted
    pairs = Counter(pair for speakers in by_article.values() for pair in combinations(sorted(speakers), 2))
    co = {(s, o) for s, p, o in derived if p == KG + "coQuotedWith"}
    assert co == {(a, b) for a, b in pairs} | {(b, a) for a, b in pairs}
    labels = {s: o for s, p, o in derived if p == RDFS_LABEL}
    assert labels == {node: sorted(forms.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]
                      for node, forms in names.items()}


def test_the_derived_graph_holds_what_a_pass_over_every_quad_counts(corpus: Path, tmp_path: Path):
    build([corpus, SEED], tmp_path / "out")
    derived_graph_matches_every_quad(tmp_path / "out" / "store")
    build([corpus, SEED], tmp_path / "bulk", bulk_after=0)  # articles linked before they are loaded
    derived_graph_matches_every_quad(tmp_path / "bulk" / "store")


def test_a_large_derived_graph_goes_through_the_bulk_loader_with_the_same_bytes(corpus: Path, tmp_path: Path,
                                                                                monkeypatch):
    import kg.store

    build([corpus], tmp_path / "small")
    monkeypatch.setattr(kg.store, "BULK_FROM", 0)
    build([corpus], tmp_path / "bulk")
    for name in ("graph.trig", "graph.ttl"):
        assert (tmp_path / "small" / name).read_bytes() == (tmp_path / "bulk" / name).read_bytes()


def test_a_bulk_build_records_the_state_of_the_store_it_leaves(corpus: Path, tmp_path: Path):
    from kg.store import DERIVED_FROM

    build([corpus, SEED], tmp_path, bulk_after=3)  # the state worked out from the spool, not read back
    with GraphStore(tmp_path / "store") as store:
        linked = json.loads(store.state_value(LINKED_FROM))
        assert store.state_value(DERIVED_FROM) == linked["state"] == store.state()
        assert store.derived_is_current()

def test_an_interrupted_build_keeps_what_was_committed_and_the_next_build_finishes(
        corpus: Path, tmp_path: Path):
    out = tmp_path / "out"

    def interrupt_at_third(items):
        for number, item in enumerate(items, start=1):
            if number == 3:
                raise KeyboardInterrupt  # as Ctrl-C would, between two articles
            yield item

    with pytest.raises(KeyboardInterrupt):
        build([corpus], out, progress=interrupt_at_third)
    assert len(article_graphs(out / "store")) == 2
    check_integrity(out / "store")

    report = build([corpus], out)
    assert (report.added, report.unchanged) == (2, 2)
    assert (out / "graph.trig").read_bytes() == fresh_build(corpus, tmp_path)


def test_a_build_killed_mid_way_leaves_whole_articles_only(corpus: Path, tmp_path: Path):
    out = tmp_path / "out"
    for copy in range(5):  # enough articles that the build is still going when it is killed
        for path in dev_articles():
            shutil.copy(path, corpus / f"{path.stem}-copy{copy}.txt")
    code = ("import sys; from pathlib import Path; from kg.build import build; "
            "build([Path(sys.argv[1])], Path(sys.argv[2]))")
    process = subprocess.Popen([sys.executable, "-c", code, str(corpus), str(out)], cwd=ROOT)
    deadline = time.monotonic() + 60
    # wait until the build is under way (its store exists), then let it run a moment and kill it hard
    while not (out / "store").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(1.0)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert process.returncode != 0, "the build finished before it could be killed"

    check_integrity(out / "store")
    for path in corpus.glob("*-copy*.txt"):
        path.unlink()
    build([corpus], out)
    check_integrity(out / "store")
    assert (out / "graph.trig").read_bytes() == fresh_build(corpus, tmp_path)


def test_what_a_killed_bulk_build_spooled_is_loaded_when_the_store_opens(corpus: Path, tmp_path: Path):
    out = tmp_path / "out"
    for copy in range(3):
        for path in dev_articles():
            shutil.copy(path, corpus / f"{path.stem}-copy{copy}.txt")
    code = ("import sys; from pathlib import Path; from kg.build import build; "
            "build([Path(sys.argv[1])], Path(sys.argv[2]), bulk_after=0)")
    process = subprocess.Popen([sys.executable, "-c", code, str(corpus), str(out)], cwd=ROOT)
    index = out / ".store-spool" / "part-0000.jsonl"
    deadline = time.monotonic() + 60
    while not (index.exists() and len(index.read_bytes().splitlines()) >= 3) and time.monotonic() < deadline:
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert process.returncode != 0, "the build finished before it could be killed"

    with GraphStore(out / "store") as store:  # nothing extracted is lost
        assert store.recovered >= 3 and len(store.recorded()) == store.recovered
    assert not list((out / ".store-spool").glob("part-*"))
    check_integrity(out / "store")
    report = build([corpus], out)
    assert report.unchanged >= 3
    assert (out / "graph.trig").read_bytes() == fresh_build(corpus, tmp_path)


def test_an_article_that_fails_keeps_its_previous_graph(corpus: Path, tmp_path: Path):
    out = tmp_path / "out"
    build([corpus], out)
    broken = sorted(corpus.glob("*.txt"))[1]
    broken.write_bytes(b"\x00\x01binary now")
    report = build([corpus], out)
    assert any(broken.name in line for line in report.skipped)
    assert report.removed == 0 and len(article_graphs(out / "store")) == 4
    check_integrity(out / "store")


def test_bookkeeping_stays_out_of_the_graph_files(tmp_path: Path):
    out = tmp_path / "out"
    build([SEED], out)
    for name in ("graph.ttl", "graph.trig", "graph.jsonld"):
        assert BUILD not in (out / name).read_text(encoding="utf-8")
