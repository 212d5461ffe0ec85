""""The Commission" after another body called a Commission. Layer 1.

The reference lists "the Commission"/"la Commission" as aliases of the European Commission,
because EU reports use them as its short name. After another body whose name holds the word
("South Korea's Fair Trade Commission has fined Google. The Commission has also ordered ...",
"la Commission nationale de l'informatique et des libertés ... la Commission a mis en
demeure"), the bare form is that body; after a Commission the reference does not know ("The
Fair Trade Commission has sent ..."), it is nobody we can name. Linking it to the EU would
state a wrong fact, so the mention is given to the nearer body or dropped. So is "la
Commission" followed by another country's adjective ("la Commission coréenne du commerce
équitable", "la Commission australienne de la concurrence"): a national body the reference may
not know, never the EU's.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass

from regkg.extract.commission_context import outside_eu
from regkg.extract.linking_discourse import COMMISSION_REACH, kind_of
from regkg.models import Mention

EUROPEAN_COMMISSION = "authority/european-commission"

_BARE = re.compile(r"(?:the|la|cette|this)\s+commission", re.IGNORECASE)
# A capitalised name ending in "Commission" ("Fair Trade Commission", "Securities and
# Exchange Commission"); its first word is no determiner.
_NAMED_COMMISSION = re.compile(
    r"\b(?!(?:The|This|That|La|Cette|A)\b)[A-Z][\w'’-]+(?:\s+(?:and|of|for|on|[A-Z][\w'’-]+)){0,5}"
    r"\s+Commission\b")


_ACRONYM_AFTER = re.compile(r"\s*\((?P<acronym>[A-Z][A-Za-z]{1,7})\)")
_WORD_AFTER = re.compile(r"\s+(?P<word>[^\W\d_][\w-]*)")
# A national body's name going on after "la Commission" in French, where the EU's never does:
# "la Commission nationale de défense de la concurrence" (Argentina's CNDC), "la Commission
# fédérale du commerce", "la Commission de la concurrence", "la Commission des jeux de
# hasard". The EU's short name is followed by its verb or a complement with a capital ("la
# Commission de Bruxelles", "de von der Leyen") or an infinitive ("demandé à la Commission
# d'ouvrir"): an article after "de" ("de la concurrence") is no infinitive.
_NAME_GOES_ON = re.compile(
    r"\s+(?:(?:nationale|f[ée]d[ée]rale|royale|r[ée]gionale|provinciale|cantonale)\b"
    r"|(?:de\s+la|des|du)\s+(?:concurrence|protection|r[ée]gulation|surveillance|jeux|commerce"
    r"|communications|t[ée]l[ée]communications|march[ée]s|valeurs|donn[ée]es|cybers[ée]curit[ée])\b"
    r"|de\s+(?:r[ée]gulation|protection|contr[ôo]le|surveillance|d[ée]fense)\b)", re.IGNORECASE)


@dataclass(frozen=True)
class CommissionNames:
    """An article's mentions (in text order) and where it names a "... Commission" that no
    mention of a body covers: found once, used by the linker (`reattached`) and, through
    Slots, by the discourse ("the Commission" soon after is not the EU's by default)."""

    text: str
    mentions: list[Mention]
    unnamed: list[int]
    # (start, key) of a "... Commission" the reference knows by the acronym in brackets
    # after it: "The Personal Information Protection Commission (PIPC)" is the PIPC.
    acronymed: tuple[tuple[int, str], ...] = ()
    # The article names countries outside the EU and nothing of the EU (no EU body, place,
    # law or word): its bare "the Commission" is not the EU's (commission_context.py).
    outside_eu: bool = False

    @classmethod
    def of(cls, text: str, mentions: list[Mention],
           demonym: Callable[[str], str | None] = lambda word: None,
           country_of: Callable[[str], str | None] = lambda key: None,
           city: Callable[[str], str | None] = lambda word: None,
           eu_members: frozenset[str] = frozenset()) -> CommissionNames:
        """`demonym` gives the country code of an adjective ("coréenne" -> "KR"),
        `country_of` that of a mention's key, `city` that of a city ("seoul")."""
        bodies = [m for m in mentions if kind_of(m.key) == "authority"]
        unnamed, acronymed = _foreign_bare(text, mentions, demonym), []
        for match in _NAMED_COMMISSION.finditer(text):
            if any(m.start < match.end() and match.start() < m.end for m in bodies):
                continue
            aside = _ACRONYM_AFTER.match(text, match.end())
            known = [m.key for m in bodies if aside and m.start == aside.start("acronym")]
            if known:
                acronymed.append((match.start(), known[0]))
            else:
                unnamed.append(match.start())
        return cls(text, mentions, sorted(unnamed), tuple(acronymed),
                   outside_eu(text, mentions, country_of, city, eu_members, bool(unnamed)))

    def reattached(self) -> list[Mention]:
        """The mentions with each bare "the Commission" that follows another Commission within
        COMMISSION_REACH, and no full mention of the EU's in between, given to that body
        (known) or dropped (unknown)."""
        others = self._others()
        kept: list[Mention] = []
        last_eu = -1
        for mention in self.mentions:
            bare = mention.key == EUROPEAN_COMMISSION and _BARE.fullmatch(mention.text.strip())
            if mention.key == EUROPEAN_COMMISSION and not bare:
                last_eu = mention.start
            other = _nearest_before(others, mention.start, last_eu) if bare else None
            if bare and mention.start in self.unnamed:
                other = ""  # "la Commission coréenne": a national body, not the EU's
            if bare and other is None and self.outside_eu:
                other = _the_one(self._others())  # "the commission" before the PIPC's name
            if other is None:
                kept.append(mention)
            elif other:
                kept.append(dataclasses.replace(mention, key=other))
                # A release calls its body "the Commission" throughout: each use renews the
                # reach ("The Commission further ordered ... The decision follows the
                # Commission's September 2022 decision", 1,000 characters on).
                others = sorted(others + [(mention.start, other)])
        return kept

    def _others(self) -> list[tuple[int, str]]:
        """(start, key) of the bodies other than the EU's named with the word "Commission";
        key "" for an unnamed one."""
        known = [(m.start, m.key) for m in self.mentions if kind_of(m.key) == "authority"
                 and m.key != EUROPEAN_COMMISSION and "commission" in m.text.casefold()]
        return sorted(known + list(self.acronymed) + [(start, "") for start in self.unnamed])


def _foreign_bare(text: str, mentions: list[Mention],
                  demonym: Callable[[str], str | None]) -> list[int]:
    """Starts of the bare "la Commission" mentions another country's adjective or a national
    body's name (`_NAME_GOES_ON`) follows."""
    starts = []
    for mention in mentions:
        if mention.key != EUROPEAN_COMMISSION or not _BARE.fullmatch(mention.text.strip()):
            continue
        after = _WORD_AFTER.match(text, mention.end)
        foreign = after and after["word"].islower() and demonym(after["word"]) not in (None, "EU")
        if foreign or _NAME_GOES_ON.match(text, mention.end):
            starts.append(mention.start)
    return starts


def _the_one(others: list[tuple[int, str]]) -> str:
    """The one other Commission the article names, before or after; "" (nobody) when it
    names none or several."""
    keys = {key for _, key in others}
    return keys.pop() if len(keys) == 1 else ""


def _nearest_before(others: list[tuple[int, str]], at: int, last_eu: int) -> str | None:
    """The body named last before `at`, within COMMISSION_REACH, after the EU's last full
    mention."""
    before = [(start, key) for start, key in others if last_eu < start < at
              and at - start <= COMMISSION_REACH]
    return before[-1][1] if before else None
