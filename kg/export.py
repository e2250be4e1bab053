"""Export the store's dataset: every RDF format the serialiser knows, plus a flat CSV of quads.

Named graphs (one per article, plus the derived graph) survive TriG, N-Quads and JSON-LD; Turtle and
N-Triples carry the union of all graphs. Output is sorted the way `kg.serialise` sorts it, so the same
store always exports the same bytes.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

from pyoxigraph import Literal, Quad

from kg.serialise import FORMATS, atomic_write, canonical, to_bytes
from kg.store import data_quads, opened

RDF_EXPORTS = ("turtle", "trig", "nquads", "ntriples", "jsonld", "csv")


def quads_to_csv(quads: Iterable[Quad]) -> bytes:
    """One row per quad: graph, subject, predicate, object, and the object's datatype or language."""
    stream = io.StringIO()
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(["graph", "subject", "predicate", "object", "datatype", "language"])
    for quad in canonical(quads, keep_graphs=True):
        obj = quad.object
        literal = isinstance(obj, Literal)
        writer.writerow([quad.graph_name.value, quad.subject.value, quad.predicate.value, obj.value,
                         obj.datatype.value if literal and not obj.language else "",
                         obj.language or "" if literal else ""])
    return stream.getvalue().encode("utf-8")


def render(quads: Iterable[Quad], format_name: str) -> bytes:
    if format_name == "csv":
        return quads_to_csv(quads)
    if format_name not in FORMATS:
        raise ValueError(f"unknown export format {format_name!r}; choose from {', '.join(RDF_EXPORTS)}")
    return to_bytes(quads, format_name)


def export_store(store_dir: Path, format_name: str, target: Path | None = None) -> bytes:
    """The store's dataset (without build bookkeeping) in `format_name`; written atomically to `target`
    when given. Returns the bytes."""
    with opened(Path(store_dir)) as store:
        quads = list(data_quads(store))
    data = render(quads, format_name)
    if target is not None:
        with atomic_write(Path(target)) as stream:
            stream.write(data)
    return data
