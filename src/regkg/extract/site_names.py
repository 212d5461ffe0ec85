"""A website named by its address stands for the company or service of that name: "Lors de
contrôles en ligne menés en mars 2020 sur google.fr et ... sur amazon.fr", "cookies déposés
dès l'arrivée sur yahoo.com", "the regulator tested facebook.com". Layer 1; used by
regkg.extract.extractor on the gazetteer's mentions.

The gazetteer matches whole tokens only, never inside a word joined by a dot ("google.fr" is
no "Google" there, so that "AAPL.O" or "X.509" name nothing). An address is a name, then a
top-level domain: the name alone must be exactly a label of one company or service of the
reference (any case); a service's site is its operator's ("youtube.com" and "google.fr" are
Google's: the company behind the site is the party, guideline 3). Not an authority's or a
law's ("cnil.fr" is the body's site, where it publishes, not a target), not a host inside a
longer address ("justice.gouv.fr") nor an e-mail ("press@google.com").
"""

from __future__ import annotations

import re

from regkg.models import Mention
from regkg.reference import Reference

_SITE = re.compile(
    r"(?<![\w.@/-])(?:www\.)?(?P<name>[A-Za-z][A-Za-z0-9-]{0,30})\."
    r"(?:fr|com|de|it|es|be|ch|nl|co\.uk|uk|eu|net|org|ca|io|ai|ru|cn|jp|in|br|au|pl|at|se|ie|"
    r"pt|lu|ma|tn|dz|sn|ci)(?![\w-]|\.\w)")
_TARGET_KINDS = frozenset({"organisation", "service"})


def with_site_names(text: str, mentions: list[Mention], reference: Reference) -> list[Mention]:
    """`mentions` with the sites named by address that no mention covers, in text order."""
    added = []
    for found in _SITE.finditer(text):
        start, end = found.span()
        if any(m.start < end and start < m.end for m in mentions):
            continue
        key = _site_owner(reference, found.group("name").casefold())
        if key is not None:
            key = reference.operator_of(key) or key  # youtube.com: Google's site
            added.append(Mention(key=key, text=found.group(0), start=start, end=end))
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: (m.start, m.end))


def _site_owner(reference: Reference, name: str) -> str | None:
    owners = _OWNERS.get(id(reference))
    if owners is None:
        owners = _OWNERS[id(reference)] = _owners(reference)
    return owners.get(name)


_OWNERS: dict[int, dict[str, str]] = {}  # per reference loaded (one per process, in practice)


def _owners(reference: Reference) -> dict[str, str]:
    """Each one-word label of exactly one company or service, folded."""
    found: dict[str, set[str]] = {}
    for entity in reference.entities.values():
        if entity.kind not in _TARGET_KINDS:
            continue
        for label in entity.all_labels():
            if re.fullmatch(r"[\w-]+", label):
                found.setdefault(label.casefold(), set()).add(entity.key)
    return {name: keys.pop() for name, keys in found.items() if len(keys) == 1}
