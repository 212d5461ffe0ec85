"""Reporting clauses: who a quote is attributed to, and where. Layer 1.

Three shapes, tried in this order for each quoted passage:
- *after*: «...», a déclaré Liz Kendall, la ministre ... / “...,” said Attorney General Ken Paxton
  / «...», a-t-elle insisté / “...,” he added;
- *before*: Thierry Breton, said: “...” / Grok a généré cette réponse: "...";
- *continuation*: “A,” said X. “B.” (B is X's too).
A quotation that does not open a sentence ("trouver «de toute urgence» une solution") is a
fragment of the writer's own sentence, not a claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from regkg.extract.clause_shapes import (
    ADVERB,
    APPOSITION,
    COORDINATED,
    DETERMINED_ROLE,
    INCISE_VERB,
    JOINT_AFTER,
    JOINT_BEFORE,
    LONG_APPOSITION,
    OF_ORGANISATION,
    PAST_TENSE,
    PERFECT,
    THEN_COLON,
    VERB_ASIDE,
    subject_zone_end,
)
from regkg.extract.dates import find_dates
from regkg.extract.quotes import SPACES, Passage, sentence_end, sentence_start
from regkg.extract.roles import DETERMINER, PREPOSITIONS, RoleReader
from regkg.extract.speakers import Name, NameFinder

Kind = Literal["name", "pronoun", "ai_anaphor", "unnamed", "continuation"]


@dataclass(frozen=True)
class Attribution:
    kind: Kind
    at: int  # the reporting verb: speaker events are ordered by it
    end: int  # end of the reporting clause
    name: Name | None = None
    gender: str | None = None  # from a pronoun, a courtesy title or the role's article
    role: str | None = None
    window: tuple[int, int] | None = None  # where the clause may say when it was said
    floor: int | None = None  # a continuation takes a speaker named from here on only


@dataclass
class ClauseReader(RoleReader):
    """Parses reporting clauses of one article."""

    names: NameFinder

    def __post_init__(self) -> None:
        verbs, ai_verbs = (
            self.patterns.verb_re(self.language),
            self.patterns.ai_verb_re(self.language),
        )
        self.verbs = verbs  # the alternation of verbs of saying, for the incises
        according = "|".join(  # the longest first: 'selon des propos de' before 'selon'
            map(re.escape, sorted(self.patterns.words("according_to", self.language), key=len,
                                  reverse=True)))
        clitic = r"(?:(?:lui|leur|nous|vous|me)\s+|[mt]['’])?"  # 'lui a répondu', 'nous a confié'
        auxiliary = r"(?P<aux>s['’]est|a|avait|aurait|ont|avaient)(?:-t-(?P<p1>il|elle))?"
        aux = rf"{clitic}(?:{auxiliary}\s+)?"
        adverb = ADVERB
        inverted = r"(?:-t-(?P<p2>il|elle)|-(?P<p3>il|elle))?"
        incise = INCISE_VERB.get(self.language, verbs)
        self.after_verb = re.compile(
            rf"[\s,]*(?:—|–)?\s*{aux}{adverb}(?:se\s+|s['’])?"
            rf"(?P<verb>{verbs}|{ai_verbs}|{incise}){inverted}\b",
            re.I,
        )
        self.after_subject = re.compile(
            rf"[\s,]*(?P<subj>(?:[^,.;:«»“”\"—–]|(?<=Mr)\.|(?<=Mrs)\.|(?<=Ms)\.|(?<=Dr)\.|(?<=\b[A-Z])\.){{1,100}}?)"
            rf"(?:\s+{PERFECT})?\s+(?P<verb>{verbs}|{PAST_TENSE})\b"
        )
        self.after_according = re.compile(rf"[\s,]*(?:{according})\s+", re.I) if according else None
        self.any_verb = re.compile(rf"\b(?P<verb>{ai_verbs}|{verbs})\b", re.I)
        finite = rf"\b(?:a|ont|avait|avaient|aurait)\s+{adverb}(?P<verb>{verbs})\b"
        self.report_verb = re.compile(
            finite if self.language == "fr" else rf"\b(?P<verb>{verbs})\b"
        )
        self.according = re.compile(rf"\b(?:{according})\s+", re.I) if according else None
        past = PAST_TENSE if self.language == "en" else verbs
        self.comma_verb = re.compile(rf"\s*,\s*(?:{PERFECT}\s+)?{adverb}(?P<verb>{verbs}|{past})\b")
        self.appositive_verb = re.compile(  # '“...,” Jane Doe, the commissioner, has said.'
            rf"(?:,|\s*[—–])(?P<role>[^,.;:!?«»“”\"—–]{{1,150}})(?:,|[—–])\s*(?:{PERFECT}\s+)?{adverb}"
            rf"(?P<verb>{verbs}|{past})\b"
        )

    # --- after the quote -------------------------------------------------------------------
    def after(self, passage: Passage) -> Attribution | None:
        start = passage.close_at + 1
        end = sentence_end(self.text, start, passage.paragraph_end)
        clause = self.text[start:end]
        then = THEN_COLON.search(clause)  # '“A,” she said, adding: “B”': the clause is A's too
        if then is not None:
            end, clause = start + then.start(), clause[: then.start()]
        if self._quote_ends_sentence(passage, clause) or clause.rstrip(SPACES).endswith(":"):
            return None  # the clause introduces the next quotation, if any
        match = self.after_verb.match(clause)
        if match:
            pronoun = match.group("p1") or match.group("p2") or match.group("p3")
            verb_at, rest_at = start + match.start("verb"), start + match.end()
            if (match.group("aux") or "").lower() in {"ont", "avaient"}:
                return Attribution("unnamed", verb_at, end)  # several speakers: whose words?
            if pronoun:
                gender = self.patterns.raw["pronouns"][self.language].get(pronoun.lower())
                zone_end = subject_zone_end(self.text, rest_at, end)
                return Attribution("pronoun", verb_at, end, gender=gender, window=(start, zone_end))
            aside = VERB_ASIDE.match(self.text, rest_at, end)  # 'a lâché, agacée, la ministre'
            return self.subject_after(verb_at, aside.end() if aside else rest_at, end, start)
        return self._subject_first_after(start, end) or self._according_after(start, end)

    def subject_after(self, verb_at: int, rest_at: int, end: int, start: int) -> Attribution:
        """'a déclaré mercredi le Premier ministre Keir Starmer devant le Parlement'."""
        zone_end = subject_zone_end(self.text, rest_at, end)
        window = (start, zone_end)
        name = self._first_subject_name(rest_at, zone_end)
        if name is None:
            named = self._named_after_role(rest_at, zone_end, end)
            if named is None:
                return self._unnamed(verb_at, rest_at, zone_end, end, window)
            named_name, named_role = named
            gender = named_name.gender or self.role_gender(named_role)
            window = (start, named_name.end)
            return Attribution("name", verb_at, end, named_name, gender, named_role, window)
        role = self._role_before(rest_at, name) or self._role_after(name.end, end)
        appositive_end = subject_zone_end(self.text, name.end, end) if role else zone_end
        gender = name.gender or self.role_gender(role)
        return Attribution(
            "name", verb_at, end, name, gender, role, (start, max(zone_end, appositive_end))
        )

    def _named_after_role(self, start: int, zone_end: int, end: int) -> tuple[Name, str] | None:
        """'a expliqué à l'AFP un porte-parole, Thomas Regnier.': the role, then the name."""
        zone = self.text[start:zone_end]
        role = zone.strip(SPACES) if self.is_role(self._without_dates(zone)) else None
        role = self._without_dates(role) if role else self._role_before_text(zone)
        determined = DETERMINED_ROLE.search(zone)  # 'à plusieurs reprises le ministre de ...'
        if (role is None or not self.is_role(role)) and determined:
            role = determined.group() if self.is_role(determined.group()) else role
        following = self.names.find(zone_end, end)
        if role is None or not following:
            return None
        if not any(w.casefold() in self.patterns.role_nouns for w in role.split()):
            return None  # 'a déclaré à l'AFP, Jean Dupont': no role announces the name
        name = following[0]
        between = self.text[zone_end : name.start].strip(SPACES + ",")
        if not self.text[zone_end:name.start].startswith(",") or (
            between and between not in self.patterns.courtesy_titles
        ):
            return None
        if not re.match(r"\s*(?:[,.;]|$)", self.text[name.end : end]):
            return None
        return name, role

    def _subject_first_after(self, start: int, end: int) -> Attribution | None:
        """English “...,” Musk said. / “...,” she added."""
        if self.language != "en":
            return None
        match = self.after_subject.match(self.text, start, end)
        if not match:
            return self._named_subject_after(start, end)
        subj_at, verb_at = match.start("subj"), match.start("verb")
        subject = match.group("subj").strip()
        pronoun = self.patterns.raw["pronouns"]["en"].get(subject.lower())
        if pronoun:
            return Attribution("pronoun", verb_at, end, gender=pronoun, window=(start, end))
        names = self.names.find(subj_at, verb_at)
        person = self._affiliated(subj_at, names, verb_at)
        if person is not None:
            return Attribution("name", verb_at, end, person, person.gender, None, (start, end))
        if names and not self.text[names[-1].end : verb_at].strip(SPACES):
            name = names[-1]  # the subject ends with the name: "Ofcom chief Melanie Dawes said"
            if self._governed(subj_at, name) or self.joint(name):
                return Attribution("unnamed", verb_at, end, window=(start, end))
            role = self._title_before(subj_at, name)
            gender = name.gender or self.role_gender(role)
            return Attribution("name", verb_at, end, name, gender, role, (start, end))
        anaphors = {a.lower() for a in self.patterns.words("ai_anaphors", "en")}
        if subject.lower() in anaphors:  # “...,” the chatbot added: as 'a ajouté le robot'
            return Attribution("ai_anaphor", verb_at, end, window=(start, end))
        return Attribution("unnamed", verb_at, end, role=subject, window=(start, end))

    def _affiliated(self, subj_at: int, names: list[Name], verb_at: int) -> Name | None:
        """“...,” Jane Doe of the Consumer Federation said: the person before "of" speaks; the
        organisation after it (capitalised like a name) is where she works."""
        if not names:
            return None
        person = names[0]
        if self._governed(subj_at, person) or self.text[subj_at : person.start].strip(SPACES):
            return None
        return person if OF_ORGANISATION.fullmatch(self.text, person.end, verb_at) else None

    def _named_subject_after(self, start: int, end: int) -> Attribution | None:
        """“...,” Jane Doe, the agency's chief executive, said in a statement. / “...,” Senator
        Jane Doe, a Democrat, said. / “...,” the commissioner, Jane Doe, told reporters."""
        names = self.names.find(start, end)
        if not names:
            return None
        name = names[0]
        lead = self.lead_title(start, name)
        if lead is None:
            return None
        match = self.appositive_verb.match(self.text, name.end, end)
        if match is None and lead.endswith(","):  # the role before, between commas
            match = self.comma_verb.match(self.text, name.end, end)
        if match is None:
            return None
        # the frame (quote, name, appositive, verb of saying) attributes the quote; the
        # appositive is recorded as the role only when it names a function
        appositive = match.groupdict().get("role") or ""
        role = appositive.strip() if self.is_role(appositive) else None
        role = role or re.sub(rf"^{DETERMINER}\s+", "", lead.rstrip(","), flags=re.I) or None
        gender = name.gender or self.role_gender(role)
        verb_at = match.start("verb")
        return Attribution("name", verb_at, end, name, gender, role, (start, end))

    def _according_after(self, start: int, end: int) -> Attribution | None:
        if self.after_according is None:
            return None
        match = self.after_according.match(self.text, start, end)
        if not match:
            return None
        return self.subject_after(start + match.start(), match.end(), end, start)

    def _quote_ends_sentence(self, passage: Passage, clause: str) -> bool:
        """“... binding.” Mr Smith said: -- a full stop inside ends the sentence; “Why?” she
        asked -- a question mark does only when a capital follows."""
        inner = self.text[passage.open_at + 1 : passage.close_at].rstrip(SPACES)
        following = clause.lstrip(SPACES + ",")
        if inner.endswith("."):
            return True
        return inner.endswith(("?", "!")) and following[:1].isupper()

    # --- before the quote ------------------------------------------------------------------
    def before(self, passage: Passage) -> Attribution | None:
        """'Thierry Breton, said: “...”', 'Elon Musk a déclaré : «...»'."""
        start = sentence_start(self.text, passage.open_at, passage.paragraph_start)
        return self.before_span(start, passage.open_at)

    def before_span(self, start: int, quote_at: int) -> Attribution | None:
        """The reporting clause text[start:quote_at] that introduces a quotation at `quote_at`
        (in the same paragraph, or on the line above when that line ends with a colon)."""
        prefix = self.text[start:quote_at].rstrip(SPACES + "\n")
        verbs = list(self.any_verb.finditer(self.text, start, quote_at))
        if not verbs or not (
            prefix.endswith(":") or prefix.endswith(",") or prefix.endswith(verbs[-1].group())
        ):
            return None
        verb = verbs[-1]
        tail = self.text[verb.end() : quote_at]
        if not re.fullmatch(
            rf"[\s,:]*(?:à\s+\w+|to\s+\w+)?[\s,:]*|[^.!?]{{0,60}}:[{SPACES}\n]*", tail
        ):
            return None
        found = self.subject_before(start, verb.start(), quote_at)
        earlier = [v for v in verbs[:-1] if COORDINATED.match(self.text, v.end(), verb.start())]
        if found.kind == "unnamed" and earlier:  # 'X, role, said ... and added: “...”'
            found = self.subject_before(start, earlier[-1].start(), quote_at)
        return found

    def subject_before(self, start: int, verb_at: int, quote_at: int) -> Attribution:
        window = (start, quote_at)
        before = self.text[start:verb_at]
        pronoun = re.search(
            rf"\b(il|elle|he|she)\s+(?:(?:a|has|had|avait)\s+)?{ADVERB}$", before, re.I
        )
        if pronoun:
            gender = self.patterns.raw["pronouns"][self.language].get(pronoun.group(1).lower())
            window = (self._window_start(start, start + pronoun.start()), quote_at)
            return Attribution("pronoun", verb_at, quote_at, gender=gender, window=window)
        long_title = self._titled_subject(start, verb_at)
        if long_title is not None:
            titled, title = long_title
            gender = titled.gender or self.role_gender(title)
            window = (self._window_start(start, titled.start), quote_at)
            return Attribution("name", verb_at, quote_at, titled, gender, title, window)
        for name in reversed(self.names.find(start, verb_at)):
            gap = self.text[name.end : verb_at]
            apposition = APPOSITION.fullmatch(gap)
            if apposition is None:
                continue
            if self._governed(self._clause_start(start, name.start), name) or self.joint(name):
                break  # "A spokesperson for Keir Starmer said:" -- the spokesperson speaks
            appositive = (apposition.group("role") or apposition.group("dashed") or "").strip()
            role = (
                (appositive if self.is_role(appositive) else "")
                or self._role_leading(start, name)
                or self._role_before(self._clause_start(start, name.start), name)
            )
            gender = name.gender or self.role_gender(role)
            window = (self._window_start(start, name.start), quote_at)
            return Attribution("name", verb_at, quote_at, name, gender, role or None, window)
        return self._unnamed(verb_at, start, verb_at, quote_at, window)

    def _titled_subject(self, start: int, verb_at: int) -> tuple[Name, str] | None:
        """'Teresa Ribera, Executive Vice-President for Clean, Just and Competitive Transition,
        said:' -- a title holding commas (and capitalised words that look like a name)."""
        for name in self.names.find(start, verb_at):
            match = LONG_APPOSITION.fullmatch(self.text, name.end, verb_at)
            if match is None or self._governed(self._clause_start(start, name.start), name):
                continue
            role = match.group("role").strip()
            first = role.split()[0] if role.split() else ""
            if match.group("role").count(",") and (
                self.is_role(role) or first in self.patterns.role_title_words
            ):
                return name, role
        return None

    @property
    def object_verbs(self) -> frozenset[str]:
        return frozenset(self.patterns.words("object_verbs", self.language))

    def after_dates(self, at: int, end: int) -> int:
        """Past the commas and date expressions right after a verb: ', le 2 janvier, '."""
        while True:
            at += len(self.text[at:end]) - len(self.text[at:end].lstrip(SPACES + ","))
            dates = find_dates(self.text[at : min(end, at + 40)], None, self.language)
            if not dates or dates[0].start != 0:
                return at
            at += dates[0].end

    def clause_end(self, at: int, end: int) -> int:
        """Reported content ends where the sentence goes on to something else."""
        stop = re.search(
            r",\s+(?:et|and|ce qui|which|mais|but|alors que|while|\w+ant)\b", self.text[at:end]
        )
        return at + stop.start() if stop else end

    # --- helpers -----------------------------------------------------------------------------
    def _window_start(self, start: int, subject_at: int) -> int:
        """Dates count from the subject on, or from the sentence start when all that comes
        before the subject is a date ('Mercredi, Elon Musk a déclaré'): 'la loi devrait être
        modifiée cette semaine, et Keir Starmer a déclaré mercredi' is dated mercredi."""
        lead = self.text[start:subject_at].strip(SPACES + ",")
        if not lead or len(lead) > 40:  # a date adverbial is short
            return subject_at
        dates = find_dates(lead, None, self.language)
        return start if dates and dates[0].text.strip() == lead else subject_at

    def _clause_start(self, start: int, at: int) -> int:
        """After the last comma or 'et'/'and' before `at`."""
        matches = list(re.finditer(r",|\bet\b|\band\b", self.text[start:at]))
        return start + matches[-1].end() if matches else start

    def _first_subject_name(self, start: int, end: int) -> Name | None:
        for name in self.names.find(start, end):
            if self.joint(name):
                return None
            if not self._governed(start, name) and not self.possessive(name):
                return name
        return None

    def joint(self, name: Name) -> bool:
        """'Jane Doe and John Smith said': two speakers, whose words? (as 'ont déclaré')."""
        after = JOINT_AFTER.match(self.text, name.end)
        if after:
            following = self.names.find(after.end(), after.end() + 80)
            if following and following[0].start == after.end():
                return True
        before = JOINT_BEFORE.search(self.text, max(0, name.start - 80), name.start)
        if before is None:
            return False
        preceding = self.names.find(max(0, before.start() - 80), before.start())
        return bool(preceding) and preceding[-1].end == before.start()

    def _governed(self, start: int, name: Name) -> bool:
        """'un proche d'Elon Musk', 'a spokesperson for Keir Starmer': not the subject."""
        before = re.findall(r"[\w’']+", self.text[start : name.start])
        return bool(before) and before[-1].lower().rstrip("'’") in PREPOSITIONS

    def possessive(self, name: Name) -> bool:
        """'Keir Starmer’s spokesman': someone else speaks."""
        return self.text[name.end : name.end + 2] in ("'s", "’s")

    def _unnamed(
        self, verb_at: int, start: int, zone_end: int, end: int, window: tuple[int, int]
    ) -> Attribution:
        zone = self.text[start:zone_end].split(",")[-1].strip()
        anaphors = self.patterns.words("ai_anaphors", self.language)
        if any(zone.lower().startswith(a.lower()) for a in anaphors):
            return Attribution("ai_anaphor", verb_at, end, window=window)
        return Attribution("unnamed", verb_at, end, gender=self.role_gender(zone), role=zone,
                           window=window)

    def _role_before(self, start: int, name: Name) -> str | None:
        """The title just before the name: 'mercredi le Premier ministre' -> 'Premier ministre',
        'said Attorney General' -> 'Attorney General'; 'Dans un post' is no title."""
        return self._role_before_text(self.text[start : name.start])
