"""A second, broader recall layer for actions: cue words of the domain, scored. Layer 1.

The precise triggers of actions.yaml each spell out one phrasing; text written by someone else
often says the same step in other words ("probed", "se penche sur", "took X to court"). Here a
lexicon of cue words per type and language (data/patterns/lexicon.yaml) proposes a step, and a
small transparent score over named features decides whether the sentence states it: the cue,
who acts, and against whom. Vetoes (purpose, possibility, a provision, another event, the
company's own doing) end a candidate outright: a wrong fact is worse than a missing one.

The layer runs only where the precise triggers found no step of the cue's type in the sentence,
so the precise results stay as they are. ActionFinder inherits `LexiconSteps`; the actors,
targets, status and slots (dates, amounts, laws, deadlines) come from the same machinery as for
a precise trigger.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from regkg.extract.backup import already_stated
from regkg.extract.backup import sole_authority as sole_authority  # re-exported
from regkg.extract.backup import without_backup_repeats as without_backup_repeats  # re-exported
from regkg.extract.commitments import company_commitment
from regkg.extract.coordinated_fines import coordinated_fine_targets
from regkg.extract.deadline_orders import deadline_orders
from regkg.extract.decision_duties import decision_duties
from regkg.extract.further_terms import further_terms
from regkg.extract.groups import group_members, similar_step
from regkg.extract.legislation import aimed_targets, chamber_of_country
from regkg.extract.lexicon_accusations import charge_not_finding
from regkg.extract.lexicon_actors import (
    consequence,
    consequence_terms,
    fronted_clause,
    fronted_subject,
    fronted_targets,
    list_lead_actor,
    paragraph_subject,
    sentence_agent,
)
from regkg.extract.lexicon_aims import aim_clause_end
from regkg.extract.lexicon_evidence import (
    Evidence,
    actor_evidence,
    cue_evidence,
    owned_noun,
    target_evidence,
)
from regkg.extract.lexicon_findings import reported_findings
from regkg.extract.lexicon_further import further_fines, prior_fines
from regkg.extract.lexicon_nouns import agentless_noun, bare_or_governed_noun, noun_not_done
from regkg.extract.lexicon_nouns import undergone as undergone  # re-exported
from regkg.extract.lexicon_obligations import reported_obligations
from regkg.extract.lexicon_repeats import another_bodys_step, parallel_targets
from regkg.extract.lexicon_vetoes import (
    about_another_event,
    counted_step,
    is_passive_cue,
    own_doing,
    provision_or_unpriced_fine,
    purpose_or_possibility,
)
from regkg.extract.linking import Discourse, kind_of
from regkg.extract.modality import FACTUAL_STATUSES, decide_status, list_lead_status
from regkg.extract.named_agents import non_authority_agent
from regkg.extract.own_day_steps import told_on_another_day
from regkg.extract.patterns import LEXICON_FILE as LEXICON_FILE  # re-exported
from regkg.extract.patterns import (
    LanguageLexicon,
    LanguagePatterns,
    Lexicon,
    Patterns,
    TriggerMatch,
)
from regkg.extract.patterns import load_lexicon as load_lexicon  # re-exported
from regkg.extract.relative_probes import relative_probes
from regkg.extract.slots import find_date
from regkg.extract.stated_agents import unresolved_agent, unresolved_agent_after_noun
from regkg.extract.target_passives import reduced_passive
from regkg.extract.target_places import listed_subjects
from regkg.extract.target_repeats import distinct_step
from regkg.extract.told_back import agent_of_another
from regkg.extract.trigger_matches import find_cues
from regkg.extract.warned_possibilities import warned_object_pronoun
from regkg.extract.warned_referents import service_meant
from regkg.models import Action

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView
    from regkg.extract.linking import Linker
    from regkg.extract.slots import Slots


class LexiconSteps:
    """The lexicon layer of ActionFinder (a mixin: it uses the finder's actors, targets and
    action building)."""

    linker: Linker
    patterns: Patterns
    lexicon: Lexicon | None

    if TYPE_CHECKING:
        def _actors(self, view: SentenceView, trig: TriggerMatch, discourse: Discourse,
                    lp: LanguagePatterns) -> list[str]: ...

        def _targets(self, view: SentenceView, trig: TriggerMatch, clause: tuple[int, int],
                     actors: list[str], discourse: Discourse,
                     lp: LanguagePatterns) -> tuple[list[str] | None, bool]: ...

        def _actions_for(self, view: SentenceView, trig: TriggerMatch, status: str,
                         clause: tuple[int, int], slots: Slots, discourse: Discourse,
                         lp: LanguagePatterns) -> Iterator[Action]: ...

        def _last_targets(self, discourse: Discourse, view: SentenceView, before: int,
                          plural: bool, reach: int = 3, sole: bool = False) -> list[str]: ...

        def _emit(self, view: SentenceView, trig: TriggerMatch, status: str,
                  clause: tuple[int, int], slots: Slots, discourse: Discourse,
                  lp: LanguagePatterns, actors: list[str], targets: list[str],
                  inferred: bool) -> Iterator[Action]: ...

    def _lexicon_actions(self, view: SentenceView, slots: Slots, discourse: Discourse,
                         triggers: list[TriggerMatch], unanswered: list[TriggerMatch],
                         lp: LanguagePatterns) -> Iterator[Action]:
        yield from deadline_orders(self, view, slots, discourse, triggers, lp)
        yield from further_terms(self, view, slots, discourse, triggers, lp)
        yield from relative_probes(self, view, slots, discourse, triggers, unanswered, lp)
        yield from further_fines(self, view, slots, discourse, triggers, unanswered, lp)
        yield from prior_fines(self, view, slots, discourse, triggers, unanswered, lp)
        yield from reported_obligations(self, view, slots, discourse, triggers, unanswered, lp)
        yield from decision_duties(self, view, slots, discourse, triggers, unanswered, lp)
        yield from reported_findings(self, view, slots, discourse, triggers, unanswered, lp)
        if self.lexicon is None:
            return
        ll = self.lexicon.of(slots.article.language)
        cues = find_cues(view.text, ll, triggers, unanswered)
        if not cues or about_another_event(view.text, ll):
            return
        # Clauses run between the steps stated or proposed here (an unanswered trigger is
        # among the cues, or gave way to a longer one).
        bounds = sorted({(t.start, t.end) for t in triggers if t not in unanswered}
                        | {(c.start, c.end) for c in cues})
        for cue in cues:
            i = bounds.index((cue.start, cue.end))
            # (the step a cue asks for is in its clause: lexicon_aims)
            clause = (bounds[i - 1][1] if i else 0,
                      aim_clause_end(view.text, cue, bounds[i + 1:]))
            yield from self._scored_step(view, cue, clause, slots, discourse,
                                         (triggers, unanswered), ll, lp)

    def _scored_step(self, view: SentenceView, cue: TriggerMatch, clause: tuple[int, int],
                     slots: Slots, discourse: Discourse,
                     matched: tuple[list[TriggerMatch], list[TriggerMatch]],
                     ll: LanguageLexicon, lp: LanguagePatterns) -> Iterator[Action]:
        assert self.lexicon is not None
        triggers, unanswered = matched
        alone = clause == (0, len(view.text))  # the sentence's one step word
        clause = fronted_clause(view.text, cue, clause)  # "After fining X in 2021, the CNIL ..."
        if self._vetoed(view, cue, triggers, ll, lp):
            return
        status = list_lead_status(self._cue_status(view, cue, clause, lp), slots.article.text,
                                  view.sentence.start, lp, cue.type)
        if status not in FACTUAL_STATUSES:
            return
        if cue.form == "company":
            # The platform's own commitment needs the platform and the authority it answered:
            # the same test as for a precise trigger (commitments.py).
            # (one platform's commitment is no repeat of another's: company_commitment
            # checks the article's statements for the platform it finds)
            yield from company_commitment(view, cue, status, clause, slots, discourse,
                                          self.linker, lp, backup=True)
            return
        weighed = self._weighed(view, cue, clause, discourse, unanswered, alone, lp, slots)
        if weighed is None:
            return
        actors, targets, inferred, distinct, own_day = weighed
        for action in self._emit(view, cue, status, clause, slots, discourse, lp, actors,
                                 targets, inferred):
            action = consequence_terms(action, view, cue, self.patterns, discourse)
            if own_day:
                discourse.own_days.add(id(action))
            # (a headline's step stands for the body's: a precise statement of it wins)
            if not distinct or view.headline:
                discourse.backup.add(id(action))
            yield action

    def _weighed(self, view: SentenceView, cue: TriggerMatch, clause: tuple[int, int],
                 discourse: Discourse, unanswered: list[TriggerMatch], alone: bool,
                 lp: LanguagePatterns, slots: Slots
                 ) -> tuple[list[str], list[str], bool, bool, bool] | None:
        """The cue's actors and new targets, whether they were inferred, whether the step
        is distinct from one already stated and whether it is told on a day of its own
        (own_day_steps); None when the evidence does not pass."""
        assert self.lexicon is not None
        actors, fallback = self._cue_actors(view, cue, discourse, lp, slots.article.text)
        targets, inferred = self._cue_targets(view, cue, clause, actors, discourse, lp)
        named = {self.linker.actor_key(m.key) or "" for m in view.actor_candidates or []}
        anaphor = lp.target_anaphora.search(view.text, cue.end, clause[1]) is not None
        owned = fallback is None and owned_noun(view, cue, actors, self.linker)
        evidence = Evidence([cue_evidence(cue, unanswered, owned),
                             actor_evidence(actors, named, fallback),
                             target_evidence(targets, inferred, anaphor, cue.type)])
        distinct = distinct_step(view.text, cue.start, cue.end, cue.form == "verbal", actors,
                                 set() if fallback else named, not alone) or (
            alone and fallback is None and (cue.form != "nominal" or owned)
            and another_bodys_step(discourse, cue.type, targets, actors)) or (
            # a second body named in the sentence fines the first clause's company: its own fine
            # ("the AP fined Uber, and Britain's ICO imposed a penalty", coordinated_fines)
            cue.type == "fine" and inferred and fallback is None and bool(actors)
            and set(actors) <= named and another_bodys_step(discourse, cue.type, targets, actors))
        # (a step told with a day of its own, its actor stated or one of those counted before,
        # is no repeat of one told on another day: "En 2021, la société a été condamnée")
        if (counted := counted_step(view, cue, slots.article.text)) is None:
            return None  # "two stores ... The first, opened in 2012": no step
        another_day = told_on_another_day(view, cue, clause,
                                          lambda: find_date(view, cue, clause, slots),
                                          discourse, targets, counted) \
            if fallback is None or counted else []
        targets = self._new_targets(view, cue, targets, discourse, actors if distinct else None,
                                    another_day)
        if targets is None or not evidence.passes(self.lexicon):
            return None
        return actors, targets, inferred, distinct, bool(targets) and set(targets) <= set(
            another_day)

    def _vetoed(self, view: SentenceView, cue: TriggerMatch, triggers: list[TriggerMatch],
                ll: LanguageLexicon, lp: LanguagePatterns) -> bool:
        """A purpose or possibility, a noun of no step done, a provision, a bare or governed
        noun, or the company's own doing: no step, whatever the evidence."""
        return (purpose_or_possibility(view.text, cue, ll) or noun_not_done(view.text, cue, ll)
                or provision_or_unpriced_fine(view, cue, ll)
                or bare_or_governed_noun(view.text, cue, triggers, ll)
                or own_doing(view, cue, lambda k: self.linker.is_target(k, ""),
                             lp.target_anaphora))

    def _cue_status(self, view: SentenceView, cue: TriggerMatch, clause: tuple[int, int],
                    lp: LanguagePatterns) -> str | None:
        if consequence(view.text, cue):  # its "will"/"devra" is what the warning says
            return self.patterns.done_status[cue.type]
        return decide_status(view.text, cue.start, cue.end,
                             max(clause[0], cue.start - self.patterns.cue_window),
                             self.patterns.done_status[cue.type], lp, self.patterns.asides,
                             cue.type)

    def _new_targets(self, view: SentenceView, cue: TriggerMatch, targets: list[str] | None,
                     discourse: Discourse, by: list[str] | None,
                     another_day: list[str]) -> list[str] | None:
        """The targets not already stated with a step of this type (by `by`, for a step of
        its own); None when none is left, or when a noun cue names no reference entity."""
        if targets is None or (cue.form == "nominal" and not self._known(view, targets)):
            return None
        targets = [t for t in targets
                   if t in another_day or not already_stated(discourse, cue.type, t, by)]
        return targets if targets or cue.type == "legislation" else None

    def _cue_targets(self, view: SentenceView, cue: TriggerMatch, clause: tuple[int, int],
                     actors: list[str], discourse: Discourse,
                     lp: LanguagePatterns) -> tuple[list[str] | None, bool]:
        """The finder's targets; commitments made binding with no company in the clause
        ("l'Autorité les a rendus obligatoires") are the last-named company's."""
        if not actors or charge_not_finding(view.text, cue, actors, self.linker):
            return None, False
        assert self.lexicon is not None
        undergoing = undergone(view, cue, self.lexicon.of(view.language).undergoes, self.linker,
                               (lp.target_anaphora, lambda at, plural: self._last_targets(
                                   discourse, view, at, plural, sole=True)))
        if cue.form == "nominal" and undergoing:
            return undergoing[-1:], False
        if view.headline and cue.form == "verbal" and reduced_passive(view.text, cue.start,
                                                                      cue.end):
            # "X probed by European Commission over Grok deepfakes": the name before the
            # participle is the target, not the subject matter after it
            return (listed_subjects(view.text, view.mentions, clause[0], cue.start,
                                    lambda k: self.linker.is_target(k, cue.type)) or None), False
        targets, inferred = self._targets(view, cue, clause, actors, discourse, lp)
        if targets is None and (main := fronted_targets(view, cue, self.linker)):
            return main, True
        if cue.type == "legislation" and not targets:
            return aimed_targets(view, cue.end, self.linker), False
        if targets is None and (cue.type == "commitment" or (
                cue.form == "verbal" and similar_step(view.text, cue.start, cue.end))):
            return self._last_targets(discourse, view, cue.start, plural=False) or None, True
        if targets is None and (also := parallel_targets(
                view.text, cue, actors, discourse,
                self._last_targets(discourse, view, cue.start, plural=False))
                or self._coordinated_fine(view, cue)):  # ", and Britain's ICO imposed a fine"
            return also, True
        if targets is None and consequence(view.text, cue):  # "À défaut, chacune devra ..."
            return self._last_targets(discourse, view, cue.start, plural=True) or None, True
        if targets is None and cue.type == "warning" and (
                plural := warned_object_pronoun(view.text, cue.end)) is not None:
            # "a prévenu qu'il la bloquerait": the platform told before
            return service_meant(self._last_targets(discourse, view, cue.start, plural),
                                 discourse, view.index, self.linker.reference) or None, True
        if targets is None and is_passive_cue(view.text, cue, view.headline):
            # "TikTok has been told to pay": the passive subject (and those listed before it),
            # which `grammar.is_passive` misses when the participle has no regular ending.
            return (listed_subjects(view.text, view.mentions, clause[0], cue.start,
                                    lambda k: self.linker.is_target(k, cue.type)) or None), False
        return targets, inferred

    def _coordinated_fine(self, view: SentenceView, cue: TriggerMatch) -> list[str]:
        """A fine clause with a sum, no party, after a company fined (coordinated_fines)."""
        if cue.type != "fine":
            return []
        fined = [m.key for m in view.mentions if m.end <= cue.start
                 and self.linker.is_target(m.key, "fine")]
        return coordinated_fine_targets(view.text, cue.start, cue.end, fined)

    def _known(self, view: SentenceView, targets: list[str]) -> bool:
        """A reference entity among the targets (or none, a class): a noun cue is too weak to
        vouch for a name the rules only guessed ("brought by Mr. Torrez"), but not for one
        listed with known ones ("Character.AI, Nomi, Chai and Chub AI")."""
        return not targets or any(self.linker.reference.get(t) is not None for t in targets)

    def _cue_actors(self, view: SentenceView, cue: TriggerMatch, discourse: Discourse,
                    lp: LanguagePatterns, text: str) -> tuple[list[str], str | None]:
        """The finder's actors; none when the cue's agent after its participle is named and is
        no public body (named_agents); failing them, the subject of the lead of a list whose item
        the cue opens ("lead"); for an agentless passive step of a type that can have one,
        the authority named before it in the sentence, else the article's one authority
        ("principal"), else the body last named as a subject in the paragraph ("recent")."""
        actors = (self._actors(view, cue, discourse, lp)
                  or group_members(view, self.linker, cue.type)
                  or chamber_of_country(view, cue, self.linker))
        if actors:
            return actors, None
        if non_authority_agent(view, cue, view.actor_candidates or []) or (
                is_passive_cue(view.text, cue, view.headline)
                and unresolved_agent(view, cue, view.actor_candidates or [])) or (
                unresolved_agent_after_noun(view, cue, view.actor_candidates or [])) or (
                agent_of_another(view, cue, lp)):  # "was sent a questionnaire by its auditors"
            return [], None  # "filed by consumer groups", "ordered by a judge": not the body's
        if lead := list_lead_actor(view, cue, discourse, text, self.linker):
            return [lead], "lead"
        if main := fronted_subject(view, cue, self.linker):
            return [main], None
        assert self.lexicon is not None
        undergoes = self.lexicon.of(view.language).undergoes
        noun_end = cue.start + len(view.text[cue.start:cue.end].split(" ", 1)[0])
        passive = is_passive_cue(view.text, cue, view.headline) or consequence(
            view.text, cue) or (
            cue.form == "nominal" and (
                _PASSIVE_AFTER.match(view.text, noun_end) is not None
                or _PARTICIPLE_AFTER.match(view.text, cue.end) is not None
                or agentless_noun(view, cue, undergoes, self.linker)))
        if not passive or cue.type not in self.lexicon.principal_types:
            return [], None
        actors, fallback = self._passive_agent(view, cue, discourse, text)
        if actors and self._elsewhere(view, actors[0]):
            return [], None
        return actors, fallback

    def _elsewhere(self, view: SentenceView, actor: str) -> bool:
        """"X was previously fined in Brazil, Ofcom noted": a step located in another country
        than the supposed actor's is not its step."""
        home = (self.linker.jurisdiction_of(actor) or "").split("-")[0]
        return any(kind_of(m.key) == "jurisdiction" and self.linker.is_locative(view.text, m.start)
                   and m.key.partition("/")[2].split("-")[0] != home for m in view.mentions)

    def _passive_agent(self, view: SentenceView, cue: TriggerMatch, discourse: Discourse,
                       text: str) -> tuple[list[str], str | None]:
        """The authority the sentence names as the passive's source (see
        `lexicon_actors.sentence_agent`), the article's one authority, or the body last named
        as a subject in the paragraph."""
        if named := sentence_agent(view, cue, self.linker):
            return [named], None
        if discourse.principal:
            return [discourse.principal], "principal"
        recent = paragraph_subject(view, discourse, text, self.linker)
        return ([recent], "recent") if recent else ([], None)


# "une demande formelle d'informations adressée au réseau social", "a notice sent to X": a
# noun and its participle, no agent.
_PARTICIPLE_AFTER = re.compile(
    r"\s+(?:adressée?s?|envoyée?s?|notifiée?s?|transmise?s?|sent|addressed|issued|served)\b",
    re.IGNORECASE)
# "an investigation has been opened", "une enquête a été ouverte": the noun is the subject of
# a passive; nobody is named as its agent.
_PASSIVE_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,6}?(?:was|were|has\s+been|have\s+been|had\s+been|is\s+being|been|été|"
    r"est|sont)\s+(?:\w+\s+)?(?:opened|launched|started|initiated|filed|"
    r"brought|imposed|issued|ouverte?s?|lancée?s?|engagée?s?|déposée?s?|infligée?s?|"
    r"prononcée?s?)\b", re.IGNORECASE)
