"""Build the graph of a corpus: read every article, extract, map to RDF, write the graph files.

One broken article never stops the others: reading and extraction problems are collected in the
report, one line each, and the run goes on.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path

from pydantic import BaseModel

from kg.models import Extraction
from kg.read import ReadProblem, read_paths
from kg.serialise import write_store
from kg.store import BulkWriter, GraphStore, default_store_dir, file_of, pipeline_fingerprint
from kg.view import write_build_view

BULK_AFTER = 100  # articles written one transaction each before the bulk loader takes over


class BuildReport(BaseModel):
    """What a build read, skipped, found and wrote."""

    articles: int = 0
    skipped: list[str] = []
    people: int = 0
    organizations: int = 0
    places: int = 0
    statements: int = 0
    affiliations: int = 0
    quads: int = 0
    written: list[str] = []
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    relinked: int = 0  # unchanged articles rewritten because an entity's identity changed
    curation: list[str] = []  # curation entries that matched nothing, and relinking problems

    def summary(self) -> str:
        return (f"{self.articles} articles read, {len(self.skipped)} skipped: {self.people} people, "
                f"{self.organizations} organisations, {self.places} places, {self.statements} statements, "
                f"{self.affiliations} affiliations ({self.quads} quads); store: {self.added} added, "
                f"{self.updated} updated, {self.unchanged} unchanged, {self.removed} removed")


def build(paths: Iterable[Path], out_dir: Path, base: str | None = None,
          formats: Iterable[str] = ("turtle", "trig", "jsonld"),
          on_problem: Callable[[str], None] | None = None,
          curation: Path | None = None,
          progress: Callable[[Iterable], Iterable] | None = None,
          store_dir: Path | None = None, rebuild: bool = False, jobs: int = 1,
          scheduler: str | None = None, bulk_after: int = BULK_AFTER, view: bool = True,
          on_stage: Callable[[str], None] = lambda message: None) -> BuildReport:
    """Build the articles under `paths` into the store (default `out_dir/store`) and write the graph
    files of the store's whole content into `out_dir`.

    Incremental: an article whose content (and the pipeline that reads it) is unchanged since the last
    build is not extracted again; a changed one replaces its named graph; an article that was built from
    under `paths` before but is gone now is dropped. `rebuild=True` starts from an empty store. Each
    article is written in one transaction, so an interrupted build loses at most the article in hand.

    At scale: `jobs` processes extract in parallel (`kg.parallel`), or a Dask cluster does when
    `scheduler` names one (its N-Quads shards are kept in `out_dir/shards/`). Results are written as
    they arrive, so memory does not grow with the corpus. After `bulk_after` articles written one
    transaction each, the rest are spooled to disk and go through the store's bulk loader once the
    identity step has linked their entities (`BulkWriter`).
    """
    from kg.parallel import collect_less, map_dask, map_local

    collect_less()
    paths = [Path(p) for p in paths]
    report = BuildReport()
    fingerprint = pipeline_fingerprint()
    with GraphStore(store_dir or default_store_dir(out_dir), base=base, rebuild=rebuild) as store:
        vocabulary = store.vocabulary
        recorded = store.recorded()
        replaced = store.clear_when_rebuilt(recorded, paths, fingerprint)
        if replaced:
            recorded = {}
        seen: set[str] = set()
        sources: dict[str, str] = {}
        kept_files: set[str] = set()

        def problem(message: str) -> None:
            report.skipped.append(message)
            if on_problem:
                on_problem(message)

        def to_extract() -> Iterable:
            items = read_paths(paths)
            for item in progress(items) if progress else items:
                if isinstance(item, ReadProblem):
                    kept_files.add(file_of(item.source))  # a file that cannot be read now keeps what it had
                    problem(str(item))
                    continue
                graph = vocabulary.graph(item.slug)
                if graph.value in seen:
                    problem(f"{item.source}: same article slug {item.slug!r} as {sources[graph.value]}; skipped")
                    continue
                seen.add(graph.value)
                sources[graph.value] = item.source
                if store.is_current(graph, item.content_hash, fingerprint, recorded):
                    report.articles += 1
                    report.unchanged += 1
                    _add_counts(report, json.loads(recorded[graph.value].get("counts") or "{}"))
                    continue
                yield item

        if scheduler:
            results = map_dask(to_extract(), scheduler, base=vocabulary.base)
            bulk = BulkWriter(store, Path(out_dir) / "shards", keep=True)
            bulk_after = 0
        else:
            results = map_local(to_extract(), jobs=jobs, base=vocabulary.base)
            bulk = BulkWriter(store, store.spool)
        written = 0
        try:
            for item, extracted in results:
                if extracted.error:
                    problem(f"{item.source}: {extracted.error}")
                    continue  # the article keeps its previous graph, if it had one
                graph = vocabulary.graph(item.slug)
                report.articles += 1
                _add_counts(report, extracted.counts)
                known = graph.value in recorded
                if written < bulk_after:
                    store.put_article_nquads(graph, extracted.nquads, item.content_hash, fingerprint,
                                             item.source, extracted.counts, replace=known,
                                             entities=extracted.entities)
                else:
                    if known:
                        store.drop_article(graph)
                    bulk.add(graph, item.slug, extracted.nquads,
                             store.bookkeeping(graph, item.content_hash, fingerprint, item.source, extracted.counts),
                             extracted.entities)
                written += 1
                if known or graph.value in replaced:
                    report.updated += 1
                else:
                    report.added += 1
        except BaseException:
            bulk.close()  # Ctrl-C, a crash: what was extracted is kept, article-local; the next build links it
            raise
        if scheduler:
            report.written += [str(p) for p in bulk.shards]
        for graph, row in recorded.items():
            if row.get("path") in kept_files:
                seen.add(graph)
        report.removed = len(store.drop_missing(paths, seen))
        loading = f", loading {bulk.articles} into the store" if bulk.articles else ""
        on_stage(f"linking entities across articles{loading}")
        try:
            linked = _link_identities(store, paths, curation, bulk)
        finally:
            bulk.close()  # nothing left when the identity step loaded it
        report.relinked, report.curation = linked.rewritten, linked.unmatched + linked.problems
        if linked.tally is not None:  # None: nothing changed since the last build
            on_stage("counting speakers and co-quotations")
            store.derive(linked.tally, force=linked.rewritten > 0, state=linked.state)
        report.quads = store.quad_count()
        if report.quads:
            on_stage("writing the graph files")
            report.written += [str(p) for p in write_store(store, out_dir, formats=formats)]
            if view:
                report.written.append(str(write_build_view(store.view_quads(), out_dir)))
    return report


def _link_identities(store: GraphStore, paths: list[Path], curation: Path | None, spooled: BulkWriter):
    """One node per real entity across the articles, with the curation applied (`kg.identity`): the
    articles in the store and those `spooled` for loading. The curation file is `curation`, else
    `curation.yaml` in the first folder built, if there is one."""
    from kg.curation import load
    from kg.identity import apply_identity

    if curation is None:
        curation = next((p / "curation.yaml" for p in paths if (p / "curation.yaml").is_file()), None)
    return apply_identity(store, load(curation), spooled)


def article_counts(extraction: Extraction) -> dict[str, int]:
    kinds = [e.kind for e in extraction.entities]
    return {"people": kinds.count("person"), "organizations": kinds.count("organization"),
            "places": kinds.count("place"), "statements": len(extraction.statements),
            "affiliations": len(extraction.affiliations)}


def _add_counts(report: BuildReport, counts: dict[str, int]) -> None:
    for key, value in counts.items():
        setattr(report, key, getattr(report, key) + value)
