"""Coldcard's wallet files: the generic JSON export, the multisig setup file and the cosigner
XPUB export (`ccxp-<XFP>.json`), as Coldcard's firmware writes and reads them.

- Generic JSON (Advanced/Tools > Export Wallet > Generic JSON): master xfp and xpub, then one
  section per standard account (bip44, bip49, bip84; bip48_1, bip48_2 and, for account 0, bip45
  multisig templates) with the account key's own fingerprint, path, xpub, a descriptor, the
  SLIP-132 form and the first address. Written byte for byte as the firmware does.
- Multisig setup file: `Name`, `Policy: M of N`, `Format`, `Derivation` and `XFP: xpub` lines;
  keys derive `/0/*` (receive) and `/1/*` (change) below each xpub.
- ccxp: a cosigner's keys for P2SH (m/45'), P2SH-P2WSH (m/48'/c'/a'/1') and P2WSH (m/48'/c'/a'/2').

Readers are total (DecodeError only); xfps are written upper case, as Coldcard does.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable
from typing import Any

from coldsign.codec.bip32 import (
    HARDENED,
    ExtendedPublicKey,
    KeyOrigin,
    format_path,
    parse_extended_public_key,
    parse_path,
)
from coldsign.codec.descriptor import (
    Descriptor,
    DescriptorKind,
    KeyExpression,
    descriptor_from_keys,
)
from coldsign.codec.jsontext import loads
from coldsign.errors import DecodeError
from coldsign.units import Network

MAX_FILE = 64 * 1024
MAX_NAME = 20  # Coldcard's limit for a multisig wallet name
BRANCHES = ((0, 1),)  # Coldcard multisig keys derive <0;1>/*

# SLIP-132 versions Coldcard writes in `_pub` fields and ccxp files: (mainnet, testnet).
SLIP132 = {
    "p2sh-p2wpkh": (bytes.fromhex("049d7cb2"), bytes.fromhex("044a5262")),  # ypub / upub
    "p2wpkh": (bytes.fromhex("04b24746"), bytes.fromhex("045f1cf6")),  # zpub / vpub
    "p2sh-p2wsh": (bytes.fromhex("0295b43f"), bytes.fromhex("024289ef")),  # Ypub / Upub
    "p2wsh": (bytes.fromhex("02aa7ed3"), bytes.fromhex("02575483")),  # Zpub / Vpub
}

# Multisig address formats: Coldcard's name -> descriptor kind, BIP-48 script type, ccxp key
FORMATS: dict[str, tuple[DescriptorKind, int | None, str]] = {
    "P2SH": (DescriptorKind.SH_SORTEDMULTI, None, "p2sh"),
    "P2SH-P2WSH": (DescriptorKind.SH_WSH_SORTEDMULTI, 1, "p2sh_p2wsh"),
    "P2WSH": (DescriptorKind.WSH_SORTEDMULTI, 2, "p2wsh"),
}
_FORMAT_ALIASES = {"P2WSH-P2SH": "P2SH-P2WSH", "P2SH_P2WSH": "P2SH-P2WSH"}


def chain_code(network: Network) -> str:
    """Coldcard's chain names: BTC, XTN (testnet and signet), XRT (regtest)."""
    return {Network.MAINNET: "BTC", Network.REGTEST: "XRT"}.get(network, "XTN")


def _xfp(fingerprint: bytes) -> str:
    return fingerprint.hex().upper()


# --------------------------------------------------------------------------- generic JSON


def generic_export(
    master: ExtendedPublicKey,
    xpub_at: Callable[[tuple[int, ...]], ExtendedPublicKey],
    network: Network,
    account: int,
) -> bytes:
    """The generic JSON export of `account` (the firmware's bytes: one line, no newline).

    `master` is the master public key (depth 0); `xpub_at(path)` gives the public key at a
    hardened path (the caller holds the seed). Sections follow the firmware: bip44, bip49, bip84,
    bip48_1, bip48_2, and bip45 for account 0 only.
    """
    if not 0 <= account < HARDENED:
        raise ValueError("account out of range")
    coin = network.coin_type
    fingerprint = master.fingerprint
    body: dict[str, Any] = {
        "chain": chain_code(network),
        "xfp": _xfp(fingerprint),
        "account": account,
        "xpub": master.to_string(),
    }
    single = (
        ("bip44", "p2pkh", 44, DescriptorKind.PKH),
        ("bip49", "p2sh-p2wpkh", 49, DescriptorKind.SH_WPKH),
        ("bip84", "p2wpkh", 84, DescriptorKind.WPKH),
    )
    for section, name, purpose, kind in single:
        path: tuple[int, ...] = (purpose + HARDENED, coin + HARDENED, account + HARDENED)
        xpub = xpub_at(path)
        key = KeyExpression(KeyOrigin(fingerprint, path), xpub=xpub, path=BRANCHES, wildcard=True)
        descriptor = descriptor_from_keys(kind, [key])
        entry: dict[str, Any] = {
            "name": name,
            "xfp": _xfp(xpub.fingerprint),
            "deriv": format_path(path),
            "xpub": xpub.to_string(),
            "desc": descriptor.to_string(),
        }
        if name in SLIP132:
            entry["_pub"] = xpub.to_string(SLIP132[name][0 if network is Network.MAINNET else 1])
        entry["first"] = descriptor.derive(0, 0).address(network)
        body[section] = entry
    multisig: list[tuple[str, str, tuple[int, ...], str]] = [
        ("bip48_1", "p2sh-p2wsh", (48, coin, account, 1), "sh(wsh(sortedmulti(M,{key}/0/*,...)))"),
        ("bip48_2", "p2wsh", (48, coin, account, 2), "wsh(sortedmulti(M,{key}/0/*,...))"),
    ]
    if account == 0:
        multisig.append(("bip45", "p2sh", (45,), "sh(sortedmulti(M,{key}/0/*,...))"))
    for section, name, steps, template in multisig:
        path = tuple(step + HARDENED for step in steps)
        xpub = xpub_at(path)
        key_text = f"[{KeyOrigin(fingerprint, path)}]{xpub.to_string()}"
        entry = {
            "name": name,
            "xfp": _xfp(xpub.fingerprint),
            "deriv": format_path(path),
            "xpub": xpub.to_string(),
            "desc": template.format(key=key_text),
        }
        if name in SLIP132:
            entry["_pub"] = xpub.to_string(SLIP132[name][0 if network is Network.MAINNET else 1])
        body[section] = entry
    return json.dumps(body).encode()


@dataclasses.dataclass(frozen=True)
class CosignerKey:
    """A key a cosigner's file offers for one script type, with the origin it claims."""

    origin: KeyOrigin
    xpub: ExtendedPublicKey
    source: str  # which file section it came from, for messages

    def key_expression(self) -> KeyExpression:
        return KeyExpression(self.origin, xpub=self.xpub, path=BRANCHES, wildcard=True)


def _object(data: bytes, what: str) -> dict[str, Any]:
    if len(data) > MAX_FILE:
        raise DecodeError(what, f"larger than {MAX_FILE} bytes")
    value = loads(data, what, unique_keys=True)
    if not isinstance(value, dict):
        raise DecodeError(what, "not a JSON object")
    return value


def _string(obj: dict[str, Any], key: str, what: str) -> str:
    value = obj.get(key)
    if not isinstance(value, str) or not 0 < len(value) <= 200:
        raise DecodeError(what, f"{key!r} is missing or not a short string")
    return value


def _fingerprint_text(text: str, what: str) -> bytes:
    if not re.fullmatch(r"[0-9A-Fa-f]{8}", text):
        raise DecodeError(what, "xfp is not 8 hex digits")
    return bytes.fromhex(text)


def _key(xfp: bytes, deriv: str, xpub_text: str, what: str) -> CosignerKey:
    path = parse_path(deriv)
    try:
        xpub = parse_extended_public_key(xpub_text)
    except DecodeError as exc:
        raise DecodeError(what, exc.reason) from None
    return CosignerKey(KeyOrigin(xfp, path), xpub, what)


# Generic JSON section for each multisig format, and for single-signature kinds.
_GENERIC_SECTIONS = {
    DescriptorKind.SH_SORTEDMULTI: "bip45",
    DescriptorKind.SH_WSH_SORTEDMULTI: "bip48_1",
    DescriptorKind.WSH_SORTEDMULTI: "bip48_2",
    DescriptorKind.PKH: "bip44",
    DescriptorKind.SH_WPKH: "bip49",
    DescriptorKind.WPKH: "bip84",
}


def cosigner_from_generic(data: bytes, kind: DescriptorKind) -> CosignerKey:
    """The key a generic JSON export offers for `kind` (bip48_2 for wsh(sortedmulti), ...)."""
    what = "Coldcard generic export"
    body = _object(data, what)
    xfp = _fingerprint_text(_string(body, "xfp", what), what)
    section_name = _GENERIC_SECTIONS.get(kind)
    if section_name is None:
        raise DecodeError(what, f"has no key for {kind.value}")
    section = body.get(section_name)
    if not isinstance(section, dict):
        raise DecodeError(what, f"has no {section_name} section (needed for {kind.value})")
    where = f"{what} {section_name}"
    key = _key(xfp, _string(section, "deriv", where), _string(section, "xpub", where), where)
    own = section.get("xfp")
    if own is not None and (
        not isinstance(own, str) or _fingerprint_text(own, where) != key.xpub.fingerprint
    ):
        raise DecodeError(where, "its xfp is not the fingerprint of its xpub")
    return key


def cosigner_from_ccxp(data: bytes, kind: DescriptorKind) -> CosignerKey:
    """The key a `ccxp-<XFP>.json` multisig XPUB export offers for `kind`."""
    what = "Coldcard multisig XPUB export"
    body = _object(data, what)
    xfp = _fingerprint_text(_string(body, "xfp", what), what)
    by_kind = {k: v[2] for k, v in FORMATS.items()}
    wanted = next((field for name, field in by_kind.items() if FORMATS[name][0] is kind), None)
    if wanted is None:
        raise DecodeError(what, f"offers multisig keys only, not {kind.value}")
    where = f"{what} {wanted}"
    return _key(xfp, _string(body, f"{wanted}_deriv", where), _string(body, wanted, where), where)


def looks_like_generic(body: dict[str, Any]) -> bool:
    return "bip48_2" in body or "bip84" in body or "bip44" in body


def looks_like_ccxp(body: dict[str, Any]) -> bool:
    return "p2wsh_deriv" in body or "p2sh_deriv" in body or "p2sh_p2wsh_deriv" in body


# --------------------------------------------------------------------------- multisig setup file


@dataclasses.dataclass(frozen=True)
class MultisigSetup:
    """A Coldcard multisig setup file's content."""

    name: str
    threshold: int
    format: str  # P2SH, P2SH-P2WSH or P2WSH
    keys: tuple[CosignerKey, ...]

    def descriptor(self) -> Descriptor:
        """The wallet as a sortedmulti descriptor whose keys derive `<0;1>/*` (same checks as any
        descriptor: distinct keys, key limits)."""
        kind = FORMATS[self.format][0]
        return descriptor_from_keys(kind, [k.key_expression() for k in self.keys], self.threshold)


def encode_multisig_file(
    descriptor: Descriptor, name: str, *, created: str = "created by coldsign"
) -> bytes:
    """The setup file for a sortedmulti wallet whose keys all derive `/0/*` or `/<0;1>/*`.

    ValueError if Coldcard cannot express the wallet (multi, other templates, a key without
    origin, a name Coldcard refuses).
    """
    if not descriptor.kind.is_multisig or not descriptor.kind.is_sorted:
        raise ValueError("Coldcard multisig wallets are sortedmulti")
    if not name or len(name) > MAX_NAME or not all(" " <= c <= "~" for c in name):
        raise ValueError(f"the name must be 1 to {MAX_NAME} printable ASCII characters")
    fmt = next(n for n, v in FORMATS.items() if v[0] is descriptor.kind)
    lines = [f"# Coldcard Multisig setup file ({created})", "#", f"Name: {name}"]
    lines.append(f"Policy: {descriptor.threshold} of {len(descriptor.keys)}")
    if fmt != "P2SH":
        lines.append(f"Format: {fmt}")
    lines.append("")
    paths = []
    for key in descriptor.keys:
        if key.xpub is None or key.origin is None:
            raise ValueError("every key needs an xpub and its origin")
        if not key.wildcard or key.path not in (((0,),), ((0, 1),)):
            raise ValueError("Coldcard keys derive /0/* and /1/* below the xpub")
        paths.append(key.origin.path)
    shared = len(set(paths)) == 1
    if shared:
        lines += [f"Derivation: {format_path(paths[0], chr(39))}", ""]
    for key in descriptor.keys:
        assert key.xpub is not None and key.origin is not None
        if not shared:
            lines.append(f"Derivation: {format_path(key.origin.path, chr(39))}")
        lines.append(f"{_xfp(key.origin.fingerprint)}: {key.xpub.to_string()}")
    return ("\n".join(lines) + "\n").encode()


_LABEL_RE = re.compile(r"([A-Za-z ]+):\s*(.*)")
_KEY_LINE_RE = re.compile(r"([0-9A-Fa-f]{8})\s*:\s*(\S+)")


def decode_multisig_file(data: bytes) -> MultisigSetup:
    """Read a Coldcard multisig setup file (DecodeError naming the line for anything wrong)."""
    what = "Coldcard multisig file"
    if len(data) > MAX_FILE:
        raise DecodeError(what, f"larger than {MAX_FILE} bytes")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise DecodeError(what, "not UTF-8 text") from None
    name: str | None = None
    policy: tuple[int, int] | None = None
    fmt = "P2SH"
    derivation: tuple[int, ...] | None = None
    keys: list[CosignerKey] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        where = f"{what} line {number}"
        if not line or line.startswith("#"):
            continue
        key_match = _KEY_LINE_RE.fullmatch(line)
        if key_match is not None:
            if derivation is None:
                raise DecodeError(where, "a key before any Derivation line")
            xfp = bytes.fromhex(key_match.group(1))
            try:
                xpub = parse_extended_public_key(key_match.group(2))
            except DecodeError as exc:
                raise DecodeError(where, exc.reason) from None
            keys.append(CosignerKey(KeyOrigin(xfp, derivation), xpub, f"line {number}"))
            continue
        label_match = _LABEL_RE.fullmatch(line)
        if label_match is None:
            raise DecodeError(where, "neither 'Label: value' nor 'XFP: xpub'")
        label, value = label_match.group(1).strip().lower(), label_match.group(2).strip()
        if label == "name":
            if not value or len(value) > MAX_NAME:
                raise DecodeError(where, f"name must be 1 to {MAX_NAME} characters")
            name = value
        elif label == "policy":
            policy_match = re.fullmatch(r"([0-9]{1,2})\s*(?:of|/)\s*([0-9]{1,2})", value)
            if policy_match is None:
                raise DecodeError(where, "policy is not 'M of N'")
            policy = (int(policy_match.group(1)), int(policy_match.group(2)))
        elif label == "format":
            upper = _FORMAT_ALIASES.get(value.upper(), value.upper())
            if upper not in FORMATS:
                raise DecodeError(where, f"format must be one of {', '.join(FORMATS)}")
            fmt = upper
        elif label == "derivation":
            derivation = parse_path(value)
        else:
            raise DecodeError(where, f"unknown setting {label_match.group(1)!r}")
    if name is None or policy is None:
        raise DecodeError(what, "Name and Policy are required")
    threshold, total = policy
    if len(keys) != total:
        raise DecodeError(what, f"policy says {total} keys, the file has {len(keys)}")
    if not 1 <= threshold <= total:
        raise DecodeError(what, "policy threshold out of range")
    return MultisigSetup(name, threshold, fmt, tuple(keys))
