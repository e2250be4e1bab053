"""The `kg` command: a thin layer over the library; every command calls one library function."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from kg.build import build as build_graph
from kg.extract import extract as extract_article
from kg.models import Extraction
from kg.read import ReadProblem, read_paths


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg-news")
def main() -> None:
    """Turn news articles into a knowledge graph of who said what."""


def _progress(total_hint: int):
    def wrap(items):
        from tqdm import tqdm

        return tqdm(items, unit="article", disable=None if total_hint >= 50 else True, file=sys.stderr,
                    mininterval=0.5)
    return wrap


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", type=click.Path(path_type=Path, file_okay=False), default=Path("output"),
              show_default=True, help="Folder for the graph files.")
@click.option("--base", help="IRI base for the graph's nodes (default: $KG_BASE or https://example.org/kg/).")
def build(paths: tuple[Path, ...], out_dir: Path, base: str | None) -> None:
    """Build the graph of the articles in PATHS (default: seeds/) into --out."""
    paths = paths or (Path("seeds"),)
    files = sum(1 for p in paths for _ in (p.rglob("*") if p.is_dir() else [p]))
    report = build_graph(paths, out_dir, base=base,
                         on_problem=lambda message: click.echo(f"skipped {message}", err=True),
                         progress=_progress(files))
    click.echo(report.summary())
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
        found = True
        extraction = extract_article(item)
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
    for tie in extraction.place_ties:
        lines.append(f"  {names.get((tie.entity.kind, tie.entity.key))} — based in — {names.get(('place', tie.place))}")
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
              help="File to write (default: output/graph.<format>).")
def export(format_name: str, graph_file: Path, out_file: Path | None) -> None:
    """Export the graph in another format."""
    if format_name in NETWORK_FORMATS:
        from kg.view import read_quads, write_network

        if not graph_file.exists():
            raise click.ClickException(f"{graph_file} not found; run kg build first")
        out_file = out_file or Path("output") / f"graph{NETWORK_FORMATS[format_name]}"
        write_network(read_quads(graph_file), out_file, format_name)
        click.echo(f"wrote {out_file}")
        return
    # RDF formats (turtle|trig|nquads|ntriples|jsonld|csv): the RDF export goes here
    raise click.ClickException(f"export to {format_name} is not implemented yet")

if __name__ == "__main__":
    main()
