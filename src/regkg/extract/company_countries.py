"""A country's name inside a company's name: "Google France", "Amazon France Logistique",
"Microsoft Ireland", "Meta Platforms Ireland" name the group's national entity, not the
country (layer 1, applied to the gazetteer's mentions). Left as a country, "France" became the
actor of "Amazon France Logistique a été condamnée par la CNIL" (the French government, not
the CNIL) and a jurisdiction the text does not give. Only a country written right after the
company's name, with nothing but one space between, is dropped: "Google, France's ..." and
"Google in France" keep it."""

from __future__ import annotations

from regkg.models import Mention

_COMPANY_KINDS = ("organisation/", "service/")


def without_company_countries(mentions: list[Mention], text: str) -> list[Mention]:
    """`mentions` (in text order) without the countries that continue a company's name."""
    kept: list[Mention] = []
    for mention in mentions:
        previous = kept[-1] if kept else None
        if (previous is not None and mention.key.startswith("jurisdiction/")
                and previous.key.startswith(_COMPANY_KINDS)
                and text[previous.end:mention.start] == " "):
            continue
        kept.append(mention)
    return kept
