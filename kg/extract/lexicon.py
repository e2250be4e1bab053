"""Load the curated data files beside the extractors, once per process.

Each file is plain text a reviewer can read in a diff: one entry per line, `#` starts a comment,
tab-separated columns where an entry has more than a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data"


def lines(name: str) -> list[str]:
    """Non-comment, non-blank lines of a data file, stripped of trailing whitespace."""
    result = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            result.append(line.rstrip())
    return result


def rows(name: str) -> list[list[str]]:
    """Tab-separated rows of a data file."""
    return [line.split("\t") for line in lines(name)]


@cache
def word_set(name: str, fold: bool = True) -> frozenset[str]:
    return frozenset(line.strip().lower() if fold else line.strip() for line in lines(name))


@cache
def keyword_classes(name: str) -> dict[str, str | None]:
    """keyword -> schema.org class (None for a plain Organization, or for a word that says nothing of it)."""
    return {row[0]: (None if len(row) < 2 or row[1] in ("-", "~") else row[1]) for row in rows(name)}


@cache
def reporting_verbs() -> dict[str, tuple[str, bool]]:
    """Every inflected form of a reporting verb -> (lemma, takes an addressee)."""
    forms: dict[str, tuple[str, bool]] = {}
    for line in lines("reporting_verbs.txt"):
        takes_addressee = line.endswith("+to")
        line = line.removesuffix("+to").strip()
        lemma, _, irregular = line.partition(":")
        lemma = lemma.strip()
        separator = "," if "," in irregular else None  # "speaks about, spoke about": phrasal forms
        inflected = [f.strip() for f in irregular.split(separator)] if irregular else regular_forms(lemma)
        for form in [lemma, *inflected]:
            forms[form] = (lemma, takes_addressee)
    return forms


def regular_forms(lemma: str) -> list[str]:
    """says/said-style forms of a regular verb, also for phrasal ones ("point out")."""
    verb, _, particle = lemma.partition(" ")
    suffix = f" {particle}" if particle else ""
    if verb.endswith("e"):
        stems = [verb + "s", verb + "d", verb[:-1] + "ing"]
    elif verb.endswith("y") and verb[-2:-1] not in "aeiou":
        stems = [verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"]
    elif verb.endswith(("s", "sh", "ch", "x")):
        stems = [verb + "es", verb + "ed", verb + "ing"]
    else:
        stems = [verb + "s", verb + "ed", verb + "ing"]
    return [stem + suffix for stem in stems]


def alternation(words: Iterable[str], space: str | None = None) -> str:
    """A regex for any of the words, tried longest first like `longest|long|lo`, written as a trie
    ("add(?:ed|ing|s)?"): the regex engine tries the branches of a plain alternation one by one at
    every position, so one of hundreds of words costs hundreds of tries per character. `space`, when
    given, is the regex that a space inside a word stands for."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _trie_pattern(trie, space)


def _trie_pattern(node: dict, space: str | None) -> str:
    branches = [(space if char == " " and space else re.escape(char)) + _trie_pattern(child, space)
                for char, child in sorted(node.items()) if char]
    if "" in node:  # a word ends here; the longer ones go first, as the greedy `?` tries them first
        return f"(?:{'|'.join(branches)})?" if branches else ""
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
