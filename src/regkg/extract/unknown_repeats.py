"""An unknown body named again without its country. Layer 1.

News names a body once with its country and then by its name alone: "The Vietnamese Ministry
of Industry and Trade criticised Temu ... The Ministry of Industry and Trade said it had
ordered Temu ..." (session 20 probes). The name without its country words, found later and
not inside another name, is the same new body: without it the later step has no actor, or
the nearest body named before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from regkg.extract.body_names import TOKEN
from regkg.models import Mention

# words that tie a country to the name and go with it: "of", "du", "de la"...
_TIES = frozenset({"of", "for", "the", "de", "du", "des", "la", "l'", "l’", "d'", "d’"})
_MIN_WORDS = 2  # "the Commission" alone is any commission's


def with_repeated_names(text: str, added: list[Mention], taken: list[Mention],
                        country_spans: Callable[[list[str]], list[tuple[int, int, str]]]
                        ) -> list[Mention]:
    """`added` with each new body's later mentions by its name without its country."""
    found = list(added)
    for body in added:
        bare = _bare_name(body.text, country_spans)
        if bare is None:
            continue
        for match in re.finditer(rf"(?<![\w-]){re.escape(bare)}(?![\w-])", text):
            start, end = match.span()
            if start >= body.end and not any(m.start < end and start < m.end
                                             for m in taken + found):
                found.append(Mention(body.key, bare, start, end, linked=False))
    return sorted(found, key=lambda m: (m.start, m.end))


def _bare_name(name: str, country_spans: Callable[[list[str]], list[tuple[int, int, str]]]
               ) -> str | None:
    """"Vietnamese Ministry of Industry and Trade" -> "Ministry of Industry and Trade";
    "Autorité de régulation des télécommunications du Burkina Faso" -> "Autorité de
    régulation des télécommunications"; None when nothing but the country would go."""
    tokens = [(m.group(0), m.start(), m.end()) for m in TOKEN.finditer(name)]
    words = [re.sub(r"['’]s$", "", w) for w, _, _ in tokens]
    spans = country_spans(words)
    if len(spans) != 1:
        return None
    first, after, _ = spans[0]
    if first == 0:  # "Vietnamese Ministry ...", "Sri Lanka's Public Utilities Commission"
        rest = tokens[after:]
    elif after == len(tokens):  # "... of Zambia", "... du Burkina Faso"
        rest = tokens[:first]
        while rest and rest[-1][0].casefold() in _TIES:
            rest = rest[:-1]
    else:  # "le ministère paraguayen de l'Industrie": the country inside is left alone
        return None
    if len(rest) < _MIN_WORDS or not rest[0][0][:1].isupper():
        return None
    return name[rest[0][1]:rest[-1][2]]
