"""French or English? Counted stop words, no model: both languages have short, frequent
function words that the other lacks, and the articles are long enough for a clear majority."""

from __future__ import annotations

import re
from typing import Literal

Language = Literal["fr", "en"]

# Frequent function words of one language that are rare as words of the other. Words used
# in both ("a", "on", "en", "plus", "must" in "un must") are left out: they would vote twice.
STOP_WORDS: dict[Language, frozenset[str]] = {
    "fr": frozenset((
        "le", "la", "les", "un", "une", "des", "du", "de", "d", "l", "et", "est", "sont", "au",
        "aux", "ce", "cette", "ces", "qui", "que", "qu", "dans", "pour", "par", "sur", "avec",
        "pas", "ne", "se", "sa", "son", "ses", "leur", "leurs", "il", "elle", "ils", "elles",
        "nous", "vous", "été", "être", "avait", "ont", "ou", "où", "mais", "aussi", "comme",
        "selon", "entre", "après", "avant", "depuis", "dont", "lors", "sous", "chez", "très",
        "ainsi", "donc", "cela", "plusieurs", "également", "notamment", "afin",
    )),
    "en": frozenset((
        "the", "of", "and", "to", "is", "are", "was", "were", "be", "been", "has", "have",
        "had", "that", "this", "these", "those", "with", "for", "from", "by", "which", "who",
        "whom", "its", "their", "they", "them", "it", "not", "but", "or", "will", "would",
        "should", "could", "into", "than", "then", "also", "about", "after", "before", "under",
        "over", "such", "any", "all", "our", "we", "his", "her", "there", "what", "when",
        "where", "while",
    )),
}
_WORD_RE = re.compile(r"[^\W\d_]+")


def stop_word_counts(text: str) -> dict[Language, int]:
    """How many words of `text` are stop words of each language (elided l', d', qu' count)."""
    counts: dict[Language, int] = {"fr": 0, "en": 0}
    for word in _WORD_RE.findall(text.lower()):
        for language, words in STOP_WORDS.items():
            if word in words:
                counts[language] += 1
    return counts


def detect_language(text: str) -> Language:
    """"fr" or "en" by stop-word counts; a tie (or no words) falls back to accented letters."""
    counts = stop_word_counts(text)
    if counts["fr"] != counts["en"]:
        return "fr" if counts["fr"] > counts["en"] else "en"
    return "fr" if re.search(r"[éèêàçùâîôû]", text, re.IGNORECASE) else "en"
