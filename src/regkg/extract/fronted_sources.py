"""The body of a probe, a complaint or a referral told in a clause fronted before the main one
is no subject of the main clause's step (issue 3, guideline 4: the actor is the authority that
takes the step). Layer 1; used by actions.py (`aside_spans`) when it looks for the subject.

"After an investigation by the ICO, Ofcom fined TikTok", "Following a complaint from the
Competition Bureau, the court ...", "À l'issue d'une enquête de la DGCCRF, le ministère a assigné
Google", "Au terme d'un contrôle de la CNIL, l'Arcom a mis en demeure X": the body inside the
fronted clause did the probe (its own step, whose trigger lies inside the clause, keeps it); the
comma that closes the clause is no list comma, so that body is no co-subject of the verb after it,
nor its subject when the main clause's subject is a body the reference does not know ("Bercy").
Only a clause that opens the sentence on such a preposition and names a probe, a complaint, a
referral, a report or a check by its noun; a fronted clause of time ("After two years, ...") or
of the subject's own doing ("Après avoir enquêté, la CNIL ...") names no other body.
"""

from __future__ import annotations

import re
from re import Pattern

_SOURCE_NOUNS = (r"(?:investigation|inquiry|enquiry|probe|review|audit|examination|inspection"
                 r"|complaint|referral|report|tip-off|check|analysis|enquête|contrôle|examen"
                 r"|instruction|plainte|saisine|signalement|rapport|audit|inspection|analyse"
                 r"|vérification)s?")
_FRONTED_SOURCE = re.compile(
    r"^\W*(?:after|following|at\s+the\s+(?:end|close|conclusion)\s+of|in\s+the\s+wake\s+of"
    r"|on\s+the\s+basis\s+of|acting\s+on|après|à\s+l['’]issue\s+d(?:['’]|es?\s|u\s)"
    r"|au\s+terme\s+d(?:['’]|es?\s|u\s)|à\s+la\s+suite\s+d(?:['’]|es?\s|u\s)|suite\s+à"
    r"|sur\s+la\s+base\s+d(?:['’]|es?\s|u\s))\s*"
    r"(?:an?|the|its|their|one|une?|la|le|l['’]|les|sa|son|ses|leurs?)\s*"
    rf"(?:[\w-]+\s+){{0,3}}?{_SOURCE_NOUNS}\b[^,;:()]{{1,120}}?,",
    re.IGNORECASE)


def fronted_source_span(text: str) -> tuple[int, int] | None:
    """The span of a fronted clause that tells another body's probe, complaint or referral
    ("After an investigation by the ICO,"), up to its closing comma; None if the sentence opens
    on none."""
    match = _FRONTED_SOURCE.match(text)
    return match.span() if match else None


def aside_spans(asides: Pattern[str], text: str, trigger_start: int) -> list[tuple[int, int]]:
    """The spans a subject is not looked for in: the language's asides (`asides` of
    actions.yaml) and a fronted clause of another body's probe, except the one holding the
    trigger."""
    spans = [(m.start(), m.end()) for m in asides.finditer(text)]
    spans += [span for span in [fronted_source_span(text)] if span]
    return [(a, b) for a, b in spans if not a <= trigger_start < b]
