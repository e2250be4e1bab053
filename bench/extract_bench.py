#!/usr/bin/env python3
"""Extraction speed on one core: throughput over a corpus of varied real articles, and linear time on
pathological input.

    python bench/extract_bench.py [--articles 10000] [--seed 1] [--typical-words 800] [--pathological-mb 5]
                                  [--json FILE]

The corpus is made in memory from the real articles (seeds/ and, when present, ../shared/dev/): each
variant renames the people and places the extractor found in its source article (consistently, all
forms of a name) and shuffles the body paragraphs, so no two variants are the same text. Every variant
is read (`kg.read.parse_text`) and extracted (`kg.extract.extract`) in this process, with the garbage
collector set as in `kg build`'s extracting processes (`kg.parallel.collect_less`); the report gives
articles/s, words/s, the mean article length, and the peak resident memory of the process
(resource.getrusage, which includes the corpus itself). A fifth as many articles again, each lengthened
to at least 800 words with the body paragraphs of the variants after it, give the throughput at the
length the target is set for.

Then the linear-time check: one article of about N MB (default 5) of each pathological kind (thousands
of quotation marks, no full stops, one giant capitalised run, all three mixed, and single marks and
guillemets among apostrophes) and one of ordinary news text of the same size; each is timed at N/5 MB and N MB. Every pattern runs in linear time when
the per-MB time of the large one is close to the small one's, and close to that of ordinary text.
"""

from __future__ import annotations

import argparse
import gc
import json
import platform
import random
import re
import resource
import signal
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.extract import extract  # noqa: E402
from kg.parallel import collect_less  # noqa: E402
from kg.read import parse_text, read_file  # noqa: E402

SHARED_DEV = ROOT.parent / "shared" / "dev"
WORD = re.compile(r"\w+")
FIRST = ["Aigerim", "Bakyt", "Dilnoza", "Erlan", "Farrukh", "Gulnara", "Hamid", "Irina", "Jamshid", "Karina",
         "Leyla", "Murat", "Nargiza", "Oleg", "Parisa", "Rustam", "Saule", "Timur", "Umida", "Vusal", "Yerlan",
         "Zarina", "Anna", "David", "Maria", "Ahmed", "Fatima", "John", "Olga", "Sergei"]
LAST = ["Abdullayev", "Baimukhanov", "Chorshanbiyev", "Dzhaksybekov", "Ermekov", "Feyzullayev", "Gasanov",
        "Huseynov", "Ibragimov", "Jumabayev", "Kasymov", "Lutfullin", "Mamedova", "Nazarbayeva", "Omarov",
        "Petrova", "Rakhimov", "Sadykov", "Tursunov", "Usmonov", "Valiyev", "Yusupov", "Zhakupov", "Smith",
        "Haddad", "Ivanova", "Karimova", "Novak", "Okafor", "Mirzoyan"]
PLACES = ["Almaty", "Bishkek", "Tashkent", "Dushanbe", "Ashgabat", "Baku", "Tbilisi", "Yerevan", "Kabul",
          "Astana", "Osh", "Samarkand", "Khujand", "Ganja", "Batumi", "Herat", "Mazar-i-Sharif", "Karaganda",
          "Shymkent", "Namangan", "Moscow", "Ankara", "Tehran", "Lagos", "Kano", "Erbil", "Chisinau"]


def base_articles() -> list[tuple[str, dict[str, str]]]:
    """(text, {name form: kind}) of every real article, the names as the extractor finds them."""
    files = sorted((ROOT / "seeds").glob("*.txt"))
    if SHARED_DEV.is_dir():
        known = {f.name for f in files}
        files += [f for f in sorted(SHARED_DEV.glob("*.txt")) if f.name not in known]
    result = []
    for path in files:
        article = next(read_file(path))
        extraction = extract(article)
        names = {}
        for entity in extraction.entities:
            if entity.kind in ("person", "place"):
                for form in sorted({entity.name, *entity.aliases}):  # one corpus whatever the hash seed
                    if len(form) > 2:
                        names[form] = entity.kind
        result.append((article.text, names))
    return result


def variant(text: str, names: dict[str, str], rng: random.Random) -> str:
    """The article with its people and places renamed and its body paragraphs shuffled."""
    blocks = re.split(r"(\n[ \t]*\n)", text)
    content = [i for i in range(0, len(blocks), 2) if blocks[i].strip()]
    if len(content) > 4:  # keep the title, author line, standfirst and the metadata tail in place
        body = content[3:-4] if len(content) > 8 else content[1:]
        shuffled = [blocks[i] for i in body]
        rng.shuffle(shuffled)
        for i, block in zip(body, shuffled):
            blocks[i] = block
    text = "".join(blocks)
    renames: dict[str, str] = {}
    for form, kind in sorted(names.items(), key=lambda kv: -len(kv[0])):
        if kind == "place":
            renames[form] = rng.choice(PLACES)
        elif " " in form:
            first, last = rng.choice(FIRST), rng.choice(LAST)
            renames[form] = f"{first} {last}"
            renames.setdefault(form.rsplit(" ", 1)[-1], last)  # the surname alone, as later references
        else:
            renames.setdefault(form, rng.choice(LAST))
    if not renames:
        return text
    pattern = re.compile("|".join(rf"\b{re.escape(form)}\b" for form in sorted(renames, key=len, reverse=True)))
    return pattern.sub(lambda m: renames[m.group(0)], text)


def build_corpus(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    bases = base_articles()
    return [variant(*bases[i % len(bases)], rng) for i in range(count)]


def lengthened(corpus: list[str], words: int) -> list[str]:
    """Articles of at least `words` words: each variant goes on with the body paragraphs of the variants
    after it: throughput is judged at the length of typical news (~800 words), not the ~300 of the real
    articles the corpus is varied from."""
    paragraphs = [[p for p in re.split(r"\n\s*\n", text) if len(p) > 200 and p.rstrip().endswith((".", '"', "”"))]
                  for text in corpus]
    result = []
    for number, text in enumerate(corpus):
        parts, total, following = [text], len(WORD.findall(text)), number
        while total < words:
            following = (following + 1) % len(corpus)
            for paragraph in paragraphs[following]:
                if total >= words:
                    break
                parts.append(paragraph)
                total += len(WORD.findall(paragraph))
        result.append("\n\n".join(parts))
    return result


def peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def throughput(corpus: list[str]) -> dict:
    words = sum(len(WORD.findall(text)) for text in corpus)
    statements = 0
    gc.collect()
    collect_less()  # as the extracting processes of `kg build` run
    started = time.process_time()
    wall = time.perf_counter()
    for number, text in enumerate(corpus):
        extraction = extract(parse_text(text, f"bench-{number}.txt", f"bench-{number}"))
        statements += len(extraction.statements)
    cpu = time.process_time() - started
    wall = time.perf_counter() - wall
    return {"articles": len(corpus), "words": words, "mean_words": round(words / len(corpus)),
            "cpu_seconds": round(cpu, 2), "wall_seconds": round(wall, 2),
            "articles_per_second": round(len(corpus) / cpu, 1), "words_per_second": round(words / cpu),
            "statements": statements}


# --- pathological input --------------------------------------------------------------------------


def sized(unit, size: int, rng: random.Random) -> str:
    parts, total = [], 0
    while total < size:
        piece = unit(rng)
        parts.append(piece)
        total += len(piece)
    return "".join(parts)[:size]


def quotes_unit(rng):  # thousands of quotation marks, attributions, no full stop anywhere
    return rng.choice(['"', "“", "”", "'", "‘", "’"]) + rng.choice(["it is", "we will", "no", "Yes"]) + rng.choice(
        [", he said ", " she told ", " ", ' said Murat ', " according to "])


def single_marks_unit(rng):  # single marks and guillemets, apostrophes among them, no full stop anywhere
    return rng.choice(["‘", "’", "'", "«", "»", "officials’ ", "’90s ", "rock ’n’ "]) + rng.choice(
        ["it is", "we will", "no", "Yes"]) + rng.choice([",’ he said ", "’ she told ", " ", "» said Murat ", "’ and "])


def capitals_unit(rng):  # one giant capitalised run: no punctuation, no lower-case word
    return rng.choice(LAST + FIRST + PLACES + ["Committee", "National", "Security", "Of", "The"]) + " "


def mixed_unit(rng):
    return rng.choice([quotes_unit, capitals_unit, capitals_unit])(rng)


def pathological(kind: str, size: int, rng: random.Random, normal_paragraphs: list[str]) -> str:
    if kind == "ordinary news text":
        body = sized(lambda r: r.choice(normal_paragraphs) + "\n\n", size, rng)
    else:
        unit = {"quotation marks": quotes_unit, "single marks": single_marks_unit, "capitalised run": capitals_unit,
                "all mixed": mixed_unit}[kind]
        body = sized(unit, size, rng)  # one paragraph: no blank line, no full stop
    return "Pathological input\n\n" + body


class TooSlow(Exception):
    pass


def timed_extract(text: str, limit: int) -> float:
    """CPU seconds to extract one article; inf when it took longer than `limit` wall seconds."""
    gc.collect()

    def give_up(signum, frame):
        raise TooSlow

    previous = signal.signal(signal.SIGALRM, give_up)
    signal.alarm(limit)
    started = time.process_time()
    try:
        extract(parse_text(text, "pathological.txt", "pathological"))
    except TooSlow:
        return float("inf")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    return time.process_time() - started


def linear_time_check(megabytes: float, seed: int, limit: int = 120) -> list[dict]:
    rng = random.Random(seed)
    paragraphs = [p for text, _ in base_articles() for p in re.split(r"\n\s*\n", text)
                  if len(p) > 200 and p.rstrip().endswith((".", '"', "”"))]
    rows = []
    for kind in ("ordinary news text", "quotation marks", "capitalised run", "all mixed", "single marks"):
        small_mb, large_mb = megabytes / 5, megabytes
        small = timed_extract(pathological(kind, int(small_mb * 1e6), rng, paragraphs), limit)
        large = timed_extract(pathological(kind, int(large_mb * 1e6), rng, paragraphs), limit)
        rows.append({"input": kind, "small_mb": small_mb, "small_s": round(small, 2),
                     "large_mb": large_mb, "large_s": round(large, 2),
                     "s_per_mb_small": round(small / small_mb, 3), "s_per_mb_large": round(large / large_mb, 3),
                     "growth": round((large / large_mb) / max(small / small_mb, 1e-9), 2)})
        if large == float("inf"):
            rows[-1]["note"] = f"gave up after {limit} s: not linear"
        print(f"  {kind:<20} {small_mb:>4.1f} MB {small:>7.2f} s   {large_mb:>4.1f} MB {large:>7.2f} s   "
              f"{rows[-1]['s_per_mb_large']:>6.3f} s/MB  (x{rows[-1]['growth']} per MB vs the small one)",
              flush=True)
    normal = rows[0]["s_per_mb_large"]
    for row in rows:
        row["vs_ordinary"] = round(row["s_per_mb_large"] / max(normal, 1e-9), 2)
    return [{k: (str(v) if v == float("inf") else v) for k, v in row.items()} for row in rows]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000, help="corpus size (default %(default)s)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--typical-words", type=int, default=800, help="also time articles lengthened to at "
                        "least this many words, a fifth as many as --articles (default %(default)s; 0 skips)")
    parser.add_argument("--pathological-mb", type=float, default=5.0, help="0 skips the linear-time check")
    parser.add_argument("--limit", type=int, default=120, help="give up on one pathological article after this "
                        "many seconds, reported as inf (default %(default)s)")
    parser.add_argument("--json", type=Path, help="write the results here as JSON")
    args = parser.parse_args(argv)

    print(f"python {platform.python_version()} on {platform.machine()}, one process, one core")
    started = time.perf_counter()
    corpus = build_corpus(args.articles, args.seed)
    print(f"corpus: {len(corpus)} articles varied from the real ones in {time.perf_counter() - started:.1f} s, "
          f"{len(set(corpus))} distinct texts")
    result = {"throughput": throughput(corpus)}
    t = result["throughput"]
    print(f"extraction: {t['articles_per_second']} articles/s, {t['words_per_second']} words/s on one core "
          f"({t['articles']} articles of {t['mean_words']} words on average, {t['cpu_seconds']} s CPU, "
          f"{t['statements']} statements)")
    if args.typical_words > 0:
        long_corpus = lengthened(corpus[: max(1, args.articles // 5)], args.typical_words)
        result["typical_length"] = t = throughput(long_corpus)
        print(f"articles of typical length: {t['articles_per_second']} articles/s, {t['words_per_second']} words/s "
              f"({t['articles']} articles of {t['mean_words']} words on average, {t['cpu_seconds']} s CPU)")
        del long_corpus
    del corpus
    if args.pathological_mb > 0:
        print(f"linear time (CPU seconds, extraction of one article):")
        result["linear_time"] = linear_time_check(args.pathological_mb, args.seed, args.limit)
    result["peak_rss_mb"] = round(peak_rss_mb(), 1)
    print(f"peak memory (resident, whole process incl. the corpus): {result['peak_rss_mb']} MB")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
