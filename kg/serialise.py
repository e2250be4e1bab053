"""Write quads to files in the standard RDF formats, atomically and byte-for-byte reproducibly."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator

from pyoxigraph import Quad, RdfFormat, serialize

from kg.rdf import PREFIXES

FORMATS: dict[str, tuple[RdfFormat, str, bool]] = {
    # name: (pyoxigraph format, file suffix, keeps named graphs)
    "turtle": (RdfFormat.TURTLE, ".ttl", False),
    "trig": (RdfFormat.TRIG, ".trig", True),
    "nquads": (RdfFormat.N_QUADS, ".nq", True),
    "ntriples": (RdfFormat.N_TRIPLES, ".nt", False),
    "jsonld": (RdfFormat.JSON_LD, ".jsonld", True),
    "rdfxml": (RdfFormat.RDF_XML, ".rdf", False),
}


@contextmanager
def atomic_write(path: Path, mode: str = "wb") -> Iterator[IO]:
    """A file that appears at `path` whole or not at all: written beside it, then renamed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, mode, **({} if "b" in mode else {"encoding": "utf-8"})) as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def canonical(quads: Iterable[Quad], keep_graphs: bool) -> list:
    """Quads (or triples, when graphs are dropped) without repeats, in a stable order."""
    if keep_graphs:
        items = set(quads)
        return sorted(items, key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))
    items = {q.triple for q in quads}
    return sorted(items, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))


def _prefixes(rdf_format: RdfFormat) -> dict[str, str] | None:
    return PREFIXES if rdf_format in (RdfFormat.TURTLE, RdfFormat.TRIG, RdfFormat.RDF_XML, RdfFormat.JSON_LD) else None


def to_bytes(quads: Iterable[Quad], format_name: str) -> bytes:
    rdf_format, _, keep_graphs = FORMATS[format_name]
    return serialize(canonical(quads, keep_graphs), format=rdf_format, prefixes=_prefixes(rdf_format)) or b""


def write_graph(quads: list[Quad], path: Path, format_name: str) -> Path:
    """Serialise quads to `path` atomically: streamed into a file beside it, renamed when complete."""
    rdf_format, _, keep_graphs = FORMATS[format_name]
    items = canonical(quads, keep_graphs)
    with atomic_write(path) as stream:
        serialize(items, stream, format=rdf_format, prefixes=_prefixes(rdf_format))
    return path


def write_store(store, out_dir: Path, stem: str = "graph",
                formats: Iterable[str] = ("turtle", "trig", "jsonld")) -> list[Path]:
    """The graph files of a `kg.store.GraphStore`, streamed: quads are read from the store in
    `canonical` order one graph (or one subject) at a time and serialised as they come, so memory
    does not grow with the graph; the bytes are those `write_graph` writes for the same quads."""
    written = []
    for name in formats:
        rdf_format, suffix, keep_graphs = FORMATS[name]
        path = Path(out_dir) / f"{stem}{suffix}"
        items = store.sorted_quads() if keep_graphs else store.sorted_triples()
        with atomic_write(path) as stream:
            serialize(items, stream, format=rdf_format, prefixes=_prefixes(rdf_format))
        written.append(path)
    return written
