"""Actors found around the trigger rather than before it: the body that already acted
against a passive subject ("Google has also been given a formal warning", "the company was
fined in 2018"), an agent after a nominal or passive trigger and its principal ("filed by the
Department of Justice on behalf of the FTC", "la conclusion à laquelle est parvenue
l'institution") and the countries where a platform is blocked. Layer 1; a mixin of
regkg.extract.actions.ActionFinder (split from actions.py).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from regkg.extract import grammar as g
from regkg.extract.actor_abroad import relocated
from regkg.extract.actor_anaphora import referred_actor, remember_people, writers_we
from regkg.extract.actor_comparisons import without_compared
from regkg.extract.actor_context import (
    described_actor,
    determined_descriptions,
    ministries,
    paragraph_bodies,
    remember_places,
)
from regkg.extract.actor_opening_place import placed_elsewhere
from regkg.extract.actor_pairs import without_competing
from regkg.extract.actor_reported_we import reported_we
from regkg.extract.addressed_bodies import turned_to_before
from regkg.extract.apposed_agents import apposed_agent
from regkg.extract.apposed_names import named_over_described
from regkg.extract.backup import sole_authority
from regkg.extract.country_bodies import country_descriptions
from regkg.extract.described_subjects import remember_described
from regkg.extract.foreign_context import remember_country_clues
from regkg.extract.fronted_steps import fronted_own_staff, fronted_step_actor
from regkg.extract.joint import coordinated_agents
from regkg.extract.linking import DescribedMention, Discourse, kind_of
from regkg.extract.listed_bodies import listed_bodies
from regkg.extract.named_agents import (
    agent_gap,
    agent_inside,
    non_authority_agent,
    passive_agent_after,
)
from regkg.extract.ordering_bodies import ordering_agent
from regkg.extract.own_bodies import own_bodies
from regkg.extract.patterns import LanguagePatterns
from regkg.extract.recent_bodies import recent_body, remember_opener
from regkg.extract.settlements import settled_by
from regkg.extract.shared_names import abroad_defaults
from regkg.extract.source_bodies import without_sources
from regkg.extract.staff_bodies import staff_mentions
from regkg.extract.stated_agents import unresolved_agent, unresolved_agent_after_noun
from regkg.extract.target_main import remember_headline_step
from regkg.extract.targets import ANY_AGENT, TargetFinder
from regkg.extract.unit_agents import requesting_body, unit_agent
from regkg.models import Mention

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView, TriggerMatch

# Between an agentless step and the country it is told in: a sum, a day, no grounds or clause
# ("fined €310 million in Ireland", "ordered on Friday in Brazil"; not "fined for ... in").
_CLOSE_AFTER = re.compile(
    r"(?:(?!\b(?:for|over|because|after|following|of|to|which|that|who|by|and|but)\b)"
    r"[^.;,()]){0,45}")

# A relative clause naming who reached a finding: "à laquelle est parvenue l'institution".
_REACHED_BY = re.compile(
    r"\s*(?:à\s+laquelle|auxquelles|auxquels|auquel)\s+(?:(?:est|sont|était|étaient|a|ont|"
    r"avait|avaient)\s+)?(?:parvenu|abouti|arrivé)\w*\s+(?P<who>)", re.I)


# The body a step is lodged with, before its name: "auprès du parquet", "with the CNIL",
# "devant le tribunal", "before the court": not the step's agent.
_LODGED_WITH = re.compile(r"\b(?:auprès\s+(?:du|de\s+la|de\s+l'|des|de)|with|before|devant)"
                          r"\s+(?:the\s+|le\s+|la\s+|l'|les\s+)?$", re.I)


def _headline_body(subject: str, discourse: Discourse) -> str | None:
    """"Amende record pour Google infligée par la CNIL" / "Google a été condamné jeudi à une
    amende ...": the one body a headline names against the passive's subject."""
    bodies = discourse.headline_bodies
    return next(iter(bodies)) if len(bodies) == 1 and (
        subject in discourse.headline_targets) else None


class PassiveActors(TargetFinder):
    """Actor rules of ActionFinder that read past the trigger or back into the discourse."""

    if TYPE_CHECKING:
        def _anaphoric_actor(self, view: SentenceView, trig: TriggerMatch,
                             discourse: Discourse, lp: LanguagePatterns) -> list[str]: ...

        def _remember(self, view: SentenceView, discourse: Discourse) -> None: ...

        def _actor_mentions(self, view: SentenceView, lp: LanguagePatterns) -> list[Mention]: ...

    def _placed_actor_mentions(self, view: SentenceView, lp: LanguagePatterns,
                               discourse: Discourse) -> list[Mention]:
        """The actor candidates of a sentence, a description that took the language's
        default country moved to the country the sentence opens with ("En Irlande, le
        gendarme de la vie privée") or whose body the paragraph's last subject is
        (actor_abroad.py), "The EU antitrust regulator" (actor_context), and no regulator
        for a ministry ("le ministère du Numérique")."""
        found = without_sources(view.text, self._actor_mentions(view, lp))  # "Selon l'Arcom,"
        found = without_compared(view.text, found)  # "like the CNIL"
        found = named_over_described(view.text, found, self.linker)  # "l'autorité, la BTK"
        found = relocated(view, found, self.linker, lp, discourse)
        found = abroad_defaults(view, found, self.linker, discourse)  # no France's in Kenya
        found = own_bodies(view, found, self.linker, lp, discourse)  # the SAMR, not France's
        found = ministries(determined_descriptions(view, found, self.linker, lp), self.linker)
        found = country_descriptions(view, found, discourse, self.linker)
        language = "fr" if lp is self.patterns.languages.get("fr") else "en"
        return staff_mentions(view, found, discourse, self.linker, language)  # "Officials

    def _remember_view(self, view: SentenceView, discourse: Discourse, language: str) -> None:
        """What a sentence names, for the sentences after it: bodies and platforms
        (`_remember`, and those a country's description names: described_subjects), places
        (the country a description like "the privacy commissioner" belongs to,
        actor_context.py)."""
        self._remember(view, discourse)
        remember_described(view, discourse, self.linker, self.patterns.of(language))
        remember_places(view, discourse, self.linker)
        remember_headline_step(view, discourse, self.linker)
        remember_country_clues(view, discourse, self.linker)
        remember_people(view, discourse)
        discourse.paragraph_starts.setdefault(view.paragraph, view.sentence.start)
        discourse.previous_text, discourse.previous_start = view.text, view.sentence.start
        discourse.sentence_starts.append(view.sentence.start)
        remember_opener(view, discourse)
        if view.text.rstrip().endswith("?"):
            discourse.questions.append(view.index)

    def _anaphoric_or_described(self, view: SentenceView, trig: TriggerMatch,
                                discourse: Discourse, lp: LanguagePatterns) -> list[str]:
        """The writer's "we"; a pronoun or an anaphor ("it", "the regulator"); a body described in
        the country of the context ("the country's communications ministry"), or an anaphor
        the patterns do not read ("the same regulator", "He" for an official). None after a
        body the subject turned to ("complained to the CMA and urged it to act"). A search
        made at a body's request is that body's ("avaient perquisitionné le siège du groupe à
        la demande du parquet": unit_agents)."""
        starts = [m.start for m in view.actor_candidates or []] + [
            m.start() for m in lp.authority_anaphora.finditer(view.text, 0, trig.start)]
        if turned_to_before(view.text, trig.start, starts):
            return []
        requested = requesting_body(view, trig.end, view.actor_candidates or [], discourse,
                                    self.linker, lp) if trig.type == "investigation" else None
        return ([requested] if requested else []) or (
                writers_we(view, trig, discourse) or reported_we(view, trig)
                or agent_inside(view, trig, view.actor_candidates or [])
                or listed_bodies(view, trig, view.actor_candidates or [], self.linker)
                or self._referred_back(view, trig, discourse, lp)
                or self._recent_body(view, trig, discourse))

    def _referred_back(self, view: SentenceView, trig: TriggerMatch, discourse: Discourse,
                       lp: LanguagePatterns) -> list[str]:
        """An anaphor's body, unless the sentence opens in another country (actor_opening_place)
        or the sentence before coordinated it with another body (actor_pairs)."""
        found = (self._anaphoric_actor(view, trig, discourse, lp)
                 or described_actor(view, trig, discourse, self.linker, lp)
                 or referred_actor(view, trig, discourse, self.linker, lp))
        return without_competing(view, placed_elsewhere(view, found, self.linker), discourse)

    def _recent_body(self, view: SentenceView, trig: TriggerMatch,
                     discourse: Discourse) -> list[str]:
        """"The CNIL published its decision. The fine of €40m against Google ...": the one
        body the last sentences name (recent_bodies.py), unless the step is placed abroad."""
        body = recent_body(view, trig, discourse)
        return [body] if body and not self._located_elsewhere(view, body) else []

    def _named_agent(self, view: SentenceView, trig: TriggerMatch, candidates: list[Mention],
                     discourse: Discourse, lp: LanguagePatterns) -> list[str] | None:
        """The agent of a nominal or passive step (`_agent_after`, or the body whose charges a
        penalty settles: "a penalty to settle FTC charges"); [] when the agent named is no
        authority ("a complaint filed by noyb": not the step of a body named before it);
        None when no agent is named ([] too for a court or body it cannot resolve:
        stated_agents)."""
        unit = unit_agent(view, trig.end, candidates, discourse, self.linker, lp)
        if unit:  # "par la section ... du parquet", "by investigators of the CNIL"
            return [unit]
        if non_authority_agent(view, trig, candidates):
            return []  # a body named later ("par noyb auprès de la CNIL") is no agent either
        if (g.is_passive(view.text, trig.start, trig.end) and unresolved_agent(
                view, trig, candidates)) or unresolved_agent_after_noun(view, trig, candidates):
            return []  # "was ordered by a judge": not the step of a body named before
        agent = self._agent_after(view, trig, candidates, discourse, lp) \
            or settled_by(view, trig, self.linker)
        if not agent and trig.form == "nominal":
            # "Lors de contrôles menés chez X, la CNIL a constaté": the main clause's subject
            agent = fronted_step_actor(view.text, trig.start, trig.end, candidates,
                                       self.linker.actor_key)
            if not agent and fronted_own_staff(view.text, trig.start, trig.end):
                own = self.linker.resolve_authority("il", discourse, view.sentence.start)
                agent = [own] if own else []
        return agent or None

    def _agent_after(self, view: SentenceView, trig: TriggerMatch,
                     candidates: list[Mention], discourse: Discourse,
                     lp: LanguagePatterns) -> list[str]:
        """"ouverte lundi par une autorité", "findings of the Commission", "l'enquête du CPVP",
        "was ordered by the Commission" (a description resolved like an anaphor)."""
        described = g.AGENT_DESCRIPTION.match(view.text, trig.end)
        if described and lp.authority_anaphora.fullmatch(described.group("who")) and not any(
                m.start < described.end("who") and described.start("who") < m.end
                for m in candidates):
            actor = self.linker.resolve_authority(described.group("who"), discourse,
                                                  view.sentence.start + trig.start)
            if actor:
                return [actor]
        reached = self._reached_by(view, trig, candidates, discourse, lp) or (
            g.is_passive(view.text, trig.start, trig.end)
            and ordering_agent(view, trig.end, candidates, self.linker))
        if reached:
            return [reached]
        for mention in candidates:
            far = agent_gap(view, trig.end, mention.start, self.linker.is_target) > 90
            if mention.start < trig.end or far or _LODGED_WITH.search(
                    view.text, trig.end, mention.start):
                continue  # "une plainte déposée auprès du parquet": not the parquet's step
            if (kind_of(mention.key) == "jurisdiction" or isinstance(mention, DescribedMention)) \
                    and self.linker.is_locative(view.text, mention.start):
                continue  # "fined in Ireland by the DPC", "par son régulateur dans l'UE, la DPC"
            between = view.text[trig.end:mention.start]
            if g.AGENT_AFTER.search(between) or passive_agent_after(between) or (
                    apposed_agent(view.text, trig.end, mention.start)):
                mention = self._principal(view, mention, candidates)
                actor = self.linker.actor_key(mention.key)
                return [actor, *coordinated_agents(view, mention, candidates, self.linker)] \
                    if actor else []
            break
        return []

    def _reached_by(self, view: SentenceView, trig: TriggerMatch, candidates: list[Mention],
                    discourse: Discourse, lp: LanguagePatterns) -> str | None:
        """"la conclusion préliminaire à laquelle est parvenue l'institution": the body that
        reached the finding, named or referred back to, after the noun."""
        relative = _REACHED_BY.match(view.text, trig.end)
        if relative is None:
            return None
        for mention in candidates:
            if mention.start == relative.start("who"):
                return self.linker.actor_key(mention.key)
        who = lp.authority_anaphora.match(view.text, relative.start("who"))
        return self.linker.resolve_authority(who.group(0), discourse,
                                             view.sentence.start + trig.start) if who else None

    def _acted_against_subject(self, view: SentenceView, trig: TriggerMatch,
                               discourse: Discourse) -> str | None:
        """The body that acted against the passive subject earlier; for "X a fait l'objet
        d'une mesure de blocage" (a report of the text's body's steps), the one body the
        article has named as a subject so far."""
        subjects = [m.key for m in view.mentions
                    if m.end <= trig.start and self.linker.is_target(m.key, trig.type)]
        earlier = discourse.first_actor_against.get(subjects[0]) if subjects else None
        bodies = {key for _, key in discourse.subject_authorities}
        if earlier is None and g.SUBJECT_OF.match(view.text, trig.start) and len(bodies) == 1:
            earlier = bodies.pop()
        if earlier is None and subjects and not view.headline:
            earlier = _headline_body(subjects[0], discourse)
        earlier = self._paragraphs_own(view, discourse, earlier)
        return None if earlier and self._located_elsewhere(view, earlier) else earlier

    def _paragraphs_own(self, view: SentenceView, discourse: Discourse,
                        earlier: str | None) -> str | None:
        """The body that acted against a platform earlier, unless the sentence's paragraph
        names other bodies before it: "The Commission opened proceedings against TikTok. //
        Separately, the ICO concluded its investigation. TikTok was fined £12.7 million" is
        the ICO's fine (the paragraph's one body), not the Commission's; with two bodies
        named there, nobody."""
        here = set(paragraph_bodies(view, discourse))
        if earlier is None or not here or earlier in here:
            return earlier
        return here.pop() if len(here) == 1 else None

    def _principal_of(self, views: list[SentenceView], writer: str | None) -> str | None:
        """The article's one authority (backup.sole_authority); in a release that names
        another body than its writer ("We are working closely with Ofcom"), none: the
        writer's own agentless steps and the other body's cannot be told apart."""
        sole = sole_authority(views, self.linker, writer)
        return None if writer and sole and sole != writer else sole

    def _located_elsewhere(self, view: SentenceView, actor: str) -> bool:
        """"4chan was fined in Brazil last year, Ofcom said": a step the sentence places in
        another country than the body's is not that body's, whoever acted against the
        platform before."""
        home = (self.linker.jurisdiction_of(actor) or "").split("-")[0]
        return any(kind_of(m.key) == "jurisdiction" and self.linker.is_locative(view.text, m.start)
                   and m.key.partition("/")[2].split("-")[0] != home for m in view.mentions)

    def _acted_against_described(self, view: SentenceView, trig: TriggerMatch,
                                 candidates: list[Mention], discourse: Discourse,
                                 lp: LanguagePatterns) -> str | None:
        """"the company was fined €600,000 in 2018", "la société a été sanctionnée": a
        platform described as the passive subject, with no agent, was acted on by the body
        that already acted against it, when that body is still the one the article is about
        (the last named as a subject, and the only one named before the trigger in the
        sentence: another body named in between leaves it open)."""
        anaphor = self._passive_subject_anaphor(view, trig, lp)
        if anaphor is None or ANY_AGENT.match(view.text, trig.end):
            return None
        referents = self._last_targets(discourse, view, anaphor[0], anaphor[2], sole=True)
        actors = {discourse.first_actor_against.get(key) for key in referents}
        latest = discourse.subject_authorities[-1][1] if discourse.subject_authorities else None
        before = {self.linker.actor_key(m.key) for m in candidates if m.end <= trig.start}
        if latest is None or self._located_elsewhere(view, latest) or (
                self._paragraphs_own(view, discourse, latest) != latest):
            return None
        return latest if actors == {latest} and before <= {latest} else None

    def _principal(self, view: SentenceView, agent: Mention,
                   candidates: list[Mention]) -> Mention:
        """The body an agent acts for: "filed by the Department of Justice on behalf of the
        FTC" is the FTC's suit."""
        for mention in candidates:
            if mention.start >= agent.end and g.ON_BEHALF_OF.fullmatch(
                    view.text, agent.end, mention.start):
                return mention
        return agent

    def _located_countries(self, view: SentenceView, trig: TriggerMatch,
                           candidates: list[Mention]) -> list[str]:
        """"la suspension de Grok en Indonésie et en Malaisie": each country blocked it; "bloqués
        au Pakistan, a confirmé la PTA": the one body of that country the sentence names."""
        found = []
        for mention in candidates:
            if (mention.start > trig.end and kind_of(mention.key) == "jurisdiction"
                    and self.linker.is_locative(view.text, mention.start)):
                code = mention.key.partition("/")[2]
                own = {m.key for m in candidates if kind_of(m.key) == "authority"
                       and self.linker.jurisdiction_of(m.key) == code}
                found.append(own.pop() if len(own) == 1 else self.linker.government_of(code))
        return list(dict.fromkeys(found))

    def _located(self, view: SentenceView, trig: TriggerMatch, candidates: list[Mention],
                 passive: bool) -> list[str]:
        """The countries a block is told in (their governments), or the country an agentless
        passive step of `located_passive_types` is told in."""
        if trig.type == "block" and (trig.form == "nominal" or passive):
            return self._located_countries(view, trig, candidates)
        if passive and trig.type in self.patterns.located_passive_types:
            return self._country_told(view, trig, candidates)
        return []

    def _country_told(self, view: SentenceView, trig: TriggerMatch,
                      candidates: list[Mention]) -> list[str]:
        """"LinkedIn has been fined €310 million in Ireland": the country the agentless step is
        told in, close after its verb with no grounds between; its one body the sentence
        names, else the country alone (no actor)."""
        for mention in candidates:
            if (mention.start > trig.end and kind_of(mention.key) == "jurisdiction"
                    and _CLOSE_AFTER.fullmatch(view.text, trig.end, mention.start)
                    and self.linker.is_locative(view.text, mention.start)):
                code = mention.key.partition("/")[2]
                own = {m.key for m in candidates if kind_of(m.key) == "authority"
                       and self.linker.jurisdiction_of(m.key) == code}
                return [own.pop() if len(own) == 1 else mention.key]
        return []

