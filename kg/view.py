"""The interactive who-said-what network: one self-contained HTML page read from the graph's quads.

The page is built from the RDF the build wrote (not from extraction objects), so `kg view` works on any
graph file. Node and edge data are built in one pass and laid out here, in Python, so that the browser
starts from settled positions: pyvis's node-by-node API is quadratic and vis-network's own physics takes
minutes past ~1,500 nodes. vis-network is inlined (no CDN), every article string travels as escaped
JSON and is put on the page as text, and the same input gives a byte-identical page.
"""

from __future__ import annotations

import difflib
import html
import json
import math
import random
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any

from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, parse

from kg.rdf import KG, ORG, RDF, RDFS, SCHEMA

NODE_TYPES = ("person", "organization", "place", "article", "topic")
TYPE_OF_CLASS = {SCHEMA + "Person": "person", SCHEMA + "Organization": "organization",
                 SCHEMA + "Place": "place", SCHEMA + "NewsArticle": "article",
                 "http://www.w3.org/2004/02/skos/core#Concept": "topic"}  # topics and issues of positions
GRAPH_FORMATS = {".trig": RdfFormat.TRIG, ".nq": RdfFormat.N_QUADS, ".ttl": RdfFormat.TURTLE,
                 ".nt": RdfFormat.N_TRIPLES, ".jsonld": RdfFormat.JSON_LD}
PHYSICS_LIMIT = 1500  # above this many nodes the page opens frozen at the computed layout


@dataclass
class Network:
    """The view's graph: nodes and aggregated edges, with everything the side panel shows."""

    nodes: dict[str, dict[str, Any]] = field(default_factory=dict)
    edges: list[dict[str, Any]] = field(default_factory=list)
    statements: list[dict[str, Any]] = field(default_factory=list)
    note: str = ""

    def neighbours(self) -> dict[str, set[str]]:
        adjacent: dict[str, set[str]] = {node: set() for node in self.nodes}
        for edge in self.edges:
            adjacent[edge["from"]].add(edge["to"])
            adjacent[edge["to"]].add(edge["from"])
        return adjacent


def _value(term: Any) -> str:
    return term.value if isinstance(term, (Literal, NamedNode)) else str(term)


def network_from_quads(quads: Iterable[Quad]) -> Network:
    """People, organisations, places and articles, linked by who said what, affiliations and place ties."""
    props: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for quad in quads:
        props[_value(quad.subject)][quad.predicate.value].append(_value(quad.object))
    for subject in props.values():
        for values in subject.values():
            values[:] = sorted(set(values))

    def one(subject: str, predicate: str) -> str | None:
        values = props.get(subject, {}).get(predicate)
        return values[0] if values else None

    network = Network()
    for subject in sorted(props):
        types = [TYPE_OF_CLASS[c] for c in props[subject].get(RDF + "type", []) if c in TYPE_OF_CLASS]
        if not types:
            continue
        kind = types[0]
        if kind == "article":
            title = one(subject, SCHEMA + "headline") or one(subject, SCHEMA + "identifier") or subject
            names = [title]
        elif kind == "topic":
            names = [one(subject, "http://www.w3.org/2004/02/skos/core#prefLabel") or subject.rsplit("/", 1)[-1]]
        else:
            name = one(subject, SCHEMA + "name") or subject.rsplit("/", 1)[-1]
            names = [name] + [a for a in props[subject].get(SCHEMA + "alternateName", []) if a != name]
        url = one(subject, SCHEMA + "url")
        network.nodes[subject] = {
            "id": subject, "type": kind, "label": names[0], "names": names,
            "url": url if url and re.match(r"https?://", url) else None,
            "date": one(subject, SCHEMA + "datePublished"),
            "mentions": 0, "said": 0, "heard": 0, "statements": [], "affiliations": [], "articles": [],
        }
    nodes = network.nodes
    aggregated: dict[tuple[str, str, str], dict[str, Any]] = {}

    def link(kind: str, source: str, target: str, label: str = "") -> dict[str, Any] | None:
        if source not in nodes or target not in nodes or source == target:
            return None
        edge = aggregated.setdefault((kind, source, target), {"kind": kind, "from": source, "to": target,
                                                              "labels": set(), "count": 0})
        edge["count"] += 1
        if label:
            edge["labels"].add(label)
        return edge

    for article in sorted(a for a, n in nodes.items() if n["type"] == "article"):
        for entity in props[article].get(SCHEMA + "mentions", []):
            if entity in nodes:
                nodes[entity]["mentions"] += 1
                nodes[entity]["articles"].append(article)
                link("mention", article, entity)
    claims = sorted(s for s, p in props.items() if SCHEMA + "Claim" in p.get(RDF + "type", []))
    for claim in claims:
        speaker = one(claim, SCHEMA + "author")
        addressee = one(claim, KG + "addressee")
        article = one(claim, SCHEMA + "appearance")
        index = len(network.statements)
        network.statements.append({
            "text": one(claim, SCHEMA + "text") or "", "kind": one(claim, KG + "kind") or "",
            "cue": one(claim, KG + "cue") or "", "speaker": speaker if speaker in nodes else None,
            "who": one(claim, KG + "speakerDescription") or "",
            "addressee": addressee if addressee in nodes else None,
            "article": article if article in nodes else None,
        })
        for party in {speaker, addressee, article}:
            if party in nodes:
                nodes[party]["statements"].append(index)
        if speaker in nodes:
            nodes[speaker]["said"] += 1
            link("statement", speaker, addressee if addressee in nodes else article or "", "to" if addressee in nodes else "in")
        if addressee in nodes:
            nodes[addressee]["heard"] += 1
    memberships = sorted(s for s, p in props.items() if ORG + "Membership" in p.get(RDF + "type", []))
    for membership in memberships:
        person, organization = one(membership, ORG + "member"), one(membership, ORG + "organization")
        role = one(membership, ORG + "role")
        label = (one(role, RDFS + "label") or "") if role else ""
        if link("affiliation", person or "", organization or "", label or "member"):
            entry = {"person": person, "organization": organization, "role": label,
                     "article": one(membership, "http://www.w3.org/ns/prov#wasDerivedFrom")}
            nodes[person]["affiliations"].append(entry)
            nodes[organization]["affiliations"].append(entry)
    for subject in sorted(props):
        for predicate, kind, label in ((SCHEMA + "workLocation", "place", "based in"),
                                       (SCHEMA + "location", "place", "located in"),
                                       (ORG + "subOrganizationOf", "part-of", "part of"),
                                       (KG + "favours", "for", "for"), (KG + "opposes", "against", "against"),
                                       (SCHEMA + "about", "mention", "about")):
            for target in props[subject].get(predicate, []):
                link(kind, subject, target, label)
        for head in props[subject].get(ORG + "headOf", []):
            edge = aggregated.get(("affiliation", subject, head))
            if edge:
                edge["labels"].add("head")
    for key in sorted(aggregated):
        edge = aggregated[key]
        edge["labels"] = sorted(edge["labels"])
        network.edges.append(edge)
    for node in nodes.values():
        node["articles"] = sorted(set(node["articles"]))
    return network


def read_quads(path: Path) -> list[Quad]:
    """The quads of a graph file the build wrote (TriG by default; format from the suffix)."""
    rdf_format = GRAPH_FORMATS.get(path.suffix.lower(), RdfFormat.TRIG)
    with path.open("rb") as stream:
        return list(parse(stream, format=rdf_format))


def find_node(network: Network, name: str) -> str:
    """The node one of whose names is `name` (exactly, ignoring case; else the single closest)."""
    wanted = name.casefold().strip()
    exact = sorted(i for i, n in network.nodes.items() if any(x.casefold() == wanted for x in n["names"]))
    if exact:
        return max(exact, key=lambda i: (len(network.nodes[i]["statements"]), network.nodes[i]["mentions"]))
    partial = sorted(i for i, n in network.nodes.items() if any(wanted in x.casefold() for x in n["names"]))
    if len(partial) == 1:
        return partial[0]
    choices = sorted({x for n in network.nodes.values() for x in n["names"]})
    close = partial and [network.nodes[i]["label"] for i in partial[:8]] \
        or difflib.get_close_matches(name, choices, n=5, cutoff=0.5)
    hint = f"; did you mean: {', '.join(close)}?" if close else ""
    raise ValueError(f"no node named {name!r}{hint}")


def _keep(network: Network, keep: set[str], note: str) -> Network:
    left_out = [n for i, n in network.nodes.items() if i not in keep]
    by_type = defaultdict(int)
    for node in left_out:
        by_type[node["type"]] += 1
    edges = [e for e in network.edges if e["from"] in keep and e["to"] in keep]
    counts = ", ".join(f"{by_type[t]:,} {PLURAL[t]}" for t in NODE_TYPES if by_type[t])
    if left_out:
        note += (f" Left out: {len(left_out):,} nodes ({counts}) and {len(network.edges) - len(edges):,} links."
                 " Their statements still appear in the panels of the nodes shown.")
    return Network({i: n for i, n in network.nodes.items() if i in keep}, edges, network.statements, note.strip())


PLURAL = {"person": "people", "organization": "organisations", "place": "places", "article": "articles",
          "topic": "topics"}


def focus(network: Network, name: str, hops: int = 1) -> Network:
    """The neighbourhood of one entity: everything within `hops` links of it."""
    start = find_node(network, name)
    adjacent = network.neighbours()
    keep, frontier = {start}, {start}
    for _ in range(max(hops, 0)):
        frontier = {n for f in frontier for n in adjacent[f]} - keep
        keep |= frontier
    label = network.nodes[start]["label"]
    return _keep(network, keep, f"Showing the {hops}-hop neighbourhood of {label}: "
                                f"{len(keep):,} of {len(network.nodes):,} nodes.")


def top(network: Network, count: int) -> Network:
    """The `count` most connected nodes, so that a big corpus stays readable."""
    adjacent = network.neighbours()
    ranked = sorted(network.nodes, key=lambda i: (-len(adjacent[i]), -network.nodes[i]["said"], i))
    if count >= len(ranked):
        return network
    return _keep(network, set(ranked[:count]), f"Showing the {count:,} most connected of "
                                               f"{len(network.nodes):,} nodes.")


def layout(network: Network, seed: int = 7) -> dict[str, tuple[int, int]]:
    """Starting positions: force-directed per connected component (grid-bucketed, so near-linear), packed.

    Pure Python on purpose (no numpy in the dependencies); rounded to whole pixels so the page is
    byte-stable.
    """
    adjacent = network.neighbours()
    seen: set[str] = set()
    components: list[list[str]] = []
    for start in sorted(network.nodes):
        if start in seen:
            continue
        seen.add(start)
        component, queue = [], [start]
        while queue:
            node = queue.pop()
            component.append(node)
            for other in sorted(adjacent[node]):
                if other not in seen:
                    seen.add(other)
                    queue.append(other)
        components.append(sorted(component))
    components.sort(key=lambda c: (-len(c), c[0]))
    k = 110.0
    placed: list[tuple[list[str], dict[str, tuple[float, float]], float]] = []
    for component in components:
        positions = _force_layout(component, adjacent, k, random.Random(seed))
        xs = [p[0] for p in positions.values()]
        ys = [p[1] for p in positions.values()]
        cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
        radius = max(max(xs) - min(xs), max(ys) - min(ys)) / 2 + k / 2
        placed.append((component, {n: (x - cx, y - cy) for n, (x, y) in positions.items()}, radius))
    result: dict[str, tuple[int, int]] = {}
    if not placed:
        return result
    # the biggest component in the middle, the rest in rows underneath it
    main_radius = placed[0][2]
    rest_area = sum((2 * radius + k / 2) ** 2 for _, _, radius in placed[1:])
    row_width = max(2 * main_radius, 6 * k, math.sqrt(rest_area) * 1.2)  # the rest packs roughly square
    x, y, row_height = -row_width / 2, main_radius + k, 0.0
    for index, (component, positions, radius) in enumerate(placed):
        if index == 0:
            ox, oy = 0.0, 0.0
        else:
            if x + 2 * radius > row_width / 2 and x > -row_width / 2:
                x, y, row_height = -row_width / 2, y + row_height + k / 2, 0.0
            ox, oy = x + radius, y + radius
            x += 2 * radius + k / 2
            row_height = max(row_height, 2 * radius)
        for node, (px, py) in positions.items():
            result[node] = (round(px + ox), round(py + oy))
    return result


def _force_layout(nodes: list[str], adjacent: dict[str, set[str]], k: float,
                  rng: random.Random) -> dict[str, tuple[float, float]]:
    """Fruchterman-Reingold with repulsion only between nodes in neighbouring grid cells."""
    n = len(nodes)
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    index = {node: i for i, node in enumerate(nodes)}
    # sorted: a set's order follows the string hash, which changes from run to run
    links = [(index[a], index[b]) for a in nodes for b in sorted(adjacent[a]) if index.get(b, -1) > index[a]]
    side = k * math.sqrt(n) * 1.2
    # start from rings around the best-connected node, so few iterations are needed
    order = sorted(range(n), key=lambda i: (-len(adjacent[nodes[i]]), nodes[i]))
    xs, ys = [0.0] * n, [0.0] * n
    for rank, i in enumerate(order):
        r = k * 0.9 * math.sqrt(rank)
        angle = rank * 2.399963 + rng.random() * 0.1
        xs[i], ys[i] = r * math.cos(angle), r * math.sin(angle)
    iterations = 60 if n <= 300 else 30 if n <= 1500 else 20
    temperature = side / 8
    cell = 1.5 * k  # repulsion reaches 1.5 k: far nodes barely push, and skipping them keeps this near-linear
    for step in range(iterations):
        dx, dy = [0.0] * n, [0.0] * n
        grid: dict[tuple[int, int], list[int]] = defaultdict(list)
        for i in range(n):
            grid[(int(xs[i] // cell), int(ys[i] // cell))].append(i)
        k2 = k * k
        for (gx, gy), members in grid.items():
            near = [j for ox in (-1, 0, 1) for oy in (-1, 0, 1) for j in grid.get((gx + ox, gy + oy), ())]
            for i in members:
                xi, yi, fx, fy = xs[i], ys[i], 0.0, 0.0
                for j in near:
                    if j == i:
                        continue
                    ddx, ddy = xi - xs[j], yi - ys[j]
                    d2 = ddx * ddx + ddy * ddy
                    if d2 < 0.01:
                        ddx, ddy, d2 = 0.1 * ((i - j) % 3 - 1) + 0.05, 0.1, 0.02
                    if d2 < 2.25 * k2:
                        f = k2 / d2
                        fx += ddx * f
                        fy += ddy * f
                dx[i] += fx
                dy[i] += fy
        for a, b in links:
            ddx, ddy = xs[a] - xs[b], ys[a] - ys[b]
            d = math.sqrt(ddx * ddx + ddy * ddy) or 0.01
            f = d / k
            dx[a] -= ddx * f
            dy[a] -= ddy * f
            dx[b] += ddx * f
            dy[b] += ddy * f
        for i in range(n):  # a weak pull to the centre keeps loose parts from drifting off
            dx[i] -= xs[i] * 0.02
            dy[i] -= ys[i] * 0.02
            d = math.sqrt(dx[i] * dx[i] + dy[i] * dy[i])
            if d > 0:
                move = min(d, temperature)
                xs[i] += dx[i] / d * move
                ys[i] += dy[i] / d * move
        temperature = max(temperature * 0.9, k / 10)
    return {node: (xs[i], ys[i]) for i, node in enumerate(nodes)}


def page_data(network: Network) -> dict[str, Any]:
    """The compact JSON the page reads: nodes with positions, edges, statements, articles."""
    positions = layout(network)
    ids = sorted(network.nodes)
    number = {node: i for i, node in enumerate(ids)}
    articles = {i: network.nodes[i] for i in ids if network.nodes[i]["type"] == "article"}
    nodes = []
    for node_id in ids:
        node = network.nodes[node_id]
        x, y = positions[node_id]
        nodes.append({
            "id": number[node_id], "type": node["type"], "names": node["names"], "x": x, "y": y,
            "iri": node_id, "mentions": node["mentions"], "said": node["said"], "heard": node["heard"],
            "url": node["url"], "date": node["date"], "statements": node["statements"],
            "affiliations": [[number.get(a["person"], -1), number.get(a["organization"], -1), a["role"],
                              number.get(a["article"], -1)] for a in node["affiliations"]],
            "articles": [number[a] for a in node["articles"] if a in number],
        })
    edges = [[number[e["from"]], number[e["to"]], e["kind"], e["count"], e["labels"]] for e in network.edges]
    statements = [[s["text"], s["kind"], s["cue"], number.get(s["speaker"], -1), s["who"],
                   number.get(s["addressee"], -1), number.get(s["article"], -1)]
                  for s in network.statements]
    extra = {a: n for a, n in articles.items()}
    return {"nodes": nodes, "edges": edges, "statements": statements, "note": network.note,
            "physics": len(nodes) <= PHYSICS_LIMIT, "articleCount": len(extra)}


def safe_json(data: Any) -> str:
    """JSON that cannot end or comment out the <script> element it sits in."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _asset(name: str) -> str:
    return files("kg").joinpath("templates", name).read_text(encoding="utf-8")


def render(network: Network, title: str = "Who said what") -> str:
    """The self-contained page for a network."""
    vis = _asset("vis-network.min.js")
    if re.search(r"</script|<!--", vis, re.IGNORECASE):
        raise RuntimeError("the inlined vis-network script contains a sequence that would end its element")
    parts = {"TITLE": html.escape(title), "CSS": _asset("view.css"), "VIS": vis, "APP": _asset("view.js"),
             "DATA": safe_json(page_data(network))}
    return re.sub(r"/\*KG:(TITLE|CSS|VIS|APP|DATA)\*/", lambda m: parts[m.group(1)], _asset("view.html"))


def view_from_quads(quads: Iterable[Quad], focus_name: str | None = None, hops: int = 1,
                    top_n: int | None = None, title: str = "Who said what") -> str:
    """The page for the graph in `quads`, optionally narrowed to one neighbourhood or the top nodes."""
    network = network_from_quads(quads)
    if focus_name:
        network = focus(network, focus_name, hops)
    if top_n:
        network = top(network, top_n)
    return render(network, title)


def view_from_file(graph: Path, **options: Any) -> str:
    """The page for a graph file written by `kg build` (output/graph.trig)."""
    return view_from_quads(read_quads(graph), **options)


def write_view(quads: Iterable[Quad], path: Path, **options: Any) -> Path:
    """Write the page atomically (the build calls this for output/graph.html)."""
    from kg.serialise import atomic_write

    with atomic_write(path, "w") as stream:
        stream.write(view_from_quads(quads, **options))
    return path


def to_networkx(network: Network):
    """The same network as a networkx MultiDiGraph, for GraphML and GEXF (Gephi, Cytoscape)."""
    import networkx as nx

    graph = nx.MultiDiGraph()
    positions = layout(network)
    for node_id in sorted(network.nodes):
        node = network.nodes[node_id]
        x, y = positions[node_id]
        graph.add_node(node_id, label=node["label"], type=node["type"], mentions=node["mentions"],
                       statements=node["said"], names=" | ".join(node["names"]), url=node["url"] or "",
                       x=float(x), y=float(y))
    for edge in network.edges:
        graph.add_edge(edge["from"], edge["to"], key=edge["kind"], kind=edge["kind"],
                       label=", ".join(edge["labels"]) or edge["kind"], weight=edge["count"])
    return graph


def write_network(quads: Iterable[Quad], path: Path, format_name: str) -> Path:
    """Write the network as GraphML or GEXF."""
    import networkx as nx

    from kg.serialise import atomic_write

    graph = to_networkx(network_from_quads(quads))
    writer = {"graphml": nx.write_graphml, "gexf": nx.write_gexf}[format_name]
    with atomic_write(path, "wb") as stream:
        writer(graph, stream)
    return path


BUILD_VIEW_LIMIT = 2000  # `kg build` shows at most this many of the most connected nodes


def write_build_view(quads: Iterable[Quad], out_dir: Path) -> Path:
    """`output/graph.html` for `kg build`: the whole graph, or its most connected part when it is big."""
    return write_view(quads, Path(out_dir) / "graph.html", top_n=BUILD_VIEW_LIMIT)
