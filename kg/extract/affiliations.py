"""Affiliations: a person's stated tie to an organisation, with the role as written.

Each pattern is the text between a person's and an organisation's names: "the head of X, Y",
"Y, director of X", "Y, who works for X", "X's deputy head Y", "Y is an X contributor", and the
tie to a place in "an analyst based in Almaty".
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract import gazetteer
from kg.extract.lexicon import alternation, keyword_classes, lines, rows, word_set
from kg.extract.names import SCIENTIST_ENDING
from kg.extract.text import Sentence
from kg.extract.speakers import noun_fits
from kg.models import Affiliation, Entity, EntityRef, PlaceTie
from kg.resolve import MentionIndex

HEAD_ROLES = word_set("head_roles.txt")
NOT_NAMES = word_set("not_names.txt")  # function words: no part of a role
NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
AGE_ASIDE = re.compile(r",\s*\d{1,3},")  # "Rita Roe, 56, heads ..."
# words that say what the organisation named next is, not a preposition: "the independent outlet Kloop",
# "the banned Popular Front", "the Abuja-based Centre for ..." (a place made a modifier)
DESCRIBED_WORD = (r"(?!(?:of|in|at|for|and|or|with|to|on|by|from|against|over|about|into|after|under|between|among|"
                  r"during|without|through|across|than|as|like|amid)\s)(?:(?-i:[a-z])[\w\-]*|(?-i:[A-Z])\w*-(?-i:[a-z])\w*)\s+")
DESCRIBED = rf"(?:{DESCRIBED_WORD}){{0,3}}"


@cache
def modifier_pattern() -> str:
    """Words that may stand before a role and belong to it: "deputy", "former"."""
    return alternation(m.strip() for m in lines("role_modifiers.txt"))


@cache
def role_pattern() -> str:
    """The roles of roles.txt, and any scientist of an "-ology" ("hydrologist", "epidemiologist"), after
    the words that qualify them."""
    role = alternation(r.strip() for r in lines("roles.txt"))
    return rf"(?:(?:{modifier_pattern()})[\s-]+)*(?:{role}|\w+{SCIENTIST_ENDING})s?"


@cache
def in_a_role() -> str:
    """A lookahead before each character of a role written between names: no word of not_in_roles.txt
    starts there, as one would run across a clause ("the party's nominee sat with House Speaker Paul Ryan")."""
    return rf"(?!\b(?:{alternation(word_set('not_in_roles.txt'))})\b)"


@cache
def title_before_name() -> str:
    """A title between a role and the name: "Labour leader Sir Keir Starmer", "UN envoy Dr. Ann Roe"."""
    return rf"(?-i:{alternation(t for t in lines('titles.txt') if ' ' not in t)})\.?\s+"


@cache
def patterns() -> list[tuple[str, re.Pattern, str]]:
    """(rule, regex over the text between the two names, order) — order "po" or "op"."""
    role = role_pattern()
    free_role = rf"[\w\s\-/&,]{{0,50}}?\b(?:{role})"  # "Kyrgyzstan and Kazakstan editor"
    one_persons_role = rf"(?!(?:\w+\s+)?(?:{alternation(word_set('group_openers.txt'))})\s){free_role}"  # not "many other members"
    # between an organisation and the name after it, never across a clause: "The National Rifle
    # Association says President Barack Obama", "the party's nominee sat with House Speaker Paul Ryan"
    role_before_name = (rf"(?!(?i:and|or)\b)(?:{in_a_role()}[\w\s\-/&,])"
                        rf"{{0,50}}?\b(?:{role})")  # nor opens with "and": "Congress and President Obama"
    where_held = r"(?:\s+(?:to|in)\s+(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*){0,2})?"  # "ambassador to Moldova"
    title_after = title_before_name()
    # the field a role is of or in, in lower case: "a professor of economics at Stanford", "director of
    # research", "a specialist in heart disease at X"
    field = r"(?:\s+(?:of|in)\s+(?!(?:the|a|an|its|his|her|their)\s)(?-i:[a-z])[\w\-]*(?:\s+(?-i:[a-z])[\w\-]*){0,2}?)?"
    unit = rf"(?:of|for)\s+(?:the|its)\s+[\w\s\-&,]{{0,60}}?\b(?:{alternation(word_set('role_units.txt'))})"
    return [
        # the head of the KNB's counter-terrorism unit, Kendebay Adambekov; a biologist at X, Dr Ann Roe; the
        # spokesman of the Road Safety Corps in the state, Mr Ali Musa; without the comma when the role opens
        # the sentence, as wire services write it: "Chairman of the Duma Committee on Energy Ivan Orlov said"
        ("affiliations.role_of_org_name", re.compile(rf"^\)?(?:(?:\s+in\s+(?:the\s+)?[\w\-]+(?:\s+[\w\-]+)?)?,\s+(?:{title_after})?"
                                                     rf"|(?P<bare>\s+))$"), "op_role_first"),
        # Tolgonai Umbetalieva, director of the Central Asia Fund; Zamir Karajanov, a member of X; Ann Roe, a
        # former teacher and member of X; Ann Roe, an adviser to X; Bo Lind, a lawmaker from the Green Party
        ("affiliations.name_role_of_org", re.compile(rf"^,\s+(?:(?i:the|a|an|its|who\s+is|who\s+was)\s+)?(?P<role>(?:{role}\s+and\s+)?{role}{field})\s+(?:of|at|for|with|in|on|to|from)\s+(?:the\s+)?{DESCRIBED}$", re.I), "po"),
        # Johann Bihr, the head of the Eastern Europe and Central Asia desk of Reporters Without Borders
        ("affiliations.name_role_in_unit_of_org", re.compile(rf"^,\s+(?:(?i:the|a|an)\s+)?(?P<role>{role}\s+{unit})\s+(?:of|at)\s+(?:the\s+)?{DESCRIBED}$", re.I), "po"),
        # Andrei Grishin, who works for the Kazakstan Bureau; Ann Roe, who now writes for the online newspaper X
        ("affiliations.works_for", re.compile(r"^,?\s+(?:who\s+(?:now\s+|also\s+|still\s+|\w+ly\s+)?)?(?P<role>(?:works?|worked|writes|wrote)\s+(?:for|at|with)|used\s+to\s+be\s+a\s+\w+\s+(?:of|at|in))\s+(?:the\s+)?" + DESCRIBED + "$", re.I), "po"),
        # Gaziza Baituova is an IWPR contributor; Asyl Osmonalieva, IWPR's long-term contributor; Kanat
        # Valiyev, a former KNB officer
        # (Ann Roe, who is also the Green party leader; Ann Roe, who is also the state Green party leader: a word
        # after the article that says which of the organisation's branches)
        ("affiliations.name_is_org_role", re.compile(rf"^(?:,(?:\s+who\s+(?:is|was)(?:\s+also)?)?|\s+(?:is|was|has\s+been))\s+"
                                                     rf"(?P<article>(?i:the|a|an)\s+)?(?P<modifier>(?i:{modifier_pattern()})\s+)?(?(article)(?:(?-i:[a-z])[\w\-]+\s+)?)$"),
         "po_org_role"),
        # Ruslan Mamedov heads the Union of Journalists; Arman Zhakupov, who chairs the Bar Association
        # Igor Roe, a former president who leads the Party of Socialists ("leads" only after "who": "Trump leads
        # the GOP field"); Ana Lima, a chemist who heads the Lima-based Andean Water Institute
        ("affiliations.leads_org", re.compile(rf"^,?\s+(?:(?:a|an)\s+[\w\-’' ]{{0,40}}?\s+(?=who\s))?(?:who\s+)?"
                                              rf"(?P<role>(?i:{alternation(word_set('leading_verbs.txt'))})|(?<=who\s)(?:leads|led))"
                                              rf"\s+(?:the\s+)?{DESCRIBED}$"), "po"),
        # the KNB's deputy head Nurgali Bilisbekov; IWPR's Kyrgyzstan and Kazakstan editor Aida Kasymalieva
        # (a title after the comma: "the Trust's medical director, Dr Ann Roe"; not after people: "Dallas
        # police officers, Governor Ann Roe")
        ("affiliations.org_role_name", re.compile(rf"^(?:['’]s)?[\"”]?\s+(?P<role>{role_before_name}{where_held})"
                                                  rf"(?:\s*,?\s+|\s+{title_after}|(?<![sS]),\s+{title_after})$", re.I), "op"),
        # "Abzas Media" director Ulvi Hasanli and editor-in-chief Sevinj Vagifgyzy
        ("affiliations.org_role_name_and_role_name", re.compile(rf"^(?:['’]s)?[\"”]?\s+(?:{role_before_name})\s*,?\s+[A-Z][\w\-’' ]+?\s+and\s+(?P<role>{role})\s+$"), "op_second"),
        # Holly Carter, the Europe and Central Asia director of Human Rights Watch; Ian Holm, an energy analyst at
        # the Oslo-based Nordic Policy Forum
        ("affiliations.name_free_role_of_org", re.compile(rf"^,\s+(?:(?i:the|a|an)\s+)?(?P<role>{one_persons_role})\s+(?:of|at|for)\s+(?:the\s+)?{DESCRIBED}$", re.I), "po"),
        # Jotiar Nouri, a member of the political bureau of the Patriotic Union
        ("affiliations.name_role_in_org", re.compile(rf"^,?\s+(?:is|was)\s+(?:(?i:the|a|an)\s+)?(?P<role>{role})\s+(?:of|at|for|in)\s+(?:the\s+)?$", re.I), "po"),
        # Jason Leopold of Vice News; Ana Ruiz, of the opposition Green Party: a tie, its role unsaid
        # (not "accused Ted Roe of opposing the NSA's ..."; but "Ana Ruiz, of the ruling Green Party")
        ("affiliations.name_of_org", re.compile(rf"^,?\s+of\s+(?:the\s+(?:{DESCRIBED_WORD}){{0,2}}|(?:(?!\w+(?:ing|ed)\s){DESCRIBED_WORD}){{0,2}})$"), "po"),
        # Human Rights Watch's Hugh Williamson, the Kremlin's Dmitry Peskov: a tie, its role unsaid
        ("affiliations.org_possessive_name", re.compile(r"^['’]s?\s+$"), "op"),
        # Viasna, whose founder Ales Bialiatski ...; the union, whose leader, Dr Ann Roe, ...
        ("affiliations.org_whose_role_name", re.compile(rf"^,\s+whose\s+(?P<role>{role})\s*,?\s+(?:{title_after})?$", re.I), "op"),
    ]


@cache
def patterns_between(first: str, second: str) -> list[tuple[str, re.Pattern, str]]:
    """The patterns read between a name of kind `first` and a name of kind `second`, in order: "op" ones
    between an organisation and a person, "po" ones between a person and an organisation; not
    "op_second", read from the pair before (`find_affiliations`)."""
    kinds = {"op": ("organization", "person"), "po": ("person", "organization")}
    return [p for p in patterns() if p[2] != "op_second" and kinds[p[2][:2]] == (first, second)]


@cache
def described_role() -> str:
    """A role in an organisation a description refers back to, with the words that qualify it: "Europe
    and Asia director", "central information secretary"."""
    return (rf"(?:(?!\w+(?:ed|s)\s|(?:{alternation(NOT_NAMES)})\s)(?-i:[a-z])[\w\-]*\s+){{0,2}}?"
            rf"(?:(?:(?-i:[A-Z])[\w\-/&.]*|and|&)\s+){{0,6}}?(?:{role_pattern()})")


@cache
def organization_description() -> str:
    return rf"(?i:{alternation(word_set('organization_descriptions.txt'))})"


@cache
def role_of_described_org() -> re.Pattern:
    """ "the group's Europe director Holly Carter", "its spokesman, Ali Nuri", "the council's leader,
    Cllr Ann Roe", "a ministry spokesman, Ali Nuri": the role of a person in the organisation a description
    or "its" refers back to; matched against the text before the name."""
    nouns = organization_description()
    return re.compile(rf"(?:\b(?i:its)|\b(?i:the)\s+(?:[\w\-]+\s+){{0,2}}?(?P<noun>{nouns})['’]s"
                      rf"|\b(?i:a|an|the)\s+(?P<noun_before_role>{nouns}))\s+"
                      rf"(?P<role>{described_role()})\s*,?\s+(?:{title_before_name()})?$", re.I)


@cache
def described_role_after_name() -> re.Pattern:
    """ "Ann Roe, the company's chief executive, ...", "..., its spokesman, ...", "..., the mechanism's chief
    prosecutor, ...": the role after a name, in the organisation a description (any noun: see
    `_organization_headed_by`) or "its" refers back to; matched at the end of the name."""
    return re.compile(rf",\s+(?:(?i:its)|(?i:the)\s+(?:[\w\-]+\s+){{0,2}}?(?P<noun>(?-i:[a-z])[\w\-]*)['’]s)\s+"
                      rf"(?P<role>{described_role()})\b(?![\-’'])", re.I)


@cache
def leads_described_org() -> re.Pattern:
    """ "Bolot Temirov, who founded the outlet", "..., who had led the authority since 2019": the person
    heads the organisation the description refers back to; matched at the end of the name."""
    verbs = alternation([*word_set("leading_verbs.txt"), "leads", "led"])
    return re.compile(rf",\s+who\s+(?:has\s+|had\s+|also\s+)?(?P<role>{verbs})\s+the\s+(?:[\w\-]+\s+){{0,2}}?"
                      rf"(?P<noun>{organization_description()})\b(?!['’])")


def _organization_headed_by(noun: str, at: int, index: MentionIndex, organizations: dict[str, Entity],
                            horizon: int) -> EntityRef | None:
    """The last organisation named in the `horizon` characters before `at` whose name's head noun is `noun`
    ("the mechanism's" for "International Residual Mechanism for Criminal Tribunals"; "the state's" is not
    the State Department's)."""
    for _, _, ref in index.before(at, "organization", horizon=horizon):
        organization = organizations.get(ref.key)
        if organization is not None and _head_noun(organization.name) == noun:
            return ref
    return None


PLEADING_ROLES = word_set("pleading_roles.txt")


def _pleads_before(role: str | None, organization: Entity | None) -> bool:
    """Whether a role is of one who pleads before a court and is none of its members: "a Supreme Court
    lawyer", "an advocate at the High Court"."""
    return bool(role) and organization is not None and role.split()[-1].lower() in PLEADING_ROLES \
        and _head_noun(organization.name) == "court"


def _head_noun(name: str) -> str:
    """The noun an organisation's name is of, in lower case: the last word before "of", "for" or "on", or the
    last word ("Residual Mechanism for Criminal Tribunals": "mechanism"; "State Department": "department")."""
    words = HEAD_NOUN_END.split(name, maxsplit=1)[0].split()
    return words[-1].lower() if words else ""


HEAD_NOUN_END = re.compile(r"\s+(?:of|for|on)\s+")


ORGANIZATION_DESCRIPTIONS = word_set("organization_descriptions.txt")
SPEAKING_ROLES = word_set("speaking_roles.txt")
# "A spokeswoman, Ann Roe, said", "Spokeswoman Ann Roe said"
SPEAKING_ROLE_OPENING = re.compile(r"(?:(?:A|An)\s+(?=[a-z]+,)|(?=[A-Z][a-z]+\s))(?P<role>[A-Za-z]+),?\s+")


@cache
def role_for_described_org() -> re.Pattern:
    """ "a spokesman for the ministry, Ali Nuri", "the head of the agency, Dr Ann Roe": a person's role in
    the organisation a description refers back to, set before the name; matched against the text before it."""
    nouns = alternation(word_set("organization_descriptions.txt"))
    return re.compile(rf"\b(?i:a|an|the)\s+(?P<role>{role_pattern()})\s+(?i:for|of|at)\s+(?i:the)\s+(?:[\w\-]+\s+){{0,2}}?"
                      rf"(?P<noun>(?i:{nouns})),\s+(?:{title_before_name()})?$", re.I)


def _role_of_described_org(text: str, start: int, end: int) -> re.Match | None:
    """`role_of_described_org().search(text, start, end)`, tried only where "its" or an apostrophe may
    occur, or a role and a comma end just before the name: the regex engine tries that pattern at
    every character. In ASCII text, "its" in any case is "its" in the lower-cased text (elsewhere the
    pattern's "i" and "s" match "İ", "ı" and "ſ" too). Else `role_for_described_org()`, tried only
    where a comma stands shortly before the name."""
    window = text[start:end]
    if not window.isascii() or "'" in window or "its" in window.lower() or (
            window.endswith(", ") and _ends_in_described_role(window)):
        found = role_of_described_org().search(text, start, end)
        if found:
            return found
    return role_for_described_org().search(text, start, end) if "," in window[-20:] else None


def _ends_in_described_role(window: str) -> bool:
    """Whether a role ends the window and a noun for an organisation stands shortly before it: "a ministry
    spokesman, " (tried only before a comma: it splits the window into words)."""
    words = window[-40:].replace(",", " ").lower().split()
    return bool(words) and _may_end_role(words[-1]) and not ORGANIZATION_DESCRIPTIONS.isdisjoint(words[-4:])


NON_GOVERNMENT_DESCRIPTIONS = word_set("non_government_descriptions.txt")


def _described_organization(noun: str, at: int, index: MentionIndex, organizations: dict[str, Entity],
                            horizon: int = 3000) -> EntityRef | None:
    """The organisation "the group's" (`noun` "group", at offset `at`) refers back to, the last one named
    of a kind the noun can describe ("the company's chairman" works for no news outlet, "the group's
    director" for no ministry), in the `horizon` characters before; or that "its" (`noun` "") does, if it
    was named after the last place ("Ohio cast ... for its governor")."""
    noun = noun.lower()
    referents = ("organization",) if noun else ("organization", "place")

    def fits(ref: EntityRef) -> bool:
        organization = organizations.get(ref.key)
        return ref.kind == "place" or noun_fits(noun, organization) and not (
            noun in NON_GOVERNMENT_DESCRIPTIONS and organization is not None
            and organization.subtype == "GovernmentOrganization")

    last = next((m[2] for m in index.before(at, horizon=horizon) if m[2].kind in referents and fits(m[2])), None)
    return last if last is not None and last.kind == "organization" else None


def _subject_of_sentence_before(text: str, sentence: Sentence, index: MentionIndex, organizations: dict[str, Entity],
                                opening: bool = False) -> EntityRef | None:
    """The organisation that "Its" opening a sentence refers back to: the first one the sentence before
    names, its subject ("The Police Command in Niger dismissed claims that suspects held at its station in
    Gbako Local Government were freed. Its spokesman, ...": the Police Command, not Gbako); or, when that
    sentence opens with a description, the one the description refers back to ("Kolo Mining LLC lost its
    licence. The company said in a filing to the Stock Exchange that ... Its chief executive, ...": Kolo
    Mining, not the Stock Exchange). With `opening`, only an organisation whose name opens that sentence
    ("The Weather Service issued a warning. A spokeswoman, ...")."""
    low = max(0, sentence.start - WINDOW_BEFORE)
    end = len(text[low:sentence.start].rstrip()) + low - 1  # the full stop that ends the sentence before
    before = max(text.rfind(". ", low, end), text.rfind("\n", low, end))
    if before < 0:
        return None
    description = description_opening().match(text, before + 1, end)
    if description:
        return _described_organization(description.group("noun"), description.start("noun"), index, organizations)
    named = [m for m in index.within(before + 1, end) if m[2].kind in ("organization", "place")]
    if opening and named and not SUBJECT_OPENING.fullmatch(text, before + 1, named[0][0]):
        return None
    return named[0][2] if named and named[0][2].kind == "organization" else None


SUBJECT_OPENING = re.compile(r"\s*(?:The\s+)?")  # the words before a name that opens a sentence


@cache
def description_opening() -> re.Pattern:
    """A sentence that opens with a description of an organisation, in lower case: "The company, which
    ...", "The state-run broadcaster said" (not "The ECOWAS Commission")."""
    nouns = alternation(word_set("organization_descriptions.txt"))
    return re.compile(rf"\s*The\s+(?:[a-z][\w\-]*\s+){{0,2}}?(?P<noun>{nouns})\b(?!['’])")


WINDOW_BEFORE = 600  # characters the sentence before an "Its" is looked for in


@cache
def role_before_org() -> re.Pattern:
    """The role before an organisation's name, read back from it: "the head of the", "a biologist at",
    "the spokesman of the Parliament's" (an owner's possessive before the name of a unit of it)."""
    return re.compile(rf"(?<!\S)(?i:the|a|an|its|their)?\s*(?P<role>{role_pattern()})\s+(?:of|at|for|with|in)\s+(?P<the>the\s+)?(?:{DESCRIBED_WORD}|(?-i:[A-Z])[\w\-]*['’]s\s+)?$", re.I)


@cache
def role_after_name() -> re.Pattern:
    """The role after an organisation's possessive or a name: "IWPR's long-term contributor", "the CPJ's
    Europe and Central Asia program coordinator"; never across a clause ("IWPR's report on the editor")."""
    return re.compile(rf"(?:['’]s)?\s+(?P<role>(?:{in_a_role()}[\w\s\-]){{0,50}}?\b(?:{role_pattern()}))\b", re.I)


def _merged(mentions: list[tuple[int, int, EntityRef]], text: str) -> list[tuple[int, int, EntityRef]]:
    """Consecutive mentions of one entity, as in "Committee for National Security (KNB)", as one."""
    merged: list[tuple[int, int, EntityRef]] = []
    for start, end, ref in mentions:
        if merged and start < merged[-1][1]:
            continue  # "KNB" inside "the KNB's counter-terrorism unit"
        if merged and text[merged[-1][1]:start].strip() == "(" and merged[-1][2] == ref:
            close = end + 1 if text[end:end + 1] == ")" else end
            merged[-1] = (merged[-1][0], close, ref)
        else:
            merged.append((start, end, ref))
    return merged


Mentions = list[tuple[int, int, EntityRef]]


def mentions_by_sentence(sentences: list[Sentence], index: MentionIndex) -> list[Mentions]:
    """The mentions inside each sentence, looked up once for both `find_affiliations` and `find_place_ties`."""
    return [index.within(sentence.start, sentence.end) for sentence in sentences]


def find_affiliations(text: str, sentences: list[Sentence], sentence_mentions: list[Mentions], index: MentionIndex,
                      organizations: dict[str, Entity] | None = None) -> list[Affiliation]:
    """`sentence_mentions`: the mentions of each sentence (`mentions_by_sentence`); `organizations`: the
    article's organisations by key, whose kinds say which a description ("the company's") may mean."""
    organizations = organizations or {}
    found: dict[tuple[str, str], Affiliation] = {}
    tied: set[str] = set()  # the people of `found`

    def tie(person: EntityRef, organization: EntityRef, role: str | None, sentence: Sentence, rule: str) -> None:
        if (person.key, organization.key) not in found and not _pleads_before(role, organizations.get(organization.key)):
            found[(person.key, organization.key)] = _affiliation(person, organization, role, sentence, rule)
            tied.add(person.key)

    role = role_after_name()
    second_rule, second_pattern, _ = next(p for p in patterns() if p[2] == "op_second")
    for number, (sentence, in_sentence) in enumerate(zip(sentences, sentence_mentions)):
        if not in_sentence:
            continue
        sentence_before = sentences[max(0, number - 1)]
        # places inside a role ("IWPR's Kyrgyzstan and Kazakstan editor") do not break a pattern
        mentions = _merged([m for m in in_sentence if m[2].kind != "place"], text)
        for (a_start, a_end, a), (b_start, b_end, b) in zip(mentions, mentions[1:]):
            between = text[a_end:b_start]
            if len(between) > 80:
                continue
            if a.kind == "person" and (age := AGE_ASIDE.match(between)):
                between = between[age.end() - 1:]  # "Rita Roe, 56, heads the X": as "Rita Roe, heads the X"
            for rule, pattern, order in patterns_between(a.kind, b.kind):
                match = pattern.match(between)
                if not match:
                    continue
                if order == "op_role_first":
                    before = role_before_org().search(text, max(sentence.start, a_start - 60), a_start)
                    if not before or match.group("bare") and (
                            not before.group("the") or text[sentence.start:before.start("role")].strip(" \"“‘'")):
                        continue  # "the head of the group Obama named": a clause, not a name, may follow; "Leader
                        # of Opposition in the Assembly R Ashoka": a role, not an organisation's name
                    role_text = before.group("role")
                elif order == "po_org_role":
                    follow = role.match(text, b_end, min(sentence.end, b_end + 60))
                    if not follow or NAME_AFTER.match(text, follow.end()):
                        continue  # "Hillary Clinton, former UN Ambassador John Bolton": the next name's title
                    role_text = (match.group("modifier") or "") + follow.group("role")
                else:
                    role_text = match.groupdict().get("role")
                    if role_text and "," in role_text:
                        role_text = _role_before_title(role_text)
                        if role_text is None:
                            continue
                person, organization = (a, b) if order.startswith("po") else (b, a)
                tie(person, organization, role_text, sentence, rule)
                break
        for start, _, person in mentions:
            if person.kind == "person" and person.key not in tied:
                described = _role_of_described_org(text, max(sentence.start, start - 90), start)
                if not described:
                    continue
                # "a spokesman for the ministry, Ali Nuri", "a ministry spokesman, Ali Nuri": a ministry named in
                # this sentence or the one before
                # "Its" opening a sentence is of what the sentence before is about, or of an organisation named
                # in it ("The Oslo-based group Iran Human Rights (IHR) said ... Its director"), or of no one
                # known: not of one named earlier when that sentence's subject is a name not read as one
                opens_with_its = described.start() == sentence.start and text.startswith("Its", described.start())
                noun_before_role = described.groupdict().get("noun_before_role")
                horizon = (described.start() - sentence_before.start
                           if described.re is role_for_described_org() or noun_before_role or opens_with_its else 3000)
                noun = described.group("noun") or noun_before_role or ""
                organization = (opens_with_its and _subject_of_sentence_before(text, sentence, index, organizations)
                                or _described_organization(noun, described.start(), index, organizations, horizon))
                if organization:
                    tie(person, organization, described.group("role"), sentence, "affiliations.role_of_described_org")
        for start, end, person in mentions:
            if person.kind != "person" or person.key in tied:
                continue
            held = text.startswith(", ", end) and _role_described_after_name(text, start, end, sentence,
                                                                             sentence_before.start, index, organizations)
            if held:
                tie(person, held[0], held[1], sentence, "affiliations.role_of_described_org")
            elif start - sentence.start < 20:
                # "The Weather Service issued a warning. A spokeswoman, Lisa Ward, said ..." (or "Spokeswoman Lisa
                # Ward said ..."): its spokeswoman
                speaking = SPEAKING_ROLE_OPENING.fullmatch(text, sentence.start, start)
                organization = speaking and speaking.group("role").lower() in SPEAKING_ROLES and (
                    _subject_of_sentence_before(text, sentence, index, organizations, opening=True))
                if organization:
                    tie(person, organization, speaking.group("role"), sentence, "affiliations.spokesperson_of_org_before")
        for start, _, person in mentions:
            if person.kind == "person" and person.key not in tied:
                echoed = _echoed_organization(text, start, sentence, sentence_before, index, organizations)
                if echoed:
                    tie(person, echoed[0], echoed[1], sentence, "affiliations.role_echoes_org")
        # coordination: "ORG director P1 and editor-in-chief P2" ties P2 to ORG too
        for (_, a_end, a), (_, b_end, b), (c_start, _, c) in zip(mentions, mentions[1:], mentions[2:]):
            if (a.kind, c.kind) == ("organization", "person"):
                match = second_pattern.match(text[a_end:c_start])
                if match:
                    tie(c, a, match.group("role"), sentence, second_rule)
            # "Lena Fox, a member of the Riga City Council from the Progress Party": of the party too, in a
            # role unsaid
            elif ((a.kind, b.kind, c.kind) == ("person", "organization", "organization")
                  and (a.key, b.key) in found and found[(a.key, b.key)].evidence.start == sentence.start
                  and FROM_ORGANIZATION.match(text, b_end, c_start)):
                tie(a, c, None, sentence, "affiliations.member_of_org_from_org")
    return list(found.values())


FROM_ORGANIZATION = re.compile(rf"\s+from\s+(?:the\s+)?{DESCRIBED}$")


def _role_described_after_name(text: str, start: int, end: int, sentence: Sentence, since: int, index: MentionIndex,
                               organizations: dict[str, Entity]) -> tuple[EntityRef, str] | None:
    """The organisation and role that the words after the name at `start`-`end` give, after a comma, of an
    organisation named from `since` (the sentence before) on: "Anna Berg, the company's chief executive,
    said"; "..., its spokesman, ..."; "..., the mechanism's chief prosecutor, ..."; "..., who founded the
    outlet, ..."."""
    horizon = start - since
    described = described_role_after_name().match(text, end, min(sentence.end, end + 90))
    if described:
        noun = (described.group("noun") or "").lower()
        organization = (_organization_headed_by(noun, start, index, organizations, horizon)
                        if noun and noun not in ORGANIZATION_DESCRIPTIONS
                        else _described_organization(noun, start, index, organizations, horizon))
        if organization:
            return organization, described.group("role")
    described = text.startswith(", who ", end) and leads_described_org().match(text, end, min(sentence.end, end + 90))
    organization = described and _described_organization(described.group("noun"), start, index, organizations, horizon)
    return (organization, described.group("role")) if organization else None


ROLE_BODIES = dict(rows("role_bodies.tsv"))
ORG_KEYWORDS = frozenset(keyword.lower() for keyword in keyword_classes("org_keywords.txt"))
MODIFIERS = word_set("role_modifiers.txt")
TITLES = frozenset(t.lower() for t in lines("titles.txt"))
ORG_NAME_WORD = re.compile(r"[\w\-]+")  # a word of an organisation's name
WORDS_BEFORE_NAME = re.compile(r"(?<![\w\-’'])(?:[\w\-’']+\s+){1,6}$")  # up to a comma: "Central bank Governor "


def _echoed_organization(text: str, start: int, sentence: Sentence, sentence_before: Sentence, index: MentionIndex,
                         organizations: dict[str, Entity]) -> tuple[EntityRef, str] | None:
    """The organisation a role written before a name refers back to by echoing the organisation's
    name, with the role: "the Pima County Board of Supervisors ... Board chairman Ted Vale", "the Ministry
    of Oil ... Minister Ali Nuri" (role_bodies.tsv). Only the one organisation named before that the role
    can echo (or the one named in the sentence itself), named in this sentence or the one before: "Defense
    Minister Ann Roe" after both "the Armenian Defense Ministry" and "the Azerbaijani Defense Ministry" is
    of neither; "Prime Minister Ali Nuri" echoes no ministry. A role that echoes two words or more of the
    name, capitalised ("Deputy Energy Minister Ali Nuri" after "the Energy Ministry"), may refer further
    back, to an organisation named in the last few paragraphs (`MentionIndex.before`)."""
    last = text[max(sentence.start, start - 40):start].split()[-1:]
    if not last or not _may_end_role(last[0]):
        return None  # the regexes below, searched back from a name, cost a twentieth of extraction otherwise
    words = WORDS_BEFORE_NAME.search(text, max(sentence.start, start - 80), start)
    held = words and role_at_end().search(words.group().rstrip())
    if not held or held.group().lower().endswith("s"):
        return None  # "Mexican presidents Vicente Fox and ...": a role of many
    tokens = words.group().split()
    # organisation key -> where it was last named, the role, how many words of its name the role echoes
    fitting: dict[str, tuple[int, EntityRef, str, int]] = {}
    for mention_start, _, ref in index.before(start, "organization"):
        organization = organizations.get(ref.key)
        echo = ref.key not in fitting and organization is not None and _echoing_role(tokens, organization)
        if echo:
            fitting[ref.key] = (mention_start, ref, *echo)
    in_sentence = [found for found in fitting.values() if found[0] >= sentence.start]
    candidates = in_sentence or list(fitting.values())
    if len(candidates) != 1 or candidates[0][0] < sentence_before.start and candidates[0][3] < 2:
        return None
    return candidates[0][1], candidates[0][2]


def _may_end_role(word: str) -> bool:
    """Whether a word may be the last of a role (`role_pattern`): "chairman", "Governor", "hydrologists",
    "vice-president"."""
    word = word.lower().rsplit("-", 1)[-1]
    return word in role_last_words() or word[:-1] in role_last_words() or word.rstrip("s").endswith(SCIENTIST_ENDING)


@cache
def role_last_words() -> frozenset[str]:
    return frozenset(role.split()[-1].lower() for role in lines("roles.txt"))


def _echoing_role(tokens: list[str], organization: Entity) -> tuple[str, int] | None:
    """The role that the words before a name are, read back from it, when they are a role and words of
    the organisation's name, one of them a noun that makes a name an organisation ("Central bank Governor"
    for "Central Bank of the Republic of Türkiye", role "Governor"; not "Orlando Mayor" for "Orlando
    Sentinel"), back to a word of no name (the, said) or the start: a capitalised word of another name
    ("Azerbaijani Defense Minister") is of another organisation; with how many words of the name it echoes
    capitalised, as a name is written ("central bank governor" is a description)."""
    named = {w.lower() for name in [organization.name, *organization.aliases] for w in ORG_NAME_WORD.findall(name)} - NOT_NAMES
    echoed, echoed_words = False, 0
    role_from, role_to = len(tokens), len(tokens)  # "Chief Electoral Commissioner" of "Dr" and the name after
    for at in range(len(tokens) - 1, -1, -1):
        word = tokens[at].lower().rstrip(".")
        body = ROLE_BODIES.get(word, word)
        if body in named:
            echoed = echoed or body in ORG_KEYWORDS
            echoed_words += tokens[at][0].isupper()
            if word in ROLE_BODIES:
                role_from = at
        elif word in MODIFIERS or role_word().fullmatch(word):
            role_from = at
        elif word in TITLES and role_from == len(tokens):
            role_to = role_from = at
        elif word in NOT_NAMES or not tokens[at][0].isupper():
            break
        else:
            return None
    return (" ".join(tokens[role_from:role_to]), echoed_words) if echoed else None


@cache
def role_word() -> re.Pattern:
    """One role of roles.txt, or a word that qualifies one ("chief", "director", "hydrologist")."""
    return re.compile(rf"(?:{role_pattern()})", re.I)


def _role_before_title(role: str) -> str | None:
    """A role read between an organisation and a name that holds a comma: a list of places ("its
    Kyrgyzstan, Tajikistan and Kazakstan editor") stays whole; a role and then the name's title is
    the role ("the party chairwoman, Representative Ann Roe"), unless the role is of many people
    ("Dallas police officers, Governor Mary Fallin") or a clause follows it: then there is no tie."""
    first, _, rest = role.rpartition(",")
    held = role_at_end().search(first)
    if held is None:
        return role
    if held.group().lower().endswith("s") or not TITLE_WORDS.fullmatch(rest.strip()):
        return None
    return first


@cache
def role_at_end() -> re.Pattern:
    return re.compile(rf"\b(?:{role_pattern()})$", re.I)


TITLE_WORDS = re.compile(r"(?:[A-Z][\w.]*\s*)+")


def _affiliation(person: EntityRef, organization: EntityRef, role: str | None, sentence: Sentence,
                 rule: str) -> Affiliation:
    role = _clean_role(role) if role else None
    return Affiliation(person=person.key, organization=organization.key, role=role,
                       head=role is not None and role.lower() in HEAD_ROLES,
                       evidence={"start": sentence.start, "end": sentence.end}, rule=rule)


def _clean_role(role: str) -> str:
    role = SPACES.sub(" ", role).strip(" ,")
    return LEADING_ARTICLE.sub("", role)


SPACES = re.compile(r"\s+")
LEADING_ARTICLE = re.compile(r"^(?i:the|a|an)\s+")


BASED_IN = re.compile(r"^,?\s+(?:(?:a|an|the)\s+)?[\w\s\-]{0,40}?\b(?:based|living|working)\s+in\s+$"
                      r"|^,?\s+who\s+(?:(?:is|was)\s+based|lives|lived|works|worked)\s+in\s+$", re.I)
A_ROLE = re.compile(r"^,\s+(?:a|an)\s+$", re.I)  # "Aigerim Sadykova, an Almaty-based journalist"
RESIDENT_OF = re.compile(r"^,\s+(?:a|an)\s+(?:[\w\-]+\s+){0,2}?resident\s+of\s+(?:the\s+)?$", re.I)  # ", a resident of Osh"
A_RESIDENT = re.compile(r"\s+(?:resident|native)\b")  # "Dana Roe, a Bishkek resident": after the place
POSSESSIVE_NEXT = re.compile(r"['’]s?\b")  # "a lawmaker from Germany's Green Party": the party's, not the place's
AGE_FROM = re.compile(r"^,\s+\d{1,3},\s+(?:from|of)\s+$")  # "Dana Roe, 45, from Osh"
PLACE_BASED = re.compile(r"^-based\s+(?:the\s+)?$")  # "the Almaty-based Legal Centre": the place first
INDEFINITE_BEFORE = re.compile(r"\b(?i:an?)\s+$")  # "a Mississippi-based GOP strategist": the strategist is


@cache
def role_in() -> re.Pattern:
    """ "Nurlan Abdrakhmanov, a lawyer in Bishkek", "a journalist from Osh": one person's role, then where
    it is held or where they come from."""
    return re.compile(rf"^,\s+(?:a|an)\s+(?:[\w\-]+\s+){{0,3}}?(?:{role_pattern()})\s+(?:in|from)\s+$", re.I)


def find_place_ties(text: str, sentences: list[Sentence], sentence_mentions: list[Mentions],
                    places: dict[str, Entity] | None = None) -> list[PlaceTie]:
    """ "Zamir Karajanov, a political analyst based in Almaty", "..., a lawyer in Bishkek", "..., an
    Almaty-based journalist", "..., who lives in Osh", "..., a longtime resident of Osh": the person (or
    organisation) is tied to the place; "Dayton, Ohio", "Quetta, Pakistan": the place lies in the other.
    `sentence_mentions`: the mentions of each sentence (`mentions_by_sentence`); `places`: the
    article's places by key, whose types say which may lie in which."""
    places = places or {}
    ties = []
    for sentence, mentions in zip(sentences, sentence_mentions):
        for k, ((_, a_end, a), (b_start, b_end, b)) in enumerate(zip(mentions, mentions[1:])):
            if a.kind == "place" == b.kind and _lies_in(text, mentions, k, places):
                ties.append(PlaceTie(entity={"kind": "place", "key": a.key}, place=b.key,
                                     evidence={"start": sentence.start, "end": sentence.end},
                                     rule="affiliations.place_then_region"))
                continue
            if a.kind == "place" and b.kind == "organization" and PLACE_BASED.match(text[a_end:b_start]) \
                    and not INDEFINITE_BEFORE.search(text, max(0, mentions[k][0] - 4), mentions[k][0]):
                ties.append(PlaceTie(entity={"kind": b.kind, "key": b.key}, place=a.key,
                                     evidence={"start": sentence.start, "end": sentence.end},
                                     rule="affiliations.place_based"))
                continue
            if a.kind not in ("person", "organization") or b.kind != "place":
                continue
            between = text[a_end:b_start]
            if BASED_IN.match(between):
                rule = "affiliations.based_in_place"
            elif a.kind == "person" and role_in().match(between) and not POSSESSIVE_NEXT.match(text, b_end):
                rule = "affiliations.role_in_place"
            elif A_ROLE.match(between) and text.startswith("-based", b_end):
                rule = "affiliations.place_based"
            elif a.kind == "person" and (RESIDENT_OF.match(between) or AGE_FROM.match(between)
                                         or A_ROLE.match(between) and A_RESIDENT.match(text, b_end)):
                rule = "affiliations.resident_of_place"
            else:
                continue
            ties.append(PlaceTie(entity={"kind": a.kind, "key": a.key}, place=b.key,
                                 evidence={"start": sentence.start, "end": sentence.end}, rule=rule))
    return ties


LIST_GOES_ON = re.compile(r",?\s+(?:and|or)\s+|,\s+")  # "Osh, Jalal-Abad and Batken": a list of places


def _lies_in(text: str, mentions: Mentions, k: int, places: dict[str, Entity]) -> bool:
    """Whether the place of mentions[k] lies in that of mentions[k + 1], as "Dayton, Ohio" says: a
    city in its country or region (as GeoNames has it), or a region in its country; not in a list of
    places ("Osh, Jalal-Abad and Batken")."""
    (_, a_end, a), (b_start, b_end, b) = mentions[k], mentions[k + 1]
    inner, outer = places.get(a.key), places.get(b.key)
    if inner is None or outer is None or inner.key == outer.key or text[a_end:b_start] != ", ":
        return False
    listed_before = k > 0 and mentions[k - 1][2].kind == "place" \
        and LIST_GOES_ON.fullmatch(text, mentions[k - 1][1], mentions[k][0])
    listed_after = k + 2 < len(mentions) and mentions[k + 2][2].kind == "place" \
        and LIST_GOES_ON.fullmatch(text, b_end, mentions[k + 2][0])
    if listed_before or listed_after:
        return False
    if inner.subtype == "AdministrativeArea":
        return outer.subtype == "Country"
    region = gazetteer.lookup(outer.name) if inner.subtype == "City" and outer.subtype in (
        "Country", "AdministrativeArea") else None
    city = gazetteer.city_in(inner.name, region) if region is not None else None
    return city is not None and city.geonames_id == inner.geonames_id
