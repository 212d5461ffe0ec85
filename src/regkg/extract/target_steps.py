"""The party of the latest step as the referent of "the company", "l'entreprise" or "lui",
when the name nearest to the description is only another member of that party's group: an
app or a product named in passing ("les chauffeurs de l'application Kakao T ... a ordonné à
l'entreprise" after a fine on Kakao Mobility), the last item of a list of its services
("fined the company for combining data across Facebook, Instagram and WhatsApp, and gave the
company six months" is Meta, fined in the same sentence), its parent or a sibling. Guidelines:
the target is the party the step is aimed at, the company the article follows, not a service
named as the place of its conduct. Layer 1; used by regkg.extract.targets.TargetFinder.
"""

from __future__ import annotations

from regkg.extract.linking_discourse import Discourse
from regkg.extract.target_groups import one_group
from regkg.reference import Reference


def record_step(discourse: Discourse, step: tuple[object, ...], index: int,
                headline: bool = False) -> None:
    """Remember a step stated in sentence `index`: (type, actor, target, date); whether only
    a headline has stated it so far."""
    if headline and step not in discourse.steps:
        discourse.headline_steps.add(step)
    elif not headline:
        discourse.headline_steps.discard(step)
    discourse.steps.add(step)
    _, actor, target, _ = step
    if isinstance(target, str) and target:
        discourse.step_targets.append((index, target))
        if isinstance(actor, str) and actor:
            discourse.first_actor_against.setdefault(target, actor)
            discourse.told_steps.append((index, str(step[0]), actor, target))


def step_party(discourse: Discourse, index: int, nearest: str, reach: int,
               reference: Reference) -> str | None:
    """The target of the latest step up to `reach` sentences before sentence `index` (this
    one included), when `nearest`, the name a singular description would otherwise take, is
    another member of its group; None: keep `nearest`."""
    recent = [(at, key) for at, key in discourse.step_targets if 0 <= index - at <= reach]
    if not recent:
        return None
    # "sued TikTok and its parent ByteDance. ... TikTok knowingly ...": a party of that step.
    parties = [key for at, key in recent if at == recent[-1][0]]
    if nearest in parties:
        return None
    party = parties[-1]
    related = one_group(reference, party, nearest) or _same_name_stem(party, nearest)
    return party if related else None


def _same_name_stem(one: str, other: str) -> bool:
    """"organisation/kakao-mobility" and "organisation/kakao": one name opens the other (a
    subsidiary the reference lacks, named after its parent)."""
    a, b = one.rsplit("/", 1)[-1], other.rsplit("/", 1)[-1]
    shorter, longer = sorted((a, b), key=len)
    return len(shorter) >= 3 and longer.startswith(shorter + "-")
