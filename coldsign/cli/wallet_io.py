"""`coldsign wallet export | verify-export | import-cosigner | verify-bsms | verify-address`:
the wallet in the formats Sparrow, Bitcoin Core, Coldcard, BSMS coordinators and MetaMask speak.

Thin: arguments are checked, the pure code in coldsign.formats does the work, results are
written with write_new (never over a file without --force) or shown as QR codes. Every input
is untrusted: malformed input exits 3, a failed signature, MAC or origin check exits 5, an address
that is not ours exits 4. The seed, when one is needed, is read last (cli/seedsource.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import click

from coldsign.cli.app import App, InFile, OutPath
from coldsign.cli.gap import (
    QrOptions,
    QrSource,
    digest_line,
    qr_io_options,
    qr_output_options,
    show_output,
    write_output,
)
from coldsign.cli.helpfmt import CsCommand
from coldsign.cli.seedsource import SeedSource, load_seed, seed_source_options
from coldsign.errors import (
    AuthenticationError,
    DecodeError,
    PolicyViolation,
    UsageError,
)
from coldsign.units import is_ascii_decimal

if TYPE_CHECKING:
    from coldsign.chains.bitcoin.wallet import Wallet
    from coldsign.formats.cosigners import Cosigner
    from coldsign.formats.exports import Exported
    from coldsign.formats.signed_export import MessageSigner, SignatureCheck
    from coldsign.keys.hd import ExtendedPrivateKey
    from coldsign.keys.secrets import PrivateKey32
    from coldsign.units import Network

NETWORKS = ["mainnet", "testnet", "signet", "regtest"]
FORMATS = [
    "descriptor", "core", "coldcard", "coldcard-multisig", "bsms", "ur-output", "ur-account",
    "ur-hdkey", "metamask", "sparrow",
]  # fmt: skip
KINDS = ["wpkh", "sh-wpkh", "tr", "pkh", "wsh-sortedmulti", "sh-wsh-sortedmulti"]
COSIGNER_KINDS = ["wsh-sortedmulti", "sh-wsh-sortedmulti", "sh-sortedmulti"]
FILE_CAP = 1024 * 1024
POLICY_CAP = 4 * 1024 * 1024


def _network_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--network", type=click.Choice(NETWORKS), default=None,
        help="Bitcoin network (default: the wallet's, or mainnet).",
    )(func)  # fmt: skip


def _net(network: str | None) -> Network:
    from coldsign.units import Network

    return Network(network or "mainnet")


# --------------------------------------------------------------------------- BIP-137 wiring


def bip137_signer(private_key: PrivateKey32) -> MessageSigner:
    """A BIP-137 signer for one key: the compressed P2PKH header, as Coldcard's signed exports."""
    from coldsign.messages import bip137

    def sign(message: bytes) -> str:
        return bip137.sign(private_key, message, bip137.LegacyScript.P2PKH)

    return sign


def bip137_check() -> SignatureCheck:
    """The BIP-137 check `(public_key, message, signature) -> bool`: the signature recovers to
    exactly that (compressed) public key."""
    from coldsign.messages import bip137

    def check(public_key: bytes, message: bytes, signature: str) -> bool:
        return bip137.recover(message, signature) == public_key

    return check


# --------------------------------------------------------------------------- wallets


def _policy_wallets(app: App, path: Path | None, name: str | None) -> list[tuple[str, Wallet]]:
    """The Bitcoin wallets of a signed policy (its own admin quorum is checked: exit 5), or of
    the policy pinned in the signer's home when no file is given."""
    from coldsign.chains.bitcoin.wallet import Wallet
    from coldsign.cli.policy import pinned_policy, read_policy
    from coldsign.policy.trust import verify_policy_self

    if path is not None:
        trusted = read_policy(app, path, None)
        verify_policy_self(trusted)
    else:
        trusted = pinned_policy(app)
    out = []
    for rule in trusted.policy.wallets:
        if rule.chain != "bitcoin" or rule.descriptor is None or rule.network is None:
            continue
        if name is not None and rule.name != name:
            continue
        out.append((rule.name, Wallet.from_descriptor(rule.descriptor, rule.network)))
    if name is not None and not out:
        raise UsageError(f"the policy has no Bitcoin wallet named {name!r}")
    return out


def _wallets(
    app: App,
    descriptors: tuple[str, ...],
    policy_path: Path | None,
    wallet_name: str | None,
    network: str | None,
    *,
    use_pinned: bool,
) -> list[tuple[str, Wallet]]:
    from coldsign.chains.bitcoin.wallet import Wallet

    out = [
        (f"descriptor {i}", Wallet.from_descriptor(text, _net(network)))
        for i, text in enumerate(descriptors, start=1)
    ]
    if policy_path is not None or wallet_name is not None or (use_pinned and not out):
        out += _policy_wallets(app, policy_path, wallet_name)
    return out


# --------------------------------------------------------------------------- export


def _master(app: App, network: Network, seed_source: SeedSource) -> ExtendedPrivateKey:
    from coldsign.keys.hd import ExtendedPrivateKey

    seed = load_seed(app, seed_source)
    try:
        return ExtendedPrivateKey.from_seed(seed, network)
    finally:
        seed.wipe()


def _timestamp(text: str) -> int | Literal["now"]:
    if text == "now":
        return "now"
    if not is_ascii_decimal(text) or int(text) >= 2**32:
        raise UsageError("--timestamp is a unix time or 'now'")
    return int(text)


def _export_target(out: Path | None, exported: Exported) -> Path | None:
    if out is None:
        return None
    return out / exported.filename if out.is_dir() else out


@click.command("export", cls=CsCommand)
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True, help="What to write.")
@click.option(
    "--descriptor", "descriptor_text", default=None, help="Export this watch-only descriptor."
)
@click.option("--policy", "policy_path", type=InFile, default=None,
              help="Signed policy whose wallet to export (its admin quorum is checked).")  # fmt: skip
@click.option("--wallet", "wallet_name", default=None, help="The policy wallet's name.")
@click.option("--account", type=click.IntRange(0, 2**31 - 1), default=None,
              help="Export this account of the seed (default 0 when no wallet is given).")  # fmt: skip
@click.option("--type", "kind", type=click.Choice(KINDS), default=None,
              help="With --account: the wallet kind (wpkh default; multisig kinds for bsms / ur-hdkey).")  # fmt: skip
@click.option(
    "--path", "path_text", default=None, help="ur-hdkey: the key's path (default: --type's)."
)
@_network_option
@click.option("--name", default="coldsign", show_default=True,
              help="Wallet name (Coldcard multisig, ur-output v2, BSMS description) and file stem.")  # fmt: skip
@click.option("--timestamp", "timestamp_text", default="0", show_default=True,
              help="core: rescan from this unix time ('now': a wallet with no history).")  # fmt: skip
@click.option("--range-end", type=click.IntRange(0, 1_000_000), default=999, show_default=True,
              help="core: the last index to watch.")  # fmt: skip
@click.option("--ur-version", type=click.Choice(["1", "2"]), default="1", show_default=True,
              help="1: crypto-output/crypto-account/crypto-hdkey; 2: output-descriptor/...")  # fmt: skip
@click.option("--bsms-token", "token_text", default=None,
              help="bsms: encrypt with this BIP-129 token (hex, decimal or words).")  # fmt: skip
@click.option("--ur-profile", type=click.Choice(["keystone", "bcr"]), default="keystone",
              show_default=True,
              help="crypto-account v1: keystone (what Keystone's registry reads: no tr(), "
              "cosigners without tag 410) or bcr (BCR-2020-015 as written).")  # fmt: skip
@click.option(
    "-o", "--out", type=OutPath, default=None, help="A file, or a directory for the default name."
)
@click.option("--force", is_flag=True, help="Replace OUT if it exists.")
@click.option("--sign", is_flag=True,
              help="Also write OUT.sig: a BIP-137 signature by the wallet's own key (Coldcard's signed export).")  # fmt: skip
@qr_output_options
@seed_source_options
@click.pass_obj
def export_cmd(
    app: App,
    fmt: str,
    descriptor_text: str | None,
    policy_path: Path | None,
    wallet_name: str | None,
    account: int | None,
    kind: str | None,
    path_text: str | None,
    network: str | None,
    name: str,
    timestamp_text: str,
    range_end: int,
    ur_version: str,
    token_text: str | None,
    ur_profile: str,
    out: Path | None,
    force: bool,
    sign: bool,
    qr_out: QrOptions | None,
    seed_source: SeedSource,
) -> None:
    """Write the wallet for Sparrow, Bitcoin Core, Coldcard, a BSMS coordinator or MetaMask.

    From a wallet (--descriptor, or --policy with --wallet): descriptor, core, sparrow,
    ur-output, coldcard-multisig, bsms (round 2), ur-hdkey/ur-account (one-key wallets). From the
    seed (--account): coldcard, ur-account, ur-hdkey, metamask, bsms (round 1: a signed key
    record) and the descriptor formats of --type. Exit 2 for a format the source cannot give.
    """
    from coldsign.codec.bip32 import parse_path
    from coldsign.formats import bsms
    from coldsign.formats import exports as X
    from coldsign.formats import ur_registry as R

    from_wallet = descriptor_text is not None or policy_path is not None or wallet_name is not None
    if from_wallet and (account is not None or kind is not None or path_text is not None):
        raise UsageError("give a wallet (--descriptor/--policy) or a seed account, not both")
    if sign and (out is None or out.is_dir()):
        raise UsageError("--sign needs -o FILE (the signature goes to FILE.sig)")
    opts = X.ExportOptions(
        name=name,
        timestamp=_timestamp(timestamp_text),
        range_end=range_end,
        generation=R.Generation(int(ur_version)),
        token=bsms.parse_token(token_text) if token_text else bsms.Token(),
        profile="bcr" if ur_profile == "bcr" else "keystone",
    )
    ex_format = X.ExportFormat(fmt)
    net = _net(network)
    signing: tuple[bytes, PrivateKey32] | None = None
    try:
        if from_wallet:
            if descriptor_text is not None and (policy_path or wallet_name):
                raise UsageError("give --descriptor or --policy/--wallet, not both")
            wallets = _wallets(app, (descriptor_text,) if descriptor_text else (), policy_path,
                               wallet_name, network, use_pinned=False)  # fmt: skip
            if len(wallets) != 1:
                raise UsageError("name one wallet of the policy with --wallet")
            wallet = wallets[0][1]
            exported = X.export_wallet(wallet, ex_format, opts)
            if sign:
                signing = _wallet_signing_key(app, wallet, seed_source)
        else:
            path = parse_path(path_text) if path_text else None
            master = _master(app, net, seed_source)
            try:
                keys = X.AccountKeys(master.public(), net, account or 0,
                                     lambda p: master.derive(p).public())  # fmt: skip

                def signer_for(key_path: tuple[int, ...]) -> MessageSigner:
                    return bip137_signer(master.derive(key_path).private_key())

                exported = X.export_account(
                    keys, ex_format, opts, kind=kind or "wpkh", path=path, signer_for=signer_for
                )
                if sign:
                    # Coldcard signs its exports with m/44'/coin'/account'/0/0.
                    key = master.derive((*keys.single_sig_path(44), 0, 0))
                    signing = (key.public_key, key.private_key())
            finally:
                master.wipe()
    except X.ExportUnsupported as exc:
        raise UsageError(str(exc)) from None
    _emit_export(app, exported, ex_format, out, force, qr_out, signing, net)


def _wallet_signing_key(
    app: App, wallet: Wallet, seed_source: SeedSource
) -> tuple[bytes, PrivateKey32]:
    """The wallet's own key at receive index 0 whose master fingerprint is the seed's."""
    master = _master(app, wallet.network, seed_source)
    try:
        for key in wallet.branches[0].keys:
            origin = key.effective_origin()
            if origin is None or origin.fingerprint != master.fingerprint:
                continue
            path = (*origin.path, *key.fixed_path(0), *((0,) if key.wildcard else ()))
            child = master.derive(path)
            if child.public_key != key.derive(0, 0)[0]:
                continue  # the origin claims our fingerprint but is not our key
            return child.public_key, child.private_key()
        raise AuthenticationError(["the seed holds none of the wallet's keys: it cannot sign"])
    finally:
        master.wipe()


def _emit_export(
    app: App,
    exported: Exported,
    fmt: Any,
    out: Path | None,
    force: bool,
    qr_out: QrOptions | None,
    signing: tuple[bytes, PrivateKey32] | None,
    network: Network,
) -> None:
    target = _export_target(out, exported)
    data = exported.file_bytes()
    result: dict[str, Any] = {"format": fmt.value, "ur_type": exported.ur_type}
    if target is not None:
        result.update(write_output(app, data, target, kind="bytes", qr=None, force=force))
    if qr_out is not None:
        kind: Any = "cbor" if exported.kind == "cbor" else exported.kind
        result["qr"] = show_output(app, exported.data, kind=kind, qr=qr_out, force=force,
                                   ur_type=exported.ur_type)  # fmt: skip
    if signing is not None:
        from coldsign.formats.signed_export import sign_export

        assert target is not None
        public_key, private_key = signing
        try:
            signed = sign_export(data, target.name, public_key=public_key, network=network,
                                 signer=bip137_signer(private_key))  # fmt: skip
        finally:
            private_key.wipe()
        sig_path = target.with_suffix(".sig")
        written = write_output(app, signed.armor(), sig_path, kind="text", qr=None, force=force)
        result["signature"] = {"file": written["file"], "address": signed.address}
    if target is None and qr_out is None:
        text = data.decode("utf-8")
        result["data"] = text
        app.emit(result, text.rstrip("\n"))
        return
    where = f"wrote {target}" if target is not None else "shown as QR"
    app.emit(result, where)


# --------------------------------------------------------------------------- verify-export


@click.command("verify-export", cls=CsCommand)
@click.argument("file", type=InFile)
@click.argument("signature", type=InFile, required=False)
@click.option("--key", "keys", multiple=True, metavar="KEYEXPR",
              help="A key that may have signed: [fp/path]xpub (its /0/0 child signs) or a public key.")  # fmt: skip
@click.option(
    "--descriptor", "descriptors", multiple=True, help="A wallet whose keys may have signed."
)
@click.option("--policy", "policy_path", type=InFile, default=None,
              help="A signed policy whose wallets' keys may have signed (default: with --wallet, "
                   "the signer home's pinned policy).")  # fmt: skip
@click.option("--wallet", "wallet_name", default=None,
              help="Only this wallet of the policy.")  # fmt: skip
@_network_option
@click.pass_obj
def verify_export_cmd(
    app: App,
    file: Path,
    signature: Path | None,
    keys: tuple[str, ...],
    descriptors: tuple[str, ...],
    policy_path: Path | None,
    wallet_name: str | None,
    network: str | None,
) -> None:
    """Check FILE's detached signature (SIGNATURE, default FILE with .sig): made by one of the
    given keys, over this file's SHA-256 and name (exit 5 if not)."""
    from coldsign.codec.descriptor import parse_key_expression
    from coldsign.formats.signed_export import parse_signed_message, verify_export
    from coldsign.transport.files import read_capped

    if not (keys or descriptors or policy_path or wallet_name):
        raise UsageError("say whose signature to expect: --key, --descriptor or --policy/--wallet")
    sig_path = signature if signature is not None else file.with_suffix(".sig")
    data = read_capped(file, 64 * 1024 * 1024)
    app.info(digest_line("read", str(file), data))
    signed = parse_signed_message(read_capped(sig_path, 4096))
    candidates: list[bytes] = []
    net = _net(network)
    for i, text in enumerate(keys, start=1):
        key = parse_key_expression(text.strip(), what=f"--key {i}")
        if key.xpub is not None:
            # An account key alone signs with its first receive key /0/0 (Coldcard's choice);
            # a key with a template signs with the template's index 0.
            steps = (*key.fixed_path(0), 0) if (key.path or key.wildcard) else (0, 0)
            candidates.append(key.xpub.derive(steps).public_key)
        elif key.public_key is not None and len(key.public_key) == 33:
            candidates.append(key.public_key)
    for _, wallet in _wallets(
        app, descriptors, policy_path, wallet_name, network, use_pinned=False
    ):
        net = wallet.network
        candidates.extend(
            k.public_key for k in wallet.derive_at((0, 0)).keys if len(k.public_key) == 33
        )
    signer = verify_export(data, file.name, signed, candidates=candidates, network=net,
                           check=bip137_check())  # fmt: skip
    app.emit(
        {"file": str(file), "signature": str(sig_path), "address": signed.address,
         "public_key": signer.hex(), "verified": True},
        f"{file.name}: signed by {signed.address} (sha256 {signed.message.split()[0]})",
    )  # fmt: skip


# --------------------------------------------------------------------------- import-cosigner


def _kind(name: str) -> Any:
    from coldsign.codec.descriptor import DescriptorKind

    return {
        "wsh-sortedmulti": DescriptorKind.WSH_SORTEDMULTI,
        "sh-wsh-sortedmulti": DescriptorKind.SH_WSH_SORTEDMULTI,
        "sh-sortedmulti": DescriptorKind.SH_SORTEDMULTI,
    }[name]


def _cosigners_from_bytes(data: bytes, kind: Any, name: str, token: Any | None) -> list[Cosigner]:
    """Cosigner keys in one file's bytes (BSMS records are decrypted and their SIG verified)."""
    from coldsign.formats import bsms, cosigners

    text = data.strip()
    if token is not None and token.encrypted and not text.startswith(b"BSMS"):
        data = text = bsms.decrypt(text, token)
    if text.startswith(b"BSMS 1.0"):
        record = bsms.decode_key_record(text)
        if record.token.encrypted and token is None:
            raise AuthenticationError(
                [f"{name}: a key record of an encrypted session: give --bsms-token"]
            )
        bsms.verify_key_record(record, bip137_check(), token)
        return [cosigners.from_bsms(record, f"{name} (BSMS)")]
    return cosigners.from_file(data, kind, name)


def _scan_cosigner(app: App, source: QrSource, kind: Any) -> list[Cosigner]:
    from coldsign.cli.qr import scan_qr
    from coldsign.formats import cosigners
    from coldsign.formats import ur_registry as R
    from coldsign.transport.formats import MultipartCollector

    collector = MultipartCollector(None, ur_types=frozenset(R.UR_TYPES))
    scanned_kind, data = scan_qr(app, images=source.images, directory=source.directory,
                                 stdin=source.stdin, camera=source.camera, device=source.device,
                                 collector=collector)  # fmt: skip
    if scanned_kind == "cbor":
        assert collector.ur_type is not None
        return [cosigners.from_registry(collector.ur_type, data, kind)]
    return _cosigners_from_bytes(data, kind, "scanned QR", None)


@click.command("import-cosigner", cls=CsCommand)
@click.argument("files", type=InFile, nargs=-1)
@click.option("--type", "kind_name", type=click.Choice(COSIGNER_KINDS), default="wsh-sortedmulti",
              show_default=True, help="The multisig wallet's script type (picks the key a file offers).")  # fmt: skip
@click.option("--key", "keys", multiple=True, metavar="KEYEXPR",
              help="Another cosigner's [fingerprint/path]xpub (yours, for instance).")  # fmt: skip
@click.option("--threshold", type=click.IntRange(1, 20), default=None,
              help="Assemble the M-of-N sortedmulti descriptor of every key given.")  # fmt: skip
@_network_option
@click.option("--bsms-token", "token_text", default=None,
              help="The BIP-129 session token (decrypts .dat records and checks TOKEN).")  # fmt: skip
@click.option(
    "-o", "--out", type=OutPath, default=None, help="Write the assembled descriptor here."
)
@click.option("--force", is_flag=True, help="Replace OUT if it exists.")
@qr_io_options("files", also_scan=True)
@click.pass_obj
def import_cosigner_cmd(
    app: App,
    files: tuple[Path, ...],
    kind_name: str,
    keys: tuple[str, ...],
    threshold: int | None,
    network: str | None,
    token_text: str | None,
    out: Path | None,
    force: bool,
    qr_in: QrSource | None,
    qr_out: QrOptions | None,
) -> None:
    """Read cosigners' keys from Coldcard ccxp/generic/multisig files, BSMS key records or wallet
    URs (FILES, or scanned with --qr), check their origins and that no key repeats another
    (exit 5), print the key expressions, and with --threshold assemble the wallet."""
    from coldsign.formats import bsms, cosigners
    from coldsign.transport.files import read_capped

    if not files and not keys and qr_in is None:
        raise UsageError("give cosigner files, --key or --qr")
    if out is not None and threshold is None:
        raise UsageError("-o writes the assembled descriptor: give --threshold")
    kind = _kind(kind_name)
    token = bsms.parse_token(token_text) if token_text else None
    found: list[Cosigner] = []
    for i, text in enumerate(keys, start=1):
        found.append(cosigners.from_key_expression(text, f"--key {i}"))
    for path in files:
        data = read_capped(path, FILE_CAP)
        app.info(digest_line("read", str(path), data))
        found.extend(_cosigners_from_bytes(data, kind, path.name, token))
    if qr_in is not None:
        found.extend(_scan_cosigner(app, qr_in, kind))
    net = _net(network)
    for cosigner in found:
        cosigners.check_network(cosigner, net)
    cosigners.check_distinct(found)
    rows = [
        {"key": c.text(), "fingerprint": c.key.origin.fingerprint.hex() if c.key.origin else None,
         "source": c.source}
        for c in found
    ]  # fmt: skip
    result: dict[str, Any] = {"cosigners": rows, "type": kind_name, "network": net.value}
    lines = [f"{r['key']}  ({r['source']})" for r in rows]
    if threshold is not None:
        descriptor = cosigners.assemble(found, threshold, kind, net)
        text = descriptor.to_string()
        result["descriptor"] = text
        lines.append(text)
        if out is not None:
            result.update(write_output(app, (text + "\n").encode(), out, kind="text", qr=None,
                                       force=force))  # fmt: skip
        if qr_out is not None:
            result["qr"] = show_descriptor_qr(app, descriptor, net, qr_out, force)
    app.emit(result, "\n".join(lines))


def show_descriptor_qr(
    app: App, descriptor: Any, network: Network, qr: QrOptions, force: bool
) -> dict[str, Any]:
    """A descriptor as `ur:crypto-output` (its receive branch: v1 has no <0;1>), or as text in
    BBQr/base64."""
    from coldsign.formats import ur_registry as R

    if qr.fmt == "ur":
        branch = 0 if descriptor.is_multipath else None
        output = R.output_from_descriptor(descriptor, R.Generation.V1, branch=branch)
        return show_output(app, R.encode_output(output, R.Generation.V1), kind="cbor", qr=qr,
                           force=force, ur_type="crypto-output")  # fmt: skip
    return show_output(app, descriptor.to_string().encode(), kind="text", qr=qr, force=force)


# --------------------------------------------------------------------------- verify-bsms


@click.command("verify-bsms", cls=CsCommand)
@click.argument("record", type=InFile)
@click.option(
    "--bsms-token", "token_text", default=None, help="The session token (for a .dat record)."
)
@click.option("--key", "keys", multiple=True, metavar="KEYEXPR",
              help="Your key: it must be one of the wallet's (exit 5 if not).")  # fmt: skip
@_network_option
@click.pass_obj
def verify_bsms_cmd(
    app: App, record: Path, token_text: str | None, keys: tuple[str, ...], network: str | None
) -> None:
    """BSMS round 2: check the coordinator's descriptor record (decrypting it with the token):
    the first address must re-derive from the descriptor, and your --key must be in it."""
    from coldsign.formats import bsms, cosigners
    from coldsign.transport.files import read_capped

    data = read_capped(record, FILE_CAP)
    app.info(digest_line("read", str(record), data))
    if token_text:
        data = bsms.decrypt(data, bsms.parse_token(token_text))
    net = _net(network)
    decoded = bsms.decode_descriptor_record(data, net)
    descriptor = decoded.descriptor
    points = {(k.xpub.public_key, k.xpub.chain_code) for k in descriptor.keys if k.xpub is not None}
    plain = {k.public_key for k in descriptor.keys if k.public_key is not None}
    missing = []
    for i, text in enumerate(keys, start=1):
        ours = cosigners.from_key_expression(text, f"--key {i}")
        if (
            ours.xpub.public_key,
            ours.xpub.chain_code,
        ) not in points and ours.xpub.public_key not in plain:
            missing.append(f"--key {i} ({ours.key.origin}) is not one of the wallet's keys")
    if missing:
        raise AuthenticationError(missing)
    text = descriptor.to_string()
    app.emit(
        {"descriptor": text, "first_address": decoded.first_address, "keys": len(descriptor.keys),
         "threshold": descriptor.threshold, "checked_keys": len(keys)},
        f"{text}\nfirst address {decoded.first_address} re-derives from the descriptor",
    )  # fmt: skip


# --------------------------------------------------------------------------- verify-address


def _scan_text(app: App, source: QrSource) -> str:
    """The text of the first QR code found (a BIP-21 URI is plain text, not UR/BBQr)."""
    import sys

    from coldsign.transport import scan

    if source.stdin:
        for _, line in scan.scan_lines(sys.stdin):
            return line
    elif source.images or source.directory is not None:
        paths = list(source.images) if source.images else scan.image_files(source.directory)  # type: ignore[arg-type]
        for name, texts in scan.scan_files(paths):
            if texts:
                app.info(f"{name}: scanned {len(texts[0])} characters")
                return texts[0]
    else:
        app.info(f"scanning with camera {source.device}; Ctrl-C to stop")
        for texts in scan.camera_frames(source.device):
            if texts:
                return texts[0]
    raise DecodeError("QR input", "no QR code found")


@click.command("verify-address", cls=CsCommand)
@click.argument("address", required=False)
@click.option("--descriptor", "descriptors", multiple=True, help="A wallet to search (repeatable).")
@click.option("--policy", "policy_path", type=InFile, default=None,
              help="Search every Bitcoin wallet of this signed policy (default: the pinned one).")  # fmt: skip
@click.option("--wallet", "wallet_name", default=None, help="Only this policy wallet.")
@click.option("--gap", type=click.IntRange(1, 1_000_000), default=1000, show_default=True,
              help="Indexes to search on each branch.")  # fmt: skip
@_network_option
@qr_io_options("address")
@click.pass_obj
def verify_address_cmd(
    app: App,
    address: str | None,
    descriptors: tuple[str, ...],
    policy_path: Path | None,
    wallet_name: str | None,
    gap: int,
    network: str | None,
    qr_in: QrSource | None,
    qr_out: QrOptions | None,
) -> None:
    """Is ADDRESS (or a BIP-21 URI) ours? Re-derive the receive and change branches of every
    wallet up to --gap and print wallet, branch and index; exit 4 if it is not ours. With --qr the
    URI is scanned and, when ours, shown back as the same QR for the online side to compare."""
    from coldsign.formats.addresses import find_address
    from coldsign.formats.bip21 import parse_uri

    if address is None and qr_in is None:
        raise UsageError("give ADDRESS (or a bitcoin: URI), or --qr to scan it")
    text = address if address is not None else _scan_text(app, qr_in)  # type: ignore[arg-type]
    uri = parse_uri(text)
    wallets = _wallets(app, descriptors, policy_path, wallet_name, network, use_pinned=True)
    result = find_address(uri.address, wallets, gap)
    searched = ", ".join(name for name, _ in wallets)
    if result.match is None:
        raise PolicyViolation(
            [f"{uri.address} is not ours: not at indexes 0..{gap - 1} of the receive or change "
             f"branch of {searched} ({result.derived} scripts derived)"]
        )  # fmt: skip
    match = result.match
    data: dict[str, Any] = {
        "address": match.address, "wallet": match.wallet, "branch": match.branch_name,
        "index": match.index, "uri": uri.text, "derived": result.derived,
    }  # fmt: skip
    if uri.amount_sat is not None:
        from coldsign.cli.render import amount_json

        data["amount"] = amount_json(uri.amount_sat, 8, "BTC")  # formats.md: one amount form
    if qr_out is not None:
        from coldsign.cli.qr import display_text_qr

        files = display_text_qr(app, uri.text, png_dir=qr_out.png_dir, gif=qr_out.gif,
                                invert=qr_out.invert, parts_only=app.json)  # fmt: skip
        data["qr"] = {"text": uri.text, "files": [str(p) for p in files]}
    app.emit(
        data,
        f"{match.address}: ours, wallet {match.wallet}, {match.branch_name} index {match.index}",
    )


COMMANDS = [export_cmd, verify_export_cmd, import_cosigner_cmd, verify_bsms_cmd, verify_address_cmd]
__all__ = ["COMMANDS", "bip137_check", "bip137_signer"]
