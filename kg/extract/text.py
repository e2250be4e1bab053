"""Sentences and word tokens with exact character offsets, in linear time."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.lexicon import word_set

# A word: letters/digits joined by inner hyphens, apostrophes, slashes or dots between capitals
# ("al-Sham", "O'Brien", "RFE/RL", "U.S."); a possessive 's is its own token.
TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}"  # initialisms with dots: U.S., U.N.
    r"|[^\W_]+(?:[-/][^\W_]+)*(?:['’][^\W_s][^\W_]*)*"  # words; O'Brien but not KNB's
    r"|['’]s\b"
    r"|[^\w\s]"
)
SENTENCE_END = re.compile(r"[.!?]+[\"”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])")


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    return [Token(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text, start, end)]


def after_abbreviation(text: str, dot: int, floor: int = 0) -> bool:
    """Whether the full stop at text[dot] ends an abbreviation ("Mr.", "Rep.", "U.S.") or an initial."""
    if text[dot] != ".":
        return False
    word_start = dot
    while word_start > floor and (text[word_start - 1].isalnum() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot].rstrip(".")
    return word in word_set("abbreviations.txt", fold=False) or (len(word) == 1 and word.isupper())


def sentences(text: str, start: int, end: int, paragraph: int) -> list[Sentence]:
    """Sentences of one paragraph; a full stop after an abbreviation or an initial does not end one."""
    result, cursor = [], start
    for match in SENTENCE_END.finditer(text, start, end):
        if after_abbreviation(text, match.start(), cursor):
            continue
        result.append(Sentence(cursor, match.end(), paragraph))
        cursor = match.end()
        while cursor < end and text[cursor].isspace():
            cursor += 1
    if cursor < end:
        result.append(Sentence(cursor, end, paragraph))
    return result
