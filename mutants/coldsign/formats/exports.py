"""Watch-only wallet exports for the software a custody setup already runs (pure: no I/O).

Two kinds of source:
- a wallet (descriptor, or a policy wallet): `export_wallet` writes descriptor, core, sparrow,
  ur-output, coldcard-multisig, bsms (round 2), ur-hdkey / ur-account (single-key wallets);
- a seed's account, as public keys the caller derives (`AccountKeys`): `export_account` writes
  coldcard (generic JSON), ur-account, ur-hdkey, metamask, bsms (round 1, signed), and the
  descriptor-based formats for one single-signature kind.

Every result says what it is (`kind`: text, json or a registry UR's CBOR) so the caller can write
it as a file (UR formats as their `ur:` text) or show it as QR codes.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Callable
from typing import Literal

from coldsign.chains.bitcoin.wallet import Wallet
from coldsign.codec.bip32 import HARDENED, ExtendedPublicKey, KeyOrigin
from coldsign.codec.descriptor import (
    Descriptor,
    DescriptorKind,
    KeyExpression,
    descriptor_from_keys,
)
from coldsign.formats import bsms, coldcard, core, erc4527
from coldsign.formats import ur_registry as R
from coldsign.formats.signed_export import MessageSigner
from coldsign.transport import ur
from coldsign.units import Network

BRANCHES = ((0, 1),)


class ExportFormat(enum.Enum):
    DESCRIPTOR = "descriptor"
    CORE = "core"
    COLDCARD = "coldcard"
    COLDCARD_MULTISIG = "coldcard-multisig"
    BSMS = "bsms"
    UR_OUTPUT = "ur-output"
    UR_ACCOUNT = "ur-account"
    UR_HDKEY = "ur-hdkey"
    METAMASK = "metamask"
    SPARROW = "sparrow"


# Single-signature kinds by BIP purpose, and the BIP-48 script type of multisig kinds.
SINGLE_SIG: dict[str, tuple[int, DescriptorKind]] = {
    "pkh": (44, DescriptorKind.PKH),
    "sh-wpkh": (49, DescriptorKind.SH_WPKH),
    "wpkh": (84, DescriptorKind.WPKH),
    "tr": (86, DescriptorKind.TR),
}
MULTISIG: dict[str, tuple[int, DescriptorKind]] = {
    "wsh-sortedmulti": (2, DescriptorKind.WSH_SORTEDMULTI),
    "sh-wsh-sortedmulti": (1, DescriptorKind.SH_WSH_SORTEDMULTI),
}


@dataclasses.dataclass(frozen=True)
class Exported:
    """An export: its bytes, what they are, and the file name it is written under by default.
    For a registry UR (`kind` cbor), `data` is the CBOR body of `ur:<ur_type>`."""

    data: bytes
    kind: Literal["text", "json", "cbor"]
    filename: str
    ur_type: str | None = None

    def file_bytes(self) -> bytes:
        """What a file holds: the data, or for a registry UR its single-part `ur:` string."""
        if self.kind != "cbor":
            return self.data
        assert self.ur_type is not None
        return (ur.encode(ur.UR(self.ur_type, self.data)) + "\n").encode()


@dataclasses.dataclass(frozen=True)
class ExportOptions:
    name: str = "coldsign"
    timestamp: int | Literal["now"] = 0
    range_end: int = core.DEFAULT_RANGE_END
    generation: R.Generation = R.Generation.V1
    token: bsms.Token = dataclasses.field(default_factory=bsms.Token)
    # crypto-account (v1) profile. "keystone" (default): what Keystone's registry (0.8, used by
    # the wallets built on it) reads: outputs without the 308 tag, cosigner keys without tag
    # 410 and no tr() output, since it knows none of them. "bcr": BCR-2020-015 as written
    # (308, 410, tr()). Sparrow's Hummingbird reads both.
    profile: Literal["keystone", "bcr"] = "keystone"

    @property
    def cosigner_tag(self) -> bool:
        return self.profile == "bcr" or self.generation is R.Generation.V2


class ExportUnsupported(ValueError):
    """This format cannot be written from this source (the CLI reports a usage error)."""


def _ur(
    value: R.HDKey | R.OutputDescriptor | R.Account, opts: ExportOptions, stem: str
) -> Exported:
    generation = opts.generation
    if isinstance(value, R.HDKey):
        return Exported(R.encode_hdkey(value, generation), "cbor", f"{stem}.ur.txt",
                        generation.ur_type("hdkey"))  # fmt: skip
    if isinstance(value, R.OutputDescriptor):
        return Exported(R.encode_output(value, generation), "cbor", f"{stem}.ur.txt",
                        generation.ur_type("output"))  # fmt: skip
    # v1: cosigner keys in the form Keystone's registry reads (no tag 410); see ur_registry.
    strict = opts.cosigner_tag
    body = R.encode_account(value, generation, cosigner_tag=strict, output_tag=strict)
    return Exported(body, "cbor", f"{stem}.ur.txt", generation.ur_type("account"))


def _account_key(key: KeyExpression) -> KeyExpression:
    return dataclasses.replace(key, path=(), wildcard=False)


def export_wallet(wallet: Wallet, fmt: ExportFormat, opts: ExportOptions) -> Exported:
    """An export of a watch-only wallet. ExportUnsupported for formats that need the seed or
    a wallet of another shape (e.g. coldcard-multisig of a single-key wallet)."""
    stem = opts.name
    descriptor = _merged(wallet)
    if fmt is ExportFormat.DESCRIPTOR:
        return Exported((wallet.descriptor_string() + "\n").encode(), "text", f"{stem}.txt")
    if fmt is ExportFormat.CORE:
        requests = core.import_requests(wallet, timestamp=opts.timestamp, range_end=opts.range_end)
        return Exported(core.encode_import(requests), "json", f"{stem}-core.json")
    if fmt is ExportFormat.SPARROW:
        return Exported(core.sparrow_descriptor_file(wallet), "text", f"{stem}-sparrow.txt")
    if fmt is ExportFormat.UR_OUTPUT:
        name = opts.name if opts.generation is R.Generation.V2 else None
        branch = 0 if opts.generation is R.Generation.V1 and descriptor.is_multipath else None
        output = R.output_from_descriptor(descriptor, opts.generation, name=name, branch=branch)
        return _ur(output, opts, f"{stem}-output")
    if fmt is ExportFormat.COLDCARD_MULTISIG:
        try:
            text = coldcard.encode_multisig_file(descriptor, opts.name)
        except ValueError as exc:
            raise ExportUnsupported(str(exc)) from None
        return Exported(text, "text", f"{stem}-coldcard.txt")
    if fmt is ExportFormat.BSMS:
        if not descriptor.kind.is_multisig:
            raise ExportUnsupported("a BSMS descriptor record describes a multisig wallet")
        record = bsms.encode_descriptor_record(descriptor, wallet.network)
        if opts.token.encrypted:
            return Exported(bsms.encrypt(record, opts.token), "text", f"{stem}.dat")
        return Exported(record, "text", f"{stem}.bsms")
    if fmt in (ExportFormat.UR_HDKEY, ExportFormat.UR_ACCOUNT):
        if len(descriptor.keys) != 1 or descriptor.keys[0].xpub is None:
            raise ExportUnsupported(f"{fmt.value} needs a wallet of one extended key")
        key = descriptor.keys[0]
        if fmt is ExportFormat.UR_HDKEY:
            return _ur(R.hdkey_from_key_expression(_account_key(key)), opts, f"{stem}-hdkey")
        if key.origin is None:
            raise ExportUnsupported("ur-account needs the key's origin (master fingerprint)")
        single = descriptor_from_keys(descriptor.kind, [_account_key(key)])
        output = R.output_from_descriptor(single, opts.generation)
        return _ur(R.Account(key.origin.fingerprint, (output,)), opts, f"{stem}-account")
    raise ExportUnsupported(f"{fmt.value} is written from the seed (give --account, not a wallet)")


def _merged(wallet: Wallet) -> Descriptor:
    from coldsign.codec.descriptor import parse_descriptor

    return parse_descriptor(wallet.descriptor_string())


# --------------------------------------------------------------------------- from a seed


@dataclasses.dataclass(frozen=True)
class AccountKeys:
    """Public keys of one seed account: `xpub_at(path)` derives (the caller holds the seed)."""

    master: ExtendedPublicKey
    network: Network
    account: int
    xpub_at: Callable[[tuple[int, ...]], ExtendedPublicKey]

    @property
    def fingerprint(self) -> bytes:
        return self.master.fingerprint

    def key(self, path: tuple[int, ...]) -> KeyExpression:
        return KeyExpression(KeyOrigin(self.fingerprint, path), xpub=self.xpub_at(path))

    def single_sig_path(self, purpose: int) -> tuple[int, ...]:
        return (purpose + HARDENED, self.network.coin_type + HARDENED, self.account + HARDENED)

    def multisig_path(self, script_type: int) -> tuple[int, ...]:
        return (*self.single_sig_path(48), script_type + HARDENED)

    def path_for(self, kind: str) -> tuple[int, ...]:
        if kind in SINGLE_SIG:
            return self.single_sig_path(SINGLE_SIG[kind][0])
        if kind in MULTISIG:
            return self.multisig_path(MULTISIG[kind][0])
        raise ValueError(f"unknown kind {kind!r}")

    def single_sig_wallet(self, kind: str) -> Wallet:
        if kind not in SINGLE_SIG:
            raise ExportUnsupported(f"{kind} is a multisig kind: export the wallet's descriptor")
        key = dataclasses.replace(self.key(self.path_for(kind)), path=BRANCHES, wildcard=True)
        descriptor = descriptor_from_keys(SINGLE_SIG[kind][1], [key])
        return Wallet([descriptor], self.network)


def account_outputs(keys: AccountKeys, *, taproot: bool = True) -> R.Account:
    """The outputs a crypto-account of this account lists (BCR-2020-015's set, in its order):
    pkh, sh(wpkh), wpkh, sh(cosigner) at m/45' (account 0), sh(wsh(cosigner)), wsh(cosigner), and
    tr unless `taproot` is False."""
    rows: list[tuple[str, tuple[int, ...]]] = [
        ("pkh(@0)", keys.single_sig_path(44)),
        ("sh(wpkh(@0))", keys.single_sig_path(49)),
        ("wpkh(@0)", keys.single_sig_path(84)),
    ]
    if keys.account == 0:
        rows.append(("sh(cosigner(@0))", (45 + HARDENED,)))
    rows += [
        ("sh(wsh(cosigner(@0)))", keys.multisig_path(1)),
        ("wsh(cosigner(@0))", keys.multisig_path(2)),
    ]
    if taproot:
        rows.append(("tr(@0)", keys.single_sig_path(86)))
    outputs = tuple(
        R.OutputDescriptor(source, (R.hdkey_from_key_expression(keys.key(path)),))
        for source, path in rows
    )
    return R.Account(keys.fingerprint, outputs)


def export_account(
    keys: AccountKeys,
    fmt: ExportFormat,
    opts: ExportOptions,
    *,
    kind: str = "wpkh",
    path: tuple[int, ...] | None = None,
    signer_for: Callable[[tuple[int, ...]], MessageSigner] | None = None,
) -> Exported:
    """An export of a seed's account (public keys only). `kind` picks the single-signature
    wallet for descriptor-based formats and the key for ur-hdkey / bsms; `path` overrides the
    ur-hdkey path; `signer_for(path)` signs a BSMS key record with the key at `path`."""
    stem = opts.name
    if fmt is ExportFormat.COLDCARD:
        data = coldcard.generic_export(keys.master, keys.xpub_at, keys.network, keys.account)
        return Exported(data, "json", f"{stem}-coldcard.json")
    if fmt is ExportFormat.UR_ACCOUNT:
        listed = account_outputs(keys, taproot=opts.cosigner_tag)
        return _ur(listed, opts, f"{stem}-account")
    if fmt is ExportFormat.METAMASK:
        account = keys.xpub_at(erc4527.ACCOUNT_PATH)
        hdkey = erc4527.metamask_hdkey(account, keys.fingerprint, name=opts.name)
        return Exported(R.encode_hdkey(hdkey, R.Generation.V1), "cbor", f"{stem}-metamask.ur.txt",
                        "crypto-hdkey")  # fmt: skip
    if fmt is ExportFormat.UR_HDKEY:
        key_path = path if path is not None else keys.path_for(kind)
        return _ur(R.hdkey_from_key_expression(keys.key(key_path)), opts, f"{stem}-hdkey")
    if fmt is ExportFormat.BSMS:
        if kind not in MULTISIG:
            raise ExportUnsupported("a BSMS key record is for a multisig kind (--type)")
        if signer_for is None:
            raise ExportUnsupported("a BSMS key record must be signed by its key")
        key_path = keys.path_for(kind)
        record = bsms.make_key_record(opts.token, keys.key(key_path), opts.name,
                                      signer_for(key_path))  # fmt: skip
        if opts.token.encrypted:
            return Exported(bsms.encrypt(record.encode(), opts.token), "text", f"{stem}-key.dat")
        return Exported(record.encode(), "text", f"{stem}-key.bsms")
    if fmt is ExportFormat.COLDCARD_MULTISIG:
        raise ExportUnsupported("a multisig setup file is written from the wallet's descriptor")
    return export_wallet(keys.single_sig_wallet(kind), fmt, opts)
