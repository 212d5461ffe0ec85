"""Bodies named as the addressee of a complaint, a letter or a concern: no subject. Layer 1;
used by regkg.extract.actions for the subject of an active step.

"A local official said members had raised the issue with the commission and urged it to act",
"Sellers complained to the regulator and pressed it to move", "Des associations ont écrit à
l'Arcom et l'ont appelée à agir", "se sont plaints auprès de la CNIL": the body is who they
turned to, and the verb after it (a call, a statement) is theirs. The body is the actor of a
step only as its subject; taking the addressee for the subject states a wrong fact
(tests/hail 1036: a statement the body never made). A plain preposition proves nothing ("the
head of the CMA ordered", "together with the CNIL"): only a verb or noun of turning to someone
makes the name an addressee.
"""

from __future__ import annotations

import re

# A verb or noun of turning to someone, then its preposition, right before the name (a few
# words between: "raised the issue with", "complained repeatedly to", "a letter sent to").
_ADDRESSED_BEFORE = re.compile(
    r"(?:\b(?:rais(?:e|es|ed|ing)|took\s+(?:it|the\s+matter|their\s+concerns?)\s+up)\s+"
    r"(?:[\w'’-]+\s+){0,4}?with"
    r"|\b(?:complain\w*|wr(?:ote|ite|ites|itten|iting)|appeal(?:s|ed|ing)?|turn(?:s|ed|ing)?|"
    r"complaints?|letters?|petitions?|concerns?|submissions?|representations?)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:to|with)"
    r"|\b(?:plaintes?|lettres?|courriers?|signalements?|réclamations?|plaint(?:e|s|es)?|"
    r"inquiétudes?|doléances)\s+(?:[\w'’-]+\s+){0,3}?auprès\s+d(?:e|u|es)"
    r"|\b(?:écrit|écrivent|écrivaient|adressée?s?)\s+(?:[\w'’-]+\s+){0,3}?(?:à|aux?)"
    r"|\bsaisi\w*\s+(?:[\w'’-]+\s+){0,2}?auprès\s+d(?:e|u|es))"
    r"\s*(?:(?:the|la|le|les|l['’])\s*)?$", re.IGNORECASE)


# The step coordinated right after the addressee's clause, or its purpose, with the same
# subject: "... with the commission before and urged it", "... auprès de l'Arcom et l'ont
# exhortée", "wrote to the ICO to urge it", "ont écrit à l'Autorité pour l'exhorter".
_AND_THEN = re.compile(r"[^.;:]*?\b(?:and|et|puis|pour|to)\s+(?:(?:then|also|later|had|have|"
                       r"has|ont|a|avaient|avait|l['’]|les|la|le|lui|leur)\s*)*$",
                       re.IGNORECASE)


def turned_to(text: str, start: int, step_start: int) -> bool:
    """Is the body named (or described) at `start` the addressee of the subject's complaint,
    the step at `step_start` coordinated after it? The call is then the subject's."""
    return (start < step_start
            and _ADDRESSED_BEFORE.search(text, max(0, start - 60), start) is not None
            and _AND_THEN.match(text, start, step_start) is not None)


def turned_to_before(text: str, step_start: int, starts: list[int]) -> bool:
    """Does one of the bodies at `starts` stand before the step as the body its subject turned
    to (`turned_to`)? No body acted then, and no body named earlier either."""
    return any(turned_to(text, start, step_start) for start in starts)
