"""data/patterns/actions.yaml, compiled once. Layer 1.

The YAML holds the language of the domain (trigger words per action type, modality cues,
anaphora, demonyms); this module only turns it into compiled regular expressions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from regkg.extract.cue_inserts import lexicon_slots, single_slots, trigger_slots, with_inserts
from regkg.extract.money_words import DOLLARS
from regkg.extract.prefilter import GatedPattern
from regkg.extract.shutdown_words import with_pattern_files
from regkg.models import ACTION_TYPE_CODES

PATTERNS_FILE = "actions.yaml"
LEXICON_FILE = "lexicon.yaml"  # the cue lexicon of the recall layer (lexicon.py)
FORMS = CUE_FORMS = ("verbal", "nominal", "company")
MODALITY_ORDER = ("considered", "negated", "threatened", "planned", "reported")  # as checked


class PatternError(ValueError):
    """The patterns file is malformed; the message names the entry."""


@dataclass(frozen=True)
class TriggerMatch:
    """Where a trigger (or a lexicon cue) matched a sentence."""

    type: str
    form: str
    start: int  # offsets in the sentence
    end: int
    targets_from: int | None = None  # the trigger's group `object`: its targets start there


@dataclass(frozen=True)
class Trigger:
    type: str
    form: str  # "verbal", "nominal" or "company" (see actions.yaml)
    pattern: GatedPattern  # run on every sentence: prefiltered


@dataclass(frozen=True)
class LanguagePatterns:
    triggers: tuple[Trigger, ...]
    modality: tuple[tuple[str, tuple[GatedPattern, ...]], ...]  # in MODALITY_ORDER
    class_targets: re.Pattern[str]
    authority_anaphora: re.Pattern[str]
    target_anaphora: re.Pattern[str]
    object_pronoun_after_verb: re.Pattern[str]
    object_pronoun_before_verb: re.Pattern[str]
    target_stops: re.Pattern[str]
    target_hard_stops: re.Pattern[str]
    request_target_stops: re.Pattern[str]
    clause_breaks: re.Pattern[str]
    unknown_target_lead: re.Pattern[str]
    unknown_target_breaks: re.Pattern[str]  # "according to the start-up X": no object
    network_kind: re.Pattern[str]  # "the telecoms operator " before a name (network_addressee)
    network_instruction: re.Pattern[str]  # " on Friday to block" after it
    operator_of: re.Pattern[str]
    regulator_description: re.Pattern[str]
    state_description: re.Pattern[str]
    provision_cue: re.Pattern[str]
    provision_higher: re.Pattern[str]
    provision_lower: re.Pattern[str]
    organisation_cue: re.Pattern[str]  # right before a name: "l'ONG "
    organisation_cue_anywhere: re.Pattern[str]  # before a capitalised word, anywhere
    announcing_verb: re.Pattern[str]  # right before a nominal trigger: its date counts
    called_step: re.Pattern[str]  # between a call and the step it asks for
    shared_subject: re.Pattern[str]  # between two verbs of one subject
    finding_subject: re.Pattern[str]  # "The investigation " right before "found that"
    counterparts_cue: re.Pattern[str]  # "together with its counterparts in " before a place
    counterparts_gap: re.Pattern[str]  # between two places of that list
    counterparts_described: re.Pattern[str]  # "its Italian counterpart": counterpart_bodies.py
    joined_by: re.Pattern[str]  # ", joined by the " before a partner body: joint.py
    lead_supervisor: re.Pattern[str]  # "its lead EU privacy regulator": lead_supervisors.py
    staff_probe: re.Pattern[str]  # "ordered its Director General to investigate": staff_probes
    # (domain, pattern) of "Italy's data protection authority": `country`/`demonym`/`after`
    domain_descriptions: tuple[tuple[str, GatedPattern], ...] = ()
    domain_default_country: str | None = None  # when a domain description names no country
    domain_counterparts: tuple[tuple[str, re.Pattern[str]], ...] = ()  # "la Cnil irlandaise"
    # (domain or None, pattern) of "the data protection authorities" + places: place_lists.py
    place_list_heads: tuple[tuple[str | None, GatedPattern], ...] = ()  # prefiltered
    place_one_heads: tuple[tuple[str | None, GatedPattern], ...] = ()  # singular, one place
    federal: re.Pattern[str] | None = None  # "federal" in such a list: the others' country


@dataclass(frozen=True)
class Patterns:
    languages: dict[str, LanguagePatterns]
    done_status: dict[str, str]
    cue_window: int
    class_target_reach: int
    demonyms: dict[str, str]
    platform_regulator: dict[str, str]
    executives: dict[str, str]
    metonyms: tuple[tuple[str, GatedPattern], ...]  # gated: two scans of every sentence
    default_referents: dict[str, str]
    eu_member_states: frozenset[str]
    dollar_currency: dict[str, str]
    asides: re.Pattern[str]
    dateline: re.Pattern[str]
    organisation_suffix: re.Pattern[str]
    unknown_target_name: re.Pattern[str]
    not_company_names: frozenset[str]
    domain_bodies: dict[str, dict[str, str]]  # domain -> country code -> regulator
    # domain -> province or state code -> regulator, for lists of places only
    subdivision_bodies: dict[str, dict[str, str]] = field(default_factory=dict)
    lead_supervisors: dict[str, str] = field(default_factory=dict)  # company -> its lead DPA
    court_places: dict[str, str] = field(default_factory=dict)  # city -> jurisdiction code
    located_passive_types: frozenset[str] = frozenset()  # "was fined in Ireland"

    def of(self, language: str) -> LanguagePatterns:
        """Patterns for `language`; English rules serve any language without its own."""
        return self.languages.get(language) or self.languages["en"]


def _compile(source: str, where: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    try:
        return re.compile(source, flags)
    except re.error as err:
        raise PatternError(f"{where}: bad regular expression {source!r}: {err}") from err


def _trigger(entry: dict[str, Any], where: str, slot: dict[str, str]) -> Trigger:
    kind, form = entry.get("type"), entry.get("form")
    if kind not in ACTION_TYPE_CODES:
        raise PatternError(f"{where}: unknown action type {kind!r}")
    if form not in FORMS:
        raise PatternError(f"{where}: form must be one of {FORMS}, not {form!r}")
    return Trigger(type=kind, form=form,
                   pattern=GatedPattern(_compile(with_inserts(str(entry["re"]), slot), where)))


def _language(data: dict[str, Any], lang: str) -> LanguagePatterns:
    fields: dict[str, Any] = {
        "triggers": _triggers(data, lang), "modality": _modality(data, lang),
        **_single_patterns(data, lang), **_anchored(data, lang), **_domain_patterns(data, lang)}
    return LanguagePatterns(**fields)


def _triggers(data: dict[str, Any], lang: str) -> tuple[Trigger, ...]:
    return tuple(_trigger(entry, f"triggers.{lang}[{i}]", trigger_slots(data, lang))
                 for i, entry in enumerate(data["triggers"][lang]))


def _modality(data: dict[str, Any], lang: str) -> tuple[tuple[str, tuple[GatedPattern, ...]], ...]:
    """The cues of each status, in the order checked (MODALITY_ORDER); gated (60 a clause)."""
    cues, slots = data["modality"][lang], trigger_slots(data, lang)  # `<CARRIERS>` and others
    return tuple((status, tuple(GatedPattern(_compile(with_inserts(c, slots), f"modality.{lang}"))
                                for c in cues.get(status, ()))) for status in MODALITY_ORDER)


# LanguagePatterns fields of one pattern, tokens spelt out: field -> (section, key or None).
_SINGLE_PATTERNS: dict[str, tuple[str, str | None]] = {
    "class_targets": ("class_targets", None), "authority_anaphora": ("authority_anaphora", None),
    "target_anaphora": ("target_anaphora", None),
    "object_pronoun_after_verb": ("object_pronoun_after_verb", None),
    "object_pronoun_before_verb": ("object_pronoun_before_verb", None),
    "target_stops": ("target_stops", None), "target_hard_stops": ("target_hard_stops", None),
    "request_target_stops": ("request_target_stops", None),
    "clause_breaks": ("clause_breaks", None),
    "unknown_target_breaks": ("unknown_target_breaks", None),
    "unknown_target_lead": ("unknown_target_lead", None),
    "operator_of": ("operator_of", None), "state_description": ("state_description", None),
    "regulator_description": ("regulator_description", None),
    "network_kind": ("network_addressee", "kind"),
    "network_instruction": ("network_addressee", "instruction"),
    "provision_cue": ("provision", "cue"), "provision_higher": ("provision", "higher"),
    "provision_lower": ("provision", "lower"), "finding_subject": ("finding_subject", None),
    "counterparts_cue": ("counterparts", "cue"), "counterparts_gap": ("counterparts", "gap"),
    "counterparts_described": ("counterparts", "described"),
    "joined_by": ("counterparts", "joined"),
    "lead_supervisor": ("lead_supervisors", "description"), "staff_probe": ("staff_probe", None),
}


def _single_patterns(data: dict[str, Any], lang: str) -> dict[str, re.Pattern[str]]:
    def one(section: str, key: str | None) -> re.Pattern[str]:
        node, slot = data[section][lang], single_slots(data, lang)
        return _compile(with_inserts(node[key] if key else node, slot), f"{section}.{lang}")

    return {field: one(section, key) for field, (section, key) in _SINGLE_PATTERNS.items()}


def _domain_patterns(data: dict[str, Any], lang: str) -> dict[str, Any]:
    """The descriptions of regulators by their domain ("le gendarme des données") and the
    lists of places that name several of them."""
    node = data["domain_regulators"]
    places = _place_lists(node, lang)
    return {
        "domain_descriptions": _domain_descriptions(node, lang),
        "domain_default_country": (node.get("default_country") or {}).get(lang),
        "domain_counterparts": tuple(
            (domain, _compile(source, f"domain_regulators.counterparts.{lang}"))
            for domain, source in (node.get("counterparts") or {}).get(lang, {}).items()),
        "place_list_heads": places.plural, "place_one_heads": places.singular,
        "federal": places.federal,
    }


def _anchored(data: dict[str, Any], lang: str) -> dict[str, re.Pattern[str]]:
    """The cues that must touch what follows or precedes them (anchored patterns)."""
    return {
        "organisation_cue": _compile(data["organisation_cues"][lang] + r"\s+$",
                                     f"organisation_cues.{lang}"),
        "organisation_cue_anywhere": _compile(
            data["organisation_cues"][lang] + r"\s+(?-i:[A-ZÀ-Ý])", f"organisation_cues.{lang}"),
        "announcing_verb": _compile(data["announcing_verb"][lang] + r"$",
                                    f"announcing_verb.{lang}"),
        "called_step": _compile(data["called_step"][lang] + r"$", f"called_step.{lang}"),
        "shared_subject": _compile(data["shared_subject"][lang] + r"$", f"shared_subject.{lang}"),
    }


def _domain_descriptions(node: dict[str, Any],
                         lang: str) -> tuple[tuple[str, GatedPattern], ...]:
    """One pattern per domain: English puts the country first ("Italy's", "the Dutch"),
    French after the head noun or at the end ("l'autorité italienne de la concurrence")."""
    heads = node["heads"][lang]
    found = []
    for domain, words in node["words"][lang].items():
        if lang == "fr":
            # "l'organisme turc de régulation des", "le commissaire ontarien à la protection de"
            source = (rf"\b(?:l'|le\s+|la\s+)(?:{heads})\s+(?:(?P<demonym>[\w-]+)\s+)?"
                      rf"(?:de\s+(?:régulation|contrôle|surveillance)\s+|à\s+la\s+protection\s+)?"
                      rf"(?:de\s+la\s+|de\s+l'|des\s+|du\s+|de\s+|d')(?:{words})"
                      rf"(?:\s+(?P<anaphor>du\s+pays)\b|\s+(?P<after>[\w-]+))?")
        else:
            # a capitalised determiner opening the sentence is no country: "The EU antitrust
            # regulator" is read by the second branch (demonym "EU")
            source = (rf"(?:\b(?!(?:The|An|A|Its|Their|This|That|These|Those)\b)"
                      rf"(?P<country>(?-i:[A-Z])[\w-]*)(?:'s)?|\b(?:the|an?|its|their)\s+"
                      rf"(?P<anaphor>country|nation|province)'s|\b(?:the|an?|its|their)\s+"
                      rf"(?:(?-i:[a-z])[\w-]*\s+)?(?P<demonym>(?-i:[A-Z])[\w-]*))\s+(?:[\w-]+\s+){{0,2}}?(?:{words})"
                      rf"\s+(?:{heads})\b")
        found.append((domain, GatedPattern(_compile(source, f"domain_regulators.{lang}.{domain}"))))
    return tuple(found)


_Heads = tuple[tuple[str | None, GatedPattern], ...]  # run on every sentence: prefiltered


@dataclass(frozen=True)
class _PlaceListPatterns:
    plural: _Heads = ()
    singular: _Heads = ()
    federal: re.Pattern[str] | None = None


def _place_lists(node: dict[str, Any], lang: str) -> _PlaceListPatterns:
    """The descriptions of a domain's bodies that a list of places goes with (plural), or one
    place (singular: "le Commissariat à l'information et à la protection de la vie privée
    (CIPVP) de la Colombie-Britannique"): see extract/place_lists.py."""
    lists = node.get("place_lists") or {}
    if not lists:
        return _PlaceListPatterns()
    where = f"domain_regulators.place_lists.{lang}"

    def heads(key: str) -> _Heads:
        return tuple((domain, GatedPattern(_compile(_domain_head(words, lists[key][lang], lang),
                                                    f"{where}.{key}.{domain}")))
                     for domain, words in node["words"][lang].items())

    det = r"(?:les|des|ces|leurs|ses)" if lang == "fr" else r"(?:the|its|their)"
    bare = GatedPattern(_compile(rf"\b(?P<det>{det}\s+)?(?:{lists['bare_heads'][lang]})\b",
                                 f"{where}.bare"))

    def offices(number: str) -> _Heads:
        return tuple((office, GatedPattern(_compile(
            rf"\b(?P<det>{det}\s+)?(?:{words[number][lang]})\b",
            f"{where}.office_heads.{office}.{number}")))
                     for office, words in (lists.get("office_heads") or {}).items())

    return _PlaceListPatterns(
        plural=(*heads("plural_heads"), *offices("plural"), (None, bare)),
        singular=(*heads("singular_heads"), *offices("singular")),
        federal=_compile(rf"(?:{lists['federal'][lang]})\b", f"{where}.federal"))


def _domain_head(words: str, heads: str, lang: str) -> str:
    """English puts the domain words before the head ("data protection authorities"), French
    after it ("autorités de protection des données", "commissaires à la protection de la vie
    privée"), with room for demonyms in between ("autorités française et allemande de la
    concurrence")."""
    if lang == "fr":
        return (rf"\b(?P<det>(?:les|des|ces|leurs|ses|le|la|l['’])\s*)?(?:{heads})\s+"
                rf"(?P<mid>(?:[\w-]+\s*,\s*)*[\w-]+\s+et\s+[\w-]+\s+)?"
                rf"(?:de\s+(?:contrôle|régulation)\s+)?(?:à\s+l.information\s+et\s+)?"
                rf"(?:(?:à\s+la\s+|de\s+)protection\s+)?(?:de\s+la\s+|de\s+l['’]|des\s+"
                rf"|du\s+|de\s+|d['’]|à\s+la\s+|en\s+matière\s+de\s+)(?:{words})\b")
    return (rf"\b(?P<det>(?:the|its|their)\s+)?(?:{words})(?:\s+and\s+(?:{words}))?"
            rf"\s+(?:{heads})\b")


def load_patterns(directory: Path) -> Patterns:
    """Read and compile `directory/actions.yaml`."""
    path = directory / PATTERNS_FILE
    try:
        data = with_pattern_files(yaml.safe_load(path.read_text(encoding="utf-8")), directory)
    except (OSError, yaml.YAMLError) as err:
        raise PatternError(f"{path}: {err}") from err
    try:
        return Patterns(
            languages={lang: _language(data, lang) for lang in data["triggers"]},
            done_status=dict(data["done_status"]),
            cue_window=int(data["cue_window"]),
            class_target_reach=int(data.get("class_target_reach", 40)),
            demonyms={k.casefold(): v for k, v in data["demonyms"].items()},
            platform_regulator=dict(data["platform_regulator"]),
            executives=dict(data.get("executives") or {}),
            metonyms=tuple((key, GatedPattern(_compile(rf"\b(?:{s})\b", f"metonyms.{key}", 0)))
                           for key, s in (data.get("metonyms") or {}).items()),
            default_referents=dict(data.get("default_referents") or {}),
            eu_member_states=frozenset(data["eu_member_states"]),
            dollar_currency=dict(DOLLARS),  # data/patterns/money.yaml
            asides=_compile(data["asides"], "asides"),
            dateline=_compile(data["dateline"], "dateline", flags=0),
            organisation_suffix=_compile(data["organisation_suffix"], "organisation_suffix", 0),
            unknown_target_name=_compile(data["unknown_target_name"], "unknown_target_name", 0),
            not_company_names=frozenset(data.get("not_company_names") or ()),
            domain_bodies={k: dict(v) for k, v in data["domain_regulators"]["bodies"].items()},
            subdivision_bodies={k: dict(v) for k, v in (
                data["domain_regulators"].get("place_lists") or {})
                .get("subdivision_bodies", {}).items()},
            court_places={k.casefold(): v for k, v in (data.get("court_places") or {}).items()},
            located_passive_types=frozenset(data.get("located_passive_types") or ()),
            lead_supervisors=dict(data["lead_supervisors"]["bodies"]),
        )
    except (KeyError, TypeError) as err:
        raise PatternError(f"{path}: missing or malformed entry {err}") from err


# --- the cue lexicon (data/patterns/lexicon.yaml) --------------------------------------

@dataclass(frozen=True)
class Cue:
    type: str
    form: str
    pattern: GatedPattern  # run on every sentence: prefiltered


@dataclass(frozen=True)
class LanguageLexicon:
    cues: tuple[Cue, ...]
    other_event: re.Pattern[str]
    determiner_before: re.Pattern[str]
    not_fact_before: re.Pattern[str]
    provision_like: re.Pattern[str]
    undergoes: re.Pattern[str]  # between a platform and the noun of a step against it


@dataclass(frozen=True)
class Lexicon:
    languages: dict[str, LanguageLexicon]
    threshold: int
    weights: dict[str, int]
    principal_types: frozenset[str]

    def of(self, language: str) -> LanguageLexicon:
        return self.languages.get(language) or self.languages["en"]


def _lexicon_language(node: dict[str, Any], lang: str, slot: str) -> LanguageLexicon:
    cues = []
    for kind, forms in node["cues"].items():
        if kind not in ACTION_TYPE_CODES:
            raise PatternError(f"lexicon.{lang}: unknown action type {kind!r}")
        for form, sources in forms.items():
            if form not in CUE_FORMS:
                raise PatternError(f"lexicon.{lang}.{kind}: form {form!r} not in {CUE_FORMS}")
            cues += [Cue(kind, form, GatedPattern(
                _compile(rf"\b{with_inserts(s, slot)}\b", f"lexicon.{lang}.{kind}.{form}")))
                for s in sources]
    return LanguageLexicon(
        cues=tuple(cues),
        other_event=_compile(node["other_event"], f"lexicon.{lang}.other_event"),
        determiner_before=_compile(node["determiner_before"], f"lexicon.{lang}.determiner_before"),
        not_fact_before=_compile(node["not_fact_before"], f"lexicon.{lang}.not_fact_before"),
        provision_like=_compile(node["provision_like"], f"lexicon.{lang}.provision_like"),
        undergoes=_compile(node["undergoes"], f"lexicon.{lang}.undergoes"))


def load_lexicon(directory: Path) -> Lexicon:
    """Read and compile `directory/lexicon.yaml`."""
    path = directory / LEXICON_FILE
    try:
        data, slots = yaml.safe_load(path.read_text(encoding="utf-8")), lexicon_slots(directory)
        return Lexicon(
            languages={lang: _lexicon_language(node, lang, slots.get(lang, ""))
                       for lang, node in data["languages"].items()},
            threshold=int(data["threshold"]),
            weights={k: int(v) for k, v in data["weights"].items()},
            principal_types=frozenset(data["principal_types"]))
    except (OSError, yaml.YAMLError, KeyError, TypeError, AttributeError) as err:
        raise PatternError(f"{path}: {err}") from err
