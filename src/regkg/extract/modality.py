"""Status of an action from tense and modality cues around its trigger. Layer 1.

The decision, documented once:
- "opened"/"imposed": the text states the authority did it.
- "reported": the text attributes the fact to a source ("selon", "d'après des informations
  relayées par", "according to", journalistic conditional "aurait ouvert"). The gold counts
  an action when the authority did it, even if an outlet reported it, so a reported action
  keeps its type and counts as a fact; its status carries the hedge.
- "threatened" ("could face", "s'exposent à", "pourraient", "sous peine de"), "considered"
  ("n'a pas exclu", "envisage"), "planned" ("devrait", "will"): possible next steps. Kept with
  their status, never counted as actions that happened (`FACTUAL_STATUSES`).
- Negation ("n'a pas ouvert", "has not fined"): no action at all (`None`).
"""

from __future__ import annotations

import re

from regkg.extract.ended_suits import ended_suit
from regkg.extract.law_subjects import law_is_subject
from regkg.extract.lexicon_actors import LIST_MARKER, list_lead
from regkg.extract.lifting_conditions import inside_lifting_condition, orders_a_lifting
from regkg.extract.own_steps_lifted import own_step_lifted
from regkg.extract.patterns import LanguagePatterns, TriggerMatch
from regkg.extract.person_objects import aimed_at_a_person, person_passive_subject
from regkg.extract.prefilter import literals_of
from regkg.extract.unstated import (
    account_suspended,
    addressed_to_public,
    announced_on_a_day,
    clearing_finding,
    denied_as_subject,
    headline_future,
    hypothetical,
    others_subject,
    own_clause_start,
    part_of_another_step,
    sanctioning_finding,
    shared_negation,
    simple_tense_negation,
    without_fronted_clause,
)
from regkg.extract.warned_possibilities import (
    measure_warned_of,
    modal_warning,
    warned_of_what_may_come,
)

# Statuses of steps that happened: the ones the gold JSON counts as actions.
FACTUAL_STATUSES = frozenset({"opened", "imposed", "reported"})


def decide_status(
    text: str,
    trigger_start: int,
    trigger_end: int,
    window_start: int,
    done_status: str,
    lp: LanguagePatterns,
    asides: re.Pattern[str],
    action_type: str = "",
) -> str | None:
    """The status of the step named by text[trigger_start:trigger_end]; None when negated.

    `window_start` is where the trigger's clause begins (after the previous trigger); cues
    inside asides (dashes, brackets, relative clauses) belong to another clause and are
    blanked out.
    """
    # "will be barred after the Senate approved the law": a clause of what already happened
    # starts after the conjunction; the main clause's modality is not the trigger's.
    past = [m.end() for m in _PAST_CLAUSE.finditer(text, window_start, trigger_start)]
    window_start = own_clause_start(text, past[-1] if past else window_start, trigger_start)
    if _no_step_of_the_body(text, trigger_start, trigger_end, window_start, action_type, lp):
        return None
    if announced_on_a_day(text, trigger_start, trigger_end):
        return done_status
    if headline_future(text, trigger_start):
        return "planned"
    if hypothetical(text) or sanctioning_finding(text, trigger_start, trigger_end, action_type):
        # Not a fact; a finding stays as a step of no gold status so that the sanction told
        # after it ("... and has ordered the company to cease") shares its subject and target.
        return "considered"
    return _clause_status(text, trigger_start, trigger_end, window_start, done_status, lp,
                          asides, action_type)


def _no_step_of_the_body(text: str, trigger_start: int, trigger_end: int, window_start: int,
                         action_type: str, lp: LanguagePatterns) -> bool:
    """Asked for, a law's or another's, negated, a clearing finding, aimed at a user or person,
    a suit ended, a lifting ordered, a body's own earlier step lifted."""
    return (asked_for(text, trigger_start, action_type)
            or law_is_subject(text, trigger_start)
            or part_of_another_step(text, trigger_start, action_type, lp)
            or simple_tense_negation(text, trigger_start, trigger_end)
            or shared_negation(text, window_start, trigger_start)
            or clearing_finding(text, trigger_start, action_type)
            or others_subject(text, trigger_start)
            or account_suspended(text, trigger_start, trigger_end, action_type)
            or addressed_to_public(text, trigger_start, trigger_end, action_type)
            or aimed_at_a_person(text, trigger_end)
            or person_passive_subject(text, trigger_start)
            or denied_as_subject(text, trigger_start, trigger_end)
            or warned_of_what_may_come(text, trigger_end, action_type)
            or measure_warned_of(text, trigger_start, action_type)
            or ended_suit(text, trigger_start, trigger_end, action_type)
            or inside_lifting_condition(text, trigger_start)
            or orders_a_lifting(text, trigger_start, trigger_end, action_type)
            or own_step_lifted(text, trigger_start, trigger_end))


def _clause_status(text: str, trigger_start: int, trigger_end: int, window_start: int,
                   done_status: str, lp: LanguagePatterns, asides: re.Pattern[str],
                   action_type: str) -> str | None:
    """The status the cues of the trigger's own clause give (None: negated); else reported,
    else done."""
    window = _blank_asides(
        without_fronted_clause(text, trigger_start)[window_start:trigger_end], asides)
    if modal_warning(window, action_type):
        return "threatened"
    present = literals_of(text)  # the window and the head are parts of the text, blanked
    status = _cue_status(window, lp, action_type, present)
    if status != "":
        return status
    reported = dict(lp.modality)["reported"]
    head = _blank_asides(text[:trigger_end], asides)
    if any(not cue.absent(present) and cue.search(head) for cue in reported):
        return "reported"
    return done_status


def list_lead_status(status: str | None, article_text: str, sentence_start: int,
                     lp: LanguagePatterns, action_type: str = "") -> str | None:
    """A list item takes the modality of the lead it hangs from: "Under the DSA, the Commission
    can: - send requests for information to Temu;", "If Ofcom finds a breach, it can: - fine
    the company", "l'Arcom pourra : - saisir le juge" are powers and plans, not steps taken.
    A lead with no cue ("The Commission has today decided to:") leaves the item's status."""
    if status not in FACTUAL_STATUSES or LIST_MARKER.match(article_text, sentence_start) is None:
        return status
    lead = list_lead(article_text, sentence_start)
    if lead is None:
        return status
    lead_cue = _cue_status(article_text[lead[0]:lead[1]], lp, action_type)
    return status if lead_cue == "" else lead_cue


def _cue_status(window: str, lp: LanguagePatterns, action_type: str,
                present: frozenset[str] | None = None) -> str | None:
    """The status the first modality cue in the clause gives (None: negated), "" for none.
    `present`: the literals of the text the window was taken from (`literals_of`)."""
    for status, cues in lp.modality:
        if status == "reported" or (status == "threatened" and action_type == "warning"):
            # A warning states a threat: "X could face fines, Ofcom warned" is a warning given.
            continue
        if any(not cue.absent(present) and cue.search(window) for cue in cues):
            return None if status == "negated" else status
    return ""


_PAST_CLAUSE = re.compile(r"\b(?:after|since|now\s+that|après\s+que|après\s+qu'|"
                          r"depuis\s+que|depuis\s+qu'|maintenant\s+que)(?=\s|$)|"
                          r"\b(?:après|depuis)\s+qu'", re.IGNORECASE)


# A step named as what someone asks for has not been taken: "l'État réclame en justice la
# suspension de la plateforme", "le député demande l'ouverture d'une enquête", "the state is
# seeking a ban on the app", "campaigners called for a fine", "le parquet a requis mardi une
# amende" (a prosecutor's requisition asks the court for it). The noun is the object of the
# demand, right after it (a court or an addressee may come between). A request for
# information is itself a demand, and so is an order a regulator "demands" of a platform
# ("Brussels demanded the removal of"): an order is vetoed only when sought from a court
# ("eSafety sought an injunction", "a demandé au juge une injonction").
_ASKED_FOR = re.compile(
    r"\b(?:(?P<seek>seek\w*|sought)|(?:réclam|demand|sollicit|requi[eè]r|requér|exig)\w*|requis|"
    r"plaid\w*\s+pour|appel\w*\s+à|milit\w*\s+pour|"
    r"(?:ask|call|press|push|lobb|petition|argu)\w*\s+for|urg(?:e|es|ed|ing)\b|"
    r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?:demand|request)\w*|"  # not "a requested probe"
    r"(?:ask|petition|appli)\w*\s+(?:to\s+)?(?P<judge>(?:the|a)\s+(?:\w+\s+)?(?:court|judge))"
    r"\s+for)"
    r"(?:\s+(?:on\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|\w+day))?"
    r"(?:\s+(?P<court>en\s+justice|au\s+(?:juge|tribunal)|à\s+la\s+(?:justice|cour)|"
    r"(?:from\s+)?(?:the|a)\s+(?:court|judge)|in\s+court))?"
    # the step may end a list of what is sought, then with a determiner of its own: "is
    # seeking disgorgement, civil penalties and a court order barring X" (not "demanded
    # answers and fined X": no determiner, the step is the demander's own)
    r"(?:(?:\s+(?:[\w-]+\s+){0,2}?[\w-]+(?:\s*,|\s+(?:and|et)))+"
    r"\s+(?:la|le|l'|les|une?|des|a|an|the)\s*|"
    r"\s+(?:(?:la|le|l'|les|une?|des|sa|son|ses|leur|leurs|a|an|the|its|their)\s*)?)"
    r"(?:(?:ouverture|lancement|engagement|opening|launch)\s+(?:d'une?|de\s+la|des|"
    r"of\s+(?:an?|the))\s*)?$",
    re.IGNORECASE)
_ASK_REACH = 80


def asked_for(text: str, trigger_start: int, action_type: str = "") -> bool:
    """The step's noun is the object of a demand ("réclame la suspension de", "seeks a ban
    on"): asked for, not taken."""
    if action_type == "request_for_information":
        return False
    asked = _ASKED_FOR.search(text, max(0, trigger_start - _ASK_REACH), trigger_start)
    if asked is None:
        return False
    return action_type != "order" or any(asked.group(g) for g in ("seek", "court", "judge"))


def _blank_asides(text: str, asides: re.Pattern[str]) -> str:
    """Replace asides by spaces (offsets unchanged)."""
    return asides.sub(lambda m: " " * len(m.group(0)), text)


def called_for(text: str, previous: TriggerMatch, trig: TriggerMatch,
               lp: LanguagePatterns) -> bool:
    """The step is what a call or a direction asks for ("called on the Commission to open
    proceedings", "directed eSafety to investigate", "a appelé la Commission à
    sanctionner X"): asked for, not taken."""
    return previous.type in ("statement", "order") and lp.called_step.match(
        text, previous.end, trig.start) is not None
