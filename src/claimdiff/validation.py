"""Pydantic validation errors as one readable line, with the field that was probably meant."""

from __future__ import annotations

import difflib
from typing import Any

from pydantic import BaseModel, ValidationError


def _model_at(model: type[BaseModel], loc: tuple[Any, ...]) -> type[BaseModel] | None:
    """The model class whose field the last part of ``loc`` names."""
    current: Any = model
    for part in loc[:-1]:
        if isinstance(part, int):
            continue
        field = getattr(current, "model_fields", {}).get(part)
        if field is None:
            return None
        current = _inner_model(field.annotation)
        if current is None:
            return None
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _inner_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def explain(exc: ValidationError, model: type[BaseModel]) -> str:
    """``rules[0].pattrn: unknown field (did you mean 'pattern'?); ...``, one line, no input dump."""
    parts = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        where = ".".join(str(p) if not isinstance(p, int) else f"[{p}]" for p in loc).replace(".[", "[")
        if error["type"] == "extra_forbidden" and loc:
            owner = _model_at(model, loc)
            known = sorted(owner.model_fields) if owner else []
            near = difflib.get_close_matches(str(loc[-1]), known, n=1, cutoff=0.6)
            hint = (
                f" (did you mean {near[0]!r}?)"
                if near
                else (f" (known: {', '.join(known)})" if known else "")
            )
            parts.append(f"{where}: unknown field{hint}")
        else:
            parts.append(f"{where or 'value'}: {error['msg']}")
    return "; ".join(dict.fromkeys(parts))
