"""The platform a step with an actor but no object is about, when the sentences before name
one: "The European Commission said Temu had not assessed the risks of illegal products. On
Monday the Commission opened formal proceedings." Wire copy and releases state the company
first and the step after, without naming it again. Layer 1; used by
regkg.extract.targets.TargetFinder._unnamed_targets.

Conservative: the step's own sentence names no platform at all (not "TikTok said it had
opened an internal investigation"), its actor acts in the step's own clause (not "regulators
in Spain ordered it ..., and authorities elsewhere are reviewing its practices"), the latest
of the two sentences before that names platforms names one company group only (not "Epic
Games accuses Apple"), and the step is aimed at a company (not a statement, a commitment or
a law).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from regkg.extract import grammar as g
from regkg.extract.bystander_names import complaint_by_a_name
from regkg.extract.linking import Linker
from regkg.extract.linking_discourse import Discourse
from regkg.extract.suit_defendants import is_suit, relative_subject, relief_defendants, unfit_suit
from regkg.extract.target_main import acted_on_main, main_target
from regkg.extract.target_steps import step_party
from regkg.models import DateValue

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView, TriggerMatch

REACH = 2  # sentences back
_NOT_AIMED = frozenset({"statement", "commitment", "legislation"})
# Between the actor and the step: a new clause with a subject of its own.
_CLAUSE_BREAK = re.compile(r"[;:]|,\s*(?:and|but|while|whereas|et|mais|alors\s+que|"
                           r"tandis\s+que)\b|\b(?:who|which|qui|que|dont)\b", re.IGNORECASE)
# A relative clause right after the body, whose subject the body is: "L'organisme fédéral, qui
# avait ouvert son enquête en 2018" (tests/extract/test_probe_relatives.py).
# (its adjectives before the comma: "the federal agency", "l'organisme fédéral")
_OWN_RELATIVE = re.compile(r"(?:\s+(?-i:[a-zéèêàç])[\w-]*){0,2}?\s*,\s*(?:which|who|qui)\b",
                           re.IGNORECASE)
# An object of the step right after it that is no known platform ("fined the bank", "an
# investigation into a data broker", "une enquête visant des applications") or a counted
# step ("opened 10 investigations", "des sanctions"): someone else is meant.
_OTHER_OBJECT = re.compile(
    r"\s*(?:(?:into|against|on|of|over|to|visant|contre|à\s+l'encontre\s+de|concernant|sur|"
    r"auprès\s+de|à)\s+)?(?:the|a|an|le|la|les|l'|un|une|des|du|au|aux|his|her|its|their|"
    r"son|sa|ses|leurs?|ces|cette|ce|these|those|this|that|several|plusieurs)\s*"
    r"(?!(?:same|même|following|next|last|dernier|prochain|\d)\w*\b)"
    # "on its own initiative", "de sa propre initiative": no object; "into the breach", "sur la
    # fuite": the company's event, not another company (tests/gale 1134)
    r"(?!(?:(?:own|propre)\s+(?:initiative|accord|motion)|(?:data\s+)?breach|leak|hack|"
    r"incident|matter|affair|case|allegations|fuite|faille|piratage|affaire|dossier)\b)[^\W\d]",
    re.IGNORECASE)
# A platform that complains or reports to the body is not the one its step is aimed at.
_COMPLAINANT = re.compile(r"\b(?:complain\w*|complaint|plainte|saisi\w*|signal\w*|"
                          r"reported\s+to|alert\w*)\b", re.IGNORECASE)
_COUNTED = re.compile(r"\b(?:\d+|two|three|four|five|several|many|numerous|deux|trois|quatre|"
                      r"cinq|plusieurs|de\s+nombreuses|des|ces|these)\s+(?:[\w-]+\s+)?$", re.I)
# A step referred back to ("had opened its investigation", "l'enquête"): no new one.
_DEFINITE_IN = re.compile(r"\b(?:its|their|the|this|that|these|those|son|sa|ses|leurs?|cette|"
                          r"ces|ce|la|le|les)\s|"
                          r"\bl'", re.IGNORECASE)
# "The CMA opened its investigation in January", after its decision on Google: the opening of
# the probe behind the step reported, told only here (tests/broad 706, tests/sweep).
# ("had opened its", "avait lancé son": the trigger holds the auxiliary; session 16)
# So is a definite case named as its object: "The secretariat opened the case in 2018", "The
# board had begun examining the case", "La CNIL s'était saisie du dossier" (tests/gale 1129,
# 1134, haze 1126).
_OPENED_ITS = re.compile(r"(?:(?:a|avait|has|had)\s+)?(?:(?:open|launch|start|began|begun|"
                         r"commenc|ouvert|lancé|ouvr)\w*\s+(?:(?:examining|investigating|"
                         r"looking\s+into|reviewing|to\s+(?:examine|investigate|review)|"
                         r"à\s+(?:examiner|instruire))\s+)?(?:its|their|son|sa|leur|"
                         r"the(?=\s+(?:case|matter)\b)|(?:le|ce)(?=\s+dossier\b))\s|"
                         r"s.(?:est|était)\s+(?:\w+\s+)?saisie?\s+(?:du|de\s+l.)\s*(?:dossier|affaire)\b)",
                         re.IGNORECASE)
_COUNTED_IN = re.compile(r"\b(?:\d+|several|many|plusieurs|des|two|three|four|five|six|seven|"
                         r"eight|nine|ten|eleven|twelve|dozens\s+of|deux|trois|quatre|cinq|six|"
                         r"sept|huit|neuf|dix|onze|douze)\s+(?:[\w-]+\s+)?[\w-]+[sx]\b",
                         re.IGNORECASE)  # "340 contrôles", "des sanctions", not "£20,000 fine"
# A subject opening the sentence that is no name: "Elle a prononcé", "It opened", "The
# regulator issued", "L'autorité a adressé" (the actor resolver decides which body).
_SHORT_SUBJECT = 60


def context_target(view: SentenceView, trig: TriggerMatch, actors: list[str],
                   discourse: Discourse, linker: Linker,
                   one_group: Callable[[str, str], bool], reach: int | None = None) -> list[str]:
    """The keys of the one company group the latest of the `REACH` sentences before names,
    for a step of `actors` whose sentence names no platform ([] otherwise) up to `reach`
    (a name after a hard stop, ", saying that ... Gemini", is no object of the step)."""
    reach, suit = len(view.text) if reach is None else reach, is_suit(trig)
    if trig.type in _NOT_AIMED or not actors or g.is_passive(view.text, trig.start, trig.end) \
            or any(linker.is_target(m.key) for m in view.mentions if m.start < reach):
        return []  # the passive's subject is its target (targets._passive_subject_anaphor)
    if suit:  # a suit's own checks (suit_defendants): "filed the complaint on X's behalf"
        if unfit_suit(view, trig, reach):
            return []
    elif _OTHER_OBJECT.match(view.text, trig.end) or (trig.form == "nominal" and g.is_definite(
            view.text, trig.start)) \
            or (_DEFINITE_IN.search(view.text, trig.start, trig.end)
                and not _opening_told_once(view, trig, actors, discourse)) or _COUNTED.search(
            view.text, max(0, trig.start - 40), trig.start) or _COUNTED_IN.search(
            view.text, trig.start, trig.end):
        return []
    named = [m.end for m in view.actor_candidates or []
             if m.end <= trig.start and linker.actor_key(m.key) in actors]
    described = None if named else (_described_body_end(view, trig, linker)
                                    or _described_relative_end(view, trig, linker))
    named += [described] if described is not None else []
    acting_from = max(named) if named else 0
    # (the body's own relative, "The agency, which had opened its investigation", is no break)
    own = _OWN_RELATIVE.match(view.text, acting_from) if named else None
    acting_from = (relative_subject(view, acting_from) if suit and named else None) or acting_from
    if (not named and (trig.start > _SHORT_SUBJECT or not _authority_subject_before(
            discourse))) or _CLAUSE_BREAK.search(view.text, own.end() if own else acting_from,
                                                 trig.start):
        return []  # "It added that it had opened": the pronoun may be the company's
    if suit and (relief := relief_defendants(view, trig, linker.is_target)):
        return relief  # "went to the Federal Court, which granted an injunction ordering X"
    earlier = [(at, key) for at, _, key in discourse.targets if 0 < view.index - at <= REACH]
    if not earlier:  # far on in a text about one company, a body that acted on it before
        main = main_target(discourse, view.index, one_group)
        return [main] if main and acted_on_main(actors, main, discourse, one_group) else []
    latest = max(at for at, _ in earlier)
    if latest == 0 and discourse.headline_targets:
        return []  # a headline's name may be of a step denied or wanted ("No EU probe into X")
    if latest == view.index - 1 and _COMPLAINANT.search(discourse.previous_text) and not (
            complaint_by_a_name(discourse.previous_text)):
        return []  # (not "Rappi complained that iFood ...": Rappi is no referent, iFood is)
    keys = list(dict.fromkeys(key for at, key in earlier if at == latest))
    if any(a != b and not one_group(a, b) for a in keys for b in keys):
        keys = _parties_of_actors(discourse, latest, actors, keys)
    if not keys or any(a != b and not one_group(a, b) for a in keys for b in keys):
        return []
    # "l'application Kakao T ... Le gendarme s'était saisi du dossier": the party of the
    # body's latest step when the name is another member of its group (tests/cold 965)
    keys = list(dict.fromkeys(step_party(discourse, view.index, key, REACH, linker.reference)
                              or key for key in keys))
    return keys if _acted_on(
        actors, keys, latest == view.index - 1, discourse, linker) else []


# Pronouns among `authority_anaphora`: "It opened its investigation" may be the company's.
_PRONOUNS = frozenset({"it", "they", "we", "i", "il", "elle", "ils", "elles", "nous", "je",
                       "j'", "j’", "on"})


# A time or a frame before the subject: "In 2021, the regulator", "Le 3 mars, l'autorité".
_FRONTED = re.compile(r"\W*(?:(?:In|On|Since|Last|Earlier|Later|Then|Previously|En|Le|Au|Dès|"
                      r"Depuis|Puis|Ensuite|Auparavant|Début|Fin|Mi)\b[^,;:.()]{0,40}?,\s*)?")
# A bare plural step ("cannot impose fines", "is seeking penalties and other orders"): the
# kind of step, not one taken. "opened proceedings" is one step.
_BARE_PLURAL = re.compile(r"^(?!.*\b(?:a|an|the|its|their|this|un|une|le|la|l'|son|sa|leur|"
                          r"cette|des|les|ses|leurs)\b).*[sx]$", re.IGNORECASE)
_PLURAL_STEPS = frozenset({"investigation", "lawsuit"})


def _described_body_end(view: SentenceView, trig: TriggerMatch, linker: Linker) -> int | None:
    """End of a body's description opening the sentence as its subject ("The regulator
    opened its investigation", "L'autorité avait ouvert son enquête"): unlike a pronoun, no
    company's (issue 3, session 16: the target named in the sentences before)."""
    lp = linker.patterns.of(view.language)
    fronted = _FRONTED.match(view.text)
    found = lp.authority_anaphora.match(view.text, fronted.end() if fronted else 0)
    if found is None or found.end() > trig.start or found.group(0).casefold() in _PRONOUNS \
            or (trig.type not in _PLURAL_STEPS and _BARE_PLURAL.search(
                view.text[trig.start:trig.end])):
        return None
    return found.end()


def _parties_of_actors(discourse: Discourse, at: int, actors: list[str],
                       keys: list[str]) -> list[str]:
    """Of the companies sentence `at` names, the parties of these actors' step told there:
    "a annoncé l'élargissement de l'enquête qu'il mène sur X, afin d'y inclure les images de
    l'outil Grok. Le Commissariat avait ouvert ce dossier" is X's (tests/sweep 815)."""
    return list(dict.fromkeys(target for index, _, actor, target in discourse.told_steps
                              if index == at and actor in actors and target in keys))


def _described_relative_end(view: SentenceView, trig: TriggerMatch, linker: Linker) -> int | None:
    """End of a body's description whose relative clause holds the step: "Ces déclarations
    étaient trompeuses, estime l'organisme fédéral, qui avait ouvert son enquête en 2018"."""
    lp = linker.patterns.of(view.language)
    ends = [found.end() for found in lp.authority_anaphora.finditer(view.text, 0, trig.start)
            if found.group(0).casefold() not in _PRONOUNS]
    if not ends:
        return None
    own = _OWN_RELATIVE.match(view.text, ends[-1])
    return ends[-1] if own is not None and own.end() <= trig.start else None


def _authority_subject_before(discourse: Discourse) -> bool:
    """The sentence before opens on a body ("La CNIL reproche à Google ..."): the subject
    pronoun of this one ("Elle a prononcé") is that body."""
    start = discourse.previous_start
    return any(start <= at < start + len(discourse.previous_text)
               for at, _ in discourse.subject_authorities)


def _acted_on(actors: list[str], keys: list[str], previous: bool, discourse: Discourse,
              linker: Linker) -> bool:
    """Every actor is tied to the platform: it already took a step against it, or the
    sentence before names it with the platform ("The Commission said Temu had not ...").
    Another body's probe ("L'Arcom a mené une enquête" after a CNIL fine) is not."""
    start, end = discourse.previous_start, discourse.previous_start + len(discourse.previous_text)
    beside = {linker.actor_key(key) for at, key in discourse.authorities
              if previous and start <= at < end}
    # (any body that took a step against it: "The commission opened its investigation" after
    # its order on Google, when another body acted on Google first; session 16)
    against = {discourse.first_actor_against.get(key) for key in keys} | {
        step[1] for step in discourse.steps if step[2] in keys}
    return all(actor in beside or actor in against for actor in actors)


def _opening_told_once(view: SentenceView, trig: TriggerMatch, actors: list[str],
                       discourse: Discourse) -> bool:
    """"opened its investigation" when no probe of these actors is a step yet: that probe's
    opening, told once (after one, "its investigation" refers back to it: no new step)."""
    if trig.type != "investigation" or _OPENED_ITS.match(view.text, trig.start) is None:
        return False
    probes = [step for step in discourse.steps
              if step[0] == "investigation" and step[1] in actors]
    # (after the body widened or concluded its probe, "Le Commissariat avait ouvert ce dossier
    # le 27 février 2025" is still the opening: told with a day of its own, on no day of the
    # body's probes told so far)
    own = next((d.value for d in view.dates
                if trig.end <= d.start <= trig.end + _OWN_DATE_REACH and d.value), None)
    return not probes or (own is not None and not any(
        isinstance(step[3], DateValue) and _same_time(step[3], own) for step in probes))


_OWN_DATE_REACH = 20  # characters after the opening's words: "opened the case in 2018"


def _same_time(one: DateValue, other: DateValue) -> bool:
    """The same date, or one a finer statement of the other ("2024-03", "2024-03-14")."""
    first, second = one.iso(), other.iso()
    return first.startswith(second) or second.startswith(first)
