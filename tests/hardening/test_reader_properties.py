"""Property tests of the article reader (issue 8, point 3).

For any bytes, any text and any sidecar JSON, `read_article` returns a valid `Article` or raises
`ArticleError` naming the file: never another exception. Through the CLI (`regkg ingest`, in
this process), any such input gives exit code 0, 1 or 2, never a traceback, and a refused input
(2) leaves the store's canonical digest unchanged; an accepted one changes its own graph only.

Every property counts the examples it ran in `EXAMPLES`; the last test checks the counts (run
with `-s` to see them).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import json
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from regkg.articles import LANGUAGES, ArticleError, read_article
from regkg.extract.nlp import split_sentences
from regkg.models import Article

from ..conftest import SEEDS

EXAMPLES: Counter[str] = Counter()
READER_EXAMPLES = 300
CLI_EXAMPLES = 25
SUFFIXES = (".txt", ".md", ".html", ".htm")

# Words and lines from the seeds, so that many generated inputs are readable articles.
_SEED_LINES = [line for p in sorted(SEEDS.glob("*.txt"))
               for line in p.read_text(encoding="utf-8").splitlines() if line.strip()][:60]
_WORDS = sorted({w for line in _SEED_LINES for w in line.split()})[:400] + [
    "the", "and", "Ofcom", "investigation", "«", "»", "“", "”", "---", "<p>", "</p>",
    "<script>", "date", "2024-01-15", "\ufeff", "\r\n", "\r", "\t", "\x0c", "\x00", "\u2028",
]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                 max_size=4),
    max_leaves=12,
)
metadata_values = st.one_of(
    json_values,
    st.sampled_from(["fr", "en", "FR", "en-GB", "fr_FR", "de", "", " ", "2024-02-30",
                     "2024-01-15", "9999-12-31", "2024-01-15T10:00:00+01:00", "yesterday"]),
)
sidecars = st.one_of(
    st.none(),  # no sidecar
    st.binary(max_size=200),  # any bytes
    json_values.map(lambda v: json.dumps(v).encode()),  # any JSON value
    st.fixed_dictionaries({}, optional={  # an object with the real fields, any values
        k: metadata_values for k in ("language", "published", "title", "outlet", "url")
    }).map(lambda d: json.dumps(d).encode()),
)
texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(_WORDS), max_size=80).map(" ".join),
    st.lists(st.sampled_from(_SEED_LINES), min_size=1, max_size=6).map("\n".join),
)
front_matter = st.one_of(
    st.just(""),
    st.text(max_size=80).map(lambda t: f"---\n{t}\n---\n"),
    st.fixed_dictionaries({}, optional={
        k: st.sampled_from(["fr", "en", "2024-01-15", "2024-02-30", "[1, 2]", "{a: 1}", "~",
                            "Ofcom", "&a [x]", "*a", "2099-01-01", "no"])
        for k in ("language", "published", "date", "title", "url", "outlet")
    }).map(lambda d: "---\n" + "".join(f"{k}: {v}\n" for k, v in d.items()) + "---\n"),
)


def text_files() -> st.SearchStrategy[bytes]:
    """Any bytes, or text (with a BOM or CR line ends sometimes) as UTF-8."""
    def encode(text: str, bom: bool, crlf: bool) -> bytes:
        text = text.replace("\n", "\r\n") if crlf else text
        return ("\ufeff" if bom else "").encode() + text.encode("utf-8", "surrogatepass")

    encoded = st.builds(encode, texts.filter(lambda t: not _has_surrogates(t)), st.booleans(),
                        st.booleans())
    markdown = st.builds(lambda fm, body: (fm + body).encode("utf-8"), front_matter,
                         texts.filter(lambda t: not _has_surrogates(t)))
    html = st.builds(lambda title, body: (f"<html><head><title>{title}</title></head><body>"
                                          f"<article><p>{body}</p></article></body></html>"
                                          ).encode(),
                     st.text(max_size=40).filter(lambda t: not _has_surrogates(t)),
                     texts.filter(lambda t: not _has_surrogates(t)))
    return st.one_of(st.binary(max_size=600), encoded, markdown, html)


def _has_surrogates(text: str) -> bool:
    return any("\ud800" <= ch <= "\udfff" for ch in text)


@contextlib.contextmanager
def written(content: bytes, suffix: str, sidecar: bytes | None) -> Iterator[Path]:
    """The input in a fresh directory: `prop{suffix}` (and `prop.meta.json`)."""
    with tempfile.TemporaryDirectory(prefix="regkg-prop-") as tmp:
        path = Path(tmp) / f"prop{suffix}"
        path.write_bytes(content)
        if sidecar is not None:
            (Path(tmp) / "prop.meta.json").write_bytes(sidecar)
        yield path


def normalised(content: bytes) -> str:
    return content.decode("utf-8").removeprefix("\ufeff").replace("\r\n", "\n").replace(
        "\r", "\n")


def check_article(article: Article, path: Path, content: bytes) -> None:
    """What every article the reader returns must satisfy."""
    assert article.text.strip()
    assert "\r" not in article.text and not article.text.startswith("\ufeff")
    assert article.language in LANGUAGES
    assert article.content_hash == hashlib.sha256(article.text.encode("utf-8")).hexdigest()
    assert article.id == path.stem and article.source_file == str(path)
    assert article.published is None or article.published <= dt.date.today()
    for value in (article.title, article.outlet, article.url):
        assert value is None or (isinstance(value, str) and value == value.strip() and value)
    suffix = path.suffix.lower()
    if suffix == ".txt":  # offsets into the text are offsets into the (normalised) file
        assert article.text == normalised(content)
    elif suffix == ".md":  # the body is the file's tail: offsets shift by a constant
        assert normalised(content).endswith(article.text)
    for sentence in split_sentences(article.text):
        assert article.text[sentence.start:sentence.end] == sentence.text
        assert 0 <= sentence.start < sentence.end <= len(article.text)


def read_or_refuse(path: Path) -> Article | None:
    """The article, or None when refused with an ArticleError naming the file."""
    try:
        return read_article(path)
    except ArticleError as error:
        assert path.name in str(error), str(error)
        return None


@settings(max_examples=READER_EXAMPLES, deadline=None)
@given(content=text_files(), suffix=st.sampled_from(SUFFIXES), sidecar=sidecars)
def test_any_file_is_an_article_or_a_clear_refusal(content, suffix, sidecar):
    with written(content, suffix, sidecar) as path:
        article = read_or_refuse(path)
        EXAMPLES["reader: any file"] += 1
        EXAMPLES["reader: any file, accepted"] += article is not None
        if article is not None:
            check_article(article, path, content)


@settings(max_examples=READER_EXAMPLES, deadline=None)
@given(text=st.text(min_size=1, max_size=500).filter(lambda t: not _has_surrogates(t)),
       meta=st.fixed_dictionaries({"language": st.sampled_from(["fr", "en", None])}))
def test_any_text_with_a_good_sidecar_is_its_own_article(text, meta):
    """A .txt article is its text exactly (bar BOM and CR): offsets point into the file."""
    content = text.encode("utf-8")
    with written(content, ".txt", json.dumps(meta).encode()) as path:
        article = read_or_refuse(path)
        EXAMPLES["reader: any text"] += 1
        if article is None:  # only blank, binary-looking or control-heavy text is refused
            body = normalised(content)
            assert not body.strip() or "\x00" in text or sum(
                ord(c) < 32 and c not in "\t\n\x0c\r" for c in text) > 0
            return
        EXAMPLES["reader: any text, accepted"] += 1
        check_article(article, path, content)
        if meta["language"]:
            assert article.language == meta["language"]


@settings(max_examples=READER_EXAMPLES, deadline=None)
@given(sidecar=sidecars.filter(lambda s: s is not None))
def test_any_sidecar_gives_an_article_or_a_clear_refusal(sidecar):
    content = "Ofcom a ouvert une enquête sur X.\n".encode()
    with written(content, ".txt", sidecar) as path:
        article = read_or_refuse(path)
        EXAMPLES["reader: any sidecar"] += 1
        EXAMPLES["reader: any sidecar, accepted"] += article is not None
        if article is not None:
            check_article(article, path, content)


def test_regression_a_deeply_nested_sidecar_is_refused_not_a_recursion_error(tmp_path):
    """json.loads raised RecursionError (not ArticleError) on '[[[[...' sidecars."""
    path = tmp_path / "deep.txt"
    path.write_text("Ofcom a ouvert une enquête.", encoding="utf-8")
    (tmp_path / "deep.meta.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(ArticleError, match="deep.txt"):
        read_article(path)


def test_regression_a_yaml_alias_bomb_in_front_matter_is_refused_quickly(tmp_path):
    """The error message repr()'d the expanded value: a 9**9-leaf title took minutes."""
    import time

    lines = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    lines += [f"{chr(98 + i)}: &{chr(98 + i)} [" + ", ".join([f"*{chr(97 + i)}"] * 9) + "]"
              for i in range(8)]
    path = tmp_path / "bomb.md"
    for field in ("title", "language", "published"):
        path.write_text("---\n" + "\n".join(lines) + f"\n{field}: *i\n---\n"
                        "Ofcom opened an investigation.\n", encoding="utf-8")
        start = time.process_time()
        with pytest.raises(ArticleError, match="bomb.md") as refused:
            read_article(path)
        assert time.process_time() - start < 2.0, field
        assert len(str(refused.value)) < 1000, field


# --- through the CLI ------------------------------------------------------------------------
@pytest.fixture(scope="module")
def cli_store(tmp_path_factory) -> Path:
    """A store holding one seed article (and the schema graphs), built by `regkg build`."""
    from regkg.cli import main

    store = tmp_path_factory.mktemp("prop-store")
    seeds = tmp_path_factory.mktemp("prop-seed")
    for path in sorted(SEEDS.glob("*"))[:2]:  # the first article and its sidecar
        (seeds / path.name).write_bytes(path.read_bytes())
    with contextlib.redirect_stdout(io.StringIO()):
        assert main(["build", str(seeds), "--store", str(store)]) == 0
    return store


def store_state(store_dir: Path) -> tuple[str, dict[str, frozenset[Any]]]:
    from regkg.store import canonical_digest, open_store

    store = open_store(str(store_dir))
    try:
        return canonical_digest(store), {g: frozenset(store.graph(g)) for g in store.graph_names()}
    finally:
        store.close()


# Half the CLI examples are plausible articles (seed lines, a good sidecar) so that the write
# path runs too, not only the refusals.
cli_inputs = st.one_of(
    st.tuples(text_files(), st.sampled_from(SUFFIXES), sidecars),
    st.tuples(st.lists(st.sampled_from(_SEED_LINES), min_size=1, max_size=4).map(
        lambda lines: "\n".join(lines).encode("utf-8")), st.just(".txt"),
        st.sampled_from([b'{"language": "fr"}', b'{"language": "en", "title": "T"}', b"{}"])),
)


@pytest.mark.slow  # a Pipeline per example (reference, shapes), spaCy once
@settings(max_examples=CLI_EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=cli_inputs)
def test_ingest_of_any_file_exits_0_1_or_2_and_never_writes_part(cli_store, case):
    content, suffix, sidecar = case
    from regkg.cli import main
    from regkg.namespaces import article_graph

    digest, graphs = store_state(cli_store)
    with written(content, suffix, sidecar) as path, \
            contextlib.redirect_stdout(io.StringIO()), \
            contextlib.redirect_stderr(io.StringIO()) as stderr:
        code = main(["ingest", str(path), "--store", str(cli_store)])
    EXAMPLES["cli: ingest"] += 1
    EXAMPLES[f"cli: ingest, exit {code}"] += 1
    assert code in (0, 1, 2)
    after_digest, after = store_state(cli_store)
    own = str(article_graph("prop"))
    if code == 2:
        assert after_digest == digest
        assert "prop" in stderr.getvalue()
        return
    assert {g: q for g, q in after.items() if g != own} == {
        g: q for g, q in graphs.items() if g != own}
    if code == 1:  # rejected by SHACL: nothing written
        assert after_digest == digest
    else:
        assert own in after


def test_the_properties_ran_their_examples():
    """The counts the report quotes (pytest -s prints them)."""
    print("\nexamples run:", dict(sorted(EXAMPLES.items())))
    if EXAMPLES["reader: any file"]:  # the whole module ran, not a -k selection
        assert EXAMPLES["reader: any file"] >= READER_EXAMPLES // 2
        assert EXAMPLES["reader: any text"] >= READER_EXAMPLES // 2
        assert EXAMPLES["reader: any sidecar"] >= READER_EXAMPLES // 2
        assert EXAMPLES["reader: any file, accepted"] > 0
        assert EXAMPLES["reader: any sidecar, accepted"] > 0
    if EXAMPLES["cli: ingest"]:
        assert EXAMPLES["cli: ingest"] >= CLI_EXAMPLES // 2
        assert EXAMPLES["cli: ingest, exit 2"] > 0
