"""The entity report (`kg entities`): every person, organisation and place of the store, with its
names, types, how often and where it is mentioned, and why names were merged into it, so that an
analyst can review identities (and correct them in the curation file)."""

from __future__ import annotations

import json
from collections import defaultdict

from pyoxigraph import DefaultGraph, Store

from kg.rdf import KG, RDF, SCHEMA

KINDS = {SCHEMA + "Person": "person", SCHEMA + "Organization": "organization", SCHEMA + "Place": "place"}


def entities(store: Store, kind: str | None = None) -> list[dict]:
    """One row per entity node: iri, kind, name, aliases, types, mentions, articles, merge reasons."""
    rows: dict[str, dict] = defaultdict(lambda: {"names": set(), "aliases": set(), "types": set(), "mentions": 0,
                                                 "articles": set(), "reasons": set(), "kinds": set()})
    article_slug: dict[str, str] = {}
    mentioned: list[tuple[str, str]] = []
    for quad in store.quads_for_pattern(None, None, None, None):
        if isinstance(quad.graph_name, DefaultGraph):
            continue
        subject, predicate, obj = quad.subject.value, quad.predicate.value, quad.object.value
        if predicate == RDF + "type":
            if obj in KINDS:
                rows[subject]["kinds"].add(KINDS[obj])
            rows[subject]["types"].add(obj.replace(SCHEMA, "schema:").replace(KG, "kg:"))
        elif predicate == SCHEMA + "name":
            rows[subject]["names"].add(obj)
        elif predicate == SCHEMA + "alternateName":
            rows[subject]["aliases"].add(obj)
        elif predicate == KG + "mentionCount":
            rows[subject]["mentions"] += int(obj)
        elif predicate == KG + "mergeReason":
            rows[subject]["reasons"].add(obj)
        elif predicate == SCHEMA + "identifier":
            article_slug[subject] = obj
        elif predicate == SCHEMA + "mentions":
            mentioned.append((subject, obj))
    for article, entity in mentioned:
        rows[entity]["articles"].add(article_slug.get(article, article))
    result = []
    for iri in sorted(rows):
        row = rows[iri]
        if not row["kinds"] or (kind and kind not in row["kinds"]):
            continue
        name = sorted(row["names"])[0] if row["names"] else iri.rsplit("/", 1)[-1]
        result.append({"iri": iri, "kind": sorted(row["kinds"])[0], "name": name,
                       "aliases": sorted(row["aliases"] - {name}),
                       "types": sorted(t for t in row["types"] if t.startswith(("schema:", "kg:"))),
                       "mentions": row["mentions"], "articles": sorted(row["articles"]),
                       "merge_reasons": sorted(row["reasons"])})
    result.sort(key=lambda r: (r["kind"], -len(r["articles"]), -r["mentions"], r["name"], r["iri"]))
    return result


def render(rows: list[dict], as_json: bool = False) -> str:
    if as_json:
        return json.dumps(rows, indent=2, ensure_ascii=False)
    lines = []
    for row in rows:
        aliases = f"  also: {', '.join(row['aliases'])}" if row["aliases"] else ""
        lines.append(f"{row['kind']:<12} {row['name']}  [{', '.join(row['types'])}]  {row['mentions']} mentions in "
                     f"{len(row['articles'])} article{'s' if len(row['articles']) != 1 else ''}{aliases}")
        lines.append(f"{'':<12}   articles: {', '.join(row['articles'])}")
        for reason in row["merge_reasons"]:
            lines.append(f"{'':<12}   merged: {reason}")
    return "\n".join(lines)
