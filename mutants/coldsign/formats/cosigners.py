"""Cosigner keys from the files and QR codes devices export, checked before they join a wallet.

Sources: Coldcard `ccxp-<XFP>.json` and generic JSON exports, Coldcard multisig setup files,
`ur:crypto-hdkey` / `ur:hdkey`, `ur:crypto-account` / `ur:account-descriptor` (the cosigner output
of the wanted script type), and BIP-129 key records. Every key is checked the same way:

- its origin must agree with the xpub: depth = path length, the child number = the path's last
  step, a depth-1 key's parent fingerprint = the origin's fingerprint, a depth-0 key's own
  fingerprint = the origin's (AuthenticationError, exit 5);
- it must not repeat another cosigner's key: the same point (public key), compared as points and
  never as text (an xpub and a tpub, or two serializations, of one key are one key), or one key
  being a non-hardened child of another (whoever holds the parent holds the child), or two keys
  from one master fingerprint (one seed) — any of these lets one person fill two slots of an
  M-of-N wallet (AuthenticationError, exit 5).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from coldsign.codec.bip32 import HARDENED, ExtendedPublicKey, key_family
from coldsign.codec.descriptor import (
    Descriptor,
    DescriptorKind,
    KeyExpression,
    descriptor_from_keys,
)
from coldsign.errors import AuthenticationError, DecodeError
from coldsign.formats import bsms, coldcard
from coldsign.formats import ur_registry as R
from coldsign.units import Network

MULTISIG_KINDS = (
    DescriptorKind.WSH_SORTEDMULTI,
    DescriptorKind.SH_WSH_SORTEDMULTI,
    DescriptorKind.SH_SORTEDMULTI,
)
# What a crypto-account calls the cosigner output of each kind (BCR-2020-015).
_ACCOUNT_SOURCE = {
    DescriptorKind.WSH_SORTEDMULTI: "wsh(cosigner(@0))",
    DescriptorKind.SH_WSH_SORTEDMULTI: "sh(wsh(cosigner(@0)))",
    DescriptorKind.SH_SORTEDMULTI: "sh(cosigner(@0))",
}
BRANCHES = ((0, 1),)


@dataclasses.dataclass(frozen=True)
class Cosigner:
    """One cosigner's account key `[fingerprint/path]xpub` and where it came from."""

    key: KeyExpression
    source: str

    @property
    def xpub(self) -> ExtendedPublicKey:
        assert self.key.xpub is not None
        return self.key.xpub

    def wallet_key(self) -> KeyExpression:
        """The key as it goes into the descriptor: `[origin]xpub/<0;1>/*`."""
        return dataclasses.replace(self.key, path=BRANCHES, wildcard=True)

    def text(self) -> str:
        return self.wallet_key().to_string()


def check_origin(key: KeyExpression, what: str) -> None:
    """An xpub's origin must agree with what the xpub itself says (AuthenticationError)."""
    if key.xpub is None:
        raise DecodeError(what, "a cosigner gives an xpub (a single key cannot make a wallet)")
    if key.origin is None:
        raise DecodeError(what, "needs its key origin [fingerprint/path]")
    xpub, origin = key.xpub, key.origin
    problems = []
    if xpub.depth != len(origin.path):
        problems.append(
            f"{what}: the xpub is at depth {xpub.depth} but its origin path has "
            f"{len(origin.path)} steps"
        )
    elif origin.path and xpub.child_number != origin.path[-1]:
        problems.append(f"{what}: the xpub's child number is not the origin path's last step")
    elif xpub.depth == 1 and xpub.parent_fingerprint != origin.fingerprint:
        problems.append(f"{what}: the xpub's parent is not the origin's master fingerprint")
    elif xpub.depth == 0 and xpub.fingerprint != origin.fingerprint:
        problems.append(f"{what}: a master key whose fingerprint is not the origin's")
    if problems:
        raise AuthenticationError(problems)


def _is_child(child: ExtendedPublicKey, parent: ExtendedPublicKey) -> bool:
    return (
        child.depth == parent.depth + 1
        and child.parent_fingerprint == parent.fingerprint
        and child.child_number < HARDENED
        and parent.derive(child.child_number).public_key == child.public_key
    )


def check_distinct(cosigners: Sequence[Cosigner]) -> None:
    """No two cosigners may be one signer (see the module docstring). AuthenticationError."""
    problems = []
    for i, a in enumerate(cosigners):
        for j in range(i):
            b = cosigners[j]
            pair = f"cosigner {j + 1} ({b.source}) and cosigner {i + 1} ({a.source})"
            if a.xpub.public_key == b.xpub.public_key:
                problems.append(f"{pair} are the same public key")
            elif _is_child(a.xpub, b.xpub) or _is_child(b.xpub, a.xpub):
                problems.append(f"{pair}: one key is a child of the other")
            else:
                fa, fb = a.key.origin, b.key.origin
                if fa is not None and fb is not None and fa.fingerprint == fb.fingerprint:
                    problems.append(
                        f"{pair} come from one seed (master fingerprint {fa.fingerprint.hex()})"
                    )
    if problems:
        raise AuthenticationError(problems)


def check_network(cosigner: Cosigner, network: Network) -> None:
    if cosigner.xpub.network is not key_family(network):
        raise DecodeError(cosigner.source, f"is a key for another network than {network.value}")


def from_key_expression(text: str, what: str) -> Cosigner:
    """A key typed or pasted as `[fingerprint/path]xpub` (optionally followed by `/<0;1>/*`)."""
    from coldsign.codec.descriptor import parse_key_expression

    key = parse_key_expression(text.strip(), what=what)
    if key.path or key.wildcard:
        if not (key.wildcard and key.path in (((0, 1),), ((0,),))):
            raise DecodeError(what, "give the account key alone, or followed by /<0;1>/*")
        key = dataclasses.replace(key, path=(), wildcard=False)
    check_origin(key, what)
    return Cosigner(key, what)


def from_hdkey(hdkey: R.HDKey, what: str) -> Cosigner:
    """An account key from a crypto-hdkey (its children template, if any, is replaced by <0;1>/*)."""
    if hdkey.origin is None or hdkey.origin.source_fingerprint is None:
        raise DecodeError(what, "the hdkey does not name its origin (source fingerprint and path)")
    expression = hdkey.to_key_expression()
    key = dataclasses.replace(expression, path=(), wildcard=False)
    check_origin(key, what)
    return Cosigner(key, what)


def from_registry(ur_type: str, cbor: bytes, kind: DescriptorKind) -> Cosigner:
    """The cosigner key in a wallet UR: an hdkey, or an account's cosigner output for `kind`."""
    what = f"ur:{ur_type}"
    decoded = R.decode_registry_ur(ur_type, cbor)
    if isinstance(decoded, R.HDKey):
        return from_hdkey(decoded, what)
    outputs = decoded.outputs if isinstance(decoded, R.Account) else (decoded,)
    wanted = _ACCOUNT_SOURCE.get(kind)
    if wanted is None:
        raise DecodeError(what, f"cosigner keys are for multisig wallets, not {kind.value}")
    for output in outputs:
        if output.source == wanted and isinstance(output.keys[0], R.HDKey):
            return from_hdkey(output.keys[0], f"{what} {wanted.replace('@0', 'key')}")
    raise DecodeError(what, f"has no cosigner key for {kind.value}")


def from_file(data: bytes, kind: DescriptorKind, name: str) -> list[Cosigner]:
    """Every cosigner key a file offers for `kind`: one from a ccxp, generic JSON or UR text
    file, all of them from a Coldcard multisig setup file. (BIP-129 key records are read by
    `coldsign.formats.bsms`, which also checks their signature.) DecodeError for other files."""
    text = data.strip()
    if text[:1] == b"{":
        from coldsign.codec.jsontext import loads

        body = loads(text, name, unique_keys=True)
        if isinstance(body, dict) and coldcard.looks_like_ccxp(body):
            key = coldcard.cosigner_from_ccxp(text, kind)
        elif isinstance(body, dict) and coldcard.looks_like_generic(body):
            key = coldcard.cosigner_from_generic(text, kind)
        else:
            raise DecodeError(
                name, "a JSON file that is neither a Coldcard ccxp nor a generic export"
            )
        expression = dataclasses.replace(key.key_expression(), path=(), wildcard=False)
        check_origin(expression, f"{name} ({key.source})")
        return [Cosigner(expression, f"{name} ({key.source.split()[-1]})")]
    if text[:3].lower() == b"ur:":
        from coldsign.transport import ur

        try:
            parsed = ur.decode(text.decode("ascii"))
        except UnicodeDecodeError:
            raise DecodeError(name, "not ASCII") from None
        return [dataclasses.replace(from_registry(parsed.type, parsed.cbor, kind), source=name)]
    if b"Policy:" in text or b"Derivation:" in text:
        setup = coldcard.decode_multisig_file(data)
        if coldcard.FORMATS[setup.format][0] is not kind:
            raise DecodeError(name, f"is a {setup.format} wallet, not {kind.value}")
        out = []
        for key in setup.keys:
            expression = dataclasses.replace(key.key_expression(), path=(), wildcard=False)
            check_origin(expression, f"{name} {key.source}")
            out.append(Cosigner(expression, f"{name} {key.source}"))
        return out
    raise DecodeError(name, "not a Coldcard export, multisig file, UR or BSMS key record")


def from_bsms(record: bsms.KeyRecord, what: str) -> Cosigner:
    """The key of a BIP-129 key record whose signature the caller has verified."""
    check_origin(record.key, what)
    return Cosigner(record.key, what)


def assemble(
    cosigners: Sequence[Cosigner], threshold: int, kind: DescriptorKind, network: Network
) -> Descriptor:
    """The M-of-N sortedmulti wallet of `cosigners` (each checked, then all checked together)."""
    if kind not in MULTISIG_KINDS:
        raise ValueError("assemble builds sortedmulti wallets")
    if len(cosigners) < 2:
        raise DecodeError("cosigners", "a multisig wallet needs at least two keys")
    if not 1 <= threshold <= len(cosigners):
        raise DecodeError(
            "cosigners", f"threshold {threshold} is not between 1 and {len(cosigners)}"
        )
    for cosigner in cosigners:
        check_network(cosigner, network)
        check_origin(cosigner.key, cosigner.source)
    check_distinct(cosigners)
    return descriptor_from_keys(kind, [c.wallet_key() for c in cosigners], threshold)
