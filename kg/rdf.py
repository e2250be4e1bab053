"""Map one article's extraction to RDF quads in the standard vocabularies (`shared/design/data-model.md`).

schema.org for articles, people, organisations, places and claims; W3C ORG for memberships; PROV-O
for where a membership came from; Web Annotation selectors for evidence spans; `kg:` only for what
none of these has (cue, addressee, rule, speaker description). Every article's facts go into one named
graph, so that rebuilding an article replaces exactly its facts. IRIs derive from names and offsets,
never from counters or hashes of run state, so the same input gives the same quads.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from urllib.parse import quote

from pyoxigraph import Literal, NamedNode, Quad

from kg.models import Entity, EntityRef, Extraction, Position, Span, Statement
from kg.read import slugify

DEFAULT_BASE = "https://example.org/kg/"
SCHEMA = "https://schema.org/"
ORG = "http://www.w3.org/ns/org#"
PROV = "http://www.w3.org/ns/prov#"
OA = "http://www.w3.org/ns/oa#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
KG = "https://w3id.org/kg-news/ns#"
GEONAMES = "https://sws.geonames.org/"

PREFIXES = {
    "schema": SCHEMA,
    "org": ORG,
    "prov": PROV,
    "oa": OA,
    "skos": SKOS,
    "rdfs": RDFS,
    "rdf": RDF,
    "xsd": XSD,
    "owl": OWL,
    "kg": KG,
}

KIND_PATH = {"person": "person", "organization": "org", "place": "place"}
KIND_CLASS = {"person": "Person", "organization": "Organization", "place": "Place"}
TYPE = NamedNode(RDF + "type")


def base_iri(base: str | None = None) -> str:
    """The IRI base for the graph's nodes: the argument, $KG_BASE, or the default."""
    base = base or os.environ.get("KG_BASE") or DEFAULT_BASE
    return base if base.endswith(("/", "#")) else base + "/"


class Vocabulary:
    """IRIs of one graph's nodes under one base."""

    def __init__(self, base: str | None = None):
        self.base = base_iri(base)

    def node(self, *parts: str) -> NamedNode:
        return NamedNode(self.base + "/".join(quote(p, safe="") for p in parts))

    def article(self, slug: str) -> NamedNode:
        return self.node("article", slug)

    def graph(self, slug: str) -> NamedNode:
        return self.node("graph", slug)

    def entity(self, kind: str, key: str) -> NamedNode:
        return self.node(KIND_PATH[kind], key)

    def ref(self, ref: EntityRef) -> NamedNode:
        return self.entity(ref.kind, ref.key)

    def role(self, label: str) -> NamedNode:
        return self.node("role", slugify(label))

    def topic(self, label: str) -> NamedNode:
        return self.node("topic", slugify(label))


def s(term: str) -> NamedNode:
    return NamedNode(SCHEMA + term)


def class_iri(name: str) -> NamedNode:
    """A class named in a lexicon: "NGO" is schema:NGO; "kg:ArmedGroup" uses a known prefix; a full IRI is kept."""
    if name.startswith(("http://", "https://")):
        return NamedNode(name)
    prefix, colon, local = name.partition(":")
    if colon and prefix in PREFIXES:
        return NamedNode(PREFIXES[prefix] + local)
    return s(name)


def text(value: str, language: str | None = None) -> Literal:
    return Literal(value, language=language) if language else Literal(value)


def integer(value: int) -> Literal:
    return Literal(str(value), datatype=NamedNode(XSD + "integer"))


def decimal(value: float) -> Literal:
    return Literal(f"{value:.5f}", datatype=NamedNode(XSD + "decimal"))


def article_quads(extraction: Extraction, vocabulary: Vocabulary | None = None) -> list[Quad]:
    """All quads of one article, in its own named graph, each once. Unsorted: whatever is written
    sorts (`kg.serialise`, `kg.parallel.extract_nquads`), so sorting here would be paid twice."""
    vocabulary = vocabulary or Vocabulary()
    graph = vocabulary.graph(extraction.article.slug)
    return [Quad(subject, predicate, obj, graph) for subject, predicate, obj in dict.fromkeys(article_triples(extraction, vocabulary))]


def article_triples(extraction: Extraction, v: Vocabulary) -> Iterator[tuple]:
    article = extraction.article
    node = v.article(article.slug)
    yield node, TYPE, s("NewsArticle")
    yield node, s("headline"), text(article.title)
    yield node, s("identifier"), text(article.slug)
    yield node, NamedNode(KG + "sourceFile"), text(article.source)
    yield node, NamedNode(KG + "contentHash"), text(article.content_hash)
    if article.url:
        yield node, s("url"), NamedNode(article.url) if _is_iri(article.url) else text(article.url)
    if article.date:
        yield node, s("datePublished"), text(article.date)
    if extraction.author:
        yield node, s("author"), v.ref(extraction.author)
    for topic in article.topics:
        yield node, s("about"), v.topic(topic)
        yield from topic_triples(topic, v)
    for entity in extraction.entities:
        entity_node = v.entity(entity.kind, entity.key)
        yield node, s("mentions"), entity_node
        yield from entity_triples(entity, entity_node, v)
        if entity.mentions:
            yield entity_node, NamedNode(KG + "mentionCount"), integer(len(entity.mentions))
        if entity.kind == "place" and any(_same(entity, name) for name in article.locations):
            yield node, s("contentLocation"), entity_node
    for statement in extraction.statements:
        yield from statement_triples(statement, node, article.slug, article.text, v)
    for affiliation in extraction.affiliations:
        person = v.entity("person", affiliation.person)
        organization = v.entity("organization", affiliation.organization)
        membership = v.node("membership", article.slug, f"{affiliation.person}--{affiliation.organization}")
        yield person, NamedNode(ORG + "memberOf"), organization
        if affiliation.head:
            yield person, NamedNode(ORG + "headOf"), organization
        yield membership, TYPE, NamedNode(ORG + "Membership")
        yield membership, NamedNode(ORG + "member"), person
        yield membership, NamedNode(ORG + "organization"), organization
        yield membership, NamedNode(PROV + "wasDerivedFrom"), node
        yield membership, NamedNode(KG + "rule"), text(affiliation.rule)
        yield from evidence_triples(membership, "evidence", affiliation.evidence, article.text)
        if affiliation.role:
            role = v.role(affiliation.role)
            yield membership, NamedNode(ORG + "role"), role
            yield role, TYPE, NamedNode(ORG + "Role")
            yield role, NamedNode(RDFS + "label"), text(affiliation.role, "en")
    for tie in extraction.place_ties:
        predicate = "workLocation" if tie.entity.kind == "person" else "location"
        yield v.ref(tie.entity), s(predicate), v.entity("place", tie.place)
    yield from location_triples(extraction, node, v)
    for position in extraction.positions:
        yield from position_triples(position, article.slug, article.text, v)


def location_triples(extraction: Extraction, node: NamedNode, v: Vocabulary) -> Iterator[tuple]:
    """A `Location:` line the extractors did not find a place in still becomes the article's place."""
    for name in extraction.article.locations:
        if any(e.kind == "place" and _same(e, name) for e in extraction.entities):
            continue
        place = v.entity("place", slugify(name))
        yield node, s("contentLocation"), place
        yield node, s("mentions"), place
        yield place, TYPE, s("Place")
        yield place, s("name"), text(name)


def topic_triples(label: str, v: Vocabulary, broader: str | None = None) -> Iterator[tuple]:
    concept = v.topic(label)
    yield concept, TYPE, NamedNode(SKOS + "Concept")
    yield concept, NamedNode(SKOS + "prefLabel"), text(label, "en")
    if broader:
        yield concept, NamedNode(SKOS + "broader"), v.topic(broader)
        yield from topic_triples(broader, v)


STANCE_PREDICATE = {"for": "favours", "against": "opposes"}


def position_triples(position: Position, slug: str, source: str, v: Vocabulary) -> Iterator[tuple]:
    """A speaker's stance on an issue: a kg:Position node with its evidence, and a direct
    `kg:favours` / `kg:opposes` link from a named speaker to the issue's topic."""
    issue = v.topic(position.issue)
    node = v.node("position", slug, f"{position.statement.start}-{position.statement.end}", slugify(position.issue))
    yield node, TYPE, NamedNode(KG + "Position")
    yield node, NamedNode(KG + "stance"), text(position.stance)
    yield node, NamedNode(KG + "issue"), issue
    yield node, NamedNode(KG + "cue"), text(position.cue)
    yield node, NamedNode(KG + "rule"), text(position.rule)
    yield node, NamedNode(PROV + "wasDerivedFrom"), v.node("claim", slug, f"{position.statement.start}-{position.statement.end}")
    if position.negated:
        yield node, NamedNode(KG + "negated"), Literal("true", datatype=NamedNode(XSD + "boolean"))
    if position.speaker:
        yield node, NamedNode(KG + "holder"), v.ref(position.speaker)
        yield v.ref(position.speaker), NamedNode(KG + STANCE_PREDICATE[position.stance]), issue
    if position.speaker_description:
        yield node, NamedNode(KG + "speakerDescription"), text(position.speaker_description)
    yield from topic_triples(position.issue, v, position.broader)
    yield from evidence_triples(node, "evidence", position.evidence, source)


def _same(entity: Entity, name: str) -> bool:
    key = slugify(name)
    return key == entity.key or any(slugify(alias) == key for alias in entity.aliases)


def _is_iri(value: str) -> bool:
    return value.startswith(("http://", "https://")) and not any(c in value for c in ' <>"{}|\\^`')


def entity_triples(entity: Entity, node: NamedNode, v: Vocabulary) -> Iterator[tuple]:
    yield node, TYPE, s(KIND_CLASS[entity.kind])
    if entity.subtype:
        yield node, TYPE, class_iri(entity.subtype)
    if entity.kind == "organization":
        yield node, TYPE, NamedNode(ORG + "Organization")
    yield node, s("name"), text(entity.name)
    for alias in entity.aliases:
        if alias != entity.name:
            yield node, s("alternateName"), text(alias)
    if entity.parent:
        yield node, NamedNode(ORG + "subOrganizationOf"), v.entity("organization", entity.parent)
    if entity.latitude is not None and entity.longitude is not None:
        geo = NamedNode(str(node.value) + "#geo")
        yield node, s("geo"), geo
        yield geo, TYPE, s("GeoCoordinates")
        yield geo, s("latitude"), decimal(entity.latitude)
        yield geo, s("longitude"), decimal(entity.longitude)
    if entity.geonames_id:
        yield node, NamedNode(OWL + "sameAs"), NamedNode(f"{GEONAMES}{entity.geonames_id}/")


def statement_triples(statement: Statement, article: NamedNode, slug: str, source: str,
                      v: Vocabulary) -> Iterator[tuple]:
    claim = v.node("claim", slug, f"{statement.content.start}-{statement.content.end}")
    yield claim, TYPE, s("Claim")
    if statement.kind == "direct":
        yield claim, TYPE, s("Quotation")
    yield claim, s("text"), text(statement.text)
    yield claim, s("appearance"), article
    yield claim, NamedNode(KG + "kind"), text(statement.kind)
    yield claim, NamedNode(KG + "rule"), text(statement.rule)
    if statement.speaker:
        yield claim, s("author"), v.ref(statement.speaker)
    if statement.speaker_description:
        yield claim, NamedNode(KG + "speakerDescription"), text(statement.speaker_description)
    if statement.cue:
        yield claim, NamedNode(KG + "cue"), text(statement.cue)
    if statement.addressee:
        yield claim, NamedNode(KG + "addressee"), v.ref(statement.addressee)
    yield from evidence_triples(claim, "content", statement.content, source, quoted=statement.text)
    yield from evidence_triples(claim, "evidence", statement.evidence, source)


def evidence_triples(subject: NamedNode, name: str, span: Span, source: str, quoted: str | None = None) -> Iterator[tuple]:
    """A Web Annotation selector for a span of the article: its offsets, and the exact words unless
    they are `quoted` already (a claim's schema:text): statement texts are most of a graph's bytes."""
    selector = NamedNode(f"{subject.value}#{name}")
    yield subject, NamedNode(KG + name), selector
    yield selector, TYPE, NamedNode(OA + "TextPositionSelector")
    yield selector, NamedNode(OA + "start"), integer(span.start)
    yield selector, NamedNode(OA + "end"), integer(span.end)
    words = span.of(source)
    if words != quoted:
        yield selector, TYPE, NamedNode(OA + "TextQuoteSelector")
        yield selector, NamedNode(OA + "exact"), text(words)

