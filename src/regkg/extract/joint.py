"""Joint steps: "une enquête conjointe menée avec le Commissariat et les commissaires de la
Colombie-Britannique et de l'Alberta", "a joint investigation with the CAI and the OIPC BC":
one step per body, the partners and the body the text reports; the agents coordinated after a
passive step's first ("was blocked by Komdigi and the MCMC"); the bodies "joined" to a step
after its verb ("sued Amazon, joined by the attorneys general of New York and Texas"). Layer 1.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from regkg.extract import grammar as g
from regkg.extract.linking import Discourse, Linker, counterpart_coordinated, kind_of
from regkg.extract.patterns import LanguagePatterns
from regkg.extract.place_lists import PlaceListMention
from regkg.models import Mention

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView, TriggerMatch


def joint_actors(view: SentenceView, trig: TriggerMatch, candidates: list[Mention],
                 discourse: Discourse, linker: Linker, lp: LanguagePatterns) -> list[str]:
    """"au terme d'une enquête conjointe menée avec le Commissariat et les commissaires
    de la Colombie-Britannique et de l'Alberta, la Commission avait conclu": the partners
    after "avec"/"with", and the body the text reports (named after them, else the
    article's first acting body)."""
    joint = g.JOINT_WITH.match(view.text, trig.end)
    if joint is None:
        return []
    after = [m for m in candidates if m.start >= joint.end()]
    named = discourse.targets or any(linker.is_target(m.key, "") for m in view.mentions)
    if not after or not _right_after(view.text, joint.end(), after[0]) or not named:
        return []  # no partner named right after "with"; or a probe of no named platform
    group = [after[0]]
    for mention in after[1:]:
        gap = linker.patterns.asides.sub("", view.text[group[-1].end:mention.start])
        if not (g.COORDINATION.match(gap) or counterpart_coordinated(gap, mention, lp)):
            break
        group.append(mention)
    described = lp.authority_anaphora.search(view.text, group[-1].end)
    main = (linker.resolve_authority(described.group(0), discourse, view.sentence.start)
            if described else None)
    main = main or next((key for _, key in discourse.subject_authorities), None)
    partners = [linker.actor_key(m.key) for m in group]
    return list(dict.fromkeys(a for a in [main, *partners] if a))


def _right_after(text: str, start: int, mention: Mention) -> bool:
    """The mention opens the words after "with": by its name, or as the first place of a
    list of bodies ("with the privacy commissioners of Quebec and Alberta")."""
    if mention.start == start:
        return True
    return (isinstance(mention, PlaceListMention) and mention.first
            and mention.gap_before.endswith(text[start:mention.start]))


# Between two agents of one passive step, the same occasion: "by Komdigi and the MCMC", "by
# the CMA and by the ICO", "par l'Arcom et par la CNIL", "par Komdigi, puis par la MCMC". A day
# or another word between ("puis dimanche par la MCMC") is another occasion with its own date,
# which the step's date would get wrong: not joined here.
_AGENT_LINK = re.compile(
    r"\s*(?:\([^()]{1,40}\))?\s*,?\s+(?:and|et|as\s+well\s+as|ainsi\s+que|puis|then)\s+"
    r"(?:(?:by|par)\s+)?(?:(?:the|la|le|les|l')\s*)?$", re.IGNORECASE)


def coordinated_agents(view: SentenceView, first: Mention, candidates: list[Mention],
                       linker: Linker) -> list[str]:
    """The bodies coordinated with a passive step's agent `first`, in order."""
    found: list[str] = []
    previous = first
    for mention in sorted(candidates, key=lambda m: m.start):
        if mention.start < previous.end:
            continue
        if not _AGENT_LINK.fullmatch(view.text, previous.end, mention.start):
            break
        actor = linker.actor_key(mention.key)
        if actor is None or kind_of(mention.key) != "authority":
            break
        found.append(actor)
        previous = mention
    return found


def with_joined(actors: list[str], view: SentenceView, trig: TriggerMatch, linker: Linker,
                lp: LanguagePatterns) -> list[str]:
    """`actors` and the bodies joined to their step after its verb, in the same clause: "The
    FTC sued Amazon, joined by the attorneys general of New York, Connecticut and
    Pennsylvania", "a poursuivi Roblox lundi, rejoint par ses homologues de Floride et de
    Louisiane" (guideline 5: one action per body). Not a body that "backed" or "welcomed"
    the step: only the words of `counterparts.joined` join one."""
    if not actors:
        return actors
    after = sorted((m for m in view.actor_candidates or [] if m.start >= trig.end
                    and kind_of(m.key) == "authority"), key=lambda m: m.start)
    for index, mention in enumerate(after):
        cues = list(lp.joined_by.finditer(view.text, trig.end, mention.start))
        cue = cues[-1] if cues else None
        if cue is None or not _right_after(view.text, cue.end(), mention) or \
                lp.clause_breaks.search(view.text, trig.end, cue.start()):
            continue
        group = [mention]
        for later in after[index + 1:]:
            gap = linker.patterns.asides.sub("", view.text[group[-1].end:later.start])
            if not (g.COORDINATION.match(gap) or counterpart_coordinated(gap, later, lp)):
                break
            group.append(later)
        joined = [linker.actor_key(m.key) for m in group]
        return list(dict.fromkeys([*actors, *(a for a in joined if a)]))
    return actors
