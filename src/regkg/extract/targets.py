"""Targets of a step: the platforms named after its trigger, the ones a description or an
object pronoun refers back to, a class of platforms (an empty target) or an unknown company.
Layer 1; a mixin of regkg.extract.actions.ActionFinder (it uses its `linker` and `patterns`).
"""

from __future__ import annotations

import re
from functools import partial
from typing import TYPE_CHECKING

from regkg.extract import grammar as g
from regkg.extract import target_descriptions as td
from regkg.extract.app_referents import app_referents
from regkg.extract.bystander_names import is_bystander
from regkg.extract.counted_targets import counted_referents
from regkg.extract.gapped_sums import no_payers_alone
from regkg.extract.linking import ACTOR_KINDS, Discourse, Linker, kind_of
from regkg.extract.listed_subjects import listed_subjects
from regkg.extract.named_again import named_again
from regkg.extract.names import trade_names_added, unknown_targets
from regkg.extract.operator_lists import without_apposed_operators
from regkg.extract.patterns import LanguagePatterns, Patterns
from regkg.extract.sued_executives import sued_executive
from regkg.extract.target_addressees import addressee, subject_matters
from regkg.extract.target_appositions import apposed_subject
from regkg.extract.target_cases import case_target
from regkg.extract.target_conduct import conduct_start
from regkg.extract.target_context import context_target
from regkg.extract.target_descriptors import without_descriptors
from regkg.extract.target_groups import group_above, one_group, one_per_group
from regkg.extract.target_lists import first_stop, list_items, lists_after_colon
from regkg.extract.target_main import main_target, main_target_of_noun
from regkg.extract.target_modifiers import only_mentioned
from regkg.extract.target_pairs import article_pair, fitting
from regkg.extract.target_passive_subjects import agent_is_a_body, is_passive
from regkg.extract.target_passives import fronted_subjects
from regkg.extract.target_places import named_recipients, placed_targets, relative_recipient
from regkg.extract.target_reach import target_reach
from regkg.extract.target_recipients import recipient_before
from regkg.extract.target_referents import coordinated_rivals, previous_sentence_referent
from regkg.extract.target_relatives import describes_the_company_before, introduces_a_name
from regkg.extract.target_similar import similar_target
from regkg.extract.target_steps import step_party
from regkg.extract.target_subsidiaries import with_subsidiaries
from regkg.extract.trade_names import one_trade_name
from regkg.models import Mention

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView, TriggerMatch

# Between a platform's description and the passive trigger it is the subject of: the
# auxiliaries and adverbs of "the company was fined", "la société avait déjà été sanctionnée".
_PASSIVE_SUBJECT_GAP = re.compile(rf"\s+(?:[\w'-]+\s+){{0,4}}|{g.SE_VOIR_GAP}", re.I)
# An agent of a passive, whoever it is: "was sued by consumer groups" is not the regulator's.
ANY_AGENT = re.compile(r"\W{0,3}(?:[\w'-]+\W+){0,6}?(?:by|par)\s+(?:the\s+|l'|la\s+|le\s+|les\s+)?",
                       re.I)
# A participle or a cause opening the sentence, up to its comma.
_FRONTED_PARTICIPLE = re.compile(
    r"\W{0,3}(?:accusée?s?|soupçonnée?s?|critiquée?s?|pointée?s?\s+du\s+doigt|accused|"
    r"suspected|critici[sz]ed|après|after|following|à\s+la\s+suite|suite)\b[^,;:]{0,200},",
    re.IGNORECASE)
# Between two items of a list of names.
_LIST_LINK = re.compile(r"\s*(?:,\s*(?:and\s+|et\s+)?|\s(?:and|et|&)\s+)\s*", re.I)

# (start, end, target keys) of a name or a reference back in the step's clause
_Candidate = tuple[int, int, list[str]]


class TargetFinder:
    """Target finding for ActionFinder."""

    linker: Linker
    patterns: Patterns

    def _targets(self, view: SentenceView, trig: TriggerMatch, clause: tuple[int, int],
                 actors: list[str], discourse: Discourse,
                 lp: LanguagePatterns) -> tuple[list[str] | None, bool]:
        """Target keys ([] for a class of platforms or a law; None: no target, no action)
        and whether they were inferred from the context rather than named in the clause."""
        start, end = trig.targets_from or trig.start, target_reach(view.text, trig, clause[1], lp)
        if passive := is_passive(view.text, trig.start, trig.end):
            apposed = apposed_subject(view.text, trig.start, view.mentions, self.patterns)
            if apposed:  # "Musical.ly, the app that became TikTok, was handed a penalty"
                return [apposed.key], False
            subjects = fronted_subjects(view.text, trig.start, view.mentions,
                                        lambda key: self.linker.is_target(key, trig.type),
                                        lambda key: kind_of(key) in ACTOR_KINDS)
            if subjects is not None:  # "Fined by the CNIL, Shein said": the main subject
                spans = with_subsidiaries([(m.start, m.end, self._operated(view, m, lp))
                                           for m in subjects], view.text, view.mentions,
                                          self.patterns, self.linker.reference)
                return (list(self.linker.normalise_targets(spans, view.text)) or None), False
            # The subject, not the names of a fronted clause ("Accusé ..., Meta a été assigné").
            fronted = _FRONTED_PARTICIPLE.match(view.text, clause[0], trig.start)
            start = fronted.end() if fronted else clause[0]
        view.mentions[:] = sorted(view.mentions + named_again(  # "together with CDON"
            view.text, min(start, trig.start), end, view.mentions, self._unknown_targets(
                discourse), self.patterns), key=lambda m: m.start)
        candidates = self._named_candidates(view, trig, actors, start, end, lp)
        candidates += self._referred_candidates(view, trig, end, lp, discourse, candidates)
        cut = conduct_start(view.text, view.language, (trig.start, trig.end), (clause[0], end),
                            candidates, view.mentions, passive, partial(self._in_story, discourse))
        if cut is not None:  # "fined the retailer Zorvex for ... Google Analytics": not Google
            candidates, end = [], cut
        if candidates:
            addressed = addressee(view.text, view.mentions, (trig.start, trig.end),
                                  min(candidates)[0],
                                  lambda key: self.linker.is_target(key, trig.type))
            if addressed:  # "writes to X demanding answers over Grok": X, not Grok
                return [self._operated(view, addressed, lp)], False
            return self._chosen_targets(view, trig, sorted(candidates), end, lp)
        return self._unnamed_targets(view, trig, actors, discourse, lp, (start, end))

    def _named_candidates(self, view: SentenceView, trig: TriggerMatch, actors: list[str],
                          start: int, end: int, lp: LanguagePatterns) -> list[_Candidate]:
        return no_payers_alone(view, trig.end, [  # "une amende de X et Meta Y": Meta's own
            (m.start, m.end, [self._operated(view, m, lp)]) for m in view.mentions
            if start <= m.start < end and m.key not in actors
            and not td.given_as_example(view.text, m.start)
            and not only_mentioned(view.text, m.start)
            and not describes_the_company_before(view.text, trig.end, m.start) and (
                self.linker.is_target(m.key, trig.type)
                or sued_executive(view.text, m, trig.type))])

    def _referred_candidates(self, view: SentenceView, trig: TriggerMatch, end: int,
                             lp: LanguagePatterns, discourse: Discourse,
                             named: list[_Candidate]) -> list[_Candidate]:
        """Descriptions and pronouns that refer back to the last targets, where no name is."""
        found: list[_Candidate] = []
        for a_start, a_end, plural in self._target_anaphors(view, trig, end, lp, discourse):
            if self._names_follow(view, a_end, trig.type) or introduces_a_name(
                    view.text, a_end, self.patterns.not_company_names):
                continue  # "aux sociétés GOOGLE LLC et ...": a description of the names
            if any(trig.start <= n_start < a_start for n_start, _, _ in named):
                continue  # "guidance to LY Corp., saying the company's": the name's own
            words, at = view.text[a_start:a_end], min(a_start, trig.start)
            referents = fitting(words, app_referents(words, self._last_targets(  # an app: no maker
                discourse, view, at, plural, sole=words or True), view, at, discourse))
            if referents and not any(a < a_end and a_start < b for a, b, _ in named + found):
                found.append((a_start, a_end, referents))
        return found

    def _chosen_targets(self, view: SentenceView, trig: TriggerMatch,
                        candidates: list[_Candidate], end: int,
                        lp: LanguagePatterns) -> tuple[list[str], bool]:
        """The candidates up to the first stop after the first one, one per company group."""
        stops = [first_stop(lp.target_stops, view.text, view.language, candidates, end)]
        if trig.type == "request_for_information":
            stops.append(lp.request_target_stops.search(view.text, candidates[0][1], end))
        limit = min([s.start() for s in stops if s] + [end])
        found = [(a, b, k) for a, b, ks in candidates if a < limit for k in ks]
        found += self._unknown_items(view, found, limit)
        found += trade_names_added(view.text, view.mentions, found, limit, self.patterns)
        found = with_subsidiaries(found, view.text, view.mentions, self.patterns,
                                  self.linker.reference)
        named = all(len(ks) == 1 and ks[0] in {m.key for m in view.mentions}
                    for a, _, ks in candidates if a < limit)
        found = one_trade_name(without_descriptors(
            found, view.text, partial(one_group, self.linker.reference), self._is_service_of),
            view.text, lambda key: any(m.key == key and m.linked for m in view.mentions))
        found = without_apposed_operators(one_per_group(found, view.text, self.linker.reference),
                                          view.text)
        return list(self.linker.normalise_targets(found, view.text)), not named

    def _unnamed_targets(self, view: SentenceView, trig: TriggerMatch, actors: list[str],
                         discourse: Discourse, lp: LanguagePatterns,
                         region: tuple[int, int]) -> tuple[list[str] | None, bool]:
        """`_targets` when no known target is named in the region: one placed before the
        step, a class, unknown names, or the context's."""
        start, end = region
        placed = self._placed(view, trig, actors, lp)
        if placed:
            return placed, False
        # The class is the object: it starts within reach of the trigger (its words may run
        # on: "calling on social media and video-sharing platforms").
        named_class = lp.class_targets.search(view.text, trig.targets_from or trig.start, end)
        # The passive's subject ("Le site X a fait l'objet d'une") or inside "a frappé X d'une"
        unknown = unknown_targets(view.text, min(start, trig.targets_from or trig.start), end,
                                  view.mentions, self.patterns, lp, view.language)
        # "les éditeurs des sites Chaturbate et Pornovore": the class word introduces names.
        introduces = bool(unknown) and named_class is not None and (
            unknown[0].start - named_class.end() <= self.patterns.class_target_reach
            or lists_after_colon(view.text, named_class.start(), named_class.end(),
                                  unknown[0].start))
        if trig.type == "legislation" or (
                named_class and not introduces
                and named_class.start() <= trig.end + self.patterns.class_target_reach):
            return counted_referents(trig.type, view, named_class, discourse), False
        if unknown and trig.type != "sanction":
            view.mentions.extend(unknown)
            view.mentions.sort(key=lambda m: m.start)
            return [m.key for m in unknown], False
        return self._context_targets(view, trig, actors, discourse, bool(unknown), end)

    def _context_targets(self, view: SentenceView, trig: TriggerMatch, actors: list[str],
                         discourse: Discourse, unknown: bool,
                         reach: int) -> tuple[list[str] | None, bool]:
        """No target named: the platform the context gives, if one does."""
        if trig.form == "nominal":
            # A step named by a noun and no target: the platform of this sentence, or, for a
            # definite noun ("l'enquête ouverte lundi"), of the two sentences before.
            reach = 2 if g.is_definite(view.text, trig.start) else 0
            # A joint step (several bodies) in a text about one company is about it.
            found_keys = self._last_targets(discourse, view, trig.start, plural=False,
                                            reach=reach, sole=len(actors) > 1)
            if found_keys:
                return found_keys, True
            main = main_target_of_noun(view, trig, actors, discourse, self.linker,
                                       partial(one_group, self.linker.reference))
            if main:  # "the penalty imposed by FinCEN" far on in a text about one company
                return [main], True
        like = similar_target(view, trig, discourse)
        if like:  # "ont rendu des ordonnances au contenu semblable"
            return [like], True
        own = case_target(view, trig, actors, discourse, self.linker)
        same_group = partial(one_group, self.linker.reference)
        recent = [] if own or unknown else context_target(view, trig, actors, discourse,
                                                          self.linker, same_group, reach)
        own = self._maker_among(recent[-1], recent) if recent else own
        return ([own], True) if own else (None, trig.form == "nominal")

    def _unknown_items(self, view: SentenceView, found: list[tuple[int, int, str]],
                       limit: int) -> list[tuple[int, int, str]]:
        """Unknown names in the list of the named targets ("les sites xHamster, Tukif et
        Mrsexe"), added to the sentence's mentions as unlinked organisations."""
        spans = [(a, b) for a, b, _ in found
                 if any(m.start == a and m.end == b for m in view.mentions)]
        items = list_items(view.text, spans, limit, view.mentions, self.patterns)
        if items:
            view.mentions.extend(items)
            view.mentions.sort(key=lambda m: m.start)
        return [(m.start, m.end, m.key) for m in items]

    def _placed(self, view: SentenceView, trig: TriggerMatch, actors: list[str],
                lp: LanguagePatterns) -> list[str]:
        """Targets named before an active step by their place: a relative's antecedent, a
        fronted complement, the recipient as subject, the recipients before a step's noun
        (see `target_places`)."""
        if g.is_passive(view.text, trig.start, trig.end):
            return []
        acting = [m for m in view.actor_candidates or []
                  if self.linker.actor_key(m.key) in actors]
        is_target = lambda key: self.linker.is_target(key, trig.type)  # noqa: E731
        found = placed_targets(view.text, view.mentions, acting, trig.start, trig.end,
                               is_target)
        if not found and trig.form == "nominal":
            # "a notifié à Meta et TikTok ses conclusions préliminaires": every recipient.
            found = named_recipients(view.text, view.mentions, trig.start, is_target)
        spans = one_per_group([(m.start, m.end, self._operated(view, m, lp)) for m in found],
                              view.text, self.linker.reference)
        return list(self.linker.normalise_targets(spans, view.text))

    def _names_follow(self, view: SentenceView, end: int, action_type: str) -> bool:
        return any(m.start >= end and not view.text[end:m.start].strip()
                   and self.linker.is_target(m.key, action_type) for m in view.mentions)

    def _target_anaphors(self, view: SentenceView, trig: TriggerMatch, end: int,
                         lp: LanguagePatterns,
                         discourse: Discourse | None = None) -> list[tuple[int, int, bool]]:
        """(start, end, plural) of words that refer back to a platform: descriptions ("la
        plateforme", "both companies") and pronouns ("given it", "leur a infligé", "It was
        fined by", the last only with the `discourse`: see target_descriptions)."""
        found = [(m.start(), m.end(), td.is_plural(m.group(0))) for m in td.platform_descriptions(
            view.text, trig.start, end, lp.target_anaphora, view.language)]
        if trig.form == "verbal":
            # The pronoun follows the verb, the trigger's first word ("fining it").
            first_word_end = view.text.find(" ", trig.start, trig.end)
            first_word_end = trig.end if first_word_end < 0 else first_word_end
            after = lp.object_pronoun_after_verb.match(view.text, first_word_end)
            if after:
                found.append((after.start(), after.end(), "them" in after.group(0)))
            before = lp.object_pronoun_before_verb.search(view.text, 0, trig.start)
            if before:
                found.append((trig.start, trig.start, td.clitic_is_plural(view.text, trig.start)))
        if trig.form == "nominal":
            found += recipient_before(view, trig, lp)
            recipient = relative_recipient(view.text, trig.end)
            found += [recipient] if recipient else []
        possessive = td.possessive_object(view.text, trig.end)  # "an investigation into its"
        found += [possessive] if possessive and not any(  # "Meta escapes probe into its ads"
            m.end <= trig.start and self.linker.is_target(m.key) for m in view.mentions) else []
        subject = self._passive_subject_anaphor(view, trig, lp) or (
            discourse and td.subject_pronoun(view, trig, discourse))
        return found + [subject] if subject else found

    def _passive_subject_anaphor(self, view: SentenceView, trig: TriggerMatch,
                                 lp: LanguagePatterns) -> tuple[int, int, bool] | None:
        """(start, end, plural) of a platform's description that is the subject of a passive
        trigger ("the company was fined", "la société a été sanctionnée"), if any."""
        if not is_passive(view.text, trig.start, trig.end):
            return None
        found = td.platform_descriptions(view.text, 0, trig.start, lp.target_anaphora,
                                         view.language)
        last = found[-1] if found else None
        if last is None or not _PASSIVE_SUBJECT_GAP.fullmatch(view.text, last.end(), trig.start):
            return None
        agent = ANY_AGENT.match(view.text, trig.end)
        if agent and not agent_is_a_body(view.text, agent.end(), view.mentions):
            return None  # "was sued by consumer groups": not a body's step
        return last.start(), last.end(), td.is_plural(last.group(0))

    def _is_service_of(self, service: str, company: str) -> bool:
        return company in group_above(self.linker.reference, service) and \
            self.linker.reference.operator_of(service) is not None

    def _maker_among(self, key: str, named: list[str]) -> str:
        """"OpenAI, la société à l'origine de ChatGPT. L'enquête portera...": a service
        referred back to beside its operator, named in the same sentence, is the operator."""
        entity = self.linker.reference.get(key)
        if entity is not None and entity.operated_by in named:
            return entity.operated_by
        return key

    def _operated(self, view: SentenceView, mention: Mention, lp: LanguagePatterns) -> str:
        """"l'exploitant de Pornhub" is Aylo: the operator of a service named through it."""
        entity = self.linker.reference.get(mention.key)
        if entity is None or not entity.operated_by:
            return mention.key
        if lp.operator_of.search(view.text[max(0, mention.start - 40):mention.start]) or \
                td.operator_named(view.text, mention.start, mention.end, view.language):
            return entity.operated_by
        # "the owner of Facebook, Instagram and WhatsApp": every item of the list, when the
        # same company operates them all.
        before = [m for m in view.mentions if m.end <= mention.start]
        if before and _LIST_LINK.fullmatch(view.text, before[-1].end, mention.start):
            head = self.linker.reference.get(before[-1].key)
            if head is not None and head.operated_by == entity.operated_by \
                    and self._operated(view, before[-1], lp) == entity.operated_by:
                return entity.operated_by
        return mention.key

    def _last_targets(self, discourse: Discourse, view: SentenceView, before: int,
                      plural: bool, reach: int = 3, sole: bool | str = False) -> list[str]:
        """The platform(s) named most recently (this sentence before `before`, then earlier);
        `sole`: failing that, the one platform the article has named at all (its pair: words)."""
        # not the subject matter of a letter to another ("écrit à X au sujet de Grok pour lui")
        matters = subject_matters(view.text, view.mentions, before)
        here = [k for _, _, k in without_apposed_operators([(m.start, m.end, m.key) for m in (
            view.mentions) if m.end <= before and m not in matters and self.linker.is_target(
            m.key) and not is_bystander(view.text, m.start, m.end)], view.text)]  # the platform
        listed = listed_subjects(view.text, before, view.mentions, self.patterns, self.patterns.of(
            view.language), self.linker.is_target) if plural else []
        if any(m not in view.mentions for m in listed):  # "X and Y escaped fines, but IMY
            view.mentions[:] = sorted({*view.mentions, *listed}, key=lambda m: m.start)
            return [m.key for m in listed]  # ordered them": X and Y, unknown
        if here:
            return [self._step_party(discourse, view.index, self._maker_among(
                here[-1], here), 0)] if not plural else list(dict.fromkeys(here))
        earlier = [t for t in discourse.targets if discourse.within(view.index, t[0], reach)]
        named = {key for _, _, key in discourse.targets}
        if not earlier and sole and (len(named) == 1 or plural):  # "visant l'entreprise" far on
            return [*named] if len(named) == 1 else article_pair(named, self.linker.reference, sole)
        if not earlier:  # ... or the one company its steps were aimed at (target_main)
            main = None if plural or not sole else main_target(
                discourse, view.index, partial(one_group, self.linker.reference))
            return [main] if main else []
        last_sentence = earlier[-1][0]
        if not plural:
            # "lui" after "des utilisateurs de Facebook" in a text about Meta is the operator,
            # unless the sentence before made the service the referent (target_referents).
            if coordinated_rivals(discourse, view.index, earlier,
                                  partial(one_group, self.linker.reference)):
                return []  # "Apple and Google ... its app store": unclear, no target
            chosen = previous_sentence_referent(discourse, view.index, earlier,
                                                self.linker.reference)
            return [self._step_party(discourse, view.index, chosen or self._maker_among(
                earlier[-1][2], [k for _, _, k in earlier]), reach)]
        found = list(dict.fromkeys(k for s, _, k in earlier if s == last_sentence))
        return found if len(found) > 1 else self._last_group(discourse, found)

    def _in_story(self, discourse: Discourse, key: str) -> bool:
        """`key` is of the group of a company the story named before."""
        return any(key == t or one_group(self.linker.reference, key, t)
                   for _, _, t in discourse.targets)

    def _unknown_targets(self, discourse: Discourse) -> set[str]:
        return {key for _, _, key in discourse.targets if self.linker.reference.get(key) is None}

    def _step_party(self, discourse: Discourse, index: int, nearest: str, reach: int) -> str:
        """`nearest`, or the party of the latest step when it is of the same group."""
        return step_party(discourse, index, nearest, reach, self.linker.reference) or nearest

    def _last_group(self, discourse: Discourse, latest: list[str]) -> list[str]:
        """"aux sociétés", "the companies" after a sentence about one of them ("Pour Google,
        le montant ..."): the last sentence that named several companies, this one among them
        (a service beside its operator counts as the operator: "google.fr, youtube.com")."""
        sentences: dict[int, list[str]] = {}
        for index, _, key in discourse.targets:
            sentences.setdefault(index, []).append(key)
        for index in sorted(sentences, reverse=True):
            keys = list(dict.fromkeys(sentences[index]))
            keys = [k for k in keys if not group_above(self.linker.reference, k) & set(keys)]
            if len(keys) > 1 and set(latest) <= set(keys):
                return keys
        return latest

