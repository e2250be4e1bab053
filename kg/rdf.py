"""Map one article's extraction to RDF quads in the standard vocabularies (`shared/design/data-model.md`).

schema.org for articles, people, organisations, places and claims; W3C ORG for memberships; PROV-O
for where a membership came from; Web Annotation selectors for evidence spans; `kg:` only for what
none of these has (cue, addressee, rule, speaker description). Every article's facts go into one named
graph, so that rebuilding an article replaces exactly its facts. IRIs derive from names and offsets,
never from counters or hashes of run state, so the same input gives the same quads.

An article's triples are plain Python values (an IRI is a `str`, a literal a `Text`), written to N-Quads
here as Oxigraph writes them: making a pyoxigraph term costs about a microsecond and a quad with a
literal object several, which made the RDF side of a build cost about half of its extraction. Quads are
made only where pyoxigraph terms are needed (`article_quads`).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from functools import cache
from typing import NamedTuple
from urllib.parse import quote

from pyoxigraph import Literal, NamedNode, Quad

from kg.models import Entity, Extraction, Position, Span, Statement
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
A = RDF + "type"  # rdf:type as an IRI string (Turtle's `a`)
INTEGER, DECIMAL, BOOLEAN = XSD + "integer", XSD + "decimal", XSD + "boolean"


class Text(NamedTuple):
    """A literal of an article's triples: its lexical form, and its language tag or its datatype IRI."""

    value: str
    language: str | None = None
    datatype: str | None = None


Term = str | Text  # an IRI or a literal


def base_iri(base: str | None = None) -> str:
    """The IRI base for the graph's nodes: the argument, $KG_BASE, or the default."""
    base = base or os.environ.get("KG_BASE") or DEFAULT_BASE
    return base if base.endswith("/") else base + "/"


SAFE_SEGMENT = re.compile(r"[A-Za-z0-9_.~-]*")  # what quote(segment, safe="") leaves as it is


def segment(part: str) -> str:
    """`quote(part, safe="")`, without its cost for the parts that need no quoting (slugs, offsets)."""
    return part if SAFE_SEGMENT.fullmatch(part) else quote(part, safe="")


class Vocabulary:
    """IRIs of one graph's nodes under one base: as strings (`iri`, `*_iri`: for the article triples)
    or as pyoxigraph terms. The base is checked once, here: each of these IRIs is the base, quoted path
    segments and at most one fragment (`#evidence`), so the strings need no checking one by one."""

    def __init__(self, base: str | None = None):
        self.base = base_iri(base)
        try:
            NamedNode(self.base + "node#fragment")
        except ValueError as error:
            raise ValueError(f"{self.base!r} cannot be the base of the graph's IRIs: {error}") from None

    def iri(self, *parts: str) -> str:
        return self.base + "/".join(map(segment, parts))

    def node(self, *parts: str) -> NamedNode:
        return NamedNode(self.iri(*parts))

    def article(self, slug: str) -> NamedNode:
        return self.node("article", slug)

    def graph(self, slug: str) -> NamedNode:
        return self.node("graph", slug)

    def entity_iri(self, kind: str, key: str) -> str:
        return self.iri(KIND_PATH[kind], key)

    def entity(self, kind: str, key: str) -> NamedNode:
        return NamedNode(self.entity_iri(kind, key))

    def role_iri(self, label: str) -> str:
        return self.iri("role", slugify(label))

    def role(self, label: str) -> NamedNode:
        return NamedNode(self.role_iri(label))

    def topic_iri(self, label: str) -> str:
        return self.iri("topic", slugify(label))


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


@cache
def lexicon_class(name: str) -> str:
    """`class_iri`, checked, as a string: once per class name, for they recur in every article."""
    return class_iri(name).value


def term(value: Term) -> NamedNode | Literal:
    """The pyoxigraph term of a value of the article triples."""
    if type(value) is str:
        return NamedNode(value)
    return Literal(value.value, language=value.language or None,
                   datatype=value.datatype and NamedNode(value.datatype))


def text(value: str, language: str | None = None) -> Literal:
    return term(Text(value, language))


def integer(value: int) -> Literal:
    return term(integer_text(value))


def integer_text(value: int) -> Text:
    return Text(str(value), None, INTEGER)


def decimal_text(value: float) -> Text:
    return Text(f"{value:.5f}", datatype=DECIMAL)


# What Oxigraph's N-Quads writer escapes in a literal, and how (tests/test_rdf.py checks every code point)
ESCAPED = re.compile(r'[\x00-\x1f"\\\x7f\ufffe\uffff]')
ESCAPES = {"\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r", '"': '\\"', "\\": "\\\\"}


def _escape(match: re.Match) -> str:
    return ESCAPES.get(match.group()) or f"\\u{ord(match.group()):04X}"


def literal(value: Text) -> str:
    """A literal in N-Triples, as Oxigraph writes it. Most need no escaping, which `isprintable` and two
    `in` tests tell more cheaply than the regular expression (all it escapes is non-printable, a double
    quote or a backslash)."""
    lexical = value.value
    if not lexical.isprintable() or '"' in lexical or "\\" in lexical:
        lexical = ESCAPED.sub(_escape, lexical)
    if value.language:
        return f'"{lexical}"@{value.language}'
    return f'"{lexical}"^^<{value.datatype}>' if value.datatype else f'"{lexical}"'


def nquads(triples: Iterable[tuple[str, str, Term]], graph: str) -> bytes:
    """The triples in the named graph `graph` as N-Quads, one line each, in sorted order (the order of
    their bytes: UTF-8 keeps the order of code points), byte for byte what sorting the lines of
    pyoxigraph's serialisation of the same quads gives."""
    tail = f" <{graph}> .\n"
    return "".join(sorted([f"<{s}> <{p}> <{o}>{tail}" if type(o) is str else f"<{s}> <{p}> {literal(o)}{tail}"
                           for s, p, o in triples])).encode()


def article_quads(extraction: Extraction, vocabulary: Vocabulary | None = None) -> list[Quad]:
    """All quads of one article, in its own named graph, each once. Unsorted: whatever is written
    sorts (`kg.serialise`, `kg.parallel.extract_nquads`), so sorting here would be paid twice."""
    vocabulary = vocabulary or Vocabulary()
    graph = vocabulary.graph(extraction.article.slug)
    return [Quad(NamedNode(s), NamedNode(p), term(o), graph) for s, p, o in unique_triples(extraction, vocabulary)]


def unique_triples(extraction: Extraction, vocabulary: Vocabulary) -> list[tuple[str, str, Term]]:
    """The article's triples, each once, in the order they are made (which the entity records keep)."""
    return list(dict.fromkeys(article_triples(extraction, vocabulary)))


def article_triples(extraction: Extraction, v: Vocabulary) -> list[tuple]:
    """The article's triples, repeats included. Built as lists, not chained generators, and with each
    entity's IRI worked out once: a few hundred triples an article made this a sixth of extracting it."""
    article = extraction.article
    slug, source = article.slug, article.text
    node = v.iri("article", slug)
    entity_iri = _EntityIris(v)
    triples = [(node, A, SCHEMA + "NewsArticle"), (node, SCHEMA + "headline", Text(article.title)),
               (node, SCHEMA + "identifier", Text(slug)), (node, KG + "sourceFile", Text(article.source)),
               (node, KG + "contentHash", Text(article.content_hash))]
    add = triples.append
    if article.url:  # one that looks like an IRI is checked as pyoxigraph checks IRIs
        add((node, SCHEMA + "url", NamedNode(article.url).value if _is_iri(article.url) else Text(article.url)))
    if article.date:
        add((node, SCHEMA + "datePublished", Text(article.date)))
    if extraction.author:
        add((node, SCHEMA + "author", entity_iri(extraction.author.kind, extraction.author.key)))
    for topic in article.topics:
        add((node, SCHEMA + "about", v.topic_iri(topic)))
        triples += topic_triples(topic, v)
    for entity in extraction.entities:
        entity_node = entity_iri(entity.kind, entity.key)
        add((node, SCHEMA + "mentions", entity_node))
        triples += entity_triples(entity, entity_node, entity_iri)
        if entity.mentions:
            add((entity_node, KG + "mentionCount", integer_text(len(entity.mentions))))
        if entity.kind == "place" and _located_by_metadata(entity, article.locations):
            add((node, SCHEMA + "contentLocation", entity_node))
    claims = v.iri("claim", slug)
    for statement in extraction.statements:
        triples += statement_triples(statement, node, claims, source, entity_iri)
    for affiliation in extraction.affiliations:
        person = entity_iri("person", affiliation.person)
        organization = entity_iri("organization", affiliation.organization)
        membership = v.iri("membership", slug, f"{affiliation.person}--{affiliation.organization}")
        add((person, ORG + "memberOf", organization))
        if affiliation.head:
            add((person, ORG + "headOf", organization))
        triples += [(membership, A, ORG + "Membership"), (membership, ORG + "member", person),
                    (membership, ORG + "organization", organization), (membership, PROV + "wasDerivedFrom", node),
                    (membership, KG + "rule", Text(affiliation.rule))]
        triples += evidence_triples(membership, "evidence", affiliation.evidence, source)
        if affiliation.role:
            role = v.role_iri(affiliation.role)
            triples += [(membership, ORG + "role", role), (role, A, ORG + "Role"),
                        (role, RDFS + "label", Text(affiliation.role, "en"))]
    for tie in extraction.place_ties:
        predicate = {"person": "workLocation", "organization": "location", "place": "containedInPlace"}[tie.entity.kind]
        add((entity_iri(tie.entity.kind, tie.entity.key), SCHEMA + predicate, entity_iri("place", tie.place)))
    triples += location_triples(extraction, node, v)
    for position in extraction.positions:
        triples += position_triples(position, slug, claims, source, v, entity_iri)
    return triples


class _EntityIris(dict):
    """`Vocabulary.entity_iri`, worked out once per entity of an article (an entity is named by its
    statements, memberships and positions over and over)."""

    def __init__(self, vocabulary: Vocabulary):
        super().__init__()
        self.vocabulary = vocabulary

    def __call__(self, kind: str, key: str) -> str:
        iri = self.get((kind, key))
        if iri is None:
            iri = self[kind, key] = self.vocabulary.entity_iri(kind, key)
        return iri


def location_triples(extraction: Extraction, node: str, v: Vocabulary) -> list[tuple]:
    """A `Location:` line the extractors did not find a place in still becomes the article's place."""
    triples = []
    for name in extraction.article.locations:
        if any(e.kind == "place" and _located_by_metadata(e, [name]) for e in extraction.entities):
            continue
        place = v.entity_iri("place", slugify(name))
        triples += [(node, SCHEMA + "contentLocation", place), (node, SCHEMA + "mentions", place),
                    (place, A, SCHEMA + "Place"), (place, SCHEMA + "name", Text(name))]
    return triples


def topic_triples(label: str, v: Vocabulary, broader: str | None = None) -> list[tuple]:
    concept = v.topic_iri(label)
    triples = [(concept, A, SKOS + "Concept"), (concept, SKOS + "prefLabel", Text(label, "en"))]
    if broader:
        triples.append((concept, SKOS + "broader", v.topic_iri(broader)))
        triples += topic_triples(broader, v)
    return triples


STANCE_PREDICATE = {"for": "favours", "against": "opposes"}


def position_triples(position: Position, slug: str, claims: str, source: str, v: Vocabulary,
                     entity_iri: _EntityIris) -> list[tuple]:
    """A speaker's stance on an issue: a kg:Position node with its evidence, and a direct
    `kg:favours` / `kg:opposes` link from a named speaker to the issue's topic. `claims` is the IRI
    the article's claims' IRIs extend."""
    issue = v.topic_iri(position.issue)
    statement = f"{position.statement.start}-{position.statement.end}"
    node = v.iri("position", slug, statement, slugify(position.issue))
    triples = [(node, A, KG + "Position"), (node, KG + "stance", Text(position.stance)), (node, KG + "issue", issue),
               (node, KG + "cue", Text(position.cue)), (node, KG + "rule", Text(position.rule)),
               (node, PROV + "wasDerivedFrom", f"{claims}/{statement}")]
    if position.negated:
        triples.append((node, KG + "negated", Text("true", datatype=BOOLEAN)))
    if position.speaker:
        holder = entity_iri(position.speaker.kind, position.speaker.key)
        triples += [(node, KG + "holder", holder), (holder, KG + STANCE_PREDICATE[position.stance], issue)]
    if position.speaker_description:
        triples.append((node, KG + "speakerDescription", Text(position.speaker_description)))
    triples += topic_triples(position.issue, v, position.broader)
    triples += evidence_triples(node, "evidence", position.evidence, source)
    return triples


def _located_by_metadata(entity: Entity, locations: list[str]) -> bool:
    """Whether a `Location:` line names the place: the whole line ("Almaty"), or the extractors found the
    place in it ("Kurdistan Region" and "Iraq" of "Kurdistan Region, Iraq")."""
    return any(_same(entity, name) for name in locations) or any(
        mention.rule == "metadata.location" and any(mention.text in name for name in locations)
        for mention in entity.mentions)


def _same(entity: Entity, name: str) -> bool:
    key = slugify(name)
    return key == entity.key or any(slugify(alias) == key for alias in entity.aliases)


def _is_iri(value: str) -> bool:
    return value.startswith(("http://", "https://")) and not any(c in value for c in ' <>"{}|\\^`')


def entity_triples(entity: Entity, node: str, entity_iri: _EntityIris) -> list[tuple]:
    triples = [(node, A, SCHEMA + KIND_CLASS[entity.kind])]
    add = triples.append
    if entity.subtype:
        add((node, A, lexicon_class(entity.subtype)))
    if entity.kind == "organization":
        add((node, A, ORG + "Organization"))
    add((node, SCHEMA + "name", Text(entity.name)))
    for alias in entity.aliases:
        if alias != entity.name:
            add((node, SCHEMA + "alternateName", Text(alias)))
    if entity.parent:
        add((node, ORG + "subOrganizationOf", entity_iri("organization", entity.parent)))
    if entity.latitude is not None and entity.longitude is not None:  # on the place itself, as schema:Place allows
        add((node, SCHEMA + "latitude", decimal_text(entity.latitude)))
        add((node, SCHEMA + "longitude", decimal_text(entity.longitude)))
    if entity.geonames_id:
        add((node, OWL + "sameAs", f"{GEONAMES}{entity.geonames_id}/"))
    return triples


def statement_triples(statement: Statement, article: str, claims: str, source: str,
                      entity_iri: _EntityIris) -> list[tuple]:
    """`claims` is the IRI the article's claims' IRIs extend with their offsets (which need no quoting)."""
    claim = f"{claims}/{statement.content.start}-{statement.content.end}"
    triples = [(claim, A, SCHEMA + "Claim")]
    add = triples.append
    if statement.kind == "direct":
        add((claim, A, SCHEMA + "Quotation"))
    add((claim, SCHEMA + "text", Text(statement.text)))
    add((claim, SCHEMA + "appearance", article))
    add((claim, KG + "kind", Text(statement.kind)))
    add((claim, KG + "rule", Text(statement.rule)))
    if statement.speaker:
        add((claim, SCHEMA + "author", entity_iri(statement.speaker.kind, statement.speaker.key)))
    if statement.speaker_description:
        add((claim, KG + "speakerDescription", Text(statement.speaker_description)))
    if statement.cue:
        add((claim, KG + "cue", Text(statement.cue)))
    if statement.addressee:
        add((claim, KG + "addressee", entity_iri(statement.addressee.kind, statement.addressee.key)))
    triples += evidence_triples(claim, "evidence", statement.evidence, source)
    return triples


def evidence_triples(subject: str, name: str, span: Span, source: str) -> list[tuple]:
    """A Web Annotation selector for the span of the article a fact was read from: its offsets and its
    exact words. A claim's own words (schema:text) lie inside its evidence; the claim's IRI ends with
    their offsets. They get no selector of their own: at ~10 claims an article, four more quads each
    were an eighth of a corpus's quads and of its loading time."""
    selector = f"{subject}#{name}"
    return [(subject, KG + name, selector), (selector, A, OA + "TextPositionSelector"),
            (selector, A, OA + "TextQuoteSelector"), (selector, OA + "start", integer_text(span.start)),
            (selector, OA + "end", integer_text(span.end)), (selector, OA + "exact", Text(span.of(source)))]
