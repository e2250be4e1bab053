"""The lexicons are data files a person reviews and extends: each entry is listed once, so that no
later line silently overrides an earlier one (an "Agency" listed twice with two classes)."""

from collections import Counter

import pytest

from kg.extract import extract
from kg.extract.lexicon import DATA, lines, rows
from kg.read import parse_text

ROWS_OF_KINDS = {"stance_cues.tsv"}  # kind, cues, stance: the kind repeats by design


@pytest.mark.parametrize("name", sorted(p.name for p in DATA.iterdir() if p.suffix in (".txt", ".tsv")
                                        and p.name not in ROWS_OF_KINDS))
def test_a_lexicon_lists_each_entry_once(name):
    keys = Counter(line.split("\t")[0].strip() for line in lines(name))
    assert [key for key, n in keys.items() if n > 1] == []


def test_every_title_that_says_a_sex_is_a_title_the_names_rules_read():
    titles = {line.strip() for line in lines("titles.txt")}
    sexes = dict(line.split("\t") for line in lines("title_genders.tsv"))
    assert set(sexes) <= titles and set(sexes.values()) == {"male", "female"}


def test_every_form_of_a_well_known_organisation_is_found_as_that_organisation_in_a_sentence():
    """A listed name the name rules cannot read ("France 24" read as France, "al Qaeda" as a person
    "Qaeda") is a lexicon entry that does nothing."""
    missed = []
    for name, aliases, *_ in (row + [""] for row in rows("organizations.tsv")):
        for form in [name, *filter(None, aliases.split("|"))]:
            extraction = extract(parse_text(f"A test\n\nOn Monday, {form} said the plan was fine.\n", "t.txt", "t"))
            found = {n for e in extraction.entities if e.kind == "organization" for n in [e.name, *e.aliases]}
            if not {name, form} & found:
                missed.append(form)
    assert missed == []


def test_every_curated_name_of_a_place_is_found_as_that_place_in_a_sentence():
    """As for organisations: a spelling in places.tsv, country_variants.tsv or city_variants.tsv that the
    name rules split or read as something else ("DR Congo" as a doctor) does nothing."""
    forms = [(row[0], form) for row in rows("places.tsv") for form in [row[0], *filter(None, row[1].split("|"))]]
    forms += [(row[0], form) for row in rows("country_variants.tsv") for form in row[1].split("|")]
    forms += [(row[1], form) for row in rows("city_variants.tsv") for form in [row[1], *"|".join(row[2:]).split("|")] if form]
    missed = []
    for name, form in forms:
        extraction = extract(parse_text(f"A test\n\nOfficials in {form} said the plan was fine.\n", "t.txt", "t"))
        if name not in {e.name for e in extraction.entities if e.kind == "place"}:
            missed.append(form)
    assert missed == []
