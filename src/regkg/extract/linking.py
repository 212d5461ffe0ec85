"""Who acts and who is acted on: entity roles, metonymy and discourse memory. Layer 1.

Rules (see data/patterns/actions.yaml for the words):
- An authority mention is an actor as is.
- A country named as an actor ("L'Inde a affirmé", "Indonesia blocks") means its government:
  the reference authority of class Government in that jurisdiction when there is exactly one,
  else the body `executives` names (the Commission for the EU), else the jurisdiction key
  itself (never a guessed regulator: "Ireland fined Meta" is not Coimisiún na Meán's act).
  The same rule for every article, so the same block reported twice gets the same actor.
- "une autorité de régulation britannique" / "a British regulator": the platform regulator of
  that country.
- Pronouns and descriptions ("elle", "we", "the regulator", "l'Autorité", "the Commission")
  name the last authority in subject position whose labels fit the description.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from regkg.extract import grammar as g
from regkg.extract.actor_located import CountryOnlyKey, located_bodies
from regkg.extract.actor_own_counterparts import own_counterparts
from regkg.extract.actor_place_anaphora import anaphor_country
from regkg.extract.counterpart_bodies import CounterpartMention as CounterpartMention  # re-exported
from regkg.extract.counterpart_bodies import counterpart_body, described_counterparts, party_before
from regkg.extract.counterpart_bodies import counterpart_coordinated as counterpart_coordinated
from regkg.extract.court_descriptions import court_actor, court_mentions
from regkg.extract.court_seats import court_seat
from regkg.extract.lead_supervisors import lead_supervisors
from regkg.extract.linking_discourse import Discourse as Discourse  # re-exported
from regkg.extract.linking_discourse import DiscourseResolver
from regkg.extract.linking_discourse import kind_of as kind_of  # re-exported
from regkg.extract.patterns import LanguagePatterns, Patterns
from regkg.extract.place_lists import (
    PlaceList,
    find_place_lists,
)
from regkg.extract.prefilter import GatedPattern
from regkg.extract.unknown_bodies import unknown_body_code
from regkg.models import Mention
from regkg.reference import Entity, Reference

ACTOR_KINDS = frozenset({"authority", "jurisdiction"})
TARGET_KINDS = frozenset({"service", "organisation"})
# A preposition right before a name: the name is a complement, not the subject.
_COMPLEMENT_BEFORE = re.compile(
    r"(?:\b(?:de|du|des|d'|par|avec|à|au|aux|sur|contre|pour|of|by|with|to|on|against|for|"
    r"from|en|in|dans|chez|between|entre)\s*|'s\s+\w+\s+)$",
    re.IGNORECASE,
)
# An organ of a body acts for the body: "la Chambre Contentieuse de l'APD inflige", "Le Service
# d'Inspection de l'APD avait mené", "a justice of Brazil's Supreme Federal Court ordered".
_ORGAN_OF = re.compile(
    r"(?:^|[\s,—–-])(?:(?:la|le|l'|the|a|an)\s*)?(?:chambre\s+contentieuse|service\s+d'inspection|"
    r"formation\s+restreinte|collège|secrétariat\s+général|litigation\s+chamber|"
    r"inspection\s+service|enforcement\s+(?:division|directorate|team)|justice|judge|juge|"
    r"magistrat)\s+(?:de\s+l'|de\s+la\s+|du\s+|des\s+|of\s+(?:the\s+)?)"
    r"(?:(?-i:[A-Z])\w+'s\s+)?$",
    re.IGNORECASE,
)
# An order named as the instrument of a decision or settlement, not as a kind of order.
_DECISION_ORDER = re.compile(r"\b(?:administrative|consent|court|stipulated|final)\s+order\b", re.I)
_LIST_GAP = re.compile(r"^(?:\s*(?:,|et|and|ainsi\s+que|as\s+well\s+as|or|ou)\s*)+$", re.I)
_LOCATIVE_BEFORE = re.compile(r"\b(?:en|au|aux|in|dans|à)\s+(?:l'|la\s+|le\s+|the\s+)?$", re.I)
_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][\w.&-]*\s+$")
# Legal forms, any case ("GOOGLE IRELAND LIMITED" in French releases).
_LEGAL_SUFFIX_AFTER = re.compile(r"\s+(?:Limited|Ltd|LLC|Inc|Corp|Corporation|plc|GmbH|B\.\s?V\.|"
                                 r"Unlimited\s+Company|Operations)\b", re.IGNORECASE)


@dataclass(frozen=True)
class DescribedMention(Mention):
    """A body named by a description or a capital, not by its name ("une autorité de
    régulation britannique", "London"): a locative or complement position rules it out."""


def names_the_probe(text: str, start: int, end: int, form: str, kind: str,
                    lp: LanguagePatterns) -> bool:
    """The probe or the decision, not its body, is the subject or the noun: "The investigation
    found that X", "Today's decision also orders X", "the proceedings opened on 22 April
    against X". The body is then the authority the article reports acting."""
    if lp.finding_subject.search(text, 0, start):
        return True
    if kind == "order" and form == "nominal" and _DECISION_ORDER.search(text, start, end):
        return True  # "A proposed administrative order requires X to ..."
    return kind == "investigation" and form == "nominal" and g.is_definite(text, start) \
        and g.PARTICIPLE_END.search(text, start, end) is not None


# up to two capitalised words right before a description's country: "Hong Kong's", "Sri Lanka's"
_NAME_WORDS_BEFORE = re.compile(r"(?:(?-i:[A-Z])[\w-]*\s+){1,2}$")

class Linker(DiscourseResolver):
    """Entity roles and resolution rules over one Reference."""

    def __init__(self, reference: Reference, patterns: Patterns) -> None:
        self.reference = reference
        self.patterns = patterns
        self._governments: dict[str, str] = {}
        self._regulators: dict[str, list[str]] = {}
        for entity in reference.of_kind("authority"):
            if entity.jurisdiction and "Regulator" in entity.classes:
                self._regulators.setdefault(entity.jurisdiction, []).append(entity.key)
        for code in {e.jurisdiction for e in reference.of_kind("authority") if e.jurisdiction}:
            found = [e.key for e in reference.of_kind("authority")
                     if e.jurisdiction == code and "Government" in e.classes]
            if len(found) == 1:
                self._governments[code] = found[0]
        # countries of several words ("Hong Kong", "Sri Lanka"): the demonyms table holds
        # single words
        self._long_names = {name.casefold(): entity.code or entity.key.partition("/")[2]
                            for entity in reference.of_kind("jurisdiction")
                            for name in entity.all_labels() if " " in name.strip()}
        # A company named as "<its one service> + legal suffix" ("X Corp") is that service.
        self._trading_as: dict[str, tuple[str, str]] = {}
        operated: dict[str, list[Entity]] = {}
        for entity in reference.of_kind("service"):
            if entity.operated_by:
                operated.setdefault(entity.operated_by, []).append(entity)
        for company, services in operated.items():
            if len(services) == 1:
                self._trading_as[company] = (services[0].key, services[0].label)

    def actor_key(self, key: str) -> str | None:
        """The acting body a mention stands for; None for non-actors."""
        kind = kind_of(key)
        if kind == "authority":
            return key
        if kind == "jurisdiction":
            return key if isinstance(key, CountryOnlyKey) else \
                self.government_of(key.partition("/")[2])
        if kind == "person":
            return self.office_of(key)
        return court_actor(key)

    def office_of(self, person: str) -> str | None:
        """The authority an official acts for ("Paxton sued TikTok" is the Texas Attorney
        General's step: institutions act, not officials), when the reference gives one."""
        entity = self.reference.get(person)
        offices = {r.role_in for r in entity.roles
                   if r.role_in and kind_of(r.role_in) == "authority"} if entity else set()
        return offices.pop() if len(offices) == 1 else None

    def government_of(self, code: str) -> str:
        return (self._governments.get(code) or self.patterns.executives.get(code)
                or f"jurisdiction/{code}")

    def jurisdiction_of(self, actor: str | None) -> str | None:
        if actor is None:
            return None
        if kind_of(actor) in ("jurisdiction", "court"):
            return actor.partition("/")[2]
        entity = self.reference.get(actor)
        return entity.jurisdiction if entity else unknown_body_code(actor)

    def is_target(self, key: str, action_type: str = "") -> bool:
        kind = kind_of(key)
        return kind in TARGET_KINDS or (action_type == "sanction" and kind == "person")

    def described_regulators(self, text: str, lp: LanguagePatterns) -> list[Mention]:
        """Pseudo-mentions for "une autorité de régulation britannique" and the like, and for
        capitals standing for their government ("London has warned X")."""
        found: list[Mention] = [
            DescribedMention(key, m.group(0), m.start(), m.end())
            for key, pattern in self.patterns.metonyms for m in pattern.finditer(text)]
        # A domain names the body more precisely than the country alone: "le gendarme
        # français de la vie privée" is the CNIL, not the platform regulator.
        spans = self.description_spans(text, lp)
        for match in lp.regulator_description.finditer(text):
            code = self.demonym_code(match.group("demonym"))
            key = self.patterns.platform_regulator.get(code or "")
            if key and not any(a < match.end() and match.start() < b for a, b in spans):
                found.append(DescribedMention(key, match.group(0), match.start(), match.end()))
        found += self._domain_mentions(text, lp.domain_descriptions, lp.domain_default_country)
        for match in lp.state_description.finditer(text):
            code = self.demonym_code(match.group("demonym"))
            if code:
                found.append(DescribedMention(self.government_of(code), match.group(0),
                                              match.start(), match.end()))
        return found

    def counterparts(self, text: str, mentions: list[Mention],
                     lp: LanguagePatterns) -> list[Mention]:
        """"its counterparts in Quebec, British Columbia and Alberta": each place's one
        regulator, as a CounterpartMention over the place's name (none where the reference
        has no regulator, or several, for the place)."""
        found: list[Mention] = []
        chained = False
        for mention in mentions:
            if kind_of(mention.key) != "jurisdiction":
                chained = False
                continue
            before = text[max(0, mention.start - 80):mention.start]
            cue = lp.counterparts_cue.search(before)
            if not cue and not (chained and lp.counterparts_gap.fullmatch(
                    text[found[-1].end:mention.start])):
                chained = False
                continue
            code = mention.key.partition("/")[2]
            regulators = self._regulators.get(code, [])
            key = counterpart_body(self, party_before(mentions, mention.start), code) or (
                regulators[0] if len(regulators) == 1 else None)
            chained = key is not None
            if key is not None:
                found.append(CounterpartMention(key, mention.text, mention.start, mention.end))
        # "the data protection authorities of France, Italy and Spain": one body per place.
        lists = self.place_lists(text, mentions, lp)
        found = [m for m in found if not any(p.start <= m.start < p.end for p in lists)]
        found += described_counterparts(text, mentions, lp, self)
        return sorted(found + [m for p in lists for m in p.bodies], key=lambda m: m.start)

    def place_lists(self, text: str, mentions: list[Mention],
                    lp: LanguagePatterns) -> list[PlaceList]:
        language = "fr" if lp is self.patterns.languages.get("fr") else "en"
        return find_place_lists(text, mentions, lp, self, language)

    def place_code(self, word: str) -> str | None:
        """The country of a demonym or a country's name ("Italian", "française", "Spain")."""
        return self.demonym_code(word)

    def body_of_place(self, domain: str | None, code: str) -> str | None:
        """The body of `domain` in the country, province or state `code`; with no domain,
        the place's one regulator. None when the reference has none, or several."""
        if domain is None:
            regulators = self._regulators.get(code, [])
            return regulators[0] if len(regulators) == 1 else None
        if domain not in self.patterns.domain_bodies:  # an office: "attorneys general"
            suffix = "-" + domain.replace("_", "-")
            holders = [e.key for e in self.reference.of_kind("authority")
                       if e.jurisdiction == code and e.key.endswith(suffix)]
            return holders[0] if len(holders) == 1 else None
        return (self.patterns.domain_bodies[domain].get(code)
                or self.patterns.subdivision_bodies.get(domain, {}).get(code))

    def with_descriptions(self, text: str, found: list[Mention], mentions: list[Mention],
                          lp: LanguagePatterns) -> list[Mention]:
        """Actor candidates `found` plus the described regulators of the sentence. A
        description holds its country ("Italy's data protection authority"): the body acts,
        the country inside it does not, nor one in a company's legal name."""
        # "la Cnil irlandaise": the Irish body of the domain, in place of the CNIL.
        abroad = self._domain_mentions(text, lp.domain_counterparts, None)
        found = [m for m in found if not any(a.start < m.end and m.start < a.end for a in abroad)]
        described = [d for d in self.described_regulators(text, lp)
                     if not any(d.start < m.end and m.start < d.end
                                and kind_of(m.key) != "jurisdiction" for m in mentions)]
        described += abroad
        # "Regulators in South Korea", "les autorités du Népal": the country's, after the head.
        french = lp is self.patterns.languages.get("fr")
        described += [DescribedMention(key, words, start, end) for key, start, end, words
                      in located_bodies(text, mentions, french, self.government_of)]
        described += [DescribedMention(key, words, start, end) for key, start, end, words
                      in own_counterparts(text, mentions, lp, self)]  # "its Irish peer"
        described += [DescribedMention(key, words, start, end) for key, start, end, words
                      in lead_supervisors(text, mentions, lp, self.patterns.lead_supervisors,
                                          self.reference)]
        # "a Brazilian judge", "le tribunal judiciaire de Paris": a court of the place, not
        # the place's government nor a body the place's description would name.
        courts = court_mentions(text, self, mentions, lp is self.patterns.languages.get("fr"))
        described = [d for d in described if not any(c.start < d.end and d.start < c.end
                                                     for c in courts)] + courts
        # The places of a list of bodies are not actors themselves, nor a description that
        # reads one of its places ("Italian and Spanish data protection authorities").
        lists = [(p.start, p.end) for p in self.place_lists(text, mentions, lp)]
        described = [d for d in described if not any(a < d.end and d.start < b for a, b in lists)]
        spans = self.description_spans(text, lp) + lists + [(c.start, c.end) for c in courts] \
            + [(d.start, d.end) for d in described if kind_of(d.key) == "jurisdiction"]
        found = [m for m in found if (kind_of(m.key) != "jurisdiction" or not (
            any(a <= m.start and m.end <= b for a, b in spans)
            or self.inside_company_name(text, m))) and not court_seat(text, m)]
        return sorted(found + described, key=lambda m: m.start)

    def _domain_mentions(self, text: str,
                         patterns: tuple[tuple[str, re.Pattern[str] | GatedPattern], ...],
                         default: str | None) -> list[Mention]:
        """The country's body of the domain for each match; `default` the country when
        none is named, for a bare description only (a word between the head and the domain
        makes a name: "l'Autorité garante de la concurrence")."""
        found: list[Mention] = []
        for domain, pattern in patterns:
            for match in pattern.finditer(text):
                country = self._described_country(match) or (
                    None if match.groupdict().get("demonym") else default)
                if match.groupdict().get("anaphor"):  # "the country's telecoms regulator"
                    country = anaphor_country(text, match.start(), self.demonym_code)
                # a province's or state's body as well: "the Quebec privacy regulator"
                key = (self.patterns.domain_bodies.get(domain, {}).get(country or "")
                       or self.patterns.subdivision_bodies.get(domain, {}).get(country or ""))
                start, end = match.start(), self._description_end(match)
                found += [DescribedMention(key, text[start:end], start, end)] if key else []
        return found

    def inside_company_name(self, text: str, mention: Mention) -> bool:
        """A country in a company's legal name ("Google Ireland Limited") is no actor."""
        return (_LEGAL_SUFFIX_AFTER.match(text, mention.end) is not None
                and _CAPITALISED_BEFORE.search(text, 0, mention.start) is not None)

    def description_spans(self, text: str, lp: LanguagePatterns) -> list[tuple[int, int]]:
        """Domain descriptions, known bodies or not ("its lead EU privacy regulator")."""
        return [(m.start(), self._description_end(m)) for _, pattern in lp.domain_descriptions
                for m in pattern.finditer(text)]

    def _description_end(self, match: re.Match[str]) -> int:
        """The word after a description is part of it only when it is a demonym."""
        after = match.groupdict().get("after")
        if after and not self.demonym_code(after):
            return match.start("after") - 1
        return match.end()

    def _described_country(self, match: re.Match[str]) -> str | None:
        """The country of a domain description: its name, a demonym before or after."""
        for group in ("country", "demonym", "after"):
            word = match.groupdict().get(group)
            code = word and self.demonym_code(word)
            if code:
                return code
        return self._long_country(match)

    def _long_country(self, match: re.Match[str]) -> str | None:
        """"Hong Kong's privacy commissioner", "Sri Lanka's data regulator": the pattern's
        country is the name's last word; the words before it complete it."""
        if not match.groupdict().get("country"):
            return None
        start = match.start("country")
        before = _NAME_WORDS_BEFORE.search(match.string, max(start - 40, 0), start)
        words = before.group(0).split() if before else []
        for size in range(len(words), 0, -1):
            name = " ".join([*words[-size:], match.group("country")]).casefold()
            if name in self._long_names:
                return self._long_names[name]
        return None

    def demonym_code(self, word: str) -> str | None:
        """"indonésiennes" -> ID: the word, then without its plural and feminine endings;
        "sud-coréenne" by its last part ("sud-africain" whole); a country's name of several
        words ("Sri Lanka")."""
        whole = word.casefold()
        if whole in self._long_names:
            return self._long_names[whole]
        folded = whole.split("-")[-1]
        for form in (whole, folded, folded.removesuffix("s"), folded.removesuffix("es"),
                     folded.removesuffix("nes"), folded.removesuffix("ne")):
            if form in self.patterns.demonyms:
                return self.patterns.demonyms[form]
        return None

    def normalise_targets(self, found: list[tuple[int, int, str]], text: str) -> tuple[str, ...]:
        """Target keys in order, without a service whose operator (or the operator's owner)
        is named before it in the same phrase: "Meta, the provider of Facebook and Instagram"
        and "Alphabet's rules on steering in Google Play" are one target each; a plain list
        ("Telegram, Meta, WhatsApp") keeps every item."""
        kept: list[str] = []
        found = [(start, end, self._service_named(key, text[start:end]))
                 for start, end, key in found]
        for start, _, key in sorted(found):
            owners = self._owners(key) if kind_of(key) == "service" else set()
            if any(k in owners and not _LIST_GAP.match(_without_spans(text, e, start, found))
                   for s, e, k in found if e <= start):
                continue
            kept.append(key)
        return tuple(dict.fromkeys(kept))

    def _service_named(self, key: str, name: str) -> str:
        """"X Corp" (the legal entity named after its one service) is the platform X, as
        "Meta Platforms Ireland" is Meta; "Aylo" (another name) stays the company."""
        service = self._trading_as.get(key)
        if service is None:
            return key
        rest = name[len(service[1]):] if name.startswith(service[1] + " ") else ""
        return service[0] if rest and self.patterns.organisation_suffix.fullmatch(
            rest.strip()) else key

    def _owners(self, key: str) -> set[str]:
        owners: set[str] = set()
        entity = self.reference.get(key)
        while entity is not None and len(owners) < 4:
            parent = entity.operated_by or entity.owned_by
            if parent is None or parent in owners:
                break
            owners.add(parent)
            entity = self.reference.get(parent)
        return owners

    def law_fits(self, law: str, jurisdiction: str | None, strict: bool) -> bool:
        """Can `law` be the legal basis of an act in `jurisdiction`? `strict`: same code only."""
        entity = self.reference.get(law)
        if entity is None or entity.jurisdiction is None or jurisdiction is None:
            return not strict
        if entity.jurisdiction == jurisdiction:
            return True
        if strict:
            return False
        country = jurisdiction.split("-")[0]
        return entity.jurisdiction == country or (
            entity.jurisdiction == "EU" and country in self.patterns.eu_member_states)

    def is_subject_position(self, text: str, start: int) -> bool:
        """No preposition right before the mention (absolute text, absolute offset)."""
        window = text[max(0, start - 40):start]
        return (_COMPLEMENT_BEFORE.search(window[-30:]) is None
                or _ORGAN_OF.search(window) is not None)

    def is_seat_name(self, name: str) -> bool:
        """"Bruxelles", "Bercy", "London": a place standing for the body seated there (the
        `metonyms`), even where the reference holds it as the body's alias."""
        return any(pattern.fullmatch(name) for _, pattern in self.patterns.metonyms)

    def is_locative(self, text: str, start: int) -> bool:
        return _LOCATIVE_BEFORE.search(text[max(0, start - 12):start]) is not None



def _without_spans(text: str, start: int, end: int, spans: list[tuple[int, int, str]]) -> str:
    """text[start:end] with the names of other targets replaced by commas: "Meta, Telegram,
    WhatsApp" is a list (WhatsApp kept), "Meta, the provider of WhatsApp" is not."""
    out, cursor = [], start
    for s, e, _ in sorted(spans):
        if start <= s and e <= end:
            out.append(text[cursor:s] + ",")
            cursor = e
    return "".join(out) + text[cursor:end]
