"""Press-release attributions that need no verb of saying. Layer 1.

Official releases often attribute a quote by layout rather than by a reporting clause:
- a signature after the quote: “...” – Philippe Dufresne, commissaire ... (same line), or a
  line of its own under the quoted paragraph(s): "- Jane Doe, Information Commissioner";
- a lead-in on the line above that ends with a colon: "Jane Doe, Chair of the Board, said:" or
  "Quote from Jane Doe, Information Commissioner:";
- a name and a colon: "Minister Anna Kowalski: “...”";
- "Selon Jean Dupont, «...»", "Pour la présidente de la Cnil, Marie-Laure Denis, «...»";
- a quotation, a colon, then the speaker and what they do, in headlines: "“We will not back
  down”: Breton warns X", "« Nous irons jusqu'au bout » : Thierry Breton met en garde X";
- a French dialogue dash opening the line: "— Nous irons jusqu'au bout, a assuré le ministre.";
- no clause at all, the sentence before naming the speaker and framing what they say: "Ms
  Vestager was blunt. “...”", "Rob Bonta n'a pas mâché ses mots. « ... »".
Every shape needs a person's name (an institution's quote stays unattributed) and stays within
the lines it names; a line that says more than a name and a role is no signature.
"""

from __future__ import annotations

import re

from regkg.extract.attribution import Attribution, ClauseReader
from regkg.extract.quotes import (
    SENTENCE_END,
    SPACES,
    Passage,
    last_visible,
    paragraphs,
    sentence_start,
)
from regkg.extract.speakers import Name

_DASH = "-–—‒―"
_DEFINITE_ROLE = re.compile(r"(?:la|le|l['’]|the)\b", re.I)
# What may precede the name in a colon lead-in: a title ("Minister"), "Quote from", "Comment
# by", "Citation de" -- a few words, no verb.
_MAX_LEAD_WORDS = 5
_MAX_ROLE_WORDS = 25
# A headline's addressee: 'Breton à Musk :', 'Breton to Musk:'.
_ADDRESSED = re.compile(r"\s(?:à|au|aux|to)\s+\S*$")
# "Musk was told by the court ...": the subject of a passive is spoken to, not speaking.
# After '« ... » :', a clause pointing back at the quotation as someone's words, ending where
# their name begins: "c'est le message adressé mardi par", "that was the warning from".
_POINTED_BACK = re.compile(
    r"(?:c['’]est|voilà|tel est|telle est|that is|this is|that was|this was|such was)\s+"
    r"(?:le|la|l['’]|les|the)\s*(?:message|avertissement|mise en garde|réponse|réaction|verdict|"
    r"mots?|propos|warning|words|response|reaction)\b[^.;:!?«»“”\"]{0,60}?\s(?:par|de|d['’]|du|"
    r"from|of|by)",
    re.I,
)
# Words that join two people rather than a role to its holder: "Jane Doe and chief John Smith".
_LINKS = frozenset({"and", "or", "with", "of", "for", "at", "et", "ou", "avec", "de", "du", "des"})
_PASSIVE = re.compile(r"\b(?:was|were|been|été)\b[^.;]*\b(?:by|par)\b", re.I)


def signature_after(reader: ClauseReader, passage: Passage) -> Attribution | None:
    """“...” – Name, role: the rest of the quote's line is a dash and a signature."""
    start, end = passage.close_at + 1, passage.paragraph_end
    rest = reader.text[start:end]
    dash = re.match(rf"[{SPACES},.]*[{_DASH}][{SPACES}]*", rest)
    if dash is None:
        return None
    return _signature(reader, start + dash.end(), end)


def signature_below(reader: ClauseReader, passage: Passage) -> Attribution | None:
    """A quoted paragraph, then a line holding only '- Name, role' or 'Name, role'."""
    text = reader.text
    if text[passage.close_at + 1 : passage.paragraph_end].strip(SPACES + ".,"):
        return None  # the quote does not end its line
    line = _next_line(text, passage.paragraph_end)
    if line is None:
        return None
    start, end = line
    dash = re.match(rf"[{SPACES}]*[{_DASH}][{SPACES}]*", text[start:end])
    found = _signature(reader, start + (dash.end() if dash else 0), end)
    if found is None or (dash is None and not found.role):
        return None  # "Jane Doe" alone on a line could be a heading; "Jane Doe, role" is not
    return found


def colon_above(reader: ClauseReader, passage: Passage) -> Attribution | None:
    """'Jane Doe, Chair of the Board, said:' or 'Quote from Jane Doe, role:' on the line above
    a quotation that opens its own line."""
    text = reader.text
    if text[passage.paragraph_start : passage.open_at].strip(SPACES):
        return None
    line = _previous_line(text, passage.paragraph_start)
    if line is None:
        return None
    start, end = line
    if not text[start:end].rstrip(SPACES).endswith(":"):
        return None
    clause_start = sentence_start(text, end, start)
    return reader.before_span(clause_start, end) or name_colon(reader, clause_start, end)


def below_speaker(
    text: str, chain: list[Passage], quoted: list[tuple[int, int]]
) -> Attribution | None:
    """'Jane Doe said the fine was deserved.' then a line that is only a quotation: the
    quote goes on for the speaker of the paragraph just above, if that paragraph has one.
    `quoted` holds (paragraph start, reporting verb) of the quotes attributed so far."""
    first, last = chain[0], chain[-1]
    if text[last.close_at + 1 : last.paragraph_end].strip(SPACES + ".,"):
        return None
    above_end = last_visible(text, first.paragraph_start)
    if above_end < 0 or text[above_end] not in ".!?»”\"":
        return None
    floor = text.rfind("\n", 0, above_end) + 1
    for paragraph_start, verb_at in quoted:  # a quote above: its speaker may be named above it
        if paragraph_start == floor:
            floor = min(floor, verb_at)
    return Attribution("continuation", first.open_at, last.close_at + 1, floor=floor)


def dialogue_quotes(
    reader: ClauseReader, lines: list[tuple[int, int]]
) -> list[tuple[Passage, Attribution]]:
    """French dialogue: '— Nous irons jusqu'au bout, a assuré le ministre Jean-Noël Barrot.' --
    a line opening with a dash quotes the words up to the comma of an inverted reporting
    clause. A dash line with no such clause (a list item, a signature) quotes no one."""
    if reader.language != "fr":
        return []
    found: list[tuple[Passage, Attribution]] = []
    for start, end in lines:
        dash = re.match(rf"[{SPACES}]*[—–][{SPACES}]+", reader.text[start:end])
        if dash is None or any(mark in reader.text[start:end] for mark in "«»“”\""):
            continue
        for comma in re.finditer(",", reader.text[start:end]):
            passage = Passage(start + dash.end() - 1, start + comma.start(), True, start, end, "—")
            attribution = reader.after(passage)
            if attribution is not None and attribution.kind in ("name", "pronoun"):
                found.append((passage, attribution))
                break
    return found


def colon_then_name(reader: ClauseReader, passage: Passage) -> Attribution | None:
    """'“We will not back down”: Breton warns X over disinformation' -- a line that opens
    with the quotation, then a colon, then (after a title at most) the person and a verb."""
    text = reader.text
    if text[passage.paragraph_start : passage.open_at].strip(SPACES):
        return None
    after = text[passage.close_at + 1 : passage.paragraph_end]
    colon = re.match(rf"[{SPACES}]*:[{SPACES}]*", after)
    if colon is None:
        return None
    start = passage.close_at + 1 + colon.end()
    names = reader.names.find(start, passage.paragraph_end)
    if not names or reader.possessive(names[0]):
        return None
    name, lead = names[0], text[start : names[0].start].strip(SPACES)
    if _POINTED_BACK.fullmatch(lead):  # '« ... » : c'est le message adressé par Jane Doe à X'
        lead = ""
    if lead and lead not in reader.patterns.courtesy_titles and not _title(reader, lead):
        return None
    if not re.match(rf"[{SPACES}]+(?-i:[a-zàâçéèêëîïôûù])", text[name.end : passage.paragraph_end]):
        return None  # the name is no subject: '“...”: Breton, the man who ...'
    return _named(reader, name, _title(reader, lead), name.start, name.end)


def subject_above(reader: ClauseReader, passage: Passage) -> Attribution | None:
    """'Ms Vestager was blunt. “Gatekeepers cannot ignore the law.”': a quotation with no
    reporting clause right after a sentence that opens with a person's name (maybe titled) and
    frames what they say, with a verb of saying or a tone ('did not mince words', 'n'a pas
    mâché ses mots'). Any other sentence ('Zuckerberg appeared before the Senate.') leaves
    the quote unattributed: the words may be anyone's."""
    text = reader.text
    stop = last_visible(text, passage.open_at)
    if stop < 0 or text[stop] not in SENTENCE_END:
        return None
    return _framing_subject(reader, sentence_start(text, stop, text.rfind("\n", 0, stop) + 1), stop)


def colon_frame(reader: ClauseReader, start: int, quote_at: int) -> Attribution | None:
    """'Jane Doe, the commissioner, was more cautious: “...”', 'La ministre Clara Chappaz a été
    plus nuancée : « ... »', 'Jane Doe was quoted as saying: “...”': the clause before the
    colon opens with the speaker and frames speech as `subject_above` reads it."""
    colon = last_visible(reader.text, quote_at)
    if colon < start or reader.text[colon] != ":":
        return None
    return _framing_subject(reader, start, colon)


def _framing_subject(reader: ClauseReader, start: int, stop: int) -> Attribution | None:
    """The person who opens text[start:stop] when that text frames what they say."""
    text = reader.text
    sentence = text[start : stop + 1]
    if any(mark in sentence for mark in "«»“”\"") or _PASSIVE.search(sentence):
        return None
    names = reader.names.find(start, stop)
    if not names or reader.possessive(names[0]) or reader.joint(names[0]):
        return None
    name = names[1] if len(names) > 1 and _role_between(reader, *names[:2]) else names[0]
    lead = text[start : name.start].strip(SPACES)
    if not reader.subject_lead(lead, name):
        return None
    if not reader.any_verb.search(sentence) and not _frames_speech(reader, sentence):
        return None
    return _named(reader, name, _title(reader, lead), name.start, name.end)


def _role_between(reader: ClauseReader, owner: Name, person: Name) -> bool:
    """'Tencent Music chief executive Cussion Pang struck a note': the first capitalised run is
    the employer, a role in lower case stands between it and the person."""
    between = reader.text[owner.end : person.start]
    words = between.split()
    return (
        re.fullmatch(r"[^\S\n]+[a-z][a-z -]*[^\S\n]+", between) is not None
        and not any(w in _LINKS for w in words)
        and reader.is_role(between)
    )


def _frames_speech(reader: ClauseReader, sentence: str) -> bool:
    folded = sentence.replace("’", "'").casefold()
    frames = reader.patterns.words("speech_frames", reader.language)
    return any(frame.casefold() in folded for frame in frames)


def according_before(reader: ClauseReader, passage: Passage) -> Attribution | None:
    """'Pour la présidente de la Cnil, Marie-Laure Denis, «...»', 'Selon Jean Dupont, «...»'."""
    text = reader.text
    start = sentence_start(text, passage.open_at, passage.paragraph_start)
    phrases = sorted(reader.patterns.words("according_before", reader.language), key=len)
    words = "|".join(map(re.escape, reversed(phrases)))  # 'pour reprendre les mots de' first
    lead = (
        re.match(rf"(?:{words})\s+", text[start : passage.open_at], re.I)
        if words
        else None
    )
    if lead is None or not text[start : passage.open_at].rstrip(SPACES).endswith(","):
        return None
    pronoun = re.fullmatch(r"\s*(\w+)\s*,\s*", text[start + lead.end() : passage.open_at])
    genders = reader.patterns.raw.get("object_pronouns", {}).get(reader.language, {})
    if pronoun and pronoun.group(1).lower() in genders:  # 'Selon lui, «...»'
        gender = genders[pronoun.group(1).lower()]
        return Attribution("pronoun", start, passage.open_at, gender=gender)
    for name in reversed(reader.names.find(start + lead.end(), passage.open_at)):
        rest = re.fullmatch(
            r"\s*(?:,(?P<role>[^,]{1,150}))?,\s*", text[name.end : passage.open_at]
        )
        if rest is None:
            continue
        appositive = (rest.group("role") or "").strip()
        if appositive and not reader.is_role(appositive):
            continue  # "Pour Elon Musk, la régulation est une censure, «...»"
        before = text[start + lead.end() : name.start].strip(SPACES + ",")
        role = appositive or (before if len(before.split()) <= 12 else "")
        gender = name.gender or reader.role_gender(role)
        window = (start, passage.open_at)
        return Attribution("name", start, passage.open_at, name, gender, role or None, window)
    role = text[start + lead.end() : passage.open_at].strip(SPACES + ",")
    if not _DEFINITE_ROLE.match(role) or not reader.is_role(role):
        return None
    # 'Selon la présidente de la CNIL, «...»': a role, for `role_anaphors` to name
    gender, window = reader.role_gender(role), (start, passage.open_at)
    return Attribution("unnamed", start, passage.open_at, None, gender, role, window)


def name_colon(reader: ClauseReader, start: int, quote_at: int) -> Attribution | None:
    """'Minister Anna Kowalski: “...”', 'Quote from Jane Doe, Information Commissioner:'."""
    text = reader.text
    colon = text[start:quote_at].rstrip(SPACES + "\n")
    if not colon.endswith(":"):
        return None
    colon_at = start + len(colon) - 1
    for name in reversed(reader.names.find(start, colon_at)):
        if _ADDRESSED.search(text, start, name.start):
            continue  # 'Thierry Breton à Elon Musk :' -- the one written to is not the writer
        rest = re.fullmatch(
            r"\s*(?:,(?P<role>[^,:;.]{1,150}))?(?:\s+(?:à|au|aux|to)\s+(?-i:[A-ZÀ-Ý])[^:]{0,80})?",
            text[name.end : colon_at],
        )
        lead = text[start : name.start].strip(SPACES)
        if rest is None or len(lead.split()) > _MAX_LEAD_WORDS or reader.any_verb.search(lead):
            continue
        role = (rest.group("role") or "").strip(SPACES) or _title(reader, lead)
        return _named(reader, name, role, start, quote_at)
    return None


def _signature(reader: ClauseReader, start: int, end: int) -> Attribution | None:
    """text[start:end] is 'Name' or 'Name, role' (and maybe a full stop), nothing else."""
    text = reader.text
    names = reader.names.find(start, end)
    if not names:
        return None
    name = names[0]
    lead = text[start : name.start].strip(SPACES)
    if lead and lead not in reader.patterns.titles and not _title(reader, lead):
        return None  # "- see Jane Doe" is no signature; "- Commissioner Jane Doe" is
    rest = re.fullmatch(rf"[{SPACES}]*(?:,(?P<role>[^\n]+?))?[{SPACES}.]*", text[name.end : end])
    if rest is None:
        return None
    role = (rest.group("role") or "").strip(SPACES) or _title(reader, lead)
    if role and (len(role.split()) > _MAX_ROLE_WORDS or reader.any_verb.search(role)):
        return None  # "Jane Doe, who said ..." is a sentence, not a signature
    if role and not (reader.is_role(role) or role[:1].isupper()):
        return None
    return _named(reader, name, role, start, end)


def _named(reader: ClauseReader, name: Name, role: str, start: int, end: int) -> Attribution:
    gender = name.gender or reader.role_gender(role)
    return Attribution("name", name.start, end, name, gender, role or None, (start, end))


def _title(reader: ClauseReader, lead: str) -> str:
    """'Minister' before the name is a role; 'Quote from' is not."""
    words = lead.split()
    titled = [w for w in words if w in reader.patterns.role_title_words]
    return lead if titled and len(titled) == len(words) else ""


def _next_line(text: str, after: int) -> tuple[int, int] | None:
    """The next non-blank line after position `after`, if only blank lines lie between."""
    for start, _ in paragraphs(text[after : after + 400]):
        line_end = text.find("\n", after + start)
        return after + start, len(text) if line_end < 0 else line_end
    return None


def _previous_line(text: str, before: int) -> tuple[int, int] | None:
    window = max(0, before - 2000)
    lines = paragraphs(text[window:before])
    if not lines:
        return None
    start, end = lines[-1]
    return window + start, window + end
