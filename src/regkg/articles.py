"""Files -> `Article`. Layer 1.

Three input kinds: `.txt` with a `STEM.meta.json` sidecar, `.md` with YAML front matter, and
`.html`/`.htm` whose main text trafilatura extracts (scripts and styles dropped, never run).
`Article.text` is the decoded file with only a leading BOM removed and line ends made LF: facts
point into it by character offsets. Anything that cannot become an article raises
`ArticleError` naming the file and the reason, before any extraction runs.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import reprlib
from pathlib import Path
from typing import Any

import frontmatter
import yaml

from regkg.extract.dates import find_dates
from regkg.extract.language import detect_language
from regkg.models import Article


class ArticleError(ValueError):
    """An input that cannot become an article; the message says why, naming the file."""


ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
SIDECAR_SUFFIX = ".meta.json"
LANGUAGES = ("fr", "en")
_CONTROL_CHARS = frozenset(range(32)) - {9, 10, 12, 13}  # tab, LF, FF, CR are text
_BINARY_CONTROL_SHARE = 0.10  # more than this share of control bytes: not a text file


def find_articles(paths: list[Path]) -> list[Path]:
    """Article files under the given files/directories, sorted; sidecars are not articles.

    Directories are searched recursively, skipping hidden entries and README files.
    A path that does not exist, or a file with another suffix, named explicitly, is an error.
    """
    found: set[Path] = set()
    for path in paths:
        if path.is_dir():
            found.update(p for p in path.rglob("*") if _is_article_file(p, path))
        elif path.is_file():
            if path.suffix.lower() not in ARTICLE_SUFFIXES:
                raise ArticleError(f"{path}: not an article file (expected one of "
                                   f"{', '.join(ARTICLE_SUFFIXES)})")
            found.add(path)
        else:
            raise ArticleError(f"{path}: no such file or directory")
    return sorted(found)


def _is_article_file(path: Path, root: Path) -> bool:
    hidden = any(part.startswith(".") for part in path.relative_to(root).parts)
    return (path.is_file() and not hidden and path.suffix.lower() in ARTICLE_SUFFIXES
            and not path.name.upper().startswith("README"))


def read_article(path: Path, max_bytes: int = 5_000_000) -> Article:
    """Read one article (.txt + `STEM.meta.json` sidecar, .md with front matter, .html)."""
    text = _read_text(path, max_bytes)
    suffix = path.suffix.lower()
    if suffix == ".txt":
        metadata = _read_sidecar(path)
    elif suffix == ".md":
        metadata, text = _split_front_matter(path, text)
        if metadata.get("published") is None and "date" in metadata:  # Hugo/Jekyll's name
            metadata["published"] = metadata["date"]
    elif suffix in (".html", ".htm"):
        metadata, text = _extract_html(path, text)
    else:
        raise ArticleError(f"{path}: unsupported file type {suffix or '(none)'!r}")
    if not text.strip():
        raise ArticleError(f"{path}: empty article (no text besides metadata)")
    return _build_article(path, text, metadata)


def _read_text(path: Path, max_bytes: int) -> str:
    """Checked bytes -> text: size before reading, then binary, then UTF-8; BOM and CR gone."""
    if not path.is_file():
        raise ArticleError(f"{path}: no such file")
    size = path.stat().st_size
    if size > max_bytes:
        raise ArticleError(f"{path}: too large ({size} bytes; the limit is {max_bytes} bytes)")
    data = path.read_bytes()
    if not data.strip():
        raise ArticleError(f"{path}: empty or whitespace-only file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ArticleError(f"{path}: UTF-16 text, not UTF-8; re-encode the file as UTF-8")
    if b"\x00" in data or _control_share(data) > _BINARY_CONTROL_SHARE:
        raise ArticleError(f"{path}: binary file, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise ArticleError(f"{path}: not UTF-8 text (byte 0x{data[err.start]:02x} at offset "
                           f"{err.start}); re-encode the file as UTF-8") from err
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ArticleError(f"{path}: empty or whitespace-only file")
    return text


def _control_share(data: bytes) -> float:
    sample = data[:65536]
    return sum(byte in _CONTROL_CHARS for byte in sample) / len(sample)


def _read_sidecar(path: Path) -> dict[str, Any]:
    sidecar = path.with_name(path.stem + SIDECAR_SUFFIX)
    if not sidecar.is_file():
        raise ArticleError(f"{path}: missing metadata: expected {sidecar.name} beside it")
    try:
        metadata = json.loads(sidecar.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError as err:
        raise ArticleError(f"{path}: metadata {sidecar.name} is not UTF-8 ({err})") from err
    except json.JSONDecodeError as err:
        raise ArticleError(f"{path}: metadata {sidecar.name} is not valid JSON ({err})") from err
    except RecursionError as err:  # '[[[[...' deeper than the interpreter's recursion limit
        raise ArticleError(f"{path}: metadata {sidecar.name} is nested too deeply") from err
    if not isinstance(metadata, dict):
        raise ArticleError(f"{path}: metadata {sidecar.name} is not a JSON object")
    return metadata


def _split_front_matter(path: Path, text: str) -> tuple[dict[str, Any], str]:
    """YAML front matter -> metadata; the body after it is the text (leading newlines cut)."""
    handler = frontmatter.YAMLHandler()
    if not handler.detect(text):
        return {}, text
    try:
        raw, body = handler.split(text)
        metadata = handler.load(raw)
    except ValueError as err:  # an unclosed block, or a YAML date such as 2026-02-30
        raise ArticleError(f"{path}: invalid front matter ({err})") from err
    except yaml.YAMLError as err:
        raise ArticleError(f"{path}: front matter is not valid YAML ({err})") from err
    if metadata is None:
        metadata = {}
    if not isinstance(metadata, dict):
        raise ArticleError(f"{path}: front matter is not a mapping of fields")
    return metadata, body.lstrip("\n")


def _extract_html(path: Path, html: str) -> tuple[dict[str, Any], str]:
    """Main text and page metadata; htmldate may read the page's metadata, not guess from text."""
    import trafilatura  # here, not at the top: it costs 0.1 s to import and most inputs are .txt

    document = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=True,
        date_extraction_params={"extensive_search": False, "original_date": True})
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        raise ArticleError(f"{path}: no extractable text in the HTML page")
    metadata = {"title": _no_tags(getattr(document, "title", None)),
                "url": getattr(document, "url", None),
                "published": getattr(document, "date", None),
                "outlet": _no_tags(getattr(document, "sitename", None))}
    text = _no_tags(text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise ArticleError(f"{path}: no extractable text in the HTML page")
    return metadata, text


# Markup left in a page's extracted text or metadata: escaped markup ("&lt;script&gt;") decodes
# to a tag, and <title> holds raw text, so "<title>X <script>..." keeps its "<script>". Tags are
# cut (their inner text stays, as plain text): no markup is stored from a page.
# Each match stops at the next "<" or ">": linear in the text.
_TAG_RE = re.compile(r"<!--[^<>]{0,1000}-->|</?[A-Za-z][^<>]{0,1000}>")


def _no_tags(value: Any) -> Any:
    return _TAG_RE.sub("", value) if isinstance(value, str) else value


def _build_article(path: Path, text: str, metadata: dict[str, Any]) -> Article:
    language = _language(path, metadata.get("language"), text)
    published = _published(path, metadata.get("published"))
    if published is None:
        published = publication_date_in_text(text, language)
    return Article(
        id=path.stem, text=text, title=_optional_str(path, metadata, "title"),
        outlet=_optional_str(path, metadata, "outlet"), url=_optional_str(path, metadata, "url"),
        published=published, language=language,
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(), source_file=str(path))


def _optional_str(path: Path, metadata: dict[str, Any], field: str) -> str | None:
    value = metadata.get(field)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        raise ArticleError(f"{path}: metadata field {field!r} must be a string, not "
                           f"{_shown(value)}")
    return value.strip()


def _language(path: Path, value: Any, text: str) -> str:
    if value is None or value == "":
        return detect_language(text)
    code = value.strip().lower().replace("_", "-").split("-")[0] if isinstance(value, str) else ""
    if code not in LANGUAGES:  # "fr-FR" -> "fr"
        raise ArticleError(f"{path}: unknown language {_shown(value)} (only 'fr' or 'en')")
    return code


def _shown(value: Any) -> str:
    """A bounded repr for messages: YAML aliases can make a value of 9**9 shared leaves."""
    shown = reprlib.Repr()
    shown.maxlevel, shown.maxstring, shown.maxother = 2, 80, 80
    text = shown.repr(value)
    return text if len(text) <= 120 else text[:117] + "..."


def _published(path: Path, value: Any) -> dt.date | None:
    """Metadata `published` -> date; malformed, impossible or future dates are errors."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    elif isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}(?:[T ][\w:.+-]*)?",
                                                 value.strip()):
        try:
            day = dt.date.fromisoformat(value.strip()[:10])
        except ValueError as err:
            raise ArticleError(f"{path}: impossible published date {value!r} ({err})") from err
    else:
        raise ArticleError(f"{path}: malformed published date {_shown(value)} "
                           "(expected YYYY-MM-DD)")
    if day > dt.date.today():
        raise ArticleError(f"{path}: published date {day.isoformat()} is in the future")
    return day


# " date 2026-01-14 Title..." (a marker some feeds put before the headline)
_DATE_MARKER_RE = re.compile(r"^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})\b", re.MULTILINE)
# What a dateline line may hold around its date: "Published 9 April 2025",
# "Le 23 septembre 2025 - Ottawa (Ontario)", "Publié le 7 janvier 2026 à 14h30".
_DATELINE_PREFIX_RE = re.compile(
    r"^(?:(?:published|posted|updated|last updated|publié|mis à jour|mise à jour)"
    r"(?:\s+(?:on|le))?\s*:?\s*)?", re.IGNORECASE)
_DATELINE_SUFFIX_RE = re.compile(
    r"(?:\s+(?:à|at)\s+\d{1,2}\s*[h:]\s*\d{0,2}(?:\s*[ap]\.?m\.?)?)?"
    r"(?:\s+[-–—]\s+[A-ZÀ-Ý][\w .'’()-]{0,60})?\s*$")

# A paragraph opening with "PLACE, DATE – ": "Berne, 23.10.2024 - Le ...",
# "GATINEAU (Québec), le 29 février 2024 – Une enquête ..."
_PLACE_DATELINE_RE = re.compile(
    r"^[A-ZÀ-Ý][\w .'’()-]{1,40},\s+(?P<date>[^\n,–—-]{6,30}?)\s+[-–—]\s+\S")


def publication_date_in_text(text: str, language: str) -> dt.date | None:
    """A publication date written in the text: the " date YYYY-MM-DD" marker, a line holding
    nothing but a full date, or a "PLACE, DATE –" paragraph opening. Dates inside sentences
    are events, not datelines; a date after today is not trusted."""
    marker = _DATE_MARKER_RE.search(text)
    if marker is not None:
        try:
            found: dt.date | None = dt.date.fromisoformat(marker.group(1))
        except ValueError:
            found = None
        if found is not None and found <= dt.date.today():
            return found
    for line in text.split("\n"):
        placed = _PLACE_DATELINE_RE.match(line.strip())
        found = _dateline_date(placed["date"] if placed else line.strip(), language)
        if found is not None and found <= dt.date.today():
            return found
    return None


def _dateline_date(line: str, language: str) -> dt.date | None:
    if not line or len(line) > 80 or not any(ch.isdigit() for ch in line):
        return None
    core = _DATELINE_PREFIX_RE.sub("", line, count=1)
    suffix = _DATELINE_SUFFIX_RE.search(core)
    if suffix is not None:
        core = core[: suffix.start()]
    mentions = find_dates(core, None, language)
    if len(mentions) != 1 or mentions[0].value is None or mentions[0].qualifier is not None:
        return None
    mention = mentions[0]
    if mention.value is None or mention.value.precision != "day":
        return None
    leftover = core[: mention.start] + core[mention.end:]
    return mention.value.value if not leftover.strip(" ,.") else None
