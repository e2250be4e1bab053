"""The extraction pipeline: an article in, its entities, statements and affiliations out.

Each component is a named function whose name is recorded on every fact it produces; their
knowledge lives in the data files of `kg/extract/data/`.
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_right

from kg.extract.affiliations import find_affiliations, find_place_ties, mentions_by_sentence
from kg.extract.headline import find_headline_statement
from kg.extract.lexicon import DATA
from kg.extract.names import Name, find_names, find_units, forget_redefined_acronyms, outside_units
from kg.extract.quotes import as_double_quoted, quotations
from kg.extract.speakers import SpeakerFinder, add_named
from kg.extract.stance import find_positions
from kg.extract.statements import StatementFinder
from kg.extract.text import EM_DASH, HORIZONTAL_BAR, Sentence, sentences
from kg.models import Article, Extraction
from kg.read import parse_text
from kg.resolve import resolve

_lexicons_loaded = False


def split_sentences(article: Article, text: str | None = None) -> list[Sentence]:
    """Sentences of every body paragraph (read in `text`, the article's text with its quotation marks
    printed one way, when given); a sentence never crosses a paragraph."""
    result = []
    for number, paragraph in enumerate(article.paragraphs):
        result.extend(sentences(text or article.text, paragraph.start, paragraph.end, number))
    return result


AUTHORS_JOINED = re.compile(r"\s*(?:,\s*and\s+|,\s*|\s+and\s+|\s*&\s*)")


def authors(author: str | None) -> list[str]:
    """The people an author line names: "Maziar Motamedi and Usaid Siddiqui" is two, when each part is a
    person's name of two words or more; an organisation's name with "and" in it stays one."""
    if not author:
        return []
    parts = AUTHORS_JOINED.split(author.strip())
    if len(parts) > 1 and all(len(p.split()) >= 2 and any(n.kind == "person" and n.text == p
                                                         for n in find_names(p, 0, len(p), set())) for p in parts):
        return parts
    return [author]


def metadata_names(article: Article) -> list[Name]:
    """The article's author and `Location:` places, as names found where the metadata says them."""
    names = []
    for author in authors(article.author):
        at = article.text.find(author)  # -1: named only in metadata, no span to point at
        found = find_names(author, 0, len(author), set())
        kind = "organization" if found and found[0].kind == "organization" else "person"
        names.append(Name(author, at, at + len(author) if at >= 0 else -1, kind,
                          "metadata.author", found[0].subtype if kind == "organization" else None))
    for location in article.locations:
        at = article.text.find(location)
        for name in find_names(location, 0, len(location), {0}):
            if name.kind == "place":
                start, end = (at + name.start, at + name.end) if at >= 0 else (-1, -1)
                names.append(Name(name.text, start, end, "place", "metadata.location", name.subtype,
                                  place=name.place))
    return names


def load_lexicons() -> None:
    """Read the lexicons and the gazetteer now, by extracting a short invented article
    (`data/warm_up_article.txt`), and take what the process has made so far out of the collector's
    reach (`gc.freeze`): the some 100,000 objects of the lexicons live as long as the process, and
    every full collection would walk them all again. `extract` calls it once per process."""
    global _lexicons_loaded
    if not _lexicons_loaded:
        _lexicons_loaded = True
        extract(parse_text((DATA / "warm_up_article.txt").read_text(encoding="utf-8"), "warm-up", "warm-up"))
        gc.freeze()


def extract(article: Article) -> Extraction:
    """Everything the curated extractors find in one article."""
    if not _lexicons_loaded:
        load_lexicons()
    text = article.text
    quotes = quotations(text, article.paragraphs)
    marked = as_double_quoted(text, quotes).replace(HORIZONTAL_BAR, EM_DASH)
    all_sentences = split_sentences(article, marked)
    starts = {s.start for s in all_sentences}
    starts.update(_quote_starts(marked, all_sentences))
    names = metadata_names(article)
    for paragraph in article.paragraphs:
        found = find_names(text, paragraph.start, paragraph.end, starts)
        units = find_units(text, found, paragraph.end)
        names.extend(outside_units(found, units))
        names.extend(units)
    forget_redefined_acronyms(names)
    builder = resolve(names)
    index = builder.finish()
    entities = builder.entities
    speakers = SpeakerFinder(marked, index, entities, builder.titled_sexes())
    statements = StatementFinder(marked, article.paragraphs, all_sentences, index, speakers, quotes, text).run()
    add_named(entities, speakers.named)
    add_named(entities, speakers.governments)
    headline = find_headline_statement(article, entities)
    if headline is not None:
        statements.insert(0, headline)
    organizations = {e.key: e for e in entities if e.kind == "organization"}
    # a name read only where it speaks ("said Mihyung Park, the IOM's chief of mission") has ties too
    index = index.with_mentions([(mention.span.start, mention.span.end, entity.ref)
                                 for entity, mention in speakers.named if mention.span.start >= 0])
    sentence_mentions = mentions_by_sentence(all_sentences, index)
    affiliations = find_affiliations(text, all_sentences, sentence_mentions, index, organizations)
    place_ties = find_place_ties(text, all_sentences, sentence_mentions, {e.key: e for e in entities if e.kind == "place"})
    author = None
    if article.author:
        first = authors(article.author)[0]
        author_entity = next((e for e in entities if first in [e.name, *e.aliases]), None)
        author = author_entity.ref if author_entity else None
    entities.sort(key=lambda e: (e.kind, e.key))
    return Extraction(article=article, entities=entities, statements=statements, affiliations=affiliations,
                      place_ties=place_ties, author=author, positions=find_positions(text, statements))


OPENING_QUOTE = re.compile(r"[\"“]\s*(?=[A-Z])")


def _quote_starts(text: str, all_sentences: list[Sentence]) -> set[int]:
    """A word right after an opening quotation mark starts a sentence too. The marks are found in one
    scan of the text, each kept when it and the word after it lie in one sentence (as a scan of each
    sentence would find them), not in one scan per sentence."""
    sentence_starts = [sentence.start for sentence in all_sentences]
    starts = set()
    for match in OPENING_QUOTE.finditer(text):
        at = bisect_right(sentence_starts, match.start()) - 1
        if at >= 0 and match.end() < all_sentences[at].end:
            starts.add(match.end())
    return starts


__all__ = ["extract", "split_sentences"]
