"""Plain records that flow from extraction to mapping. Layer 0: no rdflib, no spaCy.

Entities are named by *keys*: ``"kind/local"`` such as ``"authority/ofcom"``,
``"jurisdiction/GB"``, ``"service/grok"`` (see `namespaces.entity_iri`). Extraction never invents
IRIs; mapping turns keys into IRIs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

Precision = Literal["day", "week", "month", "year"]
Status = Literal["opened", "imposed", "threatened", "considered", "planned", "reported"]
# The statuses of a step taken in the text's own telling (not reported by someone else).
TAKEN_STATUSES: frozenset[str] = frozenset({"opened", "imposed"})
ACTION_TYPE_CODES = (
    "investigation", "request_for_information", "order", "fine", "block", "lawsuit",
    "legislation", "statement", "warning", "sanction", "commitment",
)
# The types that are a body's decision on a company (not a probe, a suit or a position): the
# steps whose day a measure of the same decision shares, in the dating passes of extraction.
DECISION_TYPES: frozenset[str] = frozenset({"order", "fine", "block", "sanction", "warning"})


def kind_of(key: str) -> str:
    """The kind an entity key names ("authority/cnil" -> "authority"; also "service",
    "organisation", "person", "jurisdiction", "law")."""
    return key.partition("/")[0]


@dataclass(frozen=True)
class Article:
    """One source text with its metadata. `id` is the file stem, kept for traceability."""

    id: str
    text: str
    title: str | None
    outlet: str | None
    url: str | None
    published: dt.date | None
    language: str  # "fr" or "en"
    content_hash: str  # sha256 hex of `text`
    source_file: str | None = None


@dataclass(frozen=True)
class Evidence:
    """Where a fact is stated: the sentence and its character offsets in `Article.text`."""

    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class DateValue:
    """A date with its precision; `value` is the first day of the period it names."""

    value: dt.date
    precision: Precision

    def iso(self) -> str:
        """'2025-12-01' at month precision -> '2025-12', as the gold files write it."""
        if self.precision == "year":
            return f"{self.value.year:04d}"
        if self.precision == "month":
            return f"{self.value.year:04d}-{self.value.month:02d}"
        return self.value.isoformat()


@dataclass(frozen=True)
class Money:
    amount: Decimal
    currency: str  # ISO 4217
    per: str | None = None  # ISO 8601 duration of a recurring penalty: "P1D" for "per day"


@dataclass(frozen=True)
class Mention:
    """An entity named in the text. `linked` is False for entities no reference entry matched."""

    key: str
    text: str
    start: int
    end: int
    linked: bool = True


@dataclass(frozen=True)
class Action:
    type: str  # one of ACTION_TYPE_CODES
    actor: str | None  # entity key
    targets: tuple[str, ...]
    jurisdiction: str | None  # ISO code, "EU", or subdivision "US-CA"
    laws: tuple[str, ...]
    date: DateValue | None
    status: Status
    evidence: Evidence
    amount: Money | None = None
    deadline: str | None = None  # ISO 8601 duration: "PT72H"
    deadline_text: str | None = None  # the text's own words: "sous 72 heures"


@dataclass(frozen=True)
class Claim:
    speaker: str  # entity key (person, authority, organisation or AI service)
    quote: str
    language: str
    evidence: Evidence
    speaker_role: str | None = None
    date: DateValue | None = None
    about: tuple[str, ...] = ()
    indirect: bool = False  # reported speech without quotation marks


@dataclass(frozen=True)
class PenaltyProvision:
    """A statutory maximum: fixed amount and/or share of worldwide turnover."""

    law: str  # entity key
    jurisdiction: str | None
    evidence: Evidence
    max_amount: Money | None = None
    max_turnover_share: Decimal | None = None  # 0.10 for "10%"
    rule: Literal["whichever_higher", "whichever_lower", "cumulative"] | None = None


@dataclass(frozen=True)
class NewEntity:
    """An entity extraction found that matches no reference entry (`regkg review` lists them)."""

    key: str
    kind: str  # "person" or "organisation"
    label: str
    evidence: Evidence


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one article, before mapping."""

    article: Article
    extractor_version: str
    mentions: tuple[Mention, ...] = ()
    actions: tuple[Action, ...] = ()
    claims: tuple[Claim, ...] = ()
    provisions: tuple[PenaltyProvision, ...] = ()
    new_entities: tuple[NewEntity, ...] = ()
    warnings: tuple[str, ...] = field(default=())
