"""Check a graph against the SHACL shapes of the data model (schemas/shapes.ttl) and say what is wrong.

The graph is read with pyoxigraph (any RDF format, by extension) as the union of its named graphs, so a
fact may refer to a node described in another article's graph; pyshacl then checks it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pyoxigraph import DefaultGraph, Quad, RdfFormat, parse, serialize

from kg.rdf import PREFIXES

SHAPES = Path(__file__).resolve().parents[1] / "schemas" / "shapes.ttl"
SUFFIXES = {".ttl": RdfFormat.TURTLE, ".trig": RdfFormat.TRIG, ".nq": RdfFormat.N_QUADS,
            ".nt": RdfFormat.N_TRIPLES, ".jsonld": RdfFormat.JSON_LD, ".rdf": RdfFormat.RDF_XML}


@dataclass
class Violation:
    node: str
    rule: str
    message: str
    value: str | None = None

    def __str__(self) -> str:
        found = f" (found {self.value})" if self.value else ""
        return f"{self.node}: {self.message}{found} [{self.rule}]"


def union_ntriples(path: Path) -> bytes:
    fmt = SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise ValueError(f"{path}: unknown RDF format {path.suffix!r}; expected one of {', '.join(SUFFIXES)}")
    triples = {Quad(q.subject, q.predicate, q.object, DefaultGraph()) for q in parse(path=str(path), format=fmt)}
    return serialize(triples, format=RdfFormat.N_TRIPLES) or b""


def validate(path: Path, shapes: Path = SHAPES) -> list[Violation]:
    """The violations of the graph in `path` (empty when it conforms)."""
    from pyshacl import validate as shacl
    from rdflib import Graph, Namespace
    from rdflib.namespace import RDFS

    data = Graph().parse(data=union_ntriples(Path(path)), format="nt")
    shapes_graph = Graph().parse(str(shapes), format="turtle")
    conforms, results, _ = shacl(data, shacl_graph=shapes_graph, inference="none", allow_warnings=True)
    if conforms:
        return []
    SH = Namespace("http://www.w3.org/ns/shacl#")
    violations = []
    for result in results.subjects(SH.focusNode, None):
        focus = results.value(result, SH.focusNode)
        message = results.value(result, SH.resultMessage)
        shape = results.value(result, SH.sourceShape)
        label = shapes_graph.value(shape, RDFS.label) if shape is not None else None
        if label is None and shape is not None:  # a property shape: name the node shape it belongs to
            owner = shapes_graph.value(None, SH.property, shape)
            label = shapes_graph.value(owner, RDFS.label) if owner is not None else None
        path_ = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        violations.append(Violation(
            node=_short(focus), rule=str(label or _short(shape)) + (f" / {_short(path_)}" if path_ else ""),
            message=str(message or "does not match the shape"), value=_short(value) if value is not None else None))
    return sorted(violations, key=lambda v: (v.node, v.rule, v.message))


def _short(term) -> str:
    text = str(term)
    for prefix, iri in PREFIXES.items():
        if text.startswith(iri):
            return f"{prefix}:{text[len(iri):]}"
    return text
