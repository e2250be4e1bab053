"""`kg entities`: the entities of a build, for an analyst reviewing identities."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from kg.build import build
from kg.cli import main

ROOT = Path(__file__).resolve().parents[1]


def test_entities_lists_names_aliases_types_mentions_and_articles(tmp_path):
    build([ROOT / "seeds"], tmp_path / "out")
    result = CliRunner().invoke(main, ["entities", "--out", str(tmp_path / "out"), "--json", "--kind", "person"])
    assert result.exit_code == 0, result.output
    rows = {row["name"]: row for row in json.loads(result.output)}
    karajanov = rows["Zamir Karajanov"]
    assert karajanov["aliases"] == ["Karajanov"]
    assert karajanov["types"] == ["schema:Person"]
    assert karajanov["mentions"] >= 3  # "Zamir Karajanov", then "Karajanov" (pronouns are not counted)
    assert karajanov["articles"] == ["kazak-authorities-seek-return-syria-fighters"]
    assert {row["kind"] for row in rows.values()} == {"person"}


def test_entities_table_is_readable_and_stable(tmp_path):
    build([ROOT / "seeds"], tmp_path / "out")
    runs = [CliRunner().invoke(main, ["entities", "--out", str(tmp_path / "out")]).output for _ in range(2)]
    assert runs[0] == runs[1]
    assert "place        Kazakhstan  [schema:Country, schema:Place]" in runs[0]
    assert "also: Kazakstan" in runs[0]


def test_entities_without_a_build_says_so(tmp_path):
    result = CliRunner().invoke(main, ["entities", "--out", str(tmp_path / "nothing")])
    assert result.exit_code != 0 and "kg build" in result.output
