"""Positions: who is for or against what, read from attributed statements with curated cues.

A position is a stance cue ("in favour of", "would like to see", "it would be a mistake to") followed,
within a few words of the same clause, by an issue keyword ("amnesty", "leniency"); a negation just
before the cue ("not in favour of") turns it around. An attribution cue that takes a side itself
("called on the authorities to release", "demanded his release") counts when the statement's words
name an issue. The cues, negations and issues are rows of `data/stance_cues.tsv`; each issue becomes a
topic (skos:Concept) shared by every article that argues about it.

Rules (recorded as `kg:rule` on each position):
- `stance.cue_before_issue`: a stance cue in the statement, then the issue;
- `stance.attribution_cue`: the attribution cue takes the side, the statement names the issue.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from kg.extract.lexicon import alternation, rows
from kg.models import Position, Statement

WINDOW = 6  # at most this many words between the end of a cue and the issue keyword
NEGATION_WINDOW = 3  # a negation this many words before a cue flips it
CLAUSE_BREAK = re.compile(r"[.!?;:]|\bbut\b|\bwhile\b|\bwhereas\b|\bhowever\b")
WORD = re.compile(r"[\w’'-]+")


@dataclass(frozen=True)
class Issue:
    label: str
    broader: str | None


@dataclass(frozen=True)
class Lexicon:
    cues: re.Pattern
    cue_stance: dict[str, str]
    verbs: dict[str, str]
    negation: re.Pattern
    issues: re.Pattern
    issue_of: dict[str, Issue]
    issue_openers: tuple[str, ...] | None  # first words of the issue keywords when all are ASCII, lower case, sorted


def _alternation(phrases: list[str]) -> str:
    """Longest first ("should not" before "should"); any whitespace between the words."""
    return alternation((" ".join(p.split()) for p in phrases), space=r"\s+")


@cache
def lexicon() -> Lexicon:
    cue_stance: dict[str, str] = {}
    verbs: dict[str, str] = {}
    negations: list[str] = []
    issue_of: dict[str, Issue] = {}
    for row in rows("stance_cues.tsv"):
        kind = row[0]
        if kind == "cue":
            for phrase in row[1].split("|"):
                cue_stance[phrase.strip().lower()] = row[2].strip()
        elif kind == "verb":
            for phrase in row[1].split("|"):
                verbs[phrase.strip().lower()] = row[2].strip()
        elif kind == "negation":
            negations.extend(p.strip().lower() for p in row[1].split("|"))
        elif kind == "issue":
            issue = Issue(row[1].strip(), None if row[2].strip() in ("", "-") else row[2].strip())
            for keyword in row[3].split("|"):
                issue_of[keyword.strip().lower()] = issue
        else:
            raise ValueError(f"stance_cues.tsv: unknown row kind {kind!r}")
    ascii_keywords = all(map(str.isascii, issue_of))
    negated_words = [re.escape(n) for n in negations if not n.startswith("n'")]
    negation = re.compile(r"(?:\b(?:" + "|".join(negated_words) + r")\b|n't\b|n’t\b)", re.IGNORECASE)
    return Lexicon(
        cues=re.compile(r"\b(?:" + _alternation(list(cue_stance)) + r")\b", re.IGNORECASE),
        cue_stance=cue_stance, verbs=verbs, negation=negation,
        issues=re.compile(r"\b(?:" + _alternation(list(issue_of)) + r")\b", re.IGNORECASE),
        issue_of=issue_of, issue_openers=tuple(sorted({k.split()[0] for k in issue_of})) if ascii_keywords else None)


def _words(text: str) -> int:
    return len(WORD.findall(text))


def _flip(stance: str) -> str:
    return "against" if stance == "for" else "for"


def _normal(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def find_positions(text: str, statements: list[Statement]) -> list[Position]:
    """The positions the statements take: at most one per statement and issue, in text order."""
    lex = lexicon()
    positions: list[Position] = []
    may_name_an_issue = _issue_test(text, lex)
    for statement in statements:
        start = statement.content.start
        if not may_name_an_issue(start, statement.content.end):
            continue
        words = text[start:statement.content.end]
        seen: set[str] = set()
        cues = None  # most statements name no issue: look for cues only in those that do
        for match in lex.issues.finditer(words):
            issue = lex.issue_of.get(_normal(match.group()))
            if issue is None or issue.label in seen:  # None: matched only by case folding ('İ', 'ſ', 'K')
                continue
            if cues is None:
                cues = list(lex.cues.finditer(words))
            position = _from_cue(words, cues, match, lex)
            rule = "stance.cue_before_issue"
            if position is None and statement.cue and _normal(statement.cue) in lex.verbs:
                before = words[:match.start()]
                if not CLAUSE_BREAK.search(before) and not lex.negation.search(before):
                    position = (lex.verbs[_normal(statement.cue)], statement.cue, match.start(), False)
                    rule = "stance.attribution_cue"
            if position is None:
                continue
            stance, cue, cue_start, negated = position
            seen.add(issue.label)
            evidence = {"start": start + min(cue_start, match.start()) if cue_start >= 0 else start + match.start(),
                        "end": start + match.end()}  # validated with the position: one validation, not two
            positions.append(Position(
                stance=stance, issue=issue.label, broader=issue.broader, speaker=statement.speaker,
                speaker_description=statement.speaker_description, statement=statement.content,
                evidence=evidence, cue=cue, negated=negated, rule=rule))
    return positions


# the only characters besides ASCII letters that an ASCII letter matches regardless of case: İ ı ſ K (Kelvin)
CASE_TRAPS = "\u0130\u0131\u017f\u212a"


def _issue_test(text: str, lex: Lexicon) -> Callable[[int, int], bool]:
    """A test of text[start:end] that is False when those words surely name no issue, sparing most
    statements the regexes: where the first word of an issue keyword occurs is found once in the whole
    text, so the test costs a few look-ups per statement however long and overlapping statements are
    (without the case traps, matching ASCII keywords regardless of case is matching the lower-cased
    text, which then keeps the text's offsets)."""
    if lex.issue_openers is None or any(trap in text for trap in CASE_TRAPS):  # four substring searches: no regex
        return lambda start, end: True
    lowered = text.lower()
    found: list[tuple[list[int], int]] = []
    for opener in lex.issue_openers:
        at, place = [], lowered.find(opener)
        while place >= 0:
            at.append(place)
            place = lowered.find(opener, place + 1)
        if at:
            found.append((at, len(opener)))

    def test(start: int, end: int) -> bool:
        for at, length in found:
            index = bisect_left(at, start)
            if index < len(at) and at[index] + length <= end:
                return True
        return False
    return test


def _from_cue(words: str, cues: list[re.Match], issue: re.Match, lex: Lexicon):
    """(stance, cue, cue start, negated) of the nearest cue before the issue keyword, or None."""
    for cue in reversed(cues):
        if cue.end() > issue.start():
            continue
        gap = words[cue.end():issue.start()]
        if _words(gap) > WINDOW or CLAUSE_BREAK.search(gap):
            return None
        phrase = _normal(cue.group())
        stance = lex.cue_stance[phrase]
        negated = False
        if not lex.negation.search(phrase):
            before = WORD.findall(words[:cue.start()])[-NEGATION_WINDOW:]
            tail = " ".join(before)
            if lex.negation.search(tail) and not CLAUSE_BREAK.search(words[max(0, cue.start() - 40):cue.start()]):
                stance, negated = _flip(stance), True
        return stance, cue.group(), cue.start(), negated
    return None
