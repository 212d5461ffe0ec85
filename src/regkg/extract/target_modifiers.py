"""Names inside a description of the step's object are no targets of their own. Layer 1; used
by regkg.extract.targets.TargetFinder.

"issued a preliminary notice to Snap over My AI, the chatbot built on OpenAI's technology":
the notice is aimed at Snap; OpenAI only supplies the product's model (guideline 3: the target
is the company or platform the step is aimed at). Real co-targets are coordinated ("Snap and
OpenAI") or have a step of their own. Only technology links are read here ("built on",
"powered by", "reposant sur"), not ownership ("owned by", "développé par"): an owner or
operator may be the target (the operator of Pornhub).
"""

from __future__ import annotations

import re

from regkg.extract.sighted_names import only_in_the_sights
from regkg.extract.target_descriptors import compared_with

# Right before the name: "built on", "powered by the", "running on", "basé sur la technologie
# d'", "propulsé par le modèle de", "qui utilise".
_TECHNOLOGY_OF = re.compile(
    r"\b(?:built\s+(?:on|with|upon)|powered\s+by|based\s+on|running\s+on|runs\s+on|"
    r"trained\s+on|relying\s+on|(?:which|that)\s+(?:uses|used|relies\s+on)|using|"
    r"(?:basée?s?|fondée?s?|construite?s?|reposant|s['’]appuyant|appuyée?s?)\s+sur|"
    r"(?:alimentée?s?|propulsée?s?|animée?s?)\s+par|(?:qui\s+)?utilisant|qui\s+utilise)\s+"
    r"(?:(?:the|a|an|la|le|les|un|une|l['’])\s*)?"
    r"(?:(?:technology|technologies|model|models|engine|software|technologie|technologies|"
    r"modèles?|moteur|logiciel)\s+(?:of\s+|de\s+|du\s+|d['’])?)?\s*$", re.IGNORECASE)


# ... but the use of an app on devices a step bars is the app's ("barred civil servants from
# using WhatsApp on work phones", "told staff to stop using TikTok on government devices": s18);
# not "ordered stations to stop using Twitter to gather news" (no devices: no block of Twitter).
_BARRED_USE = re.compile(r"\b(?:from|stop)\s+$", re.IGNORECASE)
_ON_DEVICES = re.compile(
    r"[^.;,]{0,40}?\s(?:on|from|in|across)\s+(?:[\w'’-]+\s+){0,4}?(?:devices|phones|smartphones|"
    r"computers|laptops|tablets|networks|systems|handsets)\b", re.IGNORECASE)


def only_mentioned(text: str, start: int) -> bool:
    """The name at `start` is compared with the target or names the technology of the
    target's product, or is only "in the sights" after a comma: a mention, not a target."""
    if compared_with(text, start) or only_in_the_sights(text, start):
        return True
    technology = _TECHNOLOGY_OF.search(text, max(0, start - 80), start)
    return technology is not None and not (
        technology.group(0).lower().startswith("using")
        and _BARRED_USE.search(text, max(0, technology.start() - 6), technology.start())
        and _ON_DEVICES.match(text, start))
