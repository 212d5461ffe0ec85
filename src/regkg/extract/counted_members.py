"""The members a counted class introduces, read as the step's targets. Layer 1 (issue 3, s19).

"a ordonné aux fournisseurs d'accès de bloquer 25 plateformes de vidéo à la demande, dont
ULLU, ALTT, Big Shots et Desiflix", "avait fait bloquer 18 plateformes, dont Dreams Films et
Voovi", "ordered providers to block 40 gambling websites, including Stake and 1xBet": the
house gold (fog) states one block per member named, none for the count. counted_targets.py
found that such a class is no unnamed one; this module reads the members' names
(data/patterns/counted.yaml `member_lead`, `member_name`, `member_join`): a name the reference
knows keeps its mention's key, an unknown one is added to the sentence's mentions as an
unlinked organisation (its label written as named, as unknown targets are).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from regkg.extract.vocabulary import vocabulary
from regkg.models import Mention
from regkg.namespaces import slugify
from regkg.settings import Settings

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView

COUNTED_FILE = Settings().patterns_dir / "counted.yaml"
_REACH = 80  # the lead stands within the class's clause, right after its words


_SECTIONS = ("member_lead", "member_join")


def _compiled(section: str, language: str | None) -> re.Pattern[str] | None:
    """counted.yaml's `member_lead` / `member_join` for `language`, or its one `member_name`."""
    words = vocabulary(COUNTED_FILE, _SECTIONS, {"member_name": str})
    if section == "member_name":
        return _member_name(words.data["member_name"])
    return words.get(section, language) if language else None


@cache
def _member_name(source: str) -> re.Pattern[str]:
    return re.compile(source, re.IGNORECASE)


def member_keys(view: SentenceView, after: int) -> list[str]:
    """The keys of the members listed after the counted class ending at `after`; [] when no
    list of names follows its lead."""
    lead_re, name_re = _compiled("member_lead", view.language), _compiled("member_name", None)
    join_re = _compiled("member_join", view.language)
    if lead_re is None or name_re is None or join_re is None:
        return []
    lead = lead_re.search(view.text, after, min(len(view.text), after + _REACH))
    if lead is None or re.search(r"[.;:]", view.text[after:lead.start()]):
        return []
    keys, at = [], lead.end()
    while (name := name_re.match(view.text, at)) is not None:
        keys.append(_key_of(view, name.start(), name.end()))
        join = join_re.match(view.text, name.end())
        if join is None:
            break
        at = join.end()
    return list(dict.fromkeys(keys))


def _key_of(view: SentenceView, start: int, end: int) -> str:
    known = [m for m in view.mentions if m.start < end and start < m.end]
    if known:
        return known[0].key
    words = view.text[start:end]
    mention = Mention(f"organisation/{slugify(words)}", view.sentence.text[start:end], start,
                      end, linked=False)
    view.mentions.append(mention)
    view.mentions.sort(key=lambda m: m.start)
    return mention.key
