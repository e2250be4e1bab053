"""How long the who-said-what page takes to write, and to settle in Chromium, at 500, 2,000 and 5,000 nodes.

The graphs are synthetic but shaped like a news corpus: articles mention a handful of people,
organisations and places; people are quoted in the articles, sometimes addressing someone, and hold
roles in organisations. Run: .venv/bin/python bench/view_bench.py [SIZES...]
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

from pyoxigraph import Literal, NamedNode, Quad

from kg.rdf import KG, ORG, RDF, RDFS, SCHEMA
from kg.view import network_from_quads, view_from_quads

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
BASE = "https://example.org/kg/"


def synthetic_quads(nodes: int, seed: int = 1) -> list[Quad]:
    """About `nodes` nodes: 1 article for every 10 entities; each article mentions 8 of them."""
    rng = random.Random(seed)
    articles = max(1, nodes // 11)
    kinds = [("person", "Person")] * 5 + [("org", "Organization")] * 3 + [("place", "Place")] * 2
    entities = [(f"{BASE}{kinds[i % 10][0]}/e{i}", kinds[i % 10][1]) for i in range(nodes - articles)]
    people = [iri for iri, kind in entities if kind == "Person"]
    orgs = [iri for iri, kind in entities if kind == "Organization"]
    t = NamedNode(RDF + "type")
    quads: list[Quad] = []

    def add(s: str, p: str, o: str | Literal) -> None:
        quads.append(Quad(NamedNode(s), NamedNode(p), o if isinstance(o, Literal) else NamedNode(o)))

    for iri, kind in entities:
        add(iri, RDF + "type", SCHEMA + kind)
        add(iri, SCHEMA + "name", Literal(f"{kind} {iri.rsplit('e', 1)[-1]}"))
    for a in range(articles):
        article = f"{BASE}article/a{a}"
        add(article, RDF + "type", SCHEMA + "NewsArticle")
        add(article, SCHEMA + "headline", Literal(f"Article number {a} about the news of the day"))
        add(article, SCHEMA + "url", f"https://news.example/{a}")
        local = [entities[(a * 4 + i) % len(entities)][0] if i < 4 else entities[rng.randrange(len(entities))][0]
                 for i in range(8)]  # half in turn, so that every entity is mentioned; half at random
        for entity in local:
            add(article, SCHEMA + "mentions", entity)
        speakers = [e for e in local if "/person/" in e]
        for c, speaker in enumerate(speakers):
            claim = f"{BASE}claim/a{a}/{c}"
            add(claim, RDF + "type", SCHEMA + "Claim")
            add(claim, SCHEMA + "text", Literal(f"Statement {c} of article {a}, quoted at some length for realism."))
            add(claim, SCHEMA + "author", speaker)
            add(claim, SCHEMA + "appearance", article)
            add(claim, KG + "kind", Literal("direct" if c % 2 else "indirect"))
            if c % 3 == 0 and len(speakers) > 1:
                add(claim, KG + "addressee", speakers[(c + 1) % len(speakers)])
    for i, person in enumerate(people[: len(people) // 2]):
        membership = f"{BASE}membership/m{i}"
        add(membership, RDF + "type", ORG + "Membership")
        add(membership, ORG + "member", person)
        add(membership, ORG + "organization", orgs[rng.randrange(len(orgs))])
        add(membership, ORG + "role", f"{BASE}role/r{i % 7}")
        add(f"{BASE}role/r{i % 7}", RDFS + "label", Literal(["spokesman", "director", "minister", "analyst",
                                                              "chairman", "deputy head", "member"][i % 7]))
    return quads


def settle_seconds(page, path: Path) -> float:
    """Seconds from navigation to a settled layout (physics stabilised, or first draw when frozen)."""
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-settled=true]", state="attached", timeout=600_000)
    return page.evaluate("kgView.settledAt") / 1000


def main(sizes: list[int]) -> None:
    from playwright.sync_api import sync_playwright

    rows = []
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 860})
        for size in sizes:
            quads = synthetic_quads(size)
            network = network_from_quads(quads)
            start = time.perf_counter()
            html = view_from_quads(quads)
            path = Path(folder) / f"view-{size}.html"
            path.write_text(html, encoding="utf-8")
            write = time.perf_counter() - start
            settle = settle_seconds(page, path)
            physics = page.evaluate("kgView.data.physics")
            rows.append((len(network.nodes), len(network.edges), write, settle, physics, len(html)))
            print(f"{len(network.nodes):>6} nodes {len(network.edges):>6} edges: write {write:6.2f} s, "
                  f"settle in Chromium {settle:6.2f} s ({'physics' if physics else 'precomputed layout, frozen'}), "
                  f"page {len(html) / 1e6:.1f} MB", flush=True)
        browser.close()
    print("\n| nodes | edges | write page | settle in Chromium | layout | page size |")
    print("| ---: | ---: | ---: | ---: | --- | ---: |")
    for nodes, edges, write, settle, physics, size in rows:
        print(f"| {nodes:,} | {edges:,} | {write:.2f} s | {settle:.2f} s | "
              f"{'Python start + physics' if physics else 'Python, frozen'} | {size / 1e6:.1f} MB |")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [500, 2000, 5000])
