"""Resolving names into entities: one per real-world thing in an article, each with a key of its own."""

from kg.extract.names import Name
from kg.resolve import resolve


def test_a_units_parent_is_the_key_its_organisation_ends_with_when_two_share_a_slug():
    names = [Name("Union & Justice", 0, 15, "organization", "test"), Name("Union Justice", 20, 33, "organization", "test"),
             Name("Union Justice's youth wing", 40, 66, "organization", "test", unit="youth wing",
                  parent_text="Union Justice")]
    builder = resolve(names)
    builder.finish()
    by_name = {e.name: e for e in builder.entities}
    assert by_name["Union & Justice"].key != by_name["Union Justice"].key
    assert by_name["Union Justice's youth wing"].parent == by_name["Union Justice"].key


def test_a_surname_two_people_share_is_the_one_alone_named_before_it_and_stays_theirs():
    names = [Name("Ted Cruz", 0, 8, "person", "test"), Name("Cruz", 30, 34, None, "test"),
             Name("Heidi Cruz", 60, 70, "person", "test"), Name("Cruz", 90, 94, "person", "test")]
    builder = resolve(names)
    builder.finish()
    by_name = {e.name: e for e in builder.entities}
    assert set(by_name) == {"Ted Cruz", "Heidi Cruz"}
    assert [m.span.start for m in by_name["Ted Cruz"].mentions] == [0, 30, 90]


def test_the_first_of_two_surnames_names_a_person_when_no_one_has_it_as_last_or_first_name():
    names = [Name("Gabriela Ortiz Rubalcava", 0, 24, "person", "test"), Name("Ortiz", 40, 45, "person", "test"),
             Name("Luis Ortega", 60, 71, "person", "test")]
    builder = resolve(names)
    builder.finish()
    by_name = {e.name: e for e in builder.entities}
    assert set(by_name) == {"Gabriela Ortiz Rubalcava", "Luis Ortega"}
    assert [m.span.start for m in by_name["Gabriela Ortiz Rubalcava"].mentions] == [0, 40]
    # but not a surname two others have as theirs: it stays undecided between them
    names = [Name("Rosa Vidal", 0, 10, "person", "test"), Name("Pedro Vidal", 20, 31, "person", "test"),
             Name("Carmen Vidal Soto", 40, 57, "person", "test"), Name("Vidal", 70, 75, "person", "test")]
    builder = resolve(names)
    builder.finish()
    assert "Vidal" in {e.name for e in builder.entities}


def test_a_surname_before_anyone_of_that_name_is_named_in_full_is_no_one_yet():
    names = [Name("Cruz", 0, 4, None, "test"), Name("Ted Cruz", 30, 38, "person", "test"),
             Name("Heidi Cruz", 60, 70, "person", "test")]
    builder = resolve(names)
    builder.finish()
    assert sorted(e.name for e in builder.entities) == ["Heidi Cruz", "Ted Cruz"]



def test_a_ministry_named_of_its_field_is_the_one_named_with_the_field_first():
    names = [Name("Iraqi Oil Ministry", 0, 18, "organization", "test"),
             Name("Iraqi Ministry of Oil", 40, 61, "organization", "test"),
             Name("Department of Justice", 80, 101, "organization", "test"),
             Name("Justice Department", 120, 138, "organization", "test")]
    builder = resolve(names)
    builder.finish()
    assert {e.name: e.aliases for e in builder.entities} == {
        "Iraqi Oil Ministry": ["Iraqi Ministry of Oil"], "Department of Justice": ["Justice Department"]}


def test_a_name_without_its_first_name_is_the_one_person_of_that_surname_of_two_words():
    names = [Name("Dilshod Karim Aziz", 0, 18, "person", "test"), Name("Karim Aziz", 40, 50, "person", "test"),
             Name("Nodira Aziz", 60, 71, "person", "test")]
    builder = resolve(names)
    builder.finish()
    by_name = {e.name: e for e in builder.entities}
    assert set(by_name) == {"Dilshod Karim Aziz", "Nodira Aziz"}
    assert [m.span.start for m in by_name["Dilshod Karim Aziz"].mentions] == [0, 40]
