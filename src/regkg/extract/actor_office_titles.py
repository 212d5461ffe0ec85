"""An official referred back to by the bare title of the office. Layer 1.

"La ministre du Patrimoine canadien, Pascale St-Onge, a annoncé un accord avec Google. [...]
La ministre presse Meta de revenir à la table", "Interior Minister Piantedosi met the platforms.
The minister ordered them to ...": the title is the subject of the step, and it names the
official introduced before with that office; institutions act, not officials, so the office
the reference gives that person is the actor (as for "He sued TikTok", actor_anaphora.py).
Issue 3, session 16 (described actors).

Only a definite title ("la ministre", "the minister"; "une ministre", "a minister" is someone
else) right before the verb ("the minister of X" names its own portfolio, which linking reads),
and only when every person named so far with that title in a role of theirs holds the same
office, and no official of another office is named with or after the last of them: two
ministers named before leave "the minister" unresolved (a wrong fact is worse than a missing
one). An MP or a senator holds no title read here.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from regkg.extract.linking_discourse import Discourse, kind_of

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView, TriggerMatch
    from regkg.extract.linking import Linker

# The title and the words of a role label it stands for.
_TITLES = {"ministre": "ministre", "minister": "minister", "secrétaire d'état": "secrétaire",
           "secretary": "secretary", "maire": "maire", "mayor": "mayor",
           "procureure": "procureur", "procureur": "procureur", "commissaire": "commissaire",
           "commissioner": "commissioner", "attorney general": "attorney general"}
# "La ministre presse", "the minister has ordered", "le ministre avait aussi demandé": the title
# is the subject right before the verb (no portfolio, no name after it).
_TITLE_SUBJECT = re.compile(
    r"(?:^|[\s\"“(,])(?:la|le|the)\s+(?P<title>ministre|minister|secrétaire\s+d.état|secretary|"
    r"maire|mayor|procureure?|commissaire|commissioner|attorney\s+general)\s+"
    r"(?:(?:has|had|also|then|later|a|avait|aussi|également|ensuite|\w+ly)\s+){0,2}$", re.I)


def titled_official(view: SentenceView, trig: TriggerMatch, discourse: Discourse,
                    linker: Linker) -> str | None:
    """The office of the one official named before with the title that is the step's subject."""
    subject = _TITLE_SUBJECT.search(view.text, 0, trig.start)
    if subject is None:
        return None
    title = " ".join(subject.group("title").casefold().replace("’", "'").split())
    word = _TITLES.get(title, title)
    at = view.sentence.start + subject.start("title")
    earlier = [(index, key) for pos, index, key in discourse.people if pos < at]
    holders = [(index, key) for index, key in earlier if _holds_title(linker, key, word)]
    if not holders:
        return None
    offices = {linker.office_of(key) for _, key in holders}
    # "Peter Kyle and Anika Wells met. The minister ordered": another official named with or
    # after the title's holder may be the one meant, whatever the reference calls their role.
    since = {linker.office_of(key) for index, key in earlier if index >= holders[-1][0]}
    if len(offices) != 1 or len(since - {None}) != 1:
        return None
    office = offices.pop()
    return office if office and kind_of(office) == "authority" else None


def _holds_title(linker: Linker, person: str, word: str) -> bool:
    """Whether a role of the person has the title's word in one of its labels."""
    entity = linker.reference.get(person)
    return entity is not None and any(word in label.casefold() for role in entity.roles
                                      for label in role.labels.values())
