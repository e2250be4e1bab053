"""Identity across articles: the same person, organisation or place in different articles is one node."""

from __future__ import annotations

from pathlib import Path

from pyoxigraph import NamedNode

from kg.build import build
from kg.curation import load
from kg.entities import entities
from kg.identity import Record, resolve_corpus, skeleton
from kg.rdf import Vocabulary
from kg.store import opened

ARTICLE_A = """

Kazakhstan Leader Speaks

President Nursultan Nazarbayev said on Monday that Kazakhstan would build a new railway.

"This is a great day for our country," Nazarbayev said.

Ilham Aliyev, the president of Azerbaijan, said he welcomed the plan.
"""

ARTICLE_B = """

Railway Plans Questioned

Nazarbaev told reporters in Kazakstan that the railway would open next year.

Heydar Aliyev, a historian at the Baku Institute, said the plan was old.

Aliyev said, "We have heard this before."
"""


def corpus(folder: Path) -> Path:
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (folder / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    return folder


def people(out: Path) -> dict[str, dict]:
    return named(out, "person")


def organizations(out: Path) -> dict[str, dict]:
    return named(out, "organization")


def named(out: Path, kind: str) -> dict[str, dict]:
    with opened(out / "store") as store:
        return {row["name"]: row for row in entities(store, kind)}


def write_articles(folder: Path, bodies: dict[str, str]) -> Path:
    folder.mkdir()
    for name, body in bodies.items():
        (folder / f"{name}.txt").write_text(f"News\n\n{body}\n", encoding="utf-8")
    return folder


def test_transliteration_variants_fold_to_one_spelling():
    assert skeleton("Nazarbaev") == skeleton("Nazarbayev")
    assert skeleton("Kazakstan") == skeleton("Kazakhstan")
    assert skeleton("Dzhumaev") == skeleton("Jumayev")
    assert skeleton("Aliyev") != skeleton("Aliev Heydar")


def test_a_surname_in_one_article_joins_the_full_name_in_another(tmp_path):
    build([corpus(tmp_path / "news")], tmp_path / "out")
    found = people(tmp_path / "out")
    nazarbayev = found["Nursultan Nazarbayev"]
    assert nazarbayev["articles"] == ["a", "b"]
    assert "Nazarbaev" in nazarbayev["aliases"]
    assert any("only person of that surname" in reason for reason in nazarbayev["merge_reasons"])
    assert "Nazarbaev" not in found


def test_two_people_who_share_a_surname_stay_two(tmp_path):
    build([corpus(tmp_path / "news")], tmp_path / "out")
    found = people(tmp_path / "out")
    assert found["Ilham Aliyev"]["articles"] == ["a"]
    assert found["Heydar Aliyev"]["articles"] == ["b"]  # "Aliyev" in b is the Aliyev named in b
    assert found["Heydar Aliyev"]["merge_reasons"] == []


def test_spelling_variants_of_a_place_are_one_node(tmp_path):
    build([corpus(tmp_path / "news")], tmp_path / "out")
    places = named(tmp_path / "out", "place")
    assert places["Kazakhstan"]["articles"] == ["a", "b"]
    assert "Kazakstan" in places["Kazakhstan"]["aliases"]


def test_an_article_rebuilt_alone_keeps_the_corpus_iris(tmp_path):
    news = corpus(tmp_path / "news")
    build([news], tmp_path / "out")
    (news / "b.txt").write_text(ARTICLE_B + "\nNazarbaev later left for Astana.\n", encoding="utf-8")
    report = build([news], tmp_path / "out")
    assert (report.updated, report.unchanged) == (1, 1)
    found = people(tmp_path / "out")
    assert found["Nursultan Nazarbayev"]["articles"] == ["a", "b"]
    with opened(tmp_path / "out" / "store") as store:
        assert not list(store.quads_for_pattern(NamedNode("https://example.org/kg/person/nazarbaev"), None, None))


def test_identity_output_is_byte_identical_across_runs(tmp_path):
    news = corpus(tmp_path / "news")
    build([news], tmp_path / "one")
    build([news], tmp_path / "two")
    assert (tmp_path / "one" / "graph.trig").read_bytes() == (tmp_path / "two" / "graph.trig").read_bytes()


def test_the_order_articles_arrive_in_does_not_change_the_iris(tmp_path):
    news = corpus(tmp_path / "news")
    build([news / "b.txt"], tmp_path / "out")  # the surname alone first: a node of its own, for now
    assert "Nazarbaev" in people(tmp_path / "out")
    report = build([news], tmp_path / "out")
    assert report.relinked == 1  # b is unchanged but now names someone known by a fuller name
    found = people(tmp_path / "out")
    assert found["Nursultan Nazarbayev"]["articles"] == ["a", "b"] and "Nazarbaev" not in found
    build([news], tmp_path / "fresh")
    assert (tmp_path / "out" / "graph.trig").read_bytes() == (tmp_path / "fresh" / "graph.trig").read_bytes()


def test_a_node_is_named_as_most_articles_spell_it(tmp_path):
    news = write_articles(tmp_path / "news", {name: f"{spelling} said the budget would pass." for name, spelling in (
        ("a", "Aigerim Nurlanova"), ("b", "AIgerim Nurlanova"), ("c", "Aigerim Nurlanova"))})
    build([news], tmp_path / "out")
    found = people(tmp_path / "out")
    assert found["Aigerim Nurlanova"]["articles"] == ["a", "b", "c"]
    assert "AIgerim Nurlanova" in found["Aigerim Nurlanova"]["aliases"]


def test_an_organisation_is_named_as_most_of_its_articles_name_it(tmp_path):
    news = write_articles(tmp_path / "news", {
        "a": "The Helsinki Committee said the trial was unfair.",
        "b": "The Helsinki Committee said the verdict was harsh.",
        "c": "The Almaty Helsinki Committee met on Monday. The Helsinki Committee said it would appeal."})
    build([news], tmp_path / "out")
    found = organizations(tmp_path / "out")
    assert found["Helsinki Committee"]["articles"] == ["a", "b", "c"]
    assert "Almaty Helsinki Committee" in found["Helsinki Committee"]["aliases"]


def test_two_states_bodies_of_one_short_name_stay_two_and_each_joins_its_own(tmp_path):
    news = write_articles(tmp_path / "news", {
        "a": "Russia's Foreign Ministry said the talks had failed.",
        "b": "Ukraine's Foreign Ministry said the talks would go on.",
        "c": "The Russian Foreign Ministry said the envoy would stay."})
    build([news], tmp_path / "out")
    found = organizations(tmp_path / "out")
    assert found["Ukraine's Foreign Ministry"]["articles"] == ["b"]
    russian = next(row for name, row in found.items() if name in ("Russia's Foreign Ministry", "Russian Foreign Ministry"))
    assert russian["articles"] == ["a", "c"]


def test_an_acronym_that_articles_spell_out_two_ways_joins_neither(tmp_path):
    news = write_articles(tmp_path / "news", {
        "a": "Islamic State (ISIS) claimed the attack, officials said.",
        "b": "The Institute for Science and International Security (ISIS) said the site was old.",
        "c": "ISIS said the attack was a warning."})
    build([news], tmp_path / "out")
    found = organizations(tmp_path / "out")
    assert found["Institute for Science and International Security"]["articles"] == ["b"]


def test_a_well_known_organisation_keeps_its_own_name_however_most_articles_call_it(tmp_path):
    news = write_articles(tmp_path / "news", {
        "a": "Republicans said the budget would pass.",
        "b": "Republicans said the vote was close.",
        "c": "The Republican Party said it would win."})
    build([news], tmp_path / "out")
    found = organizations(tmp_path / "out")
    assert found["Republican Party"]["articles"] == ["a", "b", "c"]


def test_a_surname_alone_is_the_person_far_more_articles_name_in_full(tmp_path):
    bodies = {f"full{n}": f"President Ilham Aliyev said on day {n} that the road would open." for n in range(10)}
    bodies |= {"historian": "Heydar Aliyev, a historian, said the road was old.",
               "alone": "Aliyev said the road would be finished by May.",
               "both": "Ilham Aliyev met Heydar Aliyev. Aliyev said the talks went well."}
    build([write_articles(tmp_path / "news", bodies)], tmp_path / "out")
    found = people(tmp_path / "out")
    assert "alone" in found["Ilham Aliyev"]["articles"]
    assert any("most articles name in full (11 articles, all others 2)" in reason
               for reason in found["Ilham Aliyev"]["merge_reasons"])
    assert found["Aliyev"]["articles"] == ["both"]  # an article naming both leaves its "Aliyev" undecided


def test_a_middle_name_left_out_is_the_same_person_named_as_most_articles_name_her(tmp_path):
    news = write_articles(tmp_path / "news", {"a": "Hillary Rodham Clinton said the plan would work.",
                                              "b": "Hillary Clinton said the plan was sound.",
                                              "c": "Hillary Clinton said the vote was near."})
    build([news], tmp_path / "out")
    found = people(tmp_path / "out")
    assert found["Hillary Clinton"]["articles"] == ["a", "b", "c"]
    assert "Hillary Rodham Clinton" in found["Hillary Clinton"]["aliases"]


def test_an_acronym_two_organisations_share_is_one_node_per_article_numbered_in_article_order():
    org = "https://example.org/kg/org/"
    records = [Record("a", org + "patriotic-union-of-kurdistan", "organization", "Patriotic Union of Kurdistan", ("PUK",)),
               Record("b", org + "patriotic-union-of-kano", "organization", "Patriotic Union of Kano", ("PUK",)),
               *(Record(article, org + "puk", "organization", "PUK", ()) for article in "cdef")]
    identity = resolve_corpus(records, load(None), Vocabulary(None))
    assert {r.article: identity.canonical[r.id].key for r in records} == {
        "a": "patriotic-union-of-kurdistan", "b": "patriotic-union-of-kano",
        "c": "puk", "d": "puk-2", "e": "puk-3", "f": "puk-4"}  # not puk-2-2-2: thousands of articles name one


def test_a_surname_two_people_bear_said_alone_in_several_articles_is_one_node_of_its_own():
    person = "https://example.org/kg/person/"
    records = [Record("a", person + "ilham-aliyev", "person", "Ilham Aliyev", ()),
               Record("b", person + "heydar-aliyev", "person", "Heydar Aliyev", ()),
               *(Record(article, person + "aliyev", "person", "Aliyev", ()) for article in "cdef"),
               Record("g", person + "aliev", "person", "Aliev", ())]  # the same name, spelt another way
    identity = resolve_corpus(records, load(None), Vocabulary(None))
    keys = {r.article: identity.canonical[r.id].key for r in records}
    assert keys == {"a": "ilham-aliyev", "b": "heydar-aliyev", **dict.fromkeys("cdefg", "aliyev")}
    assert identity.canonical[("g", person + "aliev")].reasons == ["Aliev: same name in g and c"]
