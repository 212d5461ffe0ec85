"""The actor of a step told with no agent of its own, after the story told before it. Layer 1;
a mixin of regkg.extract.actions.ActionFinder, read when no actor rule found one.

Reports tell the decision first, then its background with no body named: "L'enquête avait été
ouverte en juillet 2021", "The probe began with dawn raids in 2022", "Booking.com had been
sent a statement of objections in 2023", "Sommée en juillet de se mettre en conformité,
ContextLogic ...". The step is the body's whose step on the same platform the article told
last (or, when the sentence names no platform and the step is named by a definite noun, "the
investigation", that step's body and platforms). The article's one-authority rule
(`Discourse.principal`) cannot tell it when the article names another body elsewhere.

Not when the sentence names a body, a court or an agent of any kind ("by its auditors", "par
le parquet"), sets the step apart ("a separate investigation", "its own inquiry", "the appeal
proceedings"), places it in another country than the body's ("A fine was imposed in Germany in
2019"; a member state is the EU's), when another body took a step against those platforms
("The CNIL fined Google. The ICO also fined Google."), when the body that acted last is not
the last body named as a subject, nor when the platforms of the step before were themselves
read back ("lui"): a wrong fact is worse than a missing one. A probe told before and named
again with its opening ("The proceedings, opened on 14 March") stays background_openings'.
`agent_of_another` and `elsewhere_than` serve the lexicon layer and background_openings too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from regkg.extract import grammar as g
from regkg.extract.linking import Discourse, kind_of
from regkg.extract.shared_subjects import court_relative, platform_shares_subject
from regkg.extract.target_groups import one_group
from regkg.extract.target_passive_subjects import agent_is_a_body
from regkg.extract.targets import ANY_AGENT

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView, TriggerMatch
    from regkg.extract.linking import Linker
    from regkg.extract.patterns import LanguagePatterns, Patterns
    from regkg.extract.slots import Slots
    from regkg.models import Action, Mention

# A definite determiner right before the step's noun, no possessive ("L'enquête", "the
# probe", "la procédure formelle"): the step the story is about. "its", "son" may be the
# platform's own; "the company's" names its owner.
_DEFINITE_BEFORE = re.compile(
    r"(?:^|[\s,;(])(?:l['’]|la\s+|le\s+|les\s+|the\s+)(?:[\w-]+\s+){0,2}$", re.I)
# The platform received the step: "had been sent a statement of objections", "was served
# with a notice", "s'était vu adresser une demande".
_RECEIVED_BEFORE = re.compile(
    r"\b(?:(?:has|have|had|was|were)\s+(?:also\s+|already\s+)?(?:been\s+)?"
    r"(?:sent|given|served(?:\s+with)?|handed|issued(?:\s+with)?)|"
    r"s['’](?:est|était|étaient)\s+(?:aussi\s+|également\s+|déjà\s+)?vu(?:e|s|es)?\s+"
    r"(?:adresser|notifier|remettre|signifier|envoyer|délivrer)|"
    r"se\s+sont\s+(?:aussi\s+|également\s+|déjà\s+)?vu(?:e|s|es)?\s+"
    r"(?:adresser|notifier|remettre|signifier|envoyer|délivrer))"
    r"\s+(?:an?\s+|the\s+|une?\s+|des\s+|l['’]|la\s+|le\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# The probe, named as the subject, began with the step: "The investigation began with an
# inspection", "L'enquête avait débuté par des inspections inopinées".
_PROBE_BEGAN_WITH = re.compile(
    r"^\W*(?:l['’]|la\s+|the\s+)(?:enquête|investigation|inquiry|probe|procédure)\s+"
    r"(?:(?:avait|a|had|has)\s+)?(?:commencé|débuté|began|begun|started)\s+(?:par|with)\s+"
    r"(?:des|une?|les|la|le|l['’]|an?|the)?\s*(?:[\w-]+\s+){0,1}$", re.I)
# A step the sentence sets apart from the story's: "a separate investigation", "its own
# inquiry", "une autre procédure", "an earlier fine", a court's ("the appeal proceedings").
_ANOTHER = re.compile(
    r"\b(?:separate|another|other|private|class|similar|parallel|earlier|previous|prior|own|"
    r"internal|independent|sector|appeal|court|criminal|civil|judicial|autres?|distincte?s?|"
    r"parallèles?|similaires?|précédente?s?|interne|propre|collective|privée?s?|appel|"
    r"judiciaires?|pénale?s?|sectorielle?s?)\b", re.I)
# An agent with its determiner after the step: "by its auditors", "par un cabinet" (not "par
# jour de retard", "by 2025").
_DETERMINED_AGENT = re.compile(
    r"\W{0,3}(?:[\w'-]+\W+){0,6}?(?:by|par)\s+(?:its|their|his|her|an?|the|son|sa|ses|leurs?|"
    r"une?|des|les?|la|l['’])\s*", re.I)
# Any agent after the step, with no determiner: "filed by parents", "par des usagers" (not
# "by 2025", "by Monday", "par jour", "par exemple").
_BARE_AGENT = re.compile(
    r"\W{0,3}(?:[\w'-]+\W+){0,6}?\b(?:by|par)\s+(?!(?:\d|jour|mois|an|année|semaine|exemple|"
    r"ailleurs|voie|écrit|courrier|day|week|month|year|mid|end|early|late|january|february|"
    r"march|april|may|june|july|august|september|october|november|december|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)\b)[a-zà-ÿ]", re.I)
# A complaint is someone else's step, never the body's.
_COMPLAINT = re.compile(r"\b(?:complaints?|plaintes?)\b", re.I)
# A court or a prosecutor referred back to is not the article's body: "par le parquet".
_JUSTICE = re.compile(r"\b(?:parquet|procureur|juge|tribunal|cour|court|judge|prosecutors?)\b",
                      re.I)
# The agent's words, up to the clause's end.
_CLAUSE = re.compile(r"[^,;:.()]{0,60}")
# A participle opening the sentence, its subject after it: "Sommée en juillet de se mettre
# en conformité, ContextLogic ...", "Ordered in May to ..., the company".
_OPENING = re.compile(r"\W*$")


class ToldBack:
    """The `_told_back` step of ActionFinder (see the module's docstring)."""

    linker: Linker
    patterns: Patterns

    if TYPE_CHECKING:
        def _targets(self, view: SentenceView, trig: TriggerMatch, clause: tuple[int, int],
                     actors: list[str], discourse: Discourse, lp: LanguagePatterns
                     ) -> tuple[list[str] | None, bool]: ...

        def _emit(self, view: SentenceView, trig: TriggerMatch, status: str,
                  clause: tuple[int, int], slots: Slots, discourse: Discourse,
                  lp: LanguagePatterns, actors: list[str], targets: list[str],
                  inferred: bool) -> Iterator[Action]: ...

    def _told_back(self, view: SentenceView, trig: TriggerMatch, status: str,
                   clause: tuple[int, int], slots: Slots, discourse: Discourse,
                   lp: LanguagePatterns) -> Iterator[Action]:
        """The steps of an agentless step, by the body of the story told before it."""
        form = _agentless_form(view, trig)
        if (form is None or self._sets_apart(view, trig)
                or _COMPLAINT.search(view.text, trig.start, trig.end)):
            return  # "a complaint filed by parents": never the body's own step
        targets, inferred = self._targets(view, trig, clause, ["authority/told-back"],
                                          discourse, lp)
        named = [] if targets is None or inferred else targets
        if not named and form not in ("definite", "probe"):
            return  # "Sommée de ...", "had been sent ...": only with the platform named
        found = _earlier_step(discourse, view.index, named, self.linker)
        if found is None:
            return
        actor, earlier_targets = found
        if self._not_the_story(view, discourse, actor) or (
                form in ("definite", "probe") and _told_already(
                    discourse, trig.type, actor, named or earlier_targets)):
            return
        yield from self._emit(view, trig, status, clause, slots, discourse, lp, [actor],
                              named or earlier_targets, not named)

    def _sets_apart(self, view: SentenceView, trig: TriggerMatch) -> bool:
        """A body, a court, an agent or a platform acting on its own, or "a separate" step."""
        if platform_shares_subject(view, trig, self.linker) or court_relative(view, trig):
            return True
        if _named_agent_after(view, trig) or _ANOTHER.search(view.text, 0, trig.end):
            return True
        return any(_acting_mention(m) for m in view.actor_candidates or [])

    def _not_the_story(self, view: SentenceView, discourse: Discourse, actor: str) -> bool:
        """Another country than the body's ("A fine was imposed in Germany in 2019"; a member
        state too: "Apple had been fined in France" is no Commission fine), or another body
        named as a subject since its step."""
        if elsewhere_than(self.linker, frozenset(), actor, view.mentions):
            return True  # "fined in France in 2020" is not the Commission's
        latest = [key for at, key in discourse.subject_authorities if at < view.sentence.start]
        return bool(latest) and latest[-1] != actor


def _agentless_form(view: SentenceView, trig: TriggerMatch) -> str | None:
    """How the step is told with no agent: "definite" ("L'enquête avait été ouverte"),
    "probe" ("The investigation began with an inspection"), "received" ("had been sent a
    notice"), "passive" ("X s'était vu enjoindre de", "Sommée de ..., X"); None otherwise."""
    text, start = view.text, trig.start
    if trig.form == "nominal":
        if _PROBE_BEGAN_WITH.search(text, 0, start):
            return "probe"
        if _RECEIVED_BEFORE.search(text, 0, start):
            return "received"
        if _DEFINITE_BEFORE.search(text, 0, start) and g.is_definite(text, start):
            return "definite"
        return None
    if trig.form != "verbal":
        return None
    if g.is_passive(text, start, trig.end):
        return "passive"
    first_word = text[start:trig.end].split(" ", 1)[0]
    if _OPENING.fullmatch(text, 0, start) and g.PARTICIPLE.search(first_word):
        return "passive"
    return None


def agent_of_another(view: SentenceView, trig: TriggerMatch, lp: LanguagePatterns) -> bool:
    """The step names an agent that is no body right after it: "TikTok was sent a
    questionnaire by its auditors in 2022" is not the article's body's request; "par
    l'autorité" is the body referred back to."""
    agent = _DETERMINED_AGENT.match(view.text, trig.end)
    if agent is None or agent_is_a_body(view.text, agent.end(), view.mentions):
        return False
    clause = _CLAUSE.match(view.text, agent.end())
    end = clause.end() if clause else agent.end()
    anaphor = lp.authority_anaphora.search(view.text, agent.start(), end)
    return anaphor is None or _JUSTICE.search(anaphor.group(0)) is not None


def elsewhere_than(linker: Linker, members: frozenset[str], actor: str,
                   mentions: list[Mention] | tuple[Mention, ...]) -> bool:
    """A country named other than the body's (a member state is the EU's): "A fine was imposed
    in Germany in 2019" is not the CNIL's, "inspections in Germany and Spain" may be the
    Commission's."""
    home = (linker.jurisdiction_of(actor) or "").split("-")[0]
    for mention in mentions:
        if kind_of(mention.key) != "jurisdiction":
            continue
        country = mention.key.partition("/")[2].split("-")[0]
        if country != home and not (home == "EU" and country in members):
            return True
    return False


def _named_agent_after(view: SentenceView, trig: TriggerMatch) -> bool:
    """Any agent after the step ("by its auditors", "par le parquet", "by Meta"); not "sous
    astreinte de 100 000 euros par jour"."""
    if _DETERMINED_AGENT.match(view.text, trig.end) or _BARE_AGENT.match(view.text, trig.end):
        return True
    agent = ANY_AGENT.match(view.text, trig.end)
    return agent is not None and any(m.start == agent.end() for m in view.mentions)


def _acting_mention(mention: Mention) -> bool:
    """A body, a court or an official named in the sentence: the step may be theirs."""
    # A country is a place here; one other than the body's is `_not_the_story`'s.
    return kind_of(mention.key) != "jurisdiction"


def _told_already(discourse: Discourse, kind: str, actor: str, targets: list[str]) -> bool:
    """"The Commission sent preliminary findings to Temu. The proceedings, opened on 14
    March": the probe told before with no day is the one named again, its opening
    background_openings' to date (a dated restatement would take the findings' place)."""
    return any(step[0] == kind and step[1] == actor and step[2] in targets and step[3] is None
               for step in discourse.steps)


def _earlier_step(discourse: Discourse, index: int, named: list[str],
                  linker: Linker) -> tuple[str, list[str]] | None:
    """(actor, targets) of the latest earlier sentence's steps, on the `named` platforms (one
    of their group) when the sentence names any; one actor only. With none named, only the
    platforms that sentence names itself: a guess is not passed on."""
    for at in sorted({i for i, *_ in discourse.told_steps if i < index}, reverse=True):
        steps = [(actor, target) for i, _, actor, target in discourse.told_steps if i == at]
        if named:
            steps = [(actor, target) for actor, target in steps if any(
                target == key or one_group(linker.reference, target, key) for key in named)]
            if not steps:
                continue
        actors = {actor for actor, _ in steps}
        if len(actors) != 1:
            return None  # two bodies' steps: either one's
        if not named and not {t for _, t in steps} <= {
                key for i, _, key in discourse.targets if i == at}:
            return None  # "Le Garante lui a enjoint": a platform read back is not copied on
        actor = actors.pop()
        targets = list(dict.fromkeys(target for _, target in steps))
        if any(a != actor and t in targets for i, _, a, t in discourse.told_steps if i < index):
            return None  # "The CNIL fined Google. The ICO also fined Google.": either body's
        return actor, targets
    return None
