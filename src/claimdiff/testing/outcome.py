"""What a check can end in: passed, failed, skipped or error, and the record the runner keeps."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

Status = Literal["passed", "failed", "skipped", "error"]
STATUSES: tuple[Status, ...] = ("passed", "failed", "skipped", "error")


class CheckFailed(AssertionError):
    """A plugin broke a rule of the conformance kit; the message names the plugin, the fault and the fix."""


class CheckSkipped(Exception):
    """A check does not apply to this plugin (no extractor, no examples) or an earlier check failed."""


class KitError(Exception):
    """The kit itself could not run a check (claimdiff's own pipeline failed, not the plugin)."""


@dataclass(frozen=True)
class CheckResult:
    """The outcome of one check on one plugin."""

    plugin: str
    check: str
    status: Status
    message: str = ""
    duration: float = 0.0

    @property
    def id(self) -> str:
        """``<plugin>-<check>``, the id pytest shows too."""
        return f"{self.plugin}-{self.check}"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CheckResult:
        return cls(**data)
