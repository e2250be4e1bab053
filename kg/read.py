"""Read articles from files and folders: the seed layout, plain text, Markdown, HTML and JSON Lines.

Reading never stops at a bad file: each problem becomes a `ReadProblem` naming the file (and line)
so the caller can report it in one line and go on with the other articles.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.models import Article, Span

TEXT_SUFFIXES = {".txt", ".text"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
SIDE_FILES = {".yaml", ".yml", ".json"}  # curation and gold files that live beside articles

BLANK_LINES = re.compile(r"\n[ \t]*\n")
AUTHOR_LINE = re.compile(r"^Author:\s*(?:\[(?P<linked>[^\]]*)\]\([^)]*\)|(?P<plain>.+?))\s*$")
# a news byline of its own line before the first paragraph: "By Jane Harper", "By JANE HARPER, Associated Press"
# (not "By Monday morning, the ritual had begun.": a sentence)
BYLINE = re.compile(r"^By\s+(?P<plain>[A-Z][\w.’'-]*(?:\s+(?:[A-Z][\w.’'-]*|and|de|van|von|bin))*)(?:,[^.\n]{0,60})?\s*$")
SOURCE_LINE = re.compile(r"^Source URL:\s*<?(?P<url>[^>\s]+)>?\s*$")
META_LINE = re.compile(r"^(?P<key>Location|Topic|Date|Published):\s*(?P<value>.*)$")
MARKDOWN_TITLE = re.compile(r"^#\s+(?P<title>.+?)\s*#*\s*$")


@dataclass(frozen=True)
class ReadProblem:
    """A file (or one line of it) that could not be read, and why."""

    source: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


@lru_cache(maxsize=1 << 16)
def slugify(text: str, max_length: int = 80) -> str:
    """A readable, stable identifier: ASCII, lower case, words joined by hyphens (cached: the same names
    recur in article after article)."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    folded = folded.replace("'", "")
    slug = re.sub(r"[^a-z0-9]+", "-", folded).strip("-")
    return slug[:max_length].rstrip("-") or "x"


class Keys:
    """Distinct keys per kind for entities kept apart that share a slug: the first keeps the slug, the
    next get "-2", "-3", ... (the first number free). A counter per slug makes claiming linear: a corpus
    can hold thousands of entities of one slug (an acronym two organisations share is one per article)."""

    def __init__(self) -> None:
        self.taken: set[tuple[str, str]] = set()
        self.next: dict[tuple[str, str], int] = {}

    def claim(self, kind: str, key: str) -> str:
        if (kind, key) in self.taken:
            number = self.next.get((kind, key), 2)
            while (kind, f"{key}-{number}") in self.taken:
                number += 1
            self.next[(kind, key)] = number + 1
            key = f"{key}-{number}"
        self.taken.add((kind, key))
        return key


def content_hash(*parts: str | None) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update((part or "").encode("utf-8"))
        digest.update(b"\x00")
    return digest.hexdigest()


def blocks(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Spans of the blank-line separated blocks of text[start:end], without surrounding whitespace."""
    end = len(text) if end is None else end
    spans, cursor = [], start
    for separator in BLANK_LINES.finditer(text, start, end):
        spans.append(_stripped(text, cursor, separator.start()))
        cursor = separator.end()
    spans.append(_stripped(text, cursor, end))
    return [s for s in spans if s.end > s.start]


def lines(text: str) -> list[Span]:
    """Spans of the non-blank lines of text: paragraphs where a single newline separates them."""
    spans = [_stripped(text, m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    return [s for s in spans if s.end > s.start]


def _stripped(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start=start, end=end)


def parse_text(text: str, source: str, slug: str, markdown: bool = False) -> Article:
    """An article from text in the seed layout, plain text or Markdown.

    The seed layout is: title, `Author: [Name](#)` (or a news byline, `By Name`), standfirst, paragraphs,
    then `Location:`, `Topic:` and `Source URL:` lines. Any of these may be missing; the first block is
    the title.
    """
    spans = blocks(text)
    if not spans:
        raise ValueError("no text")
    title_span, body = spans[0], spans[1:]
    title = title_span.of(text)
    if markdown and (heading := MARKDOWN_TITLE.match(title)):
        title = heading.group("title")
    if "\n" in title:  # plain text whose first block is a paragraph: its first line is the title
        first_line = title.split("\n", 1)[0]
        body.insert(0, _stripped(text, title_span.start + len(first_line), title_span.end))
        title = first_line
    author = url = date = None
    locations: list[str] = []
    topics: list[str] = []
    paragraphs: list[Span] = []
    metadata: list[str] | None = None  # the list that bare lines after `Location:`/`Topic:` go to
    for span in body:
        block = span.of(text)
        if (match := AUTHOR_LINE.match(block) or BYLINE.match(block)) and not paragraphs:
            author = (match.groupdict().get("linked") or match.group("plain") or "").strip() or None
            continue
        if match := SOURCE_LINE.match(block):
            url, metadata = match.group("url"), None
            continue
        if match := META_LINE.match(block.split("\n", 1)[0]):
            key, value = match.group("key"), match.group("value").strip()
            lines = [value, *block.split("\n")[1:]]
            if key in ("Date", "Published"):
                date, metadata = value or None, None
                continue
            metadata = locations if key == "Location" else topics
            metadata.extend(line.strip() for line in lines if line.strip())
            continue
        if metadata is not None and "\n" not in block and len(block) < 80 and not block.endswith("."):
            metadata.append(block.strip())
            continue
        metadata = None
        paragraphs.append(span)
    if author and author.lower() in ("unknown", "anonymous", "staff"):
        author = None
    return Article(
        slug=slug,
        source=source,
        title=title,
        text=text,
        paragraphs=paragraphs,
        author=author,
        url=url,
        date=date,
        locations=locations,
        topics=topics,
        content_hash=content_hash(text),
    )


def parse_html(html: str, source: str, slug: str) -> Article:
    """An article from an HTML page: main text and metadata through trafilatura."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    document = trafilatura.bare_extraction(html, with_metadata=True, output_format="python")
    if document is None or not (document.text or "").strip():
        raise ValueError("no article text found in the HTML page")
    text = document.text
    title = document.title or ""
    paragraphs = lines(text)
    if paragraphs and title and paragraphs[0].of(text).strip() == title.strip():
        paragraphs = paragraphs[1:]
    return Article(
        slug=slug,
        source=source,
        title=title or (paragraphs[0].of(text)[:120] if paragraphs else slug),
        text=text,
        paragraphs=paragraphs,
        author=document.author,
        url=document.url,
        date=document.date,
        locations=[],
        topics=list(document.categories or []) + list(document.tags or []),
        content_hash=content_hash(html),
    )


def parse_json_record(record: object, source: str, fallback_slug: str) -> Article:
    """An article from one JSON Lines record: {title, text, url, author, date}."""
    if not isinstance(record, dict):
        raise ValueError("expected a JSON object with title and text")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError("the record has no text")
    title = str(record.get("title") or "").strip()
    url = record.get("url") or None
    slug_source = record.get("id") or (str(url).rstrip("/").rsplit("/", 1)[-1] if url else "") or title
    slug = slugify(str(slug_source)) if slug_source else fallback_slug
    author = record.get("author")
    if isinstance(author, list):
        author = ", ".join(map(str, author))
    return Article(
        slug=slug,
        source=source,
        title=title or text.strip().split("\n", 1)[0][:120],
        text=text,
        paragraphs=blocks(text) if BLANK_LINES.search(text) else lines(text),
        author=str(author) if author else None,
        url=str(url) if url else None,
        date=str(record["date"]) if record.get("date") else None,
        locations=[str(x) for x in record.get("locations") or []],
        topics=[str(x) for x in record.get("topics") or []],
        content_hash=content_hash(json.dumps(record, sort_keys=True, ensure_ascii=False)),
    )


def decode(data: bytes) -> str:
    """UTF-8 text (a BOM is dropped); binary data and other encodings are refused."""
    if not data.strip():
        raise ValueError("the file is empty")
    if b"\x00" in data[:4096]:
        raise ValueError("the file is binary, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValueError(f"cannot decode as UTF-8 (byte {error.start}: {data[error.start:error.start + 1]!r})")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_file(path: Path) -> Iterator[Article | ReadProblem]:
    """The article(s) in one file, or the problems that kept them from being read."""
    suffix = path.suffix.lower()
    if suffix not in KNOWN_SUFFIXES:
        yield ReadProblem(str(path), f"unknown format {suffix or '(no extension)'!r}; expected one of "
                          + ", ".join(sorted(KNOWN_SUFFIXES)))
        return
    try:
        text = decode(path.read_bytes())
    except (OSError, ValueError) as error:
        yield ReadProblem(str(path), _message(error))
        return
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(text, path)
        return
    slug = slugify(path.stem)
    try:
        if suffix in HTML_SUFFIXES:
            yield parse_html(text, str(path), slug)
        else:
            yield parse_text(text, str(path), slug, markdown=suffix in MARKDOWN_SUFFIXES)
    except ValueError as error:
        yield ReadProblem(str(path), _message(error))


def read_jsonl(text: str, path: Path) -> Iterator[Article | ReadProblem]:
    seen: set[str] = set()
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        source = f"{path}:{number}"
        try:
            article = parse_json_record(json.loads(line), source, f"{slugify(path.stem)}-{number}")
        except json.JSONDecodeError as error:
            yield ReadProblem(source, f"invalid JSON ({error.msg} at column {error.colno})")
            continue
        except ValueError as error:
            yield ReadProblem(source, _message(error))
            continue
        if article.slug in seen:  # two records with the same slug stay two articles
            article.slug = f"{article.slug}-{number}"
        seen.add(article.slug)
        yield article


def _message(error: Exception) -> str:
    if isinstance(error, OSError):
        return error.strerror or str(error)
    return str(error)


def article_files(path: Path, _seen: frozenset[Path] = frozenset()) -> Iterator[Path]:
    """Files of a folder, recursively and in a stable order (sorted by path); hidden files and side files
    skipped. Links to folders are followed, as a corpus is often assembled from links, but never
    round a loop."""
    seen = _seen | {path.resolve()}
    for child in sorted(path.iterdir()):
        if child.name.startswith("."):
            continue
        if child.is_dir():
            if child.resolve() not in seen:
                yield from article_files(child, seen)
        elif child.is_file() and child.suffix.lower() not in SIDE_FILES:
            yield child


def read_paths(paths: Iterable[Path]) -> Iterator[Article | ReadProblem]:
    """Every article under the given files and folders, with a problem for each one that failed."""
    for path in paths:
        if path.is_dir():
            for file in article_files(path):
                yield from read_file(file)
        elif path.is_file():
            yield from read_file(path)
        else:
            yield ReadProblem(str(path), "no such file or folder")
