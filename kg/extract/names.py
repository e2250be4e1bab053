"""Find the names in a text and say what each names: a person, an organisation or a place.

Capitalised runs of words are the candidates (joined across "of", "for", "and" inside organisation
names); the curated lexicons decide their kind: organisation keywords and known organisations,
the gazetteer, titles and first names for people, demonyms for what is not a place.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import compress
from operator import itemgetter

from kg.extract import gazetteer
from kg.extract.gazetteer import demonyms
from kg.extract.lexicon import alternation, keyword_classes, lines, reporting_verbs, rows, word_set
from kg.extract.text import ABBREVIATIONS, INITIALS, Token, Tokens, tokenize

NAME_PARTICLES = word_set("name_particles.txt")
DATE_WORDS = word_set("date_words.txt")
CONTRACTIONS = word_set("contractions.txt")  # "i've", "he's": never a name
NOT_PERSON_HEADS = word_set("not_person_heads.txt")  # "show", "street": a thing's name ends on one
NOT_PERSON_OPENERS = word_set("not_person_openers.txt")  # "Typhoon", "Eid": a thing's name opens with one
# organisations a keyword alone names: "Parliament", "the Senate", "police", "the Times"
STANDALONE_CLASSES = {"GovernmentOrganization", "NewsMediaOrganization"}
MEDIUM_WORDS = word_set("medium_words.txt", fold=False)  # "TV", "the Press": a medium, no outlet named
CONNECTORS = word_set("name_connectors.txt") | NAME_PARTICLES
PERSON_TIES = word_set("person_ties.txt")  # "Clinton aide Huma Abedin", "Roe's husband, Al Roe", "her husband, Bill,"
SPLITTING_CONNECTORS = CONNECTORS - NAME_PARTICLES  # "of", "and", "in": a run joined by one may be two names
PLACE_SUFFIXES = word_set("place_suffixes.txt")
NATURAL_FEATURES = {  # (word, where it stands) -> class: ("Sea", "last") -> "SeaBodyOfWater"
    (row[0], where): row[2] for row in rows("natural_features.tsv") for where in row[1].split(",")}
LOCATIVE = word_set("locative_prepositions.txt")
UNIT_NOUNS = tuple(sorted(word_set("unit_nouns.txt"), key=lambda noun: (-len(noun), noun)))  # the longest first
NAME_SUFFIXES = word_set("name_suffixes.txt", fold=False)
PATRONYMIC_SUFFIXES = word_set("patronymic_suffixes.txt", fold=False)
EAST_ASIAN_SURNAMES = word_set("east_asian_surnames.txt", fold=False)
NOT_ORGANIZATION_ACRONYMS = word_set("not_organization_acronyms.txt", fold=False)
COMPASS_POINTS = frozenset(("north", "south", "east", "west"))
FIRM_NAME_ENDINGS = word_set("firm_name_endings.txt", fold=False)
NOT_NAMES = word_set("not_names.txt")
TITLES_INSIDE_NAMES = word_set("titles_inside_names.txt", fold=False)  # "Hassan Sheikh Mohamud"
SCIENTIST_ENDING = "ologist"  # a scientist of an "-ology" is a role, as in affiliations: "Seismologist Ana Ruiz"
ORGANIZATION_NOUNS = word_set("organization_descriptions.txt")  # "the ministry", "the rights group"
WORK_NOUNS = word_set("work_nouns.txt")  # "her album Neon Tides": a title follows, no person
HOLDING_NOUNS = word_set("holding_nouns.txt")  # "shares in Veltro": a company follows, no place
ORG_KEYWORDS = keyword_classes("org_keywords.txt")
KINDLESS_KEYWORDS = frozenset(row[0] for row in rows("org_keywords.txt") if row[1:] == ["~"])
SUFFIXES_AFTER_NAME = PLACE_SUFFIXES - {"city", "state"}  # "Parwan province", not "Kabul city"
INDEFINITE_ARTICLES = ("a", "an", "another")
MAX_NAME_WORDS = 16
LINE_END = re.compile(r"[.:!]?[ \t]*(?:\n|\Z)")  # a heading's end: a full stop or colon, then the line's
CREDIT_WORDS = frozenset(("Reporting", "Writing", "Editing", "Additional", "Compiled", "Written", "Edited"))
CREDIT_BEFORE = re.compile(rf"\b(?i:{'|'.join(CREDIT_WORDS)}) by\s+$")  # a wire story's credits
OWNER_BEFORE = re.compile(r"([A-Z][\w/.&-]*(?: [A-Z][\w/.&-]*){0,4})['’]s?\s+$")  # "Radio Liberty’s " before a name
WEB_ADDRESS_END = re.compile(rf"\.(?:{alternation(lines('web_domains.txt'))})(?![\w-])")  # ".am", ".co.uk" right after a word
ACRONYM = re.compile(r"^(?:[A-Z][A-Z0-9&]{1,7}|[A-Z]{2,}/[A-Z]{2,}|(?:[A-Z]\.){2,})$")


@dataclass(slots=True)
class Name:
    """A name found in the text and what kind of entity it names."""

    text: str
    start: int
    end: int
    kind: str | None  # "person", "organization", "place", or None while unknown
    rule: str
    subtype: str | None = None
    aliases: list[str] = field(default_factory=list)
    parent_text: str | None = None  # for a unit: the organisation it belongs to
    unit: str | None = None  # for a unit: what it is ("political bureau")
    place: gazetteer.Place | None = None
    title: str | None = None  # "President", "Dr" before a person's name


@cache
def known_organizations() -> dict[str, tuple[str, list[str], str | None]]:
    """Folded name or alias -> (name, aliases, class) of well-known organisations."""
    index = {}
    for row in rows("organizations.tsv"):
        name, aliases, cls = (row + ["", ""])[:3]
        entry = (name, [a for a in aliases.split("|") if a], None if cls in ("-", "") else cls)
        for form in [name, *entry[1]]:
            index[gazetteer.fold(form)] = entry
    return index


@cache
def known_names_across_lowercase() -> tuple[re.Pattern, frozenset[str]]:
    """The well-known organisations whose names hold a lower-case word or a number that ends a
    capitalised run ("Committee to Protect Journalists", "Hizb ut-Tahrir", "France 24"), to read them
    whole, after a sentence's "The" too ("The Committee to Protect Journalists, a watchdog, said"); and
    the first words of those names and "The": the pattern is tried only at a run that opens with one. A
    number followed by "of" is a clause of a text ("Article 19 of the constitution"), no name."""
    forms = [form for name, aliases, _ in known_organizations().values() for form in [name, *aliases]
             if form[:1].isupper() and any(not w[:1].isupper() and w not in CONNECTORS for w in form.split()[1:])]
    numbered = [form for form in forms if any(w.isdigit() for w in form.split())]
    worded = sorted(set(forms) - set(numbered))
    branches = []
    if worded:
        branches.append(rf"(?:{alternation(worded)})\b")
    if numbered:
        branches.append(rf"(?:{alternation(numbered)})\b(?! of\b)")
    pattern = re.compile(rf"(?:The )?(?:{'|'.join(branches)})" if branches else "(?!)")
    return pattern, frozenset(["The", *(tokenize(form).words[0] for form in forms)])


@cache
def body_nouns() -> dict[tuple[str, ...], str | None]:
    return {tuple(k.split()): v for k, v in keyword_classes("org_body_nouns.txt").items()}


@cache
def body_noun_openers() -> frozenset[str]:
    """The first words of the body nouns: a name followed by none of them has no body noun."""
    return frozenset(noun[0] for noun in body_nouns())


@cache
def titles() -> dict[tuple[str, ...], str]:
    return {tuple(t.lower().split()): t for t in word_set("titles.txt", fold=False)}


@cache
def title_openers() -> frozenset[str]:
    """The first words of the titles: a word that is none of them opens no title."""
    return frozenset(t[0] for t in titles())


@cache
def one_word_titles() -> frozenset[str]:
    return frozenset(t[0] for t in titles() if len(t) == 1)


@cache
def roles() -> frozenset[str]:
    return frozenset(r.strip().lower() for r in lines("roles.txt"))


@cache
def role_words() -> frozenset[str]:
    return frozenset(role for role in roles() if " " not in role)


@cache
def person_nouns() -> frozenset[str]:
    """Words that say what a person is: the roles, the nouns of person descriptions, one-word titles."""
    return roles() | frozenset(n.strip().lower() for n in lines("person_descriptions.txt")) | one_word_titles()


@cache
def role_modifiers() -> frozenset[str]:
    """Words that belong to the role after them in a role before a name: those of role_modifiers.txt
    and those that count only here (name_role_modifiers.txt: "Senate Majority Leader Mitch McConnell")."""
    return word_set("role_modifiers.txt") | word_set("name_role_modifiers.txt")


@cache
def first_names():
    import gender_guesser.detector

    return gender_guesser.detector.Detector(case_sensitive=False)


FIRST_NAME_GENDERS = dict(rows("first_name_genders.tsv"))  # "Bernie": male, though the lists say mostly female


@lru_cache(maxsize=1 << 16)
def gender(first_name: str, sure: bool = False) -> str | None:
    """ "male", "female" or None, from the first name (`first_name_genders.tsv`, then the name lists);
    `sure`: only where the lists give no other ("Lindsey" is mostly female in them)."""
    if first_name in FIRST_NAME_GENDERS:
        return FIRST_NAME_GENDERS[first_name] if FIRST_NAME_GENDERS[first_name] != "either" else None
    guess = first_names().get_gender(first_name)
    return {"male": "male", "female": "female"}.get(guess) if sure else \
        {"male": "male", "mostly_male": "male", "female": "female", "mostly_female": "female"}.get(guess)


@lru_cache(maxsize=1 << 16)
def is_first_name(word: str) -> bool:
    """A first name of the name lists or of `first_name_genders.tsv` (which holds names the lists lack:
    "Emeka", "Wanjiru")."""
    return word in FIRST_NAME_GENDERS or first_names().get_gender(word) != "unknown"


@lru_cache(maxsize=1 << 16)
def vouching_first_name(word: str) -> bool:
    """A first name that vouches for the capitalised word after it as a surname ("Mary Collins"): any
    first name English text does not use as an everyday word, and the curated frequent ones ("John")."""
    return is_first_name(word) and (not common_word(word, 3e-5) or word.lower() in word_set("common_first_names.txt"))


def _frequencies() -> dict[str, float]:
    return gazetteer.english_frequencies()


def common_word(word: str, threshold: float = 1e-5) -> bool:
    """A word that English uses often in lower case (frequency per word, about zipf 4)."""
    return _frequencies().get(word.lower(), 0.0) >= threshold


ELIDED_PARTICLES = tuple(word_set("elided_particles.txt"))
# a particle joined to a name ("d’Estaing"), which opens a word: tested by a look-behind after each particle rather
# than a `\b` before them, since a pattern that opens with the particles' letters lets the regex engine skip to
# those letters, where a `\b` is tried at every character of a paragraph (nine times the time)
ELIDED_PARTICLE_NAME = re.compile("(?:" + "|".join(rf"{re.escape(p[:-1])}(?<!\w{re.escape(p[:-1])})" for p in ELIDED_PARTICLES)
                                  + r")['’][^\W\d_]")


def elided_particle_name(word: str) -> bool:
    """A name opened by a particle joined to it in lower case: "d’Estaing", "d'Ivoire"."""
    if "'" not in word and "’" not in word:
        return False  # the commonest case, settled before any particle is looked at
    folded = word.replace("’", "'")
    return any(folded.startswith(p) and folded[len(p):len(p) + 1].isupper() for p in ELIDED_PARTICLES)


def is_capitalised(word: str) -> bool:
    return word[:1].isupper() or (word[2:3] == "-" and word[:2].lower() in ("al", "el") and word[3:4].isupper()) \
        or elided_particle_name(word)


class _PerWord(dict):
    """A function of a word or name, worked out once per distinct one (they repeat across articles);
    emptied when it grows large, so memory stays bounded on any corpus."""

    LIMIT = 1 << 18

    def __init__(self, function) -> None:
        super().__init__()
        self.function = function

    def __missing__(self, word: str):
        if len(self) >= self.LIMIT:
            self.clear()
        value = self[word] = self.function(word)
        return value


CAPITALISED = _PerWord(is_capitalised)
LOWER = _PerWord(str.lower)
PLACE = _PerWord(gazetteer.lookup)


def _known_organization(name: str) -> tuple[str, list[str], str | None] | None:
    """The well-known organisation a name is, an acronym only as written: "Is it ..." is not IS."""
    key = gazetteer.fold(name)
    entry = known_organizations().get(key)
    if entry and not name.isupper():
        if all(form.isupper() for form in (entry[0], *entry[1]) if gazetteer.fold(form) == key):
            return None
    return entry


KNOWN_ORGANIZATION = _PerWord(_known_organization)


def news_outlet(name: str) -> bool:
    """Whether a name is a well-known news outlet's: "Reuters", "PTI", "RFE/RL"."""
    known = KNOWN_ORGANIZATION[name]
    return known is not None and known[2] == "NewsMediaOrganization"
CONTRACTION = _PerWord(lambda word: word.lower().replace("’", "'") in CONTRACTIONS)
# the words `_run_end` may take into a run after its first: capitalised ones, an abbreviation's full stop, a
# possessive, a connector; the word after a name is mostly none of them and ends the run at one look-up
POSSESSIVE_MARKS = ("'s", "’s", "'", "’")  # as split off a word: "Clinton's" -> "Clinton" + "'s"
IRREGULAR_PLURALS = ("women", "men", "children", "people")  # "Women's", "Children's": plurals before "'s"
MAY_CONTINUE_RUN = _PerWord(lambda word: CAPITALISED[word] or word in (".", *POSSESSIVE_MARKS) or word.lower() in CONNECTORS)
NOT_PERSON_HEAD = _PerWord(lambda word: word.lower() in NOT_PERSON_HEADS)


def find_names(text: str, start: int, end: int, sentence_starts: set[int]) -> list[Name]:
    """Names in text[start:end]; `sentence_starts` are offsets where a sentence begins."""
    tokens = tokenize(text, start, end)
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    capitalised = _capitalised(text, start, end, words)
    names: list[Name] = []
    resume = 0  # capitalised words inside a run already read start no run of their own
    known_across_lowercase, known_openers = known_names_across_lowercase()
    for i in compress(range(len(capitalised)), capitalised):
        if i < resume:
            continue
        j = _run_end(tokens, capitalised, i)
        if j < len(words) and words[j] == ",":
            j = _listed_remits_end(tokens, capitalised, i, j)
        # "(Reporting by Ann Roe Writing by Bo Li Editing by ...)": a credit's name ends before the next
        # credit; the search only after "by", which ends every credit
        if i and words[i - 1] == "by" and CREDIT_BEFORE.search(text, max(start, starts[i] - 30), starts[i]):
            j = next((k for k in range(i + 1, j) if words[k] in CREDIT_WORDS), j)
        known = known_across_lowercase.match(text, starts[i]) if words[i] in known_openers else None
        if known and known.end() > ends[j - 1]:  # "the Committee to Protect Journalists"
            j = bisect_left(starts, known.end(), i)
        found = _known_after_particle(text, tokens, i, j) or _classify_run(text, tokens, i, j, sentence_starts)
        if found and found[-1].kind == "person" and found[-1].end == ends[j - 1] and j < len(words) \
                and words[j] in PATRONYMIC_SUFFIXES and starts[j] - found[-1].end == 1:
            found[-1].end = ends[j]  # "Zyyagul Bolot kyzy": the father's name and "daughter of"
            found[-1].text = text[found[-1].start:found[-1].end]
        web = WEB_ADDRESS_END.match(text, ends[j - 1]) \
            if j - i == 1 and text.startswith(".", ends[j - 1]) else None  # a regex only after a full stop
        if web:  # "Lragir.am", "Kun.uz": a news site named by its web address
            found = [Name(text[starts[i]:web.end()], starts[i], web.end(), "organization", "names.web_address",
                          "NewsMediaOrganization")]
        names.extend(found)
        resume = j
    if uncapitalised := _known_uncapitalised(text, start, end):
        names = sorted(names + uncapitalised, key=lambda name: name.start)
    _attach_acronyms(text, names)
    return _with_states_of_bodies(text, names)


def _with_states_of_bodies(text: str, names: list[Name]) -> list[Name]:
    """The names, a government body named after a place's possessive with the words every state names its
    bodies by (`STATE_BODY_WORDS`) read with the place: "Russia's Foreign Ministry", not a "Foreign
    Ministry" that "Ukraine's Foreign Ministry" would be too; that short name is its alias, which finds no
    other state's body (`kg.resolve`). The place stays a name of its own."""
    for k in range(1, len(names)):
        place, body = names[k - 1], names[k]
        if body.kind == "organization" and place.kind == "place" and body.subtype == "GovernmentOrganization" \
                and body.rule == "names.organization_keyword" and text[place.end:body.start] in ("'s ", "’s ") \
                and all(LOWER[word] in STATE_BODY_WORDS or word in ORG_KEYWORDS
                        for word in body.text.replace(",", " ").split()):
            names[k] = Name(text[place.start:body.end], place.start, body.end, "organization", STATE_BODY_RULE,
                            body.subtype, aliases=[body.text])
    return names


@cache
def known_uncapitalised_forms() -> tuple[str, ...]:
    """Forms of well-known organisations with no capital letter, which no capitalised run finds: "dpa", "24.kg"."""
    return tuple(sorted({form for name, aliases, _ in known_organizations().values() for form in [name, *aliases]
                         if form == form.lower()}))


def _known_uncapitalised(text: str, start: int, end: int) -> list[Name]:
    """Where text[start:end] names a well-known organisation in lower case or by a number, as a whole word."""
    found = []
    for form in known_uncapitalised_forms():
        at = text.find(form, start, end)
        while at >= 0:
            stop = at + len(form)
            if not text[at - 1:at].isalnum() and not (text[stop:stop + 1].isalnum() or text[stop:stop + 1] == "-"):
                found.append(_known_organization_name(form, at, stop, KNOWN_ORGANIZATION[form]))
            at = text.find(form, stop, end)
    return found


def _known_after_particle(text: str, tokens: Tokens, i: int, j: int) -> list[Name]:
    """A well-known organisation whose name opens with a particle in lower case, written apart: "al
    Qaeda", "al Shabaab" (listed as "al-Shabaab"), and "al Qaeda in the Arabian Peninsula"; the run
    alone would be a person ("Qaeda")."""
    if i == 0 or LOWER[tokens.words[i - 1]] not in NAME_PARTICLES or tokens.starts[i] - tokens.ends[i - 1] != 1:
        return []
    start = tokens.starts[i - 1]
    for k in range(j, i, -1):  # the longest name first
        name = text[start:tokens.ends[k - 1]]
        known = KNOWN_ORGANIZATION[name] or KNOWN_ORGANIZATION[name.replace(" ", "-", 1)]
        if known:
            return [_known_organization_name(name, start, tokens.ends[k - 1], known)]
    return []


def _known_organization_name(name: str, start: int, end: int, known: tuple[str, list[str], str | None]) -> Name:
    """A well-known organisation named at text[start:end], its listed name an alias when written otherwise."""
    canonical, _, cls = known
    return Name(name, start, end, "organization", "names.known_organization", cls,
                aliases=[canonical] if canonical != name else [])


def _office_holder(words: list[str], end: int) -> bool:
    """Whether the words before `end` are a role or title that an office is named by: "the Mayor's
    Office", "the Public Defender's Office", hyphenated too: "the Prosecutor-General's Office"."""
    key = LOWER[words[end - 1]].rpartition("-")[2]
    return key in role_words() or (key,) in titles() or " ".join(map(LOWER.__getitem__, words[end - 2:end])) in roles()


@lru_cache(maxsize=8)  # texts of the last few articles: a 5 MB one is kept no longer than that
def _written_in_lower_case(text: str, word: str) -> bool:
    """Whether the article also writes the word in lower case, as a word: then a capital that opens a
    sentence says nothing of a name. Read once per article and word (a text hashes once), so a text
    opening thousands of sentences with "Police" stays linear."""
    return re.search(rf"\b{re.escape(word.lower())}\b", text) is not None


def role_in_capitals(words: list[str]) -> bool:
    """Whether capitalised words only name a role: "Chief Prosecutor", "Deputy Director", "Public Defender",
    "Uzbek Prime Minister" (a people's word before it says whose)."""
    if len(words) > 1 and words[0] in demonyms():
        words = words[1:]
    keys = [LOWER[word] for word in words]
    return " ".join(keys) in roles() or tuple(keys) in titles() \
        or keys[-1] in role_words() and all(key in role_modifiers() for key in keys[:-1])


def _capitalised(text: str, start: int, end: int, words: list[str]) -> list[bool]:
    """Which of the words of text[start:end] are capitalised: those whose first character is a capital,
    tested in C over all of them (a look-up per word in a table of every word seen cost a tenth of the
    names stage, in memory reads); word by word only where a paragraph has "al-" or "el-" in lower
    case ("al-Assad") or a particle joined to a name ("d’Estaing"), which `is_capitalised` takes too."""
    if text.find("l-", start, end) >= 0 or text.find("L-", start, end) >= 0 \
            or ELIDED_PARTICLE_NAME.search(text, start, end):
        return list(map(CAPITALISED.__getitem__, words))
    return list(map(str.isupper, map(itemgetter(0), words)))


def _run_end(tokens: Tokens, capitalised: list[bool], i: int) -> int:
    """Index after the capitalised run that starts at tokens[i]."""
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    j = i + 1
    while j < len(words):
        word = words[j]
        if not MAY_CONTINUE_RUN[word] or starts[j] - ends[j - 1] > 1:
            break  # none of the words the tests below take, or more than a plain space before it (a newline)
        if capitalised[j] and word[0] not in "\"“":
            j += 1
            continue
        if (word == "." and j + 1 < len(words) and capitalised[j + 1] and starts[j + 1] - ends[j] == 1
                and ((LOWER[words[j - 1]],) in titles() or _initial(words[j - 1])
                     or words[j - 1] in gazetteer.PLACE_ABBREVIATIONS)):
            j += 1  # "Mr. Obama", "Rep. Jim Jordan", "James B. Comey", "St. Louis": a title's, an initial's
            continue  # or a place abbreviation's full stop does not end the name
        if (word in ("'s", "’s") and starts[j] == ends[j - 1] and j + 1 < len(words) and capitalised[j + 1]
                and words[j + 1] in ORG_KEYWORDS and _office_holder(words, j)):
            j += 1  # "the Prosecutor General's Office", "the Mayor's Office": an office named by its holder
            continue
        if word in POSSESSIVE_MARKS and starts[j] == ends[j - 1] and _group_owns_organization(words, capitalised, j):
            j += 1  # "the National Farmers' Union", "the Women's Rights Network": named for whom it serves
            continue
        if (LOWER[word] == "for" and words[j - 1] in ORG_KEYWORDS and j + 2 < len(words)
                and LOWER[words[j + 1]] == "a" and capitalised[j + 2]):
            j += 2  # "the Committee for a Responsible Federal Budget"
            continue
        if (LOWER[word] in NAME_PARTICLES and j + 2 < len(words) and LOWER[words[j + 1]] in NAME_PARTICLES
                and capitalised[j + 2]):
            j += 2  # "Juan Ramón de la Fuente", "Ursula von der Leyen": two particles before the surname
            continue
        if LOWER[word] in CONNECTORS and j + 1 < len(words) and (
                (capitalised[j + 1] and LOWER[words[j + 1]] not in DATE_WORDS)  # not "the Associated Press on Monday"
                or (LOWER[words[j + 1]] == "the" and j + 2 < len(words) and capitalised[j + 2]
                    and LOWER[word] not in ("and", "&"))):  # "the FTC and the Senate": two names
            j += 1
            continue
        break
    while j > i + 1 and LOWER[words[j - 1]] in CONNECTORS:
        j -= 1
    return j


def _listed_remits_end(tokens: Tokens, capitalised: list[bool], i: int, j: int) -> int:
    """Where a body's name ends whose run tokens[i:j] ("Ministry of Agriculture") goes on with the remits
    it lists with commas, closed by "and": ", Water Resources(,) and Regional Development". Each remit is
    capitalised words of `listed_remits.txt` only, so a list of other names after a body is no part of it."""
    words = tokens.words
    if not any(words[k] in ORG_KEYWORDS and LOWER[words[k + 1]] == "of" for k in range(i, j - 1)):
        return j
    k, listed = j, 0
    while k < len(words) and words[k] == "," and (end := _remit_end(words, capitalised, k + 1)) > k + 1:
        k, listed = end, listed + 1
    if k < len(words) and words[k] == ",":
        k += 1  # the comma before "and"
    if listed and k < len(words) and words[k] == "and" and (end := _remit_end(words, capitalised, k + 1)) > k + 1:
        return end
    return j


def _remit_end(words: list[str], capitalised: list[bool], k: int) -> int:
    """The index after the capitalised remit words that start at words[k] ("Water Resources")."""
    while k < len(words) and capitalised[k] and LOWER[words[k]] in LISTED_REMITS:
        k += 1
    return k


def _group_owns_organization(words: list[str], capitalised: list[bool], j: int) -> bool:
    """Whether the possessive words[j] makes a plural of people ("Farmers'", "Women's") part of an
    organisation's name: an organisation keyword one or two capitalised words after it."""
    plural = LOWER[words[j - 1]]
    if not (plural in IRREGULAR_PLURALS if words[j] in ("'s", "’s") else plural.endswith("s") and common_word(plural)) \
            or KNOWN_ORGANIZATION[words[j - 1]]:
        return False  # but "the Democrats' Senate campaign arm": a party's
    return any(k < len(words) and capitalised[k] and words[k] in ORG_KEYWORDS for k in (j + 1, j + 2)) \
        and capitalised[j + 1]


def _modifies_organization_keyword(word: str, following: str) -> bool:
    """ "Interior" of "Interior Ministry spokesman ...", "State" of "State Department officials ...": a
    sentence's first word that opens an organisation's name, though English uses it (not a role's
    modifier: "Retired Army Col. ...")."""
    return (following in ORG_KEYWORDS and following not in KINDLESS_KEYWORDS and word not in ORG_KEYWORDS
            and LOWER[word] not in role_modifiers())


def _leading_connector(word: str) -> bool:
    """A word that cannot open a name: "of", "and", a particle ("al", "de", "La" of "La Stampa"), but not
    a particle that is a first name too ("Al Gore", "Van Jones", "Di Maio")."""
    return LOWER[word] in CONNECTORS and not (
        LOWER[word] in NAME_PARTICLES and word[:1].isupper() and vouching_first_name(word))


def _opens_known_name(text: str, tokens: Tokens, i: int, j: int) -> bool:
    """Whether a capitalised particle opens the name of a place or body the lexicons know, which runs to
    the run's end: "El" of "Residents of El Paso say", of "Farmers in El Salvador said"."""
    name = text[tokens.starts[i]:tokens.ends[j - 1]]
    return tokens.words[i][:1].isupper() and bool(PLACE[name] or KNOWN_ORGANIZATION[name])


def _initial(word: str) -> bool:
    """A single capital letter: a middle initial ("B" of "James B. Comey")."""
    return len(word) == 1 and word.isupper()


def _spelled_initial(word: str) -> bool:
    """A capital letter without a full stop that opens a name ("R" of "R Ashoka"), not the words "A", "I"."""
    return _initial(word) and word not in ("A", "I")


def _initials_word(words: list[str], k: int, after_title: bool) -> bool:
    """Two or three initials written as one word without full stops, before a surname: "TC" of "David TC
    Davies" after a first name, and "JD" of "Vice President JD Vance" after a title (by itself "MTV
    Unplugged", "RJR Nabisco" are names of things). Not an acronym news uses for a body or a place ("UN",
    "NY"), and never the last word."""
    word = words[k]
    if not (2 <= len(word) <= 3 and word.isalpha() and word.isupper()) or k + 1 >= len(words):
        return False
    if not (is_first_name(words[k - 1]) if k else (len(words) == 2 and after_title)):
        return False
    following = words[k + 1]
    return (following[:1].isupper() and not following.isupper() and NAME_LIKE[following]
            and not KNOWN_ORGANIZATION[word] and not PLACE[word] and not PLACE[word[0] + "." + word[1:] + "."]
            and word not in NOT_ORGANIZATION_ACRONYMS and (word.lower(),) not in titles()
            and word.lower() not in role_words())


def _classify_run(text: str, tokens: Tokens, i: int, j: int, sentence_starts: set[int]) -> list[Name]:
    words, starts = tokens.words, tokens.starts
    whole = text[starts[i]:tokens.ends[j - 1]]
    if PLACE[whole] or KNOWN_ORGANIZATION[whole]:
        return _classify(text, tokens, i, j, None, sentence_starts)
    if j - i == 1:  # one word (two thirds of the runs): of the tests below, only these can apply to it
        if (LOWER[words[i]] in NOT_NAMES or LOWER[words[i]] in CONNECTORS or CONTRACTION[words[i]]) \
                and not _capitals_naming(text, tokens, i):
            return []
        return _classify_named(text, tokens, i, j, sentence_starts)
    # drop function words and sentence openers at the front ("The", "Some", "Addressing"), but not an
    # abbreviated title ("Gov. Pat McCrory", "Rep. Tom Cole"): its full stop would open the name
    while i < j and ((LOWER[words[i]] in NOT_NAMES and not (i == j - 1 and _capitals_naming(text, tokens, i)))
                     or (_leading_connector(words[i]) and not _opens_known_name(text, tokens, i, j))
                     or (starts[i] in sentence_starts and j - i > 1 and _sentence_opener(words[i], j - i)
                         and not (words[i + 1] == "." and ((LOWER[words[i]],) in titles() or _initial(words[i])))
                         and not (_spelled_initial(words[i]) and words[i + 1] != ".")  # "H D Kumaraswamy said"
                         and not _modifies_organization_keyword(words[i], words[i + 1])
                         and not _east_asian_name(words, i, j))):
        i += 1
    while j > i and (LOWER[words[j - 1]] in CONNECTORS):
        j -= 1
    if i < j and KNOWN_ORGANIZATION[text[starts[i]:tokens.ends[j - 1]]]:  # "The General Staff", as listed
        return _classify(text, tokens, i, j, None, sentence_starts)
    modifier = next((k for k in range(i, j - 1) if _hyphenated_modifier(words[k]) and _names_something(words[k])), None)
    if modifier is not None:  # "the Dushanbe-based Human Rights Centre": a place, then the name it modifies
        return (_classify_named(text, tokens, i, modifier + 1, sentence_starts)
                + _classify_run(text, tokens, modifier + 1, j, sentence_starts))
    # a day or month after a name says when, not who: "the Supreme Court Tuesday", "St. Anselm College
    # February"; but a month may be a surname ("Jill June") and "Joe Friday" may be a name
    if j - i > 1 and LOWER[words[j - 1]] in DATE_WORDS and (
            _heads_organization(text, tokens, i, j - 1) or (
                LOWER[words[j - 1]].endswith("day") and not (j - i == 2 and is_first_name(words[i])))):
        j -= 1
    # a role word that opens a sentence is not part of a name: "Member of the Patriotic Union ..."
    if i + 1 < j and LOWER[words[i]] in role_words() and LOWER[words[i + 1]] == "of":
        i += 1
        while i < j and LOWER[words[i]] in CONNECTORS:
            i += 1
    # a title that ends a run belongs to the person after it: "Georgian Parliament Speaker, Irakli ..."
    if (j - i > 1 and LOWER[words[j - 1]] in one_word_titles() and LOWER[words[j - 2]] not in CONNECTORS
            and not is_first_name(words[j - 2])):
        j -= 1  # but "Department of Justice" and "John King" end on their own word
    if i >= j or j - i > MAX_NAME_WORDS:
        return []  # a capitalised run this long is a headline in title case, not a name
    if j - i == 1 and CONTRACTION[words[i]]:
        return []  # "I’ve", "He's": a pronoun and a verb
    if (feature := _natural_feature(words[i:j])) and not PLACE[text[starts[i]:tokens.ends[j - 1]]]:
        return [Name(text[starts[i]:tokens.ends[j - 1]], starts[i], tokens.ends[j - 1], "place",
                     "names.natural_feature", feature)]
    if j - i <= 2:
        return _classify_named(text, tokens, i, j, sentence_starts)  # no connector fits inside: nothing to split
    # two names joined: a person's full name, "and" or "of", then more ("Ambassador John Bolton and
    # Breitbart News"); a name and where it is ("the Brookings Institution in Washington"); two
    # organisations, or a name in one ("the FBI and Justice Department", "Democrats in Congress")
    split = _and_after_person(tokens, i, j) or _located_at(text, tokens, i, j)  # an index after i: never 0
    if split is not None:
        return (_classify_run(text, tokens, i, split, sentence_starts)
                + _classify_run(text, tokens, split + 1, j, sentence_starts))
    joined = _joined_organization(text, tokens, i, j)
    if joined is not None:
        after = _classify_run(text, tokens, joined + 1, j, sentence_starts)
        right = joined + 2 if LOWER[words[joined + 1]] == "the" else joined + 1
        if not after and _another_body(tokens, i, joined, right, j):  # "... and Opinion Savvy": a body too
            after = [Name(text[starts[right]:tokens.ends[j - 1]], starts[right], tokens.ends[j - 1], "organization",
                          "names.organization_joined")]
        return _classify_run(text, tokens, i, joined, sentence_starts) + after
    if (split := _country_before_person(text, tokens, i, j)) is not None:
        return (_classify_run(text, tokens, i, split, sentence_starts)
                + _classify_run(text, tokens, split, j, sentence_starts))
    # joined by "and", "in", "of" but not one organisation's name: each part on its own
    connectors = [k for k in range(i + 1, j - 1) if LOWER[words[k]] in SPLITTING_CONNECTORS]
    if connectors and (not _one_organization(text, tokens, i, j) or _places_joined(text, tokens, i, connectors, j)):
        parts, cursor = [], i
        for k in _splitting(text, tokens, i, connectors, j) + [j]:
            if k > cursor:
                parts.extend(_classify_run(text, tokens, cursor, k, sentence_starts))
            cursor = k + 1
        return parts
    return _classify_named(text, tokens, i, j, sentence_starts)


def _hyphenated_modifier(word: str) -> bool:
    """ "NATO-led", "Dushanbe-based": a name made a modifier by a lower-case word after a hyphen."""
    return "-" in word and word.rsplit("-", 1)[-1].islower() and not word.startswith(("al-", "el-"))


def _east_asian_name(words: list[str], i: int, j: int) -> bool:
    """Whether words[i:j] are a Korean or Chinese family name and a hyphenated given name ("Ban Ki-moon",
    "Tsai Ing-wen"): a name, though its second syllable is in lower case and "Ban" or "Moon" opens a sentence."""
    return j - i == 2 and words[i] in EAST_ASIAN_SURNAMES and "-" in words[i + 1] and words[i + 1][:1].isupper() \
        and not PLACE[f"{words[i]} {words[i + 1].split('-')[0]}"]  # "a Hong Kong-listed firm": a place


def _names_something(modifier: str) -> bool:
    """Whether the word before a modifier's hyphen is a name ("Dushanbe-based", "Saudi-sponsored"), not an
    everyday word ("Peace-building" of "the Program on Peace-building and Rights")."""
    head = modifier.rsplit("-", 1)[0]
    return bool(PLACE[head] or KNOWN_ORGANIZATION[head] or head in demonyms()) or not common_word(head)


def _classify_named(text: str, tokens: Tokens, i: int, j: int, sentence_starts: set[int]) -> list[Name]:
    """`_classify` of a run that is one name, but for a hyphenated modifier at its end: "NATO-led"
    names NATO."""
    last = tokens.words[j - 1]
    if _hyphenated_modifier(last) and not _east_asian_name(tokens.words, i, j):
        head = last.split("-")[0]
        if not head[:1].isupper():
            return []
        start = tokens.starts[j - 1]
        return _classify(text, tokens, i, j, Token(head, start, start + len(head)), sentence_starts)
    return _classify(text, tokens, i, j, None, sentence_starts)


def without_the(name: str) -> str:
    return name[4:] if name.startswith(("the ", "The ")) else name


REGION_AFTER = re.compile(r",\s+([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})")


def _city_of_region_after(text: str, end: int, name: str) -> gazetteer.Place | None:
    """ "Dayton, Ohio", "Rome, Georgia": a name followed by its country or state is that town."""
    region_after = REGION_AFTER.match(text, end)
    if region_after is None:
        return None
    words = region_after.group(1).split()
    state = gazetteer.us_states_by_postal_code().get(words[0])
    if state is not None:  # "Berea, OH"
        return gazetteer.city_in(name, state)
    for size in range(len(words), 0, -1):
        region = PLACE[" ".join(words[:size])]
        if region is not None and region.type in ("Country", "AdministrativeArea"):
            return gazetteer.city_in(name, region)
    return None


def _call_sign_class(word: str) -> str | None:
    """The kind of organisation a broadcaster's call sign names ("KING-TV", "WTOP-Radio"): letters in
    capitals joined to an organisation keyword, read as its keyword's class (not a person "King")."""
    letters, _, keyword = word.rpartition("-")
    return ORG_KEYWORDS.get(keyword) if letters.isupper() and ACRONYM.match(letters) else None


TOWN_BEFORE = re.compile(r"([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}),\s+$")


def _state_after_town(text: str, start: int, code: str) -> gazetteer.Place | None:
    """The US state a postal code right after a town of it names ("Berea, OH"), else None."""
    state = gazetteer.us_states_by_postal_code().get(code)
    town = TOWN_BEFORE.search(text, max(0, start - 40), start) if state is not None else None
    if town is None:
        return None
    words = town.group(1).split()
    return state if any(gazetteer.city_in(" ".join(words[k:]), state) for k in range(len(words))) else None


def _located_at(text: str, tokens: Tokens, i: int, j: int) -> int | None:
    """Where "in" joins a name to a place of the gazetteer: "the Brookings Institution in Washington",
    "a tribunal in The Hague" (a place whose name holds its "The")."""
    words, starts = tokens.words, tokens.starts
    return next((k for k in range(i + 1, j - 1) if LOWER[words[k]] == "in" and (
        PLACE[without_the(text[starts[k + 1]:tokens.ends[j - 1]])] or PLACE[text[starts[k + 1]:tokens.ends[j - 1]]])),
        None)


def _places_joined(text: str, tokens: Tokens, i: int, connectors: list[int], j: int) -> bool:
    """Whether each part of a run the connectors join is a place the gazetteer knows: "Union City and
    Jersey City" are two towns, though "Union" may head an organisation's name."""
    bounds = [i - 1, *connectors, j]
    return all(start + 1 < end and PLACE[text[tokens.starts[start + 1]:tokens.ends[end - 1]]]
               for start, end in zip(bounds, bounds[1:]))


def _country_before_person(text: str, tokens: Tokens, i: int, j: int) -> int | None:
    """Where a person's name starts after the country or region of a title ("the President of Georgia
    Salome Zurabishvili", "Foreign Minister of Hungary Peter Szijjarto"), or after the place an envoy is
    posted to, a capital too ("Ambassador to Ankara Vasyl Bodnar"): the run after "of" or a role's "to" is
    a place, then two or three words of a name."""
    words = tokens.words
    if i == 0 or LOWER[words[i - 1]] not in ("of", "to"):
        return None
    place_types = ("Country", "AdministrativeArea")
    if LOWER[words[i - 1]] == "to":
        if i < 2 or LOWER[words[i - 2]] not in roles():
            return None
        place_types += ("City",)
    for k in range(i + 1, min(i + 4, j - 1)):
        place = PLACE[text[tokens.starts[i]:tokens.ends[k - 1]]]
        if (place is not None and place.type in place_types and j - k <= 3
                and all(NAME_LIKE[w] and w not in ORG_KEYWORDS and not PLACE[w] for w in words[k:j])
                and (is_first_name(words[k]) or not any(common_word(w) for w in words[k:j]))):
            return k
    return None


def _one_organization(text: str, tokens: Tokens, i: int, j: int) -> bool:
    """Whether a run joined by connectors is one organisation's name ("Bureau for Human Rights")."""
    words = tokens.words
    if any(w in ORG_KEYWORDS for w in words[i:j]):
        return True
    return any(KNOWN_ORGANIZATION[text[tokens.starts[i]:tokens.ends[k]]]
               and LOWER[words[k + 1]] == "of" for k in range(i, j - 1))


def _joined_organization(text: str, tokens: Tokens, i: int, j: int) -> int | None:
    """Where a run joins a name to an organisation named in full after it: "and" between two
    organisations ("the FBI and Justice Department", "Fox News and MSNBC"), "in" after any name
    ("Democrats in Congress", "a lieutenant in the US Navy"). The first part has no connector of its
    own and must name an organisation by itself before "and", so "Department of Health and Human
    Services", "Food and Drug Administration" and "Ways and Means Committee" stay one name."""
    words = tokens.words
    k = next((k for k in range(i + 1, j - 1) if LOWER[words[k]] in CONNECTORS), None)
    if k is None or LOWER[words[k]] not in ("and", "&", "in"):
        return None
    right = k + 2 if LOWER[words[k + 1]] == "the" else k + 1
    if right >= j:
        return None
    if LOWER[words[k]] == "in":
        return k if _heads_organization(text, tokens, right, j) else None
    if _heads_organization(text, tokens, i, k) and (_heads_organization(text, tokens, right, j) or _another_body(
            tokens, i, k, right, j)):
        return k
    return None


def _another_body(tokens: Tokens, i: int, k: int, right: int, j: int) -> bool:
    """Whether words[right:j], after "and" and an organisation named in full (words[i:k]), name another
    body: two words or more, not in capitals ("the Cleveland Clinic and University Hospitals", "Emerson
    College and Opinion Savvy"), not a people or a place. One word may end the first one's name ("Golf
    Club and Spa"), a firm's "&" joins one name ("U.S. News & World Report"), and a government body's
    name joins its fields ("the National Korean American Service and Education Consortium")."""
    words = tokens.words
    named = " ".join(words[right:j])
    return (LOWER[words[k]] == "and" and j - right >= 2 and ORG_KEYWORDS.get(words[k - 1]) != "GovernmentOrganization"
            and not any(LOWER[w] in CONNECTORS or w.isupper() for w in words[right:j])
            and named not in demonyms() and not PLACE[named])  # "NATO and Middle Eastern allies"


def _names_no_organization(acronym: str) -> bool:
    """An abbreviation of a title, a law, a disease ..., dotted or not: "CEO", "C.E.O.", "NAFTA"."""
    return acronym.replace(".", "").upper() in NOT_ORGANIZATION_ACRONYMS


def _heads_organization(text: str, tokens: Tokens, i: int, j: int) -> bool:
    """Whether words[i:j] name an organisation by themselves: a known one, an acronym, or a head noun
    that is an organisation keyword, last or before "of" ("Justice Department", "Court of Appeals")."""
    words = tokens.words
    if KNOWN_ORGANIZATION[text[tokens.starts[i]:tokens.ends[j - 1]]]:
        return True
    if j - i == 1:
        return bool(ACRONYM.match(words[i])) and not _names_no_organization(words[i]) or (
            ORG_KEYWORDS.get(words[i]) in STANDALONE_CLASSES and words[i] not in MEDIUM_WORDS)
    of = next((k for k in range(i + 1, j) if LOWER[words[k]] in CONNECTORS), j)
    return of > i and (words[of - 1] in ORG_KEYWORDS and words[of - 1] not in KINDLESS_KEYWORDS) and (
        of == j or LOWER[words[of]] == "of")


def _names_a_place_or_body(word: str) -> bool:
    """Whether a word before a title says where or of what body the title is: "Florida Gov.", "U.N. Ambassador"."""
    return bool(PLACE[word] or KNOWN_ORGANIZATION[word] or ACRONYM.match(word))


def _and_after_person(tokens: Tokens, i: int, j: int) -> int | None:
    """Where a run of two names joins them: the first "and" or "of" after a person's full name that
    opens the run ("President Barack Obama and the Democratic Party", "Thomas Covert of the University
    of Chicago"), or an "and" before one ("Fordham University and Senator Rob Calder"); a person's full
    name is a first name or a title and one more word, with no organisation keyword. Not "Henry Holt
    and Company", not "Bill and Melinda Gates Foundation"."""
    if j - i < 4:
        return None  # no room for a full name, a connector and more
    words, keywords = tokens.words, ORG_KEYWORDS

    def person_at(start: int, end: int) -> bool:  # "Urban Development" is no person: a word after a first name
        return end - start >= 2 and not any(w in keywords for w in words[start:end]) and (
            (LOWER[words[start]],) in titles()
            or (end - start >= 3 and (LOWER[words[start + 1]],) in titles() and _names_a_place_or_body(words[start]))
            or (is_first_name(words[start]) and not any(common_word(w) for w in words[start + 1:end]))
            or (end - start == 2 and vouching_first_name(words[start]))  # "Carol Lee of the ...": any surname
            or (end - start <= 3 and all(NAME_LIKE[w] and not common_word(w) and not PLACE[w]
                                         for w in words[start:end])))  # "Darran Whiting": a rare first name

    k = next((k for k in range(i + 2, j - 1) if LOWER[words[k]] in ("and", "of")), None)
    if k is not None and person_at(i, k) and not all(w in FIRM_NAME_ENDINGS for w in words[k + 1:j]):
        return k
    for k in range(i + 1, j - 2):
        if LOWER[words[k]] == "and":
            following = next((m for m in range(k + 1, j) if LOWER[words[m]] in CONNECTORS), j)
            if person_at(k + 1, following):
                return k
    return None


def _capitals_naming(text: str, tokens: Tokens, i: int) -> bool:
    """Whether a word in capitals that is also an everyday word names a country or body the lexicons
    know, in running text: "the US said", "the WHO warned"; not "WHO IS TO BLAME", a shout."""
    word = tokens.words[i]
    return len(word) > 1 and word.isupper() and bool(PLACE[word] or KNOWN_ORGANIZATION[word]) \
        and not _shouted(text, tokens, i, i + 1)


def _shouted(text: str, tokens: Tokens, i: int, j: int) -> bool:
    """A word in capitals that is a line of its own ("ABSTRACT.", "UPDATE:") or stands beside an
    everyday word in capitals ("BEFORE YOU GO", "HUFFPOLLSTER VIA EMAIL"): a heading or a shout."""
    start = tokens.starts[i]
    if (start == 0 or text[start - 1] == "\n") and LINE_END.match(text, tokens.ends[j - 1]):
        return True
    beside = [tokens.words[k] for k in (i - 1, j) if 0 <= k < len(tokens.words)]
    return any(len(word) > 1 and word.isalpha() and word.isupper() and common_word(word, 1e-5)
               and not (PLACE[word] or KNOWN_ORGANIZATION[word]) for word in beside)  # "US", "UN": names


def _sentence_opener(word: str, run_length: int) -> bool:
    """A capitalised first word of a sentence that is an ordinary English word, not a name."""
    if PLACE[word] or KNOWN_ORGANIZATION[word] or word in demonyms():
        return False
    if ACRONYM.match(word):
        return False
    if _hyphenated_modifier(word):
        return not _names_something(word)  # "Front-runner Hillary Clinton", "Long-time aide": an everyday compound
    return common_word(word, 1e-5) and not (run_length > 1 and vouching_first_name(word))


def _splitting(text: str, tokens: Tokens, i: int, connectors: list[int], j: int) -> list[int]:
    """The connectors that part a run, but for those inside a place's name: "Officials in Jammu and
    Kashmir", "Bosnia and Herzegovina and Trinidad and Tobago", "the Strait of Hormuz and ..."."""
    splitting, start = [], i
    for k, bound in zip(connectors, connectors[1:] + [j]):
        if PLACE[text[tokens.starts[start]:tokens.ends[bound - 1]]] or _natural_feature(tokens.words[start:bound]):
            continue  # the part runs on to the next connector
        splitting.append(k)
        start = k + 1
    return splitting


def _natural_feature(words: list[str]) -> str | None:
    """The schema.org class of the sea, strait, reef, lake or mountain the words name ("the Red Sea",
    "Second Thomas Shoal", "Lake Baikal", "the Strait of Hormuz"), else None: not of a body ("Mount
    Sinai Hospital"), a district ("Lake County"), a person ("Michael Bay") or a headline in title case
    ("Flight 804 Crashes Into Mediterranean Sea")."""
    if not 2 <= len(words) <= 4 or any(w in ORG_KEYWORDS for w in words) or LOWER[words[-1]] in PLACE_SUFFIXES:
        return None
    if words[1] == "of":
        return NATURAL_FEATURES.get((words[0], "first-then-of")) if len(words) == 3 else None
    if any(LOWER[w] in CONNECTORS for w in words):
        return None
    feature = NATURAL_FEATURES.get((words[-1], "last")) or NATURAL_FEATURES.get((words[0], "first"))
    if feature is None and (not is_first_name(words[0]) or PLACE[words[0]]):
        feature = NATURAL_FEATURES.get((words[-1], "last-after-a-non-first-name"))
    return feature


def _classify(text: str, tokens: Tokens, i: int, j: int, replaced_last: Token | None,
              sentence_starts: set[int]) -> list[Name]:
    length = j - i
    words = tokens.words[i:j]
    if replaced_last is not None:
        words[-1] = replaced_last.text
    start, end = tokens.starts[i], tokens.ends[j - 1] if replaced_last is None else replaced_last.end
    name = text[start:end]
    next_word = LOWER[tokens.words[j]] if j < len(tokens.words) else ""  # the word after the run, in lower case
    before = LOWER[tokens.words[i - 1]] if i > 0 else None
    if before == "of" and i > 1 and LOWER[tokens.words[i - 2]] in PORTFOLIO_HOLDERS and all(
            LOWER[w] in PORTFOLIOS or LOWER[w] == "and" for w in words):
        return []  # "Minister of Finance and Economy": what the minister is for, no organisation

    # one word is no title, role or description before a name: no tokens made for it; nor is a well-known
    # organisation's first word ("General Staff", not General Staff)
    if length > 1 and not KNOWN_ORGANIZATION[name]:
        run = tokens.run(i, j)
        if replaced_last is not None:
            run[-1] = replaced_last
        found = _person_in_run(text, tokens, i, run, words, sentence_starts)
        if found is not None:
            return found
    elif before == "," and i > 1 and LOWER[tokens.words[i - 2]] in PERSON_TIES and next_word == "," \
            and is_first_name(name):  # "his wife, Jane,", "Trump's son, Eric,": a person by first name
        return [Name(name, start, end, "person", "names.tie_then_first_name")]

    # a body noun after the name: "the Kazak parliament", "KTK television", "Zamfara police"
    if replaced_last is None and next_word in body_noun_openers() and _may_name_a_body(
            text, tokens, i, j, words[0], before, start in sentence_starts):
        following_words = list(map(LOWER.__getitem__, tokens.words[j:j + 3]))  # "human rights movement"
        for size in (3, 2, 1):
            following = tuple(following_words[:size])
            if len(following) == size and following in body_nouns() and not any(
                    w in ORG_KEYWORDS for w in words):
                noun_end = tokens.ends[j + size - 1]
                cls = body_nouns()[following]
                full = text[start:noun_end]
                if name in demonyms() or PLACE[name]:
                    if cls == "NewsMediaOrganization" and _outlet_named_next(text, tokens, j + size, noun_end):
                        break  # "the Israeli newspaper Haaretz": a description of the outlet named next
                    return [Name(full, start, noun_end, "organization", "names.place_body_noun", cls)]
                return [Name(full, start, noun_end, "organization", "names.name_body_noun", cls, aliases=[name])]

    if known := KNOWN_ORGANIZATION[name]:
        return [_known_organization_name(name, start, end, known)]
    # "Islamic State of Iraq and al-Sham": a known organisation's name continued by "of ..."
    for k in range(length - 1, 0, -1):
        if words[k].lower() not in ("of", "in", "for"):
            continue
        if known := KNOWN_ORGANIZATION[text[start:tokens.ends[i + k - 1]]]:
            cls = known[2]
            return [Name(name, start, end, "organization", "names.known_organization_extended", cls)]

    place = _city_of_region_after(text, end, name) or PLACE[name]
    # "the city of Zinder", "the village of Kara-Tash": a place, whatever verb follows
    place_noun_of = before == "of" and i > 1 and LOWER[tokens.words[i - 2]] in PLACE_SUFFIXES
    after_a_place = before in ("and", "or") and i > 1 and PLACE[tokens.words[i - 2]] is not None
    if place and length == 1 and place.type == "City" and place.population < gazetteer.BIG_CITY and _subject_of_cue(
            text, tokens, i, j) and not common_noun(name) and before not in LOCATIVE and not place_noun_of \
            and not after_a_place and before != "of":
        place = None  # "Rubio said": a person; a capital that "said" stands for its government; not "a diplomat
        # in Bishkek, ..., told", nor "officials in Osh and Uzgen said", "Residents of Zhanaozen told"
    # a town the gazetteer lists by an organisation's name is the organisation: "Kansas City Star",
    # "University of Texas" (a census place around the campus); but "West Bank" is a region
    if place and (place.type != "City" or not (any(w in ORG_KEYWORDS for w in words[1:]) or (
            length > 2 and words[0] in ORG_KEYWORDS and LOWER[words[1]] == "of"))):
        if next_word in PLACE_SUFFIXES and tokens.starts[j] - end == 1:
            return [Name(name, start, end, "place", "names.gazetteer", place.type, place=place,
                         aliases=[text[start:tokens.ends[j]]])]
        return [Name(name, start, end, "place", "names.gazetteer", place.type, place=place)]

    if name in demonyms():
        return []
    # "North Darfur", "West Darfur", "South Kordofan": a compass point before a place the gazetteer knows
    # names a part of it (the gazetteer lists the well-known ones whole: "North Korea", "West Virginia")
    if length in (2, 3) and LOWER[words[0]] in COMPASS_POINTS and PLACE[text[tokens.starts[i + 1]:end]]:
        return [Name(name, start, end, "place", "names.compass_place", "AdministrativeArea")]

    if length > 1 and role_in_capitals(words):  # (one such word may be a surname: "Major", "Judge")
        return []  # "The Chief Prosecutor, Ann Roe, said", "the Public Defender": a role, no organisation
    keyword_classes_found = [ORG_KEYWORDS[w] for w in words if w in ORG_KEYWORDS]
    if length == 1 and keyword_classes_found and (keyword_classes_found[0] not in STANDALONE_CLASSES
                                                   or name in MEDIUM_WORDS or start in sentence_starts
                                                   and _written_in_lower_case(text, name)):
        return []  # "Network", "Movement", "the University", "on TV": a kind of organisation, not one named;
        # "Police said" opening a sentence of an article that also writes "police said"
    if keyword_classes_found:
        # the head noun comes last, and a plain one ("Union") keeps the name plain: the "Service
        # Employees International Union" is no government body; after "of" the head may come first
        # ("Federal Bureau of Investigation", "Ministry of Defence")
        heads = [ORG_KEYWORDS[w] for w in words if w in ORG_KEYWORDS and w not in KINDLESS_KEYWORDS]
        cls = heads[-1] if heads and not any(LOWER[w] in SPLITTING_CONNECTORS for w in words) else next(
            (c for c in reversed(keyword_classes_found) if c), None)
        owner = OWNER_BEFORE.search(text, max(0, start - 60), start)
        outlet = owner.group(1) if owner else words[0] if cls == "GovernmentOrganization" else None
        if outlet and news_outlet(outlet) or cls == "GovernmentOrganization" and "News" in words:
            cls = "NewsMediaOrganization"  # "RFE/RL's Tajik Service", "the BBC Azerbaijani Service", "Shafaq News
            # Agency": a newsroom
        return [Name(name, start, end, "organization", "names.organization_keyword", cls)]

    if length == 1 and (call_sign := _call_sign_class(name)):
        return [Name(name, start, end, "organization", "names.call_sign", call_sign)]
    if length == 1 and len(name) == 2 and (state := _state_after_town(text, start, name)):
        return [Name(name, start, end, "place", "names.state_postal_code", state.type, place=state)]
    if ACRONYM.match(name):
        # "CREW filed a request": the subject of running text, not a shout inside it ("he COULD win")
        in_running_text = (j < len(tokens.words) and tokens.words[j][:1].islower()
                           and not (i > 0 and tokens.words[i - 1][:1].islower()))
        if _names_no_organization(name) or (
                len(name) >= 4 and common_word(name, 3e-5) and not in_running_text) or _shouted(text, tokens, i, j):
            return []  # "WHAT'S BREWING", "STAT OF THE WEEK:": a word in capitals, a heading's or a shout's
        if start in sentence_starts and name.isalpha() and text.startswith(":", end):
            # "WALLACE: ...", "DOLAN: ...": a transcript's turn, the person of that surname if the
            # article names one (resolution finds them), or no one ("UPDATE:"); never an organisation
            return [Name(name, start, end, None, "names.transcript_label")]
        return [Name(name, start, end, "organization", "names.acronym")]

    # "Zamfara State", "Parwan province": a place by its administrative suffix
    if length > 1 and words[-1].lower() in PLACE_SUFFIXES:
        return [Name(name, start, end, "place", "names.place_suffix", "AdministrativeArea",
                     aliases=[text[start:tokens.ends[j - 2]]])]
    if next_word in SUFFIXES_AFTER_NAME and tokens.starts[j] - end == 1:
        return [Name(name, start, end, "place", "names.place_suffix", "AdministrativeArea",
                     aliases=[text[start:tokens.ends[j]]])]

    if before in ("in", "of") and i > 1 and LOWER[tokens.words[i - 2]] in HOLDING_NOUNS:
        return [Name(name, start, end, "organization", "names.after_holding", "Corporation")]  # "shares in Veltro"
    if before is not None and before in LOCATIVE and before != "to" and not any(
            is_first_name(w) for w in words[:1]):
        if all(not common_word(w) for w in words):
            return [Name(name, start, end, "place", "names.after_locative", "Place")]

    if place_noun_of and not is_first_name(words[0]):
        return [Name(name, start, end, "place", "names.place_noun_of", "Place")]
    if before in WORK_NOUNS and not is_first_name(words[0]):
        return []  # "her album Neon Tides", "the film Cold Harbour": a work's title, no person
    if length > 1 and before in ORGANIZATION_NOUNS and not is_first_name(words[0]):
        # "the state power utility Barqi Tojik": the organisation the noun describes, not a person
        return [Name(name, start, end, "organization", "names.organization_noun_then_name")]
    person = _person(text, run, "names.person_name") if length > 1 else None  # one word: no name without a title
    if person:
        return [person]
    if (length == 1 and before == "at" and i > 1 and LOWER[tokens.words[i - 2]] in role_words()
            and not common_word(name) and name not in demonyms()):
        return [Name(name, start, end, "organization", "names.after_role_at")]  # "an analyst at Morningstar"
    if length == 1 and _subject_of_cue(text, tokens, i, j) and _after_organization_noun(tokens, i):
        return [Name(name, start, end, "organization", "names.organization_noun_then_name")]  # "the utility Enel said"
    if (length == 1 and _subject_of_cue(text, tokens, i, j) and not common_noun(words[0]) and name not in demonyms()
            and LOWER[name] not in role_words() and (LOWER[name],) not in titles() and before != "the"):
        # "..., Sanders said": one capitalised word as the subject of a reporting verb is a person, but
        # not a role or title ("the Mayor said"): that describes someone without naming them; nor a word
        # after "the" ("the Hill reported": an outlet); and two
        # words run together ("BuzzFeed reported", "EgyptAir said") name a firm
        if BRAND_WORD.match(name):
            return [Name(name, start, end, "organization", "names.brand_subject_of_reporting_verb")]
        return [Name(name, start, end, "person", "names.subject_of_reporting_verb")]
    if length == 1 and words[0][:1].isupper():
        # kind unknown: resolution keeps it only as a later form of an entity already named ("Karajanov")
        return [Name(name, start, end, None, "names.single_word")]
    return []


def _after_organization_noun(tokens: Tokens, i: int) -> bool:
    """Whether a noun for an organisation stands right before tokens[i], or before a comma there ("the
    utility Enel", "the disaster agency, Senapred,"): the name is the organisation's."""
    k = i - 2 if i > 1 and tokens.words[i - 1] == "," else i - 1
    return k >= 0 and LOWER[tokens.words[k]] in ORGANIZATION_NOUNS


def _outlet_named_next(text: str, tokens: Tokens, k: int, noun_end: int) -> bool:
    """Whether a capitalised word that is no title or role follows an outlet's noun right away
    ("newspaper Haaretz", "news agency Interfax"): the name the noun describes."""
    return k < len(tokens.words) and tokens.starts[k] == noun_end + 1 and tokens.words[k][:1].isupper() \
        and LOWER[tokens.words[k]] not in role_words() and (LOWER[tokens.words[k]],) not in titles()


def _may_name_a_body(text: str, tokens: Tokens, i: int, j: int, first: str, before: str | None,
                     opens_sentence: bool) -> bool:
    """Whether the run tokens[i:j] can name the body that the noun after it makes: not one of a kind ("an
    Italian newspaper", but "a Cleveland police officer"), a word that opens the sentence ("Criticizing
    police, ...", but "Cleveland police": a town the gazetteer lacks) or a person ("the Ann Roe movement")."""
    if before in INDEFINITE_ARTICLES and not any(LOWER[w] in role_words() for w in tokens.words[j:j + 2]):
        return False
    if j - i == 1:
        return not (opens_sentence and _sentence_opener(first, 1) and not is_first_name(first))
    return not (is_first_name(first) and _person(text, tokens.run(i, j), "names.person_name"))


def _person_in_run(text: str, tokens: Tokens, i: int, run: list[Token], words: list[str],
                   sentence_starts: set[int]) -> list[Name] | None:
    """A person named inside a run of two or more words after a title, a role or a description, with
    the names before them; None when the run holds no such person."""
    # a title inside the run: "Parliament Speaker Irakli Kobakhidze", "President Emomali Rahmon"
    title_keys = [LOWER[w].rstrip(".") for w in words]
    for k in range(len(run) - 1):
        if title_keys[k] not in title_openers() or (
                k == 1 and words[1] in TITLES_INSIDE_NAMES and vouching_first_name(words[0])) or (
                words[k].isupper() and len(words[k]) > 1 and PLACE[text[run[k].start:run[-1].end]]):
            continue  # but "Hassan Sheikh Mohamud" is one name, "DR Congo" a country
        for size in (2, 1):
            if k + size < len(run) and tuple(title_keys[k:k + size]) in titles():
                rest = _after_title(run[k + size - 1:], 1)
                if rest is None:
                    continue
                rest = _after_titles(rest)  # "Lt. Gov. Dan Patrick", "Senator Dr. Kelli Ward"
                # "King Solomon Missionary Baptist Church": a title before an organisation's name
                named = rest and not any(t.text in ORG_KEYWORDS for t in rest)
                person = _person(text, rest, "names.title_before_name") if named else None
                if person:
                    person.title = " ".join(words[k:k + size])
                    head = _role_start(title_keys, k, with_titles=False, portfolios=True)  # "German Finance Minister"
                    prefix = _classify(text, tokens, i, i + head, None, sentence_starts) if head else []
                    return prefix + [person]
    # a role word before a first name works as a title: "Majority Leader Mitch McConnell", "DNC Chair Debbie ...",
    # and so does a body's role word before any name: "Foreign Ministry Spokesman Esmaeil Baghaei"
    for k in range(len(run) - 2):
        if (title_keys[k] in role_words() or title_keys[k].endswith(SCIENTIST_ENDING)) and (
                is_first_name(words[k + 1]) or _name_after_body_role(text, run, words, k)):
            person = _person(text, run[k + 1:], "names.role_before_name")
            if person:
                person.title = words[k]
                head = _role_start(title_keys, k, with_titles=False)  # "Senate Majority Leader"
                prefix = _classify(text, tokens, i, i + head, None, sentence_starts) if head else []
                return prefix + [person]

    # a first name and surname (a middle initial at most between) that end a longer run: "Billionaire
    # Donald Trump", "Senate Intelligence Ranking Democrat Dianne Feinstein", "Washington Post Bob Woodward";
    # or initials and names, as Indian papers write them: "Leader of the Opposition R Ashoka"
    if len(run) > 2 and not (len(run) <= 5 and _person(text, run, "names.person_name")):
        for k in range(1, len(run) - 1):
            opens_name = vouching_first_name(words[k]) or (  # initials without full stops: "R Ashoka"
                _spelled_initial(words[k]) and words[k + 1] != "." and not _initial(words[k - 1]))
            if (len(run) - k - words[k:].count(".") <= 3 and opens_name and not PLACE[words[k]]
                    and not any(w in ORG_KEYWORDS for w in words[k:])):
                person = _person(text, run[k:], "names.name_after_description")
                if person:
                    head = _role_start(title_keys, k, with_titles=True)  # "Senate Majority Whip"
                    prefix = _classify(text, tokens, i, i + head, None, sentence_starts) if head else []
                    return prefix + [person]
                break
    return None


def _name_after_body_role(text: str, run: list[Token], words: list[str], k: int) -> bool:
    """Whether the role word words[k] follows a body's name and two or three words of a person's name
    end the run, though the first name is not one of the lists: "Defense Ministry Spokesman Ikenna Obi",
    "Kremlin Aide Yuri Ushakov"."""
    body = text[run[0].start:run[k - 1].end] if k else ""
    name = words[k + 1:]
    return (bool(body) and (words[k - 1] in ORG_KEYWORDS or bool(KNOWN_ORGANIZATION[body])) and 2 <= len(name) <= 3
            and all(NAME_LIKE[w] and w not in ORG_KEYWORDS and not PLACE[w] and not common_word(w) for w in name))


def _after_title(run: list[Token], size: int) -> list[Token] | None:
    """The tokens after a title of `size` words that opens `run`, past its full stop if it is
    abbreviated ("Gov. Pat McCrory"); None when a full stop ends the sentence there ("he told the
    President. Then ...")."""
    rest = run[size:]
    if rest and rest[0].text == ".":
        if run[size - 1].text not in ABBREVIATIONS:
            return None
        rest = rest[1:]
    return rest


def _after_titles(run: list[Token]) -> list[Token]:
    """`run` past the titles that open it: a person may carry several ("Lt. Gov."), and a word that
    says of what may stand before one ("Chief Election Commissioner Ann Roe", "Deputy Police Commissioner")."""
    while True:
        keys = [LOWER[t.text] for t in run[:2]]
        size = next((n for n in (2, 1) if len(keys) >= n and tuple(keys[:n]) in titles()), None)
        if size is None and len(run) > 3 and (keys[1],) in titles() and not is_first_name(run[0].text):
            size = 2
        after = _after_title(run, size) if size else None
        if not after:
            return run
        run = after


def _role_start(keys: list[str], k: int, with_titles: bool, portfolios: bool = False) -> int:
    """Where the role words that run back from keys[k] begin: they belong to the role, not to a name
    before it, and so do a title's portfolio words (`portfolios`: "Finance" of "Finance Minister"). `keys`
    are the run's words in lower case without a full stop; no role word has one."""
    while k > 0 and (keys[k - 1] in role_words() or keys[k - 1] in role_modifiers()
                     or (with_titles and (keys[k - 1],) in titles()) or (portfolios and keys[k - 1] in PORTFOLIOS)):
        k -= 1
    return k


def _subject_of_cue(text: str, tokens: Tokens, i: int, j: int) -> bool:
    """Whether the word(s) tokens[i:j] stand right before a reporting verb, or before ", an appositive," and one."""
    end = tokens.ends[j - 1]
    return bool(CUE_AFTER_NAME().match(text, end) or APPOSITIVE_THEN_CUE.match(text, end))


@cache
def CUE_AFTER_NAME() -> re.Pattern:
    """A reporting verb after a name, perhaps behind an adverb or auxiliary ("Galvin also said"); not a
    form news prints mostly as a noun ("Katsina state, police said"), nor one an auxiliary follows,
    which makes it a noun ("the Nukus protests were peaceful")."""
    clause_only = word_set("clause_only_cues.txt")
    verbs = alternation(v for v in reporting_verbs() if not v.endswith("ing") and v not in clause_only)
    auxiliaries = alternation(word_set("auxiliaries.txt"))
    return re.compile(rf"\s+(?:(?:also|has|had|have|later|then|once|again|previously|earlier|recently|"
                      rf"[a-z]+ly)\s+){{0,2}}(?:{verbs})\b(?!\s+(?:{auxiliaries})\b)")


def common_noun(word: str) -> bool:
    """ "Officials", "Critics", "Everyone": words that say who without naming anyone."""
    lower = word.lower()
    frequency = _frequencies().get(lower, 0.0)
    singulars = [lower[:-3] + "y", lower[:-2], lower[:-1]] if lower.endswith("s") else []
    if any(singular in person_nouns() for singular in singulars):
        return True  # "Aides", "Lawmakers", "Strategists": people by what they are, though "Aide" is a first name
    plural_of_noun = any(_frequencies().get(singular, 0.0) >= 3e-6 for singular in singulars if len(singular) > 2)
    plural_of_noun = plural_of_noun and not any(is_first_name(singular) for singular in singulars if len(singular) > 2)
    return lower in NOT_NAMES or (plural_of_noun and frequency >= 1e-6) or frequency >= 2e-4


APPOSITIVE_THEN_CUE = re.compile(
    r"\s*[,—–]\s+(?:a|an|the|who|whose|[a-z]+)\b[^,.;“”\"—–]{0,80}[,—–]\s+(?:also\s+)?(?:said|says|told|tells|added|adds|wrote|"
    r"writes|argued|argues|noted|notes|explained|explains|insisted|insists|warned|warns|claimed|claims|"
    r"declared|declares|stressed|stresses)\b")


def initials_of_a_name(word: str) -> bool:
    """Initials written as one word ("J.J." of "J.J. Abrams", "H.W." of "George H.W. Bush"), not an
    abbreviation ("U.S.", "U.N.") or a place's ("D.C.", "N.H.")."""
    return word.endswith(".") and INITIALS.fullmatch(word, 0, len(word) - 1) is not None \
        and word.rstrip(".") not in ABBREVIATIONS and gazetteer.lookup(word) is None


def _name_like(word: str) -> bool:
    """A word that can be part of a person's name: a particle ("bin", "al-Assad"), initials ("J.J."),
    or a capitalised word of letters (inner hyphens and apostrophes allowed) that is not an acronym."""
    if word.lower() in NAME_PARTICLES or word.startswith(("al-", "el-")) or initials_of_a_name(word) \
            or elided_particle_name(word):
        return True
    if not word[:1].isupper() or not word.replace("-", "").replace("'", "").replace("’", "").isalpha():
        return False
    if CONTRACTION[word]:
        return False  # "President. I’ve urged him": the pronoun after a title at a sentence's end
    return not (word.isupper() and len(word) > 1 and not (len(word) == 2 and word.endswith(".")))


# what _person asks of each word, worked out once per word
NAME_LIKE = _PerWord(_name_like)
EVERYDAY_WORD = _PerWord(lambda word: common_word(word) and not is_first_name(word))  # no surname unvouched
GRAMMAR_WORD = _PerWord(lambda word: common_word(word, 3e-4))  # "is", "over", "to": never inside a name
PORTFOLIOS = word_set("portfolios.txt")
LISTED_REMITS = word_set("listed_remits.txt")
STATE_BODY_WORDS = PORTFOLIOS | LISTED_REMITS | word_set("state_body_words.txt")
STATE_BODY_RULE = "names.state_body"  # "Russia's Foreign Ministry": its short name is every state's (kg.resolve)
PORTFOLIO_HOLDERS = word_set("portfolio_holders.txt")
NAMES_NO_PERSON = _PerWord(lambda word: word in demonyms() or bool(KNOWN_ORGANIZATION[word]))


def _person(text: str, run: list[Token], rule: str) -> Name | None:
    """A person's name: two to five name-like words, or one word after a title."""
    if len(run) == 1 and rule != "names.title_before_name":
        return None  # the commonest case, settled before any word is looked at
    reading = PERSON_READING[(*[t.text for t in run], rule == "names.title_before_name")]
    if reading is None:
        return None
    size, short = reading
    start, end = run[0].start, run[size - 1].end
    person = Name(text[start:end], start, end, "person", rule)
    if short is not None and short != person.text:
        person.aliases.append(short)
    return person


def _read_person(key: tuple) -> tuple[int, str | None] | None:
    """How `_person` reads the words of a run (key: the words, then whether a title comes before them,
    all it looks at; the words repeat, so a reading is cached): None for no person, else how many of
    the words the name takes and its short form ("James Comey" of "James B. Comey"), if it has one."""
    *texts, after_title = key  # after a title ("Sen. Jeff Sessions"), the title vouches for the name
    size = len(texts)
    if size > 2 and texts[-1] in NAME_SUFFIXES:
        size -= 1  # "Charles Elliott III", "Martin Luther King Jr": the name without its suffix
    words = [w for w in texts[:size] if w != "."]  # "James B. Comey": the initial's full stop
    if words and words[0] in NAME_SUFFIXES:
        return None  # "Martin Luther King Jr": "King" is no title here
    if not 1 <= len(words) <= 5 or (len(words) < size - 2):
        return None
    if not all(NAME_LIKE[w] or _initials_word(words, k, after_title) for k, w in enumerate(words)) \
            or NOT_PERSON_HEAD[words[-1]] or words[0].lower() in NOT_PERSON_OPENERS:
        return None
    if len(words) == 1 and not after_title:
        return None
    content = [w for w in words if w.lower() not in NAME_PARTICLES and not (_initial(w) and w is not words[0])]
    if not content:
        return None  # "DU A": particles and initials, no name
    # "Donald Trump", "Peter Cook": an everyday word as a surname is fine after a known first name
    known_first = vouching_first_name(content[0]) or initials_of_a_name(content[0])  # "J.J. Smith"
    # initials without full stops before the names, as Indian and Malaysian papers write them: "H D
    # Kumaraswamy", "K Jayaprakash Hegde"; the names after them vouch for the run, not the letter ("A", "I"
    # open sentences; "J. Gerald Hebert" is read as "Gerald Hebert")
    spelled_initials = _spelled_initial(texts[0]) and texts[1:2] != ["."] and len(content) > 1 \
        and not PLACE[content[-1]]  # "P&G Amiens employees": a letter of a firm's and a town
    # a Korean or Chinese family name that is an everyday word before a hyphenated given name: "Park Ji-hoon"
    checked = content[1:] if spelled_initials or _east_asian_name(content, 0, len(content)) \
        else content[:1] if known_first and len(content) > 1 else content
    if not after_title and any(map(EVERYDAY_WORD.__getitem__, checked)):
        return None
    # one everyday word after the first name, not two ("Kathleen Hall Jamieson", not "Donald Trump Leads"),
    # and no grammar word inside ("Christie Is Over Marco Rubio"): headlines in title case
    if sum(map(EVERYDAY_WORD.__getitem__, content[1:])) > 1 or any(map(GRAMMAR_WORD.__getitem__, content[1:-1])):
        return None
    # a people's word or an organisation's name is no part of a person's, but a frequent first name that is one
    # may be: "Christian Wulff", not "Christian Democrats", "Latino Decisions"
    frequent_first = len(content) > 1 and content[0].lower() in word_set("common_first_names.txt")
    # so may a middle name before an Arabic family name: "Mohammed Shia al-Sudani"
    arabic_family = len(content) > 2 and ARABIC_FAMILY_NAME.match(content[-1]) is not None
    judged = content[1:] if frequent_first else content
    if any(map(NAMES_NO_PERSON.__getitem__, [judged[0], judged[-1]] if arabic_family else judged)) \
            or any(map(JOINED_WORDS.search, content)):
        return None  # "MaransFlagShareLikeReply", "RealClearPolitics": words run together, no one's name
    # "James B. Comey", "Charles Elliott III" are also "James Comey", "Charles Elliott"
    short = " ".join(content) if size > len(words) else ""
    return size, short if " " in short else None


PERSON_READING = _PerWord(_read_person)
ARABIC_FAMILY_NAME = re.compile(r"(?:[Aa]l|[Ee]l)-[A-Z]")  # "al-Sudani", "El-Sisi"
JOINED_WORDS = re.compile(r"[A-Z][a-z]+[A-Z][a-z]+[A-Z]")  # three capitals inside a word: not "McDonald", "DeSantis"
BRAND_WORD = re.compile(r"[A-Z][a-z]{3,}[A-Z][a-z]")  # "BuzzFeed", "WikiLeaks": not "McCain", "MacArthur", "DeVos"


NAME_WORD = re.compile(r"[^\W\d_][\w\-’']*")


def initials(name: str) -> str:
    """ "Patriotic Union of Kurdistan" -> "PUK": the capitals of a name's words."""
    return "".join(w[0] for w in NAME_WORD.findall(name) if w[0].isupper())


def _spells(acronym: str, name: str) -> bool:
    """Whether an acronym is made of a name's capitals, an acronym in it kept whole or by its first letter:
    "UNAMA" of "UN Assistance Mission in Afghanistan", "OPOB" of "OSCE Programme Office in Bishkek"."""
    letters = "".join(f"(?:{w}|{w[0]})" if w.isupper() else w[0] for w in NAME_WORD.findall(name) if w[0].isupper())
    return re.fullmatch(letters, acronym) is not None


def _attach_acronyms(text: str, names: list[Name]) -> None:
    """ "Committee for National Security (KNB)": the acronym in brackets is an alias of the name, which
    takes in the place between them when the acronym spells it too ("UN Assistance Mission in
    Afghanistan (UNAMA)")."""
    for name, place, acronym in zip(names, names[1:], names[2:]):
        if (name.kind == "organization" and place.kind == "place" and text[name.end:place.start] == " in "
                and _in_brackets_after(text, place, acronym) and _spells(acronym.text, text[name.start:place.end])):
            name.end = place.end
            name.text = text[name.start:name.end]
            _alias_by_acronym(name, acronym)
    for name, following in zip(names, names[1:]):
        if name.kind == "organization" and _in_brackets_after(text, name, following):
            _alias_by_acronym(name, following)


def _in_brackets_after(text: str, name: Name, following: Name) -> bool:
    return ACRONYM.match(following.text) is not None and text[name.end:following.start].strip() == "(" \
        and text[following.end:following.end + 1] == ")"


def _alias_by_acronym(name: Name, acronym: Name) -> None:
    name.aliases.append(acronym.text)
    if (known := KNOWN_ORGANIZATION[acronym.text]) and gazetteer.fold(name.text) not in map(
            gazetteer.fold, (known[0], *known[1])):  # spelled out as another: "... Security (ISIS)"
        acronym.aliases, acronym.subtype = [], None
    acronym.kind, acronym.rule = "organization", "names.acronym_in_brackets"
    acronym.aliases.append(name.text)


def forget_redefined_acronyms(names: list[Name]) -> None:
    """An acronym an article spells out in brackets as another body than the well-known one ("Rapid
    Support Forces (RSF)", not Reporters Without Borders) is that body wherever the article uses it:
    its later mentions drop the well-known body's name and class."""
    redefined = set()
    for name in names:
        if name.rule == "names.acronym_in_brackets" and (known := KNOWN_ORGANIZATION[name.text]) and known[0] != name.text and not (
                {gazetteer.fold(a) for a in name.aliases} & {gazetteer.fold(f) for f in (known[0], *known[1])}):
            redefined.add(name.text)
    if not redefined:
        return
    for name in names:
        if name.text in redefined and name.rule == "names.known_organization":
            name.aliases, name.subtype = [], None


UNIT = re.compile(r"['’]s\s+((?:[a-z][\w\-]*\s+){0,3}?(?:" + "|".join(UNIT_NOUNS)
                  + r"))\b")
UNIT_BEFORE = re.compile(r"\b((?:(?!(?:of|the|a|an|and|in|for)\s)[a-z][\w\-]*\s+){0,2}?(?:" + "|".join(UNIT_NOUNS)
                         + r"))\s+of\s+(?:the\s+)?$")
# a newsroom's service named for its language or region ("RFE/RL's Uzbek Service"; not the start of a longer
# name, "the agency's Tajik Service for Youth"; a capitalised body other than a service has a name of its own:
# "the Council of Europe's Venice Commission")
NAMED_SERVICE = re.compile(r"['’]s\s+([A-Z][\w\-]*\s+Service)\b(?!\s+(?:of|on|for|and)\s|\s+[A-Z])")
UNIT_AFTER = re.compile(r"\s+((?:[a-z][\w\-]*\s+){0,2}?(?:political bureau|politburo|press service|press office))\b")


def find_units(text: str, names: list[Name], limit: int) -> list[Name]:
    """Named units of an organisation: "the KNB's counter-terrorism unit", "KDP political bureau",
    "RFE/RL's Kyrgyz Service" (whose "Kyrgyz Service" `outside_units` drops)."""
    units = []
    for name in names:
        if name.kind != "organization":
            continue
        for pattern, rule in ((UNIT, "names.possessive_unit"), (NAMED_SERVICE, "names.possessive_unit"),
                              (UNIT_AFTER, "names.unit_after_name")):
            match = pattern.match(text, name.end, min(limit, name.end + 60))
            if match:
                unit_text = text[name.start:match.end()]
                unit = Name(unit_text, name.start, match.end(), "organization", rule, parent_text=name.text,
                            unit=_unit_noun(match.group(1)))
                if pattern is NAMED_SERVICE:  # the outlet's unit, of the class its own name was read as
                    unit.subtype = next((n.subtype for n in names if (n.start, n.end) == match.span(1)), None)
                units.append(unit)
                break
        else:  # "the political bureau of the PUK"
            floor = max(0, name.start - 50)
            match = UNIT_BEFORE.search(text, floor, name.start) if _after_of(text[floor:name.start]) else None
            if match:
                units.append(Name(text[match.start(1):name.end], match.start(1), name.end, "organization",
                                  "names.unit_of_organization", parent_text=name.text,
                                  unit=_unit_noun(match.group(1))))
    return units


def outside_units(names: list[Name], units: list[Name]) -> list[Name]:
    """The names that are no unit's own words: "Kyrgyz Service" of "RFE/RL's Kyrgyz Service" is the unit,
    not a name of its own (a unit's parent stays: "RFE/RL", the "PUK" of "the political bureau of the PUK")."""
    if not units:
        return names
    return [name for name in names if not any(unit.start < name.start < unit.end and name.text != unit.parent_text
                                               for unit in units)]


def _after_of(before: str) -> bool:
    """Whether the words before a name end with "of" or "of the" and a space, as UNIT_BEFORE needs: a
    test that spares most names its search, which the regex engine starts at every character."""
    return before[-1:].isspace() and before.rstrip().endswith(("of", "the"))


def _unit_noun(phrase: str) -> str:
    """The unit a phrase names, without the words that only describe it: "political bureau"."""
    phrase = phrase.lower().strip()
    for noun in UNIT_NOUNS:
        if phrase.endswith(noun):
            words = phrase[: -len(noun)].split()
            return " ".join(words[-1:] + [noun]) if words and words[-1] not in ("the", "its") else noun
    return phrase
