"""Sentence shapes that state no step as taken, whatever the trigger's own clause says. Layer 1.

modality.decide_status reads cue words near a trigger; these are the shapes of the whole
sentence or of the trigger's place in it (issue 3 point 4, guideline 4):
- a yes/no question ("Will Brussels fine X?", "Bruxelles va-t-elle sanctionner X ?") or a
  counterfactual ("Had the Commission opened proceedings earlier, ...") states nothing done:
  `considered`. A question that presupposes the step ("Why did the CNIL fine Google?",
  "Pourquoi la CNIL a-t-elle sanctionné Google ?") is not one of them;
- a fronted clause of time, cause or concession belongs to its own verb: "Although the company
  said it would appeal, the DPC fined TikTok" is a fine imposed (its "would" is blanked);
- a law is no authority: "an amendment ... that bars app market operators from", "la loi
  interdit" state what the law says, not a step (the law's enactment is its own trigger); a
  law before a comma is an adjunct ("acting under the Digital Services Act, fined TikTok");
- "la commission d'enquête parlementaire", "the committee inquiry" name a committee;
- a warning whose content is an order ("un avertissement lui enjoignant de") is that order;
- what a suit or an appeal seeks ("sued the FTC to block it from") is not done;
- a decision said on a given day to be carried out ("said on Friday it would restrict access
  to Instagram") is taken that day, when nothing in the sentence leaves it open;
- a cue of another clause with its own subject governs nothing ("Meta will appeal, but the
  Commission fined it");
- a court's orders told with its ruling on a challenge ("held that the commission acted within
  its powers and ordered Meta to pay costs") are the court's, on the target's appeal;
- one decision told in two verbs is one step: ", warning that the service could be suspended"
  after an order states the order's consequence (tests/blind 109), and a final finding told
  with the sanction it grounds ("has found that Google violated the Act and has ordered it to
  cease") is that sanction's reasons, not a probe: the guideline's investigation covers
  "non-sanctioning final findings" only.
"""

from __future__ import annotations

import re

from regkg.extract.patterns import LanguagePatterns
from regkg.extract.reporting_verbs import ANNOUNCING, CONFIRMING, DECLARING

# English inverts an auxiliary at the start; French puts a hyphenated pronoun after the verb
# ("va-t-elle", "faut-il") or asks "est-ce que". Neither shape occurs in the other language.
_YES_NO = (
    re.compile(r"^\W*(?:Will|Would|Could|Can|Should|Shall|Is|Are|Was|Were|Does|Do|Did|Has|"
               r"Have|Had|May|Might|Must)\s[^?]*\?\W*$"),
    re.compile(r"^(?!\W*(?:pourquoi|comment|combien|quand|où|qui|que|quel\w*)\b)[^?]*"
               r"(?:\b\w+-t-(?:il|elle|on|ils|elles)\b|\b\w+-(?:il|elle|ils|elles|on)\b|"
               r"\best-ce\s+qu)[^?]*\?\W*$", re.IGNORECASE),
)
# Inversion at the start: "Had the Commission acted ..., X would have", "Were the court to".
_COUNTERFACTUAL = re.compile(r"^\W*(?-i:Had|Were|Should)\s+(?!(?:been|not)\b)\w")

# A fronted clause of time, cause or concession, or a participle phrase ("Seeking to protect
# children, Ofcom opened ..."), up to its comma. Conditions ("if", "si",
# "unless") are not fronted clauses here: they are the threat.
_FRONTED = re.compile(
    r"^\W*(?:although|though|even\s+though|even\s+if|while|whilst|as|since|because|after|when|once|"
    r"despite|bien\s+qu|bien\s+que|alors\s+qu|alors\s+que|même\s+si|quoiqu|quoique|comme|"
    r"puisqu|puisque|parce\s+qu|parce\s+que|après\s+qu|après\s+que|après|quand|lorsqu|"
    r"lorsque|malgré|[a-z]+ing|"
    # a fronted phrase whose relative clause has a verb of its own: "In a decision that could set
    # a precedent, the Commission fined", "Dans une décision qui pourrait faire date, la CNIL"
    r"(?:in|with|on|at|under|amid|dans|avec|sur)\s+(?:a|an|the|its|their|une?|la|le|l'|sa|son|"
    r"ses|leur)\s*[^,;]*?\b(?:that|which|qui|dont))\b[^,;]*,", re.IGNORECASE)

# A new clause with a subject of its own: "X did not respond, and Ofcom opened", "...; Ofcom
# has already fined 4chan", "X n'a pas répondu et l'Arcom a ouvert", a place's relative clause
# ("Amazon has faced similar questions in Europe, where Brussels accepted commitments"). Not an
# infinitive or a verb sharing the subject (", and to order it").
_NEW_CLAUSE = re.compile(
    r"(?:[;:]|,\s*(?:and|but|so|yet|whereas|where|et|mais|donc|or|où)\b|\s(?:and|but|et|mais)(?=\s+"
    r"(?:l.|la\s+|le\s+|les\s+)?(?-i:[A-ZÀ-Ü])))"
    r"(?=\s+(?:the\b|its?\b|they\b|he\b|she\b|we\b|le\b|la\b|les\b|l.|il\b|elle\b|ils\b|"
    r"elles\b|on\b|(?-i:[A-ZÀ-Ü])))", re.IGNORECASE)
# ... but a bare "and" after a capitalised word joins a name or a list ("Epic Games and").
_AND_IN_A_NAME = re.compile(r"(?-i:[A-ZÀ-Ü])[\w'’.&-]*\s(?:and|et)$")

# A headline's subject (capitalised words, or a body's common noun) and "to" with a verb, at the
# sentence start: "EU to open probe". Not a fronted phrase ("According to sources, ...").
_HEADLINE_TO = re.compile(
    r"\W*(?!(?:According|Due|Next|Prior|Owing|Thanks|Close|Pursuant|Further|Compared|Contrary|"
    r"Similar|Up|In|Back|Return|Welcome|Access|Subject|Related|Equal|Open|Here|Ahead)\b)"
    r"(?-i:[A-Z][\w'.&-]*)(?:\s+(?:(?-i:[A-Z][\w'.&-]*)|of|the|and|'s|regulators?|watchdogs?|"
    r"authorit(?:y|ies)|officials|ministry|government|commission|court|judge|prosecutors?|"
    r"lawmakers|states?)){0,4}\s+to\s+(?:(?:formally|also|now|finally|soon)\s+)?"
    r"(?=(?-i:[a-z]+)\b)")

# A new predicate of the same subject: "did not name the site but fined it", "n'a pas infligé
# d'amende mais a mis en demeure X", "has not responded and has been fined": "but"/"mais", or
# "and"/"et" before an auxiliary of its own. A cue before it (a negation, a modal) governs the
# first predicate only. "has not opened a probe and fined X" shares its auxiliary: not split.
_NEW_PREDICATE = re.compile(
    r"\b(?:but|mais)\b(?!\s+(?:also|aussi|également|only|seulement)\b)|"
    r"\b(?:and|et)\s+(?=(?:(?:then|also|later|instead|puis|ensuite|également|aussi|plutôt)\s+)?"
    r"(?:has|have|had|was|were|a|ont|avait|avaient)\s+(?!(?:not|pas|jamais)\b))",
    re.IGNORECASE)
# Do-support takes a bare verb: after "did not wait for the ruling", "and fined Apple" is a
# past tense of its own ("did not wait ... and fine" would share the negation).
_DO_NEGATION = re.compile(r"\b(?:did|does|do)(?:\s+not|n't)\b", re.IGNORECASE)
_AND_PAST = re.compile(r"\band\s+(?=(?:(?:then|also|later|instead)\s+)?[a-z]+ed\b)",
                       re.IGNORECASE)

# A finding that clears: the that-clause denies the breach itself ("had not infringed", "was
# not in breach", "n'avait pas enfreint", "found no evidence of a breach", "aucun manquement").
# A denied duty is a breach ("n'avait pas respecté", "had not obtained consent"): not here.
_BREACH = (r"(?:breach\w*|infring\w*|violat\w*|contraven\w*|broken|broke|break|acted\s+"
           r"unlawfully|(?:was|were|been)\s+(?:unlawful|illegal)|wrongdoing|enfreint|violé|"
           r"manqué|contrevenu|manquements?|violations?|infractions?|illégal\w*|illicite\w*|"
           r"contraires?\s+(?:à|au|aux)|port\w*\s+atteinte)")
_CLEARING = re.compile(
    r"(?:(?:has|have|had|a|ont|avait|avaient)\s+)?(?:also\s+|également\s+|aussi\s+)?"
    r"(?:found|concluded|determined|established|ruled|constat\w*|conclu\w*|établi\w*|estim\w*|"
    r"jugé|considéré)\s+(?:that\s+|que\s+|qu.)?"
    r"(?:(?!\b(?:but|however|mais|toutefois|cependant)\b)[^.;]){0,80}?"
    r"(?:\b(?:not|never|no)\s+(?:(?!only\b)[\w-]+\s+){0,2}?|n't\s+(?:[\w-]+\s+){0,2}?|"
    r"\bn.(?:a|ont|avait|avaient|était|étaient|est)\s+(?:pas|jamais)\s+(?:\w+\s+){0,2}?|"
    r"\b(?:aucune?|pas\s+de|pas\s+d.)\s*(?:\w+\s+){0,2}?)" + _BREACH + r"\b",
    re.IGNORECASE)

# A clause of time or cause ending right before the trigger, whose subject is people or groups
# who are no public body (a minister's call is the government's, but not the main clause's
# body's either): "after MPs urged it to act", "as lawmakers urged the agency to", "après que
# des associations l'ont exhortée à agir".
_OTHERS = (r"(?:groups?|campaigners|activists|parents|families|victims|lawmakers|legislators|MPs|"
           r"MEPs|senators|congressmen|politicians|critics|users|consumers|NGOs|charities|"
           r"advocates|experts|researchers|academics|unions|rivals|competitors|publishers|"
           r"ministers?|associations|ONG|députés|eurodéputés|sénateurs|élus|parlementaires|"
           r"militants|familles|victimes|usagers|utilisateurs|consommateurs|chercheurs|"
           r"syndicats|concurrents|éditeurs|ministres?|détracteurs|opposants|collectifs?)")
_OTHERS_CLAUSE = re.compile(
    r"\b(?:after|as|while|whereas|when|since|before|because|until|après\s+que|après\s+qu.|"
    r"alors\s+que|alors\s+qu.|tandis\s+que|tandis\s+qu.|lorsque|lorsqu.|quand|comme|"
    r"depuis\s+que|depuis\s+qu.|parce\s+que|parce\s+qu.|avant\s+que|avant\s+qu.)\s+"
    r"(?:(?:the|some|several|many|other|des|les|plusieurs|de\s+nombreu(?:x|ses)|certain(?:e)?s|"
    r"d.autres|an?|une?|le|la|l.)\s*)?(?:[\w'-]+\s+){0,3}?" + _OTHERS +
    r"\s+(?:(?:had|have|has|were|was|had\s+long|ont|avaient|avait|a|l.|lui|leur|les|also|"
    r"repeatedly|publicly|long|aussi|également|publiquement)\s*){0,3}$", re.IGNORECASE)

# An account (page, profile, channel) as the passive subject or the object of a block.
_ACCOUNT = r"(?:comptes?|accounts?|profils?|profiles?|pages?|chaînes?|channels?)"
_ACCOUNT_BEFORE = re.compile(
    r"\b" + _ACCOUNT + r"(?:\s+[\w'-]+){0,3}?\s+(?:(?:avait|avaient|a|ont|est|sont|était|"
    r"étaient|had|has|have|was|were|is|are|been|été|temporarily|temporairement|also|"
    r"également)\s+){1,3}$", re.IGNORECASE)
_ACCOUNT_AFTER = re.compile(
    r"\s*(?:(?:le|la|les|l'|the|its|their|his|her|son|sa|ses|leur|leurs|several|plusieurs|des|"
    r"de|d'|\d+)\s*)?(?:[\w-]+\s+){0,2}?" + _ACCOUNT + r"\b", re.IGNORECASE)

# The public as the addressee: right after the verb ("warned consumers", "recommande aux
# utilisateurs de Facebook", "recommends that users"), or the passive subject before it.
_PUBLIC = (r"(?:public|parents|users|consumers|people|citizens|customers|shoppers|buyers|"
           r"families|children|teenagers|teens|young\s+people|residents|voters|investors|"
           r"motorists|patients|internautes|utilisateurs|utilisatrices|usagers|consommateurs|"
           r"familles|citoyens|jeunes|mineurs|enfants|adolescents|acheteurs|clients|particuliers|"
           r"population|épargnants|investisseurs)")
_PUBLIC_AFTER = re.compile(
    r"\s*(?:(?:that|que|qu')\s*)?(?:(?:the|all|its|their|any|les|aux|des|à\s+la|au|à\s+tous\s+"
    r"les|tous\s+les|toutes\s+les|l')\s*)?(?:[\w-]+\s+){0,2}?" + _PUBLIC + r"\b",
    re.IGNORECASE)
_PUBLIC_BEFORE = re.compile(
    r"\b" + _PUBLIC + r"\s+(?:(?:were|are|was|is|have\s+been|has\s+been|had\s+been|ont\s+été|"
    r"sont|été|also|également|again)\s+){1,3}$", re.IGNORECASE)

# "ne"/"n'" and its clitics right before a verb, and the second particle right after it.
_NE_BEFORE = re.compile(r"\b(?:ne|n')\s*(?:(?:lui|leur|les|la|le|l'|y|en|se|s'|nous|vous)\s*)*$",
                        re.IGNORECASE)
_PAS_AFTER = re.compile(r"\s*(?:pas|jamais|plus|point|guère|nullement)\b", re.IGNORECASE)

# A participle right after "or"/"and" with no auxiliary of its own, and a negated perfect.
_COORDINATED_PARTICIPLE = re.compile(r"\b(?:or|and|ou|et)\s+(?:(?:then|also|later|puis|"
                                     r"ensuite|également|aussi)\s+)?$", re.IGNORECASE)
_PERFECT_NEGATION = re.compile(r"\b(?:has|have|had)\s+(?:not|never)\b|\b(?:hasn|haven|hadn)'t\b|"
                               r"\bn.(?:a|ont|avait|avaient)\s+(?:pas|jamais)\b", re.IGNORECASE)

# A decision announced on a given day, in reported speech: "Roskomnadzor said on Friday it
# would restrict access to Instagram" (tests/broad 702: a block dated that Friday), "a annoncé
# lundi qu'il allait bloquer". The day ties the announcement to a decision taken; without it
# ("said it would consult later this year") the future stays a plan, and so does any condition
# or time still to come in the sentence.
_DAY = (r"(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|"
        r"yesterday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|aujourd.hui|hier)")
_ANNOUNCED_ON_A_DAY = re.compile(
    rf"\b(?:{ANNOUNCING}|{CONFIRMING}|{DECLARING})\s+(?:late\s+)?" + _DAY
    + r"\s*,?\s+(?:that\s+|qu.)?\s*(?:it|they|il|elle|ils|elles)\s+"
    r"(?:would|will|allait|allaient|va|vont)\s+(?:(?:now|immediately|also|"
    r"désormais|immédiatement)\s+)?$", re.IGNORECASE)
_STILL_OPEN = re.compile(
    r"\b(?:if|unless|should|whether|once|when|in\s+case|next\s+(?:week|month|year)|later\s+this|"
    r"in\s+the\s+coming|by\s+the\s+end|si|à\s+moins|faute\s+d|en\s+cas|dès\s+que|lorsque|"
    r"prochaine?s?|d.ici)\b", re.IGNORECASE)

# ", warning that ...", ", en avertissant que ...": a participle adjunct of the main verb.
_PARTICIPLE = re.compile(r"(?:warning|cautioning|avertissant|prévenant|mettant\s+en\s+garde)\b",
                         re.IGNORECASE)
_ADJUNCT_LEAD = re.compile(r",\s*(?:and\s+)?(?:en\s+(?:l.|les\s+|lui\s+|leur\s+)?)?$",
                           re.IGNORECASE)
# ... that states what not complying will bring, as a fact to come ("warning that the app would
# be blocked if it did not comply", "en prévenant que le site serait bloqué"): the stated
# consequence is a warning of its own (guideline 4; the order's, hail 1034). What could come
# ("warning that the service could be suspended") stays the order's (blind 109).
_FIRM_CONSEQUENCE = re.compile(
    r"[^.;]{0,80}?\b(?:(?:would|will)\s+(?:also\s+)?(?:be\s+(?:\w+\s+)?(?:blocked|suspended"
    r"|banned|fined|shut\s+down|cut\s+off|delisted)|block|suspend|ban|fine|shut\s+down)"
    r"|(?:serait|sera|seraient|seront)\s+(?:\w+\s+)?(?:bloquée?s?|suspendue?s?|interdite?s?"
    r"|sanctionnée?s?|fermée?s?)|(?:bloquer|suspendr|interdir|sanctionner|fermer)(?:ait|aient"
    r"|a|ont))\b", re.IGNORECASE)
# A final finding's verb (not "preliminarily found", "à titre préliminaire": those are probes).
_FINDING = re.compile(r"(?:(?:has|have|a|ont)\s+)?(?:found|concluded|determined|establish\w*|"
                      r"constat\w*|conclu\w*|établi\w*)\b(?![^.;]{0,40}préliminaire)",
                      re.IGNORECASE)
# The sanction coordinated with the finding, after it in the sentence.
_AND_SANCTION = re.compile(
    r"\b(?:and|et)\s+(?:(?:has|have|had|a|ont|avait|also|également|then|lui|leur|l.)\s*){0,3}"
    r"(?:ordered|fined|imposed|issued\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:fine|penalty|order)|"
    r"infligé|ordonné|enjoint|condamné|sanctionné|prononcé)\b", re.IGNORECASE)
# "la commission d'enquête parlementaire", "the select committee inquiry": a parliament's
# committee, whose report is no step (Russia's Investigative Committee is a prosecutor).
_COMMITTEE = re.compile(
    r"(?:\bcommissions?\s+d.|(?<!investigative\s)\bcommittee(?:'s)?\s+(?:of\s+)?)$", re.IGNORECASE)
# "Meta sued the FTC to block it from reopening", "a saisi le tribunal pour faire bloquer le
# site": what a suit, an appeal or a complaint seeks is not done (the suit is its own trigger).
_SOUGHT_BY_SUIT = re.compile(
    r"\b(?:su(?:ed|es|ing)|lawsuits?|suits?|appeal\w*|challeng\w*|complaints?|petition\w*|"
    r"contest\w*|assign\w*|attaqu\w*|recours|plaintes?|saisi\w*)\b[^.;]{0,80}?\s"
    r"(?:to|in\s+order\s+to|seeking\s+to|pour|afin\s+de|afin\s+d.)\s*"
    r"(?:(?:have|get|obtenir|faire)\s+)?$", re.IGNORECASE)
# A court ruling on a challenge, and its own orders told after it: "The three-member panel held
# that the commission acted within its powers ... and ordered Meta to pay a further $35,000"
# (tests/broad 707: a court step on the target's appeal, not annotated; the order is not the
# regulator's). Only the verb coordinated with the ruling: "The court upheld the fine the
# Commission imposed" keeps the Commission's fine.
_COURT_RULING = re.compile(
    r"^\W*(?:(?:the|a|la|le|les|l.)\s*)?(?:[\w-]+\s+){0,3}?(?:court|tribunal|panel|judges?|"
    r"justices?|bench|cour|juges?|chambre)\b[^.;]{0,60}?\b(?:held|ruled|found|upheld|dismissed|"
    r"rejected|quashed|annulled|overturned|struck\s+down|set\s+aside|a\s+(?:jugé|estimé|"
    r"considéré|confirmé|rejeté|débouté|annulé|validé|cassé))\b", re.IGNORECASE)
_AND_THEN = re.compile(r"\b(?:and|et)\s+(?:(?:also|further|a|également|l.|lui|leur)\s*)?$",
                       re.IGNORECASE)
# A "warning" whose content is an order is that order (guideline 4: a mise en demeure is an
# `order`): "un avertissement à X lui enjoignant de retirer", "a warning letter ordering".
_ORDERING = re.compile(
    r"[^.;]{0,60}?\b(?:ordering|directing|instructing|demanding|(?:lui\s+|leur\s+)?"
    r"(?:enjoignant|ordonnant|intimant|sommant))\b", re.IGNORECASE)
_SANCTIONS = frozenset({"order", "fine", "block", "request_for_information", "lawsuit"})


def hypothetical(text: str) -> bool:
    """A yes/no question or a counterfactual: nothing in the sentence was done."""
    return any(q.match(text.strip()) for q in _YES_NO) or bool(_COUNTERFACTUAL.match(text))


def without_fronted_clause(text: str, trigger_start: int) -> str:
    """The sentence with a fronted clause before the trigger blanked (offsets unchanged)."""
    fronted = _FRONTED.match(text)
    if fronted is None or fronted.end() > trigger_start:
        return text
    return " " * fronted.end() + text[fronted.end():]


def headline_future(text: str, trigger_start: int) -> bool:
    """A headline's infinitive of the future ("EU to open probe into Temu", "Ofcom to fine
    4chan"): the step is to come."""
    opening = _HEADLINE_TO.match(text)
    return opening is not None and opening.end() <= trigger_start <= opening.end() + 20


def own_clause_start(text: str, window_start: int, trigger_start: int) -> int:
    """Where the trigger's own clause starts: after the last new clause with its own subject,
    or the last new predicate of the same subject, before the trigger, or `window_start`."""
    starts = [m.end() for m in _NEW_CLAUSE.finditer(text, window_start, trigger_start)
              if not _AND_IN_A_NAME.search(text, 0, m.end())]
    # the lookaheads of a new predicate may read the trigger's own first words
    starts += [m.end() for m in _NEW_PREDICATE.finditer(text, window_start, trigger_start + 20)
               if m.end() <= trigger_start]
    if _DO_NEGATION.search(text, window_start, trigger_start):
        starts += [m.end() for m in _AND_PAST.finditer(text, window_start, trigger_start + 20)
                   if m.end() <= trigger_start]
    return max(starts, default=window_start)


def shared_negation(text: str, window_start: int, trigger_start: int) -> bool:
    """A participle coordinated after a negated perfect shares its negation: "has not fined
    Apple or ordered it to", "n'a pas sanctionné Google et ouvert" (the cue window starts after
    the first trigger, so the negation is read from the clause's start)."""
    if _COORDINATED_PARTICIPLE.search(text, window_start, trigger_start) is None:
        return False
    clause = own_clause_start(text, 0, window_start)
    return _PERFECT_NEGATION.search(text, clause, window_start) is not None


def announced_on_a_day(text: str, trigger_start: int, trigger_end: int) -> bool:
    """The step is a decision the body said on a given day it would carry out, unconditionally
    and with no later time named."""
    return (_ANNOUNCED_ON_A_DAY.search(text, max(0, trigger_start - 80), trigger_start)
            is not None and _STILL_OPEN.search(text, trigger_end) is None)


def part_of_another_step(text: str, trigger_start: int, action_type: str,
                         lp: LanguagePatterns) -> bool:
    """The trigger tells a step of the same decision another verb of the sentence states."""
    if action_type == "warning" and _ORDERING.match(text, trigger_start):
        return True
    if action_type == "warning" and _PARTICIPLE.match(text, trigger_start) and \
            _ADJUNCT_LEAD.search(text[:trigger_start]):
        return not _FIRM_CONSEQUENCE.match(text, trigger_start) and \
            _step_before(text, trigger_start, lp)
    if action_type != "lawsuit" and _SOUGHT_BY_SUIT.search(text, 0, trigger_start):
        return True
    if _AND_THEN.search(text, 0, trigger_start) and _COURT_RULING.search(text, 0, trigger_start):
        return True
    return action_type == "investigation" and _COMMITTEE.search(text[:trigger_start]) is not None


def sanctioning_finding(text: str, trigger_start: int, trigger_end: int,
                        action_type: str) -> bool:
    """A final finding told with the sanction it grounds ("has found that X violated the Act
    and has ordered it to cease"): that sanction's reasons, not a probe."""
    return (action_type == "investigation" and _FINDING.match(text, trigger_start) is not None
            and _AND_SANCTION.search(text, trigger_end) is not None)


def clearing_finding(text: str, trigger_start: int, action_type: str) -> bool:
    """A finding that clears the platform ("found that TikTok had never acted unlawfully",
    "a estimé que TikTok n'avait pas enfreint le RGPD"): the probe's close, not annotated."""
    return action_type == "investigation" and _CLEARING.match(text, trigger_start) is not None


def others_subject(text: str, trigger_start: int) -> bool:
    """The trigger is the verb of a clause of time or cause whose subject is no body ("after
    consumer groups urged it to act", "alors que des associations appelaient la plateforme à"):
    the main clause's body did not take it."""
    return _OTHERS_CLAUSE.search(text, max(0, trigger_start - 120), trigger_start) is not None


def account_suspended(text: str, trigger_start: int, trigger_end: int,
                      action_type: str) -> bool:
    """The block's object is a user's account, not a platform ("dont le compte Google Ads
    avait été suspendu", "suspended the accounts of"): a platform's moderation, or a measure
    against its users."""
    return action_type == "block" and (
        _ACCOUNT_BEFORE.search(text, max(0, trigger_start - 80), trigger_start) is not None
        or _ACCOUNT_AFTER.match(text, trigger_end) is not None)


def addressed_to_public(text: str, trigger_start: int, trigger_end: int,
                        action_type: str) -> bool:
    """Advice or a warning to the public ("urged parents to check ... on TikTok", "met en garde
    les internautes contre", "Parents were warned"): aimed at people, not at the platform
    (guideline 4; tests/sweep 805)."""
    return action_type in ("statement", "warning") and (
        _PUBLIC_AFTER.match(text, trigger_end) is not None
        or _PUBLIC_BEFORE.search(text, max(0, trigger_start - 60), trigger_start) is not None)


def simple_tense_negation(text: str, trigger_start: int, trigger_end: int) -> bool:
    """French negation around a verb in a simple tense: "La CNIL ne sanctionne pas Google", "ne
    sanctionne plus", "ne bloquera jamais": "pas" follows the trigger's verb, outside the cue
    window ("ne sanctionne Google que pour" restricts, it does not deny)."""
    return (_NE_BEFORE.search(text, max(0, trigger_start - 30), trigger_start) is not None
            and _PAS_AFTER.match(text, trigger_end) is not None)


def _step_before(text: str, trigger_start: int, lp: LanguagePatterns) -> bool:
    head = text[:trigger_start]
    return any(t.type in _SANCTIONS and next(iter(t.pattern.finditer(head)), None)
               for t in lp.triggers)


# A step named as a noun at the sentence's start whose predicate denies, defers or weighs it:
# "Une enquête sur Meta n'est pas envisagée", "L'ouverture d'une enquête serait envisagée", "An
# EU probe of X has been ruled out"; not "L'enquête n'a pas encore abouti" (still open). The
# boilerplate on any proceedings, "l'ouverture d'une procédure ne préjuge pas de son issue",
# "the opening of proceedings does not prejudge its outcome", names no step either, also as
# the clause after a colon ("Rien n'est joué : l'ouverture ...").
_NOUN_SUBJECT = re.compile(r"^\W*(?:(?:une?|la|le|l['’]|the|an?|any)\s*)?(?:[\w-]+\s+){0,2}$",
                           re.IGNORECASE)
_DENIED_PREDICATE = re.compile(
    r"[^,;.:]{0,80}?(?:\b(?:n['’](?:est|était)|ne\s+(?:sera|serait|semble))\s+pas\s+(?:\w+\s+)?"
    r"(?:envisag|prévu|à\s+l.ordre|exclu|ouvert|lancé|engagé)|\b(?:is|was|are|were)(?:\s+not|n't)"
    r"\s+(?:\w+\s+)?(?:expected|planned|envisaged|on\s+the\s+cards|likely)|\b(?:has|have|had)"
    r"(?:\s+not|n't)\s+been\s+(?:opened|launched|started|imposed)|\bunlikely\b|\bruled\s+out\b"
    r"|\b(?:serai(?:t|ent)|est|sont)\s+(?:encore\s+)?(?:envisagée?s?|à\s+l.étude)\b|\b(?:is|are)"
    r"\s+(?:still\s+)?(?:being\s+(?:considered|weighed|discussed)|under\s+consideration)"
    r"|\bn(?:e\s+|['’])(?:l['’]|en\s+)?(?:préjug|présag|présum)\w*\s+(?:pas|nullement|en\s+rien)\b"
    r"|\b(?:does|do|did)(?:\s+not|n't)\s+(?:prejudge|presume|prejudice)\b)",
    re.IGNORECASE)
# Where the clause of a step's noun starts: the sentence's start, or after its last colon or
# semicolon before the noun.
_CLAUSE_BREAK = re.compile(r".*[:;]", re.DOTALL)


def denied_as_subject(text: str, trigger_start: int, trigger_end: int) -> bool:
    """A step's noun as the subject of a predicate that denies or defers it."""
    head = text[:trigger_start]
    after_break = _CLAUSE_BREAK.match(head)
    return ((_NOUN_SUBJECT.match(head) is not None
             or (after_break is not None
                 and _NOUN_SUBJECT.match(head[after_break.end():]) is not None))
            and _DENIED_PREDICATE.match(text, trigger_end) is not None)

