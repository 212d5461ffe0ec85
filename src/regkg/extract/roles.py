"""Roles of speakers as the text words them: 'la présidente de l'Arcom', 'Executive
Vice-President for ...', 'Attorney General'. Layer 1. `ClauseReader` builds on `RoleReader`."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from regkg.extract.dates import find_dates
from regkg.extract.quotes import SPACES
from regkg.extract.speakers import ClaimPatterns, Name

DETERMINER = r"(?:la|le|les|l['’]|un|une|du|de\s+la|des|the|a|an)"
PREPOSITIONS = frozenset(
    "à au aux de d to with avec sur dans par pour on in of by for from chez auprès".split()  # noqa: SIM905
)
# A determiner after a preposition opens a complement, not a title: the one a statement was
# made to ('auprès de l'', 'à l'', 'to the') or where ('dans un communiqué', 'in a post').
_TOLD_TO = re.compile(
    r"(?:\bauprès\s+(?:de|d['’]?)|\bà|\bau|\bto|\btold|\bdans|\bsur|\bin|\bon|\bat|"
    r"\bduring|\blors\s+(?:de|d['’]?)|\bpendant|\bavec|\bwith|\bvia|\bpar|\bby)\s*$",
    re.I,
)
# 'Executive Vice-President for Tech Sovereignty, Security and Democracy.': capitalised parts
# after a comma belong to the title when they run to the sentence end.
_TITLE_TAIL = re.compile(r"(?P<more>(?:,\s*(?:and\s+|et\s+)?[A-ZÀ-Ý][^,.;]*)+)\s*\.?\s*")


@dataclass
class RoleReader:
    """Reads roles in one article's text."""

    text: str
    language: str
    patterns: ClaimPatterns

    def _role_leading(self, start: int, name: Name) -> str | None:
        """'Commissioner for Internal Market, Thierry Breton, said:' -> the words before."""
        lead = self._without_courtesy(self.text[start : name.start])
        after = self.text[name.end : name.end + 2]
        if not lead.rstrip(SPACES).endswith(",") or not after.startswith(","):
            return None
        role = lead.rstrip(SPACES).rstrip(",").strip()
        return role if 0 < len(role.split()) <= 15 and role[0].isupper() else None

    def _without_courtesy(self, lead: str) -> str:
        """'L'avocat de la société, Maître ' -> 'L'avocat de la société,'."""
        lead = lead.strip()
        for title in sorted(self.patterns.courtesy_titles, key=len, reverse=True):
            if lead.endswith(title) and (
                len(lead) == len(title) or not lead[-len(title) - 1].isalnum()
            ):
                return lead[: -len(title)].strip()
        return lead

    def _role_before_text(self, words: str) -> str | None:
        for mention in find_dates(words, None, self.language):
            words = words.replace(mention.text, " ")
        words = self._without_courtesy(words)
        parts = re.split(rf"\b{DETERMINER}\s+|\b[ld]['’]", words, flags=re.I)
        role = parts[-1].strip(SPACES + ",")
        if len(parts) > 1 and _TOLD_TO.search(parts[-2]):
            return None  # 'a souligné auprès de l'AFP Jean Dupont': whom it was said to
        titled = (
            len(parts) > 1
            or all(w[:2] != w[:2].lower() for w in role.split())
            or any(w.casefold() in self.patterns.role_nouns for w in role.split())
        )
        if not role or not titled or len(role.split()) > 8 or role.lower() in PREPOSITIONS:
            return None
        return None if role.endswith(("’s", "'s")) else role  # "Ofcom’s Melanie Dawes"

    def _without_dates(self, words: str) -> str:
        """'mercredi la présidente de l'Arcom' -> 'la présidente de l'Arcom'."""
        for mention in find_dates(words, None, self.language):
            words = words.replace(mention.text, " ")
        return words.strip(SPACES)

    def is_role(self, words: str) -> bool:
        """An appositive that names a function: 'la ministre ...', 'porte-parole de ...',
        'ancien ministre ...'; not 'ajoutant ...', 'qui brigue ...', 'la régulation est ...'."""
        folded = [re.sub(r"^[ld]['’]", "", w.casefold()) for w in words.split()]
        # 'the Irish data protection commissioner': the head closes the phrase before its
        # first preposition, however many words qualify it.
        phrase = list(itertools.takewhile(lambda w: w not in PREPOSITIONS, folded[:6]))
        return any(w in self.patterns.role_nouns for w in folded[:3] + phrase)

    def lead_title(self, start: int, name: Name) -> str | None:
        """What stands between the quote and the name, when it is nothing, a title ('Senator')
        or a role set off by a comma ('the commissioner,'); None for anything else."""
        lead = self.text[start : name.start].strip(SPACES).lstrip(",").strip(SPACES)
        words = lead.split()
        titles = self.patterns.role_title_words | set(self.patterns.courtesy_titles)
        if all(w in titles for w in words):
            return lead
        if lead.endswith(",") and len(words) <= 8 and self.is_role(lead.rstrip(",")):
            return lead
        return None

    def subject_lead(self, lead: str, name: Name) -> bool:
        """What may open a sentence before its subject's name: nothing, a courtesy title, a
        title ('Technology Secretary Liz Kendall backed ...'), or a role set off by commas
        ("L'avocat de l'entreprise, Doug Mitchell, a laissé entendre ...")."""
        if not lead or lead in self.patterns.titles:
            return True
        words = lead.split()
        if len(words) <= 5 and all(w[:1].isupper() for w in words) and any(
            w in self.patterns.role_title_words or w.casefold() in self.patterns.role_nouns
            for w in words
        ):
            return True
        if len(words) <= 6 and words[-1].casefold() not in PREPOSITIONS and self.is_role(lead):
            return True  # 'La ministre Clara Chappaz', not 'Le porte-parole de Thierry Breton'
        after = self.text[name.end : name.end + 2]
        role = lead.rstrip(",").strip(SPACES)
        return lead.endswith(",") and after.startswith(",") and self.is_role(role)

    def _title_before(self, start: int, name: Name) -> str | None:
        """'European Commission spokesperson Thomas Regnier said' -> the words before the name."""
        lead = re.sub(rf"^{DETERMINER}\s+", "", self.text[start : name.start].strip(), flags=re.I)
        lead = self._without_courtesy(lead)  # "Ms. Hale said": no role
        words = lead.split()
        if (
            not words
            or len(words) > 6
            or any(w.lower() in PREPOSITIONS - {"of", "for"} for w in words)
            or any(w.lower() in self.patterns.words("not_title_words", "") for w in words)
        ):
            return None
        return lead

    def _role_after(self, at: int, end: int) -> str | None:
        """', la ministre en charge des Technologies dans le gouvernement ...' -> up to a stop."""
        match = re.match(r"\s*(?:\([^()]{1,40}\))?\s*,\s*(?P<role>[^,.;]+)", self.text[at:end])
        if not match:
            return None
        role = match.group("role")
        if not self.is_role(role):
            return None  # 'Liz Kendall, ajoutant ...', 'Rob Bonta, qui brigue ...'
        # 'Executive Vice-President for Tech Sovereignty, Security and Democracy.': capitalised
        # parts after a comma belong to the title when they run to the sentence end.
        tail = _TITLE_TAIL.fullmatch(self.text, at + match.end(), end)
        role = role + tail.group("more") if tail else role
        for stop in self.patterns.words("role_stops", self.language):
            cut = role.find(stop)
            if cut > 0:
                role = role[:cut]
        return role.strip() or None

    def role_gender(self, role: str | None) -> str | None:
        if not role:
            return None
        first = role.split()[0].lower()
        by_article = self.patterns.raw.get("gendered_determiners", {}).get(self.language, {})
        if first in by_article:
            return str(by_article[first])
        return self.patterns.role_genders.get(first)  # 'présidente de la CAI' -> f
