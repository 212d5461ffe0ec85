"""The actor of a step named by a noun in a sentence that names no body: the one body the
sentences just before it name, as the subject that opens one of them. Layer 1.

Reports often name the body once and then the step by its noun alone: "The CNIL published its
decision on Tuesday. The fine of €40 million against Google is ...", "L'Arcom a rendu sa
décision mardi. L'amende de 2 millions d'euros infligée à X est la première", and by its
people: "Officials have also summoned ...", "Les autorités ont également ordonné". A step named
with a definite article refers back to the context's; it is that body's when the last
sentences (`REACH`) name one body only and it opens one of them as its subject. With two
bodies named there, a body named only inside another's words ("TikTok said the Commission's
concerns ..."), a step the sentence calls another ("a separate fine", "une autre procédure"),
a new one ("A lawsuit against Meta ...") or a step placed in another country: nobody (a wrong
fact is worse than a missing one).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from regkg.extract.grammar import is_definite
from regkg.extract.linking_discourse import Discourse, kind_of

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView, TriggerMatch

# How many sentences before the step's one are read back.
REACH = 3
# Steps a body takes against a platform; positions, laws and commitments are not read back,
# nor probes: "The proceedings, opened on 14 March, focus on ..." refers to the probe the
# article reports (its statements are not merged as repeats, step_dates.py), and "L'enquête
# avait été ouverte en 2019" is the lexicon layer's (its principal and recent bodies).
_TYPES = frozenset({"fine", "order", "lawsuit", "request_for_information", "warning", "block",
                    "sanction"})
# A step the sentence sets apart from the body's: "a separate lawsuit", "une autre enquête",
# "a class action", "private suits", "a similar fine in France".
_ANOTHER = re.compile(
    r"\b(?:separate|another|other|others|private|class|similar|parallel|rival|earlier|previous|"
    r"prior|autres?|distincte?s?|parallèles?|similaires?|précédente?s?|collective|privée?s?)\b",
    re.I)


# A subject that names the acting body by its people or a plural ("Officials have also
# summoned", "Regulators also ordered", "Les autorités ont également ordonné"), right before
# a verbal trigger: only auxiliaries and adverbs between; opening its clause ("Meta officials"
# are the company's).
_GENERIC_SUBJECT = re.compile(
    r"(?:^\W*|[,;]\s+|\band\s+|\bet\s+)(?:the\s+|les\s+)?(?:officials|regulators|authorities|inspectors|"
    r"investigators|autorités|responsables|enquêteurs)\s+(?:(?:have|had|also|then|later|"
    r"ont|avaient|aussi|également|ensuite|\w+ly)\s+){0,3}$", re.I)


def recent_body(view: SentenceView, trig: TriggerMatch, discourse: Discourse) -> str | None:
    """The one authority named, as a subject, in the `REACH` sentences before a step named
    by a definite noun, or told by a verb whose subject is the body's officials, whose
    sentence names no body."""
    if trig.type not in _TYPES or view.actor_candidates:
        return None
    if trig.form == "verbal":
        if not _GENERIC_SUBJECT.search(view.text, 0, trig.start):
            return None
    elif _ANOTHER.search(view.text, 0, trig.end) or not is_definite(view.text, trig.start):
        return None  # "A lawsuit against Meta ...": a new step, whoever took it
    starts = [at for at in discourse.sentence_starts if at < view.sentence.start]
    if not starts:
        return None
    since = starts[-REACH] if len(starts) >= REACH else starts[0]
    named = {key for at, _, key in discourse.bodies if since <= at < view.sentence.start}
    openers = {key for at, key in discourse.sentence_openers
               if since <= at < view.sentence.start}
    if len(named) != 1 or named != openers:
        return None  # "TikTok said the Commission's concerns ...": no body opens a sentence
    return named.pop()


# Before a sentence's subject: a few words of time or place ("On Tuesday,", "En juin,").
_LEAD = re.compile(r"\W*(?:[\w'-]+\s+){0,4}?(?:[\w'-]+\s*,\s*)?(?:the\s+|le\s+|la\s+|l')?$", re.I)


def remember_opener(view: SentenceView, discourse: Discourse) -> None:
    """Record the authority a sentence opens with as its subject: its first mention, after at
    most a few words, not a possessive ("The Commission's concerns")."""
    first = min(view.mentions, key=lambda m: m.start, default=None)
    if first is None or kind_of(first.key) != "authority":
        return
    if _LEAD.fullmatch(view.text, 0, first.start) and not view.text.startswith("'s", first.end):
        discourse.sentence_openers.append((view.sentence.start + first.start, first.key))
