"""Curation that sticks: an analyst's corrections in a YAML file, applied by every build.

`seeds/curation.yaml` (or `kg build --curation FILE`) holds a curator's name and a list of entries.
Each entry is one correction, with the date it was made (that date, never the wall clock, becomes
`prov:generatedAtTime`, so the output stays byte-identical) and an optional note:

    curator: Jane Analyst
    entries:
      - {action: merge, kind: person, entities: [Zamir Karajanov, Z. Karajanov], date: 2026-11-20}
      - {action: split, kind: person, entity: Karajanov, articles: [some-article], name: Ivan Karajanov, date: ...}
      - {action: rename, kind: place, entity: Kazakhstan, name: Republic of Kazakhstan, date: ...}
      - {action: retype, kind: organization, entity: KTK television, type: NewsMediaOrganization, date: ...}
      - {action: identify, kind: person, entity: Nursultan Nazarbayev, wikidata: Q232, date: ...}
      - {action: reject, statement: {article: slug, text: words of the statement}, date: ...}
      - {action: reject, affiliation: {person: Andrei Grishin, organization: IWPR}, date: ...}
      - {action: add, affiliation: {person: ..., organization: ..., role: ...}, note: why, date: ...}
      - {action: add, statement: {speaker: ..., article: slug, text: ...}, note: why, date: ...}

Entities are named as the articles name them (any form seen, or the entity key). How the entries act
on the graph is `kg.identity`'s business; this module only reads and checks the file, with one-line
errors naming the file, the entry number and the problem.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, Literal, Union

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from kg.models import EntityKind



class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Entry(Strict):
    date: dt.date = Field(description="when the correction was made: prov:generatedAtTime of its facts")
    curator: str | None = Field(None, description="who made it (default: the file's curator)")
    note: str | None = None


class Merge(Entry):
    action: Literal["merge"]
    kind: EntityKind
    entities: list[str] = Field(min_length=2)
    name: str | None = Field(None, description="the merged entity's name (default: the fullest)")


class Split(Entry):
    action: Literal["split"]
    kind: EntityKind
    entity: str
    articles: list[str] = Field(min_length=1, description="slugs of the articles whose mention is someone else")
    name: str = Field(description="the name of the entity those articles really mean")


class Rename(Entry):
    action: Literal["rename"]
    kind: EntityKind
    entity: str
    name: str


class Retype(Entry):
    action: Literal["retype"]
    kind: EntityKind
    entity: str
    type: str = Field(pattern=r"^[A-Za-z][\w:]*$", description="schema.org class (NGO, City…) or kg:ArmedGroup")


class Identify(Entry):
    action: Literal["identify"]
    kind: EntityKind
    entity: str
    wikidata: str = Field(pattern=r"^Q[1-9]\d*$", description="a Wikidata item ID such as Q232")


class StatementRef(Strict):
    article: str
    text: str = Field(min_length=3, description="words of the statement (a part is enough)")


class AffiliationRef(Strict):
    person: str
    organization: str
    article: str | None = None


class Reject(Entry):
    action: Literal["reject"]
    statement: StatementRef | None = None
    affiliation: AffiliationRef | None = None

    @model_validator(mode="after")
    def one_target(self) -> "Reject":
        if (self.statement is None) == (self.affiliation is None):
            raise ValueError("a reject entry needs exactly one of statement: or affiliation:")
        return self


class NewAffiliation(Strict):
    person: str
    organization: str
    role: str | None = None


class NewStatement(Strict):
    speaker: str
    article: str
    text: str = Field(min_length=1)


class Add(Entry):
    action: Literal["add"]
    affiliation: NewAffiliation | None = None
    statement: NewStatement | None = None
    note: str = Field(min_length=1, description="why the fact is added: required")

    @model_validator(mode="after")
    def one_fact(self) -> "Add":
        if (self.statement is None) == (self.affiliation is None):
            raise ValueError("an add entry needs exactly one of statement: or affiliation:")
        return self


AnyEntry = Annotated[Union[Merge, Split, Rename, Retype, Identify, Reject, Add], Field(discriminator="action")]


class Curation(Strict):
    """A curation file: who curates, and their corrections in order."""

    curator: str | None = None
    entries: list[AnyEntry] = []
    source: str = Field("", exclude=True)

    def curator_of(self, entry: Entry) -> str:
        return entry.curator or self.curator or "unknown curator"


class CurationError(ValueError):
    """A curation file that cannot be used, in one line: file, entry number, problem."""


def load(path: Path | None) -> Curation:
    """The curation file at `path` (an empty curation when `path` is None)."""
    if path is None:
        return Curation()
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise CurationError(f"{path}: cannot read ({error.strerror or error})") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        raise CurationError(f"{path}:{where} not valid YAML ({getattr(error, 'problem', error)})") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise CurationError(f"{path}: expected a mapping with curator: and entries:")
    try:
        return Curation.model_validate({**data, "source": str(path)})
    except ValidationError as error:
        first = error.errors()[0]
        location = list(first["loc"])
        if len(location) >= 2 and location[0] == "entries" and isinstance(location[1], int):
            where = f"entry {location[1] + 1}"
            rest = [str(p) for p in location[2:] if p not in ("merge", "split", "rename", "retype", "identify",
                                                                  "reject", "add")]
        else:
            where, rest = "file", [str(p) for p in location]
        field = f" {'.'.join(rest)}:" if rest else ""
        message = first["msg"].removeprefix("Value error, ")
        raise CurationError(f"{path}: {where}:{field} {message}") from None

