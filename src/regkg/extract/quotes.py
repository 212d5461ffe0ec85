"""Quoted passages and clause boundaries in French and English press text. Layer 1, no NLP.

A *passage* is the outermost quotation in a paragraph: «...», « ... », "...", “...”, ‘...’.
Nested quotations (“... “rabbit hole” ...”) stay inside their passage. A passage with no closing
mark in its paragraph is *open*: either the quote runs on into the next paragraph (which then
starts with an opening mark, the English convention) or the copy cut it off.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from regkg.models import Claim

# Opening mark -> closing mark. The straight double quote opens and closes alternately.
PAIRS = {"«": "»", "“": "”", '"': '"', "‘": "’", "'": "'"}
# Single marks double as apostrophes: one left open at the paragraph end ("'90s", "‘90s")
# was an apostrophe, and the paragraph is read again without it.
SINGLE_MARKS = "‘'"
CLOSING_MARKS = "»”\"’'"
SPACES = " \t\u00a0\u202f\u2009"
# Scans for sentence bounds stop this far away: a run-on "paragraph" of a megabyte must not
# make every reporting verb cost a megabyte.
MAX_SENTENCE = 3000
SENTENCE_END = ".!?…"
# Tokens followed by a full stop that does not end a sentence ("M. Musk", "Mr. Smith").
ABBREVIATIONS = frozenset(
    {"m", "mm", "mme", "mlle", "mr", "mrs", "ms", "dr", "st", "pr", "me", "no"}
)


@dataclass(frozen=True)
class Passage:
    """One quoted passage. Offsets are into the full text."""

    open_at: int  # index of the opening mark
    close_at: int  # index of the closing mark, or the paragraph end when `closed` is False
    closed: bool
    paragraph_start: int
    paragraph_end: int
    mark: str  # the opening mark

    @property
    def content_span(self) -> tuple[int, int]:
        return self.open_at + 1, self.close_at


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line: quotations never cross a line break."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]


def find_passages(text: str) -> list[Passage]:
    """Every outermost quoted passage, in text order."""
    found: list[Passage] = []
    lines = paragraphs(text)
    resume: dict[int, int] = {}  # line index -> where its scan starts (after a carried quote)
    for index, (start, end) in enumerate(lines):
        here = _passages_in(text, resume.get(index, start), end)
        here = [replace(p, paragraph_start=start) for p in here]
        found.extend(here)
        if here and not here[-1].closed:
            carried = _continuation(text, lines[index + 1 : index + 6], here[-1].mark)
            found.extend(carried)
            if carried:
                resume[index + len(carried)] = carried[-1].close_at + 1
    return sorted(found, key=lambda p: p.open_at)


def _continuation(text: str, following: list[tuple[int, int]], mark: str) -> list[Passage]:
    """A quote that runs over paragraphs with no mark at their start (the French convention,
    and common in releases with “ or ") until a closing mark that nothing opens. Each
    paragraph becomes a passage whose `open_at` is the line break before it. Nothing is
    returned when no such mark follows, or when a paragraph opens with a mark (the English
    convention, which `chains` groups)."""
    found: list[Passage] = []
    for start, end in following:
        body = text[start:end]
        if mark not in "«“\"" or body.lstrip(SPACES)[:1] in PAIRS:
            return []
        close = _carried_close(body, mark)
        if close is not None:
            return [*found, Passage(start - 1, start + close, True, start, end, mark)]
        if any(m in body for m in "«»“”\""):
            return []
        found.append(Passage(start - 1, end, False, start, end, mark))
    return []


def _carried_close(body: str, mark: str) -> int | None:
    """Where a paragraph closes a quote carried from the one before: the first closing mark,
    with no opening mark before it. A straight quote closes when it follows a word or a stop
    and the paragraph holds an odd number of them (the others pair up)."""
    closing = PAIRS[mark]
    close = body.find(closing)
    if close < 0:
        return None
    if mark == '"':
        ok = close > 0 and body[close - 1] not in SPACES and body.count('"') % 2 == 1
        return close if ok else None
    return close if mark not in body[:close] else None


def _passages_in(text: str, start: int, end: int) -> list[Passage]:
    ignored: set[int] = set()
    for _ in range(20):
        found, unclosed = _scan(text, start, end, ignored)
        if unclosed is None or text[unclosed] not in SINGLE_MARKS:
            break
        ignored.add(unclosed)
    return found


def _scan(text: str, start: int, end: int, ignored: set[int]) -> tuple[list[Passage], int | None]:
    """Passages, and the opening mark left unclosed at the paragraph end if any."""
    stack: list[tuple[str, int]] = []
    found: list[Passage] = []
    for i in range(start, end):
        char = text[i]
        if i in ignored:
            continue
        if stack and _closes(text, i, stack[-1][0], end):
            mark, opened = stack.pop()
            if not stack:
                found.append(Passage(opened, i, True, start, end, mark))
        elif char in PAIRS and _opens(text, i, start, end):
            stack.append((char, i))
    if not stack:
        return found, None
    mark, opened = stack[0]
    found.append(Passage(opened, end, False, start, end, mark))
    return found, opened


def _opens(text: str, i: int, paragraph_start: int, end: int) -> bool:
    """Single marks open only at a word start ("l'IA", "don't" are apostrophes); the others
    always open when they do not close."""
    if text[i] not in SINGLE_MARKS:
        return True
    after_space = i == paragraph_start or not text[i - 1].isalnum()
    if text[i] == "'":  # straight: also needs a word right after it ("rock ' n")
        return after_space and i + 1 < end and text[i + 1].isalnum() and text[i - 1] != "'"
    return after_space


def _closes(text: str, i: int, open_mark: str, end: int) -> bool:
    """The closing mark of the innermost open passage; ’ inside a word is an apostrophe."""
    if text[i] != PAIRS[open_mark]:
        return False
    if text[i] in "’'":
        if i + 1 < end and text[i + 1].isalnum():
            return False  # "people’s", "l'IA"
        if text[i - 1] in SPACES:
            return False
        if text[i - 1] in "sS" and _later_closer(text, i + 1, end, text[i]):
            return False  # "companies’ excuses": a plural possessive, the quote goes on
    return True


def _later_closer(text: str, start: int, end: int, mark: str) -> bool:
    """A closing mark further on that could close the quote, before any new opening one."""
    opening = "‘" if mark == "’" else "'"
    for j in range(start, min(end, start + MAX_SENTENCE)):
        if text[j] == opening and mark == "’":
            return False
        if text[j] == mark and (j + 1 >= end or not text[j + 1].isalnum()):
            return True
    return False


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces (including no-break spaces) and the trailing comma a reporting clause adds."""
    while start < end and text[start] in SPACES:
        start += 1
    while end > start and (text[end - 1] in SPACES or text[end - 1] == ","):
        end -= 1
    return start, end


def sentence_end(text: str, at: int, limit: int, stop_at_quote: bool = True) -> int:
    """The end (exclusive) of the sentence running through `at`, at most `limit`; with
    `stop_at_quote`, a reporting clause ends where a new quotation opens."""
    i = at
    limit = min(limit, at + MAX_SENTENCE)
    while i < limit:
        char = text[i]
        if stop_at_quote and (char in "«“" or (char == "‘" and text[i - 1] in SPACES)):
            title = _TITLE.match(text, i, limit)
            if title is None:
                return i  # a new quotation starts: the clause ends before it
            i = title.end()  # 'confie au « Monde » Clara Chappaz': a paper's name goes on
            continue
        if char in SENTENCE_END and _ends_sentence(text, i, limit):
            return i + 1
        i += 1
    return limit


# A newspaper's or a programme's name in quotation marks inside a reporting clause: one to
# three capitalised words ("« Monde »", "the “Today” programme", "« Le Parisien »").
_TITLE = re.compile(
    r"[«“‘][\s\u00a0\u202f]*(?-i:[A-ZÀ-Ý])[\w'’-]*(?:\s+[\w'’-]+){0,2}[\s\u00a0\u202f]*[»”’]"
    r"(?=[\s,.])"
)


def _ends_sentence(text: str, i: int, limit: int) -> bool:
    if i + 1 < limit and text[i + 1] not in SPACES + CLOSING_MARKS:
        return False  # "2.5", "bit.ly"
    if text[i] == ".":
        word = re.search(r"(\w+)$", text[max(0, i - 6) : i])
        if word and word.group(1).lower() in ABBREVIATIONS:
            return False
        if word and len(word.group(1)) == 1:
            return _platform_x(text, i)  # "Andrew N. Ferguson": an initial
    return True


def _platform_x(text: str, i: int) -> bool:
    """'in a post on X. He said ...': X after a lowercase word is the platform, not an initial."""
    before = text[max(0, i - 30) : i]
    return text[i - 1] == "X" and re.search(r"\b[a-zà-ÿ]+\s+X$", before) is not None


def sentence_start(text: str, at: int, floor: int) -> int:
    """The start of the sentence holding `at`, not before `floor` (a paragraph start)."""
    i = at - 1
    floor = max(floor, at - MAX_SENTENCE)
    while i >= floor:
        if text[i] in SENTENCE_END and _ends_sentence(text, i, at):
            j = i + 1
            while j < at and text[j] in SPACES + CLOSING_MARKS:
                j += 1
            return j
        i -= 1
    return floor


# A live blog's time stamp or a wire dateline heading a paragraph or a sentence, a dash after
# it: "12 h 50 – « ... », a déclaré X", "09:45 — “...,” said X", "BRUXELLES (AFP) – « ... »".
# The quotation after it opens the sentence as if nothing stood before.
_LEAD = re.compile(
    r"(?:^|[.!?…][\s\u00a0\u202f]+)(?:"
    r"\d{1,2}(?:\s?[hH:.]\s?\d{2}\s?(?:am|pm|a\.m\.|p\.m\.)?|\s?h|\s?(?:am|pm|a\.m\.|p\.m\.))"
    r"|[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’ -]{1,30}(?:\s?\([^()\n]{1,30}\))?"
    r")[\s\u00a0\u202f]*[-–—]$"
)


def opens_sentence(prefix: str) -> bool:
    """Whether a quotation after `prefix` (its paragraph so far) starts a sentence of its own."""
    stripped = prefix.rstrip(SPACES)
    if not stripped or _LEAD.search(stripped):
        return True
    if stripped[-1] in SENTENCE_END + ":":
        return True
    if stripped[-1] not in CLOSING_MARKS:
        return False
    inside = stripped[:-1].rstrip(SPACES)  # « Fin de phrase. » keeps a space before the mark
    return bool(inside) and inside[-1] in SENTENCE_END


def word_count(passage: str) -> int:
    return len(re.findall(r"[\w’'-]+", passage))


def without_headline_repeats(text: str, claims: list[Claim]) -> list[Claim]:
    """A headline quoting words of a speaker that the body quotes again (whole or in part)
    is one quoted passage, the body's."""
    headline_end = text.find("\n")
    body = [c for c in claims if c.evidence.start > headline_end >= 0]
    return [
        c
        for c in claims
        if c.evidence.start > headline_end
        or not any(b.speaker == c.speaker and same_words(b.quote, c.quote) for b in body)
    ]


def same_words(one: str, other: str) -> bool:
    """One quotation holds the other's words (case, spacing and punctuation aside)."""
    words = [" ".join(re.findall(r"\w+", q.casefold())) for q in (one, other)]
    shorter, longer = sorted(words, key=len)
    return shorter in longer


def last_visible(text: str, before: int) -> int:
    """The index of the last character before `before` that is not a space or line break
    (-1 if none); walks back, so it costs the gap, not the text."""
    i = before - 1
    while i >= 0 and (text[i] in SPACES or text[i] in "\r\n"):
        i -= 1
    return i


def chains(text: str, passages: list[Passage]) -> list[list[Passage]]:
    """Group a quote running over paragraphs: an open passage continued by the next paragraph
    that starts with an opening mark."""
    chains: list[list[Passage]] = []
    for passage in passages:
        previous = chains[-1][-1] if chains else None
        if previous is not None and not previous.closed and _continues(text, previous, passage):
            chains[-1].append(passage)
        else:
            chains.append([passage])
    return chains


def signable(text: str, run: list[list[Passage]], chain: list[Passage]) -> list[list[Passage]]:
    """The run of quotations, each alone on its lines, that ends with `chain`: a signature
    line under the last one signs them all. Anything else between them breaks the run."""
    first = chain[0]
    alone = not text[first.paragraph_start : first.open_at].strip(SPACES)
    if not alone:
        return []
    if run and text[run[-1][-1].paragraph_end : first.paragraph_start].strip():
        run = []
    return [*run, chain]


def _continues(text: str, previous: Passage, passage: Passage) -> bool:
    between = text[previous.paragraph_end : passage.open_at]
    return not between.strip() and passage.paragraph_start > previous.paragraph_start
