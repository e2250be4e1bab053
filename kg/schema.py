"""The JSON Schema of the pipeline's pydantic models, written to schemas/json/ by `kg schema`.

Generated from the models themselves, so the committed files never drift from the code (a test compares
them with a fresh generation).
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from kg.build import BuildReport
from kg.models import Article, Extraction

SCHEMAS_DIR = Path(__file__).resolve().parents[1] / "schemas"
MODELS: dict[str, type[BaseModel]] = {
    "extraction": Extraction,  # everything found in one article: entities, statements, affiliations …
    "article": Article,
    "build-report": BuildReport,
}


def json_schemas() -> dict[str, str]:
    """{file name: JSON text} of every model's schema, byte-stable."""
    out = {}
    for name, model in MODELS.items():
        schema = model.model_json_schema()
        schema = {"$schema": "https://json-schema.org/draft/2020-12/schema",
                  "$id": f"https://w3id.org/kg-news/schemas/{name}.json", **schema}
        out[f"{name}.json"] = json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=False) + "\n"
    return out


def write_json_schemas(directory: Path | None = None) -> list[Path]:
    from kg.serialise import atomic_write

    directory = directory or SCHEMAS_DIR / "json"
    written = []
    for name, text in json_schemas().items():
        path = directory / name
        with atomic_write(path, "w") as stream:
            stream.write(text)
        written.append(path)
    return written
