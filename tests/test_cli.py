"""The `kg` command end to end, run as a user runs it: the installed console script in a subprocess."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pyoxigraph import RdfFormat, parse

from kg import serialise
from kg.cli import main as cli_group
from kg.serialise import write_graph

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SLUG = "kazak-authorities-seek-return-syria-fighters"
SEED = SEEDS / f"{SLUG}.txt"
SHARED = Path(__file__).resolve().parents[2] / "shared"
GRAPH_FILES = ("graph.ttl", "graph.trig", "graph.jsonld")
SUMMARY = re.compile(r"^(?P<read>\d+) articles read, (?P<skipped>\d+) skipped: (?P<people>\d+) people, "
                     r"(?P<orgs>\d+) organisations, (?P<places>\d+) places, (?P<statements>\d+) statements, "
                     r"(?P<affiliations>\d+) affiliations\b", re.MULTILINE)


def kg(*args: str, cwd: Path = ROOT, env: dict | None = None) -> subprocess.CompletedProcess:
    script = Path(sys.executable).parent / "kg"
    command = [str(script)] if script.exists() else [sys.executable, "-m", "kg.cli"]
    return subprocess.run([*command, *args], cwd=cwd, capture_output=True, text=True, timeout=300,
                          env={**os.environ, **(env or {})})


def summary(result: subprocess.CompletedProcess) -> dict[str, int]:
    match = SUMMARY.search(result.stdout)
    assert match, result.stdout + result.stderr
    return {key: int(value) for key, value in match.groupdict().items()}


# --- kg build -------------------------------------------------------------------------------------


def test_build_the_seeds(tmp_path):
    result = kg("build", "seeds", "--out", str(tmp_path / "out"))

    assert result.returncode == 0, result.stderr
    counts = summary(result)
    assert counts["read"] == 1 and counts["skipped"] == 0
    assert counts["people"] >= 5 and counts["orgs"] >= 5 and counts["places"] >= 5
    assert counts["statements"] >= 10 and counts["affiliations"] >= 3
    for name in GRAPH_FILES:
        path = tmp_path / "out" / name
        assert path.stat().st_size > 0
        assert f"wrote {path}" in result.stdout


def test_build_defaults_to_seeds_and_output(tmp_path):
    shutil.copytree(SEEDS, tmp_path / "seeds")
    result = kg("build", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert summary(result)["read"] == 1
    assert all((tmp_path / "output" / name).exists() for name in GRAPH_FILES)


def test_the_same_input_gives_byte_identical_files(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    assert kg("build", "seeds", "--out", str(first)).returncode == 0
    assert kg("build", "seeds", "--out", str(second)).returncode == 0
    for name in GRAPH_FILES:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
    # building again into the same folder changes nothing either
    before = {name: (first / name).read_bytes() for name in GRAPH_FILES}
    assert kg("build", "seeds", "--out", str(first)).returncode == 0
    assert {name: (first / name).read_bytes() for name in GRAPH_FILES} == before


def test_bad_files_are_reported_one_line_each_and_skipped(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEED, corpus / "good.txt")
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    (corpus / "latin1.txt").write_bytes("Caf\u00e9\n\nCaf\u00e9 society.".encode("latin-1"))
    (corpus / "scan.pdf").write_bytes(b"%PDF-1.4\n")
    (corpus / "corpus.jsonl").write_text('{"title": "ok", "text": "Fine text."}\n{broken\n', encoding="utf-8")

    result = kg("build", str(corpus), str(tmp_path / "missing.txt"), "--out", str(tmp_path / "out"))

    assert result.returncode == 0, result.stderr
    counts = summary(result)
    assert (counts["read"], counts["skipped"]) == (2, 5)
    skipped = [line for line in result.stderr.splitlines() if line.startswith("skipped ")]
    assert len(skipped) == 5
    for name in ("empty.txt", "latin1.txt", "scan.pdf", "corpus.jsonl:2", "missing.txt"):
        assert sum(name in line for line in skipped) == 1, name
    assert (tmp_path / "out" / "graph.ttl").exists()


def test_exit_non_zero_only_when_nothing_could_be_read(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02\x03")

    result = kg("build", str(corpus), "--out", str(tmp_path / "out"))

    assert result.returncode != 0
    assert "no article could be read" in result.stderr
    assert summary(result)["read"] == 0 and summary(result)["skipped"] == 2
    assert not (tmp_path / "out" / "graph.ttl").exists()
    assert kg("build", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out")).returncode != 0


def test_base_option_and_environment(tmp_path):
    base = "https://graph.example.net/news/"
    result = kg("build", "seeds", "--out", str(tmp_path / "a"), "--base", base)
    assert result.returncode == 0, result.stderr
    assert f"<{base}article/{SLUG}>" in (tmp_path / "a" / "graph.ttl").read_text(encoding="utf-8")
    result = kg("build", "seeds", "--out", str(tmp_path / "b"), env={"KG_BASE": base})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "a" / "graph.ttl").read_bytes() == (tmp_path / "b" / "graph.ttl").read_bytes()


# --- kg extract -----------------------------------------------------------------------------------


def test_extract_prints_each_fact_with_its_sentence():
    result = kg("extract", str(SEED))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Kazak Authorities Seek Return of Syria Fighters" in out
    for heading in ("People", "Organisations", "Places", "Statements", "Affiliations"):
        assert re.search(rf"^{heading} \(\d+\)", out, re.MULTILINE), heading
    assert "Nurgali Bilisbekov" in out
    assert "from: " in out  # the sentence each fact came from


def test_extract_json():
    result = kg("extract", str(SEED), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["article"]["slug"] == SLUG
    assert {"entities", "statements", "affiliations"} <= set(data)
    names = {e["name"] for e in data["entities"] if e["kind"] == "person"}
    assert "Nurgali Bilisbekov" in names
    for statement in data["statements"]:
        assert statement["rule"] and statement["content"]["end"] > statement["content"]["start"]


def test_extract_explain_shows_rules_and_offsets():
    result = kg("extract", str(SEED), "--explain")
    assert result.returncode == 0, result.stderr
    assert re.search(r"rule: \S+; cue: .*; content @\d+-\d+; evidence @\d+-\d+", result.stdout)
    assert re.search(r"^\s+\S+ @\d+-\d+: '", result.stdout, re.MULTILINE)  # mentions with their rule


def test_extract_a_bad_file_fails_with_one_line(tmp_path):
    result = kg("extract", str(tmp_path / "missing.txt"))
    assert result.returncode != 0
    assert result.stderr.strip().splitlines() == [f"error: {tmp_path / 'missing.txt'}: no such file or folder"]


# --- the scorer's converter reads our output ------------------------------------------------------


@pytest.mark.skipif(not (SHARED / "dev" / "graph_to_pred.py").exists(), reason="no ../shared/dev")
def test_graph_to_pred_reads_our_output(tmp_path):
    assert kg("build", "seeds", "--out", str(tmp_path / "output")).returncode == 0
    result = subprocess.run([sys.executable, str(SHARED / "dev" / "graph_to_pred.py"), "output/graph.ttl",
                             "--article", SLUG], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # no departure from the data model
    pred = json.loads(result.stdout)
    assert pred["article"] == f"{SLUG}.txt"
    assert "Nurgali Bilisbekov" in {p["name"] for p in pred["people"]}
    assert any(q["kind"] == "direct" and q["speaker"] == "Nurgali Bilisbekov" for q in pred["quotes"])
    assert {"person": "Nurgali Bilisbekov", "organization": "Committee for National Security",
            "role": "deputy head"} in pred["affiliations"]


# --- documentation --------------------------------------------------------------------------------


def test_every_command_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = sorted(cli_group.commands)
    assert commands
    undocumented = [name for name in commands if not re.search(rf"\bkg {re.escape(name)}\b", readme)]
    assert not undocumented, f"commands missing from README.md: {undocumented}"


# --- atomic writes --------------------------------------------------------------------------------


def test_a_failure_while_writing_leaves_the_previous_file_intact(tmp_path, monkeypatch):
    from pyoxigraph import serialize as real_serialize

    out = tmp_path / "out"
    assert kg("build", "seeds", "--out", str(out)).returncode == 0
    previous = (out / "graph.ttl").read_bytes()
    quads = list(parse(path=str(out / "graph.trig"), format=RdfFormat.TRIG))
    started = []

    def failing_serialize(items, output=None, **kwargs):
        """Writes part of the graph into the temporary file, then fails, as a full disk would."""
        data = real_serialize(items, format=kwargs["format"], prefixes=kwargs.get("prefixes"))
        started.append(output.name if hasattr(output, "name") else output)
        output.write(data[: len(data) // 2])
        output.flush()
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(serialise, "serialize", failing_serialize)
    with pytest.raises(OSError, match="No space left"):
        write_graph(quads[: len(quads) // 2], out / "graph.ttl", "turtle")

    assert started, "the serializer ran after the temporary file was created"
    assert (out / "graph.ttl").read_bytes() == previous
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]  # no temporary file left


def test_a_successful_write_replaces_the_file_whole(tmp_path):
    from pyoxigraph import Literal, NamedNode, Quad

    path = tmp_path / "graph.ttl"
    path.write_text("old", encoding="utf-8")
    quad = Quad(NamedNode("https://example.org/a"), NamedNode("https://schema.org/name"), Literal("A"))
    write_graph([quad], path, "turtle")
    written = path.read_text(encoding="utf-8")
    assert "old" not in written and written.endswith('<https://example.org/a> schema:name "A" .\n')
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]
