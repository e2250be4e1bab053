"""SPARQL over the store: ad-hoc queries, preset queries with bound parameters, and result formats.

Queries see the union of all named graphs (every article and the derived graph) as their default
graph, with the project's prefixes (`schema:`, `org:`, `prov:`, `kg:` …) predeclared, so
`SELECT ?name { ?p a schema:Person ; schema:name ?name }` just works; `GRAPH ?g { … }` still reaches
one article's graph.

Parameters are never pasted into the query text as text: each is turned into an RDF term (a literal,
or an IRI) by pyoxigraph and joined to the query as a one-row VALUES block for the variable of the same
name, so a name with quotes or braces stays one value.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from pyoxigraph import (BlankNode, DefaultGraph, Literal, NamedNode, QueryBoolean, QuerySolutions,
                        QueryTriples, Quad, RdfFormat, Triple, Variable, serialize)

from kg.rdf import PREFIXES, SCHEMA, XSD

QUERIES_DIR = Path(__file__).parent / "queries"


class QueryError(ValueError):
    """A query that cannot be parsed or run, with a one-line message (line and column when known)."""


@dataclass
class Parameter:
    name: str
    kind: str = "text"  # text | date | iri | integer | entity (a name resolved to the entity nodes)
    default: str | None = None
    help: str = ""
    required: bool = False

    def term(self, value: str) -> NamedNode | Literal:
        """The RDF term for a value given on the command line."""
        if self.kind == "iri":
            value = value.strip().removeprefix("<").removesuffix(">")
            try:
                return NamedNode(value)
            except ValueError as error:
                raise QueryError(f"parameter {self.name}: not an IRI: {value!r} ({error})") from None
        if self.kind == "integer":
            if not re.fullmatch(r"[+-]?\d+", value.strip()):
                raise QueryError(f"parameter {self.name}: not an integer: {value!r}")
            return Literal(value.strip(), datatype=NamedNode(XSD + "integer"))
        if self.kind == "entity" and re.fullmatch(r"<?https?://[^\s<>\"{}|\\^`]+>?", value.strip()):
            return NamedNode(value.strip().removeprefix("<").removesuffix(">"))
        if self.kind == "date" and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value.strip()):
            raise QueryError(f"parameter {self.name}: expected a date as YYYY, YYYY-MM or YYYY-MM-DD: {value!r}")
        return Literal(value.strip() if self.kind == "date" else value)


@dataclass
class Preset:
    """A ready-made query: a readable `.rq` file whose header comments describe it and its parameters.

        # title: Everything one person said
        # param: name text "Nurgali Bilisbekov" — the person's name as written (any form seen)
        # param: from date (default 0000) — earliest article date
    """

    name: str
    path: Path
    title: str = ""
    parameters: list[Parameter] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")


PARAM_LINE = re.compile(r"#\s*param:\s*(?P<name>\w+)\s+(?P<kind>text|date|iri|integer|entity)"
                        r"(?:\s+\((?:default\s+(?P<default>[^)]*)|(?P<required>required))\))?"
                        r"\s*(?:[—-]+\s*(?P<help>.*))?$")


def presets(directory: Path = QUERIES_DIR) -> dict[str, Preset]:
    found = {}
    for path in sorted(directory.glob("*.rq")):
        preset = Preset(path.stem, path)
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("# title:"):
                preset.title = line.split(":", 1)[1].strip()
            elif match := PARAM_LINE.match(line):
                preset.parameters.append(Parameter(match["name"], match["kind"], match["default"],
                                                   (match["help"] or "").strip(), bool(match["required"])))
        found[preset.name] = preset
    return found


def bind(preset: Preset, values: dict[str, str]) -> dict[Variable, NamedNode | Literal]:
    """Substitutions for a preset's variables: the given values, then defaults; unknown names refused."""
    known = {p.name: p for p in preset.parameters}
    unknown = sorted(set(values) - set(known))
    if unknown:
        raise QueryError(f"preset {preset.name} has no parameter {', '.join(unknown)}; "
                         f"it takes: {', '.join(known) or 'none'}")
    bound = {}
    for name, parameter in known.items():
        value = values.get(name, parameter.default)
        if value is None and parameter.required:
            raise QueryError(f"preset {preset.name} needs --param {name}=… ({parameter.help})")
        if value is not None:
            bound[Variable(name)] = parameter.term(value)
    return bound


@dataclass
class Result:
    """A query's answer: rows of a SELECT, triples of a CONSTRUCT/DESCRIBE, or the boolean of an ASK."""

    variables: list[str] | None = None
    rows: list[list] | None = None
    triples: list[Triple] | None = None
    boolean: bool | None = None


def one_line(error: Exception) -> str:
    message = " ".join(str(error).split())
    if len(message) > 240:  # the parser lists every character it expected; the position is what helps
        message = message[:240].rsplit(" ", 1)[0] + " …"
    return message


def run(store, query: str, substitutions: dict | None = None) -> Result:
    """Run a SPARQL query against the store's union graph; a syntax error becomes a QueryError."""
    try:
        answer = store.query(query, prefixes=PREFIXES, use_default_graph_as_union=True,
                             substitutions=substitutions or None)
        if isinstance(answer, QuerySolutions):
            variables = [v.value for v in answer.variables]
            rows = [[solution[v] for v in variables] for solution in answer]
            return Result(variables=variables, rows=rows)
        if isinstance(answer, QueryTriples):
            return Result(triples=list(answer))
        if isinstance(answer, QueryBoolean):
            return Result(boolean=bool(answer))
        return Result(boolean=bool(answer))
    except SyntaxError as error:
        raise QueryError(f"syntax error: {one_line(error)}") from None
    except (OSError, ValueError, RuntimeError) as error:
        raise QueryError(f"query failed: {one_line(error)}") from None


def run_preset(store, name: str, values: dict[str, str] | None = None) -> Result:
    available = presets()
    if name not in available:
        raise QueryError(f"no preset {name!r}; presets: {', '.join(available)}")
    preset = available[name]
    bindings = bind(preset, values or {})
    rows = [bindings]
    for parameter in preset.parameters:
        variable = Variable(parameter.name)
        if parameter.kind == "entity" and variable in bindings:
            nodes = resolve(store, bindings[variable]) or [NOTHING]
            rows = [{**row, variable: node} for row in rows for node in nodes]
    text = only_with(preset.text, {v.value for v in bindings})
    return ordered_run(store, with_values(text, rows))


ORDER_BY = re.compile(r"\n\s*ORDER\s+BY((?:\s+(?:\?\w+|(?:ASC|DESC)\(\s*\?\w+\s*\)))+)\s*$", re.IGNORECASE)
ORDER_KEY = re.compile(r"(ASC|DESC)?\(?\s*\?(\w+)", re.IGNORECASE)
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def ordered_run(store, query: str) -> Result:
    """`run`, with a final `ORDER BY ?a DESC(?b) …` (no LIMIT after it) done here, on decoded values.

    The store compares terms by reading their strings again for every comparison, which for thousands
    of rows with long texts costs more than the lookup itself. The order is SPARQL's (unbound first,
    then IRIs, then literals) for the values presets sort on: IRIs, strings, integers, dates without
    time zone. A result holding any other kind of value is sorted by the store after all."""
    match = ORDER_BY.search(_without_comments(query))
    if not match:
        return run(store, query)
    keys = [(m.group(2), (m.group(1) or "").upper() == "DESC") for m in ORDER_KEY.finditer(match.group(1))]
    result = run(store, query[: match.start()] + "\n")
    if result.rows is None or any(name not in result.variables for name, _ in keys):
        return run(store, query)
    try:
        for name, descending in reversed(keys):  # stable sorts, last key first
            column = result.variables.index(name)
            decorated = [(_order_key(row[column]), row) for row in result.rows]
            if len({key[:2] for key, _ in decorated if key[0] == 3}) > 1:
                raise _Unordered  # literals of different types: the store knows how SPARQL orders them
            decorated.sort(key=lambda pair: pair[0], reverse=descending)
            result.rows = [row for _, row in decorated]
    except _Unordered:
        return run(store, query)
    return result


class _Unordered(Exception):
    pass


def _order_key(value) -> tuple:
    if value is None:
        return (0,)
    if isinstance(value, NamedNode):
        return (2, value.value)
    if isinstance(value, Literal) and not value.language:
        datatype = value.datatype.value
        if datatype == XSD + "string":
            return (3, 0, value.value)
        if datatype == XSD + "integer" and re.fullmatch(r"[+-]?\d+", value.value):
            return (3, 1, int(value.value))
        if datatype == XSD + "date" and DATE.fullmatch(value.value):
            return (3, 2, value.value)
    raise _Unordered


NOTHING = NamedNode("urn:kg:no-such-entity")


def resolve(store, name: Literal | NamedNode) -> list[NamedNode]:
    """The entity nodes a parameter names: an IRI as given, else every node with that schema:name or
    schema:alternateName (exactly as written, or failing that, ignoring case)."""
    if isinstance(name, NamedNode):
        return [name]
    # DISTINCT in the store: a popular name is repeated in thousands of article graphs
    found = {row[0] for row in store.query(with_values(
        f"SELECT DISTINCT ?e WHERE {{ GRAPH ?g {{ ?e <{SCHEMA}name>|<{SCHEMA}alternateName> ?name }} }}",
        {Variable("name"): name}))}
    if not found and name.value.strip():
        answer = run(store, with_values(
            "SELECT DISTINCT ?e WHERE { GRAPH ?g { ?e rdfs:label ?label } FILTER(LCASE(STR(?label)) = LCASE(?q)) }",
            {Variable("q"): Literal(name.value)}))
        found = {row[0] for row in answer.rows}
    return sorted(found, key=str)


ONLY_WITH = re.compile(r"#\s*only with (\w+)\s*$")


def only_with(query: str, given: set[str]) -> str:
    """The query without the lines marked `# only with NAME` whose parameter NAME was not given.

    An optional parameter thus narrows the query where it starts (an index lookup from the value)
    instead of filtering every row; without it the lines are simply not there."""
    lines = []
    for line in query.splitlines():
        match = ONLY_WITH.search(line)
        if match and match.group(1) not in given:
            continue
        lines.append(line)
    return "\n".join(lines) + "\n"


WHERE_OPEN = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def with_values(query: str, bindings: dict | list[dict]) -> str:
    """The query with its parameters bound by a VALUES block at the top of its WHERE clause.

    Each value is written by pyoxigraph as an RDF term (`str(Literal(...))` escapes quotes, backslashes
    and line breaks), so it can only ever be one value: never query text.
    """
    rows = bindings if isinstance(bindings, list) else [bindings]
    if not rows or not rows[0]:
        return query
    code = _without_comments(query)
    match = WHERE_OPEN.search(code)
    if not match:
        raise QueryError("a parameterised query needs a WHERE { … } clause")
    variables = list(rows[0])
    names = " ".join(str(v) for v in variables)
    values = " ".join("(" + " ".join(str(row[v]) for v in variables) + ")" for row in rows)
    block = f"\n  VALUES ({names}) {{ {values} }}\n"
    return query[: match.end()] + block + query[match.end():]


def _without_comments(query: str) -> str:
    """The query with comments blanked out (same length), so positions still match."""
    return re.sub(r"#[^\n]*", lambda m: " " * len(m.group()), query)


# output ---------------------------------------------------------------------------------------------
def compact(term) -> str:
    """A term as people read it: literal values bare, IRIs with a known prefix shortened."""
    if term is None:
        return ""
    if isinstance(term, Literal):
        return term.value
    if isinstance(term, NamedNode):
        for prefix, iri in PREFIXES.items():
            if term.value.startswith(iri) and re.fullmatch(r"[\w.-]*", term.value[len(iri):]):
                return f"{prefix}:{term.value[len(iri):]}"
        return term.value
    return str(term)


def table(result: Result, max_width: int = 60) -> str:
    """An aligned text table of a SELECT result (long values cut with …)."""
    header = result.variables or []
    cells = [[_cut(compact(t), max_width) for t in row] for row in result.rows or []]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(header)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in cells]
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines)


def _cut(value: str, width: int) -> str:
    value = " ".join(value.split())
    return value if len(value) <= width else value[: width - 1] + "…"


def to_json(result: Result) -> str:
    """SPARQL 1.1 Query Results JSON."""
    if result.boolean is not None:
        return json.dumps({"head": {}, "boolean": result.boolean})
    bindings = []
    for row in result.rows or []:
        binding = {}
        for name, value in zip(result.variables, row):
            if value is not None:
                binding[name] = _json_term(value)
        bindings.append(binding)
    return json.dumps({"head": {"vars": result.variables}, "results": {"bindings": bindings}},
                      ensure_ascii=False, indent=1)


def _json_term(term) -> dict:
    if isinstance(term, NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD + "string":
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": str(term)}


def to_csv(result: Result, delimiter: str = ",") -> str:
    """SPARQL 1.1 CSV (plain values) or TSV (values in SPARQL/N-Triples syntax)."""
    stream = io.StringIO()
    if delimiter == ",":
        writer = csv.writer(stream, lineterminator="\r\n")
        writer.writerow(result.variables or [])
        for row in result.rows or []:
            writer.writerow(["" if t is None else (t.value if isinstance(t, (Literal, NamedNode)) else str(t))
                             for t in row])
        return stream.getvalue()
    lines = ["\t".join(f"?{v}" for v in result.variables or [])]
    for row in result.rows or []:
        lines.append("\t".join("" if t is None else str(t) for t in row))
    return "\n".join(lines) + "\n"


def to_turtle(triples: list[Triple]) -> str:
    ordered = sorted(set(triples), key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    quads = [Quad(t.subject, t.predicate, t.object, DefaultGraph()) for t in ordered]
    return (serialize(quads, format=RdfFormat.TURTLE, prefixes=PREFIXES) or b"").decode("utf-8")


def render(result: Result, fmt: str = "table") -> str:
    """The result as text in `fmt` (table, csv, tsv, json); graphs are always Turtle."""
    if result.triples is not None:
        return to_turtle(result.triples)
    if result.boolean is not None:
        return to_json(result) if fmt == "json" else ("true" if result.boolean else "false")
    if fmt == "json":
        return to_json(result)
    if fmt == "csv":
        return to_csv(result)
    if fmt == "tsv":
        return to_csv(result, "\t")
    return table(result)
