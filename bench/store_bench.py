"""Benchmark the store at 10,000 and 100,000 articles: load, every preset, a bulk export; rdflib beside it.

    .venv/bin/python bench/store_bench.py [--sizes 10000 100000] [--rdflib-max 10000] [--work DIR]

The corpus is replicated from real output: the seed and the dev set (../shared/dev) are built once, and
each of their article graphs becomes a template; article N is template N mod T with every article,
claim, membership and graph IRI renamed, and each person, organisation and place mapped to one of a
pool of entities (a skewed draw, so some people are quoted in thousands of articles, as in real news).
The replicas are written as N-Quads and bulk-loaded; then the derived graph is made by
`kg.store.derived_quads`, from counts read out of the store by SPARQL (`kg build` has them without
reading: its identity step counts them from each article's records). Results go to bench/results/
(JSON) and are printed as a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pyoxigraph import RdfFormat, Store  # noqa: E402

from kg.build import build  # noqa: E402
from kg.query import run, run_preset  # noqa: E402
from kg.rdf import Vocabulary  # noqa: E402
from kg.serialise import canonical  # noqa: E402
from kg.store import Tally, data_quads, derived_quads  # noqa: E402

BASE = "https://example.org/kg/"
ENTITY = re.compile(r"<" + re.escape(BASE) + r"(person|org|place)/([^>#/]+)(#[^>]*)?>")
NAME = re.compile(r'^(<' + re.escape(BASE) + r'(?:person|org|place)/[^>]+>) '
                  r'(<https://schema.org/(?:name|alternateName)>) "((?:[^"\\]|\\.)*)"')
POOL = {"person": 20000, "org": 5000, "place": 2000}


def templates(work: Path) -> list[list[str]]:
    """N-Quads lines of each real article graph (seed + dev set), built once."""
    corpus = work / "templates"
    corpus.mkdir(parents=True, exist_ok=True)
    for path in [ROOT / "seeds" / "kazak-authorities-seek-return-syria-fighters.txt",
                 *sorted((ROOT.parent / "shared" / "dev").glob("*.txt"))]:
        shutil.copy(path, corpus / path.name)
    out = work / "template-build"
    build([corpus], out, formats=("nquads",), rebuild=True)
    by_graph: dict[str, list[str]] = {}
    for line in (out / "graph.nq").read_text(encoding="utf-8").splitlines():
        graph = line.rsplit(" ", 2)[-2]
        if graph.endswith("/graph/derived>"):
            continue
        by_graph.setdefault(graph, []).append(line)
    return [by_graph[g] for g in sorted(by_graph)]


def compile_template(lines: list[str]) -> tuple[str, list[tuple[str, str]]]:
    """A format string with {a} for the article suffix and {e0}, {e1}… for entity numbers."""
    slug = re.search(r"/graph/([^>]+)>", lines[0]).group(1)
    entities: dict[tuple[str, str], int] = {}

    def entity(match: re.Match) -> str:
        key = (match.group(1), match.group(2))
        index = entities.setdefault(key, len(entities))
        return f"<{BASE}{match.group(1)}/{match.group(2)}-{{e{index}}}{match.group(3) or ''}>"

    out = []
    for line in lines:
        line = line.replace("{", "{{").replace("}", "}}")
        name = NAME.match(line)
        if name:  # the entity's names carry its pool number too, so names stay unique per entity
            line = line[: name.end() - 1] + " {e" + str(entities.setdefault(
                tuple(ENTITY.match(name.group(1)).group(1, 2)), len(entities))) + "}" + line[name.end() - 1:]
        line = ENTITY.sub(entity, line)
        line = line.replace(f"/{slug}>", f"/{slug}-{{a}}>").replace(f"/{slug}/", f"/{slug}-{{a}}/")
        line = line.replace(f"/{slug}#", f"/{slug}-{{a}}#").replace(f'"{slug}"', f'"{slug}-{{a}}"')
        out.append(line)
    kinds = [k for (k, _), _ in sorted(entities.items(), key=lambda kv: kv[1])]
    return "\n".join(out) + "\n", kinds


def write_corpus(path: Path, size: int, compiled: list, seed: int = 5) -> int:
    rng = random.Random(seed)
    lines = 0
    with path.open("w", encoding="utf-8") as stream:
        for number in range(size):
            text, kinds = compiled[number % len(compiled)]
            # a skewed draw: pool ** U gives a few very frequent entities and a long tail
            numbers = {f"e{i}": int(POOL[k] ** rng.random()) for i, k in enumerate(kinds)}
            chunk = text.format(a=number, **numbers)
            stream.write(chunk)
            lines += chunk.count("\n")
    return lines


def tally_of(store: Store) -> Tally:
    """The derived graph's counts read out of a store that has no identity step behind it."""
    tally = Tally()
    people = {row[0] for row in store.query("SELECT DISTINCT ?p WHERE { GRAPH ?g { ?p a <https://schema.org/Person> } }")}
    for graph, person, claims in store.query(
            'SELECT ?g ?p (COUNT(?c) AS ?n) WHERE { GRAPH ?g { ?c <https://schema.org/author> ?p } '
            'FILTER(CONTAINS(STR(?c), "/claim/")) } GROUP BY ?g ?p'):
        if person in people:
            tally.speaker(graph.value, person.value, int(claims.value))
    for node, name, graphs in store.query(
            f'SELECT ?e ?name (COUNT(?g) AS ?n) WHERE {{ GRAPH ?g {{ ?e <https://schema.org/name> ?name }} '
            f'FILTER(STRSTARTS(STR(?e), "{BASE}person/") || STRSTARTS(STR(?e), "{BASE}org/")) }} GROUP BY ?e ?name'):
        tally.names.setdefault(node.value, Counter())[name.value] += int(graphs.value)
    return tally


def timed(function, repeat: int = 1) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def popular(store: Store, kind: str) -> str:
    """A name for an entity lookup: the top speaker, or the organisation with the most members."""
    if kind == "person":
        rows = run(store, "SELECT ?name WHERE { ?p kg:speakerRank 1 ; rdfs:label ?name } LIMIT 1").rows
    else:
        rows = run(store, "SELECT ?name WHERE { ?m org:organization ?o . ?o rdfs:label ?name } LIMIT 1").rows
    return rows[0][0].value


def bench_size(size: int, compiled: list, work: Path, rdflib_max: int, export: bool = True) -> dict:
    result: dict = {"articles": size}
    corpus = work / f"corpus-{size}.nq"
    seconds, lines = timed(lambda: write_corpus(corpus, size, compiled))
    result["quads"] = lines
    result["generate_s"] = round(seconds, 1)
    store_dir = work / f"store-{size}"
    shutil.rmtree(store_dir, ignore_errors=True)
    store = Store(str(store_dir))
    # lenient, as `kg build` loads its spool: the corpus is our serialiser's output
    result["load_bulk_s"], _ = timed(lambda: store.bulk_load(path=str(corpus), format=RdfFormat.N_QUADS, lenient=True))
    vocabulary = Vocabulary(BASE)
    derived_graph = vocabulary.graph("derived")

    def derive():
        quads = list(derived_quads(tally_of(store), vocabulary))
        store.bulk_extend(quads)
        return len(quads)

    result["derive_s"], result["derived_quads"] = timed(derive)
    store.optimize()
    result["store_mb"] = round(sum(p.stat().st_size for p in store_dir.rglob("*") if p.is_file()) / 1e6)
    person, org = popular(store, "person"), popular(store, "org")
    params = {
        "everything-one-person-said": {"person": person},
        "co-quoted": {"person": person},
        "org-people": {"org": org},
        "affiliations": {"name": person},
        "statements-mentioning": {"entity": org},
        "top-speakers": {},
        "top-co-quoted": {},
        "who-said-what": {"about": org},
    }
    presets = {}
    for name, values in params.items():
        repeat = 7 if name not in ("who-said-what", "statements-mentioning") else 3
        seconds, answer = timed(lambda: run_preset(store, name, values), repeat)
        presets[name] = {"median_ms": round(seconds * 1000, 1), "rows": len(answer.rows)}
    result["presets"] = presets
    # the worst case above is the most-quoted person; the median lookup is over speakers of every rank
    sample = run(store, "SELECT ?name WHERE { VALUES ?r { 1 " + " ".join(map(str, range(50, 1001, 50))) + " } "
                        "?p kg:speakerRank ?r ; rdfs:label ?name } ORDER BY ?r").rows
    spread = {}
    for name in ("everything-one-person-said", "co-quoted"):
        times = [timed(lambda: run_preset(store, name, {"person": row[0].value}), 3)[0] for row in sample]
        spread[name] = {"speakers": len(times), "median_ms": round(statistics.median(times) * 1000, 1),
                        "max_ms": round(max(times) * 1000, 1)}
    result["lookups_over_ranks_1_to_1000"] = spread
    # the aggregate a store without the derived graph would have to compute at query time
    result["top_speakers_by_aggregation_s"], _ = timed(lambda: run(store, """
        SELECT ?p (COUNT(?c) AS ?n) WHERE { ?c a schema:Claim ; schema:author ?p . ?p a schema:Person }
        GROUP BY ?p ORDER BY DESC(?n) LIMIT 20""").rows)
    dump = work / f"dump-{size}.nq"
    if export:
        result["export_nquads_dump_s"], _ = timed(lambda: store.dump(str(dump), format=RdfFormat.N_QUADS))
    if size <= rdflib_max:
        result["export_sorted_nquads_s"], _ = timed(lambda: len(canonical(data_quads(store), True)))
    del store
    if size <= rdflib_max:
        result["rdflib"] = bench_rdflib(corpus, person, org, aggregate=size <= 300)
    for path in (corpus, dump):
        path.unlink(missing_ok=True)
    shutil.rmtree(store_dir, ignore_errors=True)
    return result


def bench_rdflib(corpus: Path, person: str, org: str, aggregate: bool = True) -> dict:
    import resource

    from rdflib import Dataset
    from rdflib import Literal as RLiteral

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    dataset = Dataset(default_union=True)
    load, _ = timed(lambda: dataset.parse(str(corpus), format="nquads"))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    prefixes = ("PREFIX schema: <https://schema.org/> PREFIX kg: <https://w3id.org/kg-news/ns#> "
                "PREFIX org: <http://www.w3.org/ns/org#> ")
    one, rows = timed(lambda: list(dataset.query(prefixes + """
        SELECT DISTINCT ?text WHERE { ?p schema:name ?name ; a schema:Person .
          ?c schema:author ?p ; schema:text ?text }""", initBindings={"name": RLiteral(person)})), 3)
    org_people, _ = timed(lambda: list(dataset.query(prefixes + """
        SELECT DISTINCT ?person WHERE { ?o schema:name ?name . ?m org:organization ?o ; org:member ?p .
          ?p schema:name ?person }""", initBindings={"name": RLiteral(org)})), 3)
    top = None
    if aggregate:
        top, _ = timed(lambda: list(dataset.query(prefixes + """
            SELECT ?p (COUNT(?c) AS ?n) WHERE { ?c a schema:Claim ; schema:author ?p . ?p a schema:Person }
            GROUP BY ?p ORDER BY DESC(?n) LIMIT 20""")))
    return {"load_s": round(load, 1), "peak_rss_mb": round(peak / 1024),
            "rss_growth_mb": round((peak - before) / 1024),
            "everything_one_person_said_ms": round(one * 1000, 1), "rows": len(rows),
            "org_people_ms": round(org_people * 1000, 1), "top_speakers_aggregation_s": round(top, 2) if top is not None else "not run"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000, 100000])
    parser.add_argument("--rdflib-max", type=int, default=10000)
    parser.add_argument("--work", type=Path, default=None)
    parser.add_argument("--no-export", action="store_true", help="skip the export timings (the slowest part)")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="kg-bench-"))
    compiled = [compile_template(lines) for lines in templates(work)]
    results = []
    for size in args.sizes:
        result = bench_size(size, compiled, work, args.rdflib_max, export=not args.no_export)
        results.append(result)
        print(json.dumps(result, indent=1), flush=True)
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / f"store-{time.strftime('%Y%m%d-%H%M%S')}.json").write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
