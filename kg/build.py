"""Build the graph of a corpus: read every article, extract, map to RDF, write the graph files.

One broken article never stops the others: reading and extraction problems are collected in the
report, one line each, and the run goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from pydantic import BaseModel
from pyoxigraph import Quad

from kg.extract import extract
from kg.models import Extraction
from kg.rdf import Vocabulary, article_quads
from kg.read import ReadProblem, read_paths
from kg.serialise import write_all
from kg.view import write_build_view


class BuildReport(BaseModel):
    """What a build read, skipped, found and wrote."""

    articles: int = 0
    skipped: list[str] = []
    people: int = 0
    organizations: int = 0
    places: int = 0
    statements: int = 0
    affiliations: int = 0
    triples: int = 0
    written: list[str] = []

    def summary(self) -> str:
        return (f"{self.articles} articles read, {len(self.skipped)} skipped: {self.people} people, "
                f"{self.organizations} organisations, {self.places} places, {self.statements} statements, "
                f"{self.affiliations} affiliations ({self.triples} triples)")


def extract_all(paths: Iterable[Path], report: BuildReport,
                on_problem: Callable[[str], None] | None = None) -> Iterable[Extraction]:
    """Extractions of every readable article; each problem is reported and skipped."""
    for item in read_paths(paths):
        if isinstance(item, ReadProblem):
            report.skipped.append(str(item))
            if on_problem:
                on_problem(str(item))
            continue
        try:
            extraction = extract(item)
        except Exception as error:  # one article's failure must not stop the corpus
            message = f"{item.source}: extraction failed ({type(error).__name__}: {error})"
            report.skipped.append(message)
            if on_problem:
                on_problem(message)
            continue
        report.articles += 1
        yield extraction


def count(extraction: Extraction, report: BuildReport) -> None:
    kinds = [e.kind for e in extraction.entities]
    report.people += kinds.count("person")
    report.organizations += kinds.count("organization")
    report.places += kinds.count("place")
    report.statements += len(extraction.statements)
    report.affiliations += len(extraction.affiliations)


def build(paths: Iterable[Path], out_dir: Path, base: str | None = None,
          formats: Iterable[str] = ("turtle", "trig", "jsonld"),
          on_problem: Callable[[str], None] | None = None,
          progress: Callable[[Iterable[Extraction]], Iterable[Extraction]] | None = None) -> BuildReport:
    """Build the graph files of the articles under `paths` into `out_dir`."""
    report = BuildReport()
    vocabulary = Vocabulary(base)
    quads: list[Quad] = []
    extractions = extract_all(paths, report, on_problem)
    for extraction in progress(extractions) if progress else extractions:
        count(extraction, report)
        quads.extend(article_quads(extraction, vocabulary))
    report.triples = len({q.triple for q in quads})
    if report.articles:
        report.written = [str(p) for p in write_all(quads, out_dir, formats=formats)]
        report.written.append(str(write_build_view(quads, out_dir)))
    return report
