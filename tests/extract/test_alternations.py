"""The factored alternation matches exactly what the flat one does (alternations.py)."""

from __future__ import annotations

import random
import re

import pytest

from regkg.extract.alternations import alternation
from regkg.extract.date_words import MONTHS, NUMBER_WORDS, QUALIFIERS, WEEKDAYS


def _flat(words: list[str]) -> str:
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace("'", "['’]").replace(r"\ ", r"\s+") for w in ordered)


def _texts(words: list[str], seed: int) -> list[str]:
    """Runs of the words, their prefixes and neighbours, in mixed case and spacing."""
    rng = random.Random(seed)
    pieces = [*words, *(w[: rng.randint(1, len(w))] for w in words), "-", "  ", "’", "'", "x"]
    texts = []
    for _ in range(300):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        texts.append(rng.choice([text, text.upper(), text.title()]))
    return texts


def _spans(pattern: str, texts: list[str]) -> list[list[tuple[tuple[int, int], str]]]:
    compiled = re.compile(pattern, re.IGNORECASE)
    return [[(m.span(), m.group("w")) for m in compiled.finditer(t)] for t in texts]


@pytest.mark.parametrize("words", [list(QUALIFIERS), list(MONTHS), list(WEEKDAYS),
                                   list(NUMBER_WORDS), ["a", "ab", "abc", "b", "d'ici", "d'ici l"]])
@pytest.mark.parametrize("frame", [r"\b(?P<w>{})\b", r"(?P<w>{})\s+\w", r"(?P<w>{})(?<=-)",
                                   r"(?P<w>{})"])
def test_factored_matches_as_flat(words: list[str], frame: str) -> None:
    texts = _texts(words, seed=len(words))
    factored, flat = frame.format(alternation(words)), frame.format(_flat(words))
    assert factored != flat or len(words) < 2
    assert _spans(factored, texts) == _spans(flat, texts)


def test_words_differing_by_case_stay_flat() -> None:
    # "Mai" and "mai" are both tried under IGNORECASE: their order is kept as it was
    assert alternation(["Mai", "mai", "mars"]) == _flat(["Mai", "mai", "mars"])
    assert alternation(["ſa", "sb"]) == _flat(["ſa", "sb"])  # re folds "ſ" with "s"


def test_shorter_word_is_tried_after_longer() -> None:
    assert alternation(["avant", "avant le", "after"]) == r"a(?:vant(?:\s+le|)|fter)"
