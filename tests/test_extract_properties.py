"""Random text never crashes the extractors, and every fact points at words really in the text."""

from __future__ import annotations

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from kg.extract import extract
from kg.models import Span
from kg.read import parse_json_record, parse_text

QUOTES = list("\"'“”‘’«»„`")
PUNCTUATION = list(".,;:!?-–—()[]…")
WORDS = ["said", "says", "told", "according", "to", "that", "he", "she", "they", "the", "of", "head", "director",
         "Mr", "Dr.", "President", "KNB", "Committee", "for", "National", "Security", "Kazakhstan", "Almaty",
         "Nurgali", "Bilisbekov", "IWPR", "U.S.", "St.", "al-Sham", "O'Brien", "Reuters", "warned", "added",
         "a", "source", "in", "who", "works", "is", "an", "analyst", "based", "Location:", "Author:", "Topic:"]

word = st.one_of(
    st.sampled_from(WORDS),
    st.text(alphabet=st.characters(categories=("Lu",)), min_size=1, max_size=12),  # capitalised runs
    st.text(alphabet=st.characters(categories=("Ll", "Lu")), min_size=1, max_size=10).map(str.capitalize),
    st.text(min_size=1, max_size=6),  # anything at all, including control characters and astral planes
)
token = st.one_of(word, word, word, st.sampled_from(QUOTES), st.sampled_from(PUNCTUATION))
separator = st.sampled_from([" ", " ", " ", "", "\n", "\n\n", "\t", "\u00a0", "\r\n"])
news_like = st.lists(st.tuples(token, separator), max_size=120).map(lambda pairs: "".join(a + b for a, b in pairs))
texts = st.one_of(news_like, st.text(max_size=400))


def check_span(span: Span, text: str) -> None:
    assert 0 <= span.start <= span.end <= len(text), (span, len(text))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=st.text(max_size=40), body=texts)
@example(title="", body="said\n”\tsaid ")  # a tab before the cue: speakers.in_region split no words
@example(title="0", body="DU_A")  # particles and an initial only: a run with no name left in it
@example(title="0", body="Sheikh B ")  # a title, then one letter: no word after the letter to look at
def test_random_text_never_crashes_and_spans_stay_in_the_text(title, body):
    text = f"{title}\n\n{body}"
    assume(text.strip())
    article = parse_text(text, "random.txt", "random")
    extraction = extract(article)

    for span in article.paragraphs:
        check_span(span, text)
    for entity in extraction.entities:
        assert entity.name.strip()
        for mention in entity.mentions:
            check_span(mention.span, text)
            assert mention.text == text[mention.span.start:mention.span.end], mention
    for statement in extraction.statements:
        check_span(statement.content, text)
        check_span(statement.evidence, text)
        assert statement.text == text[statement.content.start:statement.content.end]
    for affiliation in extraction.affiliations:
        check_span(affiliation.evidence, text)
    for tie in extraction.place_ties:
        check_span(tie.evidence, text)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(QUOTES + ["he said", "Bilisbekov said", ",", ".", "\n\n", "A", "B C", "’90s", "’n’",
                                          "officials’", "don’t"]), max_size=200))
def test_runs_of_quotation_marks_and_attributions(parts):
    text = "Title\n\n" + " ".join(parts) + " end"
    extraction = extract(parse_text(text, "quotes.txt", "quotes"))
    for statement in extraction.statements:
        check_span(statement.content, text)
        assert statement.text == text[statement.content.start:statement.content.end]


def test_an_author_not_named_in_the_text_gets_no_false_span():
    text = 'Officials said the talks failed. "We tried," Mr Smith said.'
    article = parse_json_record({"title": "T", "text": text, "author": "Ann Writer"}, "corpus.jsonl:1", "t")
    extraction = extract(article)
    for entity in extraction.entities:
        for mention in entity.mentions:
            assert mention.text == text[mention.span.start:mention.span.end], mention
    assert all(s.speaker is None or s.speaker.key != "ann-writer" for s in extraction.statements)
