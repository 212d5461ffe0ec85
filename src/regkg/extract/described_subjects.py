"""A body named by a description with a country, remembered as a mention of it. Layer 1.

"The complaints came through France's CNIL, which passed them to the Dutch regulator. It is
not the first time the Dutch regulator has penalised the company. In January, it fined Uber":
the pronoun refers to the body the last sentence speaks of, the Dutch authority its
description names ("the Dutch regulator", "le régulateur néerlandais", "the German office"),
not to the last body named by its name (the CNIL). The description is resolved as the
resolver reads it (the last body of that country, or nobody: linking_discourse) and recorded
where it stands, as a subject when nothing governs it. Only a description that carries a
country: a bare "the regulator" names the body the pronoun would find anyway.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from regkg.extract.linking_discourse import Discourse

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView
    from regkg.extract.linking import Linker
    from regkg.extract.patterns import LanguagePatterns


def remember_described(view: SentenceView, discourse: Discourse, linker: Linker,
                       lp: LanguagePatterns) -> None:
    """Record each body a country's description in the sentence resolves to (after the
    sentence's named mentions were recorded: offsets keep the lists in text order)."""
    for match in lp.authority_anaphora.finditer(view.text):
        description = match.group(0)
        if linker._country_in_description(description) is None or any(
                m.start < match.end() and match.start() < m.end for m in view.mentions):
            continue
        absolute = view.sentence.start + match.start()
        key = linker.resolve_authority(description, discourse, absolute)
        if key is None:
            continue
        bisect.insort(discourse.authorities, (absolute, key))
        if linker.is_subject_position(view.text, match.start()):
            bisect.insort(discourse.subject_authorities, (absolute, key))
