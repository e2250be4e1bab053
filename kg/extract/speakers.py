"""Who is speaking: the named person or organisation, a pronoun resolved to the person meant, or an
unnamed source kept as a description ("a source in the security services"), never the nearest name."""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import cache, cached_property

from kg.extract.gazetteer import lookup, prominent
from kg.extract.lexicon import alternation, lines, rows, word_set
from kg.extract.names import (NOT_NAMES, ORGANIZATION_NOUNS, body_nouns, common_noun, common_word, demonyms,
                              gender, is_first_name, person_nouns, role_in_capitals, role_modifiers, role_words,
                              titles)
from kg.extract.text import last_match
from kg.models import Entity, EntityRef, Mention, Span
from kg.read import slugify
from kg.resolve import MentionIndex

PRONOUNS = {pronoun: None if gender == "-" else gender for pronoun, gender in rows("pronoun_genders.tsv")}
APPOSITIVE_START = re.compile(r"\s*(?:a|an|the|who|whose|his|her|their|its|one|also|himself|herself|former|then|now)\b",
                              re.I)
QUANTIFIERS = word_set("quantifiers.txt")
CLAUSE_OPENERS = word_set("clause_openers.txt")
# words before a subject: "But she said", "Then he added", "Later police said"
SUBJECT_OPENERS = CLAUSE_OPENERS | word_set("sequence_adverbs.txt")
OPENER_WORD = re.compile(r"\s*([A-Za-z]+)\s+(?=\S)")
PARTICIPLE_PHRASE = re.compile(r"[a-z]+ed\b[^,]{0,40},\s*")  # "contacted, ", "reached by phone, "
LEADING_PHRASE = re.compile(r"(?:" + "|".join(map(re.escape, lines("opening_phrase_words.txt"))) + r")\b[^,]{0,80},\s*")
# "An official, speaking on condition of anonymity, said", "Executives for Acme, which earned $3 billion, say":
# such a phrase or a clause about a thing set off inside the subject is no part of who spoke (a clause with
# "who" may be: "A woman, who works at the plant, said")
ASIDE_IN_SUBJECT = re.compile(r",\s*(?:which|" + "|".join(re.escape(w.lower()) for w in lines("opening_phrase_words.txt"))
                              + r")\b[^,]{0,80},?\s*$")
RELATIVE_ASIDE = re.compile(r",\s*(?:which|whose)\s")
RELATIVE_WORD = re.compile(r"\bwho\s+(?=[a-z])")  # "who backs", not "who Beck called"
CLAUSE_BREAK = re.compile(r"[,;:?!—–]|\s-\s")
RELATIVE_REACH = 80  # characters from "who" to a name its clause may hold
COMPARISON_OPEN = re.compile(r"\s*[Ll]ike\s+(?=[A-Z])")  # "Like Obama, Clinton said"
LIST_COMMA = re.compile(r",\s+")
LIST_END = re.compile(r",?\s+(?:and|or)\s+")
# "including" and "such as" too: "Democrats, including Roy Cooper, praised it" is the Democrats'
PREPOSITION_BEFORE = re.compile(r"\b(of|in|at|from|for|with|by|to|about|on|against|near|and|or|including|such\s+as)"
                                r"\s+(?:the\s+)?$", re.I)
ONE_WORD_TITLES = alternation(title for title in lines("titles.txt") if " " not in title)  # "Sen.", "Judge"
# "Senator Rubio", "John Bolton", "Grant B. Young": what may stand right before a surname written in full
FIRST_NAME_OR_TITLE_BEFORE = re.compile(rf"\b(?:(?P<title>{ONE_WORD_TITLES})\.?|(?P<first>[A-Z][a-z]+))\s+(?:[A-Z]\.\s+)?\Z")
WINDOW_OF_NAME = 80  # how far a name read where someone speaks may run past the words read
NAME_GOES_ON = re.compile(r"[’'\-]?\w|\s+[A-Z]")  # "George Washington University" is no person's name
SPEAKER_NAME = re.compile(rf"(?:^|(?<=[\s(]))(?:(?P<the>[Tt]he\s+)|(?P<title>(?:(?:{ONE_WORD_TITLES})\.?\s+){{1,2}}))?"
                          r"(?P<name>[A-Z][a-z](?:[\w’']|-(?=\w))*(?:\s+(?:[A-Z]\.\s+)?[A-Z][a-z](?:[\w’']|-(?=\w))*){0,2})"
                          r"(?:\s*(?:[,(]|$)|(?P<of>\s+(?=of\s+(?:the\s+)?[A-Z])))")  # "Ann Roe of Acme Corp."
POSSESSIVE = r"(?:['’]s|(?<=s)['’])"  # "Clinton's", "Francis'"
POSSESSOR = re.compile(rf"{POSSESSIVE}\s+[a-z]")  # "Clinton's campaign", "Francis' aides"
OWNER_OF_NEXT = re.compile(rf"{POSSESSIVE}\s+")  # "the KRG's " right before another organisation's name
POSSESSIVE_END = re.compile(rf"(?<=\w){POSSESSIVE}\s*$")
POSSESSIVE_ENDINGS = ("'s", "’s", "s'", "s’")  # what text that POSSESSIVE_END matches in ends with
# an aside after a country, "China, Pyongyang's only ally, said", "Russia, a permanent member, said"; not a list
PLACE_ASIDE = re.compile(r"\s*(?:(?:a|an|the|its|one|which|whose|long)\s|[\w\-]+['’]s?\s)", re.I)
LIST_OF_NAMES = re.compile(r"\b(?:and|or)\s+[A-Z]")  # "Israel, Egypt and Jordan"
PREPOSITION = re.compile(r"\b(?:of|in|at|from|for|with|by|to)\b", re.I)
WORD_AFTER = re.compile(r"\s+([\w-]+)")  # the word after a name: "official" of "European Union official"
TIE_AFTER = re.compile(rf"\s+(?:{alternation(lines('person_ties.txt'))})\b")  # "Trump aide", "Clinton supporters"
# a description of one person: "a resident of Eika", "an Andkhoy resident who wished not to be named"
ONE_PERSON = re.compile(r"^(?i:a|an)\s+(?:[\w’'-]+\s+){0,3}?(?P<noun>[\w’'-]*[^s\W])(?:\s+(?:of|for|from|in|at|who|with)\b|,|$)")
SAYING_WORDS = frozenset(("said", "says", "told", "tells"))  # never inside a source's description
CLAUSE_ENDS = ".,;:!?\"”’')"  # what ends a word that ends a clause: "Florida." of "rallied in Florida. Cruz"
TITLE_ABBREVIATIONS = {abbreviation: nouns.split("|") for abbreviation, nouns in rows("title_abbreviations.tsv")}
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she"}  # whose, and the pronoun that would be its subject
DOCUMENT_NOUNS = word_set("document_nouns.txt")
INTERVIEW_LABELS = dict(rows("interview_labels.tsv"))  # "Q" -> interviewer, "A" -> interviewee
INTERVIEW_TURN = re.compile(r"^(?:" + "|".join(INTERVIEW_LABELS) + r")\s*:", re.I | re.M)
PLAIN_PERSON_NOUNS = word_set("plain_person_nouns.txt")
OFFICES = word_set("offices.txt")
OFFICE_PHRASES = dict(rows("office_phrases.tsv"))
NAMED_BODY_NOUNS = word_set("named_body_nouns.txt")
NOUN_GENDERS = dict(rows("person_noun_genders.tsv"))
SPEAKING_BODIES = word_set("speaking_bodies.txt") | DOCUMENT_NOUNS
UNNAMED_REACH = 600  # characters after an unnamed source that a pronoun may still mean it
FUNCTION_WORDS = r"(?:of|for|to|in|on|at|by|with|from|and|or|who|that)"  # not inside "a [modifiers] spokesperson"
ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|an?|An?)\s+$")  # "the Obama campaign", "a Trump supporter"
LOWER_WORD_AFTER = re.compile(rf"\s+(?!{FUNCTION_WORDS}\b)[a-z]")  # a noun: not "the Clinton of lore"
RELATIVE_AFTER = re.compile(r",\s+who\b")
# a preposition, then a title or two before a name: "for UN Secretary-General", "of Sen.", "including Attorney
# General"; not "by", "with" ("as described by FBI Director James Comey", "with Sen. John McCain calling it"):
# their name is the speaker
TITLES_BEFORE = re.compile(r"\b(of|for|to|about|against|including|such\s+as)\s+(?:the\s+)?((?:[A-Z][\w.-]*\s+){1,3})$")
# "The Government of National Unity, led by President Ali Nuri, said": who leads the subject is not the subject
LED_BY = re.compile(rf"\b(?:{alternation(['led', *(verb for verb in lines('leading_verbs.txt') if verb.endswith('ed'))])})"
                    r"\s+by\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}$")


def _owned_by_a_role(description: str) -> bool:
    """Whether a description of an organisation says whose it is by a person's role ("the prime minister's
    office", "the senator's campaign"): no organisation named before, as "the nation's largest gun group" may be."""
    return any(word.lower().endswith(POSSESSIVE_ENDINGS) and word.lower()[:-2] in person_nouns()
               for word in description.split()[1:-1])


def _read_since(readings: list[tuple[int, str]], offset: int, named_at: int) -> str | None:
    """Of (where, what) readings in text order, what the last one before `offset` read, if it was read
    after the last person named (at `named_at`) and at most UNNAMED_REACH before."""
    at = bisect_left(readings, (offset, "")) - 1
    if at < 0:
        return None
    start, what = readings[at]
    return what if named_at < start and offset - start <= UNNAMED_REACH else None


def _introducing(words: list[str]) -> list[str]:
    """The words right before a name that introduce it, back to a verb that ends another clause or a word
    that ends one ("Arizona Sen.", "Republican presidential candidate", "Tbilisi Mayor,"; not "senator
    would debate" of "the senator would debate Roe", nor "Florida." of "rallied in Florida. Cruz")."""
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        if word.lower() in AUXILIARIES or word.lower() in SAYING_WORDS \
                or word[-1:] in CLAUSE_ENDS and not _title_word(word.rstrip(CLAUSE_ENDS)):
            return words[k + 1:]
    return words


def _as_roles(words: set[str]) -> set[str]:
    """The words before a name as a later description may call the person: "Sen." is "senator"."""
    folded = {w.lower().strip(",.") for w in words}
    return folded.union(*(TITLE_ABBREVIATIONS.get(w, ()) for w in folded))


def _places(words: Iterable[str]) -> set[str]:
    """The places capitalised words name, a people's word as its country: "Arizona", "Tajik" (Tajikistan)."""
    found = set()
    for word in words:
        word = word.strip(",.").removesuffix("'s").removesuffix("’s")
        place = demonyms().get(word) or (word if word[:1].isupper() and lookup(word) is not None else None)
        if place is not None:
            found.add(place.lower())
    return found


def _past_participle_phrase(subject: str) -> str:
    """The subject less a participle phrase that opens it ("(When) contacted, a spokesperson for ...")."""
    phrase = PARTICIPLE_PHRASE.match(subject)
    return subject[phrase.end():] if phrase and phrase.end() < len(subject) else subject


def _without_aside(description: str, region: str) -> str:
    """An unnamed source's description less a phrase or a "which" clause set off after a noun phrase of a
    few words and closed by a comma before the verb (`region` is the subject as written, that comma too):
    up to four words before a "which" clause ("Executives for Acme, which ..."), up to eight before a phrase
    ("An official at the OSCE office in Bishkek, speaking on condition of anonymity,")."""
    aside = ASIDE_IN_SUBJECT.search(description) if region.rstrip().endswith(",") else None
    if aside is None:
        return description
    head_words = 4 if description[aside.start():].lstrip(", ").startswith("which") else 8
    return description[:aside.start()] if len(description[:aside.start()].split()) <= head_words else description


def _head_words(words: list[str]) -> int:
    """The words of a source's description before a relative clause set off by a comma ("A resident of
    Eika, who is also a member of a local vigilante group,"), or before an apposition after a short head
    ("one of the guests, the owner of a small bakery in the old town,"): the clause may be long, the source not."""
    for k in range(1, len(words)):
        if words[k - 1].endswith(",") and (words[k].lower() in ("who", "whose")
                                           or words[k] == "which" and words[k - 1][:1].isupper()
                                           or words[k].lower() in APPOSITION_ARTICLES and k <= APPOSITION_HEAD):
            return k  # also "A spokesman for the FTC, which closed its own inquiry,": a clause about a name
    return len(words)


APPOSITION_ARTICLES = ("a", "an", "the")
APPOSITION_HEAD = 5  # words of a source's head before its apposition: "one of the guests,", not a clause


def _title_word(word: str) -> bool:
    """A word of a title before a name: a title ("Sen.", "Secretary-General", "President"), a role
    ("Attorney General", "Majority Leader") or the acronym of the body it serves ("UN", "US")."""
    word = word.rstrip(".")
    lower = word.lower()
    return ((lower,) in titles() or lower in role_words() or lower in role_modifiers() or word.isupper()
            or all((part,) in titles() for part in lower.split("-")))


AUXILIARIES = word_set("auxiliaries.txt")
NOT_SPEAKER_NAMES = word_set("not_speaker_names.txt", fold=False)
# "the court", "the party": the kinds of organisation a description's noun may refer back to
DESCRIPTION_SUBTYPES = {row[0]: frozenset(row[1].split("|")) for row in rows("description_subtypes.tsv")}
SOURCE_BY = re.compile(r"\b(?:by|from)\s+(?:the\s+)?$")  # "a tally by the Associated Press": its author
# "A statement from the Interior Ministry", "a new report by Human Rights Watch": what a body or a person put
# out, by whom; the name follows, after a few words that describe a person ("a study by sociologist Ann Roe")
DOCUMENT_BY = re.compile(r"(?:(?i:a|an|the|this|that|its|his|her|their|one|new)\s+)?(?:[a-z][\w\-]*\s+){0,3}?"
                         rf"(?i:{alternation(lines('document_nouns.txt'))})\s+"
                         r"(?:(?:issued|released|published|filed|signed|written|sent|posted)(?:\s+out)?\s+)?(?:by|from)\s+"
                         r"(?:the\s+)?(?:(?!(?:of|at|in|for|with|from|on|to|and)\s)[a-z][\w\-]*\s+){0,3}")
# "Sanders' fundraising email to supporters notes", "Human Rights Watch's report says": the possessor's own
# document, after a few words that describe it
OWNED_DOCUMENTS = alternation(sorted(word_set("document_nouns.txt") - word_set("documents_about_their_possessor.txt")))
OWNED_DOCUMENT = re.compile(rf"{POSSESSIVE}\s+(?:[a-z][\w\-]*\s+){{0,3}}?(?i:{OWNED_DOCUMENTS})\b")
SOURCE_NAME = re.compile(r"(?:[Tt]he\s+)?(?P<name>[A-Z][\w&.\-’']*(?:\s+[A-Z][\w&.\-’']*){0,3})")  # "Variety"
BRACKETS_BEFORE_COMMA = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?")  # "Lee Bright (R), ..."
ARTICLES = {"a", "an", "the"}
# capitalised words, a comma and a description with no phrase of its own: "Field Play Promotions, a talent agency"
NAME_THEN_ORGANIZATION = re.compile(r"(?P<name>[A-Z][\w&.’'\-]*(?:\s+[A-Z][\w&.’'\-]*){0,4}),\s+(?:a|an|the)\s+"
                                    r"(?:(?!(?:of|for|at|in|with|to|from|by|on|who|which|that)\s)[\w\-’']+\s+){0,5}"
                                    r"(?P<noun>[\w\-]+)")
PLACE_BODY = re.compile(r"(?P<place>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2})['’]s\s+(?P<body>[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*){0,2})")
# "the", a few words that describe and the name itself: "the news site RTL Info", "The U.S. Geological Survey",
# "the Hollywood Chamber of Commerce"; without "the" (`_organization_named_in` asks for an organisation's
# noun then), as headline-like copy writes: "Campaign group Clean Rivers Now", "Supporters' group X (XFU)"
DESCRIBED_NAME = re.compile(r"(?P<the>[Tt]he\s+)?(?P<description>(?:(?!(?:of|for|at|in|with|to|from|by|on|who|which|that|and|or)\s)"
                            r"[A-Za-z][\w\-’']*\s+){0,6}?)(?:the\s+)?"
                            r"(?P<name>[A-Z][\w&.’'\-]*(?:\s+(?:(?:of|for|and|on|the|&)\s+)*[A-Z][\w&.’'\-]*)*)"
                            r"(?:\s+\([A-Z]{2,}\)?)?")
RUNNING_TEXT_AFTER = re.compile(r"[\s,]*([\w’']+)")  # the word after a name: a verb in lower case outside headlines
SOURCE_NP = re.compile(r"^(?:(?:a|an|the|some|many|other|several|two|three|one|local|most)\s+)?(?:[a-z][\w\-’']*|\d[\d,.]*%?\s)",
                       re.I)  # "a source", "officials", "1,409 teachers", "42% say"


def noun_fits(noun: str, organization: Entity | None) -> bool:
    """Whether a description's noun fits what the organisation is (`description_subtypes.tsv`): "the
    company" is no news outlet named before, "the court" is one whose name holds "court"."""
    classes = DESCRIPTION_SUBTYPES.get(noun.lower())
    return classes is None or organization is None or (organization.subtype or "-") in classes \
        or noun.lower() in organization.name.lower()


@cache
def description_pattern(kind: str) -> re.Pattern:
    """ "the Wisconsin Republican", "the rights group": a definite description of a person or an
    organisation, from the curated nouns (and, for people, the roles)."""
    if kind == "person":
        nouns = {n.strip() for n in lines("person_descriptions.txt")} | {r.strip().lower() for r in lines("roles.txt")} \
            | set(OFFICE_PHRASES)
    else:
        nouns = ORGANIZATION_NOUNS
    return re.compile(rf"^(?:the|this|that)\s+(?:[\w\-’']+\s+){{0,3}}?(?:{alternation(nouns)})$", re.I)


def add_named(entities: list[Entity], named: list[tuple[Entity, Mention]]) -> None:
    """What the speaker finder noted (`SpeakerFinder.named`, `.governments`), joined to the article's
    entities: each mention to the entity of its kind and key, made (as the finder made it) when the
    article has none."""
    for made, mention in named:
        entity = next((e for e in entities if e.kind == made.kind and e.key == made.key), None)
        if entity is None:
            entity = made
            entities.append(entity)
        entity.mentions.append(mention)


@dataclass
class Speaker:
    ref: EntityRef | None
    description: str | None
    rule: str
    pronoun_at: tuple[str, int] | None = None  # the pronoun read as this speaker, and where


# the words of a description set off after a name, up to a preposition or clause: "Richard Cross, a former
# staff member for ...", "Don Guardian, the first Republican mayor elected in ..."
APPOSITIVE_AFTER = re.compile(r",\s+(?:a|an|the)\s+(?P<words>(?:(?!(?:of|for|at|in|with|to|from|by|on|who|which|that)\b)"
                              r"[\w’'\-]+\s*){1,5})")
DESCRIBED_CANDIDATES = 4  # people a definite description may reach back past the nearest
INTRODUCTION = 40  # characters before a name that introduce it, at most
ANTECEDENT_WINDOW = 1500  # characters a definite description reaches back for a source introduced unnamed
INTRODUCTION_WORDS = 3  # words before a name that introduce it: "Arizona Sen." John McCain
TITLE_BEFORE = 100  # characters of a title in capitals before a name, at most
TITLE_CONNECTORS = ("of", "and", "for", "to", "the")  # inside a title: "Minister of Water Resources and Irrigation"


class SpeakerFinder:
    """Reads the subject of an attribution; remembers speakers to resolve pronouns."""

    def __init__(self, text: str, index: MentionIndex, entities: list[Entity], titled_sexes: dict[str, str] | None = None):
        self.text = text
        self.index = index
        self.entities = entities
        self.titled_sexes = titled_sexes or {}  # person key -> the sex a title before their name said ("Mr.")
        self.place_types = {e.key: e.subtype for e in entities if e.kind == "place"}
        self.person_names = {("person", e.key): e.name for e in entities if e.kind == "person"}
        self.genders: dict[tuple[tuple[str, str], bool], str | None] = {}  # read by `_gender`
        self.governments: list[tuple[Entity, Mention]] = []  # places that spoke, where: "Israel said"
        self.named: list[tuple[Entity, Mention]] = []  # names read as speakers, where: "Eric Trump said"
        self.made: list[Entity] = []  # the entities of those names the article did not have, in order
        self.unnamed_one: list[tuple[int, str]] = []  # one person read as an unnamed source, where: "a resident"
        # where a subject was read as a person the mention index does not hold there, and whom: a description
        # ("the senator said") or a surname the name rules read as something else ("Bolton said": a town)
        self.people_read: list[tuple[int, str]] = []
        self.written_in_full: dict[str, str | None] = {}  # surname -> the name it is written in full as
        # the first entity of each kind and key, and the first person of each surname, of the article's
        # entities and then the made ones: looked up, not searched for, as an article may have thousands
        self.by_key: dict[tuple[str, str], Entity] = {}
        self.by_surname: dict[str, Entity] = {}
        # the subject of the sentence before the one at an offset, of a kind: set by the statement finder,
        # which reads sentences (`StatementFinder.subject_before`)
        self.subject_before: Callable[[int, str], EntityRef | None] = lambda offset, kind: None
        for entity in entities:
            self._remember(entity)

    def in_region(self, start: int, end: int, rule: str, nearest_last: bool = False) -> Speaker | None:
        """The speaker named in text[start:end], the subject of a reporting verb.

        With `nearest_last`, the person nearest the end wins: the subject of a verb that follows
        ("According to lawyer X, during the session Y said ..." gives Y for "said").
        """
        start = self._after_openers(start, end)
        compared = self._compared(start, end)
        if compared and not self.text[compared[-1][1]:end].strip(" ,"):
            return None  # "... and like Trump has spoken about it": a comparison, no subject
        region = self.text[start:end]
        stripped = region.strip().strip(",;:.\"“”").strip()
        if not stripped or not stripped.split():
            return None
        possessor = self.possessor(start, end)
        if possessor is not None:  # "a fact-check of Donald Trump's claim that": the cue is a noun, his
            return Speaker(possessor, None, rule + "+possessive")
        first_word_at = start + len(region) - len(region.lstrip())
        opener = LEADING_PHRASE.match(self.text, first_word_at, end)  # "In addition, a fundraising email sent by X"
        author = self._document_author(first_word_at, end) or (
            self._document_author(opener.end(), end) if opener else None)
        if author is not None:
            return Speaker(author, None, rule + "+document_author")
        # a name after a preposition is not the speaker: "Relatives of Doniyor Nabiev told ..."
        mentions = [m for m in self.index.within(start, end) if not self.after_preposition(start, m[0])]
        mentions = [m for m in mentions if m not in compared  # "Like Obama, Clinton said": Clinton
                    and not self._in_relative_clause(start, m[0])]  # "Voters who back Roe said": the voters
        relative = RELATIVE_ASIDE.search(self.text, start, end)
        if relative is not None and region.rstrip().endswith(","):
            # "Vyasna, whose founder Ann Roe is in jail, says", "The company, which a Hong Kong firm owns,
            # said": the clause says something about the subject before it; no name inside it spoke
            mentions = [m for m in mentions if m[0] < relative.start()]
        # a name before 's and a noun is not the subject, the noun is: "Mr. Pendleford's aides", "Hillary
        # Clinton's campaign manager Robby Mook"
        people = [m for m, after in zip(mentions, [*mentions[1:], None]) if m[2].kind == "person"
                  and not POSSESSOR.match(self.text, m[1], end) and not self._owns_organization(m, after)
                  and not self._modifies_tie(m[1], end)]
        if nearest_last and people:  # "Nick Merrill, a spokesman for Mrs. Clinton,": the name that opens it
            lead = SPEAKER_NAME.match(self.text, start + len(region) - len(region.lstrip()), end)
            if lead and self.text[lead.end() - 1] in ",(":  # "Sen. Roy Blunt (R-Mo.), facing X, noted"
                opening = [m for m in mentions if m[0] <= lead.start("name") < m[1]]
                if opening and opening[0][2].kind == "person":  # "Armstrong Williams, Carson's adviser, said"
                    return Speaker(opening[0][2], None, rule)
                named = None if opening or compared else self.named_here(start, end, rule)
                if named is not None:
                    return named
            described = self._described_before_aside(start, end, people)
            if described is not None:  # "Florida delegate Ann Roe, wearing a Smith T-shirt, said": Roe
                return Speaker(described, None, rule)
        if people:
            if nearest_last:  # the subject nearest the verb, but not a name inside ", a Trump supporter,"
                people = [m for m in people if not self._in_appositive(start, m[0], end)] or people
            return Speaker(people[-1 if nearest_last else 0][2], None, rule)
        opener = LEADING_PHRASE.match(stripped)
        if opener and opener.end() < len(stripped):  # "In each of the five states, about half of voters"
            start += region.find(stripped) + opener.end()
            stripped = stripped[opener.end():]
        words = stripped.split()
        while len(words) > 1 and words[0].lower().strip(",") in SUBJECT_OPENERS:
            words = words[1:]  # "But she said ...", "While she says ..."
            stripped = " ".join(words)
        stripped = _past_participle_phrase(stripped)
        words = stripped.split()
        first = words[0].lower()
        if first in ("they", "them") and len(words) <= 2:
            return Speaker(None, stripped, rule + "+plural_pronoun")  # a group: never one person
        if first in POSSESSIVE_PRONOUNS and len(words) == 2:
            if words[1].lower() not in SPEAKING_BODIES:
                return self._unnamed(stripped, start, end, rule)  # "his wife said", "her aides said": another
            # "her office said", "his campaign said": hers, his, though what it says may name them
            speaker = self.pronoun(POSSESSIVE_PRONOUNS[first], start, rule)
            return replace(speaker, pronoun_at=None) if speaker else None
        if first in PRONOUNS and len(words) <= 2:
            return self.pronoun(first, start, rule)
        last = words[-1].lower()
        if last in PRONOUNS and len(words) > 1 and words[-2].lower() != "whom":  # "what he", "Recently she",
            # "mishandled information, he": the pronoun right before the verb is its subject (not in "the
            # candidate, whom he called ...", where the one named nearest is the one it is not)
            if last == "they":
                return Speaker(None, last, rule + "+plural_pronoun")
            return self.pronoun(last, self.text.rfind(words[-1], start, end), rule)
        organizations = [m for m in mentions if m[2].kind == "organization" and m[0] >= start]
        # "the KRG's Ministry of Natural Resources said": the ministry, not the government it belongs to
        organizations = [m for m, after in zip(organizations, organizations[1:] + [None])
                         if after is None or not OWNER_OF_NEXT.fullmatch(self.text, m[1], after[0])]
        named_by_aside = self._organization_named_by_aside(organizations, end)
        if named_by_aside is not None:
            return Speaker(named_by_aside, None, rule)
        if organizations and not self._before_person_noun(organizations[0][1]):
            # "the State Department", "Another pollster, Clemson University"; not "A senior European Union
            # official": a person of the organisation, unnamed
            lead = self.text[start:organizations[0][0]].strip(" ,")
            owned = any(self._owns_organization(m, organizations[0]) for m in mentions if m[2].kind == "person")
            if (len(lead.split()) <= 4 or owned) and not PREPOSITION.search(lead):  # owned: "Former prime
                return Speaker(organizations[0][2], None, rule)  # minister Imran Khan's PTI party"
        if organizations and not self.text[organizations[-1][1]:end].strip(" .") and not PREPOSITION.search(
                self.text, max(start, organizations[-1][0] - 30), organizations[-1][0]):
            # "... after the celebrity press ReganBooks announced": the name right before the verb, however
            # long the words before it (but "a spokesman for committee Democrats said": the spokesman)
            return Speaker(organizations[-1][2], None, rule)
        place = self._place_alone(mentions, start, end)
        if place is not None:  # "Israel said", "Iran denied": a country speaks through its government
            return Speaker(self._government_of(place), None, rule + "+place")
        if first in NOT_NAMES and first not in QUANTIFIERS:
            return None  # "and", "which", "this": no subject here
        stripped = _without_aside(stripped, region)  # "The senator, speaking at a rally, said": the senator
        for kind in ("person", "organization"):  # "the Wisconsin Republican said": the one last named
            if description_pattern(kind).match(stripped) and not (kind == "organization" and _owned_by_a_role(stripped)):
                if self._unnamed_antecedent(stripped, start, kind):
                    return Speaker(None, stripped, rule + "+unnamed")  # "A spokesperson for X said ... the spokesperson added"
                ref = self._described(stripped, start, kind)
                if ref is not None:
                    if kind == "person":
                        insort(self.people_read, (start, ref.key))
                    return Speaker(ref, None, rule + "+definite_description")
        named = None if compared else self.named_here(start, end, rule)
        if named is not None:
            return named
        # "a source in the security services", "Relatives of Doniyor Nabiev", "Officials": who, unnamed
        words = stripped.split()
        if words[-1].lower() in AUXILIARIES:
            return None  # "his trial was": the start of a clause, no source
        if any(w.lower().strip(",") in SAYING_WORDS for w in words):
            return None  # "A doctor ..., said some patients who visit his clinic": a clause, not one source
        if _head_words(words) <= 12 and SOURCE_NP.match(stripped) and (not words[0][0].isupper() or common_noun(words[0])
                                                               or words[0] in ("A", "An", "The")
                                                               or common_word(words[0], 1e-5)):
            return self._unnamed(stripped, start, end, rule)
        relative = RELATIVE_WORD.search(self.text, start, end)
        if relative is not None and relative.start() > start and SOURCE_NP.match(self.text[start:relative.start()].strip()):
            # "Those insiders who think Rubio can overtake Trump in New Hampshire - about 40 percent - stressed":
            # too long to repeat whole, the words the clause describes
            return self._unnamed(self.text[start:relative.start()].strip(" ,"), start, relative.start(), rule)
        return None

    def _in_relative_clause(self, start: int, offset: int) -> bool:
        """Whether offset lies in a relative clause of the subject whose verb follows "who" ("Voters who back
        Ann Roe", "Ann Roe, who beat Tom Baird,"): what the clause names is no subject. Not "Bannon, who Beck
        called ...", where the name is the clause's subject, nor past a verb of saying or a clause break
        ("An official who saw it said Reid ...")."""
        relative = last_match(RELATIVE_WORD, self.text, max(start, offset - RELATIVE_REACH), offset)
        return relative is not None and not CLAUSE_BREAK.search(self.text, relative.end(), offset) \
            and not any(w in SAYING_WORDS for w in self.text[relative.end():offset].split())

    def _compared(self, start: int, end: int) -> list:
        """The mentions a "like" that opens text[start:end] compares the subject with, no subject themselves:
        the one right after it, and those joined to it by commas when "and" or "or" closes the list ("Like
        Obama, Clinton said": Obama; "and, like Ann Roe, Tom Baird and Li Wei, has argued")."""
        opening = COMPARISON_OPEN.match(self.text, start, end)
        if opening is None:
            return []
        listed, closed, cursor = [], False, opening.end()
        for mention in self.index.within(start, end):
            if mention[0] < cursor:
                continue
            if listed and not LIST_COMMA.fullmatch(self.text, cursor, mention[0]):
                closed = LIST_END.fullmatch(self.text, cursor, mention[0]) is not None
                if closed:
                    listed.append(mention)
                break
            if not listed and mention[0] != cursor:
                break
            listed.append(mention)
            cursor = mention[1]
        return listed if closed else listed[:1]

    def _owns_organization(self, mention: tuple[int, int, EntityRef], after: tuple[int, int, EntityRef] | None) -> bool:
        """Whether a person's possessive stands right before an organisation's name ("Imran Khan's Pakistan
        Tehreek-e-Insaf said"): the organisation is the subject."""
        return after is not None and after[2].kind == "organization" and OWNER_OF_NEXT.fullmatch(
            self.text, mention[1], after[0]) is not None

    def _organization_named_by_aside(self, organizations: list, end: int) -> EntityRef | None:
        """The organisation an aside names after a description that holds another only as a modifier
        ("the UN refugee agency, UNHCR,", "the UN children's agency, UNICEF,"): the described one speaks."""
        if len(organizations) < 2 or not self.modifies_a_noun(organizations[0][0], organizations[0][1]):
            return None
        at, until, ref = organizations[-1]
        if self.text[until:end].strip() != "," or not self.text[:at].rstrip().endswith(","):
            return None
        return ref

    def _described(self, description: str, start: int, kind: str) -> EntityRef | None:
        """Whom a definite description refers back to: of the last few named, the nearest that the
        article introduced with the place the description names ("the Arizona Republican": "Arizona Sen.
        John McCain", though Trump was named since) or, when it names none, with its role ("the mayor":
        "Tbilisi Mayor, Kakha Kaladze"); an organisation named with another place never ("the Tajik
        authorities": not "the Georgian Foreign Ministry"); else the subject of the sentence before ("Marco Rubio
        is launching his campaign in Florida, where Donald Trump leads. The Florida senator said"), else
        the nearest introduced with its other capitalised words ("Republican"), else the nearest (not one
        who spoke by name further back: "Sanders said ... It was a stark contrast to Clinton. ... the former
        secretary of state talked about" is Clinton). A description that says nothing of who ("the man", "the
        spokesman") or that ties the one meant to another ("the senior Cruz adviser") needs more: someone
        introduced with its noun, or for a tie the subject of the sentence before; else it names no one.
        A noun that says a gender ("the actress") never means one surely of the other; a public body's
        ("the police", "the authorities") only an organisation named with it."""
        marks = {w for w in description.split()[1:] if w[:1].isupper()}
        noun = description.split()[-1].lower()
        noun = next((office for phrase, office in OFFICE_PHRASES.items() if description.lower().endswith(" " + phrase)),
                    noun)  # "the Head of State": the president
        gender = NOUN_GENDERS.get(noun) if kind == "person" else None  # "the actress": no man named before
        mentions = [m for m in self.index.before(start, kind) if self._may_describe(description, m[2])
                    and (gender is None or self._gender((kind, m[2].key), sure=True) in (None, gender))]
        if not mentions:
            return None
        if kind == "organization":  # "the commission said": the one named with "Commission", though others came since
            named_so = [m for m in mentions if noun in self.text[m[0]:m[1]].lower().split()]
            mentions = named_so if named_so or noun in NAMED_BODY_NOUNS else mentions  # "the police": no ministry
            if not mentions:
                return None
        titled = self._titles(mentions)
        introduced = self._introductions(mentions, titled)
        candidates = list(dict.fromkeys(ref.key for _, _, ref in mentions))[:DESCRIBED_CANDIDATES]
        if noun in OFFICES:  # "the Uzbek Prime Minister": not one introduced as "President Shavkat Mirziyoyev"
            held = {key: OFFICES & _as_roles(words) for key, words in titled.items()}
            candidates = [key for key in candidates if noun in held[key] or not held[key]]
            if not candidates:
                return None
        places = _places(description.split()[1:])  # "the Florida senator", "the Tajik authorities"
        if places and kind == "organization":  # not one whose name holds another place: "the Georgian Foreign Ministry"
            named_places = {ref.key: _places(self.text[at:until].split()) for at, until, ref in mentions}
            candidates = [key for key in candidates if not named_places[key] or named_places[key] & places]
            if not candidates:
                return None
        subject = self.subject_before(start, kind)
        subject = subject.key if subject is not None and subject.key in candidates else None
        plain = noun in PLAIN_PERSON_NOUNS
        tied = self._ties_to_another(description, candidates) or plain and any(
            word[:1].isupper() for word in description.split()[1:-1])  # "the Gawker employee"
        if kind == "person" and (plain or tied):
            # "the man", "the spokesman": one introduced with the noun ("spokesman Jamal Ware"); "the senior Cruz
            # adviser", "the former vice president's spokeswoman", "the Gawker employee": that, or the subject of
            # the sentence before (who is not the one it names); else someone unnamed
            chosen = next((key for key in candidates if noun in _as_roles(introduced[key])), None) or (
                subject if tied else None)
            if chosen is None or self._named_in(description, chosen):
                return None
            return next(ref for _, _, ref in mentions if ref.key == chosen)
        # strong marks: the place ("Wisconsin"), else a role ("the mayor": "Tbilisi Mayor, Kakha Kaladze"): with a
        # place, the role is shared by many ("the Florida senator", though a Texas senator was named since), as
        # a party is ("Republican")
        role = {noun} if noun in role_words() or (noun,) in titles() else set()
        chosen = next((key for key in candidates
                       if (places & _places(introduced[key]) if places else role & _as_roles(introduced[key]))), None) \
            or subject or next((key for key in candidates if marks & introduced[key]), candidates[0])
        return next(ref for _, _, ref in mentions if ref.key == chosen)

    def _introductions(self, mentions: list[tuple[int, int, EntityRef]],
                       titled: dict[str, set[str]]) -> dict[str, set[str]]:
        """Each mentioned key's words that introduce it: those right before any of its mentions, in its
        line ("Arizona Sen.", not a headline's words), a longer title in capitals there, and a description
        set off after one ("Don Guardian, the first Republican mayor")."""
        introduced: dict[str, set[str]] = {}
        for at, until, ref in mentions:
            line_start = self.text.rfind("\n", max(0, at - INTRODUCTION), at) + 1
            words_before = self.text[max(line_start, at - INTRODUCTION):at].split()[-INTRODUCTION_WORDS:]
            introduced.setdefault(ref.key, set()).update(_introducing(words_before), titled[ref.key])
            appositive = APPOSITIVE_AFTER.match(self.text, until)
            if appositive is not None:
                introduced[ref.key].update(appositive.group("words").split())
        return introduced

    def _titles(self, mentions: list[tuple[int, int, EntityRef]]) -> dict[str, set[str]]:
        """Each mentioned key's words of a title in capitals right before a name (`_title_before`): what
        introduces it, and its offices ("President Shavkat Mirziyoyev", "Sen. Ann Roe"; not the loose
        words of "after the president meets with Sanders")."""
        titled: dict[str, set[str]] = {}
        for at, _, ref in mentions:
            titled.setdefault(ref.key, set()).update(self._title_before(at))
        return titled

    def _title_before(self, at: int) -> list[str]:
        """The title in capitals right before a name, however long, in its line: "Minister of Water Resources
        and Irrigation of Kazakhstan" (Nurzhan Nurzhigitov), "Tbilisi Mayor," (Kakha Kaladze); [] for "the
        president meets with" (Bernie Sanders)."""
        line_start = self.text.rfind("\n", max(0, at - TITLE_BEFORE), at) + 1
        words = self.text[max(line_start, at - TITLE_BEFORE):at].split()
        title: list[str] = []
        for word in reversed(words):
            capitalised = word[:1].isupper() and not (word.endswith(".") and word[:-1].lower() not in TITLE_ABBREVIATIONS) \
                and not (title and word.endswith(","))  # "Earlier, Minister of ...": the comma ends it
            if not capitalised and not (title and word in TITLE_CONNECTORS):
                break
            title.append(word)
        while title and title[-1] in TITLE_CONNECTORS:
            title.pop()
        return title[::-1]

    def _ties_to_another(self, description: str, candidates: list[str]) -> bool:
        """Whether a description says whose aide or employee the one meant is, by a possessive or the name
        of one just named ("the former vice president's spokeswoman", "the senior Cruz adviser")."""
        return any(word.lower().endswith(POSSESSIVE_ENDINGS) for word in description.split()[1:-1]) \
            or any(self._named_in(description, key) for key in candidates)

    def _named_in(self, description: str, key: str) -> bool:
        """Whether a description holds the surname of the person of `key` ("the senior Cruz adviser"): it
        is not them."""
        person = self.by_key.get(("person", key))
        return person is not None and person.name.split()[-1] in description.split()[1:-1]

    def _before_person_noun(self, name_end: int) -> bool:
        """Whether a word that says what a person is follows the name ("European Union official")."""
        following = WORD_AFTER.match(self.text, name_end)
        return following is not None and following.group(1).lower() in person_nouns()

    def _modifies_tie(self, name_end: int, end: int) -> bool:
        """Whether the name that ends at name_end modifies the tie or role that ends the subject ("the
        former top Trump aide said", "Clinton supporters say"): the aide is the subject, not Trump."""
        tie = TIE_AFTER.match(self.text, name_end, end)
        return tie is not None and not self.text[tie.end():end].strip(" ,")

    def _unnamed_antecedent(self, description: str, start: int, kind: str) -> bool:
        """Whether a definite description ("the spokesperson") refers back to a source introduced without
        a name a little before ("A spokesperson for Antonio Guterres said", "a New Hampshire ballot
        commission ... the commission said"): the last "a"/"an" and the description's noun before it, with
        no one of its kind named in apposition to it ("Ann Roe, a spokesperson for X," or "a spokesperson,
        Ann Roe,"), no one introduced by that noun since ("spokesperson Ann Roe") and no organisation the
        noun fits named since ("A leading conservative group is spending ... The American Action Network
        says")."""
        tail = description.split()[1:]  # after "the": the noun is its longest ending that is a person's noun
        noun = next((" ".join(tail[k:]) for k in range(len(tail)) if " ".join(tail[k:]).lower() in person_nouns()),
                    tail[-1])
        window = max(0, start - ANTECEDENT_WINDOW)
        introduced = re.compile(rf"\b(?:a|an|another)\s+(?:(?!{FUNCTION_WORDS}\b)[\w’'-]+\s+){{0,3}}?{re.escape(noun)}\b",
                                re.I)
        window_text = self.text[window:start]
        last = last_match(introduced, window_text, 0, len(window_text))
        if last is None or kind == "organization" and last.group().split()[-1][:1].isupper():
            return False  # "a landmark Supreme Court ruling": a name
        at, end = window + last.start(), window + last.end()
        for m_start, m_end, ref in self.index.within(max(0, at - 60), start):
            if ref.kind != kind:
                continue
            if m_start >= end and kind == "organization" and noun_fits(noun, self.by_key.get((kind, ref.key))):
                return False  # "A leading conservative group is spending ... The American Action Network says"
            if m_end <= at and not self.text[m_end:at].strip(" ,(—–"):  # "Ann Roe, a spokesperson"
                return False
            if m_start >= end and (not self.text[end:m_start].strip(" ,(") or self.text[end:m_start].strip(" ,(") == "named"):
                return False  # "a spokesperson, Ann Roe," "a spokesperson named Ann Roe"
            if m_start >= end and noun.lower() in (
                    w.lower().strip(",") for w in self.text[max(end, m_start - INTRODUCTION):m_start].split()[-INTRODUCTION_WORDS:]):
                return False  # "... spokesperson Ann Roe" since
        return True

    def _may_describe(self, description: str, ref: EntityRef) -> bool:
        return ref.kind != "organization" or noun_fits(description.split()[-1], self.by_key.get((ref.kind, ref.key)))

    def _after_openers(self, start: int, end: int) -> int:
        """Where a subject begins past the words that open its clause ("But", "And", "As"): "But Tom
        Roe, at a firm called Acme Partners, argues" is Roe's, whose name opens the subject."""
        while True:
            opener = OPENER_WORD.match(self.text, start, end)
            if opener is None or opener.group(1).lower() not in SUBJECT_OPENERS:
                return start
            start = opener.end()

    def named_before_asides(self, start: int, end: int, rule: str) -> Speaker | None:
        """The person who opens text[start:end], a subject whose asides run on up to the verb ("Ann Roe,
        the co-author of "Going Viral," about the spread of news, said"): read when the subject nearest
        the verb names no one, as the asides hold commas and quotation marks of their own. The person is
        the first name of the subject, after a few words at most ("Minnesota state delegate")."""
        named = self.index.within(start, end)
        if not named or named[0][2].kind != "person":
            return None
        lead = self.text[start:named[0][0]]
        if len(lead.split()) > 4 or PREPOSITION.search(lead):
            return None  # "Sanders compared himself to Clinton, saying": Clinton is no subject
        ref = self._described_before_aside(start, end, named[:1])
        return Speaker(ref, None, rule + "+before_asides") if ref is not None else None

    def _described_before_aside(self, start: int, end: int, people: list) -> EntityRef | None:
        """The person named before the first comma of a subject that ends in an aside set off by commas,
        after only words that describe them ("Minnesota state delegate", "State Sen."): the subject,
        not a name in the aside. Not after a phrase of its own ("After meeting Obama, Trump, ...")."""
        if not self.text[start:end].rstrip().endswith(","):
            return None
        comma = self.text.find(",", start, end)
        at, until, ref = people[0]
        if not BRACKETS_BEFORE_COMMA.fullmatch(self.text, until, comma):
            return None
        words = self.text[start:at].split()
        if any(w.lower() in NOT_NAMES and w.lower() not in ARTICLES or w.endswith(("ing", ",")) for w in words):
            return None
        return ref

    def _document_author(self, start: int, end: int) -> EntityRef | None:
        """The person or organisation whose statement, report or study opens text[start:end] ("A statement
        from the Interior Ministry", "a report by Human Rights Watch"): its author speaks through it. Read
        only where "by" or "from" occurs, as in every such opening: most subjects have neither; or whose
        possessive opens it ("Sanders' fundraising email to his supporters")."""
        named = self.index.within(start, end)
        if named and named[0][0] == start and named[0][2].kind in ("person", "organization") \
                and OWNED_DOCUMENT.match(self.text, named[0][1], end):
            return named[0][2]
        if self.text.find("by", start, end) < 0 and self.text.find("from", start, end) < 0:
            return None
        document = DOCUMENT_BY.match(self.text, start, end)
        if document is None:
            return None
        named = self.index.within(document.end(), end)
        if named and named[0][0] == document.end() and named[0][2].kind in ("person", "organization"):
            return named[0][2]
        return None

    def possessor(self, start: int, end: int) -> EntityRef | None:
        """The person or organisation whose possessive ends text[start:end] ("Donald Trump's",
        "Francis'"): what stands after it is their claim, remarks or call, not a verb."""
        if not self.text[start:end].rstrip().endswith(POSSESSIVE_ENDINGS):
            return None  # what the search below needs, tested without its scan of the whole region
        possessive = POSSESSIVE_END.search(self.text, start, end)
        if possessive is None:
            return None
        for _, until, ref in self.index.within(max(start, possessive.start() - 80), possessive.start()):
            if until == possessive.start() and ref.kind in ("person", "organization"):
                return ref
        return None

    def _place_alone(self, mentions: list, start: int, end: int) -> tuple[int, int, EntityRef] | None:
        """The country named by all of text[start:end] but a leading "the" or "even", or followed only by
        an aside ("China, Pyongyang's only ally,"): the subject is the country (a city, "Tashkent
        denies", stays a description: it may be the government or the people there)."""
        places = [m for m in mentions if m[2].kind == "place"]
        if not places or self.place_types.get(places[0][2].key) != "Country":
            return None
        at, until, _ = places[0]
        before = self.text[start:at].strip(" ,;:\n\"“”").lower().split()
        if before[-1:] == ["the"]:
            before = before[:-1]
        if any(word not in SUBJECT_OPENERS for word in before):
            return None
        after = self.text[until:end].strip(" ;:\n\"“”")
        if not after:
            return places[0] if len(places) == 1 else None
        # an aside: no list of places ("Israel, Egypt and Jordan said"), nothing named outside a possessive
        aside = after.startswith(",") and PLACE_ASIDE.match(after, 1)
        return places[0] if aside and not LIST_OF_NAMES.search(after[:aside.end()]) else None

    def _government_of(self, mention: tuple[int, int, EntityRef]) -> EntityRef:
        """The organisation that speaks for a place, named as the place is: only people and
        organisations say things. The finder notes it where the place spoke (`governments`); the
        pipeline joins it to the article's entities (`add_named`)."""
        at, until, place = mention
        name = self.by_key[("place", place.key)].name
        government = Entity(key=place.key, kind="organization", name=name, subtype="GovernmentOrganization",
                            mentions=[])
        self.governments.append((government, Mention(text=self.text[at:until], span=Span(start=at, end=until),
                                                     rule="speakers.place_government")))
        return government.ref

    def after_preposition(self, start: int, offset: int) -> bool:
        """Whether a name at offset follows a preposition or "and" ("Relatives of X", "Y and X"), but not
        a conjunction that opens the region ("And Trump decried ...", "But Mr. Ryan said ...")."""
        before = PREPOSITION_BEFORE.search(self.text, max(start, offset - 12), offset)
        if before is None and self.text.find(" by ", max(start, offset - 60), offset) >= 0 \
                and LED_BY.search(self.text, max(start, offset - 60), offset):  # searched only where "by" is
            return True  # "The coalition, led by President Ali Nuri, said": the coalition
        if before is None:  # "A spokesperson for UN Secretary-General Antonio Guterres": titles between
            titled = TITLES_BEFORE.search(self.text, max(start, offset - 60), offset)
            if titled is None or not all(_title_word(w) for w in titled.group(2).split()):
                return False
            named = self.index.within(offset, offset + 80)
            if named and RELATIVE_AFTER.match(self.text, named[0][1]):
                return False  # "a steep loss for Mr. Sanders, who said": the relative clause's subject
            before = titled
        return not (before.group(1).lower() in ("and", "or") and not self.text[start:before.start()].strip(" \n,;:—–-\"“”"))

    def described(self, start: int, end: int, rule: str) -> Speaker | None:
        """The words before a reporting verb as an unnamed source, when no rule above reads them:
        "Mr. Sanders's aides said", "Though executives who have worked with him say". A noun phrase
        of a few words; a pronoun or a function word ("which", "this") is not one."""
        start = max(start, self.text.rfind(":", start, end) + 1)  # "Kabul: An Afghan official says"
        words = self.text[start:end].strip(" ,;:—–-\"“”()").split()
        while words and words[0].lower().strip(",") in CLAUSE_OPENERS:
            words = words[1:]
        words = _past_participle_phrase(" ".join(words)).split()
        if not words or _head_words(words) > 12 or not words[0][:1].isalnum():
            return None
        first = words[0].lower()
        if (first in PRONOUNS and len(words) == 1) or (first in NOT_NAMES and first not in QUANTIFIERS):
            return None  # but "Her campaign workers" is a source
        if COMPARISON_OPEN.match(" ".join(words)):
            return None  # "and like Trump has spoken": a comparison, no source
        return self.named_here(start, end, rule) or self._unnamed(" ".join(words).strip(" ,"), start, end, rule)

    def _unnamed(self, description: str, start: int, end: int, rule: str) -> Speaker:
        """A source kept as its description, unless the description names an organisation the name
        rules missed (`_organization_named_in`)."""
        name = self._organization_named_in(description, start, end)
        if name is None:
            if ONE_PERSON.match(description):
                insort(self.unnamed_one, (start, description))
            return Speaker(None, description, rule + "+unnamed")
        ref = self._note("organization", name, name, self.text.find(name, start, end), "speakers.described_organization")
        return Speaker(ref, None, rule + "+described_organization")

    def _organization_named_in(self, description: str, start: int, end: int) -> str | None:
        """The organisation's name in a description that names it and then describes it as one
        ("America Rising PAC, an outside Republican group", "Field Play Promotions, a talent agency"), or
        that is "the" and its name in capitals, after words that describe it ("the news site RTL Info",
        "The U.S. Geological Survey"): two capitalised words at least, or one after an organisation
        noun ("the militant group Hamas"). Not a person ("the former CEO of Acme", "the Ohio Republican",
        "the campaign manager Ann Roe"),
        a group ("the Senate Democrats") or a place the article names ("The United States")."""
        match = NAME_THEN_ORGANIZATION.fullmatch(description)
        if match is not None:
            return match.group("name") if match.group("noun").lower() in ORGANIZATION_NOUNS else None
        match = PLACE_BODY.fullmatch(description)
        if match is not None:  # "China's foreign ministry", "Russia's defence ministry": a body of that state
            at = self.text.find(match.group("place"), start, end)
            named = self.index.within(at, at + len(match.group("place"))) if at >= 0 else []
            is_place = bool(named) and named[0][2].kind == "place"
            return description if is_place and tuple(match.group("body").lower().split()) in body_nouns() else None
        match = DESCRIBED_NAME.fullmatch(description)
        if match is None:
            return None
        name = match.group("name")
        words = name.split()
        described = match.group("description").split()
        of_organization = bool(described) and described[-1].lower() in ORGANIZATION_NOUNS
        if not (of_organization or match.group("the") and sum(w[:1].isupper() for w in words) >= 2):
            return None
        first, last = words[0].lower(), words[-1].lower()
        if first in person_nouns() or last in person_nouns() or (last.endswith("s") and common_noun(last)) \
                or is_first_name(words[0]) or (described and described[-1].lower() in person_nouns()):
            return None  # "the campaign manager Ann Roe": a person the name rules missed
        at = self.text.find(name, start, end)
        if at < 0 or any(m[0] == at and m[1] == at + len(name) and m[2].kind != "organization"
                         for m in self.index.within(at, at + len(name))):
            return None  # a place or a person the name rules read
        return name

    def named_here(self, start: int, end: int, rule: str) -> Speaker | None:
        """A name the name rules let pass, read as a name because it is the subject of a reporting verb:
        "Eric Trump said", "Mr. Nevins said", "said Ben Jealous, a former NAACP leader". A surname
        alone is the person of the article with that surname; otherwise the words become a person
        (an organisation after "the": "the Chicago Tribune reported"), named where they speak. The finder
        notes the names (`named`); the pipeline joins them to the article's entities (`add_named`)."""
        match = SPEAKER_NAME.search(self.text, start, end)
        if match is None:
            return None
        before = self.text[start:match.start()].split()
        if before and not before[-1].endswith(",") and before[-1].lower() not in CLAUSE_OPENERS:
            return None  # "Relatives of Doniyor Nabiev": not the subject
        if any(m[0] < match.start("name") < m[1] for m in self.index.within(start, match.end("name"))):
            return None  # "Officials in Jammu and Kashmir said": the end of a name found whole
        words = match.group("name").split()
        if any(w.lower() in NOT_NAMES or w in NOT_SPEAKER_NAMES for w in words) \
                or len(words) == 1 and words[0].lower() in DOCUMENT_NOUNS:
            return None  # "Transcript as follows:": a document, no one's name
        longer = [m for m in self.index.within(match.start("name"), match.start("name") + WINDOW_OF_NAME)
                  if m[0] == match.start("name") and m[1] > match.end("name")]
        if longer:  # a region cut inside a name ("Hiwa" of "Hiwa Ahmed"): the name's entity, not a new one
            return Speaker(longer[0][2], None, rule)
        the = bool(match.group("the"))
        if the and role_in_capitals(words):
            return None  # "the President said", "The Deputy Director, Ann Roe, said": a role, not an organisation's name
        titled = bool(match.group("title"))
        if match.group("of") and (the or not (titled or (len(words) > 1 and is_first_name(words[0])))):
            return None  # "Members of Congress", "the University of Iowa": only a person is "Ann Roe of Acme"
        organization = the or (not titled and self._organization_name(words, before, match.start("name"),
                                                                     match.end("name"))) \
            or bool(before) and before[-1].rstrip(",").lower() in ORGANIZATION_NOUNS  # "the agency, Senapred, said"
        if not organization and not titled and not (len(words) > 1 and is_first_name(words[0])):
            if len(words) > 1 and (common_word(words[0]) or self.index.within(match.start("name"), match.end("name"))):
                return None  # but "as Hedrick Smith reported": two name-like words as the subject are a name
            person = self._person_with_surname(words[0])  # "Cross said": of someone the article names
            written = person.ref if person is not None else None
            if written is None and len(words) == 1:  # "Bolton said", "Young said": a town, an everyday word, or a surname
                written = self._person_written_in_full(words[0], match.start("name"))
            if written is not None:
                insort(self.people_read, (match.start("name"), written.key))
                return Speaker(written, None, rule + "+surname")
            if common_word(words[0]) or common_noun(words[0]) or self.index.within(match.start("name"), match.end("name")):
                return None  # "Officials", "Prosecutors", or a place: "Beijing has demanded"
        kind = "organization" if organization else "person"
        name = match.group("name")
        entity = self.by_key.get((kind, slugify(name)))
        if entity is None and kind == "person" and len(words) == 1:
            entity = self._person_with_surname(name)
        ref = self._note(kind, name, name, match.start("name"), "speakers.named_here", entity)
        return Speaker(ref, None, rule + "+named_here")

    def _organization_name(self, words: list[str], before: list[str], start: int, end: int) -> bool:
        """Whether capitalised everyday words that open a subject in running text are an organisation's
        name ("Judicial Watch reported"): no person is named so. Not a group ("Senate Republicans"), a
        role ("Press Secretary"), or a title-case headline ("Rural Voters Say")."""
        last = words[-1].lower()
        if len(words) < 2 or not common_word(words[0]) or is_first_name(words[0]) or self.index.within(start, end) \
                or any(w.lower() not in CLAUSE_OPENERS for w in before):
            return False
        if (last.endswith("s") and common_noun(last)) or last in person_nouns():
            return False
        after = RUNNING_TEXT_AFTER.match(self.text, end)
        return after is not None and after.group(1)[:1].islower()

    def _note(self, kind: str, name: str, written: str, at: int, rule: str, entity: Entity | None = None) -> EntityRef:
        """The entity of a name read where someone speaks, `written` at `at`: the one given, else the
        article's of that kind and name, else a new one; the mention is noted for `add_named`."""
        entity = entity or self.by_key.get((kind, slugify(name)))
        if entity is None:
            entity = Entity(key=slugify(name), kind=kind, name=name, mentions=[])
            self.made.append(entity)
            self._remember(entity)
        self.named.append((entity, Mention(text=written, span=Span(start=at, end=at + len(written)), rule=rule)))
        return entity.ref

    def _remember(self, entity: Entity) -> None:
        self.by_key.setdefault((entity.kind, entity.key), entity)
        if entity.kind == "person":
            self.by_surname.setdefault(entity.name.split()[-1], entity)

    def _person_with_surname(self, surname: str) -> Entity | None:
        """The first person of the article (or read as a speaker so far) whose name ends on `surname`."""
        return self.by_surname.get(surname)

    def _person_written_in_full(self, surname: str, at: int) -> EntityRef | None:
        """The person the article writes as a first name and `surname` ("John Bolton", "Grant Young") or
        a title and `surname` ("Senator Rubio"), when the name rules did not read that name as a person
        (a town, an everyday word, or inside a longer name); noted as speaking at `at`. A name that
        goes on in capitals ("George Washington University") is no person's."""
        if surname not in self.written_in_full:
            self.written_in_full[surname] = self._find_written_in_full(surname)
        name = self.written_in_full[surname]
        return self._note("person", name, surname, at, "speakers.named_in_full") if name else None

    def _find_written_in_full(self, surname: str) -> str | None:
        """The name `_person_written_in_full` looks for, read once per surname: each place the surname
        is written is found by a plain search, and only the few words before it are matched (a pattern
        tried at every character of the article cost a second per 500 KB, for each surname)."""
        at = self.text.find(surname)
        while at >= 0:
            end = at + len(surname)
            before = FIRST_NAME_OR_TITLE_BEFORE.search(self.text, max(0, at - 40), at)
            if before and not NAME_GOES_ON.match(self.text, end):
                if before.group("title"):
                    return surname
                first = before.group("first")
                if is_first_name(first) and first.lower() not in NOT_NAMES:  # not "The Trump campaign"
                    return " ".join(self.text[before.start():end].split())
            at = self.text.find(surname, end)
        return None

    def known(self) -> list[Entity]:
        """The article's entities, then those of the names read as speakers so far."""
        return self.entities + self.made if self.made else self.entities

    def named_source(self, start: int, end: int, rule: str) -> Speaker | None:
        """The name in what "according to" cites, when no rule reads it as a subject: the person or
        organisation a tally, poll or report is by or from ("a tally by the Associated Press", "a
        report from Bloomberg New Energy Finance"), or a name that is the whole source ("Variety",
        "Nielsen"): a person of the article by that surname, or else an organisation."""
        for at, _, ref in self.index.within(start, end):
            if ref.kind in ("person", "organization") and SOURCE_BY.search(self.text, max(start, at - 12), at):
                return Speaker(ref, None, rule + "+source_by")
        whole = SOURCE_NAME.fullmatch(self.text[start:end].strip(" .;:)(\n\"“”"))
        if whole is None or self.index.within(start, end):
            return None  # a place ("according to Beijing") or what the name rules read already
        name = whole.group("name")
        words = name.split()
        first = words[0]
        if first.lower() in NOT_NAMES or first in demonyms() or (first.endswith("s") and common_noun(first)):
            return None  # "according to Republicans", "according to Americans": a group, unnamed
        person = self._person_with_surname(name)
        if person is not None:
            return Speaker(person.ref, None, rule + "+surname")
        at = start + self.text[start:end].find(name)
        ref = self._note("organization", name, name, at, "speakers.named_source")
        return Speaker(ref, None, rule + "+named_source")

    def turn(self, start: int, end: int, rule: str) -> Speaker | None:
        """Who text[start:end] names as the speaker of a transcript's turn ("Matthews:", "Sen. Maria
        Lopez:"). A name in capitals ("WALLACE:", "CHRIS WALLACE:") is the person the article names
        so, by full name or surname; capitals that name no one ("UPDATE:") are no speaker."""
        label = self.text[start:end].strip()
        party = INTERVIEW_LABELS.get(label.lower())
        if party is not None:
            return self._interview_turn(party, rule)
        if label.isupper():
            words = label.lower().split()
            for entity in self.known():
                if entity.kind == "person" and not entity.name.isupper() and (
                        entity.name.lower() == " ".join(words) or entity.name.lower().split()[-1] == words[-1]):
                    return Speaker(entity.ref, None, rule + "+surname")
        named = [m for m in self.index.within(start, end) if m[2].kind in ("person", "organization")]
        if named and self.text[named[0][0]:named[-1][1]] == label:
            return Speaker(named[0][2], None, rule)
        if prominent(lookup(label)):
            return None  # "KARACHI: Two bridges were closed": a dateline
        if label.lower() in word_set("turn_roles.txt"):
            return Speaker(None, label.lower(), rule + "+unnamed")  # "MODERATOR:": a role, unnamed
        if label.isupper() and label.isalpha() and len(label) > 2 and not common_word(label):
            # "TAPPER:" of a host the article never names in full: a person of that surname
            ref = self._note("person", label.title(), label, start + self.text[start:end].find(label),
                             "speakers.transcript_turn")
            return Speaker(ref, None, rule + "+named_here")
        return None if label.isupper() else self.named_here(start, end, rule)

    def _interview_turn(self, party: str, rule: str) -> Speaker:
        """The speaker of an interview's "Q:" or "A:" turn: the interviewer, unnamed, or the interviewee."""
        if party == "interviewee" and self.interviewee is not None:
            return Speaker(self.interviewee, None, rule + "+interviewee")
        return Speaker(None, party, rule + "+unnamed")

    @cached_property
    def interviewee(self) -> EntityRef | None:
        """Whom an interview printed as questions and answers is with: of the people named before its first
        "Q:" (the headline, the introduction), the most named, the first named of equals ("Senator Ann Roe
        spoke to reporter Bo Li about the budget. Roe ...")."""
        first_turn = INTERVIEW_TURN.search(self.text)
        introduction = [ref for _, _, ref in self.index.within(0, first_turn.start() if first_turn else 0)
                        if ref.kind == "person"]
        named = Counter(ref.key for ref in introduction)  # in the order first named
        return next((ref for ref in introduction if ref.key == named.most_common(1)[0][0]), None) if named else None

    def _in_appositive(self, start: int, offset: int, end: int) -> bool:
        """Whether offset lies in a comma-delimited aside after the subject ("X, a Y supporter, said"), one
        a comma closes before the verb ("..., former UN Ambassador John Bolton told" is the subject)."""
        comma = self.text.rfind(",", start, offset)
        return comma > start and bool(APPOSITIVE_START.match(self.text, comma + 1, offset)) \
            and self.text.find(",", offset, end) >= 0

    def pronoun(self, word: str, offset: int, rule: str,
                skip: frozenset[tuple[str, str]] = frozenset()) -> Speaker | None:
        wanted = PRONOUNS.get(word)
        kind = "organization" if word == "it" else "person"
        candidates: dict[tuple[str, str], EntityRef] = {}  # by key: cheaper than model equality
        earlier = (mention for mention in self.index.before(offset, kind)
                   if not (self.modifies_a_noun(*mention[:2]) if kind == "person" else self._credit(*mention)))
        nearest_at = -1  # where the nearest name before the pronoun is
        for at, _, ref in earlier:
            nearest_at = max(nearest_at, at)
            if (ref.kind, ref.key) not in skip:
                candidates.setdefault((ref.kind, ref.key), ref)
            if len(candidates) == 2:
                break
        unnamed = self.unnamed_before(offset) if kind == "person" and not skip else None
        if unnamed is not None:  # "A resident ... told NAN that ... He said": the resident, not a name before
            return Speaker(None, unnamed, rule + "+pronoun_unnamed", (word, offset))
        described = self._read_since_named(offset, nearest_at) if kind == "person" else None
        if described is not None and (described.kind, described.key) not in skip:
            # "The senator herself has said little. ... she said", "Bolton said he ...": the one read since
            candidates = {(described.kind, described.key): described, **candidates}
        if not candidates:
            return None
        # a first name's usual gender picks between the two nearest people; name lists are wrong often
        # enough ("Isa" is listed as female) that only when both are surely of the other gender is the
        # nearest person further back who is surely of this one meant
        chosen = next((ref for key, ref in candidates.items()
                       if kind == "organization" or wanted is None or self._gender(key) in (None, wanted)),
                      None)
        if chosen is None:
            chosen = next((ref for key, ref in candidates.items() if self._gender(key, sure=True) is None), None)
        if chosen is None:
            # of the two nearest, both surely of the other gender: the nearest further back surely of this one;
            # else the nearest, unless people were skipped (`not_named_inside`: the one skipped may be meant)
            chosen = next((ref for _, _, ref in earlier if (ref.kind, ref.key) not in skip
                           and self._gender((ref.kind, ref.key), sure=True) == wanted),
                          None if skip else next(iter(candidates.values())))
        return Speaker(chosen, None, rule + "+pronoun", (word, offset)) if chosen is not None else None

    def _credit(self, start: int, end: int, ref: EntityRef) -> bool:
        """Whether an organisation's mention is a news agency credited in brackets ("BAMAKO (Reuters) -"):
        it does nothing in the story, and no "it" points back to it."""
        entity = self.by_key.get((ref.kind, ref.key))
        return self.text[start - 1:start] == "(" and self.text[end:end + 1] == ")" \
            and entity is not None and entity.subtype == "NewsMediaOrganization"

    def modifies_a_noun(self, start: int, end: int) -> bool:
        """Whether the name at text[start:end] stands between an article and a noun, naming no one there
        ("the Obama campaign", "a Trump supporter"): no pronoun points back to it."""
        return ARTICLE_BEFORE.search(self.text, max(0, start - 4), start) is not None \
            and LOWER_WORD_AFTER.match(self.text, end) is not None

    def may_mean(self, word: str, person: EntityRef) -> bool:
        """Whether the pronoun `word` may mean this person: their first name says no other gender."""
        return self._gender((person.kind, person.key)) in (None, PRONOUNS.get(word))

    def _gender(self, key: tuple[str, str], sure: bool = False) -> str | None:
        """The gender a title before the person's name says ("Mr. Obama"), else the one their first name
        says (`names.gender`), None for a person named by one word without a title (or not of the
        article's entities); read once, when a pronoun weighs the person, as most people an article names
        are never weighed (a name list's look-up is not cheap)."""
        if (key, sure) not in self.genders:
            name = self.person_names.get(key)
            self.genders[(key, sure)] = self.titled_sexes.get(key[1]) or (
                gender(name.split()[0], sure) if name and " " in name else None)
        return self.genders[(key, sure)]

    def _read_since_named(self, offset: int, named_at: int) -> EntityRef | None:
        """The person last read as a subject the mention index does not hold (`people_read`) before
        `offset`, if after the last person named (at `named_at`) and near: a "he" or "she" after "The
        senator said" is the senator."""
        key = _read_since(self.people_read, offset, named_at)
        entity = self.by_key.get(("person", key)) if key is not None else None
        return entity.ref if entity is not None else None

    def unnamed_before(self, offset: int) -> str | None:
        """The one person last read as an unnamed source before `offset`, if read after the last person
        named and in the same or the paragraph before: a "he" or "she" after it is that source."""
        if not self.unnamed_one:
            return None
        nearest = next(iter(self.index.before(offset, "person")), None)
        return _read_since(self.unnamed_one, offset, nearest[0] if nearest else -1)

    def not_named_inside(self, speaker: Speaker, start: int, end: int) -> Speaker:
        """A pronoun's speaker again if the statement's own words, text[start:end], name the person it
        was read as: speakers seldom name themselves ("'... why Ann Roe should win,' she said", "He said
        Roe has been ..."), so the pronoun means the nearest other person before it."""
        if speaker.pronoun_at is None or speaker.ref is None:
            return speaker
        named = frozenset((ref.kind, ref.key) for _, _, ref in self.index.within(start, end))
        if (speaker.ref.kind, speaker.ref.key) not in named:
            return speaker
        word, offset = speaker.pronoun_at
        other = self.pronoun(word, offset, speaker.rule.removesuffix("+pronoun"), named)
        return Speaker(other.ref, None, other.rule + "+not_named_inside", other.pronoun_at) if other else speaker
