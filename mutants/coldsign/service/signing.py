"""`sign`: DESIGN.md §3 from the payload's bytes to a recorded signature, under one lock.

The run holds the signer home's exclusive lock from loading the trusted state to the commit, so
two runs serialize and the second sees the first's spend (issue 11.2). Steps, in order: read and
decode (3), the documents the log anchors and the audit head the payload expects (5), approvals,
destinations, fees, replay, caps and velocity (4/5, every reason at once), the operator's review
and confirmation (6), only then the seed, signing and self-verification, and one durable audit
record holding everything the ledger needs — before the caller may release the output. Every
refusal, a decline, a seed that fails to load and an internal error are recorded too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from coldsign import chains
from coldsign.codec.payload import Payload, parse_payload
from coldsign.errors import (
    AuthenticationError,
    Cancelled,
    ColdsignError,
    Reason,
    TransportError,
)
from coldsign.home.ledger import charge_details
from coldsign.home.signer_home import Clock, SignerHome
from coldsign.keys.secrets import Seed
from coldsign.service.withdrawal import Review, decode_withdrawal, review

CLOCK_SKEW_SECONDS = 300


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


@dataclass(frozen=True)
class SignOutcome:
    """The signed payload (with the signer's new audit head), what was reviewed, and the count
    of inputs signed (1 for an EVM transaction)."""

    payload: Payload
    review: Review
    inputs_signed: int
    audit_head: str


class _Context:
    """What a refusal record can name so far (the id and digest once known)."""

    withdrawal_id: str | None = None
    digest: str | None = None
mutants_x_sign__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_sign__mutmut)
def sign(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_orig(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_1(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(None, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_2(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, None, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_3(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=None, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_4(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=None) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_5(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_6(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_7(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_8(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, ) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_9(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = None
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_10(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(None, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_11(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, None, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_12(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, None, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_13(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, None, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_14(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, None)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_15(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_16(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_17(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_18(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_19(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, )
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_20(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = None
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_21(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if (isinstance(exc, ColdsignError)) and False else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_22(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if (isinstance(exc, ColdsignError)) or True else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_23(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled(None)
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_24(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("XXinterruptedXX")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_25(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("INTERRUPTED")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_26(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                None,
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_27(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision=None,
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_28(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=None,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_29(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=None,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_30(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=None,
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_31(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details=None,
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_32(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_33(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_34(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_35(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_36(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_37(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_38(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "XXsignXX",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_39(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "SIGN",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_40(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if (isinstance(error, Cancelled)) and False else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_41(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if (isinstance(error, Cancelled)) or True else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_42(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="XXdeclinedXX" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_43(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="DECLINED" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_44(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "XXrefusedXX",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_45(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "REFUSED",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_46(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "XXexit_codeXX": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_47(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "EXIT_CODE": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_48(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(None),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_49(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "XXcodesXX": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_50(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "CODES": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_51(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                None,
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_52(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision=None,
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_53(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=None,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_54(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=None,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_55(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=None,
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_56(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details=None,
            )
            raise


def x_sign__mutmut_57(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_58(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_59(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_60(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_61(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_62(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                )
            raise


def x_sign__mutmut_63(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "XXsignXX",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_64(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "SIGN",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_65(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="XXfailedXX",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_66(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="FAILED",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_67(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(None).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def x_sign__mutmut_68(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"XXexit_codeXX": 1},
            )
            raise


def x_sign__mutmut_69(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"EXIT_CODE": 1},
            )
            raise


def x_sign__mutmut_70(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in DESIGN.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 2},
            )
            raise

mutants_x_sign__mutmut['_mutmut_orig'] = x_sign__mutmut_orig # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_1'] = x_sign__mutmut_1 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_2'] = x_sign__mutmut_2 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_3'] = x_sign__mutmut_3 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_4'] = x_sign__mutmut_4 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_5'] = x_sign__mutmut_5 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_6'] = x_sign__mutmut_6 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_7'] = x_sign__mutmut_7 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_8'] = x_sign__mutmut_8 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_9'] = x_sign__mutmut_9 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_10'] = x_sign__mutmut_10 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_11'] = x_sign__mutmut_11 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_12'] = x_sign__mutmut_12 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_13'] = x_sign__mutmut_13 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_14'] = x_sign__mutmut_14 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_15'] = x_sign__mutmut_15 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_16'] = x_sign__mutmut_16 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_17'] = x_sign__mutmut_17 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_18'] = x_sign__mutmut_18 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_19'] = x_sign__mutmut_19 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_20'] = x_sign__mutmut_20 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_21'] = x_sign__mutmut_21 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_22'] = x_sign__mutmut_22 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_23'] = x_sign__mutmut_23 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_24'] = x_sign__mutmut_24 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_25'] = x_sign__mutmut_25 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_26'] = x_sign__mutmut_26 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_27'] = x_sign__mutmut_27 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_28'] = x_sign__mutmut_28 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_29'] = x_sign__mutmut_29 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_30'] = x_sign__mutmut_30 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_31'] = x_sign__mutmut_31 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_32'] = x_sign__mutmut_32 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_33'] = x_sign__mutmut_33 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_34'] = x_sign__mutmut_34 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_35'] = x_sign__mutmut_35 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_36'] = x_sign__mutmut_36 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_37'] = x_sign__mutmut_37 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_38'] = x_sign__mutmut_38 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_39'] = x_sign__mutmut_39 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_40'] = x_sign__mutmut_40 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_41'] = x_sign__mutmut_41 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_42'] = x_sign__mutmut_42 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_43'] = x_sign__mutmut_43 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_44'] = x_sign__mutmut_44 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_45'] = x_sign__mutmut_45 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_46'] = x_sign__mutmut_46 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_47'] = x_sign__mutmut_47 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_48'] = x_sign__mutmut_48 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_49'] = x_sign__mutmut_49 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_50'] = x_sign__mutmut_50 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_51'] = x_sign__mutmut_51 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_52'] = x_sign__mutmut_52 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_53'] = x_sign__mutmut_53 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_54'] = x_sign__mutmut_54 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_55'] = x_sign__mutmut_55 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_56'] = x_sign__mutmut_56 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_57'] = x_sign__mutmut_57 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_58'] = x_sign__mutmut_58 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_59'] = x_sign__mutmut_59 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_60'] = x_sign__mutmut_60 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_61'] = x_sign__mutmut_61 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_62'] = x_sign__mutmut_62 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_63'] = x_sign__mutmut_63 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_64'] = x_sign__mutmut_64 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_65'] = x_sign__mutmut_65 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_66'] = x_sign__mutmut_66 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_67'] = x_sign__mutmut_67 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_68'] = x_sign__mutmut_68 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_69'] = x_sign__mutmut_69 # type: ignore # mutmut generated
mutants_x_sign__mutmut['x_sign__mutmut_70'] = x_sign__mutmut_70 # type: ignore # mutmut generated
mutants_x__sign__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__sign__mutmut)
def _sign(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_orig(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_1(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = None
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_2(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = None
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_3(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(None)
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_4(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = None
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_5(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = None
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_6(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(None)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_7(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(None, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_8(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, None)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_9(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_10(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, )
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_11(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = None
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_12(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(None)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_13(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = None
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_14(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(None, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_15(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, None, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_16(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, None, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_17(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=None)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_18(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_19(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_20(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_21(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, )
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_22(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = None
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_23(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = None
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_24(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(None, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_25(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, None)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_26(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_27(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, )
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_28(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError(None)
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_29(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(None)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_30(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = None
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_31(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(None)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_32(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = None
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_33(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(None, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_34(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, None, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_35(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, None, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_36(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, None)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_37(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_38(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_39(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_40(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, )
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_41(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = None
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_42(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = None
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_43(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = None
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_44(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        None,
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_45(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision=None,
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_46(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=None,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_47(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=None,
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_48(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details=None,
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_49(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_50(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_51(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_52(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_53(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_54(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "XXsignXX",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_55(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "SIGN",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_56(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="XXsignedXX",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_57(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="SIGNED",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_58(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "XXkindXX": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_59(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "KIND": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_60(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "XXchainXX": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_61(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "CHAIN": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_62(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "XXscopeXX": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_63(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "SCOPE": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_64(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "XXassetXX": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_65(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "ASSET": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_66(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if (asset) and False else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_67(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if (asset) or True else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_68(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "XXamountXX": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_69(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "AMOUNT": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_70(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(None),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_71(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "XXfeeXX": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_72(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "FEE": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_73(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(None),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_74(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "XXchargesXX": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_75(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "CHARGES": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_76(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(None),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_77(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "XXtotalsXX": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_78(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "TOTALS": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_79(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(None),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_80(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "XXspendsXX": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_81(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "SPENDS": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_82(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(None),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_83(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "XXreplacesXX": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_84(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "REPLACES": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_85(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "XXtxidXX": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_86(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "TXID": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_87(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "XXinputs_signedXX": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_88(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "INPUTS_SIGNED": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_89(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "XXapproversXX": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_90(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "APPROVERS": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_91(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(None),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_92(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "XXinitiatorXX": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_93(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "INITIATOR": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_94(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator and payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_95(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "XXexpected_headXX": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_96(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "EXPECTED_HEAD": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_97(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if (payload.expected_head) and False else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_98(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if (payload.expected_head) or True else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_99(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "XXre_releaseXX": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_100(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "RE_RELEASE": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_101(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = None
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_102(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(None, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_103(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=None)
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_104(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_105(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, )
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_106(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(None))
    return SignOutcome(out, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_107(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(None, rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_108(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, None, signed.inputs_signed, record.hash)


def x__sign__mutmut_109(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, None, record.hash)


def x__sign__mutmut_110(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, None)


def x__sign__mutmut_111(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(rv, signed.inputs_signed, record.hash)


def x__sign__mutmut_112(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, signed.inputs_signed, record.hash)


def x__sign__mutmut_113(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, record.hash)


def x__sign__mutmut_114(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    verdict = rv.verdict
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": rv.facts.chain,
            "scope": rv.facts.scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": rv.chain.txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, rv, signed.inputs_signed, )

mutants_x__sign__mutmut['_mutmut_orig'] = x__sign__mutmut_orig # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_1'] = x__sign__mutmut_1 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_2'] = x__sign__mutmut_2 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_3'] = x__sign__mutmut_3 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_4'] = x__sign__mutmut_4 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_5'] = x__sign__mutmut_5 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_6'] = x__sign__mutmut_6 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_7'] = x__sign__mutmut_7 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_8'] = x__sign__mutmut_8 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_9'] = x__sign__mutmut_9 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_10'] = x__sign__mutmut_10 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_11'] = x__sign__mutmut_11 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_12'] = x__sign__mutmut_12 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_13'] = x__sign__mutmut_13 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_14'] = x__sign__mutmut_14 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_15'] = x__sign__mutmut_15 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_16'] = x__sign__mutmut_16 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_17'] = x__sign__mutmut_17 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_18'] = x__sign__mutmut_18 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_19'] = x__sign__mutmut_19 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_20'] = x__sign__mutmut_20 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_21'] = x__sign__mutmut_21 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_22'] = x__sign__mutmut_22 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_23'] = x__sign__mutmut_23 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_24'] = x__sign__mutmut_24 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_25'] = x__sign__mutmut_25 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_26'] = x__sign__mutmut_26 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_27'] = x__sign__mutmut_27 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_28'] = x__sign__mutmut_28 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_29'] = x__sign__mutmut_29 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_30'] = x__sign__mutmut_30 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_31'] = x__sign__mutmut_31 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_32'] = x__sign__mutmut_32 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_33'] = x__sign__mutmut_33 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_34'] = x__sign__mutmut_34 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_35'] = x__sign__mutmut_35 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_36'] = x__sign__mutmut_36 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_37'] = x__sign__mutmut_37 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_38'] = x__sign__mutmut_38 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_39'] = x__sign__mutmut_39 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_40'] = x__sign__mutmut_40 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_41'] = x__sign__mutmut_41 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_42'] = x__sign__mutmut_42 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_43'] = x__sign__mutmut_43 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_44'] = x__sign__mutmut_44 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_45'] = x__sign__mutmut_45 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_46'] = x__sign__mutmut_46 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_47'] = x__sign__mutmut_47 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_48'] = x__sign__mutmut_48 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_49'] = x__sign__mutmut_49 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_50'] = x__sign__mutmut_50 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_51'] = x__sign__mutmut_51 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_52'] = x__sign__mutmut_52 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_53'] = x__sign__mutmut_53 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_54'] = x__sign__mutmut_54 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_55'] = x__sign__mutmut_55 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_56'] = x__sign__mutmut_56 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_57'] = x__sign__mutmut_57 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_58'] = x__sign__mutmut_58 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_59'] = x__sign__mutmut_59 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_60'] = x__sign__mutmut_60 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_61'] = x__sign__mutmut_61 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_62'] = x__sign__mutmut_62 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_63'] = x__sign__mutmut_63 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_64'] = x__sign__mutmut_64 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_65'] = x__sign__mutmut_65 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_66'] = x__sign__mutmut_66 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_67'] = x__sign__mutmut_67 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_68'] = x__sign__mutmut_68 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_69'] = x__sign__mutmut_69 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_70'] = x__sign__mutmut_70 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_71'] = x__sign__mutmut_71 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_72'] = x__sign__mutmut_72 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_73'] = x__sign__mutmut_73 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_74'] = x__sign__mutmut_74 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_75'] = x__sign__mutmut_75 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_76'] = x__sign__mutmut_76 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_77'] = x__sign__mutmut_77 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_78'] = x__sign__mutmut_78 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_79'] = x__sign__mutmut_79 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_80'] = x__sign__mutmut_80 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_81'] = x__sign__mutmut_81 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_82'] = x__sign__mutmut_82 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_83'] = x__sign__mutmut_83 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_84'] = x__sign__mutmut_84 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_85'] = x__sign__mutmut_85 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_86'] = x__sign__mutmut_86 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_87'] = x__sign__mutmut_87 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_88'] = x__sign__mutmut_88 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_89'] = x__sign__mutmut_89 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_90'] = x__sign__mutmut_90 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_91'] = x__sign__mutmut_91 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_92'] = x__sign__mutmut_92 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_93'] = x__sign__mutmut_93 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_94'] = x__sign__mutmut_94 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_95'] = x__sign__mutmut_95 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_96'] = x__sign__mutmut_96 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_97'] = x__sign__mutmut_97 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_98'] = x__sign__mutmut_98 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_99'] = x__sign__mutmut_99 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_100'] = x__sign__mutmut_100 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_101'] = x__sign__mutmut_101 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_102'] = x__sign__mutmut_102 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_103'] = x__sign__mutmut_103 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_104'] = x__sign__mutmut_104 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_105'] = x__sign__mutmut_105 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_106'] = x__sign__mutmut_106 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_107'] = x__sign__mutmut_107 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_108'] = x__sign__mutmut_108 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_109'] = x__sign__mutmut_109 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_110'] = x__sign__mutmut_110 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_111'] = x__sign__mutmut_111 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_112'] = x__sign__mutmut_112 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_113'] = x__sign__mutmut_113 # type: ignore # mutmut generated
mutants_x__sign__mutmut['x__sign__mutmut_114'] = x__sign__mutmut_114 # type: ignore # mutmut generated
mutants_x__check_clock__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__check_clock__mutmut)
def _check_clock(home: SignerHome, now: int) -> None:
    """Velocity windows, expiries and approval lifetimes read the clock: one that went back
    behind the last signature would reopen a window (exit 7: fix the clock)."""
    last = home.ledger.last_time
    if last is not None and now < last - CLOCK_SKEW_SECONDS:
        from datetime import UTC, datetime

        def stamp(t: int) -> str:
            return datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%d %H:%M:%SZ")

        raise TransportError(
            f"the clock reads {stamp(now)}, before the last signature in the audit log "
            f"({stamp(last)}); set the clock right before signing"
        )


def x__check_clock__mutmut_orig(home: SignerHome, now: int) -> None:
    """Velocity windows, expiries and approval lifetimes read the clock: one that went back
    behind the last signature would reopen a window (exit 7: fix the clock)."""
    last = home.ledger.last_time
    if last is not None and now < last - CLOCK_SKEW_SECONDS:
        from datetime import UTC, datetime

        def stamp(t: int) -> str:
            return datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%d %H:%M:%SZ")

        raise TransportError(
            f"the clock reads {stamp(now)}, before the last signature in the audit log "
            f"({stamp(last)}); set the clock right before signing"
        )


def x__check_clock__mutmut_1(home: SignerHome, now: int) -> None:
    """Velocity windows, expiries and approval lifetimes read the clock: one that went back
    behind the last signature would reopen a window (exit 7: fix the clock)."""
    last = None
    if last is not None and now < last - CLOCK_SKEW_SECONDS:
        from datetime import UTC, datetime

        def stamp(t: int) -> str:
            return datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%d %H:%M:%SZ")

        raise TransportError(
            f"the clock reads {stamp(now)}, before the last signature in the audit log "
            f"({stamp(last)}); set the clock right before signing"
        )


def x__check_clock__mutmut_2(home: SignerHome, now: int) -> None:
    """Velocity windows, expiries and approval lifetimes read the clock: one that went back
    behind the last signature would reopen a window (exit 7: fix the clock)."""
    last = home.ledger.last_time
    if last is not None or now < last - CLOCK_SKEW_SECONDS:
        from datetime import UTC, datetime

        def stamp(t: int) -> str:
            return datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%d %H:%M:%SZ")

        raise TransportError(
            f"the clock reads {stamp(now)}, before the last signature in the audit log "
            f"({stamp(last)}); set the clock right before signing"
        )


def x__check_clock__mutmut_3(home: SignerHome, now: int) -> None:
    """Velocity windows, expiries and approval lifetimes read the clock: one that went back
    behind the last signature would reopen a window (exit 7: fix the clock)."""
    last = home.ledger.last_time
    if last is None and now < last - CLOCK_SKEW_SECONDS:
        from datetime import UTC, datetime

        def stamp(t: int) -> str:
            return datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%d %H:%M:%SZ")

        raise TransportError(
            f"the clock reads {stamp(now)}, before the last signature in the audit log "
            f"({stamp(last)}); set the clock right before signing"
        )


def x__check_clock__mutmut_4(home: SignerHome, now: int) -> None:
    """Velocity windows, expiries and approval lifetimes read the clock: one that went back
    behind the last signature would reopen a window (exit 7: fix the clock)."""
    last = home.ledger.last_time
    if last is not None and now <= last - CLOCK_SKEW_SECONDS:
        from datetime import UTC, datetime

        def stamp(t: int) -> str:
            return datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%d %H:%M:%SZ")

        raise TransportError(
            f"the clock reads {stamp(now)}, before the last signature in the audit log "
            f"({stamp(last)}); set the clock right before signing"
        )


def x__check_clock__mutmut_5(home: SignerHome, now: int) -> None:
    """Velocity windows, expiries and approval lifetimes read the clock: one that went back
    behind the last signature would reopen a window (exit 7: fix the clock)."""
    last = home.ledger.last_time
    if last is not None and now < last + CLOCK_SKEW_SECONDS:
        from datetime import UTC, datetime

        def stamp(t: int) -> str:
            return datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%d %H:%M:%SZ")

        raise TransportError(
            f"the clock reads {stamp(now)}, before the last signature in the audit log "
            f"({stamp(last)}); set the clock right before signing"
        )


def x__check_clock__mutmut_6(home: SignerHome, now: int) -> None:
    """Velocity windows, expiries and approval lifetimes read the clock: one that went back
    behind the last signature would reopen a window (exit 7: fix the clock)."""
    last = home.ledger.last_time
    if last is not None and now < last - CLOCK_SKEW_SECONDS:
        from datetime import UTC, datetime

        def stamp(t: int) -> str:
            return datetime.fromtimestamp(t, UTC).strftime(None)

        raise TransportError(
            f"the clock reads {stamp(now)}, before the last signature in the audit log "
            f"({stamp(last)}); set the clock right before signing"
        )


def x__check_clock__mutmut_7(home: SignerHome, now: int) -> None:
    """Velocity windows, expiries and approval lifetimes read the clock: one that went back
    behind the last signature would reopen a window (exit 7: fix the clock)."""
    last = home.ledger.last_time
    if last is not None and now < last - CLOCK_SKEW_SECONDS:
        from datetime import UTC, datetime

        def stamp(t: int) -> str:
            return datetime.fromtimestamp(None, UTC).strftime("%Y-%m-%d %H:%M:%SZ")

        raise TransportError(
            f"the clock reads {stamp(now)}, before the last signature in the audit log "
            f"({stamp(last)}); set the clock right before signing"
        )


def x__check_clock__mutmut_8(home: SignerHome, now: int) -> None:
    """Velocity windows, expiries and approval lifetimes read the clock: one that went back
    behind the last signature would reopen a window (exit 7: fix the clock)."""
    last = home.ledger.last_time
    if last is not None and now < last - CLOCK_SKEW_SECONDS:
        from datetime import UTC, datetime

        def stamp(t: int) -> str:
            return datetime.fromtimestamp(t, None).strftime("%Y-%m-%d %H:%M:%SZ")

        raise TransportError(
            f"the clock reads {stamp(now)}, before the last signature in the audit log "
            f"({stamp(last)}); set the clock right before signing"
        )


def x__check_clock__mutmut_9(home: SignerHome, now: int) -> None:
    """Velocity windows, expiries and approval lifetimes read the clock: one that went back
    behind the last signature would reopen a window (exit 7: fix the clock)."""
    last = home.ledger.last_time
    if last is not None and now < last - CLOCK_SKEW_SECONDS:
        from datetime import UTC, datetime

        def stamp(t: int) -> str:
            return datetime.fromtimestamp(UTC).strftime("%Y-%m-%d %H:%M:%SZ")

        raise TransportError(
            f"the clock reads {stamp(now)}, before the last signature in the audit log "
            f"({stamp(last)}); set the clock right before signing"
        )


def x__check_clock__mutmut_10(home: SignerHome, now: int) -> None:
    """Velocity windows, expiries and approval lifetimes read the clock: one that went back
    behind the last signature would reopen a window (exit 7: fix the clock)."""
    last = home.ledger.last_time
    if last is not None and now < last - CLOCK_SKEW_SECONDS:
        from datetime import UTC, datetime

        def stamp(t: int) -> str:
            return datetime.fromtimestamp(t, ).strftime("%Y-%m-%d %H:%M:%SZ")

        raise TransportError(
            f"the clock reads {stamp(now)}, before the last signature in the audit log "
            f"({stamp(last)}); set the clock right before signing"
        )


def x__check_clock__mutmut_11(home: SignerHome, now: int) -> None:
    """Velocity windows, expiries and approval lifetimes read the clock: one that went back
    behind the last signature would reopen a window (exit 7: fix the clock)."""
    last = home.ledger.last_time
    if last is not None and now < last - CLOCK_SKEW_SECONDS:
        from datetime import UTC, datetime

        def stamp(t: int) -> str:
            return datetime.fromtimestamp(t, UTC).strftime("XX%Y-%m-%d %H:%M:%SZXX")

        raise TransportError(
            f"the clock reads {stamp(now)}, before the last signature in the audit log "
            f"({stamp(last)}); set the clock right before signing"
        )


def x__check_clock__mutmut_12(home: SignerHome, now: int) -> None:
    """Velocity windows, expiries and approval lifetimes read the clock: one that went back
    behind the last signature would reopen a window (exit 7: fix the clock)."""
    last = home.ledger.last_time
    if last is not None and now < last - CLOCK_SKEW_SECONDS:
        from datetime import UTC, datetime

        def stamp(t: int) -> str:
            return datetime.fromtimestamp(t, UTC).strftime("%y-%m-%d %h:%m:%sz")

        raise TransportError(
            f"the clock reads {stamp(now)}, before the last signature in the audit log "
            f"({stamp(last)}); set the clock right before signing"
        )


def x__check_clock__mutmut_13(home: SignerHome, now: int) -> None:
    """Velocity windows, expiries and approval lifetimes read the clock: one that went back
    behind the last signature would reopen a window (exit 7: fix the clock)."""
    last = home.ledger.last_time
    if last is not None and now < last - CLOCK_SKEW_SECONDS:
        from datetime import UTC, datetime

        def stamp(t: int) -> str:
            return datetime.fromtimestamp(t, UTC).strftime("%Y-%M-%D %H:%M:%SZ")

        raise TransportError(
            f"the clock reads {stamp(now)}, before the last signature in the audit log "
            f"({stamp(last)}); set the clock right before signing"
        )


def x__check_clock__mutmut_14(home: SignerHome, now: int) -> None:
    """Velocity windows, expiries and approval lifetimes read the clock: one that went back
    behind the last signature would reopen a window (exit 7: fix the clock)."""
    last = home.ledger.last_time
    if last is not None and now < last - CLOCK_SKEW_SECONDS:
        from datetime import UTC, datetime

        def stamp(t: int) -> str:
            return datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%d %H:%M:%SZ")

        raise TransportError(
            None
        )


def x__check_clock__mutmut_15(home: SignerHome, now: int) -> None:
    """Velocity windows, expiries and approval lifetimes read the clock: one that went back
    behind the last signature would reopen a window (exit 7: fix the clock)."""
    last = home.ledger.last_time
    if last is not None and now < last - CLOCK_SKEW_SECONDS:
        from datetime import UTC, datetime

        def stamp(t: int) -> str:
            return datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%d %H:%M:%SZ")

        raise TransportError(
            f"the clock reads {stamp(None)}, before the last signature in the audit log "
            f"({stamp(last)}); set the clock right before signing"
        )


def x__check_clock__mutmut_16(home: SignerHome, now: int) -> None:
    """Velocity windows, expiries and approval lifetimes read the clock: one that went back
    behind the last signature would reopen a window (exit 7: fix the clock)."""
    last = home.ledger.last_time
    if last is not None and now < last - CLOCK_SKEW_SECONDS:
        from datetime import UTC, datetime

        def stamp(t: int) -> str:
            return datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%d %H:%M:%SZ")

        raise TransportError(
            f"the clock reads {stamp(now)}, before the last signature in the audit log "
            f"({stamp(None)}); set the clock right before signing"
        )

mutants_x__check_clock__mutmut['_mutmut_orig'] = x__check_clock__mutmut_orig # type: ignore # mutmut generated
mutants_x__check_clock__mutmut['x__check_clock__mutmut_1'] = x__check_clock__mutmut_1 # type: ignore # mutmut generated
mutants_x__check_clock__mutmut['x__check_clock__mutmut_2'] = x__check_clock__mutmut_2 # type: ignore # mutmut generated
mutants_x__check_clock__mutmut['x__check_clock__mutmut_3'] = x__check_clock__mutmut_3 # type: ignore # mutmut generated
mutants_x__check_clock__mutmut['x__check_clock__mutmut_4'] = x__check_clock__mutmut_4 # type: ignore # mutmut generated
mutants_x__check_clock__mutmut['x__check_clock__mutmut_5'] = x__check_clock__mutmut_5 # type: ignore # mutmut generated
mutants_x__check_clock__mutmut['x__check_clock__mutmut_6'] = x__check_clock__mutmut_6 # type: ignore # mutmut generated
mutants_x__check_clock__mutmut['x__check_clock__mutmut_7'] = x__check_clock__mutmut_7 # type: ignore # mutmut generated
mutants_x__check_clock__mutmut['x__check_clock__mutmut_8'] = x__check_clock__mutmut_8 # type: ignore # mutmut generated
mutants_x__check_clock__mutmut['x__check_clock__mutmut_9'] = x__check_clock__mutmut_9 # type: ignore # mutmut generated
mutants_x__check_clock__mutmut['x__check_clock__mutmut_10'] = x__check_clock__mutmut_10 # type: ignore # mutmut generated
mutants_x__check_clock__mutmut['x__check_clock__mutmut_11'] = x__check_clock__mutmut_11 # type: ignore # mutmut generated
mutants_x__check_clock__mutmut['x__check_clock__mutmut_12'] = x__check_clock__mutmut_12 # type: ignore # mutmut generated
mutants_x__check_clock__mutmut['x__check_clock__mutmut_13'] = x__check_clock__mutmut_13 # type: ignore # mutmut generated
mutants_x__check_clock__mutmut['x__check_clock__mutmut_14'] = x__check_clock__mutmut_14 # type: ignore # mutmut generated
mutants_x__check_clock__mutmut['x__check_clock__mutmut_15'] = x__check_clock__mutmut_15 # type: ignore # mutmut generated
mutants_x__check_clock__mutmut['x__check_clock__mutmut_16'] = x__check_clock__mutmut_16 # type: ignore # mutmut generated
mutants_x__head_problems__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__head_problems__mutmut)
def _head_problems(home: SignerHome, payload: Payload) -> list[Reason]:
    """The payload names the signer audit head the online side last saw (`--after`); a home
    copied back from before it does not contain it (issue 11.4)."""
    if payload.expected_head is None or home.contains_head(payload.expected_head.hex()):
        return []
    return [
        Reason(
            "home.rolled_back",
            f"expected_head: the payload was built after signer audit head "
            f"{payload.expected_head.hex()[:16]}…, which is not in this signer's log "
            f"(head {home.head[:16]}…): the home was rolled back or replaced",
            field="expected_head",
        )
    ]


def x__head_problems__mutmut_orig(home: SignerHome, payload: Payload) -> list[Reason]:
    """The payload names the signer audit head the online side last saw (`--after`); a home
    copied back from before it does not contain it (issue 11.4)."""
    if payload.expected_head is None or home.contains_head(payload.expected_head.hex()):
        return []
    return [
        Reason(
            "home.rolled_back",
            f"expected_head: the payload was built after signer audit head "
            f"{payload.expected_head.hex()[:16]}…, which is not in this signer's log "
            f"(head {home.head[:16]}…): the home was rolled back or replaced",
            field="expected_head",
        )
    ]


def x__head_problems__mutmut_1(home: SignerHome, payload: Payload) -> list[Reason]:
    """The payload names the signer audit head the online side last saw (`--after`); a home
    copied back from before it does not contain it (issue 11.4)."""
    if payload.expected_head is None and home.contains_head(payload.expected_head.hex()):
        return []
    return [
        Reason(
            "home.rolled_back",
            f"expected_head: the payload was built after signer audit head "
            f"{payload.expected_head.hex()[:16]}…, which is not in this signer's log "
            f"(head {home.head[:16]}…): the home was rolled back or replaced",
            field="expected_head",
        )
    ]


def x__head_problems__mutmut_2(home: SignerHome, payload: Payload) -> list[Reason]:
    """The payload names the signer audit head the online side last saw (`--after`); a home
    copied back from before it does not contain it (issue 11.4)."""
    if payload.expected_head is not None or home.contains_head(payload.expected_head.hex()):
        return []
    return [
        Reason(
            "home.rolled_back",
            f"expected_head: the payload was built after signer audit head "
            f"{payload.expected_head.hex()[:16]}…, which is not in this signer's log "
            f"(head {home.head[:16]}…): the home was rolled back or replaced",
            field="expected_head",
        )
    ]


def x__head_problems__mutmut_3(home: SignerHome, payload: Payload) -> list[Reason]:
    """The payload names the signer audit head the online side last saw (`--after`); a home
    copied back from before it does not contain it (issue 11.4)."""
    if payload.expected_head is None or home.contains_head(None):
        return []
    return [
        Reason(
            "home.rolled_back",
            f"expected_head: the payload was built after signer audit head "
            f"{payload.expected_head.hex()[:16]}…, which is not in this signer's log "
            f"(head {home.head[:16]}…): the home was rolled back or replaced",
            field="expected_head",
        )
    ]


def x__head_problems__mutmut_4(home: SignerHome, payload: Payload) -> list[Reason]:
    """The payload names the signer audit head the online side last saw (`--after`); a home
    copied back from before it does not contain it (issue 11.4)."""
    if payload.expected_head is None or home.contains_head(payload.expected_head.hex()):
        return []
    return [
        Reason(
            None,
            f"expected_head: the payload was built after signer audit head "
            f"{payload.expected_head.hex()[:16]}…, which is not in this signer's log "
            f"(head {home.head[:16]}…): the home was rolled back or replaced",
            field="expected_head",
        )
    ]


def x__head_problems__mutmut_5(home: SignerHome, payload: Payload) -> list[Reason]:
    """The payload names the signer audit head the online side last saw (`--after`); a home
    copied back from before it does not contain it (issue 11.4)."""
    if payload.expected_head is None or home.contains_head(payload.expected_head.hex()):
        return []
    return [
        Reason(
            "home.rolled_back",
            None,
            field="expected_head",
        )
    ]


def x__head_problems__mutmut_6(home: SignerHome, payload: Payload) -> list[Reason]:
    """The payload names the signer audit head the online side last saw (`--after`); a home
    copied back from before it does not contain it (issue 11.4)."""
    if payload.expected_head is None or home.contains_head(payload.expected_head.hex()):
        return []
    return [
        Reason(
            "home.rolled_back",
            f"expected_head: the payload was built after signer audit head "
            f"{payload.expected_head.hex()[:16]}…, which is not in this signer's log "
            f"(head {home.head[:16]}…): the home was rolled back or replaced",
            field=None,
        )
    ]


def x__head_problems__mutmut_7(home: SignerHome, payload: Payload) -> list[Reason]:
    """The payload names the signer audit head the online side last saw (`--after`); a home
    copied back from before it does not contain it (issue 11.4)."""
    if payload.expected_head is None or home.contains_head(payload.expected_head.hex()):
        return []
    return [
        Reason(
            f"expected_head: the payload was built after signer audit head "
            f"{payload.expected_head.hex()[:16]}…, which is not in this signer's log "
            f"(head {home.head[:16]}…): the home was rolled back or replaced",
            field="expected_head",
        )
    ]


def x__head_problems__mutmut_8(home: SignerHome, payload: Payload) -> list[Reason]:
    """The payload names the signer audit head the online side last saw (`--after`); a home
    copied back from before it does not contain it (issue 11.4)."""
    if payload.expected_head is None or home.contains_head(payload.expected_head.hex()):
        return []
    return [
        Reason(
            "home.rolled_back",
            field="expected_head",
        )
    ]


def x__head_problems__mutmut_9(home: SignerHome, payload: Payload) -> list[Reason]:
    """The payload names the signer audit head the online side last saw (`--after`); a home
    copied back from before it does not contain it (issue 11.4)."""
    if payload.expected_head is None or home.contains_head(payload.expected_head.hex()):
        return []
    return [
        Reason(
            "home.rolled_back",
            f"expected_head: the payload was built after signer audit head "
            f"{payload.expected_head.hex()[:16]}…, which is not in this signer's log "
            f"(head {home.head[:16]}…): the home was rolled back or replaced",
            )
    ]


def x__head_problems__mutmut_10(home: SignerHome, payload: Payload) -> list[Reason]:
    """The payload names the signer audit head the online side last saw (`--after`); a home
    copied back from before it does not contain it (issue 11.4)."""
    if payload.expected_head is None or home.contains_head(payload.expected_head.hex()):
        return []
    return [
        Reason(
            "XXhome.rolled_backXX",
            f"expected_head: the payload was built after signer audit head "
            f"{payload.expected_head.hex()[:16]}…, which is not in this signer's log "
            f"(head {home.head[:16]}…): the home was rolled back or replaced",
            field="expected_head",
        )
    ]


def x__head_problems__mutmut_11(home: SignerHome, payload: Payload) -> list[Reason]:
    """The payload names the signer audit head the online side last saw (`--after`); a home
    copied back from before it does not contain it (issue 11.4)."""
    if payload.expected_head is None or home.contains_head(payload.expected_head.hex()):
        return []
    return [
        Reason(
            "HOME.ROLLED_BACK",
            f"expected_head: the payload was built after signer audit head "
            f"{payload.expected_head.hex()[:16]}…, which is not in this signer's log "
            f"(head {home.head[:16]}…): the home was rolled back or replaced",
            field="expected_head",
        )
    ]


def x__head_problems__mutmut_12(home: SignerHome, payload: Payload) -> list[Reason]:
    """The payload names the signer audit head the online side last saw (`--after`); a home
    copied back from before it does not contain it (issue 11.4)."""
    if payload.expected_head is None or home.contains_head(payload.expected_head.hex()):
        return []
    return [
        Reason(
            "home.rolled_back",
            f"expected_head: the payload was built after signer audit head "
            f"{payload.expected_head.hex()[:17]}…, which is not in this signer's log "
            f"(head {home.head[:16]}…): the home was rolled back or replaced",
            field="expected_head",
        )
    ]


def x__head_problems__mutmut_13(home: SignerHome, payload: Payload) -> list[Reason]:
    """The payload names the signer audit head the online side last saw (`--after`); a home
    copied back from before it does not contain it (issue 11.4)."""
    if payload.expected_head is None or home.contains_head(payload.expected_head.hex()):
        return []
    return [
        Reason(
            "home.rolled_back",
            f"expected_head: the payload was built after signer audit head "
            f"{payload.expected_head.hex()[:16]}…, which is not in this signer's log "
            f"(head {home.head[:17]}…): the home was rolled back or replaced",
            field="expected_head",
        )
    ]


def x__head_problems__mutmut_14(home: SignerHome, payload: Payload) -> list[Reason]:
    """The payload names the signer audit head the online side last saw (`--after`); a home
    copied back from before it does not contain it (issue 11.4)."""
    if payload.expected_head is None or home.contains_head(payload.expected_head.hex()):
        return []
    return [
        Reason(
            "home.rolled_back",
            f"expected_head: the payload was built after signer audit head "
            f"{payload.expected_head.hex()[:16]}…, which is not in this signer's log "
            f"(head {home.head[:16]}…): the home was rolled back or replaced",
            field="XXexpected_headXX",
        )
    ]


def x__head_problems__mutmut_15(home: SignerHome, payload: Payload) -> list[Reason]:
    """The payload names the signer audit head the online side last saw (`--after`); a home
    copied back from before it does not contain it (issue 11.4)."""
    if payload.expected_head is None or home.contains_head(payload.expected_head.hex()):
        return []
    return [
        Reason(
            "home.rolled_back",
            f"expected_head: the payload was built after signer audit head "
            f"{payload.expected_head.hex()[:16]}…, which is not in this signer's log "
            f"(head {home.head[:16]}…): the home was rolled back or replaced",
            field="EXPECTED_HEAD",
        )
    ]

mutants_x__head_problems__mutmut['_mutmut_orig'] = x__head_problems__mutmut_orig # type: ignore # mutmut generated
mutants_x__head_problems__mutmut['x__head_problems__mutmut_1'] = x__head_problems__mutmut_1 # type: ignore # mutmut generated
mutants_x__head_problems__mutmut['x__head_problems__mutmut_2'] = x__head_problems__mutmut_2 # type: ignore # mutmut generated
mutants_x__head_problems__mutmut['x__head_problems__mutmut_3'] = x__head_problems__mutmut_3 # type: ignore # mutmut generated
mutants_x__head_problems__mutmut['x__head_problems__mutmut_4'] = x__head_problems__mutmut_4 # type: ignore # mutmut generated
mutants_x__head_problems__mutmut['x__head_problems__mutmut_5'] = x__head_problems__mutmut_5 # type: ignore # mutmut generated
mutants_x__head_problems__mutmut['x__head_problems__mutmut_6'] = x__head_problems__mutmut_6 # type: ignore # mutmut generated
mutants_x__head_problems__mutmut['x__head_problems__mutmut_7'] = x__head_problems__mutmut_7 # type: ignore # mutmut generated
mutants_x__head_problems__mutmut['x__head_problems__mutmut_8'] = x__head_problems__mutmut_8 # type: ignore # mutmut generated
mutants_x__head_problems__mutmut['x__head_problems__mutmut_9'] = x__head_problems__mutmut_9 # type: ignore # mutmut generated
mutants_x__head_problems__mutmut['x__head_problems__mutmut_10'] = x__head_problems__mutmut_10 # type: ignore # mutmut generated
mutants_x__head_problems__mutmut['x__head_problems__mutmut_11'] = x__head_problems__mutmut_11 # type: ignore # mutmut generated
mutants_x__head_problems__mutmut['x__head_problems__mutmut_12'] = x__head_problems__mutmut_12 # type: ignore # mutmut generated
mutants_x__head_problems__mutmut['x__head_problems__mutmut_13'] = x__head_problems__mutmut_13 # type: ignore # mutmut generated
mutants_x__head_problems__mutmut['x__head_problems__mutmut_14'] = x__head_problems__mutmut_14 # type: ignore # mutmut generated
mutants_x__head_problems__mutmut['x__head_problems__mutmut_15'] = x__head_problems__mutmut_15 # type: ignore # mutmut generated
