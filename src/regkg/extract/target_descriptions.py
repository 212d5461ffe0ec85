"""Words that refer back to a platform named earlier, beyond actions.yaml's `target_anaphora`:
more descriptions ("the retailer", "both companies", "le groupe", "l'enseigne", "au site de
mode chinois"), the number of a clitic ("leur a ordonné" is plural) and a subject pronoun of
a passive step by a named body ("It was fined ... by the ICO", "Il a été condamné par la
CNIL"). Which platform they mean stays the targets module's rule (the nearest named ones).
Layer 1; used by regkg.extract.targets.TargetFinder.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from regkg.extract import grammar as g
from regkg.extract.linking import ACTOR_KINDS, Discourse, kind_of

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView, TriggerMatch

# Definite descriptions of one company or service, or of the two or more just named. Never a
# bare class in the plural ("the platforms", "les plateformes": a class, target null) and
# never followed by "of"/"de" + a capitalised name (a body's website, a group of experts).
_NOT_OF_A_NAME = r"(?!\s+(?:of|of\s+the|de\s+la|de\s+l'|du|des)\s+(?-i:[A-Z]))"
_EN_KINDS = (r"(?:company|companies|firm|firms|giant|giants|group|groups|platform|platforms|"
             r"start-?up|developer|maker|retailer|marketplace|operator|business|businesses|"
             r"service|app|"
             r"network|site)")
_MORE = {
    "en": re.compile(
        r"\b(?:both\s+(?:(?:tech|social\s+media|online|internet|US|American|Chinese)\s+)?"
        rf"{_EN_KINDS}"
        r"|the\s+(?:two|three)\s+(?:(?:tech|social\s+media|online|internet)\s+)?"
        r"(?:giants|platforms|services|apps|networks|sites|retailers|marketplaces|businesses)"
        r"|the\s+retailer|the\s+(?:online\s+)?marketplace"
        # "warned the exchange" after Binance; not "the Exchange Act", "the exchange of data"
        r"|the\s+(?-i:exchange)(?!\s+(?:of|rate|rates|between|with|for)\b)"
        r"|the\s+(?:(?:US|American|Chinese|Californian|AI)\s+)?start-?up"
        r"|the\s+(?:(?:US|American|Chinese|Californian)\s+)?(?:tech(?:nology)?|social\s+media|"
        r"search|e-commerce|ecommerce|messaging|AI|artificial\s+intelligence|software|"
        r"gaming|video|crypto(?:currency)?|fashion|fast-fashion|ride-hailing|internet)\s+"
        r"(?:company|firm|giant|group|start-?up|developer|maker|retailer|business|"
        r"platform|service|app|project)"
        r"|the\s+(?:AI\s+)?chatbot\s+(?:maker|developer|company|firm)"
        # "Elon Musk's platform", "Zuckerberg's company" (a named company's own name wins).
        r"|(?!(?:Commission|Government|EU|Ofcom|CNIL|ICO|FTC|Arcom)['’]s)"
        r"(?-i:[A-Z])[\w-]+['’]s\s+(?:social\s+network|platform|company|firm|start-?up|"
        r"chatbot|app|social\s+media\s+(?:platform|company))"
        r"|the\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?-(?:based|backed)\s+(?:[\w-]+\s+)?"
        rf"{_EN_KINDS})\b" + _NOT_OF_A_NAME, re.IGNORECASE),
    "fr": re.compile(
        r"(?:\b(?:le|au)\s+groupe\b(?!\s+(?:de\s+travail|d'experts|de\s+(?:députés|"
        r"parents|victimes|consommateurs|chercheurs|sénateurs)))"
        r"|\b(?:la|à\s+la)\s+(?:start-?up|jeune\s+pousse)\b"
        r"|\b(?:la|à\s+la)\s+multinationale\b"
        r"|\bl'enseigne\b|\b(?:le|au)\s+distributeur\b(?!\s+(?:de|d')\s)"
        r"|\b(?:le|au)\s+moteur\s+de\s+recherche\b"
        r"|\b(?:le|au)\s+géant\b|\b(?:les|aux|ces)\s+deux\s+géants\b"
        r"|\b(?:le|au)\s+site\s+(?:de\s+[\w-]+\s+)?(?:chinois|américain|singapourien|russe|"
        r"asiatique)\b|\bau\s+site\s+de\s+(?:vente|e-commerce|commerce|mode)\b"
        # ("les pratiques des deux entreprises": the genitive too)
        r"|\b(?:les|aux|ces|des)\s+deux\s+(?:plateformes|réseaux\s+sociaux|sites|services|"
        r"applications|messageries|firmes|entreprises|sociétés|groupes)\b"
        r"|\btous\s+(?:les\s+)?deux\b"
        r"|\bl'éditeur\b(?!\s+(?:de|du|des|d')\b)|\bl'exploitant\b(?!\s+(?:de|du|des|d')\b))"
        + _NOT_OF_A_NAME, re.IGNORECASE),
}
# Plural descriptions: "both companies", "les deux géants", "tous deux".
_PLURAL = re.compile(r"^(?:ces|these|both)\b|\bdeux\b|(?:s|x)$",
                     re.IGNORECASE)
# A plural object clitic right before the verb: "leur a ordonné", "les a mises en demeure".
_PLURAL_CLITIC = re.compile(r"\b(?:les|leur)\s*(?:(?:a|ont|avait|avaient|va|vont)\s+)?"
                            r"(?:également\s+|aussi\s+|déjà\s+|en\s+outre\s+|par\s+ailleurs\s+)?$",
                            re.IGNORECASE)
# The subject pronoun of a sentence whose verb is a passive step: "It was fined", "Elle a
# été sanctionnée", "They were each fined".
# A fronted time complement may come first: "In 2021, it was fined", "In June it was fined",
# "Le 15 juin, elle a été sanctionnée", "En 2021, il a été condamné".
_FRONTED_TIME = (r"(?:(?:In|On|Since|Last|Earlier|Later|Then|Previously|Already|En|Le|Au|Dès|"
                 r"Depuis|Puis|Déjà|Ensuite|Auparavant|Début|Fin|Mi)\b[^,;:.()]{0,40}?"
                 r"(?:,\s*|\s+))?")
_SUBJECT_PRONOUN = re.compile(rf"\W{{0,3}}{_FRONTED_TIME}(?:(?:It|They|Il|Elle|Ils|Elles)\b)"
                              r"(?=\s)", re.IGNORECASE)
_PASSIVE_GAP = re.compile(r"\s+(?:[\w'-]+\s+){1,4}")
# The agent of the passive step: "by the ICO", "par la CNIL" (a body must follow).
_AGENT = re.compile(r"[^;:]{0,80}?\b(?:by|par)\s+(?:the\s+|l'|la\s+|le\s+|les\s+)?", re.I)


# A description that is only the owner of other parties: "the company's rivals", "la
# société et ses concurrents" is not aimed at the company.
_OTHERS_OF = re.compile(r"['’]s\s+(?:[\w-]+\s+)?(?:rivals?|competitors?|users?|customers?|"
                        r"clients?|advertisers?|critics?|employees?|staff|shareholders?|"
                        r"partners?|suppliers?|sellers?|creators?|founders?)\b", re.IGNORECASE)

# A description followed by the platform's own name is an apposition, no anaphor: "la
# plateforme de diffusion en direct Kick", "the short-video app TikTok" (a month or a day is no
# name: "commitments from the company last December"). A few lower-case
# modifiers may stand between; not a verb, a relative or an article ("the company was fined
# by Ofcom", "took the company to the Federal Court"), nor a place after a preposition ("la
# plateforme en France").
_NAMED_AFTER = re.compile(
    r"(?:\s+(?!(?:a|ont|est|sont|avait|avaient|été|sera|par|qui|que|pour|sur|has|have|had|was|"
    r"is|were|by|which|that|who|for|on|and|et|or|ou|the|an|le|la|les|un|une|to|from|of|at|"
    r"in|into|with|before|against|au|aux|à|devant|auprès|dans|contre|avec)\b)(?-i:[a-zà-ÿ][\w'’-]*)){0,5}"
    r"(?<!\ben)(?<!\bin)(?<!\bà)(?<!\bau)(?<!\baux)(?<!\bat)(?<!\bto)(?<!\bdans)(?<!\binto)"
    r"(?<!\bcontre)(?<!\bagainst)(?<!\bwith)(?<!\bavec)\s+(?!(?:January|February|March|April"
    r"|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday"
    r"|Thursday|Friday|Saturday|Sunday)\b)(?-i:[A-Z])")


def platform_descriptions(text: str, start: int, end: int, base: re.Pattern[str],
                          language: str) -> list[re.Match[str]]:
    """Every description of a platform between `start` and `end`: the patterns' own
    (`base`), then this module's where they do not overlap one of those, in text order;
    not one that only owns other parties ("the company's rivals")."""
    found = [m for m in base.finditer(text, start, end)
             if not _OTHERS_OF.match(text, m.end()) and not _NAMED_AFTER.match(text, m.end())]
    extra = _MORE.get(language)
    for match in extra.finditer(text, start, end) if extra else ():
        if not any(match.start() < b.end() and b.start() < match.end() for b in found) \
                and not _OTHERS_OF.match(text, match.end()):
            found.append(match)
    return sorted(found, key=lambda m: m.start())


def is_plural(words: str) -> bool:
    """Plural: "ces plateformes", "these services", "both companies", "les deux géants"."""
    return _PLURAL.search(words.strip()) is not None


def clitic_is_plural(text: str, verb_start: int) -> bool:
    """"Elle leur a ordonné", "les a mises en demeure": the object is several platforms."""
    return _PLURAL_CLITIC.search(text, 0, verb_start) is not None


# The platform as the subject of the measure a warning states: "warning that it would be
# blocked after three months", "en prévenant qu'elle serait suspendue".
_WARNED_SUBJECT = re.compile(
    r"\s+(?:that\s+|qu['’])(?P<pronoun>it|they|elle|il|elles|ils)\s+(?:would|will|serai(?:t|ent)"
    r"|sera|seront)\s+(?:(?:also|then|aussi|alors)\s+)?(?:be\s+)?(?:\w+\s+)?(?:blocked|suspended"
    r"|banned|fined|shut\s+down|delisted|bloquée?s?|suspendue?s?|interdite?s?|sanctionnée?s?)\b",
    re.IGNORECASE)


def subject_pronoun(view: SentenceView, trig: TriggerMatch,
                    discourse: Discourse) -> tuple[int, int, bool] | None:
    """(start, end, plural) of the pronoun opening a sentence whose verb, a few words on, is
    a passive step by a named body ("It was fined ... by the ICO", "Elle a été sanctionnée
    par la CNIL"); not when a person was named after the last platform ("Pavel Durov ...
    Il a été mis en examen" is the man). Or, for a warning, of the platform its measure
    befalls ("and warning that it would be blocked")."""
    text = view.text
    warned = _WARNED_SUBJECT.match(text, trig.end) if trig.type == "warning" else None
    if warned is not None:
        word = warned.group("pronoun").casefold()
        return warned.start("pronoun"), warned.end("pronoun"), word in {"they", "ils", "elles"}
    pronoun = _SUBJECT_PRONOUN.match(text)
    if pronoun is None or not g.is_passive(text, trig.start, trig.end) \
            or not _PASSIVE_GAP.fullmatch(text, pronoun.end(), trig.start):
        return None
    agent = _AGENT.match(text, trig.end)
    if agent is None or not any(m.start == agent.end() and kind_of(m.key) in ACTOR_KINDS
                                for m in view.mentions):
        return None
    last_platform = max((at for _, at, _ in discourse.targets), default=-1)
    if last_platform < 0 or any(at > last_platform for at, _, _ in discourse.people):
        return None
    word = pronoun.group(0).strip(" \"'«(").casefold()
    return pronoun.end() - len(word), pronoun.end(), word in {"they", "ils", "elles"}


# A named service's operator, the noun after the name ("the ChatGPT maker", "Instagram's parent
# company") or a French relation before it with "au"/"à l'" ("au créateur de ChatGPT"): the
# operator is the target. Not when the operator's own name follows ("ChatGPT maker OpenAI":
# both are named, target_groups.one_per_group keeps one).
_OPERATOR_AFTER = re.compile(r"(?:['’]s)?\s+(?:parent(?:\s+company)?|owner|maker|operator|"
                             r"developer)\b(?!\s+of\b)(?!\s+(?-i:[A-Z]))", re.IGNORECASE)
_OPERATOR_BEFORE = re.compile(r"\b(?:au|à\s+l'|aux)\s*(?:créateur|concepteur|développeur|"
                              r"propriétaire|éditeur|exploitant|fournisseur)\s+(?:de|du|d')\s*$",
                              re.IGNORECASE)


def operator_named(text: str, start: int, end: int, language: str) -> bool:
    """The name at `start`-`end` names its operator: "the TikTok owner", "au créateur de"."""
    if language == "fr":
        return _OPERATOR_BEFORE.search(text, max(0, start - 40), start) is not None
    return _OPERATOR_AFTER.match(text, end) is not None


# Names given as examples of a class ("companies like Meta", "des plateformes comme TikTok
# et X"): the step is aimed at the class (target null), not at the examples.
_EXAMPLES_BEFORE = re.compile(
    r"\b(?:companies|firms|platforms|services|apps|sites|websites|providers|businesses|"
    r"entreprises|plateformes|sociétés|services|sites|applications|réseaux\s+sociaux|acteurs)"
    r"\s+(?:like|such\s+as|comme|tel(?:le)?s\s+que)\s+(?:[^,;:.()]{1,40}?(?:,|\band\b|\bet\b)\s*)*$",
    re.IGNORECASE)


def given_as_example(text: str, start: int) -> bool:
    """The name at `start` is an example of a class named just before it."""
    return _EXAMPLES_BEFORE.search(text, max(0, start - 120), start) is not None


# A possessive right after a step's noun: "an investigation into its age checks", "une
# enquête sur ses pratiques" (the platform named before; plural for "their", "leurs").
_POSSESSIVE_OBJECT = re.compile(
    r"\s+(?:into|of|on|over|concerning|regarding|sur|concernant|visant)\s+"
    r"(?P<pronoun>its|their|ses|son|sa|leurs?)\s+(?!own\b|propres?\b)", re.IGNORECASE)


# A pronoun as the object of the step's preposition: "opened proceedings against it" (the
# company of the sentence before), "an investigation into them", "une procédure à son
# encontre", "une enquête contre elle". Not "it" after other prepositions ("fined on it").
_PRONOUN_OBJECT = re.compile(
    r"\s+(?:(?:against|into)\s+(?P<pronoun>it|them)\b|à\s+(?P<possessive>son|leur)\s+encontre\b|"
    r"contre\s+(?P<stressed>elle|lui|eux|elles)\b)", re.IGNORECASE)


def possessive_object(text: str, trigger_end: int) -> tuple[int, int, bool] | None:
    """(start, end, plural) of the possessive of "investigation into its age checks", or of
    the pronoun of "proceedings against it"."""
    found = _POSSESSIVE_OBJECT.match(text, trigger_end) or _PRONOUN_OBJECT.match(text, trigger_end)
    if found is None:
        return None
    group = next(name for name, word in found.groupdict().items() if word)
    plural = found.group(group).casefold() in {"their", "leur", "leurs", "them", "eux", "elles"}
    return found.start(group), found.end(group), plural
