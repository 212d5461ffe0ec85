"""A company's lead supervisory authority named by description. Layer 1 (issue 3).

Under the GDPR's one-stop shop (Art. 56) the authority of the member state where a company has
its main establishment in the EU leads the cases about it, and wire reports name that body by
its role: "Facebook owner Meta Platforms was slapped with a record 1.2 billion euro fine by its
lead European Union privacy regulator" (the Irish Data Protection Commission), "Amazon ... by
its lead EU privacy regulator" (Luxembourg's CNPD), "son autorité de contrôle chef de file".
The description names a body only through the company it belongs to: the nearest company
named before it in the sentence (a service stands for its operator), whose lead authority
`data/patterns/actions.yaml` (`lead_supervisors`) records. With no such company, nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from regkg.models import Mention
from regkg.reference import Reference

if TYPE_CHECKING:
    from regkg.extract.patterns import LanguagePatterns

_COMPANY_KINDS = ("organisation", "service")


def lead_supervisors(text: str, mentions: list[Mention], lp: LanguagePatterns,
                     table: dict[str, str],
                     reference: Reference) -> Iterator[tuple[str, int, int, str]]:
    """(authority key, start, end, words) of each lead-authority description of `text`."""
    for match in lp.lead_supervisor.finditer(text):
        owner = _owner_before(mentions, match.start(), reference)
        body = table.get(owner or "")
        if body is not None:
            yield body, match.start(), match.end(), match.group(0)


def _owner_before(mentions: list[Mention], start: int, reference: Reference) -> str | None:
    """The company of the nearest company or service named before `start`."""
    before = [m for m in mentions if m.end <= start and m.key.split("/")[0] in _COMPANY_KINDS]
    if not before:
        return None
    key = max(before, key=lambda m: m.end).key
    return reference.operator_of(key) or key
