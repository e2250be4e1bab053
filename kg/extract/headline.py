"""Statements in a headline: "Graham: Trump's rhetoric destroying GOP's chance", "Trump Says ...".

Headlines drop the grammar the body's rules read (title case, no "said that"), so they get their own
two patterns. A speaker must be an entity the body names ("Graham" is Lindsey Graham), or, before a
colon, a short label of a source ("Poll:", "Newspaper:"); story labels such as "The Latest:" are not.
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract.gazetteer import fold, lookup
from kg.extract.lexicon import alternation, lines
from kg.extract.names import NOT_NAMES, common_word, titles
from kg.models import Article, Entity, EntityRef, Mention, Span, Statement

COLON_HEADLINE = re.compile(r"^(?P<who>[^:“\"‘]{2,60}?):\s+(?P<what>.{8,})$")
STORY_LABEL_DASH = re.compile(r"\s+[–—-]\s+")
QUOTED = re.compile(r"^[“\"‘'«](?P<inner>.+?)[”\"’'»]\.?$")


@cache
def quote_then_cue_headline() -> re.Pattern:
    """ "Gunmen kill 11: ‘We heard shots,’ says villager", "‘We will not back down’, says Roe": a
    quotation, in any marks, then its verb and speaker, after a story's own words and a colon at most."""
    return re.compile(rf"^(?:[^:“\"‘']{{2,80}}:\s+)?(?P<what>[“\"‘'«].+?[”\"’'»]),?\s+"
                      rf"(?P<cue>{alternation(lines('headline_cues.txt'))})\s+(?P<who>[^:“\"‘'«]{{2,60}}?)\.?$", re.I)


@cache
def verb_headline() -> re.Pattern:
    return re.compile(rf"^(?P<who>[^:“\"‘]{{2,80}}?)\s+(?P<cue>{alternation(lines('headline_cues.txt'))})\s+"
                      rf"(?P<what>.{{8,}})$", re.I)


@cache
def headline_cue_words() -> frozenset[str]:
    return frozenset(cue.lower() for cue in lines("headline_cues.txt") if " " not in cue)


@cache
def story_labels() -> frozenset[str]:
    return frozenset(fold(label) for label in lines("headline_labels.txt"))


def find_headline_statement(article: Article, entities: list[Entity]) -> Statement | None:
    """The headline's statement, if it has one; a source named only in the headline ("Milbank:",
    "NY Post:") joins `entities` as a new entity."""
    title = article.title.strip()
    start = article.text.find(title) if title else -1
    if start < 0:
        return None
    for pattern, rule in ((quote_then_cue_headline(), "headline.quote_then_cue"), (COLON_HEADLINE, "headline.colon"),
                          (verb_headline(), "headline.says")):
        match = pattern.match(title)
        if not match:
            continue
        who = _after_story_label(match.group("who").strip())
        before_quotation = rule == "headline.colon" and QUOTED.match(match.group("what").rstrip(". ")) is not None
        speaker = _entity_named(who, entities) or _entity_opening(who, article.text, entities, before_quotation)
        if speaker is None and rule == "headline.colon":
            speaker = _entity_after_titles(who, entities) or _person_titled(who, article.text, entities)
        label = fold(who)
        if speaker is None and rule != "headline.quote_then_cue" and (
                label in story_labels() or rule == "headline.says" or len(who.split()) > 4 or not who[:1].isupper()
                or lookup(who) is not None):
            continue  # after a quotation and its verb, the speaker unnamed ("says villager") is still its speaker;
            # a place before a colon is the story's topic ("Tajikistan: Two Journalists Found Guilty")
        if speaker is None and rule == "headline.colon":
            speaker = _new_source(who, start, entities)
            if speaker is None and not _source_label(who):
                continue  # "Small boats crisis latest:", "Question Time with Cyril:": a story's name, no source
        what_start, what_end = match.span("what")
        what = title[what_start:what_end].rstrip(". ")
        quoted = QUOTED.match(what)
        if quoted:
            what_start += quoted.start("inner")
            what = quoted.group("inner").rstrip(",. ")
        content = Span(start=start + what_start, end=start + what_start + len(what))
        return Statement(kind="direct" if quoted else "indirect", text=what, content=content,
                         evidence=Span(start=start, end=start + len(title)), speaker=speaker,
                         speaker_description=None if speaker else who,
                         cue=match.group("cue") if "cue" in match.groupdict() else ":", rule=rule)
    return None


def _new_source(who: str, start: int, entities: list[Entity]) -> EntityRef | None:
    """A person or organisation named only before a headline's colon, when the words are a name."""
    from kg.extract.names import find_names
    from kg.read import slugify

    found = [n for n in find_names(who, 0, len(who), set()) if n.kind in ("person", "organization")]
    if len(found) != 1 or found[0].text != who:
        if not re.fullmatch(r"[A-Z][\w’'.-]+", who) or common_word(who.lower()):  # "Milbank": one capitalised
            return None  # word that is a name, not "Revealed:", "Wow:", "Historians:"
        kind = "organization" if who.isupper() else "person"
    else:
        kind = found[0].kind
    entity = Entity(key=slugify(who), kind=kind, name=who,
                    mentions=[Mention(text=who, span=Span(start=start, end=start + len(who)), rule="headline.source")])
    if any(e.kind == entity.kind and e.key == entity.key for e in entities):
        return None
    entities.append(entity)
    return entity.ref


@cache
def source_nouns() -> frozenset[str]:
    """Nouns that end a label of a source before a headline's colon ("Poll:", "IG report:", "Clinton
    camp:", "Police:"): people's roles and descriptions, organisations' and documents' nouns."""
    words = lines("roles.txt") + lines("person_descriptions.txt") + lines("organization_descriptions.txt") \
        + lines("document_nouns.txt") + lines("source_labels.txt")
    return frozenset(w.strip().lower() for w in words)


def _source_label(who: str) -> bool:
    """Whether an unnamed label before a colon names a source: its last word is a source's noun,
    singular or plural ("Poll", "Analysts", "WSJ editorial")."""
    last = who.split()[-1].lower().strip(".’'")
    return last in source_nouns() or (last.endswith("s") and last[:-1] in source_nouns())


def _after_story_label(who: str) -> str:
    """ "EXCLUSIVE – Roger Stone": the words after a story label and a dash are the source."""
    parts = STORY_LABEL_DASH.split(who, maxsplit=1)
    return parts[1] if len(parts) == 2 and fold(parts[0]) in story_labels() else who


def _entity_opening(who: str, text: str, entities: list[Entity], before_quotation: bool) -> EntityRef | None:
    """The person or organisation the body names with the words that open a label (after titles, at
    most) or as the person the body titles so, when "to", "on", "at" or a headline's verb follows them
    ("Clinton to Planned Parenthood", "Kerry on Syria", "Graham Slams Senate Leaders", "Former AG
    Mukasey at RNC", "CNN President On Trump"): whose words the headline gives, not a name of its own.
    Before a quotation any verb in headline case will do ("Trump Addresses Munich Attack: '...'")."""
    words = who.split()
    for end in range(len(words) - 1, 0, -1):
        if words[end].lower() in ("to", "on", "at", *headline_cue_words()) \
                or (before_quotation and _headline_verb(words[end])):
            opening = " ".join(words[:end])
            named = _entity_named(opening, entities) or _entity_after_titles(opening, entities) \
                or _person_titled(opening, text, entities)
            if named is not None:
                return named
    return None


def _headline_verb(word: str) -> bool:
    """A verb as a headline prints it: capitalised, in -s ("Addresses", "Wades")."""
    return word[:1].isupper() and word.endswith("s") and not word.endswith(("'s", "’s")) and len(word) > 3


def _entity_after_titles(who: str, entities: list[Entity]) -> EntityRef | None:
    """The person the body names with the words that close a label after capitalised titles and roles
    ("OK Gov Fallin", "McCain Challenger Kelli Ward", "Hacker Guccifer"): the label is that person."""
    words = who.split()
    if len(words) > 5:
        return None
    for start in range(1, len(words)):
        title = words[start - 1]
        if not title[:1].isupper() or (title.lower() in NOT_NAMES and not title.isupper()):
            return None  # "Netanyahu and Obama", "CNN President On Trump": two names, or a phrase, not a title
        named = _entity_named(" ".join(words[start:]), entities)
        if named is not None and named.kind == "person":
            return named
    return None


def _person_titled(who: str, text: str, entities: list[Entity]) -> EntityRef | None:
    """The one person whom the body names right after a label that ends in a title ("President:" for
    "The President of Georgia Salome Zurabishvili condemns ...", "CNN President" for "CNN President
    Jeff Zucker"), or None: a bare title is no name."""
    if (who.split()[-1].lower(),) not in titles():
        return None
    before_name = re.compile(rf"\b{re.escape(who)}(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?,?\s+$")
    hits = {entity.key: entity for entity in entities if entity.kind == "person" and any(
        before_name.search(text, max(0, m.span.start - 60), m.span.start) for m in entity.mentions)}
    return next(iter(hits.values())).ref if len(hits) == 1 else None


def _entity_named(who: str, entities: list[Entity]) -> EntityRef | None:
    """The person or organisation the body names with these words, or its surname, or None."""
    folded = fold(re.sub(r"^(?:Dr|Mr|Mrs|Ms|Sen|Rep|Gov|President)\.?\s+", "", who))
    hits = []
    for entity in entities:
        if entity.kind == "place":
            continue
        forms = {fold(entity.name), *(fold(a) for a in entity.aliases)}
        if folded in forms or (entity.kind == "person" and folded == fold(entity.name.split()[-1])):
            hits.append(entity)
    return hits[0].ref if len(hits) == 1 else None
