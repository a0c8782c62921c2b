"""The output document of the contract (`CONTRACT.md`), as dataclasses with `to_dict()`.

Fields are only ever added here, never renamed or dropped; `SCHEMA_VERSION` changes when the
contract does.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCHEMA_VERSION = "1.0"


@dataclass(frozen=True)
class Evidence:
    """A span of the ORIGINAL text: `text == original[start:end]` always holds."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass
class Participant:
    """A person who took part in an event (or a side known only by title: `name` is None)."""

    name: str | None
    name_en: str | None
    rank: str | None
    role: dict[str, Any] | None
    country: str | None
    mentions: list[Evidence]
    id: str | None = None
    inferred: list[str] = field(default_factory=list)
    trace: dict[str, Any] = field(default_factory=dict)
    organization: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        return {
            "name": self.name,
            "name_en": self.name_en,
            "rank": self.rank,
            "role": self.role,
            "country": self.country,
            "mentions": [m.to_dict() for m in self.mentions],
            "id": self.id,
            "organization": self.organization,
            "inferred": list(self.inferred),
            "trace": self.trace,
        }


@dataclass
class Event:
    """One contact that happened (or, in `other_contacts`, one that did not yet)."""

    type: str
    trigger: Evidence
    participants: list[Participant]
    location: dict[str, Any] | None
    date: dict[str, Any]
    topics: list[dict[str, Any]]
    confidence: float
    codes: dict[str, Any] = field(default_factory=dict)
    trace: dict[str, Any] = field(default_factory=dict)
    status: str = "actual"

    def to_dict(self) -> dict[str, Any]:
        """JSON form; `status` is written only for other contacts."""
        out = {
            "type": self.type,
            "trigger": self.trigger.to_dict(),
            "participants": [p.to_dict() for p in self.participants],
            "location": self.location,
            "date": self.date,
            "topics": self.topics,
            "confidence": self.confidence,
            "codes": self.codes,
            "trace": self.trace,
        }
        if self.status != "actual":
            out = {"status": self.status, **out}
        return out


@dataclass
class Document:
    """The extractor's result for one article."""

    doc_id: str | None
    language: str
    source: dict[str, Any]
    events: list[Event] = field(default_factory=list)
    mentioned_people: list[dict[str, Any]] = field(default_factory=list)
    other_contacts: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def is_meeting(self) -> bool:
        """True when at least one contact happened."""
        return bool(self.events)

    def to_dict(self) -> dict[str, Any]:
        """The contract's JSON document."""
        return {
            "schema_version": SCHEMA_VERSION,
            "doc_id": self.doc_id,
            "language": self.language,
            "source": self.source,
            "is_meeting": self.is_meeting,
            "events": [e.to_dict() for e in self.events],
            "mentioned_people": self.mentioned_people,
            "other_contacts": [e.to_dict() for e in self.other_contacts],
            "warnings": list(self.warnings),
        }
