"""Reading articles: the seeds, the development corpus, .md and .html fixtures, bad inputs."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import time
from pathlib import Path

import pytest

from regkg.articles import ArticleError, find_articles, publication_date_in_text, read_article

REPO_ROOT = Path(__file__).resolve().parents[1]
SEEDS = REPO_ROOT / "data" / "articles"
CORPUS = REPO_ROOT.parent / "shared" / "corpus" / "articles"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not mounted")


def sidecar(path: Path) -> dict[str, object]:
    return dict(json.loads(path.with_name(path.stem + ".meta.json").read_text(encoding="utf-8")))


def write_txt(tmp_path: Path, name: str, text: str | bytes, meta: object | None = None) -> Path:
    path = tmp_path / f"{name}.txt"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    meta = {"language": "en"} if meta is None else meta
    (tmp_path / f"{name}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return path


ENGLISH = "Ofcom has today launched an investigation into the provider of an online forum.\n"


# --- the seeds and the corpus -------------------------------------------------------------

def test_find_articles_lists_seeds_and_corpus_without_sidecars() -> None:
    paths = find_articles([SEEDS, CORPUS] if CORPUS.is_dir() else [SEEDS])
    assert all(p.suffix == ".txt" for p in paths)
    assert [p.stem for p in paths if p.parent == SEEDS] == sorted(p.stem for p in SEEDS.glob(
        "*.txt"))
    assert len(paths) == (23 if CORPUS.is_dir() else 5)


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")) + sorted(CORPUS.glob("*.txt")),
                         ids=lambda p: p.stem)
def test_every_seed_and_corpus_article_reads(path: Path) -> None:
    article = read_article(path)
    raw = path.read_text(encoding="utf-8")
    meta = sidecar(path)
    assert article.id == path.stem
    assert article.text == raw.removeprefix("\ufeff").replace("\r\n", "\n")
    assert article.content_hash == hashlib.sha256(article.text.encode()).hexdigest()
    assert article.language == meta["language"]
    assert article.title == meta.get("title")
    if meta.get("published"):
        assert article.published == dt.date.fromisoformat(str(meta["published"]))


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")) + sorted(CORPUS.glob("*.txt")),
                         ids=lambda p: p.stem)
def test_language_is_detected_when_the_sidecar_is_silent(tmp_path: Path, path: Path) -> None:
    copy = write_txt(tmp_path, path.stem, path.read_bytes(), {"title": "t"})
    article = read_article(copy)
    assert article.language == sidecar(path)["language"]
    assert article.title == "t" and article.url is None


@pytest.mark.parametrize(("prefix", "published"), [
    ("000", None), ("001", dt.date(2026, 1, 14)), ("002", dt.date(2026, 1, 5)),
    ("003", dt.date(2026, 1, 14)), ("004", dt.date(2026, 1, 7)),
])
def test_seed_publication_dates(prefix: str, published: dt.date | None) -> None:
    assert read_article(next(SEEDS.glob(f"{prefix}_*.txt"))).published == published


@needs_corpus
def test_corpus_001_published_from_sidecar() -> None:
    article = read_article(CORPUS / "001.txt")
    assert article.published == dt.date(2024, 3, 25)
    assert article.url is not None and article.url.startswith("https://digital-strategy")


def test_caption_date_is_not_a_publication_date(tmp_path: Path) -> None:
    """Seed 001 without its ' date' marker: the photo caption's 13 January 2025 is an event."""
    text = next(SEEDS.glob("001_*.txt")).read_text(encoding="utf-8")
    body = text.split("\n", 1)[1]
    assert "le 13 janvier 2025 à Toulouse" in body
    article = read_article(write_txt(tmp_path, "caption", body, {"language": "fr"}))
    assert article.published is None


@pytest.mark.parametrize(("text", "published"), [
    ("Published 9 April 2025\n" + ENGLISH, dt.date(2025, 4, 9)),
    ("Ofcom\n24 February 2025\n" + ENGLISH, dt.date(2025, 2, 24)),
    ("Le 23 septembre 2025 - Ottawa (Ontario)\nUne enquête conjointe.", dt.date(2025, 9, 23)),
    ("GATINEAU (Québec), le 29 février 2024 – Une enquête du Commissariat.", dt.date(2024, 2, 29)),
    ("Ofcom opened it on 9 April 2025 after complaints.\n", None),
    ("Depuis le 9 janvier 2026\nla fonction est désactivée.", None),
    ("Published 9 April 2999\n" + ENGLISH, None),  # a future dateline is not trusted
])
def test_datelines(text: str, published: dt.date | None) -> None:
    assert publication_date_in_text(text, "en") == published


# --- other formats ------------------------------------------------------------------------

def test_markdown_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "ofcom-x.md"
    path.write_text("---\ntitle: Ofcom opens an investigation into X\npublished: 2026-01-12\n"
                    "url: https://example.org/ofcom-x\noutlet: Example\n---\n\n" + ENGLISH,
                    encoding="utf-8")
    article = read_article(path)
    assert (article.id, article.title, article.url, article.outlet) == (
        "ofcom-x", "Ofcom opens an investigation into X", "https://example.org/ofcom-x",
        "Example")
    assert article.published == dt.date(2026, 1, 12)
    assert article.text == ENGLISH
    assert article.language == "en"  # detected: the front matter does not say


def test_markdown_language_and_date_from_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "short.md"
    path.write_text("---\nlanguage: fr-FR\ndate: 2025-08-20T10:00:00\n---\nX.\n",
                    encoding="utf-8")
    article = read_article(path)
    assert (article.language, article.published) == ("fr", dt.date(2025, 8, 20))


def test_markdown_without_front_matter_keeps_the_whole_text(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text("# Arcom\n\nL'Arcom a été informée ce jour de la désignation.\n",
                    encoding="utf-8")
    article = read_article(path)
    assert article.text.startswith("# Arcom") and article.language == "fr"
    assert article.published is None


HTML = """<!DOCTYPE html><html lang="en"><head><title>Ofcom investigates a forum</title>
<meta property="og:title" content="Ofcom investigates a forum">
<meta property="og:url" content="https://example.org/ofcom-forum">
<meta property="article:published_time" content="2025-04-09">
<style>p { color: red; }</style>
<script>window.stolen = "SECRET-SCRIPT-TEXT";</script></head>
<body><nav>Home | News | Contact</nav><article><h1>Ofcom investigates a forum</h1>
<p>Ofcom has today launched an investigation into whether the provider of an online suicide
forum has failed to comply with its duties under the Online Safety Act.</p>
<script>document.write("SECRET-SCRIPT-TEXT")</script>
<p>This is the first investigation opened into an individual online service provider under
these new laws, and the regulator said more would follow in the coming months.</p>
</article></body></html>"""


@pytest.mark.parametrize("suffix", [".html", ".htm"])
def test_html_main_text_without_scripts(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"ofcom-forum{suffix}"
    path.write_text(HTML, encoding="utf-8")
    article = read_article(path)
    assert "Ofcom has today launched an investigation" in article.text
    assert "SECRET-SCRIPT-TEXT" not in article.text
    assert "<" not in article.text and "color: red" not in article.text
    assert article.title == "Ofcom investigates a forum"
    assert article.url == "https://example.org/ofcom-forum"
    assert article.published == dt.date(2025, 4, 9)
    assert article.language == "en"


def test_bom_and_crlf_are_normalised(tmp_path: Path) -> None:
    path = write_txt(tmp_path, "crlf", "\ufeffLine one.\r\nLine two.\rLine three.\n".encode())
    assert read_article(path).text == "Line one.\nLine two.\nLine three.\n"


def test_find_articles_recurses_sorts_and_filters(tmp_path: Path) -> None:
    for name in ("b/2.txt", "b/2.meta.json", "a.md", "c/d/e.html", "c/x.pdf", ".hidden/h.txt",
                 "README.md", "z.htm"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = find_articles([tmp_path / "z.htm", tmp_path])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == [
        "a.md", "b/2.txt", "c/d/e.html", "z.htm"]
    with pytest.raises(ArticleError, match="no such file or directory"):
        find_articles([tmp_path / "absent"])
    with pytest.raises(ArticleError, match="not an article file"):
        find_articles([tmp_path / "c" / "x.pdf"])


# --- bad inputs ---------------------------------------------------------------------------

def expect_error(path: Path, fragment: str, max_bytes: int = 5_000_000) -> str:
    with pytest.raises(ArticleError) as caught:
        read_article(path, max_bytes)
    message = str(caught.value)
    assert path.name in message and fragment in message, message
    return message


def test_missing_file(tmp_path: Path) -> None:
    expect_error(tmp_path / "absent.txt", "no such file")


@pytest.mark.parametrize("content", [b"", b"  \n\t\r\n  "])
def test_empty_or_whitespace(tmp_path: Path, content: bytes) -> None:
    expect_error(write_txt(tmp_path, "empty", content), "empty")


@pytest.mark.parametrize("content", [
    b"PK\x03\x04\x00\x00binary zip header" * 10,
    bytes(range(1, 9)) * 50 + b"some text",
])
def test_binary(tmp_path: Path, content: bytes) -> None:
    expect_error(write_txt(tmp_path, "blob", content), "binary")


def test_latin1_is_not_utf8(tmp_path: Path) -> None:
    path = write_txt(tmp_path, "latin1", "L'enquête a été ouverte.".encode("latin-1"))
    message = expect_error(path, "not UTF-8")
    assert "byte 0xea at offset 6" in message  # the ê of "enquête"


def test_utf16_is_named(tmp_path: Path) -> None:
    expect_error(write_txt(tmp_path, "utf16", ENGLISH.encode("utf-16")), "UTF-16 text, not UTF-8")


def test_too_large_fails_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_txt(tmp_path, "huge", b"")
    with path.open("wb") as handle:
        handle.truncate(20_000_000)  # 20 MB, sparse: nothing is written or read

    def no_reading(self: Path) -> bytes:
        raise AssertionError(f"{self} was read")

    monkeypatch.setattr(Path, "read_bytes", no_reading)
    started = time.perf_counter()
    expect_error(path, "too large")
    assert time.perf_counter() - started < 1.0


def test_limit_is_the_callers(tmp_path: Path) -> None:
    path = write_txt(tmp_path, "small", ENGLISH)
    expect_error(path, "the limit is 10 bytes", max_bytes=10)
    assert read_article(path, max_bytes=len(ENGLISH)).text == ENGLISH


def test_missing_sidecar(tmp_path: Path) -> None:
    path = tmp_path / "orphan.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    expect_error(path, "missing metadata: expected orphan.meta.json")


@pytest.mark.parametrize(("meta_text", "fragment"), [
    ('["not", "an", "object"]', "not a JSON object"),
    ('{"title": ', "not valid JSON"),
])
def test_bad_sidecar(tmp_path: Path, meta_text: str, fragment: str) -> None:
    path = write_txt(tmp_path, "badmeta", ENGLISH)
    (tmp_path / "badmeta.meta.json").write_text(meta_text, encoding="utf-8")
    expect_error(path, fragment)


@pytest.mark.parametrize(("meta", "fragment"), [
    ({"published": "2026-02-30"}, "impossible published date '2026-02-30'"),
    ({"published": "14/01/2026"}, "malformed published date"),
    ({"published": 20260114}, "malformed published date"),
    ({"published": (dt.date.today() + dt.timedelta(days=1)).isoformat()}, "in the future"),
    ({"language": "de"}, "unknown language 'de'"),
    ({"title": ["a", "b"]}, "'title' must be a string"),
])
def test_bad_metadata_values(tmp_path: Path, meta: dict[str, object], fragment: str) -> None:
    expect_error(write_txt(tmp_path, "values", ENGLISH, meta), fragment)


def test_markdown_with_impossible_date(tmp_path: Path) -> None:
    path = tmp_path / "bad.md"
    path.write_text("---\npublished: 2026-02-30\n---\n" + ENGLISH, encoding="utf-8")
    expect_error(path, "front matter")


def test_html_without_text(tmp_path: Path) -> None:
    path = tmp_path / "blank.html"
    path.write_text("<html><head><script>var a = 1;</script></head><body></body></html>",
                    encoding="utf-8")
    expect_error(path, "no extractable text")
