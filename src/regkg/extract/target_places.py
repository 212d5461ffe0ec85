"""Targets named before the step in an active clause, where the object search after the
trigger finds none. Layer 1; used by regkg.extract.targets.TargetFinder.

Three shapes of the domain's prose, English and French:
- the antecedent of a relative clause whose subject is the acting body: "TikTok, which the
  Commission fined €345 million", "Google, que la CNIL a sanctionné", "Meta, against which the
  Commission opened proceedings", "Google is one of the companies the Commission fined";
- a fronted complement: "Contre Google, la CNIL a prononcé une amende", "À l'encontre de
  Shein, la DGCCRF a ...", "In the case of Meta, the Commission ...";
- the recipient as subject: "TikTok a reçu une mise en demeure de l'Arcom", "Snap received a
  preliminary enforcement notice from the ICO", "X s'est vu notifier ... par la Commission".
Each needs the acting body in its place (the relative's subject, the main clause's subject,
the agent after the step), so a platform merely mentioned earlier is not taken.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from regkg.models import Mention

# A relative pronoun, bare or after its preposition: "which", "que", "against which",
# "à l'encontre de laquelle", "à qui", "auquel".
_RELATIVE = (
    r"(?:which|whom|(?:against|to|on|upon|into|with)\s+(?:which|whom)|que|qu'|"
    r"(?:à|contre|auprès\s+de|à\s+l'encontre\s+de|envers)\s+(?:qui|laquelle|lequel|lesquels|"
    r"lesquelles)|auquel|auxquels|auxquelles)")
# "Google is one of the companies (that) ...", "Temu figure parmi les plateformes que ...".
_ONE_OF = (
    r"(?:is|are|was|were|est|sont|était|étaient|figure|figurent)\s+(?:one\s+of|among|parmi|"
    r"l'une\s+des|l'un\s+des)\s+(?:the\s+|les\s+|ces\s+|these\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:companies|platforms|firms|services|apps|sites|websites|providers|operators|groups|"
    r"sociétés|entreprises|plateformes|services|applications|sites|opérateurs|groupes)")
_ANTECEDENT_GAP = re.compile(
    rf"\s*,?\s*(?:{_RELATIVE}|{_ONE_OF}\s+(?:{_RELATIVE}|that)?)\s*"
    r"(?:the\s+|la\s+|le\s+|l'|les\s+)?", re.IGNORECASE)
# Between the relative's subject and its verb: auxiliaries, adverbs, a date; no clause break.
_SUBJECT_TO_VERB = re.compile(r"[^,;:.()\"«»]{0,60}")

_FRONTED = re.compile(
    r"^\W{0,3}(?:against|in\s+the\s+case\s+of|as\s+regards|as\s+for|concerning|regarding|"
    r"with\s+regard\s+to|contre|à\s+l'encontre\s+d(?:e\s+|')|a\s+l'encontre\s+d(?:e\s+|')|"
    r"concernant|s'agissant\s+d(?:e\s+|')|quant\s+(?:à|au|aux)|dans\s+le\s+cas\s+d(?:e\s+|')|"
    r"en\s+ce\s+qui\s+concerne|à\s+l'égard\s+d(?:e\s+|')|vis-à-vis\s+d(?:e\s+|')|"
    r"dans\s+(?:le\s+dossier|l'affaire)(?:\s+d(?:e\s+|'|u\s+))?|"
    r"in\s+the\s+(?=[^,;:]{0,40}\bcase\s*,))\s*", re.IGNORECASE)
# "Pour Shein, tout part d'un contrôle mené par la CNIL", "For Google, the Commission set
# the fine at ...": a bare name only (an opinion is "pour la CNIL", "for critics").
_FRONTED_FOR = re.compile(r"^\W{0,3}(?:pour|for)\s+", re.IGNORECASE)
_LIST_WORDS = re.compile(r"\s*(?:,|and|et|&)?\s*", re.IGNORECASE)
# Inside the fronted phrase: names, a list's links, a description ("la plateforme chinoise").
_FRONTED_BODY = re.compile(r"[^,;:.()]{0,80}")

# The recipient as subject of "received", "a reçu", "s'est vu notifier", "is under", "faces",
# "font l'objet de", then the step's noun ("TikTok, which has been under investigation by").
_RECEIVED = re.compile(
    r"\s*,?\s*(?:(?:which|who|qui)\s+)?(?:(?:has|have|had|is|are|was|were|been|also|now|"
    r"already|today|recently|both|each|a|ont|avait|avaient|également|aussi|déjà|tous\s+deux|"
    r"toutes\s+deux)\s+)*(?:received|receives|receive|got|gets|faces?|facing|"
    r"faced|under|reçu|reçoit|reçoivent|(?:fait|font|faisait|faisaient)\s+l'objet\s+"
    r"d(?:e\s+|'|es\s+|u\s+)|(?:s'est|se\s+sont|s'était)\s+vue?s?\s+(?:adresser|notifier|"
    r"infliger|signifier|imposer|délivrer)|se\s+voi(?:t|ent)\s+(?:adresser|notifier|infliger|"
    r"signifier|imposer|délivrer))\s*(?:(?:a|an|the|une|un|des|d'|de|son|sa|its|their)\s*)?"
    r"(?:[\w'-]+\s+){0,3}?$", re.IGNORECASE)
# The agent right after the step's words: "from the ICO", "de l'Arcom", "par la Commission".
_AGENT = re.compile(r"\s*(?:[\w'-]+\s+){0,6}?(?:from|by|de|du|des|par)\s+"
                    r"(?:the\s+|l'|la\s+|le\s+|les\s+)?$", re.IGNORECASE)

IsTarget = Callable[[str], bool]


def placed_targets(text: str, mentions: Sequence[Mention], actor_mentions: Sequence[Mention],
                   trig_start: int, trig_end: int, is_target: IsTarget) -> list[Mention]:
    """The target mentions of a step named before it by position (see the module's shapes),
    or none. `actor_mentions`: the mentions of the step's acting bodies in this sentence."""
    return (relative_antecedent(text, mentions, actor_mentions, trig_start, is_target)
            or fronted_complement(text, mentions, trig_start, is_target)
            or recipient_subject(text, mentions, actor_mentions, trig_start, trig_end,
                                 is_target))


def relative_antecedent(text: str, mentions: Sequence[Mention],
                        actor_mentions: Sequence[Mention], trig_start: int,
                        is_target: IsTarget) -> list[Mention]:
    """"TikTok, which the Commission fined": the platform right before a relative pronoun
    whose clause has the acting body as subject and the step as verb."""
    for actor in actor_mentions:
        if actor.end > trig_start or not _SUBJECT_TO_VERB.fullmatch(text, actor.end, trig_start):
            continue
        for mention in mentions:
            if mention.end <= actor.start and is_target(mention.key) and \
                    _ANTECEDENT_GAP.fullmatch(text, mention.end, actor.start):
                return [mention]
    return []


def fronted_complement(text: str, mentions: Sequence[Mention], trig_start: int,
                       is_target: IsTarget) -> list[Mention]:
    """"Contre Google, la CNIL a prononcé une amende": the platforms of a complement that
    opens the sentence, before the comma that ends it (the step comes after the comma)."""
    lead = _FRONTED.match(text) or _FRONTED_FOR.match(text)
    if lead is None:
        return []
    comma = text.find(",", lead.end(), trig_start)
    if comma < 0 or not _FRONTED_BODY.fullmatch(text, lead.end(), comma) \
            or re.search(r"[;:]", text[comma:trig_start]):
        return []
    found = [m for m in mentions if lead.end() <= m.start and m.end <= comma
             and is_target(m.key)]
    if lead.re is _FRONTED_FOR and not _only_names(text, lead.end(), comma, found):
        return []  # "Pour la plateforme chinoise, ..." may be anyone's view
    return found


def _only_names(text: str, start: int, end: int, names: Sequence[Mention]) -> bool:
    """text[start:end] is the names and the links of their list, nothing else."""
    cursor, rest = start, []
    for mention in names:
        rest.append(text[cursor:mention.start])
        cursor = mention.end
    rest.append(text[cursor:end])
    return bool(names) and all(_LIST_WORDS.fullmatch(part) for part in rest)


def recipient_subject(text: str, mentions: Sequence[Mention],
                      actor_mentions: Sequence[Mention], trig_start: int, trig_end: int,
                      is_target: IsTarget) -> list[Mention]:
    """"TikTok a reçu une mise en demeure de l'Arcom": the platform that received the step,
    when its sender is named right after it as its source."""
    sent_by = any(a.start >= trig_end and _AGENT.fullmatch(text, trig_end, a.start)
                  for a in actor_mentions)
    if not sent_by:
        return []
    found = [m for m in mentions if m.end <= trig_start and is_target(m.key)
             and _RECEIVED.fullmatch(text, m.end, trig_start)]
    return with_list_before(text, mentions, found[-1], is_target) if found else []


def with_list_before(text: str, mentions: Sequence[Mention], last: Mention,
                     is_target: IsTarget) -> list[Mention]:
    """`last` and the targets listed right before it ("TikTok et Meta font l'objet ...")."""
    found = [last]
    for mention in reversed([m for m in mentions if m.end <= last.start]):
        link = _LIST_LINK.fullmatch(text, mention.end, found[0].start)
        # The link before the last item coordinates ("A, B and C"): "à Facebook, Meta a été
        # assigné" is a clause's end, no list.
        if not (is_target(mention.key) and link) or (
                len(found) == 1 and not _AND.search(link.group(0))):
            break
        found.insert(0, mention)
    return found


# "une demande d'informations qu'elle lui avait envoyée", "the notice it had sent them": an
# object pronoun in a relative clause on the step's noun is its recipient.
_RELATIVE_RECIPIENT = re.compile(
    r"\s+(?:(?:qu'|que\s+)(?:il|elle|ils|elles|l'\w+|la\s+\w+|le\s+\w+)\s+(?P<fr>lui|leur)\b|"
    r"(?:(?:that|which)\s+)?(?:it|they|the\s+\w+)\s+(?:(?:had|has|have)\s+)?(?:sent|issued|"
    r"addressed|served)\s+(?P<en>it|them)\b)", re.IGNORECASE)


def relative_recipient(text: str, trig_end: int) -> tuple[int, int, bool] | None:
    """(start, end, plural) of the object pronoun of a relative clause right after a step's
    noun ("qu'elle lui avait envoyée"), if any."""
    match = _RELATIVE_RECIPIENT.match(text, trig_end)
    if match is None:
        return None
    group = "fr" if match.group("fr") else "en"
    pronoun = match.group(group).casefold()
    return match.start(group), match.end(group), pronoun in ("leur", "them")


# A verb that delivers a step named by a noun, right before its recipients: "a notifié à",
# "a adressé à", "sent", "issued", "gave" (double object: "sent Meta and TikTok requests").
_DELIVERED_TO = re.compile(
    r"(?:\b(?:notifié|notifie|adressé|adresse|envoyé|envoie|transmis|transmet|signifié|"
    r"signifie|infligé|inflige|imposé|impose)\s+(?:à|aux?)|\b(?:sent|sends|issued|issues|"
    r"gave|gives|given|served|serves|handed|hands)(?:\s+to)?)\s+(?:la\s+société\s+|"
    r"les\s+sociétés\s+|the\s+compan(?:y|ies)\s+)?$", re.IGNORECASE)
# From the last recipient to the step's noun: a determiner and a few words ("ses conclusions").
_TO_STEP = re.compile(r"\s+(?:[\w'-]+\s+){0,3}?", re.IGNORECASE)
_LIST_LINK = re.compile(r"\s*(?:,\s*(?:and\s+|et\s+)?|\s(?:and|et|&)\s+(?:à\s+|to\s+)?)\s*",
                        re.IGNORECASE)
_AND = re.compile(r"\b(?:and|et)\b|&", re.IGNORECASE)


def named_recipients(text: str, mentions: Sequence[Mention], trig_start: int,
                     is_target: IsTarget) -> list[Mention]:
    """"La Commission a notifié à Meta et TikTok ses conclusions préliminaires", "sent Meta
    and TikTok requests for information": every platform of the list of recipients between
    the delivering verb and the step's noun."""
    before = [m for m in mentions if m.end <= trig_start]
    if not before or not is_target(before[-1].key) \
            or not _TO_STEP.fullmatch(text, before[-1].end, trig_start):
        return []
    found = with_list_before(text, mentions, before[-1], is_target)
    return found if _DELIVERED_TO.search(text, 0, found[0].start) else []


def listed_subjects(text: str, mentions: Sequence[Mention], start: int, end: int,
                    is_target: IsTarget) -> list[str]:
    """The keys of the last target named in text[start:end] and of those listed right before
    it: the subjects of a passive ("Apple and Meta have been told to pay")."""
    subjects = [m for m in mentions if start <= m.start and m.end <= end and is_target(m.key)]
    if not subjects:
        return []
    return list(dict.fromkeys(m.key for m in with_list_before(text, mentions, subjects[-1],
                                                                is_target)))
