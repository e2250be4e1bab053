"""Reading articles: each format gives exact offsets into the text; each bad input gives one clear line.

Every test writes real files into a temporary folder and reads them the way `kg build` does.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.models import Article
from kg.read import Keys, ReadProblem, read_file, read_paths, slugify

SEED = """

Kazak Authorities Seek Return of Syria Fighters

Author: [Gaziza Baituova](#)

Footage appearing to show Kazaks with hard-line Islamist rebels causes shockwaves back home.

The authorities in Kazakstan want to secure the return of a group of men.

Zamir Karajanov, a political analyst based in Almaty, cautions that the footage is hard to check.

“At the moment, it isn’t completely clear who these people are,” he said.

Gaziza Baituova is an IWPR contributor in Kazakhstan.

Location: Central Asia

Syria

Kyrgyzstan

Topic: Conflict resolution

Source URL: <https://iwpr.net/global-voices/kazak-authorities-seek-return-syria-fighters>
"""

SEED_PARAGRAPHS = [
    "Footage appearing to show Kazaks with hard-line Islamist rebels causes shockwaves back home.",
    "The authorities in Kazakstan want to secure the return of a group of men.",
    "Zamir Karajanov, a political analyst based in Almaty, cautions that the footage is hard to check.",
    "“At the moment, it isn’t completely clear who these people are,” he said.",
    "Gaziza Baituova is an IWPR contributor in Kazakhstan.",
]


def read_all(*paths: Path) -> tuple[list[Article], list[ReadProblem]]:
    items = list(read_paths(paths))
    return ([i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, ReadProblem)])


def read_one(path: Path) -> Article:
    articles, problems = read_all(path)
    assert not problems, problems
    assert len(articles) == 1
    return articles[0]


def paragraph_texts(article: Article) -> list[str]:
    return [article.text[span.start:span.end] for span in article.paragraphs]


# --- the formats ----------------------------------------------------------------------------------


def test_seed_layout_gives_metadata_and_exact_paragraph_offsets(tmp_path):
    path = tmp_path / "kazak-authorities-seek-return-syria-fighters.txt"
    path.write_text(SEED, encoding="utf-8")

    article = read_one(path)

    assert article.slug == "kazak-authorities-seek-return-syria-fighters"
    assert article.source == str(path)
    assert article.title == "Kazak Authorities Seek Return of Syria Fighters"
    assert article.author == "Gaziza Baituova"
    assert article.url == "https://iwpr.net/global-voices/kazak-authorities-seek-return-syria-fighters"
    assert article.locations == ["Central Asia", "Syria", "Kyrgyzstan"]
    assert article.topics == ["Conflict resolution"]
    # the standfirst, the body and the author's bio line are paragraphs; the metadata lines are not
    assert paragraph_texts(article) == SEED_PARAGRAPHS
    # offsets point into the text exactly as it is in the file
    assert article.text == SEED
    for span, expected in zip(article.paragraphs, SEED_PARAGRAPHS):
        assert SEED[span.start:span.end] == expected
        assert SEED.index(expected) == span.start


def test_a_news_byline_before_the_first_paragraph_is_the_author_and_a_sentence_opening_with_by_is_not(tmp_path):
    wire = tmp_path / "storm.txt"
    wire.write_text("Storm leaves thousands without power\n\nBy JANE HARPER, Associated Press\n\n"
                    "HOUSTON - Thousands of residents remained without power on Sunday.\n", encoding="utf-8")
    sentence = tmp_path / "ritual.txt"
    sentence.write_text("After the attacks\n\nBy Monday morning, the grim ritual had begun.\n\nLeaders sent "
                        "messages.\n", encoding="utf-8")

    assert read_one(wire).author == "JANE HARPER"
    assert paragraph_texts(read_one(wire)) == ["HOUSTON - Thousands of residents remained without power on Sunday."]
    assert read_one(sentence).author is None
    assert paragraph_texts(read_one(sentence))[0] == "By Monday morning, the grim ritual had begun."


def test_the_real_seed_article_reads_whole(tmp_path):
    seed = Path(__file__).resolve().parents[1] / "seeds" / "kazak-authorities-seek-return-syria-fighters.txt"
    article = read_one(seed)
    paragraphs = paragraph_texts(article)
    assert article.author == "Gaziza Baituova"
    assert paragraphs[0].startswith("Footage appearing to show Kazaks")
    assert paragraphs[-1] == "Gaziza Baituova is an IWPR contributor in Kazakhstan."
    assert not any(p.startswith(("Location:", "Topic:", "Source URL:", "Author:")) for p in paragraphs)
    assert article.text == seed.read_text(encoding="utf-8")


def test_windows_line_endings_and_a_byte_order_mark_are_read(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"\xef\xbb\xbf" + SEED.replace("\n", "\r\n").encode("utf-8"))
    article = read_one(path)
    assert article.title == "Kazak Authorities Seek Return of Syria Fighters"
    assert paragraph_texts(article) == SEED_PARAGRAPHS


def test_plain_text_first_line_is_the_title(tmp_path):
    text = ("Gunmen kill 11 in northwest Nigeria\n"
            "Armed men on motorbikes killed 11 people, police said on Sunday.\n\n"
            "\"We are on their trail,\" a police spokesman told Reuters.\n")
    path = tmp_path / "nigeria.txt"
    path.write_text(text, encoding="utf-8")

    article = read_one(path)

    assert article.title == "Gunmen kill 11 in northwest Nigeria"
    assert article.author is None and article.url is None
    assert paragraph_texts(article) == [
        "Armed men on motorbikes killed 11 people, police said on Sunday.",
        "\"We are on their trail,\" a police spokesman told Reuters.",
    ]


def test_markdown_heading_is_the_title(tmp_path):
    text = ("# Court prolongs arrest terms of Abzas Media journalists\n\n"
            "Author: Turan staff writer\n\n"
            "The Baku court extended the arrest, lawyer Elchin Sadigov said.\n\n"
            "He called the decision *unlawful*.\n")
    path = tmp_path / "abzas.md"
    path.write_text(text, encoding="utf-8")

    article = read_one(path)

    assert article.slug == "abzas"
    assert article.title == "Court prolongs arrest terms of Abzas Media journalists"
    assert article.author == "Turan staff writer"
    assert paragraph_texts(article) == [
        "The Baku court extended the arrest, lawyer Elchin Sadigov said.",
        "He called the decision *unlawful*.",
    ]


def test_html_page_main_text_and_metadata_through_trafilatura(tmp_path):
    body = " ".join(["The prosecutor general was detained on Tuesday, officials in Chisinau said."] * 3)
    html = f"""<!doctype html>
<html lang="en"><head>
<title>Moldova prosecutor general detained | News</title>
<meta property="og:title" content="Moldova's prosecutor general detained">
<meta name="author" content="Jane Reporter">
<meta property="og:url" content="https://example.com/moldova-prosecutor-detained">
<meta name="date" content="2021-10-05">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/share">Share this</a></nav>
<article>
<h1>Moldova's prosecutor general detained</h1>
<p>{body}</p>
<p>"This is a day of justice," the president told reporters in the capital after the detention.</p>
</article>
<footer>Copyright 2021 Example News. All rights reserved.</footer>
</body></html>"""
    path = tmp_path / "moldova.html"
    path.write_text(html, encoding="utf-8")

    article = read_one(path)

    assert article.title == "Moldova's prosecutor general detained"
    assert article.author == "Jane Reporter"
    assert article.url == "https://example.com/moldova-prosecutor-detained"
    assert article.date == "2021-10-05"
    paragraphs = paragraph_texts(article)
    assert body in paragraphs
    assert any(p.startswith('"This is a day of justice,"') for p in paragraphs)
    assert not any("Copyright" in p or "Share this" in p for p in paragraphs)


def test_json_lines_one_article_per_line(tmp_path):
    records = [
        {"title": "First", "text": "Alpha said one thing.\n\nBeta said another.", "url": "https://ex.org/a/first",
         "author": "Ann Writer", "date": "2020-01-01"},
        {"title": "Second", "text": "A single paragraph.", "author": ["Bo One", "Cy Two"]},
    ]
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")

    articles, problems = read_all(path)

    assert problems == []
    first, second = articles
    assert (first.slug, first.title, first.url, first.author, first.date) == (
        "first", "First", "https://ex.org/a/first", "Ann Writer", "2020-01-01")
    assert paragraph_texts(first) == ["Alpha said one thing.", "Beta said another."]
    assert first.source == f"{path}:1"
    assert second.slug == "second" and second.author == "Bo One, Cy Two"
    assert second.source == f"{path}:2"
    assert paragraph_texts(second) == ["A single paragraph."]


def test_json_lines_records_with_the_same_slug_stay_two_articles(tmp_path):
    path = tmp_path / "dupes.jsonl"
    path.write_text(json.dumps({"title": "Same", "text": "One."}) + "\n"
                    + json.dumps({"title": "Same", "text": "Two."}) + "\n", encoding="utf-8")
    articles, _ = read_all(path)
    assert len({a.slug for a in articles}) == 2


def test_a_folder_is_read_recursively_in_a_stable_order(tmp_path):
    (tmp_path / "b" / "deeper").mkdir(parents=True)
    (tmp_path / "a.txt").write_text("Title A\n\nBody A.", encoding="utf-8")
    (tmp_path / "b" / "c.md").write_text("# Title C\n\nBody C.", encoding="utf-8")
    (tmp_path / "b" / "deeper" / "d.txt").write_text("Title D\n\nBody D.", encoding="utf-8")
    # beside the articles: gold and curation files, hidden files; none of them is an article
    (tmp_path / "a.gold.json").write_text("{}", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Hidden\n\nNot read.", encoding="utf-8")

    articles, problems = read_all(tmp_path)

    assert problems == []
    assert [a.title for a in articles] == ["Title A", "Title C", "Title D"]


def test_links_to_folders_are_followed_but_never_round_a_loop(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "linked.txt").write_text("Title Linked\n\nBody.", encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "own.txt").write_text("Title Own\n\nBody.", encoding="utf-8")
    (corpus / "more").symlink_to(elsewhere, target_is_directory=True)
    (elsewhere / "back").symlink_to(corpus, target_is_directory=True)  # a loop

    articles, problems = read_all(corpus)

    assert problems == []
    assert [a.title for a in articles] == ["Title Linked", "Title Own"]

def test_slugs_are_readable_ascii():
    assert slugify("Kazak Authorities Seek Return of Syria Fighters") == "kazak-authorities-seek-return-of-syria-fighters"
    assert slugify("Nurgali Bilisbekov's") == "nurgali-bilisbekovs"
    assert slugify("Şaban Özdemir") == "saban-ozdemir"
    assert slugify("!!!") == "x"


def test_entities_that_share_a_slug_get_numbered_keys():
    keys = Keys()
    assert [keys.claim("organization", "puk") for _ in range(4)] == ["puk", "puk-2", "puk-3", "puk-4"]
    assert keys.claim("person", "puk") == "puk"  # each kind has keys of its own
    assert keys.claim("organization", "puk-2") == "puk-2-2"  # a slug that ends in a number is a slug too
    assert keys.claim("place", "osh-3") == "osh-3"
    assert [keys.claim("place", "osh") for _ in range(3)] == ["osh", "osh-2", "osh-4"]  # the first number free


# --- bad input: one line naming the file (and line), and the other articles are still read --------


def good_article(folder: Path) -> Path:
    path = folder / "good.txt"
    path.write_text(SEED, encoding="utf-8")
    return path


def problem_for(tmp_path: Path, bad: Path) -> ReadProblem:
    """Read a good article and a bad input together: the good one is read, the bad one is one problem."""
    good = good_article(tmp_path)
    articles, problems = read_all(bad, good)
    assert [a.source for a in articles] == [str(good)]
    assert len(problems) == 1
    problem = problems[0]
    line = str(problem)
    assert "\n" not in line
    assert line.startswith(f"{problem.source}: ")
    return problem


def test_missing_path(tmp_path):
    problem = problem_for(tmp_path, tmp_path / "nowhere.txt")
    assert problem.source == str(tmp_path / "nowhere.txt")
    assert "no such file" in problem.message


def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("  \n\n ", encoding="utf-8")
    problem = problem_for(tmp_path, path)
    assert problem.source == str(path)
    assert "empty" in problem.message


def test_binary_file(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    problem = problem_for(tmp_path, path)
    assert problem.source == str(path)
    assert "binary" in problem.message


def test_undecodable_bytes(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Caf\u00e9 society\n\nThe caf\u00e9 was closed.".encode("latin-1"))
    problem = problem_for(tmp_path, path)
    assert problem.source == str(path)
    assert "decode" in problem.message and "UTF-8" in problem.message
    assert "byte 3" in problem.message  # where the bad byte is


def test_unknown_format(tmp_path):
    path = tmp_path / "report.docx"
    path.write_bytes(b"PK\x03\x04 not really a document")
    problem = problem_for(tmp_path, path)
    assert problem.source == str(path)
    assert "unknown format '.docx'" in problem.message


def test_json_line_that_does_not_parse_names_the_line(tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_text(json.dumps({"title": "Fine", "text": "Fine text."}) + "\n"
                    + '{"title": "Broken", "text": \n'
                    + json.dumps({"title": "Also fine", "text": "More text."}) + "\n", encoding="utf-8")

    articles, problems = read_all(path)

    assert [a.title for a in articles] == ["Fine", "Also fine"]
    assert [p.source for p in problems] == [f"{path}:2"]
    assert "invalid JSON" in problems[0].message
    assert str(problems[0]).startswith(f"{path}:2: invalid JSON")


def test_json_record_without_text_names_the_line(tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_text(json.dumps({"title": "No text here", "url": "https://ex.org/x"}) + "\n"
                    + json.dumps(["not", "an", "object"]) + "\n"
                    + json.dumps({"title": "Fine", "text": "Fine text."}) + "\n", encoding="utf-8")

    articles, problems = read_all(path)

    assert [a.title for a in articles] == ["Fine"]
    assert [p.source for p in problems] == [f"{path}:1", f"{path}:2"]
    assert "no text" in problems[0].message
    assert "JSON object" in problems[1].message


def test_html_without_article_text(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>Nothing</title></head><body></body></html>",
                    encoding="utf-8")
    problem = problem_for(tmp_path, path)
    assert problem.source == str(path)
    assert "no article text" in problem.message


def test_one_bad_file_in_a_folder_does_not_stop_the_others(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "1.txt").write_text("One\n\nFirst body.", encoding="utf-8")
    (folder / "2.txt").write_bytes(b"\xff\xfe\x00b\x00a\x00d")
    (folder / "3.pdf").write_bytes(b"%PDF-1.4")
    (folder / "4.txt").write_text("Four\n\nFourth body.", encoding="utf-8")

    articles, problems = read_all(folder)

    assert [a.title for a in articles] == ["One", "Four"]
    assert [p.source for p in problems] == [str(folder / "2.txt"), str(folder / "3.pdf")]


@pytest.mark.parametrize("name", ["notes.json", "curation.yaml"])
def test_side_files_named_directly_are_refused_as_unknown_format(tmp_path, name):
    path = tmp_path / name
    path.write_text("{}", encoding="utf-8")
    (problem,) = list(read_file(path))
    assert isinstance(problem, ReadProblem) and "unknown format" in problem.message
