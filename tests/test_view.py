"""The who-said-what page, opened in a real browser (Debian's Chromium, driven by Playwright).

Each test opens a page that `kg build` wrote and uses it as an analyst would: search, click, toggle.
Every page load also checks that no request left the page and that the console stayed clean.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest
from pyoxigraph import NamedNode

from kg.build import build
from kg.rdf import RDF, SCHEMA
from kg.view import network_from_quads, read_quads, top, view_from_quads, focus

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ENTITY_CLASSES = {SCHEMA + c for c in ("Person", "Organization", "Place", "NewsArticle")} | {SKOS_CONCEPT := "http://www.w3.org/2004/02/skos/core#Concept"}  # topics and issues are drawn too

MALICIOUS = '''Mayor <script>window.__pwned=1</script> Speaks" onmouseover="window.__pwned=2

"We will win <script>window.__pwned = 3</script> the vote" onmouseover="window.__pwned=4", said John Smith, the mayor of Springfield.

"Nobody expected </script><script>window.__pwned=5</script> this <!-- or \u2028 that" said Jane Doe, director of the Springfield Water Board.
'''


@pytest.fixture(scope="module")
def seed_graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed corpus built as `kg build` builds it; the folder holds graph.trig and graph.html."""
    out = tmp_path_factory.mktemp("seed-graph")
    build([ROOT / "seeds"], out)
    return out


@pytest.fixture(scope="module")
def browser() -> Iterator:
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is absent: install Debian's chromium (make browser) to run the browser tests")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Page:
    """One opened page, with every request it made and everything it wrote to the console."""

    def __init__(self, browser, path: Path):
        self.url = path.resolve().as_uri()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 860})
        self.page.route("**/*", self._route)
        self.page.on("console", lambda m: m.type in ("error", "warning") and self.errors.append(m.text))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.goto(self.url)
        self.page.wait_for_selector("body[data-settled=true]", state="attached", timeout=60_000)

    def _route(self, route) -> None:
        if route.request.url != self.url:
            self.requests.append(route.request.url)
            route.abort()
        else:
            route.continue_()

    def js(self, expression: str):
        return self.page.evaluate(expression)

    def drawn(self) -> int:
        """Nodes vis-network draws (hidden nodes are not in nodeIndices)."""
        return self.js("kgView.network.body.nodeIndices.length")

    def click_node(self, iri: str) -> None:
        """Click the node on the canvas, where it is drawn."""
        point = self.js(f"""(() => {{
            const node = kgView.data.nodes.find(n => n.iri === {iri!r});
            const p = kgView.network.canvasToDOM(kgView.network.getPosition(node.id));
            const box = document.getElementById('graph').getBoundingClientRect();
            return [p.x + box.left, p.y + box.top];
        }})()""")
        self.page.mouse.click(*point)

    def close(self) -> None:
        assert self.requests == [], f"requests left the page: {self.requests}"
        assert self.errors == [], f"console errors: {self.errors}"
        self.page.close()


@pytest.fixture
def seed_page(browser, seed_graph: Path) -> Iterator[Page]:
    page = Page(browser, seed_graph / "graph.html")
    yield page
    page.close()


def entities(graph: Path) -> dict[str, str]:
    """IRI -> name of every person, organisation, place and article in a graph file."""
    quads = read_quads(graph)
    typed = {q.subject.value for q in quads if q.predicate == NamedNode(RDF + "type")
             and q.object.value in ENTITY_CLASSES}
    names = {q.subject.value: q.object.value for q in quads
             if q.predicate.value in (SCHEMA + "name", SCHEMA + "headline", SKOS_CONCEPT.replace("Concept", "prefLabel"))}
    return {iri: names[iri] for iri in typed}


def test_every_node_of_the_graph_is_drawn(seed_page: Page, seed_graph: Path) -> None:
    in_graph = entities(seed_graph / "graph.trig")
    assert seed_page.drawn() == len(in_graph)
    assert sorted(seed_page.js("kgView.data.nodes.map(n => n.iri)")) == sorted(in_graph)


def test_search_finds_and_focuses_a_node_by_any_of_its_names(seed_page: Page) -> None:
    seed_page.page.fill("#search", "karajanov")  # a short alias, in lower case
    seed_page.page.press("#search", "Enter")
    selected = seed_page.js("kgView.network.getSelectedNodes().map(id => kgView.data.nodes[id].names[0])")
    assert selected == ["Zamir Karajanov"]
    assert seed_page.page.text_content("#panel h2") == "Zamir Karajanov"
    seed_page.page.wait_for_timeout(500)  # the focus animation
    centre = seed_page.js("""(() => { const n = kgView.network.getSelectedNodes()[0];
        const p = kgView.network.canvasToDOM(kgView.network.getPosition(n));
        const box = document.getElementById('graph').getBoundingClientRect();
        return [Math.abs(p.x - box.width / 2), Math.abs(p.y - box.height / 2)]; })()""")
    assert max(centre) < 30, "the found node is in the middle of the view"


def test_clicking_a_person_shows_their_statements(seed_page: Page, seed_graph: Path) -> None:
    quads = read_quads(seed_graph / "graph.trig")
    person = "https://example.org/kg/person/nurgali-bilisbekov"
    said = sorted({q.subject.value for q in quads if q.predicate.value == SCHEMA + "author"
                   and q.object.value == person and "/claim/" in q.subject.value})
    texts = {q.subject.value: q.object.value for q in quads if q.predicate.value == SCHEMA + "text"}
    assert said, "the seed article quotes Bilisbekov"

    seed_page.click_node(person)

    panel = seed_page.page.locator("#panel")
    assert panel.get_attribute("data-node") == person
    assert panel.locator("h2").text_content() == "Nurgali Bilisbekov"
    shown = panel.locator("li.statement blockquote").all_text_contents()
    for claim in said:
        assert any(texts[claim] in text for text in shown)
    assert "direct quote" in panel.text_content()
    source = panel.locator("li.statement a[href]").first
    assert source.get_attribute("href").startswith("https://iwpr.net/")
    assert source.text_content() == "Kazak Authorities Seek Return of Syria Fighters"


def test_type_toggles_hide_and_show_nodes(seed_page: Page, seed_graph: Path) -> None:
    places = sum(1 for iri in entities(seed_graph / "graph.trig") if "/place/" in iri)
    everything = seed_page.drawn()
    seed_page.page.uncheck("input[data-type=place]")
    assert seed_page.drawn() == everything - places
    seed_page.page.check("input[data-type=place]")
    assert seed_page.drawn() == everything


def test_the_layout_freezes(seed_page: Page) -> None:
    seed_page.page.click("#freeze")
    assert seed_page.js("kgView.network.physics.physicsEnabled") is False
    assert seed_page.page.text_content("#freeze") == "Unfreeze layout"


def test_a_malicious_article_shows_its_text_and_runs_nothing(browser, tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "evil.txt").write_text(MALICIOUS, encoding="utf-8")
    build([tmp_path / "news"], tmp_path / "out")
    html = (tmp_path / "out" / "graph.html").read_text(encoding="utf-8")
    assert "window.__pwned" in html and "<script>window.__pwned" not in html

    page = Page(browser, tmp_path / "out" / "graph.html")
    page.page.hover("#graph")
    page.page.fill("#search", "Jane Doe")
    page.page.press("#search", "Enter")
    assert page.js("typeof window.__pwned") == "undefined"
    quote = page.page.locator("#panel li.statement blockquote").first.text_content()
    assert "</script><script>window.__pwned=5</script>" in quote
    article = page.js("kgView.data.nodes.find(n => n.type === 'article').id")
    page.js(f"kgView.select({article})")
    assert page.page.locator("#panel h2").text_content().startswith("Mayor <script>window.__pwned=1</script>")
    assert page.js("document.querySelectorAll('#panel script, #panel img, [onmouseover]').length") == 0
    assert page.js("typeof window.__pwned") == "undefined"
    page.close()


def test_the_page_is_byte_identical_for_the_same_graph(seed_graph: Path) -> None:
    quads = read_quads(seed_graph / "graph.trig")
    assert view_from_quads(quads) == view_from_quads(list(reversed(quads)))


def test_the_page_does_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    """Python orders sets of strings by a per-process hash: the layout must not follow it."""
    import os
    import subprocess
    import sys

    dev = Path(__file__).resolve().parents[2] / "shared" / "dev"
    sources = [str(Path(__file__).resolve().parents[1] / "seeds")] + sorted(str(p) for p in dev.glob("*.txt"))
    pages = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        subprocess.run([sys.executable, "-m", "kg.cli", "build", *sources, "--out", str(out)], check=True,
                       capture_output=True, env={**os.environ, "PYTHONHASHSEED": seed})
        pages.append((out / "graph.html").read_bytes())
    assert pages[0] == pages[1]


def test_focus_and_top_say_what_they_left_out(seed_graph: Path) -> None:
    network = network_from_quads(read_quads(seed_graph / "graph.trig"))
    near = focus(network, "Zamir Karajanov", hops=1)
    assert "https://example.org/kg/person/zamir-karajanov" in near.nodes
    assert len(near.nodes) < len(network.nodes)
    assert near.note.startswith("Showing the 1-hop neighbourhood of Zamir Karajanov")
    assert "Left out:" in near.note
    assert len(top(network, 5).nodes) == 5
    assert "Left out: 30 nodes" in top(network, 5).note  # 25 entities and 5 topics
    with pytest.raises(ValueError, match="no node named"):
        focus(network, "Nobody At All")


def test_a_focused_page_says_what_was_left_out(browser, seed_graph: Path, tmp_path: Path) -> None:
    path = tmp_path / "focus.html"
    path.write_text(view_from_quads(read_quads(seed_graph / "graph.trig"), focus_name="Karajanov", hops=1),
                    encoding="utf-8")
    page = Page(browser, path)
    assert "Left out:" in page.page.text_content("#note")
    assert page.drawn() == page.js("kgView.data.nodes.length")
    page.close()


@pytest.mark.parametrize("format_name", ["graphml", "gexf"])
def test_export_for_network_tools(seed_graph: Path, tmp_path: Path, format_name: str) -> None:
    from click.testing import CliRunner

    from kg.cli import main

    out = tmp_path / f"graph.{format_name}"
    result = CliRunner().invoke(main, ["export", "--format", format_name, "--graph",
                                       str(seed_graph / "graph.trig"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    graph = (nx.read_graphml if format_name == "graphml" else nx.read_gexf)(out)
    assert graph.number_of_nodes() == len(entities(seed_graph / "graph.trig"))
    assert graph.nodes["https://example.org/kg/person/zamir-karajanov"]["type"] == "person"
