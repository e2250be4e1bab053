"""One node per real entity across articles, and the analyst's curation, applied to the store.

Extraction names entities per article (`kg.resolve`): an article that says only "Karajanov", or
"Kazakstan", or "KNB", gets a node of that name. After every build this corpus-level step reads each
article graph's entities, groups the ones that are the same real thing, and rewrites the article
graphs so that all of them use one node, keyed by the slug of the fullest name:

- places: the same GeoNames place, or a name that folds to the same spelling;
- organisations: a shared name or acronym after folding, or an acronym that spells the initials of
  exactly one organisation's full name ("PUK" / "Patriotic Union of Kurdistan");
- people: the same full name after transliteration folding ("Nursultan Nazarbaev" / "Nazarbayev");
  a surname-only mention joins the one person with that surname in the corpus, or, when several
  share it, the one who shares an organisation or role with it; two different full names are never
  merged, whatever the surname.

Transliteration folding is the curated rule list of `kg/data/transliteration.tsv`. Every merge is
recorded as a `kg:mergeReason` on the node in the identity graph (`<base>graph/identity`); the curation
file's facts and provenance go in `<base>graph/curation`.

Incremental builds and stable IRIs (the trade-off): article graphs are written as extracted, with
article-local keys; this step keeps each article's local entity records (names, kinds, affiliations)
in the store's bookkeeping and recomputes the grouping over the whole corpus on every build from those
records, so the result depends only on which articles are in the store, never on the order they came
in. An article whose mapping is unchanged is not touched. When a new article changes the canonical
name of an entity an older article mentions (its first full name, say), the older article is
re-extracted from its file and rewritten, so an IRI can change when the corpus grows: stable for the
same corpus, canonical rather than first-come.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from itertools import chain
from pathlib import Path
from sys import intern

from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad, RdfFormat, Store, parse, serialize

from kg.curation import Add, Curation, Identify, Merge, Reject, Rename, Retype, Split
from kg.extract.gazetteer import fold
from kg.extract.names import ACRONYM, initials, known_organizations
from kg.rdf import A, KG, ORG, OWL, PROV, RDFS, SCHEMA, TYPE, XSD, Vocabulary, class_iri, integer, s, text
from kg.read import Keys, slugify
from kg.resolve import body_form
from kg.store import APPLIED, BOOKKEEPING_KEYS, ENTITIES, HASH, LINKED_FROM, PIPELINE, STATE, BulkWriter, Tally

CLASS_KIND = {SCHEMA + "Person": "person", SCHEMA + "Organization": "organization", SCHEMA + "Place": "place"}
BASE_CLASSES = {SCHEMA + "Person", SCHEMA + "Organization", SCHEMA + "Place", ORG + "Organization"}
NAME, ALT = NamedNode(SCHEMA + "name"), NamedNode(SCHEMA + "alternateName")
CLAIM, TEXT, AUTHOR = NamedNode(SCHEMA + "Claim"), NamedNode(SCHEMA + "text"), NamedNode(SCHEMA + "author")
SCHEMA_NAME, SCHEMA_ALTERNATE_NAME, SCHEMA_AUTHOR = NAME.value, ALT.value, AUTHOR.value
RECORD_PREDICATES = {A, SCHEMA_NAME, SCHEMA_ALTERNATE_NAME, OWL + "sameAs", ORG + "member", ORG + "organization",
                     ORG + "role", RDFS + "label"}  # as IRI strings: records are made from plain triples
MENTION_COUNT = NamedNode(KG + "mentionCount")
DATA = Path(__file__).parent / "data" / "transliteration.tsv"


@cache
def rules() -> tuple[tuple[str, str], ...]:
    result = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            pattern, replacement = line.split("\t")
            result.append((pattern.strip(), replacement.strip()))
    return tuple(result)


@cache
def skeleton(name: str) -> str:
    """A name's spelling-insensitive form: folded, transliteration rules applied, doubled letters single."""
    value = re.sub(r"[^\w ]+", " ", fold(name).replace("'", "")).strip()
    value = " ".join(value.split())
    for pattern, replacement in rules():
        value = value.replace(pattern, replacement)
    return re.sub(r"(\w)\1+", r"\1", value)


@dataclass(slots=True)
class Record:
    """One entity as one article names it (article-local), read from the article's graph. Compact
    (slots, tuples, interned repeats): the identity step holds one per entity mention of the corpus."""

    article: str
    iri: str
    kind: str
    name: str
    aliases: tuple[str, ...]
    classes: tuple[str, ...] = ()
    same_as: tuple[str, ...] = ()
    orgs: tuple[str, ...] = ()  # local IRIs of organisations a person is a member of
    roles: tuple[str, ...] = ()
    id: tuple[str, str] = field(init=False, repr=False, compare=False)  # (article, iri): made once, shared
    # by every table keyed by it (a corpus has a million records)

    def __post_init__(self) -> None:
        self.id = (self.article, self.iri)

    @classmethod
    def from_json(cls, data: dict) -> Record:
        return cls(intern(data["article"]), intern(data["iri"]), intern(data["kind"]), intern(data["name"]),
                   tuple(map(intern, data["aliases"])), tuple(map(intern, data["classes"])),
                   tuple(map(intern, data["same_as"])), tuple(map(intern, data["orgs"])), tuple(data["roles"]))

    def forms(self) -> list[str]:
        return [self.name, *self.aliases]

    def distinctive_forms(self) -> list[str]:
        """Its forms less the short name of a body written after a possessive ("Foreign Ministry" of
        "Russia's Foreign Ministry"): every state's ministry is called so, which makes no two the same."""
        forms = self.forms()
        return [form for form in forms if not any(other.endswith((f"'s {form}", f"’s {form}")) for other in forms)]

    def to_json(self) -> dict:
        """As `from_json` reads it."""
        return {name: getattr(self, name) for name in self.__slots__ if name != "id"}


def entity_records(quads: Iterable[Quad], slug: str) -> str:
    """`records_json` of an article-local graph read back from the store (one stored without its records)."""
    return records_json([(q.subject.value, q.predicate.value, q.object.value) for q in quads], slug)


def records_json(triples: list[tuple], slug: str) -> str:
    """What the identity step needs of an article-local graph, as the JSON the store keeps beside it:
    made from the triples where they are made (in the extraction worker), so the identity step never
    reads an article graph back. A triple is the `.value`s of a quad's subject, predicate and object, or
    an article's triple as `kg.rdf` makes it (a literal object a `Text`, whose lexical form is read)."""
    speakers: dict[str, list[str]] = defaultdict(list)  # author's local IRI -> its claims (their last IRI step)
    for subject, predicate, obj in triples:
        if predicate == SCHEMA_AUTHOR and "/claim/" in subject:
            speakers[obj].append(subject.rsplit("/", 1)[-1])
    return json.dumps({"records": [r.to_json() for r in records_of_triples(triples, slug)], "speakers": speakers},
                      sort_keys=True)


def records_of_triples(triples: Iterable[tuple], slug: str) -> list[Record]:
    """The entities of one (article-local) article graph: only the triples of RECORD_PREDICATES are read."""
    props: dict[str, dict[str, list[str]]] = {}
    for subject, predicate, obj in triples:
        if predicate in RECORD_PREDICATES:  # the few triples read are the only ones whose literal is unpacked
            props.setdefault(subject, {}).setdefault(predicate, []).append(obj if type(obj) is str else obj.value)
    orgs: dict[str, list[str]] = defaultdict(list)
    roles: dict[str, list[str]] = defaultdict(list)
    for subject, p in props.items():
        if ORG + "Membership" not in p.get(A, ()):
            continue
        for member in p.get(ORG + "member", ()):
            orgs[member].extend(p.get(ORG + "organization", ()))
            for role in p.get(ORG + "role", ()):
                roles[member].extend(props.get(role, {}).get(RDFS + "label", ()))
    records = []
    for subject, p in sorted(props.items()):
        if SCHEMA_NAME not in p:  # most subjects: claims, selectors, memberships
            continue
        kinds = [CLASS_KIND[c] for c in p.get(A, ()) if c in CLASS_KIND]
        if kinds:
            records.append(Record(slug, subject, kinds[0], sorted(p[SCHEMA_NAME])[0],
                                  tuple(sorted(set(p.get(SCHEMA_ALTERNATE_NAME, ())))),
                                  tuple(sorted(c for c in p.get(A, ()) if c not in BASE_CLASSES)),
                                  tuple(sorted(p.get(OWL + "sameAs", ()))), tuple(orgs[subject]),
                                  tuple(roles[subject])))
    return records


class Groups:
    """Union-find over records, remembering why each union was made."""

    def __init__(self, records: list[Record]):
        self.parent = {r.id: r.id for r in records}
        self.reasons: dict[tuple, list[str]] = defaultdict(list)
        self.fixed: set[tuple] = set()  # split off by curation: no automatic merges

    def find(self, item: tuple) -> tuple:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: tuple, b: tuple, reason: str | None, curated: bool = False) -> bool:
        """Join the groups of a and b, remembering why (`reason`: None for a join that changes no node,
        as between two mentions of one name: the graph would gain thousands of such reasons)."""
        if not curated and (a in self.fixed or b in self.fixed):
            return False
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        ra, rb = min(ra, rb), max(ra, rb)
        self.parent[rb] = ra
        if moved := self.reasons.pop(rb, None):
            self.reasons[ra].extend(moved)
        if reason:
            self.reasons[ra].append(reason)
        return True


@dataclass
class Canonical:
    kind: str
    key: str
    name: str
    classes: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    records: list[Record] = field(default_factory=list)
    wikidata: list[str] = field(default_factory=list)


@dataclass
class Identity:
    """The corpus's entities: each article-local entity's canonical node, and the curation's effects."""

    vocabulary: Vocabulary
    canonical: dict[tuple[str, str], Canonical] = field(default_factory=dict)  # record id -> canonical
    rejected_claims: dict[str, set[str]] = field(default_factory=dict)  # article -> claim IRIs
    rejected_memberships: dict[str, set[tuple[str, str]]] = field(default_factory=dict)  # article -> (person, org)
    unmatched: list[str] = field(default_factory=list)
    curated: list[Quad] = field(default_factory=list)
    claims_by_article: dict[str, dict[str, str]] = field(default_factory=dict)  # article -> claim IRI -> text
    _iris: dict[tuple[str, str], str] = field(default_factory=dict, repr=False, compare=False)  # (kind, key) -> IRI

    def iri(self, c: Canonical) -> str:
        iri = self._iris.get((c.kind, c.key))
        if iri is None:
            iri = self._iris[(c.kind, c.key)] = self.vocabulary.entity(c.kind, c.key).value
        return iri

    def mapping(self, article: str, records: list[Record]) -> dict[str, Canonical]:
        return {r.iri: self.canonical[r.id] for r in records if r.id in self.canonical}

    def signature(self, article: str, records: list[Record]) -> str:
        mapped = sorted((iri, self.iri(c), c.name, c.classes) for iri, c in self.mapping(article, records).items())
        rejected = [sorted(self.rejected_claims.get(article, ())), sorted(self.rejected_memberships.get(article, ()))]
        return hashlib.sha256(json.dumps([mapped, rejected]).encode()).hexdigest()[:16]

    def is_identity(self, article: str, records: list[Record]) -> bool:
        """True when applying the mapping would leave the article's graph as it is."""
        if self.rejected_claims.get(article) or self.rejected_memberships.get(article):
            return False
        for record in records:
            c = self.canonical.get(record.id)
            if c and (self.iri(c) != record.iri or c.name != record.name or tuple(c.classes) != record.classes):
                return False
        return True


DOMINANT_ARTICLES = 5  # a surname alone is the person most articles name in full when at least this many do,
DOMINANT_SHARE = 5  # and this many times as many as name all the others of that surname together


def group(records: list[Record], curation: Curation) -> tuple[Groups, list[str]]:
    """Group the records into real entities: the automatic rules, then the curation's merges and splits.
    The records come in id order (`Gathered.every_record`): the first of equals heads a group."""
    groups = Groups(records)
    unmatched: list[str] = []
    by_id = {r.id: r for r in records}
    where = curation.source or "curation"
    for number, entry in enumerate(curation.entries, 1):  # splits first: they hold records apart
        if isinstance(entry, Split):
            hits = [r for r in records if r.kind == entry.kind and r.article in entry.articles
                    and _names(r, entry.entity)]
            if not hits:
                unmatched.append(f"{where}: entry {number} (split {entry.entity!r}): matches no entity in "
                                 f"{', '.join(entry.articles)}")
            for r in hits:
                groups.fixed.add(r.id)
    free = [r for r in records if r.id not in groups.fixed]
    # places and organisations: shared folded name or alias; places also the same GeoNames entry
    index: dict[tuple, list[Record]] = defaultdict(list)
    for r in free:
        if r.kind == "person":
            continue
        for form in r.distinctive_forms():
            if len(skeleton(form)) >= 2:
                index[(r.kind, skeleton(form))].append(r)
            if r.kind == "organization" and (other := body_form(folded := fold(form))) != folded:
                index[(r.kind, skeleton(other))].append(r)  # "Russia's Foreign Ministry" = "Russian Foreign Ministry"
        for same in r.same_as:
            index[(r.kind, same)].append(r)
    for (kind, form), hits in sorted(index.items()):
        full_names = {skeleton(h.name) for h in hits if not ACRONYM.match(h.name)}
        if ACRONYM.match(form.upper()) and len(full_names) > 1 and kind == "organization":
            continue  # an acronym two different organisations share is no evidence
        for other in hits[1:]:
            why = "the same GeoNames place" if form.startswith("http") else "the same name or acronym, spelling aside"
            groups.union(hits[0].id, other.id, _merged(other, hits[0], why))
    # an acronym that spells one organisation's initials: the full names indexed by their initials once,
    # and for each initials the number of groups holding them, kept up to date as acronyms join them
    orgs = [r for r in free if r.kind == "organization"]
    acronyms = [r for r in orgs if ACRONYM.match(r.name)]
    wanted = {r.name.replace(".", "").upper() for r in acronyms}
    spelled: dict[str, list[Record]] = defaultdict(list)  # initials -> full-named organisations, in order
    for o in orgs:
        if " " in o.name and (letters := _initials(o.name)) in wanted:
            spelled[letters].append(o)
    holds: dict[tuple, set[str]] = defaultdict(set)  # group -> the initials of its full names
    for letters, full in spelled.items():
        for o in full:
            holds[groups.find(o.id)].add(letters)
    holders = Counter(letters for held in holds.values() for letters in held)
    # an acronym an article spells out as another organisation's ("Islamic State (ISIS)") is no one's
    # initials: it means two things ("Institute for Science and International Security (ISIS)")
    spelled_groups = {letters: {groups.find(o.id) for o in full} for letters, full in spelled.items()}
    other_meaning = {letters for o in orgs if " " in o.name for a in o.aliases if ACRONYM.match(a)
                     and (letters := a.replace(".", "").upper()) in spelled_groups
                     and groups.find(o.id) not in spelled_groups[letters]}
    for r in acronyms:
        letters = r.name.replace(".", "").upper()
        if holders[letters] != 1 or letters in other_meaning or any(" " in a for a in r.aliases):
            continue  # none, or several organisations of those initials; or it says what it stands for
        o = spelled[letters][-1]
        ra, rb = groups.find(o.id), groups.find(r.id)
        if groups.union(o.id, r.id, f"{r.name} ({r.article}) = {o.name} ({o.article}): acronym of its initials"):
            root = groups.find(o.id)
            moved, kept = holds.pop(rb if root == ra else ra, set()), holds[root]
            for both in moved & kept:
                holders[both] -= 1
            kept |= moved
    # people: the same full name after transliteration folding
    people = [r for r in free if r.kind == "person"]
    full_index: dict[str, list[Record]] = defaultdict(list)
    for r in people:
        for form in r.forms():
            if len(form.split()) >= 2:
                full_index[skeleton(form)].append(r)
    for form, hits in sorted(full_index.items()):
        for other in hits[1:]:
            why = "same full name" if hits[0].name == other.name else "the same full name, spelling aside"
            groups.union(hits[0].id, other.id, _merged(other, hits[0], why))
    # "Hillary Rodham Clinton" of one newspaper is the "Hillary Clinton" of the others: a middle name left out
    for r in people:
        words = r.name.split()
        if len(words) >= 3 and (hits := full_index.get(skeleton(f"{words[0]} {words[-1]}"))):
            groups.union(hits[0].id, r.id, _merged(r, hits[0], "the same name, a middle name aside"))
    # a surname-only mention: the one person of that surname, or the one sharing an organisation or role.
    # What that needs of each group of people (the surnames of its full names, with the last record of
    # each; its members' organisations and roles) is gathered once and merged as the mentions join groups.
    surnames: dict[str, list[Record]] = defaultdict(list)
    singles: dict[str, list[Record]] = defaultdict(list)  # single-name people by skeleton, in id order
    head: dict[str, int] = defaultdict(int)  # single name -> where in singles its first group head may be
    for r in people:
        if len(r.name.split()) >= 2:
            surnames[skeleton(r.name.split()[-1])].append(r)
        elif len(r.name.split()) == 1:
            singles[skeleton(r.name)].append(r)
    position = {c.id: n for named in surnames.values() for n, c in enumerate(named)}

    def org_groups(r: Record) -> set:
        ids = set()
        for org in r.orgs:
            if (r.article, org) in groups.parent:
                ids.add(groups.find((r.article, org)))
        return ids

    # organisations are not merged from here on, so a person's organisation groups stay as they are
    org_sets: dict[tuple, set] = defaultdict(set)  # group -> its members' organisation groups
    role_sets: dict[tuple, set] = defaultdict(set)  # group -> its members' roles, lower case
    for r in people:
        root = groups.find(r.id)
        org_sets[root].update(org_groups(r))
        role_sets[root].update(x.lower() for x in r.roles)
    by_surname: dict[str, dict[tuple, Record]] = {}  # surname -> group -> its last full name of it
    surnames_of: dict[tuple, set[str]] = defaultdict(set)  # group -> the surnames of its full names
    for surname, named in surnames.items():
        by_surname[surname] = {groups.find(c.id): c for c in named}
        for root in by_surname[surname]:
            surnames_of[root].add(surname)

    # a surname-only mention in an article that names no one of that surname in full: the person most
    # articles name in full, when far more do than name all the others ("Obama" in 2016 news)
    named_here = {(c.article, surname) for surname, named in surnames.items() for c in named}
    most_named: dict[str, tuple[Record, str]] = {}
    for surname, last in by_surname.items():
        if len(last) > 1:
            articles = Counter(root for root, _ in {(groups.find(c.id), c.article) for c in surnames[surname]})
            (top, root), *others = sorted(((n, root) for root, n in articles.items()), reverse=True)
            rest = sum(n for n, _ in others)
            if top >= DOMINANT_ARTICLES and top >= DOMINANT_SHARE * rest:
                most_named[surname] = (last[root], f"the person of that surname most articles name in full "
                                                   f"({top} articles, all others {rest})")

    def join(a: tuple, b: tuple, reason: str | None) -> None:
        ra, rb = groups.find(a), groups.find(b)
        if not groups.union(a, b, reason):
            return
        root = groups.find(a)
        gone = rb if root == ra else ra
        for sets in (org_sets, role_sets):
            moved, kept = sets.pop(gone, set()), sets[root]
            if len(moved) > len(kept):
                moved, kept = kept, moved
            kept |= moved
            sets[root] = kept
        for surname in surnames_of.pop(gone, set()):
            last = by_surname[surname]
            moved, kept = last.pop(gone), last.get(root)
            last[root] = moved if kept is None or position[moved.id] > position[kept.id] else kept
            surnames_of[root].add(surname)

    decided: set[tuple] = set()  # surname-only records that joined a person named in full: no one's head
    for r in people:
        if len(r.name.split()) != 1:
            continue
        candidates = by_surname.get(skeleton(r.name), {})
        reason = "the only person of that surname in the corpus"
        if len(candidates) > 1:
            mine, roles = org_groups(r), {x.lower() for x in r.roles}
            candidates = {k: v for k, v in candidates.items() if (mine & org_sets[k]) or (roles & role_sets[k])}
            reason = "same surname and a shared organisation or role"
        if len(candidates) != 1 and (r.article, skeleton(r.name)) not in named_here \
                and (most := most_named.get(skeleton(r.name))):
            candidates, reason = {None: most[0]}, most[1]
        if len(candidates) == 1:
            (_, c), = candidates.items()
            join(c.id, r.id, f"{r.name} ({r.article}) = {c.name}: {reason}")
            decided.add(r.id)
        else:  # the same single name elsewhere stays one node, as its key is the same: the mention joins the
            # first group head of that name before it. A record that has joined another's group or a person
            # named in full never heads one again, so each name's dead heads are passed once, not once per
            # mention (a name said alone in thousands of articles made that quadratic)
            name = skeleton(r.name)
            same, n = singles[name], head[name]
            while n < len(same) and (same[n].id in decided or groups.find(same[n].id) != same[n].id):
                n += 1
            head[name] = n
            if n < len(same) and (other := same[n]).id < r.id:
                join(other.id, r.id, None if other.iri == r.iri else
                     f"{r.name}: same name in {r.article} and {other.article}")
    for number, entry in enumerate(curation.entries, 1):
        if isinstance(entry, Merge):
            targets = []
            for name in entry.entities:
                hits = [r for r in records if r.kind == entry.kind and _names(r, name)]
                if not hits:
                    unmatched.append(f"{where}: entry {number} (merge): no {entry.kind} named {name!r}")
                targets.extend(hits)
            for other in targets[1:]:
                groups.union(targets[0].id, other.id, f"curated merge of {', '.join(entry.entities)}"
                             + (f": {entry.note}" if entry.note else ""), curated=True)
    for number, entry in enumerate(curation.entries, 1):  # a split's records: one entity per split entry
        if isinstance(entry, Split):
            hits = [r for r in records if r.id in groups.fixed and r.kind == entry.kind
                    and r.article in entry.articles and _names(r, entry.entity)]
            for other in hits[1:]:
                groups.union(hits[0].id, other.id, f"curated split from {entry.entity}", curated=True)
    del by_id
    return groups, unmatched


def _merged(record: Record, into: Record, why: str) -> str | None:
    """The reason two records are one entity, worth saying when their article-local nodes differ."""
    if record.iri == into.iri:
        return None
    return f"{record.name} ({record.article}) = {into.name} ({into.article}): {why}"


@cache
def _initials(name: str) -> str:
    return initials(name).upper()


def _names(record: Record, name: str) -> bool:
    """Does the reference `name` (a form as written, or the entity key) name this record?"""
    wanted = fold(name.strip())
    key = record.iri.rsplit("/", 1)[-1]
    return any(fold(f) == wanted for f in record.forms()) or key == slugify(name) or record.iri == name.strip()


def _known_name(name: str) -> bool:
    """Whether the name is a well-known organisation's own name (organizations.tsv), not an alias."""
    known = known_organizations().get(fold(name))
    return known is not None and known[0] == name


def _fullest(records: list[Record]) -> Record:
    kind = records[0].kind
    if kind == "place":
        with_geo = [r for r in records if any("geonames" in x for x in r.same_as)]
        records = with_geo or records
    # an organisation by the name the list of well-known ones gives it ("Republican Party", not
    # "Republicans"), else by the name most of its articles use: the longest is too often one article's
    # misreading ("Top Republican Party", "Andrew Ross Sorkin of The New York Times"); a person by the
    # full name most articles use ("Hillary Clinton", not one newspaper's "Hillary Rodham Clinton" nor one
    # article's "HIllary Clinton"); a place by the longest
    uses = Counter(r.name for r in records)
    ranks = [(kind == "organization" and _known_name(r.name), not ACRONYM.match(r.name),
              min(len(r.name.split()), 2) if kind == "person" else 0, uses[r.name] if kind != "place" else 0,
              len(r.name.split()) if kind == "person" else 0, len(r.name)) for r in records]
    best = max(ranks)
    return min((r for r, rank in zip(records, ranks) if rank == best), key=lambda r: (-uses[r.name], r.name))


def resolve_corpus(records: list[Record], curation: Curation, vocabulary: Vocabulary,
                   claims: dict[str, dict[str, str]] | None = None) -> Identity:
    """The canonical node of every record, and the curation's facts."""
    groups, unmatched = group(records, curation)
    members: dict[tuple, list[Record]] = defaultdict(list)
    for r in records:
        members[groups.find(r.id)].append(r)
    clusters: list[Canonical] = []
    for root, items in sorted(members.items()):
        items.sort(key=lambda r: r.id)
        best = _fullest(items)
        classes = sorted({c for r in items for c in r.classes})
        reasons = sorted(set(groups.reasons.get(root, []))) if len({r.iri for r in items}) > 1 else []
        clusters.append(Canonical(best.kind, slugify(best.name), best.name, classes, reasons, items))
    identity = Identity(vocabulary, unmatched=unmatched, claims_by_article=claims or {})
    where = curation.source or "curation"
    for number, entry in enumerate(curation.entries, 1):
        if isinstance(entry, Split):
            for c in clusters:
                if all(r.id in groups.fixed for r in c.records) and any(_names(r, entry.entity) for r in c.records) \
                        and all(r.article in entry.articles for r in c.records):
                    c.name, c.key = entry.name, slugify(entry.name)
                    c.reasons.append(f"curated split of {entry.entity} in {', '.join(entry.articles)}"
                                     + (f": {entry.note}" if entry.note else ""))
        if isinstance(entry, Merge) and entry.name:
            for c in clusters:
                if c.kind == entry.kind and any(_names(r, entry.entities[0]) for r in c.records):
                    c.name, c.key = entry.name, slugify(entry.name)
        if isinstance(entry, (Rename, Retype, Identify)):
            hits = [c for c in clusters if c.kind == entry.kind and any(_names(r, entry.entity) for r in c.records)]
            if not hits:
                unmatched.append(f"{where}: entry {number} ({entry.action} {entry.entity!r}): no {entry.kind} "
                                 f"of that name")
            for c in hits:
                if isinstance(entry, Rename):
                    c.name, c.key = entry.name, slugify(entry.name)
                elif isinstance(entry, Retype):
                    c.classes = [class_iri(entry.type).value]
                else:
                    c.wikidata.append(entry.wikidata)
    keys = Keys()
    for c in sorted(clusters, key=lambda c: (c.kind, c.key, c.records[0].id)):
        c.key = keys.claim(c.kind, c.key)  # two entities with one slug (kept apart) stay two
        for r in c.records:
            identity.canonical[r.id] = c
    _curated_facts(identity, clusters, records, curation)
    return identity


def _curated_facts(identity: Identity, clusters: list[Canonical], records: list[Record], curation: Curation) -> None:
    """The curation graph: one prov:Activity per entry (who, when, why) and the facts it adds."""
    v = identity.vocabulary
    graph = v.graph("curation")
    where = curation.source or "curation"
    quads = identity.curated

    def add(subject, predicate, obj) -> None:
        quads.append(Quad(subject, predicate, obj, graph))

    def node_of(kind: str, name: str) -> NamedNode | None:
        for c in clusters:
            if c.kind == kind and (fold(c.name) == fold(name) or any(_names(r, name) for r in c.records)):
                return v.entity(c.kind, c.key)
        return None

    for number, entry in enumerate(curation.entries, 1):
        activity = v.node("curation", str(number))
        curator = curation.curator_of(entry)
        agent = v.node("curator", slugify(curator))
        add(activity, TYPE, NamedNode(PROV + "Activity"))
        add(activity, TYPE, NamedNode(KG + "Curation"))
        add(activity, NamedNode(KG + "action"), text(entry.action))
        add(activity, NamedNode(PROV + "wasAttributedTo"), agent)
        add(activity, NamedNode(PROV + "generatedAtTime"), Literal(entry.date.isoformat(), datatype=NamedNode(XSD + "date")))
        add(agent, TYPE, NamedNode(PROV + "Agent"))
        add(agent, s("name"), text(curator))
        if entry.note:
            add(activity, NamedNode(KG + "note"), text(entry.note))
        for ref in _entity_refs(entry):
            target = node_of(*ref)
            if target is not None:
                add(activity, NamedNode(PROV + "used"), target)
        if isinstance(entry, Identify):
            target = node_of(entry.kind, entry.entity)
            if target is not None:
                add(target, NamedNode(OWL + "sameAs"), NamedNode(f"http://www.wikidata.org/entity/{entry.wikidata}"))
        elif isinstance(entry, Reject):
            _reject(identity, entry, number, where, records, activity, add)
        elif isinstance(entry, Add):
            if entry.affiliation:
                a = entry.affiliation
                person, org = node_of("person", a.person), node_of("organization", a.organization)
                if person is None or org is None:
                    missing = a.person if person is None else a.organization
                    identity.unmatched.append(f"{where}: entry {number} (add affiliation): no entity named {missing!r}")
                    continue
                membership = v.node("membership", "curated", str(number))
                add(person, NamedNode(ORG + "memberOf"), org)
                add(membership, TYPE, NamedNode(ORG + "Membership"))
                add(membership, NamedNode(ORG + "member"), person)
                add(membership, NamedNode(ORG + "organization"), org)
                add(membership, NamedNode(PROV + "wasGeneratedBy"), activity)
                if a.role:
                    role = v.role(a.role)
                    add(membership, NamedNode(ORG + "role"), role)
                    add(role, TYPE, NamedNode(ORG + "Role"))
                    add(role, NamedNode(RDFS + "label"), text(a.role, "en"))
            else:
                st = entry.statement
                speaker = node_of("person", st.speaker) or node_of("organization", st.speaker)
                if speaker is None or not any(r.article == st.article for r in records):
                    missing = st.speaker if speaker is None else f"article {st.article}"
                    identity.unmatched.append(f"{where}: entry {number} (add statement): no {missing!r}")
                    continue
                claim = v.node("claim", "curated", str(number))
                add(claim, TYPE, s("Claim"))
                add(claim, s("text"), text(st.text))
                add(claim, s("author"), speaker)
                add(claim, s("appearance"), v.article(st.article))
                add(claim, NamedNode(KG + "rule"), text("curation"))
                add(claim, NamedNode(PROV + "wasGeneratedBy"), activity)
    for c in clusters:  # why merged entities are one
        node = v.entity(c.kind, c.key)
        for reason in c.reasons:
            quads.append(Quad(node, NamedNode(KG + "mergeReason"), text(reason), v.graph("identity")))


def _entity_refs(entry) -> list[tuple[str, str]]:
    if isinstance(entry, Merge):
        return [(entry.kind, entry.name or entry.entities[0])]
    if isinstance(entry, Split):
        return [(entry.kind, entry.name)]
    if isinstance(entry, Rename):
        return [(entry.kind, entry.name)]
    if isinstance(entry, (Retype, Identify)):
        return [(entry.kind, entry.entity)]
    return []


def _reject(identity: Identity, entry: Reject, number: int, where: str, records: list[Record], activity, add) -> None:
    if entry.statement:
        claims = identity.claims_by_article.get(entry.statement.article, {})
        hits = sorted(iri for iri, words in claims.items() if fold(entry.statement.text) in fold(words))
        if not hits:
            identity.unmatched.append(f"{where}: entry {number} (reject statement): no statement in "
                                      f"{entry.statement.article} with {entry.statement.text!r}")
        identity.rejected_claims.setdefault(entry.statement.article, set()).update(hits)
        for iri in hits:
            add(activity, NamedNode(KG + "rejected"), NamedNode(iri))
        return
    a = entry.affiliation
    hits = []
    by_id: dict[tuple, Record] = {}
    for r in reversed(records):  # the first record of an id
        by_id[r.id] = r
    for r in records:
        if r.kind != "person" or not _names(r, a.person) or (a.article and r.article != a.article):
            continue
        for org in r.orgs:
            org_record = by_id.get((r.article, org))
            if org_record and _names(org_record, a.organization):
                hits.append((r.article, r.iri, org))
    if not hits:
        identity.unmatched.append(f"{where}: entry {number} (reject affiliation): {a.person} — {a.organization} "
                                  f"is stated nowhere")
    for article, person, org in hits:
        identity.rejected_memberships.setdefault(article, set()).add((person, org))
        add(activity, NamedNode(KG + "rejected"), text(f"{article}: {a.person} — {a.organization}"))


# --- applying the identity to the store -------------------------------------------------------------

@dataclass
class IdentityReport:
    """What the identity step did: articles rewritten, merges, curation entries that matched nothing."""

    rewritten: int = 0
    merged: int = 0
    unmatched: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    tally: Tally | None = field(default_factory=Tally)  # what the derived graph is made of; None: unchanged
    state: str | None = None  # the store's state once linked (`GraphStore.state`): derive needs not scan again


def claims_of_quads(quads: Iterable[Quad]) -> dict[str, str]:
    """{claim IRI: its text}: what a curation entry rejecting a statement by its words is matched against."""
    quads = list(quads)
    claims = {q.subject.value for q in quads if q.predicate == TYPE and q.object == CLAIM}
    return {q.subject.value: q.object.value for q in quads if q.predicate == TEXT and q.subject.value in claims}


REWRITE_BATCH = 200_000  # quads of rewritten articles written to the store at once


@dataclass
class Gathered:
    """The entity records the identity step works from: the store's and the spool's articles."""

    rows: dict[str, dict]  # the store's bookkeeping (`GraphStore.recorded`)
    # stored slug -> (its graph, its records, the mapping applied to it)
    stored: dict[str, tuple[NamedNode, list[Record], str | None]] = field(default_factory=dict)
    waiting: dict[str, list[Record]] = field(default_factory=dict)  # spooled slug -> records
    speakers: dict[str, dict[str, list[str]]] = field(default_factory=dict)  # slug -> author's local IRI -> claims
    claims: dict[str, dict[str, str]] = field(default_factory=dict)  # slug -> claim IRI -> text, where curation asks
    spooled_rows: dict[str, dict] = field(default_factory=dict)  # spooled graph IRI -> its hash and pipeline

    def state_rows(self) -> dict[str, dict]:
        """The hash and pipeline of every article graph once the spool is loaded (for
        `GraphStore.state`): the store's before, and the spooled articles' (none of them in the store
        before: a spooled article's old graph is dropped when it is spooled)."""
        return {**self.rows, **self.spooled_rows}

    def parse(self, slug: str, saved: str) -> list[Record]:
        data = json.loads(saved)
        if data.get("speakers"):
            self.speakers[slug] = data["speakers"]
        return [Record.from_json(r) for r in data["records"]]

    def every_record(self) -> list[Record]:
        """In one order whatever the store's or the spool's: the groups' keys and reasons depend on it."""
        return sorted([r for _, records, _ in self.stored.values() for r in records]
                      + [r for records in self.waiting.values() for r in records], key=lambda r: (r.article, r.iri))


def apply_identity(graph_store, curation: Curation, spooled: BulkWriter | None = None) -> IdentityReport:
    """Group the entities of every article graph in `graph_store` (a kg.store.GraphStore), and of the
    articles `spooled` for loading, into one node per real entity; apply the curation; load the spooled
    articles linked; rewrite the stored article graphs whose mapping changed; and replace the identity
    and curation graphs."""
    store: Store = graph_store.store
    v: Vocabulary = graph_store.vocabulary
    curated = curation.source + curation.model_dump_json()
    if not (spooled and spooled.articles):  # nothing changed since the last run: its links stand
        last = json.loads(graph_store.state_value(LINKED_FROM) or "{}")
        state = graph_store.state()
        if last.get("state") == state and last.get("curation") == curated and graph_store.derived_is_current(state):
            return IdentityReport(unmatched=last["unmatched"], tally=None, state=state)
    report = IdentityReport()
    gathered = _gather(graph_store, spooled, curation, report)
    every = gathered.every_record()
    identity = resolve_corpus(every, curation, v, gathered.claims)
    report.unmatched = identity.unmatched
    report.merged = sum(1 for r in every if identity.iri(identity.canonical[r.id]) != r.iri)
    del every

    def relink(article, nquads: bytes, _saved: str) -> tuple[bytes, str]:
        records = gathered.waiting[article.slug]
        signature = identity.signature(article.slug, records)
        if identity.is_identity(article.slug, records):
            return nquads, f"local:{signature}"
        return transform_nquads(nquads, identity, article.slug, records, article.graph), signature

    if spooled:
        spooled.close(relink)
    graphs = {slug: graph.value for slug, (graph, _, _) in gathered.stored.items()}
    graphs.update((slug, v.graph(slug).value) for slug in gathered.waiting)
    report.tally = _tally(identity, {**{slug: records for slug, (_, records, _) in gathered.stored.items()},
                                     **gathered.waiting}, graphs, gathered.speakers)
    _rewrite_stored(graph_store, identity, gathered, report)
    for name, quads in (("identity", [q for q in identity.curated if q.graph_name == v.graph("identity")]),
                        ("curation", [q for q in identity.curated if q.graph_name == v.graph("curation")])):
        store.update(f"DROP SILENT GRAPH {v.graph(name)}")
        store.extend(quads)
    report.state = graph_store.state(gathered.state_rows())
    linked = {"state": report.state, "curation": curated, "unmatched": report.unmatched}
    graph_store.set_bookkeeping([(STATE, {LINKED_FROM: json.dumps(linked)})])
    return report


def _gather(graph_store, spooled: BulkWriter | None, curation: Curation, report: IdentityReport) -> Gathered:
    """The records of every stored article (made from its graph when an older store lacks them) and of
    every spooled one, and the claim texts of the articles the curation rejects statements of."""
    store: Store = graph_store.store
    gathered = Gathered(graph_store.recorded())
    claims_wanted = {e.statement.article for e in curation.entries if isinstance(e, Reject) and e.statement}
    prefix = graph_store.vocabulary.graph("").value
    slugs = {g: g[len(prefix):] if g.startswith(prefix) else g.rsplit("/", 1)[-1] for g in gathered.rows}
    for quad in store.quads_for_pattern(None, ENTITIES, None, DefaultGraph()):
        if quad.subject.value in slugs:
            slug = slugs[quad.subject.value]
            gathered.stored[slug] = (quad.subject, gathered.parse(slug, quad.object.value),
                                     gathered.rows[quad.subject.value].get("applied"))
    unrecorded = []
    for graph_iri, slug in slugs.items():
        if slug not in gathered.stored:  # written without its records (an older store): the graph is article-local
            graph = NamedNode(graph_iri)
            saved = entity_records(store.quads_for_pattern(None, None, None, graph), slug)
            gathered.stored[slug] = (graph, gathered.parse(slug, saved), "local")
            unrecorded.append((graph, {ENTITIES: saved, APPLIED: "local"}))
    graph_store.set_bookkeeping(unrecorded)
    for article, saved in spooled.spooled() if spooled else ():
        gathered.waiting[article.slug] = gathered.parse(article.slug, saved)
        gathered.spooled_rows[article.graph.value] = {
            BOOKKEEPING_KEYS[q.predicate]: q.object.value for q in parse(article.bookkeeping, format=RdfFormat.N_QUADS)
            if q.predicate in (HASH, PIPELINE)}
        if article.slug in claims_wanted:
            gathered.claims[article.slug] = claims_of_quads(parse(spooled.nquads(article), format=RdfFormat.N_QUADS))
    for slug in sorted(claims_wanted & gathered.stored.keys()):  # as extracted: a rewritten graph lacks rejected claims
        graph, _, applied = gathered.stored[slug]
        path = gathered.rows[graph.value].get("path")
        gathered.claims[slug] = claims_of_quads(
            store.quads_for_pattern(None, None, None, graph) if _holds_local_nodes(applied) else
            next(_reextract(graph_store, {slug: path}, report), (slug, ()))[1])
    return gathered


def _rewrite_stored(graph_store, identity: Identity, gathered: Gathered, report: IdentityReport) -> None:
    """Rewrite the stored article graphs whose mapping changed since they were written: from the store
    when they hold article-local nodes, else extracted again from their files."""
    store: Store = graph_store.store
    marked: list[tuple[NamedNode, dict]] = []
    todo: list[tuple[str, bool, str, bool]] = []  # (slug, graph is article-local, signature, mapping is identity)
    for slug, (graph, records, applied) in sorted(gathered.stored.items()):
        signature = identity.signature(slug, records)
        if applied in (signature, f"local:{signature}"):
            continue
        local = _holds_local_nodes(applied)
        unchanged = identity.is_identity(slug, records)
        if unchanged and local:
            marked.append((graph, {APPLIED: f"local:{signature}"}))
        else:
            todo.append((slug, local, signature, unchanged))
    plan = {slug: (signature, unchanged) for slug, _, signature, unchanged in todo}
    in_store = ((slug, list(store.quads_for_pattern(None, None, None, gathered.stored[slug][0])))
                for slug, local, _, _ in todo if local)
    again = _reextract(graph_store, {slug: gathered.rows[gathered.stored[slug][0].value].get("path")
                                     for slug, local, _, _ in todo if not local}, report)
    rewrites: list[tuple[NamedNode, list[Quad], dict]] = []
    pending = 0
    for slug, quads in chain(in_store, again):
        (graph, records, _), (signature, unchanged) = gathered.stored[slug], plan[slug]
        new = transform(quads, identity, slug, records, graph)
        rewrites.append((graph, new, {APPLIED: f"local:{signature}" if unchanged else signature}))
        report.rewritten += 1
        pending += len(new)
        if pending >= REWRITE_BATCH:
            graph_store.replace_articles(rewrites)
            rewrites, pending = [], 0
    graph_store.replace_articles(rewrites)
    graph_store.set_bookkeeping(marked)


def _holds_local_nodes(applied: str | None) -> bool:
    """Whether a stored graph is as extracted ("local", or "local:SIGNATURE" when its mapping is the
    identity), not rewritten to canonical nodes."""
    return applied is not None and applied.startswith("local")


def _tally(identity: Identity, records: dict[str, list[Record]], graphs: dict[str, str],
           speakers: dict[str, dict[str, list[str]]]) -> Tally:
    """The derived graph's counts over the linked articles: each article graph names an entity by its
    canonical name (`transform`), a person's statements are those of the local nodes linked to them
    less the ones a curation rejected; the curation's own claims and names count as one graph."""
    tally = Tally()
    for slug, article_records in records.items():
        graph = graphs[slug]
        canonical = {r.iri: identity.canonical[r.id] for r in article_records if r.id in identity.canonical}
        for iri, name in sorted({(identity.iri(c), c.name) for c in canonical.values()
                                 if c.kind in ("person", "organization")}):
            tally.name(iri, name)
        rejected = {claim.rsplit("/", 1)[-1] for claim in identity.rejected_claims.get(slug, ())}
        for author, claims in sorted(speakers.get(slug, {}).items()):
            c = canonical.get(author)
            kept = [claim for claim in claims if claim not in rejected]
            if c is not None and c.kind == "person" and kept:
                tally.speaker(graph, identity.iri(c), len(kept))
    people = {identity.iri(c) for c in identity.canonical.values() if c.kind == "person"}
    people |= {q.subject.value for q in identity.curated if q.predicate == TYPE and q.object == s("Person")}
    labelled = tuple(identity.vocabulary.entity(kind, "").value for kind in ("person", "organization"))
    named, spoken = set(), Counter()
    for q in identity.curated:
        if q.predicate == NAME and q.subject.value.startswith(labelled):
            named.add((q.graph_name.value, q.subject.value, q.object.value))
        if q.predicate == AUTHOR and "/claim/" in q.subject.value and q.object.value in people:
            spoken[(q.graph_name.value, q.object.value)] += 1
    for _, node, name in sorted(named):
        tally.name(node, name)
    for (graph, person), n in sorted(spoken.items()):
        tally.speaker(graph, person, n)
    return tally


def _reextract(graph_store, paths: dict[str, str | None], report: IdentityReport) -> Iterator[tuple[str, list[Quad]]]:
    """(slug, article-local quads) of stored articles whose graphs were rewritten before ({slug: its
    file}): extracted again, each file read once (a JSON Lines file holds many articles)."""
    from kg.extract import extract
    from kg.rdf import article_quads
    from kg.read import ReadProblem, read_paths

    wanted: dict[str | None, set[str]] = defaultdict(set)
    for slug, path in paths.items():
        wanted[path].add(slug)
    for path, slugs in sorted(wanted.items(), key=lambda kv: kv[0] or ""):
        found = set()
        if path and Path(path).exists():
            for item in read_paths([Path(path)]):
                if not isinstance(item, ReadProblem) and item.slug in slugs and item.slug not in found:
                    found.add(item.slug)
                    yield item.slug, article_quads(extract(item), graph_store.vocabulary)
        for slug in sorted(slugs - found):
            report.problems.append(f"{path or slug}: cannot be read again to relink its entities; kept as it was")


POSITION_EDGES = (KG + "favours", KG + "opposes")
POSITION_PARTS = (KG + "holder", KG + "stance", KG + "issue")
HEAD_EDGES = (ORG + "memberOf", ORG + "headOf")
_POSITION_TERMS = {f"<{p}>".encode() for p in POSITION_EDGES + POSITION_PARTS}


def transform_nquads(nquads: bytes, identity: Identity, slug: str, records: list[Record], graph: NamedNode) -> bytes:
    """`transform` of an article's N-Quads, as N-Quads: the lines that name no entity whose node
    changes (nor one merged into such a node) and no position are kept as they are, unparsed (most of an
    article's lines: parsing them all was most of the cost of relinking a corpus); the others go through
    `transform`."""
    if identity.rejected_claims.get(slug) or identity.rejected_memberships.get(slug):
        return serialize(transform(list(parse(nquads, format=RdfFormat.N_QUADS)), identity, slug, records, graph),
                         format=RdfFormat.N_QUADS) or b""
    canonical = {r.iri: identity.canonical[r.id] for r in records if r.id in identity.canonical}
    changed = {identity.iri(c) for r in records if (c := canonical.get(r.iri)) is not None
               and (identity.iri(c) != r.iri or c.name != r.name or tuple(c.classes) != r.classes)}
    records = [r for r in records if r.iri in canonical and identity.iri(canonical[r.iri]) in changed]
    terms = sorted({f"<{r.iri}>".encode() for r in records} | _POSITION_TERMS)
    # the lines that hold one of the terms anywhere (in a literal too: `transform` keeps such a line as it is)
    lines = sorted({(nquads.rfind(b"\n", 0, m.start()) + 1, nquads.index(b"\n", m.end()) + 1)
                    for m in re.finditer(b"|".join(map(re.escape, terms)), nquads)})
    kept, touched, position = [], [], 0
    for start, end in lines:
        kept.append(nquads[position:start])
        touched.append(nquads[start:end])
        position = end
    kept.append(nquads[position:])
    new = transform(list(parse(b"".join(touched), format=RdfFormat.N_QUADS)), identity, slug, records, graph)
    return b"".join(kept) + (serialize(new, format=RdfFormat.N_QUADS) or b"")


def transform(quads: list[Quad], identity: Identity, slug: str, records: list[Record], graph: NamedNode) -> list[Quad]:
    """An article-local graph with every entity replaced by its canonical node and the rejections removed.

    The hot loop of relinking a corpus: a quad that names no mapped entity is kept as it is."""
    mapping = {iri: (NamedNode(identity.iri(c)), c) for iri, c in identity.mapping(slug, records).items()}
    rejected = identity.rejected_claims.get(slug, set())
    dead = set(rejected)
    dead.update(c.replace("/claim/", "/position/", 1) for c in rejected)
    bad_members = identity.rejected_memberships.get(slug, set())
    if bad_members:
        membership_of: dict[str, dict[str, str]] = defaultdict(dict)
        for q in quads:
            if q.predicate.value in (ORG + "member", ORG + "organization"):
                membership_of[q.subject.value][q.predicate.value] = q.object.value
        for node, ends in membership_of.items():
            if (ends.get(ORG + "member"), ends.get(ORG + "organization")) in bad_members:
                dead.add(node)
    kept_positions: dict[str, dict[str, str]] = defaultdict(dict)
    result: set[Quad] = set()
    mentions: dict[str, int] = defaultdict(int)
    for q in quads:
        subject = q.subject.value
        if dead and any(subject == d or subject.startswith(d + "#") or subject.startswith(d + "/") for d in dead):
            continue
        p = q.predicate.value
        if p in POSITION_EDGES:
            continue  # made again from the positions that remain
        obj = q.object
        if bad_members and p in HEAD_EDGES and (subject, obj.value) in bad_members:
            continue
        mapped = mapping.get(subject)
        if mapped:
            node, c = mapped
            if p == NAME.value:
                if obj.value != c.name:
                    result.add(Quad(node, ALT, obj, graph))
                continue
            if p == ALT.value and obj.value == c.name:
                continue
            if p == TYPE.value and obj.value not in BASE_CLASSES:
                continue
            if p == MENTION_COUNT.value:
                mentions[node.value] += int(obj.value)
                continue
        target = mapping.get(obj.value) if isinstance(obj, NamedNode) else None
        if mapped or target:
            obj = target[0] if target else obj
            result.add(Quad(mapped[0] if mapped else q.subject, q.predicate, obj, graph))
        else:
            result.add(q)
        if p in POSITION_PARTS:
            kept_positions[subject][p] = obj.value
    for node, c in mapping.values():
        result.add(Quad(node, NAME, text(c.name), graph))
        for cls in c.classes:
            result.add(Quad(node, TYPE, NamedNode(cls), graph))
    for node, n in mentions.items():
        result.add(Quad(NamedNode(node), MENTION_COUNT, integer(n), graph))
    for position in kept_positions.values():
        if KG + "holder" in position:
            predicate = KG + ("favours" if position.get(KG + "stance") == "for" else "opposes")
            result.add(Quad(NamedNode(position[KG + "holder"]), NamedNode(predicate), NamedNode(position[KG + "issue"]),
                            graph))
    return list(result)  # a set: the store keeps no order, files are sorted
