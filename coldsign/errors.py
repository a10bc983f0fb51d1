"""Exit codes and the exception tree: the only place where exit codes live (docs/design.md §5).

Every error coldsign raises on purpose is a `ColdsignError`; the CLI's single error boundary turns
it into a one-line message and its exit code. Messages name fields, indexes and offsets, never a
value taken from a secret.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


class ExitCode(enum.IntEnum):
    """Process exit statuses. Stable API: a code never changes meaning."""

    OK = 0
    INTERNAL = 1
    USAGE = 2
    MALFORMED = 3
    REFUSED = 4
    UNAUTHENTIC = 5
    CANCELLED = 6
    IO = 7
    NOT_OURS = 8


class ColdsignError(Exception):
    """Base of every deliberate error; reported without a traceback."""

    exit_code: ExitCode = ExitCode.INTERNAL
    kind: str = "error"

    def reasons(self) -> list[str]:
        """Every reason this error stands for (one, unless a subclass collects several)."""
        return [str(self)]

    def details(self) -> list[Reason]:
        """`reasons()` with their stable codes (`<kind>.<what>`)."""
        code = f"{self.kind}.{getattr(self, 'code', 'unspecified')}"
        return [Reason(code, message) for message in self.reasons()]


class DecodeError(ColdsignError):
    """Untrusted input could not be decoded: a file, QR part, payload, manifest or key (exit 3)."""

    exit_code = ExitCode.MALFORMED
    kind = "malformed"

    def __init__(self, what: str, reason: str, *, offset: int | None = None) -> None:
        where = "" if offset is None else f" at byte {offset}"
        super().__init__(f"invalid {what}{where}: {reason}")
        self.what = what
        self.reason = reason
        self.offset = offset


@dataclass(frozen=True)
class Reason:
    """One reason for a refusal: a stable machine-readable `code` (API: docs/formats.md), the
    human `message`, and what it names (an output or input index, a field, an approver)."""

    code: str
    message: str
    output: int | None = None
    input: int | None = None
    field: str | None = None
    approver: str | None = None

    def __str__(self) -> str:
        return self.message

    def to_json(self) -> dict[str, str | int]:
        data: dict[str, str | int] = {"code": self.code}
        for name in ("output", "input", "field", "approver"):
            value = getattr(self, name)
            if value is not None:
                data[name] = value
        data["message"] = self.message
        return data


class _ManyReasons(ColdsignError):
    """An error that carries every reason at once, each naming a field, index or approver.

    Reasons given as plain text get the code `<kind>.unspecified`; the policy checks give every
    reason its own code."""

    def __init__(self, reasons: Iterable[str | Reason]) -> None:
        self._details = [
            r if isinstance(r, Reason) else Reason(f"{self.kind}.unspecified", r) for r in reasons
        ] or [Reason(f"{self.kind}.unspecified", "unspecified")]
        super().__init__("; ".join(r.message for r in self._details))

    def reasons(self) -> list[str]:
        return [r.message for r in self._details]

    def details(self) -> list[Reason]:
        return list(self._details)


class PolicyViolation(_ManyReasons):
    """Understood, but refused by policy: quorum, whitelist, limits, fees, expiry, replay (exit 4)."""

    exit_code = ExitCode.REFUSED
    kind = "refused"


class AuthenticationError(_ManyReasons):
    """A bad or missing signature, an untrusted or rolled-back manifest, tampering (exit 5)."""

    exit_code = ExitCode.UNAUTHENTIC
    kind = "unauthentic"


class Cancelled(ColdsignError):
    """The operator declined or interrupted (exit 6)."""

    exit_code = ExitCode.CANCELLED
    kind = "cancelled"


class TransportError(ColdsignError):
    """A file, camera, permission, system-library or environment problem (exit 7)."""

    exit_code = ExitCode.IO
    kind = "io"


class NotOurs(ColdsignError):
    """Nothing in the input belongs to this wallet, so nothing was signed (exit 8)."""

    exit_code = ExitCode.NOT_OURS
    kind = "not-ours"


class UsageError(ColdsignError):
    """The command's arguments do not fit together (exit 2)."""

    exit_code = ExitCode.USAGE
    kind = "usage"


def first_error_of(errors: Sequence[ColdsignError]) -> ColdsignError:
    """The error to raise for a batch: the most severe by docs/design.md §3's order (decode, auth, policy)."""
    order = [DecodeError, AuthenticationError, PolicyViolation]
    for cls in order:
        for err in errors:
            if isinstance(err, cls):
                return err
    return errors[0]
