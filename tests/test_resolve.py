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
