"""The `kg` command: a thin layer over the library; every command calls one library function."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.build import build as build_graph
from kg.curation import CurationError
from kg.extract import extract as extract_article
from kg.models import Extraction
from kg.read import ReadProblem, read_paths
from kg.store import StoreBusy


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg-news")
def main() -> None:
    """Turn news articles into a knowledge graph of who said what."""


def _progress(total_hint: int):
    def wrap(items):
        from tqdm import tqdm

        return tqdm(items, unit="article", disable=None if total_hint >= 50 else True, file=sys.stderr,
                    mininterval=0.5, total=total_hint)  # articles/s, and the time left from the file count
    return wrap


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", type=click.Path(path_type=Path, file_okay=False), default=Path("output"),
              show_default=True, help="Folder for the graph files.")
@click.option("--base", help="IRI base for the graph's nodes (default: $KG_BASE or https://example.org/kg/).")
@click.option("--store", "store_dir", type=click.Path(path_type=Path, file_okay=False),
              help="The persistent store (default: OUT/store).")
@click.option("--curation", type=click.Path(path_type=Path, dir_okay=False),
              help="The curation file (default: curation.yaml in the first folder built, if any).")
@click.option("--rebuild", is_flag=True, help="Start from an empty store instead of updating it.")
@click.option("--jobs", type=click.IntRange(1), default=1, show_default=True, help="Extract in N processes.")
@click.option("--scheduler", help="Extract on a Dask cluster: tcp://HOST:PORT, or 'local' (shards kept in OUT/shards).")
def build(paths: tuple[Path, ...], out_dir: Path, base: str | None, store_dir: Path | None, curation: Path | None,
          rebuild: bool, jobs: int, scheduler: str | None) -> None:
    """Build the graph of the articles in PATHS (default: seeds/) into the store and --out.

    Incremental: unchanged articles are skipped, changed ones replaced, removed ones dropped."""
    paths = paths or (Path("seeds"),)
    files = sum(1 for p in paths for _ in (p.rglob("*") if p.is_dir() else [p]))
    try:
        report = build_graph(paths, out_dir, base=base, curation=curation,
                             on_problem=lambda message: click.echo(f"skipped {message}", err=True),
                             progress=_progress(files), store_dir=store_dir, rebuild=rebuild,
                             jobs=jobs, scheduler=scheduler,
                             on_stage=lambda message: click.echo(f"{message}…", err=True) if files >= 50 else None)
    except (StoreBusy, CurationError, ConnectionError) as error:
        raise click.ClickException(str(error))
    click.echo(report.summary())
    for message in report.curation:
        click.echo(f"curation: {message}", err=True)
    for path in report.written:
        click.echo(f"wrote {path}")
    if not report.articles:
        raise click.ClickException("no article could be read")


@main.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the extraction as JSON.")
@click.option("--explain", is_flag=True, help="Show the rule and evidence behind every fact.")
def extract(file: Path, as_json: bool, explain: bool) -> None:
    """Print what was found in one article, each fact with the sentence it came from."""
    found = False
    for item in read_paths([file]):
        if isinstance(item, ReadProblem):
            click.echo(f"error: {item}", err=True)
            continue
        try:
            extraction = extract_article(item)
        except Exception as error:  # a bug on one article: say which, in one line
            click.echo(f"error: {item.source}: extraction failed ({type(error).__name__}: {error})", err=True)
            continue
        found = True
        if as_json:
            click.echo(extraction.model_dump_json(indent=2, exclude={"article": {"text"}}))
        else:
            click.echo(describe(extraction, explain))
    if not found:
        sys.exit(1)


def describe(extraction: Extraction, explain: bool = False) -> str:
    """A readable account of one extraction."""
    text = extraction.article.text
    names = {(e.kind, e.key): e.name for e in extraction.entities}
    lines = [f"# {extraction.article.title}  ({extraction.article.source})", ""]
    for kind, heading in (("person", "People"), ("organization", "Organisations"), ("place", "Places")):
        entities = [e for e in extraction.entities if e.kind == kind]
        lines.append(f"{heading} ({len(entities)})")
        for entity in entities:
            aliases = f"  also: {', '.join(entity.aliases)}" if entity.aliases else ""
            subtype = f" [{entity.subtype}]" if entity.subtype else ""
            lines.append(f"  {entity.name}{subtype}{aliases}")
            if explain:
                for mention in entity.mentions:
                    lines.append(f"      {mention.rule} @{mention.span.start}-{mention.span.end}: {mention.text!r}")
        lines.append("")
    lines.append(f"Statements ({len(extraction.statements)})")
    for statement in extraction.statements:
        who = names.get((statement.speaker.kind, statement.speaker.key)) if statement.speaker else None
        who = who or f"(unnamed: {statement.speaker_description})"
        to = f" to {names.get((statement.addressee.kind, statement.addressee.key))}" if statement.addressee else ""
        lines.append(f"  [{statement.kind}] {who}{to}: {statement.text!r}")
        lines.append(f"      from: {statement.evidence.of(text)!r}")
        if explain:
            lines.append(f"      rule: {statement.rule}; cue: {statement.cue!r}; "
                         f"content @{statement.content.start}-{statement.content.end}; "
                         f"evidence @{statement.evidence.start}-{statement.evidence.end}")
    lines.append("")
    lines.append(f"Affiliations ({len(extraction.affiliations)})")
    for affiliation in extraction.affiliations:
        lines.append(f"  {names.get(('person', affiliation.person))} — {affiliation.role or '(no role)'} — "
                     f"{names.get(('organization', affiliation.organization))}")
        lines.append(f"      from: {affiliation.evidence.of(text)!r}")
        if explain:
            lines.append(f"      rule: {affiliation.rule}")
    lines.append("")
    lines.append(f"Ties to places ({len(extraction.place_ties)})")
    for tie in extraction.place_ties:
        tie_word = "lies in" if tie.entity.kind == "place" else "based in"
        lines.append(f"  {names.get((tie.entity.kind, tie.entity.key))} — {tie_word} — {names.get(('place', tie.place))}")
        if explain:
            lines.append(f"      rule: {tie.rule}; from: {tie.evidence.of(text)!r}")
    return "\n".join(lines)


@main.command()
@click.option("--graph", "graph_file", type=click.Path(path_type=Path, dir_okay=False),
              default=Path("output/graph.trig"), show_default=True, help="Graph file written by kg build.")
@click.option("--out", "out_file", type=click.Path(path_type=Path, dir_okay=False),
              default=Path("output/graph.html"), show_default=True, help="The page to write.")
@click.option("--focus", "focus_name", help="Show only the neighbourhood of the node with this name.")
@click.option("--hops", type=click.IntRange(0), default=1, show_default=True, help="Links out from --focus.")
@click.option("--top", "top_n", type=click.IntRange(1), help="Show only the N most connected nodes.")
def view(graph_file: Path, out_file: Path, focus_name: str | None, hops: int, top_n: int | None) -> None:
    """Write the interactive who-said-what network: one self-contained HTML page."""
    from kg.view import read_quads, write_view

    if not graph_file.exists():
        raise click.ClickException(f"{graph_file} not found; run kg build first")
    try:
        write_view(read_quads(graph_file), out_file, focus_name=focus_name, hops=hops, top_n=top_n)
    except ValueError as error:
        raise click.ClickException(str(error))
    click.echo(f"wrote {out_file}")


NETWORK_FORMATS = {"graphml": ".graphml", "gexf": ".gexf"}
RDF_FORMATS = ("turtle", "trig", "nquads", "ntriples", "jsonld", "csv")  # filled in by the RDF export


@main.command()
@click.option("--format", "format_name", type=click.Choice([*NETWORK_FORMATS, *RDF_FORMATS]), required=True,
              help="graphml/gexf: the network of the view, for Gephi and other network tools.")
@click.option("--graph", "graph_file", type=click.Path(path_type=Path, dir_okay=False),
              default=Path("output/graph.trig"), show_default=True, help="Graph file written by kg build.")
@click.option("--out", "out_file", type=click.Path(path_type=Path, dir_okay=False),
              help="File to write (default: output/graph.<format>; standard output for the RDF formats).")
@click.option("--store", "store_dir", type=click.Path(path_type=Path, file_okay=False),
              help="The store the RDF formats are read from (default: output/store).")
def export(format_name: str, graph_file: Path, out_file: Path | None, store_dir: Path | None) -> None:
    """Export the graph in another format."""
    if format_name in NETWORK_FORMATS:
        from kg.view import read_quads, write_network

        if not graph_file.exists():
            raise click.ClickException(f"{graph_file} not found; run kg build first")
        out_file = out_file or Path("output") / f"graph{NETWORK_FORMATS[format_name]}"
        write_network(read_quads(graph_file), out_file, format_name)
        click.echo(f"wrote {out_file}")
        return
    # RDF formats: the store's whole dataset (named graphs kept by trig, nquads and jsonld); stdout by default
    from kg.export import export_store
    from kg.store import StoreBusy

    try:
        data = export_store(store_dir or Path("output/store"), format_name, out_file)
    except (StoreBusy, FileNotFoundError) as error:
        raise click.ClickException(str(error))
    if out_file is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        click.echo(f"wrote {out_file}", err=True)


def _store_path(out_dir: Path, store_dir: Path | None) -> Path:
    from kg.store import default_store_dir

    return store_dir or default_store_dir(out_dir)


store_options = [
    click.option("--out", "out_dir", type=click.Path(path_type=Path, file_okay=False), default=Path("output"),
                 show_default=True, help="The build folder whose store to read."),
    click.option("--store", "store_dir", type=click.Path(path_type=Path, file_okay=False),
                 help="The store to read (default: OUT/store)."),
]


def _with_store_options(function):
    for option in reversed(store_options):
        function = option(function)
    return function


@main.command()
@click.argument("sparql", required=False)
@click.option("-f", "--file", "query_file", type=click.Path(path_type=Path, dir_okay=False),
              help="Read the query from a .rq file.")
@click.option("--preset", help="Run a ready-made query from kg/queries/ (see --list).")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE", help="A preset's parameter (repeatable).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table",
              show_default=True, help="How to print SELECT results (CONSTRUCT/DESCRIBE print Turtle).")
@click.option("--list", "list_presets", is_flag=True, help="List the presets and their parameters.")
@_with_store_options
def query(sparql: str | None, query_file: Path | None, preset: str | None, params: tuple[str, ...], fmt: str,
          list_presets: bool, out_dir: Path, store_dir: Path | None) -> None:
    """Ask the store a SPARQL question: SPARQL text, -f FILE.rq, or --preset NAME [--param k=v ...]."""
    from kg.query import QueryError, presets, render, run, run_preset
    from kg.store import StoreBusy, opened

    if list_presets:
        for item in presets().values():
            click.echo(f"{item.name}: {item.title}")
            for parameter in item.parameters:
                flag = " (required)" if parameter.required else (
                    f" (default {parameter.default})" if parameter.default else "")
                click.echo(f"    --param {parameter.name}=<{parameter.kind}>{flag}  {parameter.help}")
        return
    if sum(x is not None for x in (sparql, query_file, preset)) != 1:
        raise click.UsageError("give exactly one of: a SPARQL query, -f FILE, --preset NAME")
    values = {}
    for item in params:
        name, sep, value = item.partition("=")
        if not sep:
            raise click.UsageError(f"--param expects NAME=VALUE, got {item!r}")
        values[name.strip()] = value
    try:
        with opened(_store_path(out_dir, store_dir)) as store:
            if preset:
                result = run_preset(store, preset, values)
            else:
                if values:
                    raise click.UsageError("--param goes with --preset")
                text = query_file.read_text(encoding="utf-8") if query_file else sparql
                result = run(store, text)
    except (QueryError, StoreBusy, FileNotFoundError) as error:
        raise click.ClickException(str(error))
    click.echo(render(result, fmt).rstrip("\n"))

@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--kind", type=click.Choice(["person", "organization", "place"]), help="Only entities of this kind.")
@_with_store_options
def entities(as_json: bool, kind: str | None, out_dir: Path, store_dir: Path | None) -> None:
    """List the entities of the store: names, aliases, types, mentions, articles and why names were merged."""
    from kg.entities import entities as entity_rows, render as render_entities
    from kg.store import StoreBusy, opened

    try:
        with opened(_store_path(out_dir, store_dir)) as store:
            rows = entity_rows(store, kind)
    except (StoreBusy, FileNotFoundError) as error:
        raise click.ClickException(str(error))
    click.echo(render_entities(rows, as_json))


@main.command()
@click.option("--out", "out_dir", type=click.Path(path_type=Path, file_okay=False),
              help="Folder for the JSON Schema files (default: schemas/json).")
def schema(out_dir: Path | None) -> None:
    """Write the JSON Schema of the pipeline's models (generated from the pydantic models)."""
    from kg.schema import write_json_schemas

    for path in write_json_schemas(out_dir):
        click.echo(f"wrote {path}")


@main.command()
@click.argument("graph", required=False, type=click.Path(path_type=Path, dir_okay=False),
                default=Path("output/graph.trig"))
def validate(graph: Path) -> None:
    """Check GRAPH (default output/graph.trig) against the data model's SHACL shapes (schemas/shapes.ttl)."""
    from kg.validate import validate as check

    if not graph.exists():
        raise click.ClickException(f"{graph} not found; run kg build first")
    try:
        violations = check(graph)
    except (ValueError, SyntaxError) as error:
        raise click.ClickException(" ".join(str(error).split()))
    for violation in violations:
        click.echo(str(violation))
    if violations:
        raise click.ClickException(f"{len(violations)} violation{'s' if len(violations) != 1 else ''} in {graph}")
    click.echo(f"{graph} conforms to the data model")


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback by default).")
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True)
@click.option("--writable", is_flag=True, help="Accept SPARQL Update at /update (and hold the store's lock).")
@_with_store_options
def serve(host: str, port: int, writable: bool, out_dir: Path, store_dir: Path | None) -> None:
    """Serve the store as a SPARQL 1.1 endpoint (/sparql) beside the network page (/); Ctrl-C stops it."""
    from kg.serve import serve as run_server
    from kg.store import StoreBusy

    try:
        run_server(_store_path(out_dir, store_dir), out_dir / "graph.html", host=host, port=port,
                   writable=writable, on_ready=lambda url: click.echo(
                       f"SPARQL endpoint {url}/sparql{' (update: ' + url + '/update)' if writable else ''}; "
                       f"page {url}/; Ctrl-C stops", err=True))
    except (StoreBusy, FileNotFoundError, OSError) as error:
        raise click.ClickException(" ".join(str(error).split()))


@main.command()
@click.option("--endpoint", help="The server's SPARQL 1.1 Update endpoint (e.g. http://127.0.0.1:7878/update).")
@click.option("--graph-store", help="Its Graph Store Protocol endpoint instead (e.g. http://127.0.0.1:7878/store).")
@click.option("--retries", type=click.IntRange(0), default=5, show_default=True,
              help="Retries of a failed request, with exponential backoff.")
@_with_store_options
def push(endpoint: str | None, graph_store: str | None, retries: int, out_dir: Path, store_dir: Path | None) -> None:
    """Upload the graph to a triplestore, one named graph per article, replacing what was there.

    Credentials come from the environment: KG_PUSH_TOKEN, or KG_PUSH_USER and KG_PUSH_PASSWORD."""
    from kg.push import PushError, push as run_push
    from kg.store import StoreBusy

    try:
        report = run_push(_store_path(out_dir, store_dir), endpoint=endpoint, graph_store=graph_store,
                          retries=retries, progress=lambda items: __import__("tqdm").tqdm(
                              items, unit="graph", file=sys.stderr, disable=None, mininterval=0.5))
    except (PushError, StoreBusy, FileNotFoundError) as error:
        raise click.ClickException(str(error))
    click.echo(report.summary(graph_store or endpoint))


if __name__ == "__main__":
    main()
