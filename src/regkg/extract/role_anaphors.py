"""Role anaphors: "the commissioner said", "a insisté la présidente de la CNIL" after the article
has named that commissioner. Layer 1; read by `claims`.

News copy names a person once with their function ("Information Commissioner John Edwards",
"La présidente de la CNIL, Marie-Laure Denis,") and then refers to them by the function alone.
Such a reporting clause speaks for the named person only when the function fits one person named
earlier, and that person alone: every word of the anaphor ("présidente", "CNIL") stands in the
role the text gave them, beside their name (a title before it, a role between commas around it,
or an appositive after it). "le ministre de l'Intérieur" after "Clara Chappaz, ministre du
Numérique" fits no one; "the commissioner" after two commissioners fits two: both stay unnamed,
as a wrong speaker is worse than a missing claim.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import cached_property

from regkg.extract.attribution import Attribution
from regkg.extract.dates import find_dates
from regkg.extract.quotes import SPACES, sentence_end, sentence_start
from regkg.extract.roles import RoleReader
from regkg.extract.speakers import Name, NameFinder
from regkg.namespaces import slugify

# Words a role phrase leaves out when compared: articles and the prepositions that join its
# parts ("présidente de la CNIL" and "La présidente de la CNIL" are the same role).
_GLUE = frozenset(
    "the a an of for le la les l de du des d un une et and".split()  # noqa: SIM905
)
# Where an anaphor stops being a role and goes on with the circumstances of the statement:
# "le commissaire à l'issue de la rencontre", "the minister at a press conference".
_CIRCUMSTANCE = re.compile(
    r"\s(?:à|au|aux|lors|devant|après|avant|pendant|dans|sur|en|auprès|at|in|on|during|after|"
    r"before|to|with|avec|while|when|who|qui)\b.*$",
    re.I,
)
_HIGHER = frozenset({"prime", "premier", "premiere", "vice", "deputy", "adjoint", "adjointe"})
# 'jeudi soir le locataire de Bercy': the part of the day after the day itself.
_PART_OF_DAY = re.compile(r"^(?:soir|matin|après-midi|midi|evening|morning|afternoon|night)\b"
                          r"[\s,]*", re.I)
_DEFINITE = re.compile(r"^(?:the|le|la|l['’])\s*", re.I)


@dataclass
class RoleAnaphors:
    """Resolves a definite role phrase to the one person named earlier with that role."""

    text: str
    names: NameFinder
    reader: RoleReader

    def named(self, attribution: Attribution, known_roles: dict[str, str]) -> Attribution:
        """An unnamed reporting clause whose subject is a role anaphor, as the named person's."""
        anaphor = self.anaphor(attribution.role or "") if attribution.kind == "unnamed" else None
        found = anaphor and self.resolve(anaphor, attribution.at, attribution.gender, known_roles)
        if not found:
            return attribution
        name, role = found  # the role the text set beside the name: 'la maire, Anne Hidalgo'
        return replace(attribution, kind="name", name=name, role=role)

    def anaphor(self, zone: str) -> str | None:
        """'la présidente de la CNIL' -> itself; 'the company’s chief executive' (someone of
        the company, not a person the text named with that role) and indefinite roles -> None."""
        zone = _CIRCUMSTANCE.sub("", self._after_time(zone.strip(SPACES + ".,;")))
        zone = self._unfolded(zone)
        if not _DEFINITE.match(zone) or "'s" in zone or "’s" in zone:
            return None
        if len(zone.split()) > 7 or not self.reader.is_role(zone):
            return None
        return zone

    def _unfolded(self, zone: str) -> str:
        """'le locataire de Bercy' -> 'le ministre de l'Économie' (claims.yaml periphrases)."""
        article = _DEFINITE.match(zone)
        if article is None:
            return zone
        rest = zone[article.end() :]
        folded = rest.casefold().replace("’", "'")
        for periphrasis, role in self.reader.patterns.raw.get("role_periphrases", {}).items():
            if folded == periphrasis or folded.startswith(f"{periphrasis} "):
                return f"le {role}{rest[len(periphrasis):]}"
        return zone

    def _after_time(self, zone: str) -> str:
        """'a déclaré cet après-midi le commissaire', 'said on Tuesday the minister': the time of
        the statement before the role is no part of it."""
        dates = find_dates(zone, None, self.reader.language)
        if not dates or dates[0].start != 0:
            return zone
        return _PART_OF_DAY.sub("", zone[dates[0].end :].strip(SPACES + ","))

    def _broader(self, role: frozenset[str]) -> frozenset[str]:
        """The role's words with the general titles that cover them: 'la magistrate' refers back
        to 'la procureure de la République', 'the lawmaker' to 'Senator' (claims.yaml)."""
        covers = self.reader.patterns.raw.get("role_hypernyms", {})
        broader = {h for h, kinds in covers.items() if role & _words(" ".join(kinds))}
        return role | _words(" ".join(broader))

    def resolve(self, anaphor: str, at: int, gender: str | None,
                known_roles: dict[str, str]) -> tuple[Name, str | None] | None:
        """The one person named before `at` whose role holds every word of the anaphor; failing
        that, the one whose role holds its role nouns and says nothing the anaphor contradicts
        ('l'élu du Var' after 'le député Paul Vidal'; not after 'le maire de Lyon')."""
        wanted = _words(anaphor)
        if not wanted:
            return None
        head = wanted & self._role_words
        strict: dict[str, tuple[Name, str | None]] = {}
        loose: dict[str, tuple[Name, str | None]] = {}
        for name in self.names.find(0, at):
            if gender is not None and name.gender not in (gender, None):
                continue
            key = name.key or f"person/{slugify(name.text)}"
            beside = self._roles_beside(name)
            roles = [*beside, known_roles.get(key, ""), *self._held(name.key)]
            roles = [role for role in roles if role]
            worded = next((_worded(r) for r in beside if self.reader.is_role(r)), None)
            if any(_fits(wanted, self._broader(_words(role))) for role in roles):
                strict[key] = (name, worded)
            elif head and any(_fits(head, self._broader(_words(role)))
                              and _complement(role) <= wanted for role in roles):
                loose[key] = (name, worded)
        fitting = strict or loose
        return next(iter(fitting.values())) if len(fitting) == 1 else None

    @cached_property
    def _role_words(self) -> frozenset[str]:
        """The role nouns and general titles, compared as `_words` compares."""
        patterns = self.reader.patterns
        nouns = [*patterns.role_nouns, *patterns.raw.get("role_hypernyms", {})]
        return _words(" ".join(nouns))

    def _held(self, key: str | None) -> list[str]:
        """The roles the reference gives a known person ('ministre déléguée chargée ... du
        Numérique' for Clara Chappaz), in every language."""
        entity = self.names.reference.entities.get(key) if key else None
        return [label for role in entity.roles for label in role.labels.values()] if entity else []

    def _roles_beside(self, name: Name) -> list[str]:
        """The role words the text sets beside a name: 'Information Commissioner John Edwards',
        'La présidente de la CNIL, Marie-Laure Denis,', 'Ko Haksoo, the commission's chairman,'."""
        paragraph = self.text.rfind("\n", 0, name.start) + 1
        start = sentence_start(self.text, name.start, paragraph)
        line_end = self.text.find("\n", name.end)
        end = sentence_end(self.text, name.end, len(self.text) if line_end < 0 else line_end)
        found = [
            self.reader._role_before_text(self.text[start : name.start]),
            self.reader._role_leading(start, name),
            self.reader._role_after(name.end, end),
        ]
        return [role for role in found if role]


def _fits(wanted: frozenset[str], role: frozenset[str]) -> bool:
    """Every word of the anaphor is in the role, and the role is not a higher office the
    anaphor leaves out ('the minister' is not the Prime Minister)."""
    return wanted <= role and not (role & _HIGHER) - wanted


def _worded(role: str) -> str | None:
    """A role as worded beside a name, without its article: 'la maire' -> 'maire'."""
    role = _DEFINITE.sub("", role.strip(SPACES + ",")).strip(SPACES)
    return role if 0 < len(role.split()) <= 10 else None


def _complement(role: str) -> frozenset[str]:
    """What a role says after its first preposition: 'maire de Lyon' -> {lyon}, 'commissaire au
    Marché intérieur' -> {marche, interieur}; 'député Renaissance', 'Senator' -> nothing."""
    parts = re.split(r"\b(?:de|du|des|à|au|aux|of|for|chargée?|in charge)(?!\w)|\bd['’]", role,
                     maxsplit=1)
    return _words(parts[1]) if len(parts) > 1 else frozenset()


def _words(role: str) -> frozenset[str]:
    role = re.sub(r"\b[lLdD]['’]", " ", role)
    ascii_ = unicodedata.normalize("NFKD", role).encode("ascii", "ignore").decode().casefold()
    words = re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", ascii_)
    return frozenset(w for w in words if w not in _GLUE)
