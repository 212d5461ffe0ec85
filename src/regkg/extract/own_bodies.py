"""A description resolved to the article's own body, before a default. Layer 1.

Two descriptions take a body by default that the article may have named otherwise:
- "le gendarme de la concurrence" with no country is France's by default
  (`domain_regulators.default_country`); in a text about China that named the SAMR, it is the
  SAMR ("La SAMR a infligé une amende à Meituan. Le gendarme de la concurrence a également
  enjoint à Meituan ..."). The article's body of that domain named before, when the text has
  named exactly one body of the domain (two countries' bodies: no guess, the default stays);
- "the Australian watchdog", "le régulateur australien" is the country's platform regulator
  by default (`platform_regulator`); after "The Australian Competition and Consumer
  Commission sued Google", it is the ACCC: the last regulator of that country named before.
The default stays when the article named none.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from regkg.extract.linking import DescribedMention, Discourse, kind_of
from regkg.models import Mention

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView
    from regkg.extract.linking import Linker
    from regkg.extract.patterns import LanguagePatterns


def own_bodies(view: SentenceView, candidates: list[Mention], linker: Linker,
               lp: LanguagePatterns, discourse: Discourse) -> list[Mention]:
    """`candidates` with each default-taking description moved to the article's own body."""
    named = discourse.authorities[:bisect.bisect_left(discourse.authorities,
                                                      (view.sentence.start,))]
    kept: list[Mention] = []
    for mention in candidates:
        key = None
        if isinstance(mention, DescribedMention) and kind_of(mention.key) == "authority":
            key = (_domain_body(mention, named, linker, lp)
                   or _country_body(mention, named, linker, lp))
        kept.append(DescribedMention(key, mention.text, mention.start, mention.end)
                    if key and key != mention.key else mention)
    return kept


def _domain_body(mention: Mention, named: list[tuple[int, str]], linker: Linker,
                 lp: LanguagePatterns) -> str | None:
    """The one body of the description's domain the article named, for a description that
    took the language's default country."""
    default = lp.domain_default_country
    if default is None or (linker.jurisdiction_of(mention.key) or "").split("-")[0] != default:
        return None
    for domain, pattern in lp.domain_descriptions:
        if not pattern.fullmatch(mention.text):
            continue
        bodies = set(linker.patterns.domain_bodies.get(domain, {}).values())
        if mention.key not in bodies:
            continue
        own = {key for _, key in named if key in bodies}
        return own.pop() if len(own) == 1 else None
    return None


def _country_body(mention: Mention, named: list[tuple[int, str]], linker: Linker,
                  lp: LanguagePatterns) -> str | None:
    """The last regulator of the description's country named, for "the Australian
    watchdog" that took the country's platform regulator; of the country or one of its parts,
    as the resolver restricts "the Dutch regulator" (`in_country`)."""
    match = lp.regulator_description.fullmatch(mention.text)
    code = linker.demonym_code(match.group("demonym")) if match else None
    if code is None or linker.patterns.platform_regulator.get(code) != mention.key:
        return None
    for _, key in reversed(named):
        if linker.is_regulator(key) and linker.in_country(key, code):
            return key
    return None
