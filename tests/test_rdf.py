"""The graph as other tools see it: build seeds/, parse the Turtle back with rdflib, check the contract.

The contract is ../shared/design/data-model.md: schema.org for articles, people, organisations, places
and claims; W3C ORG for memberships; PROV-O for provenance; Web Annotation selectors for evidence.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pyoxigraph import NamedNode, Quad, RdfFormat, serialize
from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS

from kg.build import build
from kg.extract import extract
from kg.identity import entity_records, records_json
from kg.rdf import DEFAULT_BASE, ESCAPED, INTEGER, Text, Vocabulary, article_quads, class_iri, nquads, term, unique_triples
from kg.read import parse_text, read_file

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
DEV = ROOT.parent / "shared" / "dev"
SLUG = "kazak-authorities-seek-return-syria-fighters"
SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
PROV = Namespace("http://www.w3.org/ns/prov#")
OA = Namespace("http://www.w3.org/ns/oa#")
KG = Namespace("https://w3id.org/kg-news/ns#")
ENTITY_CLASSES = (SCHEMA.Person, SCHEMA.Organization, SCHEMA.Place)


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    out_dir = tmp_path_factory.mktemp("graph")
    report = build([SEEDS], out_dir)
    assert report.articles == 1 and not report.skipped
    return out_dir


@pytest.fixture(scope="module")
def g(out) -> Graph:
    graph = Graph()
    graph.parse(out / "graph.ttl", format="turtle")
    return graph


@pytest.fixture(scope="module")
def article(g) -> URIRef:
    (node,) = g.subjects(RDF.type, SCHEMA.NewsArticle)
    return node


@pytest.fixture(scope="module")
def text() -> str:
    return (SEEDS / f"{SLUG}.txt").read_text(encoding="utf-8")


def named(g: Graph, cls: URIRef, name: str) -> URIRef:
    """The one node of class `cls` whose schema:name is `name`."""
    nodes = [n for n in g.subjects(SCHEMA.name, Literal(name)) if (n, RDF.type, cls) in g]
    assert len(nodes) == 1, f"{len(nodes)} {cls} named {name!r}"
    return nodes[0]


def names(g: Graph, node: URIRef) -> set[str]:
    return {str(n) for n in g.objects(node, SCHEMA.name)} | {str(n) for n in g.objects(node, SCHEMA.alternateName)}


# --- the article ----------------------------------------------------------------------------------


def test_article_headline_url_author(g, article):
    assert article == URIRef(f"{DEFAULT_BASE}article/{SLUG}")
    assert g.value(article, SCHEMA.headline) == Literal("Kazak Authorities Seek Return of Syria Fighters")
    assert g.value(article, SCHEMA.url) == URIRef(f"https://iwpr.net/global-voices/{SLUG}")
    author = g.value(article, SCHEMA.author)
    assert (author, RDF.type, SCHEMA.Person) in g
    assert g.value(author, SCHEMA.name) == Literal("Gaziza Baituova")


def test_article_mentions_every_entity_of_the_graph(g, article):
    entities = {n for cls in ENTITY_CLASSES for n in g.subjects(RDF.type, cls)}
    mentioned = set(g.objects(article, SCHEMA.mentions))
    assert entities  # people, organisations and places were found
    assert entities <= mentioned | {g.value(article, SCHEMA.author)}
    for node in mentioned:
        assert any((node, RDF.type, cls) in g for cls in ENTITY_CLASSES), node


def test_article_topics_and_locations(g, article):
    (topic,) = g.objects(article, SCHEMA.about)
    assert (topic, RDF.type, URIRef("http://www.w3.org/2004/02/skos/core#Concept")) in g
    locations = {str(g.value(place, SCHEMA.name)) for place in g.objects(article, SCHEMA.contentLocation)}
    assert {"Syria", "Kyrgyzstan"} <= locations


# --- people, organisations, places ----------------------------------------------------------------


def test_people_have_their_fullest_name_and_other_forms(g):
    karajanov = named(g, SCHEMA.Person, "Zamir Karajanov")
    assert karajanov == URIRef(f"{DEFAULT_BASE}person/zamir-karajanov")
    assert (karajanov, SCHEMA.alternateName, Literal("Karajanov")) in g
    named(g, SCHEMA.Person, "Nurgali Bilisbekov")
    for person in g.subjects(RDF.type, SCHEMA.Person):
        assert len(set(g.objects(person, SCHEMA.name))) == 1, person


def test_organisations_are_schema_and_org_organisations_with_a_subclass_where_known(g):
    knb = named(g, SCHEMA.Organization, "Committee for National Security")
    assert (knb, SCHEMA.alternateName, Literal("KNB")) in g
    assert (knb, RDF.type, SCHEMA.GovernmentOrganization) in g
    for organization in g.subjects(RDF.type, SCHEMA.Organization):
        assert (organization, RDF.type, ORG.Organization) in g
        assert g.value(organization, SCHEMA.name) is not None


def test_named_units_are_sub_organisations(g):
    units = list(g.subject_objects(ORG.subOrganizationOf))
    assert units, "the KNB's counter-terrorism unit"
    for unit, parent in units:
        assert (unit, RDF.type, SCHEMA.Organization) in g and (parent, RDF.type, SCHEMA.Organization) in g


def test_places_with_type_and_spelling_variants(g):
    kazakhstan = named(g, SCHEMA.Place, "Kazakhstan")
    assert (kazakhstan, RDF.type, SCHEMA.Country) in g
    assert (kazakhstan, SCHEMA.alternateName, Literal("Kazakstan")) in g


def test_a_city_carries_its_gazetteer_coordinates(g):
    almaty = named(g, SCHEMA.Place, "Almaty")
    assert (almaty, RDF.type, SCHEMA.City) in g
    assert 43 < g.value(almaty, SCHEMA.latitude).toPython() < 44
    assert 76 < g.value(almaty, SCHEMA.longitude).toPython() < 78


def test_every_class_is_a_valid_iri_in_a_known_vocabulary(g):
    known = (str(SCHEMA), str(ORG), str(PROV), str(OA), str(KG), "http://www.w3.org/2004/02/skos/core#")
    for cls in set(g.objects(None, RDF.type)):
        assert str(cls).startswith(known), cls
        local = str(cls)[max(str(cls).rfind("/"), str(cls).rfind("#")) + 1:]
        assert ":" not in local, f"a prefixed name glued onto a namespace: {cls}"


def test_lexicon_class_names_map_to_iris():
    assert str(class_iri("NGO").value) == "https://schema.org/NGO"
    assert str(class_iri("kg:ArmedGroup").value) == str(KG.ArmedGroup)
    assert str(class_iri("org:OrganizationalUnit").value) == str(ORG.OrganizationalUnit)


# --- claims ---------------------------------------------------------------------------------------


def test_direct_quotation_with_speaker_and_exact_words(g, article):
    words = "I assume this particular video was produced for propaganda purposes, and was not made by our citizens"
    (claim,) = g.subjects(SCHEMA.text, Literal(words))
    assert (claim, RDF.type, SCHEMA.Claim) in g and (claim, RDF.type, SCHEMA.Quotation) in g
    assert g.value(claim, SCHEMA.appearance) == article
    assert g.value(claim, SCHEMA.author) == named(g, SCHEMA.Person, "Nurgali Bilisbekov")
    assert g.value(claim, KG.rule) is not None


def test_every_claim_points_to_the_words_it_came_from(g, article, text):
    claims = set(g.subjects(RDF.type, SCHEMA.Claim))
    assert set(g.subjects(RDF.type, SCHEMA.Quotation)) <= claims
    assert any((c, RDF.type, SCHEMA.Quotation) not in g for c in claims), "reported speech too"
    for claim in claims:
        assert g.value(claim, SCHEMA.appearance) == article
        author = g.value(claim, SCHEMA.author)
        if author is None:
            assert g.value(claim, KG.speakerDescription) is not None, f"{claim}: neither author nor description"
        else:
            assert any((author, RDF.type, cls) in g for cls in (SCHEMA.Person, SCHEMA.Organization))
        selector = g.value(claim, KG.evidence)
        assert (selector, RDF.type, OA.TextPositionSelector) in g
        start, end = g.value(selector, OA.start).toPython(), g.value(selector, OA.end).toPython()
        assert 0 <= start < end <= len(text)
        assert str(g.value(selector, OA.exact)) == text[start:end]
        # the claim's own words lie inside its evidence, at the offsets its IRI ends with
        words = str(g.value(claim, SCHEMA.text))
        content_start, content_end = map(int, str(claim).rsplit("/", 1)[-1].split("-"))
        assert start <= content_start < content_end <= end
        assert text[content_start:content_end] == words


def test_unnamed_source_keeps_a_description_and_no_author(g):
    described = [c for c in g.subjects(KG.speakerDescription, None)]
    assert described, "a source in the security services"
    for claim in described:
        assert g.value(claim, SCHEMA.author) is None


# --- affiliations ---------------------------------------------------------------------------------


def test_membership_with_member_organisation_role_and_provenance(g, article):
    bilisbekov = named(g, SCHEMA.Person, "Nurgali Bilisbekov")
    knb = named(g, SCHEMA.Organization, "Committee for National Security")
    (membership,) = [m for m in g.subjects(ORG.member, bilisbekov) if g.value(m, ORG.organization) == knb]
    assert (membership, RDF.type, ORG.Membership) in g
    role = g.value(membership, ORG.role)
    assert (role, RDF.type, ORG.Role) in g
    assert g.value(role, RDFS.label) == Literal("deputy head", lang="en")
    assert g.value(membership, PROV.wasDerivedFrom) == article
    assert (bilisbekov, ORG.memberOf, knb) in g


def test_every_membership_is_complete_and_stated_as_member_of(g, article):
    memberships = set(g.subjects(RDF.type, ORG.Membership))
    assert len(memberships) >= 3
    for membership in memberships:
        person, organization = g.value(membership, ORG.member), g.value(membership, ORG.organization)
        assert (person, RDF.type, SCHEMA.Person) in g
        assert (organization, RDF.type, SCHEMA.Organization) in g
        assert (person, ORG.memberOf, organization) in g
        assert g.value(membership, PROV.wasDerivedFrom) == article


# --- named graphs and IRIs ------------------------------------------------------------------------


def test_trig_keeps_one_named_graph_per_article(out):
    dataset = Dataset()
    dataset.parse(out / "graph.trig", format="trig")
    graph_names = {str(c.identifier) for c in dataset.graphs() if len(c)}
    assert f"{DEFAULT_BASE}graph/{SLUG}" in graph_names


def test_json_ld_holds_the_same_triples(out, g):
    from_jsonld = Dataset()
    from_jsonld.parse(out / "graph.jsonld", format="json-ld")
    triples = {(s, p, o) for s, p, o, _ in from_jsonld.quads((None, None, None, None))}
    assert {t for t in g if not any(isinstance(x, Literal) for x in t)} <= triples
    assert len(triples) >= len(g) * 0.9


def our_iris(g: Graph, base: str) -> set[str]:
    return {str(x)[len(base):] for t in g for x in t if isinstance(x, URIRef) and str(x).startswith(base)}


def test_iris_are_stable_across_runs(tmp_path, g):
    again = tmp_path / "again"
    build([SEEDS], again)
    second = Graph().parse(again / "graph.ttl", format="turtle")
    assert our_iris(second, DEFAULT_BASE) == our_iris(g, DEFAULT_BASE)
    assert set(second) == set(g)


def test_the_same_entity_has_the_same_iri_in_every_article(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEEDS / f"{SLUG}.txt", corpus / "first.txt")
    shutil.copy(SEEDS / f"{SLUG}.txt", corpus / "second.txt")
    build([corpus], tmp_path / "out")
    g = Graph().parse(tmp_path / "out" / "graph.ttl", format="turtle")
    articles = set(g.subjects(RDF.type, SCHEMA.NewsArticle))
    assert len(articles) == 2
    bilisbekov = named(g, SCHEMA.Person, "Nurgali Bilisbekov")
    assert all((a, SCHEMA.mentions, bilisbekov) in g for a in articles)


@pytest.mark.parametrize("how", ["argument", "environment"])
def test_a_configurable_base(tmp_path, monkeypatch, g, how):
    base = "https://graph.example.net/news/"
    if how == "argument":
        build([SEEDS], tmp_path, base=base)
    else:
        monkeypatch.setenv("KG_BASE", base)
        build([SEEDS], tmp_path)
    rebased = Graph().parse(tmp_path / "graph.ttl", format="turtle")
    assert not our_iris(rebased, DEFAULT_BASE)
    assert our_iris(rebased, base) == our_iris(g, DEFAULT_BASE)
    assert (URIRef(f"{base}article/{SLUG}"), RDF.type, SCHEMA.NewsArticle) in rebased


def test_a_base_that_cannot_take_fragments_is_refused():
    with pytest.raises(ValueError, match="cannot be the base"):
        Vocabulary("https://example.org/kg#")


# --- the N-Quads the extraction workers write without pyoxigraph terms ------------------------------


def sorted_serialisation(quads: list[Quad]) -> bytes:
    return b"".join(sorted(serialize(quads, format=RdfFormat.N_QUADS).splitlines(keepends=True)))


@pytest.mark.parametrize("base", [None, "http://other.example/kg"])
def test_written_n_quads_and_records_are_those_of_the_quads(base):
    """What `kg.parallel.extract_nquads` writes is pyoxigraph's serialisation of `article_quads`, lines
    sorted, and the entity records are those read from the quads, for every real article."""
    paths = [SEEDS / f"{SLUG}.txt", *sorted(DEV.glob("*.txt"))]
    for article in (a for path in paths for a in read_file(path)):
        extraction = extract(article)
        vocabulary = Vocabulary(base)
        quads = article_quads(extraction, vocabulary)
        triples = unique_triples(extraction, vocabulary)
        assert nquads(triples, vocabulary.iri("graph", article.slug)) == sorted_serialisation(quads)
        assert records_json(triples, article.slug) == entity_records(quads, article.slug)


def test_literals_are_escaped_as_pyoxigraph_escapes_them():
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    literals = [Text(every), Text("plain"), Text('a "quoted" \\ word'), Text("Ünïcödé “quotes”", "en"),
                Text("tab\there", "en"), Text("12", datatype=INTEGER)]
    triples = [("http://example.org/s", f"http://example.org/p{n}", o) for n, o in enumerate(literals)]
    quads = [Quad(NamedNode(s), NamedNode(p), term(o), NamedNode("http://example.org/g")) for s, p, o in triples]
    assert nquads(triples, "http://example.org/g") == sorted_serialisation(quads)
    # the cheap test `literal` makes first lets through no character that needs escaping
    assert all(not c.isprintable() or c in '"\\' for c in ESCAPED.findall(every))


def test_a_place_lies_in_the_place_the_text_says_and_a_location_line_is_the_places_found_in_it():
    text = ("Floods in Assam\n\nAuthor: [Ann Roe](#)\n\nLocation: Quetta, Pakistan\n\n"
            "Relief reached Dayton, Ohio, on Monday, the Red Cross said.\n")
    vocabulary = Vocabulary()
    graph = Graph()
    for s, p, o in unique_triples(extract(parse_text(text, "t.txt", "t")), vocabulary):
        graph.add((URIRef(s), URIRef(p), URIRef(o) if isinstance(o, str) else Literal(o.value)))
    place = {name: node for node in graph.subjects(RDF.type, SCHEMA.Place)
             for name in map(str, graph.objects(node, SCHEMA.name))}
    assert (place["Dayton"], SCHEMA.containedInPlace, place["Ohio"]) in graph
    article = next(graph.subjects(RDF.type, SCHEMA.NewsArticle))
    assert set(graph.objects(article, SCHEMA.contentLocation)) == {place["Quetta"], place["Pakistan"]}
    assert "Quetta, Pakistan" not in place
