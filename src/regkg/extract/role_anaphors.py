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
        name = anaphor and self.resolve(anaphor, attribution.at, attribution.gender, known_roles)
        return replace(attribution, kind="name", name=name, role=None) if name else attribution

    def anaphor(self, zone: str) -> str | None:
        """'la présidente de la CNIL' -> itself; 'the company’s chief executive' (someone of
        the company, not a person the text named with that role) and indefinite roles -> None."""
        zone = _CIRCUMSTANCE.sub("", self._after_time(zone.strip(SPACES + ".,;")))
        if not _DEFINITE.match(zone) or "'s" in zone or "’s" in zone:
            return None
        if len(zone.split()) > 7 or not self.reader.is_role(zone):
            return None
        return zone

    def _after_time(self, zone: str) -> str:
        """'a déclaré cet après-midi le commissaire', 'said on Tuesday the minister': the time of
        the statement before the role is no part of it."""
        dates = find_dates(zone, None, self.reader.language)
        if not dates or dates[0].start != 0:
            return zone
        return zone[dates[0].end :].strip(SPACES + ",")

    def _broader(self, role: frozenset[str]) -> frozenset[str]:
        """The role's words with the general titles that cover them: 'la magistrate' refers back
        to 'la procureure de la République', 'the lawmaker' to 'Senator' (claims.yaml)."""
        covers = self.reader.patterns.raw.get("role_hypernyms", {})
        broader = {h for h, kinds in covers.items() if role & _words(" ".join(kinds))}
        return role | _words(" ".join(broader))

    def resolve(self, anaphor: str, at: int, gender: str | None,
                known_roles: dict[str, str]) -> Name | None:
        """The one person named before `at` whose role holds every word of the anaphor."""
        wanted = _words(anaphor)
        if not wanted:
            return None
        fitting: dict[str, Name] = {}
        for name in self.names.find(0, at):
            key = name.key or f"person/{slugify(name.text)}"
            roles = [*self._roles_beside(name), known_roles.get(key, ""), *self._held(name.key)]
            fits = any(_fits(wanted, self._broader(_words(role))) for role in roles if role)
            if fits and (gender is None or name.gender in (gender, None)):
                fitting[key] = name
        return next(iter(fitting.values())) if len(fitting) == 1 else None

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


def _words(role: str) -> frozenset[str]:
    role = re.sub(r"\b[lLdD]['’]", " ", role)
    ascii_ = unicodedata.normalize("NFKD", role).encode("ascii", "ignore").decode().casefold()
    words = re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", ascii_)
    return frozenset(w for w in words if w not in _GLUE)
