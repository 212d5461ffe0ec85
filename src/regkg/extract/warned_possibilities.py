"""A warning about what may come next is no warning addressed to a platform. Layer 1.

"The Commission warned that Snapchat could be next", "Ofcom warned that TikTok could be the
next platform to face an investigation", "L'Arcom a averti que Snapchat pourrait être la
prochaine cible", "a mis en garde : X pourrait être le prochain", "... could face similar
action", "pourrait connaître le même sort": the
body tells of a possible future step against a platform, not of consequences it states to
that platform. A warning that names what the platform itself faces if it does not comply
("warned Snapchat that it could face fines", "warned that the app would stay closed until
it complied") is one, and this test leaves it alone.
"""

from __future__ import annotations

import re

_MODAL = (r"(?:could|may|might|would|pourrai(?:t|ent)|risquer?ai(?:t|ent)|risquen?t?\s+d['’e]"
          r"|serai(?:t|ent)|sera)")
# ("fines would follow if it did not act" is the consequence the platform faces: a condition
# after "follow" makes it one)
_NEXT = (r"(?:be\s+(?:the\s+)?next\b|be\s+next\s+in\s+line|follow\s+suit\b"
         r"|follow\b(?!\s+(?:if|unless|should|were|in\s+case|si|à\s+moins)\b)"
         r"|face\s+(?:the\s+)?(?:same|similar)\b|share\s+(?:the\s+)?same\s+fate"
         r"|être\s+(?:la|le|les)\s+(?:prochaine?s?|suivante?s?)\b|(?:la|le|les)\s+prochaine?s?\b"
         r"|(?:subir|connaître)\s+le\s+même\s+sort|suivre\b)")
_POSSIBLE_NEXT = re.compile(
    r"[^.;]{0,40}?(?:\b(?:that|que|qu['’])|\s:)[^.;]{0,80}?\b" + _MODAL
    + r"\s+(?:(?:well|also|soon|bien|aussi|bientôt|être)\s+)?" + _NEXT, re.I)


def warned_of_what_may_come(text: str, trigger_end: int, action_type: str) -> bool:
    """Whether a warning's clause tells only that a platform may be next ("warned that
    Snapchat could be next")."""
    return action_type == "warning" and _POSSIBLE_NEXT.match(text, trigger_end) is not None


# A modal governing the warning's own verb: the warning is itself only possible ("Ofcom could
# issue a formal warning to X", "would not hesitate to issue warnings", "Yubo could be
# reprimanded", "la Commission pourrait adresser un avertissement à TikTok").
# A warning skips the threat cues of its clause, whose modals are usually its content ("X could
# face fines, Ofcom warned"); this one is not content, so it keeps the step from being a fact.
_MODAL_WARNING = re.compile(
    r"\b(?:could|may|might|would|can|will|pourr(?:a|ait|aient|ont)|peu(?:t|vent)|"
    r"(?:va|vont|allait|allaient)|devr(?:a|ait|aient|ont))\s+(?:(?:also|then|soon|well|aussi|"
    r"également|bientôt|bien)\s+)?(?:not\s+hesitate\s+to\s+|be\s+(?:ready|prepared)\s+to\s+|"
    r"(?:ne\s+)?pas\s+hésiter\s+à\s+)?"
    r"(?:issue|send|give|serve|hand|address|warn|caution|reprimand|adresser|envoyer|émettre|"
    r"prononcer|notifier|infliger|délivrer|avertir|mettre\s+en\s+garde|"
    # the passive: "could be reprimanded by the CNIL", "pourrait être mis en garde"
    r"be\s+(?:formally\s+)?(?:warned|reprimanded|cautioned|given|issued|sent|served|handed)|"
    r"être\s+(?:averti|mis\s+en\s+garde|rappelé\s+à\s+l.ordre)\w*)"
    r"\b(?:\s+[\w'’-]+){0,4}?\s*$", re.I)


def modal_warning(window: str, action_type: str) -> bool:
    """Whether a warning's trigger (at the end of `window`) is governed by a modal: possible,
    not given."""
    return action_type == "warning" and _MODAL_WARNING.search(window) is not None


# A measure told inside what a body warned of: "a prévenu mardi que Twitch serait bloquée si la
# plateforme ne supprimait pas les vidéos", "en avertissant que le site serait suspendu",
# "threatened that the app would be blocked" (in the clause: not "warned in May that the
# practice was illegal, and on Monday blocked"). The warning is the step (guideline 4: the stated
# consequence of not complying); the measure is its content, not taken. (English reads the
# "would" before the verb; French "serait bloquée" has no modal cue of its own.)
_WARNED_THAT = re.compile(
    r"\b(?:prévenu|prévenant|prévient|averti|avertissant|avertit|mis\s+en\s+garde|menacé"
    r"|warned|warning|warns|threatened|threatening|cautioned)\b(?:\s+[\w'’-]+){0,3}?\s+"
    r"(?:que|qu['’]|that)\b(?:(?!\b(?:and|et|but|mais)\b)[^.;,]){0,80}$", re.I)
_MEASURES = frozenset({"block", "fine"})


def measure_warned_of(text: str, trigger_start: int, action_type: str) -> bool:
    """Whether a measure's trigger stands inside the clause of what a body warned of."""
    return action_type in _MEASURES and _WARNED_THAT.search(text, 0, trigger_start) is not None


# The platform as an object pronoun inside what the body warned it would do: "a prévenu qu'il
# la bloquerait complètement si elle ne se conformait pas" ("la": the platform told before).
_CLITIC_OBJECT = re.compile(
    r"\s*(?:il|elle|ils|elles)\s+(?:(?P<plural>les)\s+|(?:la|le)\s+|l['’]\s*)"
    r"(?:bloquer|suspendr|sanctionner|interdir|fermer)(?:ait|aient|a|ont)\b", re.I)


def warned_object_pronoun(text: str, cue_end: int) -> bool | None:
    """None, or whether the platform a warning's clause names by an object pronoun right after
    the warning's words is plural ("qu'il les bloquerait")."""
    found = _CLITIC_OBJECT.match(text, cue_end)
    return None if found is None else found.group("plural") is not None
