"""The body that issued an official release: its writer, who says "we". Layer 1.

A regulator's release often names itself only in its header or not at all ("We have today
opened an investigation into ...", "Nous avons mis en demeure ..."); the corpus's sidecars, and
the pages `articles.py` reads, name the issuing body in `outlet` ("Ofcom (UK), news release
(republished by Wired-Gov)"). A newspaper's outlet names no authority, so nothing changes there.
"""

from __future__ import annotations

import re

from regkg.extract.gazetteer import Gazetteer
from regkg.extract.linking_discourse import kind_of
from regkg.models import Article

# "(republished by Mirage News)", "republished from ec.europa.eu by ...": whoever copied the
# release is not its writer.
_REPUBLISHER = re.compile(r"\(?\s*(?:republished|republié|reproduced|reprinted|via)\b",
                          re.IGNORECASE)


def release_writer(article: Article, gazetteer: Gazetteer) -> str | None:
    """The authority an article's outlet names first, before any republisher; None when the
    outlet names no authority (a newspaper, an invented set) or names two before the first
    comma ("X and Y joint release": their shared "we" is no one body)."""
    if not article.outlet:
        return None
    issuer = _REPUBLISHER.split(article.outlet, 1)[0]
    head = issuer.split(",", 1)[0]
    bodies = list(dict.fromkeys(m.key for m in gazetteer.find(head, article.language)
                                if kind_of(m.key) == "authority"))
    return bodies[0] if len(bodies) == 1 else None
