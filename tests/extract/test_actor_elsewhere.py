"""A step told in an agentless passive (or a bare verb) whose actor the text gives elsewhere
(issue 3, session 11): "Ofcom fined 4chan £20,000 on Monday. Kick.com was fined £5,000 a week
later." The passive's actor is the body of the previous step only when the text plainly continues
that body's account ("also", "too", "le même jour", "également", the same kind of step); a
passive naming its own agent keeps that agent, and a court's order, a question, a possibility,
a threat, a denial or another country's past gives no step of that body (corpus guideline 4:
"Not annotated: possible next steps").

The texts are invented in the style of wire services, newspapers and regulators' releases.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

# Traps that gave the body named before a step it did not take (wrong facts, all failing
# before stated_agents.py and the suit participles of named_agents.py): the passive names its
# own agent, a court, a judge, another country's regulator or private plaintiffs.
# (language, text, target label, the actor that target's step must not get)
BORROWED = [
    ("en", "The FTC sued Amazon in September. Meta was ordered by a judge to hand over "
     "documents.", "Meta", "Federal Trade Commission"),
    ("en", "Italy's privacy watchdog fined OpenAI on Friday. Replika was also fined by a "
     "Spanish regulator.", "Replika", "Italian Data Protection Authority"),
    ("en", "The FTC sued Amazon in September. Meta was sued by a group of parents in "
     "December.", "Meta", "Federal Trade Commission"),
    ("en", "The FTC sued Amazon in September. Meta was also sued by consumer groups.",
     "Meta", "Federal Trade Commission"),
    ("fr", "La CNIL a infligé une amende à Google. Amazon a également été sanctionnée par "
     "l'autorité luxembourgeoise.", "Amazon", "CNIL"),
    ("fr", "La FTC a poursuivi Amazon en septembre. Meta a été condamnée par un juge à "
     "verser des dommages.", "Meta", "Federal Trade Commission"),
    ("fr", "L'Arcom a mis en demeure Pornhub lundi. XVideos a été sommé par un tribunal de "
     "retirer les vidéos.", "XVideos", "Arcom"),
    ("fr", "La FTC a poursuivi Amazon en septembre. Meta a été poursuivie en justice par des "
     "parents en décembre.", "Meta", "Federal Trade Commission"),
]

# Traps that already stayed empty or kept their own agent; kept so the passive's borrowed
# actor never reaches them. (language, text, target label, the actor that target's step must
# not get; None: no step at all on that target)
TRAPS = [
    ("en", "Ofcom fined 4chan £20,000 on Monday. Meta was also fined by the Irish regulator.",
     "Meta", "Ofcom"),
    ("en", "Ofcom fined 4chan £20,000 on Monday. Kick.com could be fined too.",
     "Kick.com", None),
    ("en", "Ofcom fined 4chan £20,000 on Monday. Kick.com may also be fined.",
     "Kick.com", None),
    ("en", "Ofcom fined 4chan £20,000 on Monday. Will Kick.com be fined too?",
     "Kick.com", None),
    ("en", "Ofcom fined 4chan £20,000 on Monday. In 2019, Kick.com was fined in Germany "
     "over similar failures.", "Kick.com", "Ofcom"),
    ("en", "Ofcom fined 4chan £20,000 on Monday. Kick.com has never been fined, a "
     "spokesperson said.", "Kick.com", None),
    ("en", "Ofcom fined 4chan £20,000 on Monday. Kick.com would be fined if it failed to "
     "answer.", "Kick.com", None),
    ("en", "The FTC sued Amazon in September. Meta is expected to be sued in December.",
     "Meta", None),
    ("en", "Ofcom fined 4chan £20,000 on Monday. Kick.com denied it had been fined.",
     "Kick.com", None),
    ("en", "The CNIL fined Google €150 million in January. Amazon was not fined.",
     "Amazon", None),
    ("en", "Ofcom fined 4chan £20,000 on Monday. Kick.com was fined £5,000 by the Gambling "
     "Commission last year.", "Kick.com", "Ofcom"),
    ("en", "Ofcom fined 4chan £20,000 on Monday. Whether Kick.com will be fined remains "
     "unclear.", "Kick.com", None),
    ("en", "Ofcom fined 4chan £20,000 on Monday. Kick.com was fined by a court in Germany "
     "last year.", "Kick.com", "Ofcom"),
    ("en", "The CNIL fined Google in January. Amazon was also ordered by a Paris court to pay "
     "damages.", "Amazon", "CNIL"),
    ("fr", "La CNIL a infligé une amende à Google. Amazon pourrait également être "
     "sanctionnée.", "Amazon", None),
    ("fr", "La CNIL a infligé une amende à Google. Amazon sera-t-elle sanctionnée à son "
     "tour ?", "Amazon", None),
    ("fr", "La CNIL a infligé une amende à Google. Amazon risque aussi d'être sanctionnée.",
     "Amazon", None),
    ("fr", "La CNIL a infligé une amende à Google. En 2019, Amazon avait été sanctionnée en "
     "Allemagne.", "Amazon", "CNIL"),
    ("fr", "La CNIL a infligé une amende à Google. Amazon affirme n'avoir jamais été "
     "sanctionnée.", "Amazon", None),
    ("fr", "L'Arcom a mis en demeure Pornhub lundi. XVideos pourrait être mis en demeure à "
     "son tour.", "XVideos", None),
    ("fr", "La CNIL a infligé une amende à Google. Amazon n'a pas été sanctionnée.",
     "Amazon", None),
    ("fr", "La CNIL a infligé une amende à Google. Amazon a fait appel de la sanction "
     "prononcée contre elle.", "Amazon", None),
    ("fr", "La CNIL a infligé une amende à Google. Amazon devrait être sanctionnée dans les "
     "prochains mois.", "Amazon", None),
    ("fr", "La FTC a poursuivi Amazon en septembre. Meta pourrait aussi être poursuivie.",
     "Meta", None),
]

# The agent a passive names as a definite bare noun refers back to the body: it keeps it
# (the negative side of stated_agents). (language, text, (type, actor label, target label))
REFERRED = [
    ("en", "The FTC sued Amazon in September. Meta was sued by the regulator in December too.",
     ("lawsuit", "Federal Trade Commission", "Meta")),
    ("en", "Ofcom fined 4chan on Monday. Kick.com was also fined by the watchdog, for £5,000.",
     ("fine", "Ofcom", "Kick.com")),
    ("fr", "La CNIL a infligé une amende à Google. Amazon a également été sanctionnée par "
     "l'autorité, à hauteur de 35 millions d'euros.", ("fine", "CNIL", "Amazon")),
    ("fr", "Meta a été poursuivie en justice par le procureur général du Texas lundi.",
     ("lawsuit", "Texas Attorney General", "Meta")),
]


def _on_target(labelled, language: str, text: str, target: str) -> set[tuple[object, ...]]:
    return {(k, a) for k, a, targets in labelled(text, language) if target in targets}


@pytest.mark.parametrize(("language", "text", "target", "actor"),
                         [pytest.param(*case, id=f"{case[0]}-{i}")
                          for i, case in enumerate(BORROWED)])
def test_regression_a_passive_naming_another_agent_does_not_borrow_the_body(
        labelled, language, text, target, actor):
    assert all(a != actor for _, a in _on_target(labelled, language, text, target))


@pytest.mark.parametrize(("language", "text", "target", "actor"),
                         [pytest.param(*case, id=f"{case[0]}-{i}")
                          for i, case in enumerate(TRAPS)])
def test_no_borrowed_actor_for_a_passive_that_is_not_the_bodys_step(labelled, language, text,
                                                                    target, actor):
    on_target = _on_target(labelled, language, text, target)
    if actor is None:
        assert not on_target
    else:
        assert all(a != actor for _, a in on_target)


@pytest.mark.parametrize(("language", "text", "fact"),
                         [pytest.param(*case, id=f"{case[0]}-{i}")
                          for i, case in enumerate(REFERRED)])
def test_a_passive_by_the_body_referred_back_keeps_it(labelled, language, text, fact):
    kind, actor, target = fact
    assert (kind, actor, (target,)) in labelled(text, language)
