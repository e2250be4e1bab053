"""`kg serve`: the store as a SPARQL 1.1 Protocol endpoint, with the network page beside it.

A small Starlette (ASGI) app run by uvicorn; nothing here parses HTTP. Routes:

- `GET|POST /sparql`: a query (`?query=`, a form field `query`, or an `application/sparql-query` body).
  Results in the standard formats, chosen by the `Accept` header or a `format` parameter (`json`,
  `xml`, `csv`, `tsv` for SELECT/ASK; `turtle`, `ntriples`, `nquads`, `trig`, `jsonld`, `rdfxml` for
  CONSTRUCT/DESCRIBE). `default-graph-uri` and `named-graph-uri` are honoured; without them the default
  graph is the union of all graphs and the project's prefixes are predeclared, as for `kg query`.
- `POST /update`: SPARQL 1.1 Update (`update` form field or `application/sparql-update` body), only
  when started `--writable`; otherwise 403.
- `GET /`: output/graph.html, the page `kg build` writes (404 with a hint before the first build).

Read-only by default, the store is opened with `Store.read_only`, which takes no lock: `kg query` and
`kg export` keep working beside the server, which answers from the store as it was when it started
(restart it after a build). `--writable` opens it read-write and holds its lock.
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

from pyoxigraph import NamedNode, QueryBoolean, QueryResultsFormat, QuerySolutions, RdfFormat, Store, serialize
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse, PlainTextResponse, Response
from starlette.routing import Route

from kg.query import one_line
from kg.rdf import PREFIXES
from kg.store import StoreBusy, open_store

RESULT_FORMATS = {"json": QueryResultsFormat.JSON, "xml": QueryResultsFormat.XML,
                  "csv": QueryResultsFormat.CSV, "tsv": QueryResultsFormat.TSV}
GRAPH_FORMATS = {"turtle": RdfFormat.TURTLE, "ntriples": RdfFormat.N_TRIPLES, "nquads": RdfFormat.N_QUADS,
                 "trig": RdfFormat.TRIG, "jsonld": RdfFormat.JSON_LD, "rdfxml": RdfFormat.RDF_XML}
FORM = "application/x-www-form-urlencoded"


def _accepted(request: Request) -> list[str]:
    """Media types of the Accept header, best first (q-values honoured, ties in header order)."""
    ranked = []
    for position, part in enumerate(request.headers.get("accept", "").split(",")):
        media, *params = [p.strip() for p in part.split(";")]
        q = 1.0
        for param in params:
            if param.startswith("q="):
                with contextlib.suppress(ValueError):
                    q = float(param[2:])
        if media:
            ranked.append((-q, position, media.lower()))
    return [media for _, _, media in sorted(ranked)]


def _media(format_) -> str:
    return format_.media_type.split(";")[0].strip()


def _choose(accepted: list[str], name: str | None, table: dict, default):
    """The format named by `format=`, else the first acceptable one of `table`, else `default`."""
    if name:
        if name in table:
            return table[name]
        for candidate in table.values():
            if name.lower() == _media(candidate):
                return candidate
        return None
    for media in accepted:
        for candidate in table.values():
            if media == _media(candidate) or (media == "application/json" and candidate is QueryResultsFormat.JSON):
                return candidate
        if media in ("*/*", "application/*", "text/*"):
            return default
    return default


def create_app(store: Store, page: Path | None = None, writable: bool = False) -> Starlette:
    """The ASGI app over an open pyoxigraph store."""

    async def parameters(request: Request, field: str, body_type: str) -> tuple[str | None, dict]:
        """The operation text and the protocol parameters, from the query string or the body."""
        params = dict(request.query_params)
        graphs = {"default": request.query_params.getlist("default-graph-uri"),
                  "named": request.query_params.getlist("named-graph-uri")}
        text = params.get(field)
        if request.method == "POST":
            content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
            if content_type == FORM:
                form = await request.form()
                text = form.get(field, text)
                params.update({k: v for k, v in form.items() if isinstance(v, str)})
                graphs["default"] += form.getlist("default-graph-uri")
                graphs["named"] += form.getlist("named-graph-uri")
            elif content_type == body_type:
                text = (await request.body()).decode("utf-8")
        params["graphs"] = graphs
        params["accept"] = _accepted(request)
        return text, params

    def answer(text: str, params: dict) -> tuple:
        """(format, serialised answer) of a query; (None, None) for an unknown format."""
        graphs = params["graphs"]
        options: dict = {"prefixes": PREFIXES}
        if graphs["default"]:
            options["default_graph"] = [NamedNode(iri) for iri in graphs["default"]]
        else:
            options["use_default_graph_as_union"] = True
        if graphs["named"]:
            options["named_graphs"] = [NamedNode(iri) for iri in graphs["named"]]
        result = store.query(text, **options)
        if isinstance(result, (QuerySolutions, QueryBoolean)):
            chosen = _choose(params["accept"], params.get("format"), RESULT_FORMATS, QueryResultsFormat.JSON)
        else:
            chosen = _choose(params["accept"], params.get("format"), GRAPH_FORMATS, RdfFormat.TURTLE)
        if chosen is None:
            return None, None
        if chosen == RdfFormat.TURTLE:  # with the project's prefixes, as kg query prints graphs
            return chosen, serialize(list(result), format=chosen, prefixes=PREFIXES)
        return chosen, result.serialize(format=chosen)

    async def sparql(request: Request) -> Response:
        text, params = await parameters(request, "query", "application/sparql-query")
        if not text:
            return PlainTextResponse("no query: give ?query=… or POST one (application/sparql-query or a "
                                     "form field named query)\n", status_code=400)
        try:
            chosen, body = await run_in_threadpool(answer, text, params)  # queries block: not on the loop
        except (SyntaxError, ValueError) as error:
            return PlainTextResponse(f"query error: {one_line(error)}\n", status_code=400)
        if chosen is None:
            return PlainTextResponse(f"unknown format {params.get('format')!r}\n", status_code=400)
        media = _media(chosen)
        if media.startswith("text/") or media.endswith(("json", "xml")):
            media += "; charset=utf-8"
        return Response(body or b"", media_type=media)

    async def update(request: Request) -> Response:
        if not writable:
            return PlainTextResponse("this endpoint is read-only (start it with kg serve --writable)\n",
                                     status_code=403)
        if request.method != "POST":
            return PlainTextResponse("SPARQL Update takes POST\n", status_code=405)
        text, _ = await parameters(request, "update", "application/sparql-update")
        if not text:
            return PlainTextResponse("no update given\n", status_code=400)
        try:
            store.update(text, prefixes=PREFIXES)
        except (SyntaxError, ValueError) as error:
            return PlainTextResponse(f"update error: {one_line(error)}\n", status_code=400)
        return Response(status_code=204)

    async def home(request: Request) -> Response:
        if page is not None and page.is_file():
            return FileResponse(page, media_type="text/html; charset=utf-8")
        return PlainTextResponse("no network page yet: run kg build (the SPARQL endpoint is at /sparql)\n",
                                 status_code=404)

    return Starlette(routes=[Route("/sparql", sparql, methods=["GET", "POST"]),
                             Route("/update", update, methods=["GET", "POST"]),
                             Route("/", home), Route("/graph.html", home)])


def open_for_serving(store_dir: Path, writable: bool) -> Store:
    store_dir = Path(store_dir)
    if not store_dir.is_dir():
        raise FileNotFoundError(f"no store at {store_dir} (run `kg build` first)")
    if writable:
        return open_store(store_dir, create=False)  # raises StoreBusy when a build holds it
    return Store.read_only(str(store_dir))


def serve(store_dir: Path, page: Path | None = None, host: str = "127.0.0.1", port: int = 7878,
          writable: bool = False, on_ready=None) -> None:
    """Serve until interrupted (Ctrl-C / SIGINT or SIGTERM: uvicorn stops gracefully), then close."""
    import uvicorn

    store = open_for_serving(store_dir, writable)
    app = create_app(store, page, writable)
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    if on_ready:
        on_ready(f"http://{host}:{port}")
    try:
        server.run()
    except KeyboardInterrupt:  # uvicorn has shut down gracefully, then passes the signal on: done
        pass
    finally:
        if writable:
            store.flush()
        del store


__all__ = ["create_app", "serve", "StoreBusy"]

if __name__ == "__main__":  # pragma: no cover
    serve(Path(sys.argv[1]))
