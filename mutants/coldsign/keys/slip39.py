"""SLIP-39 Shamir backups via `shamir-mnemonic`: combine shares, split a secret, inspect a share.

The library's own error texts quote share words, so none of them is passed on: every error here
names a share by its position in the input (1-based) and says what is wrong in our own words.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

from coldsign.errors import DecodeError
from coldsign.keys.secrets import Passphrase, Secret, Seed

if TYPE_CHECKING:
    from shamir_mnemonic import Share

WHAT = "SLIP-39 shares"


@dataclasses.dataclass(frozen=True)
class ShareInfo:
    """The public parameters of one share (no share value)."""

    identifier: int
    group_index: int
    group_threshold: int
    group_count: int
    member_index: int
    member_threshold: int
    extendable: bool
    iteration_exponent: int


def _words_known(words: list[str]) -> list[int]:
    from shamir_mnemonic.wordlist import WORD_INDEX_MAP

    return [i for i, w in enumerate(words, start=1) if w not in WORD_INDEX_MAP]


def _decode_share(text: str, position: int) -> Share:
    """One share, checked; errors name the share position and word positions only."""
    from shamir_mnemonic import MnemonicError, Share

    from coldsign.keys.seed import normalize_words

    what = f"SLIP-39 share {position}"
    words = normalize_words(text)
    if not words:
        raise DecodeError(what, "no words")
    unknown = _words_known(words)
    if unknown:
        where = ", ".join(str(i) for i in unknown)
        plural = "s" if len(unknown) > 1 else ""
        raise DecodeError(what, f"word{plural} at position{plural} {where} not in the SLIP-39 list")
    try:
        return Share.from_mnemonic(" ".join(words))
    except MnemonicError as exc:
        raise DecodeError(what, _safe_reason(str(exc), len(words))) from None
    except (ValueError, IndexError, OverflowError):
        raise DecodeError(what, "not a valid share") from None


def _safe_reason(message: str, word_count: int) -> str:
    """Our own wording for a library error (whose text may quote words)."""
    lowered = message.lower()
    if "checksum" in lowered:
        return "checksum mismatch (a word is wrong or out of order)"
    if "padding" in lowered:
        return "invalid padding"
    if "length" in lowered:
        return f"{word_count} words is not a valid share length"
    if "group threshold" in lowered:
        return "group threshold greater than group count"
    return "not a valid share"


def share_info(share: str) -> ShareInfo:
    """Public parameters of one share; DecodeError if it does not decode."""
    decoded = _decode_share(share, 1)
    return ShareInfo(
        identifier=decoded.identifier,
        group_index=decoded.group_index,
        group_threshold=decoded.group_threshold,
        group_count=decoded.group_count,
        member_index=decoded.index,
        member_threshold=decoded.member_threshold,
        extendable=decoded.extendable,
        iteration_exponent=decoded.iteration_exponent,
    )


def combine_shares(shares: Sequence[str], passphrase: Passphrase | None = None) -> Seed:
    """Recover the master secret (a BIP-32 seed) from enough SLIP-39 shares.

    DecodeError when a share is malformed, the shares come from different sets, there are too few
    (the message says how many more are needed), or the digest does not verify (a wrong share).
    Extra shares beyond the thresholds are allowed; the library is given exactly the thresholds.
    """
    from shamir_mnemonic import MnemonicError
    from shamir_mnemonic.shamir import combine_mnemonics

    if not shares:
        raise DecodeError(WHAT, "no shares given")
    decoded = [_decode_share(text, i) for i, text in enumerate(shares, start=1)]
    first = decoded[0]
    for position, share in enumerate(decoded[1:], start=2):
        if share.common_parameters() != first.common_parameters():
            raise DecodeError(
                WHAT,
                f"share {position} belongs to a different set than share 1 (identifier, "
                "iteration exponent, group threshold or group count differ)",
            )
    groups: dict[int, dict[int, tuple[int, Share]]] = {}
    for position, share in enumerate(decoded, start=1):
        members = groups.setdefault(share.group_index, {})
        for other_position, other in members.values():
            if other.member_threshold != share.member_threshold:
                raise DecodeError(
                    WHAT,
                    f"shares {other_position} and {position} disagree on their group's member "
                    "threshold",
                )
        if share.index in members:
            other_position, other = members[share.index]
            if other.value != share.value:
                raise DecodeError(
                    WHAT, f"shares {other_position} and {position} have the same member index"
                )
            continue  # the same share given twice
        members[share.index] = (position, share)
    complete = {
        g: m for g, m in groups.items() if len(m) >= next(iter(m.values()))[1].member_threshold
    }
    if len(complete) < first.group_threshold:
        missing = []
        for g, members in sorted(groups.items()):
            need = next(iter(members.values()))[1].member_threshold - len(members)
            if need > 0:
                missing.append(f"group {g + 1} needs {need} more")
        groups_needed = first.group_threshold - len(complete)
        detail = f"; {', '.join(missing)}" if missing else ""
        raise DecodeError(
            WHAT,
            f"too few shares: {first.group_threshold} complete group(s) needed, "
            f"{len(complete)} given ({groups_needed} more needed{detail})",
        )
    chosen: list[str] = []
    for _, members in sorted(complete.items())[: first.group_threshold]:
        threshold = next(iter(members.values()))[1].member_threshold
        for _, (_, share) in sorted(members.items())[:threshold]:
            chosen.append(share.mnemonic())
    secret = passphrase.reveal().encode("utf-8") if passphrase is not None else b""
    try:
        master = combine_mnemonics(chosen, secret)
    except MnemonicError:
        raise DecodeError(
            WHAT, "the shares do not combine (digest mismatch: a share is wrong)"
        ) from None
    except (ValueError, IndexError):
        raise DecodeError(WHAT, "the shares do not combine") from None
    if len(master) < 16:
        raise DecodeError(WHAT, f"master secret of {len(master)} bytes is too short")
    return Seed(master)


def split_secret(
    master: Secret,
    group_threshold: int,
    groups: Sequence[tuple[int, int]],
    passphrase: Passphrase | None = None,
    *,
    extendable: bool = True,
    iteration_exponent: int = 1,
) -> list[list[str]]:
    """Split `master` (16+ bytes, even length) into SLIP-39 share groups [(threshold, count), ...].

    Returns one list of share mnemonics per group. ValueError for impossible parameters.
    """
    from shamir_mnemonic import MnemonicError
    from shamir_mnemonic.shamir import generate_mnemonics

    material = master.reveal_material()  # a Secret of any kind: a Seed or raw entropy
    secret = passphrase.reveal().encode("utf-8") if passphrase is not None else b""
    try:
        groups_out = generate_mnemonics(
            group_threshold,
            list(groups),
            material,
            secret,
            extendable=extendable,
            iteration_exponent=iteration_exponent,
        )
    except MnemonicError as exc:
        raise ValueError(f"cannot split: {exc}") from None
    return [[str(share) for share in group] for group in groups_out]
