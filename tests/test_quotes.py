"""Which marks open and close quotations: single marks, guillemets and apostrophes, in sentences written
for these tests."""


from kg.extract.quotes import as_double_quoted, quotations
from kg.models import Span


def quoted(body: str) -> list[str]:
    paragraphs, start = [], 0
    for block in body.split("\n\n"):
        paragraphs.append(Span(start=start, end=start + len(block)))
        start += len(block) + 2
    return [body[q.start:q.end] for q in quotations(body, paragraphs)]


def test_single_marks_quote_in_pairs_and_apostrophes_never_open_or_close_one():
    assert quoted("‘We don’t know why the KNB’s men came,’ she said. ‘The officials’ homes were searched "
                  "in the ’90s, and rock ’n’ roll was banned ’til then.’") == [
        "We don’t know why the KNB’s men came,",
        "The officials’ homes were searched in the ’90s, and rock ’n’ roll was banned ’til then."]
    assert quoted("'We don't know why,' she said. 'It's over.'") == ["We don't know why,", "It's over."]
    assert quoted("The officials’ homes, the ’90s and the good ol’ days of ’em all.") == []


def test_a_term_in_single_marks_closes_before_a_word_no_possessive_takes():
    assert quoted("They called it ‘a disgrace’ and left the ‘Stoic’ driver behind.") == ["a disgrace", "Stoic"]


def test_guillemets_quote_both_ways():
    assert quoted("He said: «We will stay.» She said: »We will go.«") == ["We will stay.", "We will go."]


def test_the_mark_that_opens_first_is_the_outer_quotation():
    assert quoted("‘He told me “go away” and left,’ she said.") == ["He told me “go away” and left,"]
    assert quoted("“He told me ‘go away’ and left,” she said.") == ["He told me ‘go away’ and left,"]


def test_single_marks_in_an_article_printed_with_double_ones_quote_only_where_no_double_mark_is():
    body = "“We will stay,” she said of the ‘red line’. “We must.”\n\nHe called it ‘a disgrace’."
    assert quoted(body) == ["We will stay,", "We must.", "a disgrace"]


def test_a_single_mark_that_opens_a_paragraph_or_goes_on_in_the_next_runs_on_and_elsewhere_needs_its_pair():
    assert quoted("‘We will fight on.\n\n‘We will win,’ she said.") == ["We will fight on.", "We will win,"]
    assert quoted("She said ‘we will fight on.") == []
    assert quoted("‘We left,’ she said. ‘We will fight on.\n\n‘We will win.’") == [
        "We left,", "We will fight on.", "We will win."]  # the next paragraph's opening mark continues it


def test_the_rules_read_every_style_as_double_quotes_with_nested_single_ones():
    body = "‘He told me “go away”,’ she said. ‘Yes.’ «No.»"
    paragraph = [Span(start=0, end=len(body))]
    assert as_double_quoted(body, quotations(body, paragraph)) == "“He told me ‘go away’,” she said. “Yes.” “No.”"

