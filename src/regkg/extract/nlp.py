"""Model loading and sentence splitting, per language. Layer 1.

Why a rule-based splitter for both languages: the gold evidence is "one full sentence, list
items and headings count as sentences", which is a property of lines and punctuation, and no
English statistical model is available. The same splitter for French and English gives the same
behaviour in both languages, costs nothing next to the model, and lets the French model run with
NER alone (its fastest configuration: no tagger, no parser).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from regkg.extract.text import Sentence

if TYPE_CHECKING:
    from spacy.language import Language

FRENCH_MODEL = "fr_core_news_sm"
# Components fr_core_news_sm needs for NER: its `ner` has its own embedding layer.
_NOT_NEEDED_FOR_NER = ("tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer")

# Words that end with a full stop without ending a sentence (lower-case, without the stop);
# "B.C." is how the Canadian press writes British Columbia ("the B.C. privacy commissioner").
_ABBREVIATION_WORDS = (
    """m mm mme mmes mlle dr pr me st ste no nos art arts al cf etc vs env p pp vol ch min
    mr mrs ms messrs prof gen gov sen rep jr sr inc ltd co corp plc dept approx e.g i.e
    u.s u.k u.n e.u d.c b.c jan feb mar apr jun jul aug sep sept oct nov dec janv févr fév avr juil
    déc"""
)
ABBREVIATIONS = frozenset(_ABBREVIATION_WORDS.split())
# Abbreviations of "number" stand before a numeral ("No. 1/2003", "nos. 3 and 4"); before a
# word they are the answer "No." and end the sentence ("No. In July 2019 the office fined ...").
# So do currencies written with a stop: "fined Meta Rs. 213 crore", "Rp. 1 miliar" (s18).
_NUMBER_WORDS = frozenset({"no", "nos", "nr", "rs", "rp"})

# A sentence end: terminal punctuation, optional closing quotes/brackets, then whitespace.
_END = re.compile(r"[.!?…]+[»”\"’)\]]*(?=\s)")
# What may start the next sentence: a capital, a digit, an opening quote or bracket, or a
# lower-case brand written with an inner capital ("eSafety", "iPhone").
_NEXT_START = re.compile(r"\s+(?=[A-ZÀ-ÖØ-Þ0-9«“\"‘(\[¿¡•\-–—]|[a-z]+[A-Z])")
_WORD_BEFORE = re.compile(r"(\S*\s+)?([\w.]+)[.!?…]+[»”\"’)\]]*$")


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text` with exact offsets; every non-blank line is at least one sentence."""
    sentences: list[Sentence] = []
    for line in re.finditer(r"[^\n]+", text):
        sentences.extend(_split_line(text, line.start(), line.end()))
    return sentences


def _split_line(text: str, start: int, end: int) -> Iterator[Sentence]:
    cursor = start
    for match in _END.finditer(text, start, end):
        nxt = _NEXT_START.match(text, match.end(), end)
        if nxt is None or _is_abbreviation(text[cursor:match.end()], text[nxt.end():end]):
            continue
        yield from _sentence(text, cursor, match.end())
        cursor = nxt.end()
    yield from _sentence(text, cursor, end)


def _is_abbreviation(chunk: str, after: str = "") -> bool:
    """True when the chunk ends on an abbreviation or an initial ("J." in "J. Smith"); `after`
    is the text the next sentence would start with."""
    found = _WORD_BEFORE.search(chunk)
    if found is None or not chunk.endswith("."):
        return False
    before, word = (found.group(1) or "").strip(), found.group(2)
    if len(word) == 1 and word.isupper():
        # An initial follows a capitalised name or starts the text ("Donald J. Trump");
        # after a lower-case word it is a one-letter name ("le réseau X. Le ...").
        return not before or before[:1].isupper()
    word = word.lower().rstrip(".")
    if word in _NUMBER_WORDS:
        return after[:1].isdigit()
    return word in ABBREVIATIONS


def _sentence(text: str, start: int, end: int) -> Iterator[Sentence]:
    """The stripped span as a Sentence, if it holds a word character."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end and re.search(r"\w", text[start:end]):
        yield Sentence(start=start, end=end, text=text[start:end])


@lru_cache(maxsize=1)
def french_ner() -> Language:
    """fr_core_news_sm with NER only; loaded once per process."""
    import spacy

    return spacy.load(FRENCH_MODEL, exclude=list(_NOT_NEEDED_FOR_NER))


def french_full() -> Language:
    """The full default pipeline (for the benchmark's reference rate only)."""
    import spacy

    return spacy.load(FRENCH_MODEL)
