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


if __name__ == "__main__":
    main()
