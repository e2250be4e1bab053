"""Group the names found in one article into entities with stable keys.

A later "Karajanov" is the earlier "Zamir Karajanov"; "KNB" is the "Committee for National Security
(KNB)"; "Kazakstan" and "Kazakhstan" are one place. The key of an entity is the slug of its
canonical name, so the same entity gets the same IRI in every article and every run.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache
from operator import attrgetter
from collections.abc import Iterator
from dataclasses import dataclass, field

from pydantic import TypeAdapter

from kg.extract.gazetteer import BIG_CITY, Place, fold, lookup
from kg.extract.lexicon import rows
from kg.extract.names import ACRONYM, STATE_BODY_RULE, Name, demonyms, gender, initials, known_organizations, without_the
from kg.models import Entity, EntityRef
from kg.read import Keys, slugify

KINDS = ("person", "organization", "place")
START = attrgetter("start")
NEWS_MEDIA = "NewsMediaOrganization"
WITHOUT_FIRST_NAME = 2  # the look-up by all of a name's words but the first (the others are by position)
SHARED_NAME_PEOPLE = 4  # people of one surname a bare surname is weighed between (a family), not a crowd
GOVERNMENT = "GovernmentOrganization"
# a name is looked up under its own kind first, then under the others
LOOKUP_ORDER = {None: KINDS, "person": ("person", "place", "organization"),
                "organization": ("organization", "place", "person"), "place": ("place", "organization", "person")}
TITLE_GENDERS = {title.lower(): sex for title, sex in rows("title_genders.tsv")}
# a body named "of" its field, as news also writes it with the field first: "Ministry of Oil" / "Oil Ministry"
BODY_OF_FIELD = re.compile(r"(?P<before>(?:\S+ )*?)(?P<body>ministry|department) of (?:the )?(?P<field>\S+(?: \S+)?)")
# an article's entities (with their mentions) and references validated as one list each: pydantic's cost
# per call exceeds its cost per item
ENTITIES = TypeAdapter(list[Entity])
REFS = TypeAdapter(list[EntityRef])


@dataclass(slots=True, eq=False)
class Draft:
    """An entity while the article's names are read into it: a plain object, cheap to read and change,
    made into the pydantic `Entity` by `EntityBuilder.finish`."""

    key: str  # the slug of the name it was first given, until `finish` settles it
    kind: str
    name: str
    subtype: str | None
    place: Place | None  # where its coordinates come from
    aliases: list[str] = field(default_factory=list)
    parent: Draft | None = None  # the organisation a unit is part of, whose key `finish` settles
    mentions: list[dict] = field(default_factory=list)  # as data, validated by `finish`


@dataclass
class MentionIndex:
    """Where each entity is mentioned, sorted by offset, for looking up the entity at a span."""

    starts: list[int]
    ends: list[int]
    items: list[tuple[int, int, EntityRef]]

    @classmethod
    def build(cls, items: list[tuple[int, int, EntityRef]]) -> "MentionIndex":
        items = sorted(items, key=lambda item: (item[0], -item[1]))
        return cls([item[0] for item in items], [item[1] for item in items], items)

    def with_mentions(self, items: list[tuple[int, int, EntityRef]]) -> "MentionIndex":
        """This index and the mentions of `items` whose span it does not hold yet; one that holds a
        shorter mention is added too ("France's foreign ministry" over the place "France")."""
        return MentionIndex.build(self.items + [item for item in items if not any(
            (start, end) == item[:2] for start, end, _ in self.within(item[0], item[1]))])

    def within(self, start: int, end: int) -> list[tuple[int, int, EntityRef]]:
        """Mentions that lie inside [start, end), in text order. Asked some 90 times per article, mostly
        of a few words that no mention starting in them runs past (none start in four tenths): the
        mentions are filtered only when one does."""
        first, last = bisect_right(self.starts, start - 1), bisect_left(self.starts, end)
        if first == last:
            return []
        if max(self.ends[first:last]) <= end:
            return self.items[first:last]
        return [item for item in self.items[first:last] if item[1] <= end]

    def before(self, offset: int, kind: str | None = None, horizon: int = 3000) -> Iterator[tuple[int, int, EntityRef]]:
        """Mentions ending before offset, nearest first, back to `horizon` characters: a pronoun or
        "the group" refers to something named in the last few paragraphs, not anywhere before."""
        for position in range(bisect_right(self.starts, offset) - 1, -1, -1):
            item = self.items[position]
            if item[0] < offset - horizon:
                return
            if item[1] <= offset and (kind is None or item[2].kind == kind):
                yield item


def body_form(key: str) -> str:
    """A body's folded name with its state first as a possessive and its field first, as news writes it
    all ways: "iraqi ministry of oil", "iraq's oil ministry" -> "iraq's oil ministry"."""
    named = BODY_OF_FIELD.fullmatch(key) if " of " in key else None
    key = f"{named['before']}{named['field']} {named['body']}" if named else key
    first, _, rest = key.partition(" ")
    state = _state_of_demonym().get(first) if rest else None
    return f"{state}'s {rest}" if state else key


@cache
def _state_of_demonym() -> dict[str, str]:
    """Folded people's words and the folded country they name: "russian" -> "russia"."""
    return {fold(demonym): fold(country) for demonym, country in demonyms().items() if country}


class EntityBuilder:
    """Collects names into entities, one per real-world thing in the article, as drafts; `finish` makes
    them the entities."""

    def __init__(self) -> None:
        self.drafts: list[Draft] = []
        self.entities: list[Entity] = []  # filled by `finish`
        self.by_form: dict[tuple[str, str], Draft] = {}
        self.mentions: list[tuple[int, int, Draft]] = []
        self.units: dict[tuple[int, str], Draft] = {}
        # (0 first / -1 last, folded word) -> the entities so named, by id: an insertion-ordered set, from
        # which a renamed entity is removed in constant time (an article may name thousands with one first name)
        self.by_name_part: dict[tuple[int, str], dict[int, Draft]] = {}
        self.by_initials: dict[str, dict[int, Draft]] = {}
        self.by_ending: dict[str, list[Draft]] = {}  # organisations by each end of their folded name after a space
        self.indexed: dict[int, list[tuple[int, str]]] = {}  # (id of parent entity, unit) -> the unit
        self.sexes: dict[int, str] = {}  # id of a person -> the sex a title before their name said
        self.by_titled_form: dict[tuple[str, str], Draft] = {}  # (that sex, folded name) -> the person

    def add(self, name: Name) -> Draft | None:
        entity = self.find(name)
        unit_key = None
        if name.unit and name.parent_text:  # "the PUK's political bureau" = "political bureau of the PUK"
            parent = self.find(Name(name.parent_text, 0, 0, "organization", ""))
            if parent is not None:
                unit_key = (id(parent), name.unit)
                entity = self.units.get(unit_key, entity)
        if entity is None:
            if name.kind is None:
                return None
            entity = self._new(name)
        if unit_key is not None:
            self.units.setdefault(unit_key, entity)
        self._note(entity, name)
        return entity

    def find(self, name: Name) -> Draft | None:
        key = fold(name.text)
        kinds = (name.kind,) if name.kind else KINDS
        sex = _sex_of_title(name)
        if sex is not None and " " not in name.text:
            return self.person_of_sex(key, sex)
        if name.kind in ("place", "organization") and " " not in name.text and not ACRONYM.match(name.text):
            person = self.person_by_part(name.text)  # "Sandu" after "Maia Sandu" is her, not a town
            if person is not None:
                return person
        if name.kind == "place" and name.place is not None:
            canonical = self.by_form.get(("place", fold(name.place.name)))
            if canonical:
                return canonical
        for kind in LOOKUP_ORDER[name.kind]:
            if (kind, key) in self.by_form:  # "Sabongarin Damri" is the place named before, not a person
                return self.by_form[(kind, key)]
        if name.kind == "organization" and (named := self.by_form.get(("organization", body_form(key)))):
            return named  # "the Iraqi Oil Ministry", named before so; "Russia's Foreign Ministry" after "the
            # Russian Foreign Ministry"
        for alias in map(fold, name.aliases if name.rule != STATE_BODY_RULE else ()):  # "Foreign Ministry" of
            for kind in kinds:  # "Ukraine's Foreign Ministry" is every state's: not Russia's, named before
                if (kind, alias) in self.by_form:
                    return self.by_form[(kind, alias)]
        if name.kind in ("person", None) and " " not in name.text.strip():
            return self.person_by_part(name.text, at=name.start)
        if name.kind in ("person", None) and (hit := _only(self.by_name_part.get((WITHOUT_FIRST_NAME, key), {}))):
            return hit  # "Hama Amin said" after "Sherwan Hama Amin": a surname of two words
        if name.kind in ("organization", None) and ACRONYM.match(name.text):
            return self.organization_by_initials(name.text)
        if name.kind == "organization" and " " in name.text:  # "National Movement" after "United National Movement"
            # but a well-known body is itself: "the Democratic Party" after "the Florida Democratic Party"
            hits = self.by_ending.get(key, []) if key not in known_organizations() else []
            if len(hits) == 1:
                return hits[0]
        if name.kind == "organization" and name.subtype in (NEWS_MEDIA, GOVERNMENT):
            # "the Post" after "The Washington Post"; "the Senate" after "the U.S. Senate", "Parliament"
            # after "the Georgian Parliament" (a place's body), but not after "the Democratic Senate"
            hits = [e for e in self.by_ending.get(key, []) if e.subtype == name.subtype
                    and (name.subtype == NEWS_MEDIA or _of_a_place(e.name[:len(e.name) - len(name.text)]))]
            if len(hits) == 1:
                return hits[0]
        return None

    def organization_by_initials(self, acronym: str) -> Draft | None:
        """The one organisation whose initials spell the acronym: "PUK", "Patriotic Union of Kurdistan"."""
        return _only(self.by_initials.get(acronym.replace(".", "").upper(), {}))

    def person_by_part(self, word: str, sex: str | None = None, at: int | None = None) -> Draft | None:
        """The one person whose surname (or, failing that, first name, or the first of two surnames:
        "Sheinbaum" of "Claudia Sheinbaum Pardo") is this word; of several, the one who is of `sex`, by
        what a title said of them or by their first name, else the one alone named before `at` ("Ted
        Cruz ... Cruz said ... his wife, Heidi Cruz"; after both, "Cruz" stays undecided)."""
        word = fold(word)
        for position in (-1, 0, -2):  # the surname, the first name, then a first of two surnames
            hits = self.by_name_part.get((position, word))
            if not hits or position == -2 and (self.by_name_part.get((-1, word)) or self.by_name_part.get((0, word))):
                continue  # "Mr. Trump" of two Trumps is neither, not "Maryanne Trump Barry"
            if sex is not None and len(hits) > 1:
                hits = {k: e for k, e in hits.items() if self._sex(e) == sex}
            hit = _only(hits)
            if hit is None and at is not None and len(hits) <= SHARED_NAME_PEOPLE:
                hit = _only({k: e for k, e in hits.items() if _first_mentioned(e) < at})
            if hit is not None:
                return hit
        return None

    def person_of_sex(self, key: str, sex: str) -> Draft | None:
        """The person named by one word after a title that says their sex: the one so named before, or
        the one of that sex of the people of that name ("Mrs. Clinton" after "Hillary Clinton" and "Bill
        Clinton"), or as any other name. The first-name lists only choose between people: they are
        too often wrong ("Laurence" is a woman's name in them) to part a title from a name."""
        return self.by_titled_form.get((sex, key)) or self.person_by_part(key, sex) or self.by_form.get(
            ("person", key))

    def titled_sexes(self) -> dict[str, str]:
        """The key of each person a title said the sex of ("Mr. Obama"), and that sex; after `finish`."""
        return {draft.key: self.sexes[id(draft)] for draft in self.drafts if id(draft) in self.sexes}

    def _sex(self, person: Draft) -> str | None:
        """What a title said of the person, or what their first name likely says."""
        return self.sexes.get(id(person)) or (gender(person.name.split()[0]) if " " in person.name else None)

    def _index(self, entity: Draft) -> None:
        """Keep the look-ups by surname, first name and initials in step with the entity's name."""
        for key in self.indexed.pop(id(entity), []):
            if key[0] == 1:
                del self.by_initials[key[1]][id(entity)]
            else:
                del self.by_name_part[key][id(entity)]
        keys: list[tuple[int, str]] = []
        if entity.kind == "person" and " " in entity.name:
            parts = entity.name.split()
            keys = [(-1, fold(parts[-1])), (0, fold(parts[0]))]
            if len(parts) > 2 and parts[-2][:1].isupper() and len(parts[-2].rstrip(".")) > 1:
                keys.append((-2, fold(parts[-2])))  # "Sheinbaum" of "Claudia Sheinbaum Pardo": a father's surname
                keys.append((WITHOUT_FIRST_NAME, fold(" ".join(parts[1:]))))  # "Hama Amin" of "Sherwan Hama Amin"
            for key in keys:
                self.by_name_part.setdefault(key, {})[id(entity)] = entity
        elif entity.kind == "organization" and " " in entity.name and "'s " not in entity.name and "’s " not in entity.name:
            keys = [(1, initials(entity.name).upper())]
            self.by_initials.setdefault(keys[0][1], {})[id(entity)] = entity
        self.indexed[id(entity)] = keys

    def _new(self, name: Name) -> Draft:
        place = name.place
        canonical = place.name if place is not None else name.text
        entity = Draft(slugify(canonical), name.kind, canonical, name.subtype, place)
        self.drafts.append(entity)
        self.by_form.setdefault((entity.kind, fold(canonical)), entity)
        self._index(entity)
        if entity.kind == "organization":  # an organisation keeps its name: its endings are indexed once
            words = fold(canonical).split(" ")
            for at in range(1, len(words)):
                self.by_ending.setdefault(" ".join(words[at:]), []).append(entity)
        return entity

    def _note(self, entity: Draft, name: Name) -> None:
        sex = _sex_of_title(name) if entity.kind == "person" else None
        if sex is not None:
            self.sexes.setdefault(id(entity), sex)
            self.by_titled_form.setdefault((sex, fold(name.text)), entity)
        for form in [name.text, *name.aliases]:
            form = form.strip()
            self.by_form.setdefault((entity.kind, fold(form)), entity)
            if entity.kind == "organization":
                self.by_form.setdefault((entity.kind, body_form(fold(form))), entity)
            if form != entity.name and form not in entity.aliases:
                entity.aliases.append(form)
        if entity.kind == "person" and len(name.text) > len(entity.name) and name.text.startswith(
                entity.name.split()[0]):
            entity.aliases.append(entity.name)
            entity.name = name.text
            entity.aliases = [a for a in entity.aliases if a != entity.name]
            self._index(entity)
        if name.subtype and not entity.subtype and name.kind == entity.kind:
            entity.subtype = name.subtype
        if name.start < 0:
            return  # named in the article's metadata only: an entity, but no words to point at
        entity.mentions.append({"text": name.text, "span": {"start": name.start, "end": name.end}, "rule": name.rule})
        self.mentions.append((name.start, name.end, entity))

    def finish(self) -> MentionIndex:
        """Make the entities: each with the key of its final canonical name and its mentions; index the
        mentions by offset."""
        keys = Keys()
        for draft in self.drafts:
            draft.key = keys.claim(draft.kind, slugify(draft.name))  # two different entities with one slug stay two
        data = []
        for draft in self.drafts:
            entity = {"key": draft.key, "kind": draft.kind, "name": draft.name, "subtype": draft.subtype,
                      "aliases": sorted(set(draft.aliases) - {draft.name}),
                      "parent": draft.parent.key if draft.parent else None, "mentions": draft.mentions}
            if draft.place is not None:
                place = draft.place
                entity.update(latitude=place.latitude, longitude=place.longitude, geonames_id=place.geonames_id)
            data.append(entity)
        self.entities = ENTITIES.validate_python(data)
        # one reference object per entity
        refs = dict(zip(map(id, self.drafts), REFS.validate_python(
            [{"kind": draft.kind, "key": draft.key} for draft in self.drafts])))
        return MentionIndex.build([(start, end, refs[id(draft)]) for start, end, draft in self.mentions])


def _of_a_place(words: str) -> bool:
    """Whether the words before a body's name say whose it is: a place or its people ("U.S.", "Iraqi")."""
    words = without_the(words.strip())
    return bool(words) and (words in demonyms() or lookup(words) is not None)


def _sex_of_title(name: Name) -> str | None:
    """What the title before a name says of the person's sex ("Mrs.": female), if anything."""
    return TITLE_GENDERS.get(name.title.lower()) if name.title else None


def _first_mentioned(entity: Draft) -> int:
    """Where the entity was first named: full names are read first, in text order, so its first mention
    is its first full name (looked up, not searched for: a surname may be written thousands of times)."""
    return entity.mentions[0]["span"]["start"] if entity.mentions else 1 << 62


def _only(entities: dict[int, Draft]) -> Draft | None:
    """The one entity of a look-up, None when there are none or several."""
    return next(iter(entities.values())) if len(entities) == 1 else None


def _surnames_before_towns(names: list[Name]) -> None:
    """A town's name that is the surname of a person the article names in full is that person, also
    where it comes first ("Rubio was hurt ... Marco Rubio"): it is left to be found by surname."""
    surnames = {fold(n.text.rsplit(" ", 1)[-1]) for n in names if n.kind == "person" and " " in n.text}
    for name in names:
        place = name.place
        if (place is not None and place.type == "City" and place.population < BIG_CITY and " " not in name.text
                and fold(name.text) in surnames):
            name.kind = None


def resolve(names: list[Name]) -> EntityBuilder:
    """Entities from names: full names first, so that later short forms find them."""
    builder = EntityBuilder()
    _surnames_before_towns(names)
    multiword: list[Name] = []
    rest: list[Name] = []
    units: list[Name] = []  # after their parents, which they are found by
    for name in names:
        if name.unit:
            units.append(name)
        elif name.kind is not None and (" " in name.text or name.kind != "person"):
            multiword.append(name)
        else:
            rest.append(name)
    for group in (multiword, rest, units):
        for name in sorted(group, key=START):
            builder.add(name)
    for name in names:  # units point at the organisation they are part of
        if name.parent_text:
            unit = builder.find(name)
            parent = builder.find(Name(name.parent_text, 0, 0, "organization", ""))
            if unit and parent and unit is not parent:
                unit.parent = parent
    return builder
