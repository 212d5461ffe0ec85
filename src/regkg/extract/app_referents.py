"""An app referred back to is an app, not its maker. Layer 1; used by regkg.extract.targets.

"l'application", "the app" refer back to the last platform named; when that is
a company (its maker, named in between: "les obligations imposées par la loi chinoise à
ByteDance, sa maison mère. La Commission européenne avait ouvert le bal en exigeant de son
personnel qu'il désinstalle l'application"), the app meant is the service the text named
before it (s18, mist 1091: the step went to ByteDance, or to no one when the app was named
beyond the look-back). The service is the last one named in the sentence, else the one the
article has named, else the last one named in the sentences the anaphor looks back over; two
services and none near: the referents stay as they were.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from regkg.models import kind_of

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView
    from regkg.extract.linking import Discourse

# The descriptions that name an app, not a company (target_anaphora in actions.yaml holds
# them among others): "l'application", "l'appli", "the app", "the messaging app". Not "the
# chatbot", "la messagerie": often an apposition naming a product of the company's own ("My AI,
# the chatbot built on OpenAI's technology that the company rolled out", melt 1002).
_APP_WORDS = re.compile(r"(?:l['’]\s*(?:application|appli)|the\s+(?:[\w-]+\s+){0,2}?app)", re.I)
_REACH = 3  # sentences back, as the anaphor's own look-back (targets.py)


def app_referents(words: str, referents: list[str], view: SentenceView, before: int,
                  discourse: Discourse) -> list[str]:
    """`referents`, or the app meant when `words` name an app and they hold no service (none
    at all when the last platform named lies beyond the look-back)."""
    if not _APP_WORDS.fullmatch(words.strip()) or any(
            kind_of(key) == "service" for key in referents):
        return referents
    here = [m.key for m in view.mentions if m.end <= before and kind_of(m.key) == "service"]
    if here:
        return [here[-1]]
    named = list(dict.fromkeys(key for _, _, key in discourse.targets
                               if kind_of(key) == "service"))
    if len(named) == 1:
        return named
    near = [key for index, _, key in discourse.targets
            if view.index - index <= _REACH and kind_of(key) == "service"]
    return [near[-1]] if near else referents
