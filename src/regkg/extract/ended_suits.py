"""A suit ended is no new step of the authority (modality; corpus guideline 4: closing of
proceedings is not annotated).

"A federal judge on Tuesday dismissed the FTC's lawsuit against Meta", "the Texas Attorney
General settled its lawsuit against Google on Friday", "le tribunal a rejeté la plainte de la
DGCCRF contre Shein": the noun of the suit is the object of its end, and the day told is the
end's, not the day the suit was brought (a wrong date, were it read as the suit). Unless the
sentence tells the filing in a relative clause after the noun ("..., which the agency filed in
December 2020"): then the suit is stated, with its own date.
"""

from __future__ import annotations

import re

# A word that opens another clause: the suit after it is no object of the verb before it
# ("Shares dropped after the FTC sued Amazon", "settled before the state sued it").
_CLAUSE_OPENER = (r"(?:after|before|when|once|since|as|because|while|following|until|"
                  r"après|avant|quand|lorsque?|depuis|puisque|tandis)\b")
# The verb that ends the suit, its owner and article between it and the suit's noun.
_ENDED_BEFORE = re.compile(
    r"\b(?:dismiss(?:es|ed|ing)?|thr(?:ew|own|ows?|owing)\s+out|reject(?:s|ed|ing)?|"
    r"struck\s+down|settl(?:e|es|ed|ing)|drop(?:s|ped|ping)?|withdr(?:aw|aws|ew|awn|awing)|"
    r"resolv(?:e|es|ed|ing)|rejet(?:é|ée|és|ées|te|tent|ait)|abandonn(?:é|ée|e|ent|ait)|"
    r"retir(?:é|ée|e|ent|ait)|classé(?:e|s|es)?|(?:mis|met|mettent|mettant)\s+fin\s+à)"
    r"\s+(?:(?:(?:its|the|their|an?|his|her|this|that|sa|son|ses|leur|la|le|les|aux?)(?!\w)"
    r"|l'|l’)\s*)?"
    rf"(?:(?!{_CLAUSE_OPENER})[\w.'’-]+\s+){{0,4}}?$", re.IGNORECASE)
# The filing told after the noun, in a relative clause: "which the agency filed in 2020".
_FILED_AFTER = re.compile(
    r"[^.;]{0,80}?\b(?:which|that|qu.|lequel|laquelle)\s+[^.;]{0,40}?\b(?:filed|brought|"
    r"launched|lodged|initiated|intentée?|déposée?|engagée?|introduite?|lancée?)\b",
    re.IGNORECASE)
_REACH = 80


def ended_suit(text: str, trigger_start: int, trigger_end: int, action_type: str) -> bool:
    """The suit's noun is the object of a verb that ends it, and its filing is not told."""
    return (action_type == "lawsuit"
            and _ENDED_BEFORE.search(text, max(0, trigger_start - _REACH), trigger_start)
            is not None
            and _FILED_AFTER.match(text, trigger_end) is None)
