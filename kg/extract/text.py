"""Sentences and word tokens with exact character offsets, in linear time."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import accumulate
from typing import NamedTuple

from kg.extract.lexicon import word_set

# The horizontal bar some sites print for a dash ("Republicans ― three of them ― said"), read as the em dash
# the rules know; one character for one, so offsets hold (str.replace, ten times faster than translate)
HORIZONTAL_BAR, EM_DASH = "―", "—"

# A word: letters/digits joined by inner hyphens, apostrophes, slashes or dots between capitals
# ("al-Sham", "O'Brien", "RFE/RL", "U.S."); a possessive 's is its own token. The quantifiers are
# possessive (`++`, `*+`): nothing follows them that giving characters back could help match, and the
# regex engine then keeps no state to backtrack to, which makes tokenising a fifth faster.
TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}+"  # initialisms with dots: U.S., U.N.
    r"|[^\W_]++(?:[-/][^\W_]++)*+(?:['’][^\W_s][^\W_]*+)*+"  # words; O'Brien but not KNB's
    r"|['’]s\b"
    r"|[^\w\s]"
)
# the same tokens with what lies between them: split keeps them all, so offsets are running lengths
TOKEN_AND_GAP = re.compile(f"({TOKEN.pattern})")
ABBREVIATIONS = word_set("abbreviations.txt", fold=False)
# an initialism, or one of these, ends a sentence before a word that only opens one: "... entering the U.S.
# While Clinton condemned it", not "the U.S. Senate"
SENTENCE_CLOSING_ABBREVIATIONS = word_set("sentence_closing_abbreviations.txt", fold=False)
SENTENCE_OPENERS = word_set("sentence_openers.txt", fold=False)
NEXT_SENTENCE_WORD = re.compile(r"\s+(?:''|[\"“‘(\[])?([A-Z][a-z]*)(?=[\s,])")
INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")  # "J.J" of "J.J. Abrams": no sentence ends after it
# a capital of the Latin alphabets, accented ones too: a sentence may open with "Álvaro", "Şimşek", "Łódź"
CAPITALS = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
# a sentence ends after its closing marks, typewriter ones too ('' as some papers print them), before a capital
# "[.!?][.!?]*", not "[.!?]+": the same regex, but one that opens with a plain class lets the engine skip to the
# next mark instead of trying the pattern at every character (a third fewer instructions for `sentences`)
SENTENCE_END = re.compile(rf"[.!?][.!?]*(?:[\"”’)\]]|'')*(?=\s+(?:''|[\"“‘(\[])?[{CAPITALS}0-9])")


class Token(NamedTuple):
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Tokens:
    """The tokens of a stretch of text as parallel lists: most tokens are only looked at, so no object is
    made for each (`token` and `run` make them for the few that a rule takes apart)."""

    words: list[str]
    starts: list[int]
    ends: list[int]

    def __len__(self) -> int:
        return len(self.words)

    def token(self, k: int) -> Token:
        return Token(self.words[k], self.starts[k], self.ends[k])

    def run(self, i: int, j: int) -> list[Token]:
        """tokens[i:j], clipped to the tokens there are."""
        return list(map(Token._make, zip(self.words[i:j], self.starts[i:j], self.ends[i:j])))


class Sentence(NamedTuple):
    """A sentence's span and the number of its paragraph (a named tuple: cheaper to make than a frozen
    dataclass, and one is made for every sentence)."""

    start: int
    end: int
    paragraph: int


def last_match(pattern: re.Pattern, text: str, start: int, end: int) -> re.Match | None:
    """The last match of `pattern` in text[start:end], found in one pass."""
    match = None
    for match in pattern.finditer(text, start, end):
        pass
    return match


def tokenize(text: str, start: int = 0, end: int | None = None) -> Tokens:
    end = len(text) if end is None else end
    # gap, token, gap, ..., token, gap: every offset is a running sum of lengths, all worked out in C
    # rather than a Match (or a str.find) per token, which would also double the memory on a
    # megabyte-long paragraph
    pieces = TOKEN_AND_GAP.split(text[start:end])
    offsets = list(accumulate(map(len, pieces), initial=start))
    return Tokens(pieces[1::2], offsets[1:-1:2], offsets[2::2])


def _word_before(text: str, dot: int, floor: int) -> str:
    """The word, inner full stops and all, that ends at text[dot]: "U.S" before the last stop of "U.S."."""
    word_start = dot
    while word_start > floor and (text[word_start - 1].isalnum() or text[word_start - 1] == "."):
        word_start -= 1
    return text[word_start:dot].rstrip(".")


def after_abbreviation(text: str, dot: int, floor: int = 0) -> bool:
    """Whether the full stop at text[dot] ends an abbreviation ("Mr.", "Rep.", "U.S.") or an initial."""
    if text[dot] != ".":
        return False
    word = _word_before(text, dot, floor)
    return word in ABBREVIATIONS or (len(word) == 1 and word.isupper()) or INITIALS.fullmatch(word) is not None


def _closes_sentence(text: str, dot: int, after: int, floor: int) -> bool:
    """Whether the abbreviation whose full stop is text[dot] ends its sentence all the same: an initialism
    or "p.m." before a word that only opens a sentence ("to ban Muslims from entering the U.S. While
    Clinton ...", "the polls close at 7 p.m. He says ..."), not before a name ("the U.S. Senate")."""
    word = _word_before(text, dot, floor)
    if INITIALS.fullmatch(word) is None and word not in SENTENCE_CLOSING_ABBREVIATIONS:
        return False
    following = NEXT_SENTENCE_WORD.match(text, after)
    return following is not None and following.group(1) in SENTENCE_OPENERS


def sentences(text: str, start: int, end: int, paragraph: int) -> list[Sentence]:
    """Sentences of one paragraph; a full stop after an abbreviation or an initial ends one only before a
    word that opens a sentence."""
    result, cursor = [], start
    for match in SENTENCE_END.finditer(text, start, end):
        if after_abbreviation(text, match.start(), cursor) and not _closes_sentence(text, match.start(),
                                                                                     match.end(), cursor):
            continue
        result.append(Sentence(cursor, match.end(), paragraph))
        cursor = match.end()
        while cursor < end and text[cursor].isspace():
            cursor += 1
    if cursor < end:
        result.append(Sentence(cursor, end, paragraph))
    return result
