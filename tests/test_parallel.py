"""Building at scale: `--jobs N` processes, the bulk loader, and a Dask cluster all give the graph a
single process gives, byte for byte."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.build import build
from kg.store import GraphStore, data_quads

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "dev"
FILES = ("graph.ttl", "graph.trig", "graph.jsonld")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The seed and the dev-set articles, plus two renamed copies (a few more articles than workers)."""
    folder = tmp_path_factory.mktemp("corpus")
    for path in [ROOT / "seeds" / "kazak-authorities-seek-return-syria-fighters.txt", *sorted(DEV.glob("*.txt"))]:
        shutil.copy(path, folder / path.name)
    for number, path in enumerate(sorted(DEV.glob("*.txt"))[:2]):
        text = path.read_text(encoding="utf-8")
        (folder / f"copy-{number}.txt").write_text(text.replace("said", "told reporters"), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def one_process(corpus: Path, tmp_path_factory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("jobs1")
    report = build([corpus], out, jobs=1)
    assert report.articles >= 12 and not report.skipped
    return {name: (out / name).read_bytes() for name in FILES}


def files(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in FILES}


def test_two_processes_write_the_same_bytes_as_one(corpus: Path, one_process, tmp_path: Path):
    report = build([corpus], tmp_path, jobs=2)
    assert report.added == report.articles
    assert files(tmp_path) == one_process


def test_the_bulk_loader_writes_the_same_graph_and_a_rerun_skips_everything(corpus: Path, one_process,
                                                                           tmp_path: Path):
    build([corpus], tmp_path, jobs=2, bulk_after=0)  # every article through the bulk loader
    assert files(tmp_path) == one_process
    again = build([corpus], tmp_path, jobs=2, bulk_after=0)
    assert again.added == 0 and again.unchanged == again.articles
    assert files(tmp_path) == one_process


def test_spooled_articles_interrupted_before_linking_are_loaded_as_extracted_and_linked_next_time(
        corpus: Path, one_process, tmp_path: Path, monkeypatch):
    import kg.identity

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(kg.identity, "resolve_corpus", interrupted)
        with pytest.raises(KeyboardInterrupt):
            build([corpus], tmp_path, bulk_after=0)
    with GraphStore(tmp_path / "store") as store:  # nothing lost: every article is in, article-local
        assert {row["applied"] for row in store.recorded().values()} == {"local"}
        assert len(store.recorded()) == len(list(corpus.glob("*.txt")))
    again = build([corpus], tmp_path, bulk_after=0)
    assert again.unchanged == again.articles and again.relinked > 0  # linked in the store this time
    assert files(tmp_path) == one_process


def test_a_bulk_load_cut_short_is_undone_when_the_store_opens(corpus: Path, one_process, tmp_path: Path):
    build([corpus], tmp_path)
    with GraphStore(tmp_path / "store") as store:  # what a kill between data and bookkeeping leaves
        store.store.load(b"<urn:s> <urn:p> <urn:o> <https://example.org/kg/graph/half-loaded> .\n",
                         format=__import__("pyoxigraph").RdfFormat.N_QUADS)
    with GraphStore(tmp_path / "store") as store:
        graphs = {q.graph_name.value for q in data_quads(store.store)}
        assert "https://example.org/kg/graph/half-loaded" not in graphs
    build([corpus], tmp_path)
    assert files(tmp_path) == one_process


def test_a_dask_cluster_extracts_the_same_graph_and_leaves_n_quads_shards(corpus: Path, one_process,
                                                                         tmp_path: Path):
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False, protocol="tcp://",
                      host="127.0.0.1", dashboard_address=None) as cluster:
        report = build([corpus], tmp_path, scheduler=cluster.scheduler_address)
    assert files(tmp_path) == one_process
    shards = sorted((tmp_path / "shards").glob("part-*.nq"))
    assert shards and all(str(s) in report.written for s in shards)
    lines = [line for shard in shards for line in shard.read_text(encoding="utf-8").splitlines()]
    assert len(lines) > 1000 and all(line.endswith(" .") for line in lines)
