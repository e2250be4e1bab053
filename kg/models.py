"""Pydantic models: the boundary between the pipeline's stages.

Every fact points back into `Article.text` through character offsets (`Span`), so an analyst can
always see the words a fact came from.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

EntityKind = Literal["person", "organization", "place"]
StatementKind = Literal["direct", "indirect"]


class Model(BaseModel):
    model_config = ConfigDict(frozen=False, extra="forbid")


class Span(Model):
    """Half-open character range [start, end) in the article text."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)

    def of(self, text: str) -> str:
        return text[self.start : self.end]


class Article(Model):
    """One article as read: the exact text, its body paragraphs and its metadata."""

    slug: str
    source: str = Field(description="file (and line, for JSON Lines) the article was read from")
    title: str
    text: str = Field(description="the text all offsets point into")
    paragraphs: list[Span] = Field(description="body paragraphs: where facts are looked for")
    author: str | None = None
    url: str | None = None
    date: str | None = None
    locations: list[str] = []
    topics: list[str] = []
    content_hash: str


class Mention(Model):
    """A stretch of text that names an entity."""

    text: str
    span: Span
    rule: str


class Entity(Model):
    """A person, organisation or place named in one article, with every form it was named by."""

    key: str = Field(description="slug of the canonical name; unique per kind within an article")
    kind: EntityKind
    name: str
    aliases: list[str] = []
    subtype: str | None = Field(None, description="schema.org subclass, e.g. GovernmentOrganization, Country")
    parent: str | None = Field(None, description="key of the organisation this one is a unit of")
    mentions: list[Mention] = []
    latitude: float | None = None
    longitude: float | None = None
    geonames_id: int | None = None

    @property
    def ref(self) -> "EntityRef":
        return EntityRef(kind=self.kind, key=self.key)


class EntityRef(Model):
    kind: EntityKind
    key: str


class Statement(Model):
    """An attributed statement: who said what, to whom, found by which rule in which words."""

    kind: StatementKind
    text: str
    content: Span = Field(description="the quoted words or the reported clause")
    evidence: Span = Field(description="the sentence(s) the attribution was read from")
    speaker: EntityRef | None = None
    speaker_description: str | None = Field(None, description="who, when the source is unnamed")
    cue: str | None = None
    addressee: EntityRef | None = None
    rule: str


class Affiliation(Model):
    """A person's stated tie to an organisation, with the role as written."""

    person: str
    organization: str
    role: str | None = None
    head: bool = False
    evidence: Span
    rule: str


class PlaceTie(Model):
    """A stated tie of a person or organisation to a place ("an analyst based in Almaty"), or of a place to
    the place it lies in ("Dayton, Ohio")."""

    entity: EntityRef
    place: str
    evidence: Span
    rule: str


class Extraction(Model):
    """Everything found in one article."""

    article: Article
    entities: list[Entity] = []
    statements: list[Statement] = []
    affiliations: list[Affiliation] = []
    place_ties: list[PlaceTie] = []
    author: EntityRef | None = Field(None, description="the person (or agency) who wrote the article")
    positions: list["Position"] = Field([], description="stances on issues read from the statements")

    def entity(self, kind: EntityKind, key: str) -> Entity | None:
        return next((e for e in self.entities if e.kind == kind and e.key == key), None)


StanceKind = Literal["for", "against"]


class Position(Model):
    """A speaker's stance on an issue, read from one of their statements by the curated stance cues."""

    stance: StanceKind
    issue: str = Field(description="label of the issue (a topic shared across articles), e.g. 'amnesty'")
    broader: str | None = Field(None, description="label of the broader issue, e.g. 'amnesty' for 'blanket amnesty'")
    speaker: EntityRef | None = None
    speaker_description: str | None = None
    statement: Span = Field(description="the content span of the statement the position was read from")
    evidence: Span = Field(description="the words that carry the stance: from the cue to the issue keyword")
    cue: str
    negated: bool = False
    rule: str


Extraction.model_rebuild()
