"""Discourse memory for anaphora: what an article has named so far, and the authority a
pronoun or a description ("elle", "the regulator", "l'Autorité") refers back to. Layer 1;
split from linking.py (`Linker` inherits `DiscourseResolver`; both names stay importable there).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from regkg.extract.ministry_portfolios import fits_portfolio, portfolio_body, portfolio_words
from regkg.extract.patterns import Patterns
from regkg.extract.unknown_bodies import unknown_body_code
from regkg.models import kind_of as kind_of  # re-exported: many rule modules import it from here
from regkg.reference import Reference

# Head words of authority descriptions that must appear in the referent's labels.
# "the regulator", "le gendarme des télécoms": the last body of class Regulator.
_REGULATOR_HEADS = ("regulator", "régulateur", "watchdog", "gendarme", "autorité", "authority")
# Longer heads first: "the Commissioner" is not "the Commission" (nor its default referent).
_SPECIFIC_HEADS = ("commissioner", "commissariat", "commission", "ministère", "ministry",
                   "gouvernement", "government", "procureur", "attorney", "department",
                   "municipalité", "municipality", "mairie", "city", "police", "parquet",
                   "prosecutor", "secretariat", "secrétariat", "inspectorate", "directorate",
                   "superintendence", "conseil", "council")
# Heads whose referent may be labelled in other words: "la municipalité" is the body labelled
# "mairie de Barcelone" or "Ajuntament de Barcelona", "le parquet" a prosecutor's office.
_CITY_LABELS = ("city council", "city hall", "city of", "mairie", "municipalité", "ville de",
                "ajuntament", "ayuntamiento")
_HEAD_SYNONYMS = {"government": ("government", "gouvernement", "administration"),
                  "gouvernement": ("government", "gouvernement", "administration"),
                  "municipalité": _CITY_LABELS, "municipality": _CITY_LABELS,
                  "mairie": _CITY_LABELS, "city": _CITY_LABELS,
                  "parquet": ("parquet", "prosecutor"), "prosecutor": ("parquet", "prosecutor"),
                  # "the secretariat", "le Conseil": a body whose labels hold the head, in
                  # either language ("Moroccan Competition Council" is "le Conseil")
                  "secretariat": ("secretariat", "secrétariat"),
                  "secrétariat": ("secretariat", "secrétariat"),
                  "conseil": ("conseil", "council"), "council": ("conseil", "council")}
# "the judge", "le tribunal": the last court or prosecutor (class ProsecutorOrCourt).
_COURT_HEADS = ("judge", "justice", "court", "juge", "tribunal", "cour", "magistrat",
                "magistrate")
# The heads of an unknown ministry's key (its slug is ASCII and English for a portfolio).
_MINISTRY_HEADS = ("ministry", "ministère", "ministere")
# Descriptions that fit any body ("l'institution", "the institution"): only for the article's one.
_VAGUE_HEADS = ("institution", "instance")


@dataclass
class CountriesRead:
    """The offset where each country (its code's first part) is first named in each paragraph,
    of a list of (offset, paragraph, code) that only grows: read once each entry."""

    read: int = 0
    first: dict[int, dict[str, int]] = field(default_factory=dict)

    def before(self, places: list[tuple[int, int, str]], paragraph: int, offset: int) -> set[str]:
        """The countries of `places` in `paragraph` named before `offset`."""
        for at, para, code in places[self.read:]:
            seen = self.first.setdefault(para, {})
            country = code.split("-")[0]
            if country not in seen or at < seen[country]:
                seen[country] = at
        self.read = len(places)
        return {country for country, at in self.first.get(paragraph, {}).items() if at < offset}


@dataclass
class Discourse:
    """What an article has named so far, for anaphora. Offsets are absolute."""

    subject_authorities: list[tuple[int, str]] = field(default_factory=list)
    authorities: list[tuple[int, str]] = field(default_factory=list)
    targets: list[tuple[int, int, str]] = field(default_factory=list)  # (sentence idx, end, key)
    # (type, actor, target, date) of every step stated so far: a later mention that only
    # refers back to one ("ces conclusions", "the investigation") is not a new step.
    steps: set[tuple[object, ...]] = field(default_factory=set)
    # Those of `steps` stated so far only in a headline: the headline loses to the body
    # (extractor.finalise_actions), so the body's own statement is no repeat (backup.py).
    headline_steps: set[tuple[object, ...]] = field(default_factory=set)
    # The first authority that took a step against each target: the one a platform answers
    # when it agrees to changes ("TikTok has agreed to ...").
    first_actor_against: dict[str, str] = field(default_factory=dict)
    # (sentence index, target) of every step with a target, in text order: what "the
    # company" or "lui" refers back to when only a product of its group was named since
    # (target_steps.py).
    step_targets: list[tuple[int, str]] = field(default_factory=list)
    # (sentence index, type, actor, target) of every step with both, in text order: the story
    # an agentless step is told after ("L'enquête avait été ouverte en 2021", told_back.py).
    told_steps: list[tuple[int, str, str, str]] = field(default_factory=list)
    # The article's one authority, when it names only one: the actor of an agentless passive
    # step found by the lexicon layer ("an investigation has been opened into X").
    principal: str | None = None
    # The body that issued the text, when it is an official release: the "we" of its writer.
    writer: str | None = None
    # Where the text names a "... Commission" the reference lacks (bare_commission.py): "the
    # Commission" soon after it is that body, not the European Commission by default.
    unnamed_commissions: list[int] = field(default_factory=list)
    # The article names countries outside the EU and nothing of it (commission_context.py):
    # its "the Commission" is not the European Commission by default.
    commissions_outside_eu: bool = False
    # (absolute offset, code) of the countries a dateline or a state's demonym ("le
    # gouvernement turc") places the text in (foreign_context.py).
    country_clues: list[tuple[int, str]] = field(default_factory=list)
    # ids of the Actions the lexicon layer found: dropped at the end when a precise trigger
    # stated the same (type, target) elsewhere in the article (a repeat, not a new step).
    backup: set[int] = field(default_factory=set)
    # ids of those told with a day of their own that no statement of the same (type, target)
    # shares: a second step, not a repeat (own_day_steps.py).
    own_days: set[int] = field(default_factory=set)
    # (sentence start, type, target) of a lexicon statement giving the day of a step told
    # before without one: its day goes to that statement, then it is dropped (backup.py).
    dated_repeats: set[tuple[int, str, str]] = field(default_factory=set)
    # (absolute offset, paragraph, code) of every country, US state and body's jurisdiction
    # named so far: the country "the privacy commissioner" belongs to (actor_context.py).
    places: list[tuple[int, int, str]] = field(default_factory=list)
    # The same, for the countries named as a subject ("La Turquie durcit le ton") and the
    # bodies: not a place only ("Meta a son siège en Irlande"), for actor_abroad.py.
    subject_places: list[tuple[int, int, str]] = field(default_factory=list)
    bodies: list[tuple[int, int, str]] = field(default_factory=list)  # (offset, paragraph, key)
    # The authorities and platforms the headline names ("Amende pour Google infligée par la
    # CNIL"): who acted in the body's agentless "Google a été condamné" (passive_actors.py).
    headline_bodies: set[str] = field(default_factory=set)
    # Where each paragraph (line index) the finder has read starts: the paragraph's subjects.
    paragraph_starts: dict[int, int] = field(default_factory=dict)
    headline_targets: set[str] = field(default_factory=set)
    # The same when the headline tells a step or a payment ("Binance paiera 4,3 milliards",
    # "Hungary fines Facebook"): the article's main target before any step is read
    # (target_main.py).
    headline_step_targets: set[str] = field(default_factory=set)
    # (absolute offset, sentence index, key) of every person named so far, and the text of
    # the sentence before the current one: who "He sued TikTok" is (actor_anaphora.py).
    people: list[tuple[int, int, str]] = field(default_factory=list)
    previous_text: str = ""
    previous_start: int = 0
    # Where each sentence read so far starts: the sentences a step named by a noun with no
    # body of its own looks back over (recent_bodies.py).
    sentence_starts: list[int] = field(default_factory=list)
    # (absolute offset, key) of the authority that opens a sentence as its subject ("The CNIL
    # published its decision", "On Tuesday, Ofcom said"), for the same.
    sentence_openers: list[tuple[int, str]] = field(default_factory=list)
    # `places` and `subject_places` by paragraph, as actor_abroad.py has read them.
    places_read: CountriesRead = field(default_factory=CountriesRead)
    subject_places_read: CountriesRead = field(default_factory=CountriesRead)
    # Indexes of the sentences that ask a question, as the headings of an explainer do ("Que
    # doivent faire les deux groupes ?"): not counted in how far back "leur" reaches.
    questions: list[int] = field(default_factory=list)

    def within(self, index: int, earlier: int, reach: int) -> bool:
        """Whether sentence `earlier` is at most `reach` sentences before sentence `index`,
        the questions between them not counted (tests/frost 980: "La CNIL leur a également
        enjoint ..." after three question headings)."""
        asked = sum(1 for question in self.questions if earlier < question < index)
        return index - earlier - asked <= reach


# How far back (characters) another "... Commission" makes "the Commission" mean it, not the
# EU's (bare_commission.py and the resolver's default).
COMMISSION_REACH = 800


class DiscourseResolver:
    """Resolution of authority anaphora over one Reference (a mixin of Linker)."""

    reference: Reference
    patterns: Patterns

    def resolve_authority(self, description: str, discourse: Discourse, before: int) -> str | None:
        """The authority a pronoun or description refers back to."""
        folded = description.casefold()
        if discourse.writer and folded.strip() in _FIRST_PERSON:
            return discourse.writer
        head = next((h for h in _SPECIFIC_HEADS if h in folded), None)
        regulator = any(word in folded for word in _REGULATOR_HEADS)
        court = head is None and any(re.search(rf"\b{w}\b", folded) for w in _COURT_HEADS)
        if any(word in folded for word in _VAGUE_HEADS) and len(
                {key for position, key in discourse.authorities if position < before}) != 1:
            return None  # "l'institution" after two bodies could be either
        country = self._country_in_description(description)
        portfolio = portfolio_words(description)  # "le ministère du Commerce"
        for pool in (discourse.subject_authorities, discourse.authorities):
            for position, key in reversed(pool):
                if position < before and (head is None or self._has_head(key, head)) and (
                        not regulator or self.is_regulator(key)) and (
                        not court or self._is_court(key)) and (
                        country is None or self.in_country(key, country)) and (
                        not portfolio or fits_portfolio(self.reference, key, portfolio)):
                    # a pronoun is not read as an unknown body (unknown_bodies): its name
                    # may stand in a background clause ("X of Tanzania was not involved. It
                    # also ordered ..."); nobody rather than a guess
                    return None if _unknown_since(folded, position, before, discourse) or (
                        unknown_body_code(key) and folded.strip() in _PRONOUNS) else key
        if country is not None:
            return None  # "the Dutch regulator" with no Dutch body named: never another's
        if portfolio:  # the portfolio's ministry of a country the text named, or nobody
            named = [(at, code) for at, _, code in discourse.places] + discourse.country_clues
            return portfolio_body(self.reference, portfolio,
                                  {code.split("-")[0] for at, code in named if at < before})
        if head == "commission" and (discourse.commissions_outside_eu or any(
                0 < before - at <= COMMISSION_REACH for at in discourse.unnamed_commissions)):
            return None
        if self._writer_described(folded, head, regulator, court, discourse.writer):
            return discourse.writer
        return self.patterns.default_referents.get(head or "")

    def _writer_described(self, folded: str, head: str | None, regulator: bool, court: bool,
                          writer: str | None) -> bool:
        """"The regulator has fined 4chan", "L'autorité a mis en demeure ..." in a release
        that has named no body yet: its writer, when the description fits it. Not a bare
        pronoun (it may be a platform's), nor "the Commission" (the EU's by default)."""
        if writer is None or not re.search(r"\w\w", folded) or folded.strip() in _PRONOUNS \
                or head == "commission":
            return False
        return (head is None or self._has_head(writer, head)) and (
            not regulator or self.is_regulator(writer)) and (not court or self._is_court(writer))

    def _country_in_description(self, description: str) -> str | None:
        """The country a description names by a demonym or a name: "the Dutch regulator",
        "the German office", "the EU executive", "le gendarme néerlandais" (NL, DE, EU)."""
        for word in re.findall(r"[^\W\d_][\w-]+", description)[1:]:
            code = self.demonym_code(word)
            if code:
                return code.split("-")[0]
        return None

    def in_country(self, key: str, country: str) -> bool:
        """A body restricted to one country: its jurisdiction is `country` or one of its parts
        ("the Dutch regulator" here, "the Australian watchdog" in own_bodies.py)."""
        entity = self.reference.get(key)
        return entity is not None and (entity.jurisdiction or "").split("-")[0] == country

    def demonym_code(self, word: str) -> str | None:
        raise NotImplementedError  # Linker's

    def is_regulator(self, key: str) -> bool:
        entity = self.reference.get(key)
        return entity is not None and "Regulator" in entity.classes

    def _is_court(self, key: str) -> bool:
        entity = self.reference.get(key)
        return entity is not None and "ProsecutorOrCourt" in entity.classes

    def _has_head(self, key: str, head: str) -> bool:
        entity = self.reference.get(key)
        if entity is None:  # an unknown ministry ("authority/ng--ministry-of-information",
            # unknown_bodies.py) is "the ministry", "le ministère" after it
            return head in _MINISTRY_HEADS and unknown_body_code(key) is not None and any(
                word in key.split("/")[1].split("-") for word in _MINISTRY_HEADS)
        labels = " ".join(entity.all_labels()).casefold()
        return any(word in labels for word in _HEAD_SYNONYMS.get(head, (head,)))


def _unknown_since(folded: str, position: int, before: int, discourse: Discourse) -> bool:
    """A pronoun after a "... Commission" the reference does not know, named since the body
    found ("Japan's ministry ... The Personal Information Protection Commission reached a
    similar view ... In June 2023 it cautioned OpenAI"): it may be that one; nobody."""
    return (not folded.strip() or folded.strip() in _PRONOUNS) and any(
        position < at < before and before - at <= COMMISSION_REACH
        for at in discourse.unnamed_commissions)


# The writer's own voice in a release ("We have fined ...", "Nous avons mis en demeure ...").
_FIRST_PERSON = frozenset({"we", "nous", "our", "notre", "nos"})
_PRONOUNS = frozenset({"it", "they", "il", "elle", "ils", "elles", "on", "its", "their", "sa",
                       "son", "ses", "leur", "leurs", "i", "je", "j'"})
