"""Who is speaking: the named person or organisation, a pronoun resolved to the person meant, or an
unnamed source kept as a description ("a source in the security services"), never the nearest name."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.names import gender
from kg.models import Entity, EntityRef
from kg.resolve import MentionIndex

PRONOUNS = {"he": "male", "she": "female", "they": None, "it": None}
SOURCE_NP = re.compile(r"^(?:(?:a|an|the|some|many|other|several|two|three|one|local|most)\s+)?[a-z][\w\-’']*", re.I)
SUBJECT_START = re.compile(r"(?:^|[,;:–—-]\s+(?:but|and|while|whereas)?\s*|\b(?:but|and|while|whereas)\s+)", re.I)


@dataclass
class Speaker:
    ref: EntityRef | None
    description: str | None
    rule: str


class SpeakerFinder:
    """Reads the subject of an attribution; remembers speakers to resolve pronouns."""

    def __init__(self, text: str, index: MentionIndex, entities: list[Entity]):
        self.text = text
        self.index = index
        self.genders = {(e.kind, e.key): gender(e.name.split()[0]) if " " in e.name else None
                        for e in entities if e.kind == "person"}

    def in_region(self, start: int, end: int, rule: str) -> Speaker | None:
        """The speaker named in text[start:end], the subject of a reporting verb."""
        region = self.text[start:end]
        stripped = region.strip(" ,;:\n\"“”")
        if not stripped:
            return None
        mentions = self.index.within(start, end)
        people = [m for m in mentions if m[2].kind == "person"]
        if people:
            return Speaker(people[0][2], None, rule)
        words = stripped.split()
        first = words[0].lower()
        if first in PRONOUNS and len(words) <= 2:
            return self.pronoun(first, start, rule)
        organizations = [m for m in mentions if m[2].kind == "organization"]
        if organizations:
            lead = self.text[start:organizations[0][0]].strip(" ,").lower()
            if lead in ("", "the", "a", "an") or lead.endswith(" the"):
                return Speaker(organizations[0][2], None, rule)
        if len(words) <= 12 and SOURCE_NP.match(stripped) and not words[0][0].isupper() or (
                words[0] in ("A", "An", "The", "Some", "Many", "Other", "Several", "Officials", "Residents",
                             "Witnesses", "Experts", "Analysts", "Police", "Sources", "Critics", "Officials")):
            if len(words) <= 12:
                return Speaker(None, stripped, rule.replace("named", "unnamed"))
        return None

    def pronoun(self, word: str, offset: int, rule: str) -> Speaker | None:
        wanted = PRONOUNS.get(word)
        kind = "organization" if word == "it" else "person"
        for _, _, ref in self.index.before(offset, kind):
            if kind == "organization" or wanted is None or self.genders.get((ref.kind, ref.key)) in (None, wanted):
                return Speaker(ref, None, rule + "+pronoun")
        return None
