"""Curation that sticks: the seeds built with and without a curation file, one check per kind of entry."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pyoxigraph import NamedNode

from kg.build import build
from kg.curation import CurationError, load
from kg.entities import entities
from kg.store import opened

ROOT = Path(__file__).resolve().parents[1]
BASE = "https://example.org/kg/"
PROV = "http://www.w3.org/ns/prov#"
ORG = "http://www.w3.org/ns/org#"
OWL_SAME = NamedNode("http://www.w3.org/2002/07/owl#sameAs")
SLUG = "kazak-authorities-seek-return-syria-fighters"

CURATION = f"""
curator: Jane Analyst
entries:
  - action: merge
    kind: organization
    entities: [Committee for National Security, KNB's counter-terrorism unit]
    date: 2026-11-20
    note: the unit stands for the committee in this corpus
  - action: split
    kind: person
    entity: Murat Telibekov
    articles: [{SLUG}]
    name: Murat Telibekov (Union of Muslims)
    date: 2026-11-20
  - action: rename
    kind: place
    entity: Kazakstan
    name: Republic of Kazakhstan
    date: 2026-11-21
  - action: retype
    kind: organization
    entity: Union of Muslims of Kazakstan
    type: NGO
    date: 2026-11-21
  - action: identify
    kind: person
    entity: Zamir Karajanov
    wikidata: Q4115189
    date: 2026-11-22
  - action: reject
    statement: {{article: {SLUG}, text: produced for propaganda purposes}}
    date: 2026-11-22
    note: misattributed
  - action: reject
    affiliation: {{person: Andrei Grishin, organization: Kazakstan Bureau for Human Rights and Rule of Law}}
    date: 2026-11-22
  - action: add
    affiliation: {{person: Zamir Karajanov, organization: IWPR, role: contributor}}
    note: named in the IWPR staff list
    date: 2026-11-23
  - action: identify
    kind: person
    entity: Nobody Atall
    wikidata: Q1
    date: 2026-11-23
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("curation")
    plain, curated = root / "plain", root / "curated"
    plain.mkdir(), curated.mkdir()
    shutil.copy(ROOT / "seeds" / f"{SLUG}.txt", plain)
    shutil.copy(ROOT / "seeds" / f"{SLUG}.txt", curated)
    (curated / "curation.yaml").write_text(CURATION, encoding="utf-8")
    without = build([plain], root / "out-plain")
    with_ = build([curated], root / "out-curated")
    return root, without, with_


def quads(out: Path, subject=None, predicate=None, obj=None) -> list:
    with opened(out / "store") as store:
        return list(store.quads_for_pattern(subject, predicate, obj, None))


def node(path: str) -> NamedNode:
    return NamedNode(BASE + path)


def test_without_a_curation_file_there_is_no_curation_graph(built):
    root, without, _ = built
    assert without.curation == []
    assert not [q for q in quads(root / "out-plain") if q.graph_name == node("graph/curation")]


def test_merge_makes_one_node(built):
    root, _, _ = built
    assert quads(root / "out-plain", node("org/knbs-counter-terrorism-unit"))
    assert not quads(root / "out-curated", node("org/knbs-counter-terrorism-unit"))
    reasons = quads(root / "out-curated", node("org/committee-for-national-security"),
                    NamedNode("https://w3id.org/kg-news/ns#mergeReason"))
    assert any("curated merge" in q.object.value for q in reasons)


def test_split_and_rename_give_new_nodes(built):
    root, _, _ = built
    assert quads(root / "out-curated", node("person/murat-telibekov-union-of-muslims"))
    assert not quads(root / "out-curated", node("person/murat-telibekov"))
    names = quads(root / "out-curated", node("place/republic-of-kazakhstan"), NamedNode("https://schema.org/name"))
    assert {q.object.value for q in names} == {"Republic of Kazakhstan"}


def test_retype_and_identify(built):
    root, _, _ = built
    types = {q.object for q in quads(root / "out-curated", node("org/union-of-muslims-of-kazakstan"),
                                     NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"))}
    assert NamedNode("https://schema.org/NGO") in types
    same = quads(root / "out-curated", node("person/zamir-karajanov"), OWL_SAME)
    assert [q.object for q in same] == [NamedNode("http://www.wikidata.org/entity/Q4115189")]
    assert same[0].graph_name == node("graph/curation")


def test_rejected_statement_and_affiliation_are_gone(built):
    root, _, _ = built
    texts = [q.object.value for q in quads(root / "out-curated", None, NamedNode("https://schema.org/text"))]
    assert not any("propaganda purposes" in t for t in texts)
    assert any("propaganda purposes" in q.object.value
               for q in quads(root / "out-plain", None, NamedNode("https://schema.org/text")))
    grishin = node("person/andrei-grishin")
    assert quads(root / "out-plain", grishin, NamedNode(ORG + "memberOf"))
    assert not [q for q in quads(root / "out-curated", grishin, NamedNode(ORG + "memberOf"))]


def test_the_next_build_keeps_the_curation_as_it_is(built, tmp_path: Path):
    root, _, first = built
    out = tmp_path / "out"
    shutil.copytree(root / "out-curated", out)
    before = (out / "graph.trig").read_bytes()
    again = build([root / "curated"], out)  # the rejected statement is matched in the rewritten graph too
    assert again.unchanged == again.articles and again.curation == first.curation
    assert (out / "graph.trig").read_bytes() == before


def test_added_fact_carries_provenance_from_the_entry(built):
    root, _, _ = built
    added = quads(root / "out-curated", node("person/zamir-karajanov"), NamedNode(ORG + "memberOf"), node("org/iwpr"))
    assert [q.graph_name for q in added] == [node("graph/curation")]
    activity = node("curation/8")
    assert quads(root / "out-curated", activity, NamedNode(PROV + "wasAttributedTo"), node("curator/jane-analyst"))
    times = quads(root / "out-curated", activity, NamedNode(PROV + "generatedAtTime"))
    assert [q.object.value for q in times] == ["2026-11-23"]  # the entry's date, never the wall clock


def test_an_entry_that_matches_nothing_is_reported(built):
    _, _, with_ = built
    assert with_.curation == [f"{with_.curation[0].split(':')[0]}: entry 9 (identify 'Nobody Atall'): "
                              "no person of that name"]


def test_curation_errors_name_file_entry_and_problem(tmp_path):
    bad = tmp_path / "curation.yaml"
    bad.write_text("entries:\n  - {action: identify, kind: person, entity: X, wikidata: 42, date: 2026-01-01}\n")
    with pytest.raises(CurationError, match=r"curation.yaml: entry 1: wikidata: "):
        load(bad)
    bad.write_text("entries:\n  - {action: add, affiliation: {person: A, organization: B}, date: 2026-01-01}\n")
    with pytest.raises(CurationError, match=r"entry 1: note: Field required"):
        load(bad)


def test_entities_report_reflects_the_curation(built):
    root, _, _ = built
    with opened(root / "out-curated" / "store") as store:
        names = {row["name"] for row in entities(store)}
    assert "Republic of Kazakhstan" in names and "Kazakhstan" not in names


def test_the_derived_graph_counts_what_the_curation_leaves_and_adds(built):
    from test_store import derived_graph_matches_every_quad

    root, _, _ = built
    derived_graph_matches_every_quad(root / "out-curated" / "store")
