"""Actions from sentences: trigger -> type, actor, targets, date, amount, deadline, status.

Layer 1. One trigger ("a ordonné à", "opened formal proceedings", "amende de") per step; each
step is split into one `Action` per (actor, target), as the gold does. A step needs an actor
(an authority, a country, a pronoun that refers back to one) and a target (a named platform,
service, company; a person for sanctions) or an explicit class of platforms ("gatekeepers");
without them it is too vague to state as a fact and is dropped.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from regkg.extract import grammar as g
from regkg.extract.acronyms import link_defined_acronyms
from regkg.extract.addressed_bodies import turned_to
from regkg.extract.bystander_names import is_bystander
from regkg.extract.commitment_sources import step_amount
from regkg.extract.commitments import agreed_step, company_commitment, company_payment
from regkg.extract.court_descriptions import court_steps_of
from regkg.extract.dates import DateMention, find_dates
from regkg.extract.fronted_sources import aside_spans
from regkg.extract.grammar import straighten as straighten  # re-exported: callers import it here
from regkg.extract.groups import state_officer, with_group_members
from regkg.extract.joint import joint_actors, with_joined
from regkg.extract.lexicon import Lexicon, LexiconSteps, without_backup_repeats
from regkg.extract.linking import (
    ACTOR_KINDS,
    DescribedMention,
    Discourse,
    Linker,
    counterpart_coordinated,
    kind_of,
    names_the_probe,
)
from regkg.extract.modality import called_for, decide_status, list_lead_status
from regkg.extract.ordering_bodies import ordering_body
from regkg.extract.passive_actors import PassiveActors
from regkg.extract.patterns import LanguagePatterns, Patterns
from regkg.extract.patterns import TriggerMatch as TriggerMatch  # re-exported
from regkg.extract.provisions import is_provision_fine
from regkg.extract.second_verb_dates import same_targets_on_own_day
from regkg.extract.shared_subjects import court_relative, platform_shares_subject
from regkg.extract.slots import Slots, find_date, find_deadline, find_laws
from regkg.extract.target_channels import channel_mentions
from regkg.extract.target_steps import record_step
from regkg.extract.text import Sentence
from regkg.extract.told_back import ToldBack
from regkg.extract.trigger_matches import find_triggers as find_triggers  # re-exported
from regkg.models import Action, Evidence, Mention

# A subject pronoun, then a verb that delivers a step named by a noun ("it sent the forum a
# provisional notice", "elle a adressé à la plateforme une demande").
_PRONOUN_SENDS = re.compile(
    r"(?:^|[\s\"«“(])(?:it|they|we|il|elle|ils|elles|nous)\s+(?:(?:has|have|had|also|then|later|"
    r"a|ont|avait|avaient|également|aussi|ensuite|lui|leur)\s+)*(?:sent|sends|issued|issues|gave|"
    r"given|served|handed|imposed|adressé|adresse|envoyé|envoie|notifié|notifie|transmis|signifié)\b"
    r"[^,;:.]{0,50}$", re.I)
# A country inside an apposition naming a kind of body: ", the UK regulator,".
_APPOSED_BEFORE = re.compile(r",\s+(?:the|its|a|an|le|la|l')\s*$", re.I)
_BODY_AFTER = re.compile(r"(?:'s)?\s+(?:[\w-]+\s+){0,3}?(?:regulator|watchdog|authority|agency|"
                         r"commissioner|coordinator|court|prosecutor)\b", re.I)
_APPOSITION_GAP = re.compile(r"\s*,\s*(?:the|its|le|la|l'|son|sa)?\s*", re.I)
_ACRONYM_ASIDE = re.compile(r"\((?-i:[A-Z][A-Za-z]{1,7})\)")
# Longer "sentences" are not prose (lists or tables run together, hostile input): no actions.
MAX_SENTENCE_CHARS = 2_000


@dataclass
class SentenceView:
    """One sentence with everything found in it; offsets relative to the sentence."""

    index: int
    sentence: Sentence
    text: str  # apostrophes straightened, same length as sentence.text
    mentions: list[Mention]
    paragraph: int
    published: dt.date | None
    language: str
    headline: bool = False
    provision: bool = False  # states a statutory maximum: no fine from it
    _dates: list[DateMention] | None = None
    actor_candidates: list[Mention] | None = None  # set once per sentence by ActionFinder

    @property
    def dates(self) -> list[DateMention]:
        """Date expressions of the sentence, found on first use and kept."""
        if self._dates is None:
            self._dates = find_dates(self.sentence.text, self.published, self.language)
        return self._dates


class ActionFinder(PassiveActors, LexiconSteps, ToldBack):
    """Per-article action extraction over precomputed sentence views: the precise triggers,
    then the lexicon layer where they found no step of a type (lexicon.py)."""

    def __init__(self, linker: Linker, patterns: Patterns,
                 lexicon: Lexicon | None = None) -> None:
        self.linker = linker
        self.patterns = patterns
        self.lexicon = lexicon

    def find(self, views: list[SentenceView], slots: Slots) -> list[Action]:
        link_defined_acronyms(views)
        discourse = Discourse(principal=self._principal_of(views, slots.writer),
                              writer=slots.writer,
                              unnamed_commissions=slots.unnamed_commissions,
                              commissions_outside_eu=slots.commissions_outside_eu)
        actions: list[Action] = []
        for view in views:
            found = list(self._sentence_actions(view, slots, discourse))
            actions.extend(found)
            self._remember_view(view, discourse, slots.article.language)
            # A body that acted is a referent for "the ministry", "elle" later on, even named
            # by its country or a description ("le magistrat avait sommé X"): the subject.
            # A platform acting on its own commitment is no authority.
            for actor in dict.fromkeys(a.actor for a in found
                                       if a.actor and a.actor not in a.targets):
                if (view.sentence.start, actor) not in discourse.subject_authorities:
                    bisect.insort(discourse.subject_authorities, (view.sentence.start, actor))
                if all(key != actor for _, key in discourse.authorities):
                    bisect.insort(discourse.authorities, (view.sentence.start, actor))
        return without_backup_repeats(actions, discourse, views)

    def _sentence_actions(self, view: SentenceView, slots: Slots,
                          discourse: Discourse) -> Iterator[Action]:
        lp = self.patterns.of(slots.article.language)
        if len(view.text) > MAX_SENTENCE_CHARS:
            return  # not prose: a list or a table run together, or hostile input
        triggers = find_triggers(view.text, lp)
        previous: list[Action] = []  # the actions of the previous trigger
        unanswered: list[TriggerMatch] = []  # matched, but no actor or target was found
        for i, trig in enumerate(triggers):
            if is_provision_fine(view, trig, slots.article.language, lp):
                continue
            if i and (called_for(view.text, triggers[i - 1], trig, lp)
                      or agreed_step(view.text, triggers[i - 1], trig)):
                continue
            clause_start = triggers[i - 1].end if i else 0
            clause_end = triggers[i + 1].start if i + 1 < len(triggers) else len(view.text)
            status = list_lead_status(decide_status(
                view.text, trig.start, trig.end,
                max(clause_start, trig.start - self.patterns.cue_window),
                self.patterns.done_status[trig.type], lp, self.patterns.asides, trig.type),
                slots.article.text, view.sentence.start, lp, trig.type)
            if status is None:
                continue
            clause = (clause_start, clause_end)
            company_step = company_commitment if trig.type == "commitment" else company_payment
            found = list(company_step(view, trig, status, clause, slots, discourse,
                                      self.linker, lp)
                         if trig.form == "company" else
                         self._actions_for(view, trig, status, clause, slots, discourse, lp))
            if i and trig.form == "verbal" and lp.shared_subject.match(
                    view.text, triggers[i - 1].end, trig.start):
                # "a infligé une amende à X et ordonné ...": a 2nd verb aims at the 1st one's target
                found = g.share_dates(found, previous) if found else same_targets_on_own_day(
                    previous, trig, status, view, clause, slots)
            if not found and trig.form != "company":
                unanswered.append(trig)
            previous = found
            yield from found
        yield from self._lexicon_actions(view, slots, discourse, triggers, unanswered, lp)

    def _actions_for(self, view: SentenceView, trig: TriggerMatch, status: str,
                     clause: tuple[int, int], slots: Slots, discourse: Discourse,
                     lp: LanguagePatterns) -> Iterator[Action]:
        actors = ordering_body(view, self._actors(view, trig, discourse, lp), self.linker)
        actors = with_joined(actors, view, trig, self.linker, lp)
        if not actors:  # "L'enquête avait été ouverte en 2021": the story's body (told_back)
            yield from self._told_back(view, trig, status, clause, slots, discourse, lp)
            return
        targets, inferred = self._targets(view, trig, clause, actors, discourse, lp)
        if targets is None:
            return
        yield from self._emit(view, trig, status, clause, slots, discourse, lp, actors,
                              targets, inferred)

    def _emit(self, view: SentenceView, trig: TriggerMatch, status: str,
              clause: tuple[int, int], slots: Slots, discourse: Discourse,
              lp: LanguagePatterns, actors: list[str], targets: list[str],
              inferred: bool) -> Iterator[Action]:
        """One Action per (actor, target) of a step, with its date, laws, amount, deadline."""
        own_subject = trig.form == "nominal" and not self._agent_after(
            view, trig, view.actor_candidates or [], discourse, lp)
        date = find_date(view, trig, clause, slots, own_subject=own_subject)
        start = view.sentence.start
        evidence = Evidence(view.sentence.text, start, view.sentence.end)
        actors = court_steps_of(with_group_members(view, self.linker, trig.type, actors),
                                view, trig, self.linker)
        for actor in (state_officer(self.linker, a, trig.type) for a in actors):
            jurisdiction = self.linker.jurisdiction_of(actor)
            laws = find_laws(view, jurisdiction, slots, self.linker)
            amount = step_amount(view, trig, jurisdiction, slots, self.patterns)
            deadline = find_deadline(view, trig, slots) \
                if trig.type in ("order", "request_for_information") else None
            for target in targets or (None,):
                step = (trig.type, actor, target, date)
                if inferred and step in discourse.steps:
                    continue
                record_step(discourse, step, view.index, view.headline)
                yield Action(
                    # A country with no government in the reference: the step is the
                    # country's, its acting body unknown (an actor must be an authority).
                    type=trig.type,
                    actor=None if kind_of(actor) in ("jurisdiction", "court") else actor,
                    targets=(target,) if target else (),
                    jurisdiction=jurisdiction, laws=laws, date=date, status=status,  # type: ignore[arg-type]
                    evidence=evidence, amount=amount,
                    deadline=deadline.iso if deadline else None,
                    deadline_text=deadline.text if deadline else None)

    # --- actors ---------------------------------------------------------------------------

    def _actors(self, view: SentenceView, trig: TriggerMatch, discourse: Discourse,
                lp: LanguagePatterns) -> list[str]:
        if view.actor_candidates is None:
            view.actor_candidates = self._placed_actor_mentions(view, lp, discourse)
        candidates = view.actor_candidates
        if platform_shares_subject(view, trig, self.linker) or court_relative(view, trig):
            return []  # "Meta had argued ... and warned": the platform's own step
        passive = g.is_passive(view.text, trig.start, trig.end)
        if trig.form == "nominal":
            # before the agent: "a joint investigation conducted with the privacy commissioners
            # of Quebec, British Columbia and Alberta" is no agent "of Quebec"
            joint = joint_actors(view, trig, candidates, discourse, self.linker, lp)
            if joint:
                return joint
        if trig.form == "nominal" or passive:
            agent = self._named_agent(view, trig, candidates, discourse, lp)
            if agent is not None:
                return agent  # [] for an agent that is no authority ("filed by noyb")
        if passive and not any(m.end <= trig.start for m in candidates):
            # "Google has also been given a formal warning": no agent and no body named before
            # the verb; the step is the body's that already acted against the subject.
            answered = self._acted_against_subject(view, trig, discourse)
            if answered:
                return [answered]
        described = self._acted_against_described(view, trig, candidates, discourse, lp) \
            if passive else None
        if described:
            return [described]
        located = self._located(view, trig, candidates, passive)
        if located:
            return located
        if not passive:
            before = self._subject_before(view, trig, candidates, lp)
            if before and not (g.PARTICIPLE_END.search(view.text[trig.start:trig.end])
                               and self._words_after_actor(view, trig, candidates) > 6):
                return before
            if before:
                return []
        return self._anaphoric_or_described(view, trig, discourse, lp)

    def _words_after_actor(self, view: SentenceView, trig: TriggerMatch,
                           candidates: list[Mention]) -> int:
        """Words between the nearest actor mention before the trigger and the trigger."""
        ends = [m.end for m in candidates if m.end <= trig.start]
        return len(view.text[max(ends, default=0):trig.start].split())

    def _actor_mentions(self, view: SentenceView, lp: LanguagePatterns) -> list[Mention]:
        """Authorities, countries and described regulators that may act. A country in the
        possessive is not the actor ("Ireland's Data Protection Commission", "Australia's
        Online Safety Act") unless its government or ministry follows ("India's IT ministry")."""
        counterparts = self.linker.counterparts(view.text, view.mentions, lp)
        places = {(m.start, m.end) for m in counterparts}
        # A dateline's place ("Bruxelles, le 2 février 2022 — ...") is where the text was written.
        dateline = self.patterns.dateline.match(view.text)
        places |= {(m.start, m.end) for m in view.mentions
                   if dateline and m.end <= dateline.start("date")}
        # "Ofcom, the UK regulator, fined 4chan": a country describing the body before it.
        places |= {(m.start, m.end) for m in view.mentions if kind_of(m.key) == "jurisdiction"
                   and _APPOSED_BEFORE.search(view.text, 0, m.start)
                   and _BODY_AFTER.match(view.text, m.end)}
        found = [m for m in view.mentions if kind_of(m.key) in ACTOR_KINDS
                 and (m.start, m.end) not in places
                 and not (kind_of(m.key) == "jurisdiction" and g.POSSESSIVE_NOT_GOVERNMENT.match(
                     view.text, m.end))] + counterparts
        found += [m for m in view.mentions if kind_of(m.key) == "person"
                  and self.linker.office_of(m.key)
                  and self.linker.is_subject_position(view.text, m.start)]
        return self.linker.with_descriptions(view.text, found, view.mentions, lp)

    def _bare_name(self, view: SentenceView, mention: Mention) -> bool:
        """A country, a capital or a seat (not a named body): locative or complement position
        rules it out as an actor ("Au Royaume-Uni, ...", "in London", "réunis à Bercy")."""
        return (kind_of(mention.key) == "jurisdiction" or isinstance(mention, DescribedMention)
                or self.linker.is_seat_name(mention.text))

    def _subject_before(self, view: SentenceView, trig: TriggerMatch,
                        candidates: list[Mention], lp: LanguagePatterns) -> list[str]:
        asides = aside_spans(self.patterns.asides, view.text, trig.start)
        before = self._possible_subjects(view, trig, candidates, asides)
        if not before:
            # "la Chambre Contentieuse de l'Autorité ... (APD) inflige": the acronym names
            # the subject the reference does not know by its long name, also after an opening
            # place ("En Argentine, la Commission nationale ... (CNDC) a ordonné").
            asides = [(a, b) for a, b in asides if not _ACRONYM_ASIDE.fullmatch(view.text, a, b)]
            before = self._possible_subjects(view, trig, candidates, asides)
        if not before:
            return []
        group = [before[-1]]
        for mention in reversed(before[:-1]):
            # An acronym in brackets between coordinated bodies: "le CPVP (CPVP), la CAI ...".
            gap = self.patterns.asides.sub("", view.text[mention.end:group[-1].start])
            if not (g.COORDINATION.match(gap) or counterpart_coordinated(gap, group[-1], lp)):
                break
            if _APPOSITION_GAP.fullmatch(gap) and self._apposed(mention, group[-1]):
                # "Le régulateur irlandais, la DPC, a infligé": one body, by its name.
                group[-1] = group[-1] if isinstance(mention, DescribedMention) else mention
                continue
            group.append(mention)
        actors = [self.linker.actor_key(m.key) for m in reversed(group)]
        return list(dict.fromkeys(a for a in actors if a))

    def _possible_subjects(self, view: SentenceView, trig: TriggerMatch,
                           candidates: list[Mention],
                           asides: list[tuple[int, int]]) -> list[Mention]:
        """Candidates before the step: no aside, body turned to, place in complement position."""
        text = view.text
        return [m for m in candidates if m.end <= trig.start
                and not any(a <= m.start < b for a, b in asides)
                and not turned_to(text, m.start, trig.start)
                and not (self._bare_name(view, m) and (
                    self.linker.is_locative(text, m.start)
                    or not self.linker.is_subject_position(text, m.start)))]

    def _apposed(self, first: Mention, second: Mention) -> bool:
        """A described body beside a named one of the same country is that body ("the Irish
        regulator, the DPC"); of another country, a list ("Arcom, the British regulator and")."""
        return isinstance(first, DescribedMention) != isinstance(second, DescribedMention) and (
            kind_of(first.key) == kind_of(second.key) == "authority") and (
            self.linker.jurisdiction_of(first.key) == self.linker.jurisdiction_of(second.key))

    def _anaphoric_actor(self, view: SentenceView, trig: TriggerMatch, discourse: Discourse,
                         lp: LanguagePatterns) -> list[str]:
        head = view.text[:trig.start]
        absolute = view.sentence.start + trig.start
        pronoun = (g.PRONOUN_BEFORE if trig.form == "verbal" else g.POSSESSIVE_BEFORE).search(head)
        if trig.form == "nominal" and pronoun is None:
            # "In August it sent the forum a provisional notice": the pronoun sends the step;
            # not after a platform named in the sentence ("4chan said it had sent ...").
            sends = _PRONOUN_SENDS.search(head)
            pronoun = sends if sends and not any(
                m.end <= sends.start() and self.linker.is_target(m.key, "")
                for m in view.mentions) else None
        # (not the body they turned to: "complained to the regulator and urged it to act")
        described = [m.group(0) for m in lp.authority_anaphora.finditer(head)
                     if not turned_to(view.text, m.start(), trig.start)]
        description = described[-1] if described else None
        if pronoun is None and description is None and not self._probe_named(view, trig, lp):
            return self._probe_against_described(view, trig, discourse, lp)
        actor = self.linker.resolve_authority(description or "", discourse, absolute)
        return [actor] if actor else []

    def _probe_against_described(self, view: SentenceView, trig: TriggerMatch,
                                 discourse: Discourse, lp: LanguagePatterns) -> list[str]:
        """"La procédure ouverte en décembre 2023 contre le réseau social": a probe named with
        its opening, aimed at a platform described, is the body's that already acted against
        that platform, when it is the last body named as a subject."""
        if not names_the_probe(view.text, trig.start, trig.end, trig.form, trig.type, lp):
            return []
        after = [a for a in self._target_anaphors(view, trig, len(view.text), lp)
                 if a[0] >= trig.end]
        if not after:
            return []
        referents = self._last_targets(discourse, view, after[0][0], after[0][2], sole=True)
        actor = self.linker.resolve_authority("", discourse, view.sentence.start + trig.start)
        return [actor] if actor and referents and all(
            discourse.first_actor_against.get(key) == actor for key in referents) else []

    def _probe_named(self, view: SentenceView, trig: TriggerMatch, lp: LanguagePatterns) -> bool:
        """"The investigation found that X ...", "The decision orders X": see
        `names_the_probe`; only when a named platform follows ("many apps" is too vague)."""
        return (names_the_probe(view.text, trig.start, trig.end, trig.form, trig.type, lp)
                and any(m.start >= trig.end and self.linker.is_target(m.key, "")
                        for m in view.mentions))

    # --- discourse ------------------------------------------------------------------------

    def _remember(self, view: SentenceView, discourse: Discourse) -> None:
        subject_seen = False
        channels = channel_mentions(view.text, view.mentions, self.linker.is_target)
        for mention in view.mentions:
            absolute = view.sentence.start + mention.start
            kind = kind_of(mention.key)
            if kind == "authority":
                discourse.authorities.append((absolute, mention.key))
                if not subject_seen and self.linker.is_subject_position(view.text, mention.start):
                    discourse.subject_authorities.append((absolute, mention.key))
                    subject_seen = True
            elif self.linker.is_target(mention.key, "") and mention not in channels \
                    and not is_bystander(view.text, mention.start, mention.end):
                discourse.targets.append((view.index, absolute, mention.key))

