"""A quotation that goes on for the speaker of the one before it in the same paragraph.
Layer 1; read by `claims`.

- “A,” said X. “B.” or “A,” said X, “b.”: B follows X's reporting clause;
- “A,” she said, adding: “B.” / « A », a-t-il déclaré, avant d'ajouter : « B »: the clause that
  attributes A also opens B.
"""

from __future__ import annotations

from regkg.extract.attribution import Attribution
from regkg.extract.clause_shapes import THEN_COLON
from regkg.extract.quotes import SPACES, Passage


def continuation(
    text: str, passage: Passage, previous: Passage, clause: Attribution
) -> Attribution | None:
    """B after “A,” said X. -- `previous` is A's last passage, `clause` its attribution."""
    if previous.paragraph_start != passage.paragraph_start:
        return None
    boundary = max(clause.end, previous.close_at + 1)  # after "said: “A.”"
    between = text[boundary : passage.open_at]
    if between.strip(SPACES + ".!?…,"):
        return None
    words = text[previous.close_at + 1 : passage.open_at].rstrip(SPACES)
    if not words.endswith((".", "!", "?", "…")) and words.rsplit(",", 1)[-1].strip(SPACES):
        return None  # “A,” said X, “B.” goes on; “A,” said X, adding “b” does not
    return Attribution("continuation", passage.open_at, passage.close_at + 1)


def opened_by_clause(
    text: str, passage: Passage, previous: Passage, clause: Attribution
) -> Attribution | None:
    """B after “A,” she said, adding: -- the clause ends in a verb and a colon."""
    if previous.paragraph_start != passage.paragraph_start:
        return None
    if not THEN_COLON.fullmatch(text[clause.end : passage.open_at]):
        return None
    return Attribution("continuation", passage.open_at, passage.close_at + 1)
