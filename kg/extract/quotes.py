"""Which marks of an article open and close quotations, in linear time.

News prints quotations in double marks (“…”, "…", „…“, ''…''), in guillemets («…», »…«) or, in British,
Indian and many translated texts, in single marks (‘…’, '…'). A single mark is also an apostrophe ("don't",
"the KNB’s", "’90s", "rock ’n’ roll", "the officials’ homes"), so single marks quote only in pairs: an
opening mark at a word's start and a closing one at a word's end that no elision or possessive claims;
and only in an article printed in that style (more quotations open with single marks than with double
ones) or in a paragraph without double marks, for elsewhere they are quotes nested in double ones.
Whichever kind of mark opens first is the outer quotation; the other kind inside it is nested, part of it.

The statement rules read one style: `as_double_quoted` prints each quotation's marks as “…” and the double
marks nested in it as ‘…’, one character for one, so every offset stays that of the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.extract.lexicon import lines, reporting_verbs, word_set
from kg.models import Span

# an opening double mark; '', ``, ” (a right mark some sites open with) and » (German style, »…«) only at
# the start of a line or after a space, bracket or dash, before a word. Each alternative opens with its
# mark (the place before it is checked behind), so the regex engine skips straight to the next mark
# instead of trying the pattern at every character.
DOUBLE_OPEN = "|".join(['"', "“", "«", "„"]
                       + [rf"{m}(?<![^\s(\[—–-]{m})(?=[\w‘'…])" for m in ("''", "``", "”", "»")])
OPEN_MARK = re.compile(DOUBLE_OPEN)
# a single mark at a word's start: after a space, a bracket, a dash, a slash or a double mark, before a
# word or an ellipsis (after the double alternatives, so that '' is one typewriter mark, not two). One
# alternative per mark, each opening with it, as in DOUBLE_OPEN: the engine then skips to the next mark
# (a class or a group before the mark makes it try the pattern at every character, four times slower)
OPEN_ANY = re.compile("|".join([DOUBLE_OPEN] + [rf"{m}(?<![^\s(\[—–/\-“\"«„]{m})(?=[^\W_]|…)" for m in "‘'’"]))
CLOSE_MARK = {
    "\"": re.compile(r"[\"”]"), "“": re.compile(r"[”\"]"), "«": re.compile(r"»"), "„": re.compile(r"[“”\"]"),
    "''": re.compile(r"''"), "``": re.compile(r"''"), "”": re.compile(r"”"), "»": re.compile(r"«"),
}
SINGLE_OPENS = re.compile(r"[‘'’](?=[^\W_]|…)")  # a paragraph that opens with a single mark before a word
# a single mark at a word's end: after anything but a space or another mark, before no word and no mark
SINGLE_CLOSE = re.compile(r"[’'](?<=[^\s'‘’][’'])(?![^\W_]|['‘’])")
SINGLE_MARKS = frozenset("‘'’")
PLAIN_DOUBLE = frozenset({"\"", "“", "''", "``", "”"})  # marks the statement rules read as they are
NESTED = str.maketrans("“”„«»\"", "‘’‘‘’'")  # double marks inside a quotation, printed as nested ones
NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")
APOSTROPHE = "['‘’]"


@dataclass
class Quotation:
    start: int  # inside the marks
    end: int
    open_mark: int
    close_mark: int  # offset just after the closing mark (== end when the quote runs on)
    paragraph: int
    mark: str  # the opening mark as printed


@cache
def _elided_start() -> re.Pattern:
    """A word elided at its start ("’em", "’n’", "’90s"): its mark opens no quotation."""
    words = [APOSTROPHE.join(map(re.escape, w[1:].split("'"))) for w in lines("elisions.txt") if w.startswith("'")]
    return re.compile(rf"{APOSTROPHE}(?:{'|'.join(words)}|\d\d(?:s)?)(?![^\W_])", re.I)


@cache
def _elided_end() -> tuple[re.Pattern, int]:
    """A word elided at its end ("ol’", "nothin’", the "n" of "’n’"), read back from the mark after it,
    and the most characters it takes."""
    words = [w[:-1] for w in lines("elisions.txt") if w.endswith("'")]
    pattern = "|".join(APOSTROPHE.join(map(re.escape, w.split("'"))) for w in words)
    return re.compile(rf"(?<![^\W_])(?:{pattern})\Z", re.I), max(map(len, words))


@cache
def _after_closing_quote() -> frozenset[str]:
    """Words that follow a closing quotation mark but never a possessive apostrophe."""
    return word_set("after_closing_quote.txt") | word_set("subject_pronouns.txt") | word_set("auxiliaries.txt") \
        | frozenset(reporting_verbs())


def _closes(text: str, mark: int) -> bool:
    """Whether the single mark at text[mark], at a word's end, closes a quotation: not the end of an
    elision, and not a plural possessive's apostrophe before a noun ("the officials’ homes", but "‘...
    the officials’ and", "‘Stoic’ driver")."""
    pattern, longest = _elided_end()
    if pattern.search(text, max(0, mark - longest), mark):
        return False
    word = NEXT_WORD.match(text, mark + 1)
    return word is None or text[mark - 1] not in "sS" or not word.group(1).islower() \
        or word.group(1) in _after_closing_quote()


def _single_close(text: str, start: int, end: int) -> int | None:
    """Where the first single mark in text[start:end] that closes a quotation stands."""
    for candidate in SINGLE_CLOSE.finditer(text, start, end):
        if _closes(text, candidate.start()):
            return candidate.start()
    return None


def _paragraph_quotations(text: str, paragraph: Span, number: int, singles: bool, runs_on: bool) -> list[Quotation]:
    """The quotations of one paragraph, in one scan; an unclosed double mark runs to the paragraph's end,
    and so does an unclosed single one that opens the paragraph or that the next paragraph's opening
    single mark continues (`runs_on`: a quotation of several paragraphs reopens each of them)."""
    found: list[Quotation] = []
    position, end = paragraph.start, paragraph.end
    while position < end:
        opening = (OPEN_ANY if singles else OPEN_MARK).search(text, position, end)
        if opening is None:
            break
        mark = opening.group()
        if mark in SINGLE_MARKS:  # no double mark is one of these alone
            if _elided_start().match(text, opening.start()):
                position = opening.end()
                continue
            close = _single_close(text, opening.end(), end)
            if close is None:  # no single mark closes after this one: none closes after any later one either
                singles = False
                if not runs_on and text[paragraph.start:opening.start()].strip():
                    position = opening.end()
                    continue
            closing = (close, close + 1) if close is not None else None
        else:
            match = CLOSE_MARK[mark].search(text, opening.end(), end)
            closing = match.span() if match else None
        if not closing:
            found.append(Quotation(opening.end(), end, opening.start(), end, number, mark))
            break
        found.append(Quotation(opening.end(), closing[0], opening.start(), closing[1], number, mark))
        position = closing[1]
    return found


def quotations(text: str, paragraphs: list[Span]) -> list[Quotation]:
    """The quotations of each paragraph; an unclosed one runs to the paragraph's end. Single marks quote
    in every paragraph of an article printed with them, else only in paragraphs without double marks."""
    runs_on = [bool(SINGLE_OPENS.match(text, p.start)) and not _elided_start().match(text, p.start)
               for p in paragraphs[1:]] + [False]
    found = [_paragraph_quotations(text, p, n, True, runs_on[n]) for n, p in enumerate(paragraphs)]
    singles = sum(q.mark in SINGLE_MARKS for quotes in found for q in quotes)
    if 2 * singles <= sum(map(len, found)):  # an article printed with double marks
        for n, paragraph in enumerate(paragraphs):
            if any(q.mark in SINGLE_MARKS for q in found[n]) and OPEN_MARK.search(text, paragraph.start, paragraph.end):
                found[n] = _paragraph_quotations(text, paragraph, n, False, False)  # its single marks are nested
    return [q for quotes in found for q in quotes]


def as_double_quoted(text: str, quotes: list[Quotation]) -> str:
    """The text with each quotation's marks printed “…” and the double marks inside it ‘…’, one character
    for one: the quotations in single marks, guillemets and „…“ read as the statement rules expect."""
    pieces, cursor = [], 0
    for quote in quotes:
        if quote.mark in PLAIN_DOUBLE:
            continue
        pieces += [text[cursor:quote.open_mark], "“", text[quote.start:quote.end].translate(NESTED)]
        pieces.append("”" if quote.close_mark > quote.end else "")
        cursor = quote.close_mark
    return "".join(pieces) + text[cursor:] if pieces else text
