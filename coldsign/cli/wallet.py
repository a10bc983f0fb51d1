"""`coldsign wallet`: watch-only descriptors, xpubs, addresses (BIP-48/49/84/86, BIP-380..389).

The seed (a BIP-39 mnemonic, SLIP-39 shares or a keystore: cli/seedsource.py) is read last, after
every other argument has been checked; it never appears in argv, output or errors. Results go to
stdout.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click

from coldsign.cli.app import App
from coldsign.cli.gap import QrOptions, qr_output_options
from coldsign.cli.helpfmt import CsGroup
from coldsign.cli.seedsource import SeedSource, load_seed, seed_source_options
from coldsign.errors import DecodeError, UsageError

if TYPE_CHECKING:
    from coldsign.codec.bip32 import ExtendedPublicKey, KeyOrigin
    from coldsign.keys.hd import ExtendedPrivateKey
    from coldsign.units import Network

F = TypeVar("F", bound=Callable[..., Any])

NETWORKS = ["mainnet", "testnet", "signet", "regtest"]
# --type -> (BIP purpose, descriptor template); BIP-48 adds a script-type level (2' = P2WSH).
TYPES: dict[str, tuple[int, str]] = {
    "wpkh": (84, "wpkh({key})"),
    "sh-wpkh": (49, "sh(wpkh({key}))"),
    "tr": (86, "tr({key})"),
    "wsh-sortedmulti": (48, "wsh(sortedmulti({threshold},{keys}))"),
}
MAX_ADDRESSES = 10_000
_BRANCHES = "/<0;1>/*"


def _network_option() -> Callable[[F], F]:
    return click.option(
        "--network",
        type=click.Choice(NETWORKS),
        default="mainnet",
        show_default=True,
        help="Bitcoin network.",
    )


def _master(app: App, network: str, seed_source: SeedSource) -> ExtendedPrivateKey:
    """The BIP-32 master key of the seed `seed_source` names. Called after all other checks."""
    from coldsign.keys.hd import ExtendedPrivateKey
    from coldsign.units import Network

    seed = load_seed(app, seed_source, confirm_passphrase=True)  # an export sets up a wallet
    try:
        return ExtendedPrivateKey.from_seed(seed, Network(network))
    finally:
        seed.wipe()


@click.group(cls=CsGroup)
def wallet() -> None:
    """Watch-only descriptors, xpubs and addresses."""


@wallet.command("xpub")
@click.option("--path", "path_text", required=True, help="Derivation path, e.g. \"m/84'/0'/0'\".")
@_network_option()
@qr_output_options
@seed_source_options
@click.pass_obj
def xpub_cmd(
    app: App,
    path_text: str,
    network: str,
    qr_out: QrOptions | None,
    seed_source: SeedSource,
) -> None:
    """Print the key expression [fingerprint/path]xpub for sharing with cosigners.

    With --qr it is also shown as `ur:crypto-hdkey` (what Sparrow, Keystone and coordinators
    scan), or as its text with --qr-format bbqr/base64."""
    from coldsign.codec.bip32 import KeyOrigin, format_path, parse_path

    path = parse_path(path_text)
    master = _master(app, network, seed_source)
    try:
        account = master.derive(path).public()
        origin = KeyOrigin(master.fingerprint, path)
    finally:
        master.wipe()
    expression = f"[{origin}]{account.to_string()}"
    data: dict[str, Any] = {
        "key_expression": expression,
        "fingerprint": origin.fingerprint.hex(),
        "path": format_path(path),
        "xpub": account.to_string(),
        "network": network,
    }
    if qr_out is not None:
        data["qr"] = _show_key_qr(app, origin, account, expression, qr_out)
    app.emit(data, expression)


@wallet.command("descriptor")
@click.option("--type", "kind", type=click.Choice(list(TYPES)), required=True, help="Wallet kind.")
@click.option("--account", type=click.IntRange(0, 2**31 - 1), default=0, show_default=True,
              help="The account number (hardened) in the BIP-44/48/49/84/86 path.")  # fmt: skip
@_network_option()
@click.option("--threshold", type=int, default=None, help="M of an M-of-N wsh-sortedmulti wallet.")
@click.option(
    "--cosigner",
    "cosigners",
    multiple=True,
    metavar="KEYEXPR",
    help="A cosigner's [fingerprint/48h/coin'/account'/2h]xpub (repeat for each).",
)
@qr_output_options
@seed_source_options
@click.pass_obj
def descriptor_cmd(
    app: App,
    kind: str,
    account: int,
    network: str,
    threshold: int | None,
    cosigners: tuple[str, ...],
    qr_out: QrOptions | None,
    seed_source: SeedSource,
) -> None:
    """Print the watch-only descriptor (origin, <0;1>/* and checksum) of one account.

    With --qr it is also shown as `ur:crypto-output` (its receive branch: crypto-output cannot
    hold <0;1>; coordinators derive change at /1/*), or as text with --qr-format
    bbqr/base64. `wallet export --format ur-output --ur-version 2` writes the whole multipath
    descriptor."""
    from coldsign.codec.bip32 import HARDENED, KeyOrigin, format_path
    from coldsign.codec.descriptor import parse_descriptor
    from coldsign.units import Network

    net = Network(network)
    purpose, template = TYPES[kind]
    multisig = kind == "wsh-sortedmulti"
    cosigner_keys: list[str] = []
    if multisig:
        if threshold is None or not cosigners:
            raise UsageError("wsh-sortedmulti needs --threshold M and at least one --cosigner")
        total = len(cosigners) + 1
        if not 1 <= threshold <= total:
            raise UsageError(
                f"--threshold {threshold} must be between 1 and {total} (the number of keys)"
            )
        if total > 20:
            raise UsageError("at most 20 keys in a wsh(sortedmulti()) wallet")
        cosigner_keys = [_cosigner(text, i, net) for i, text in enumerate(cosigners, start=1)]
    elif threshold is not None or cosigners:
        raise UsageError("--threshold and --cosigner are only for --type wsh-sortedmulti")

    path: tuple[int, ...] = (purpose + HARDENED, net.coin_type + HARDENED, account + HARDENED)
    if multisig:
        path = (*path, 2 + HARDENED)  # BIP-48 script type 2': native segwit multisig
    master = _master(app, network, seed_source)
    try:
        ours = master.derive(path).public()
        origin = KeyOrigin(master.fingerprint, path)
    finally:
        master.wipe()
    our_key = f"[{origin}]{ours.to_string()}{_BRANCHES}"
    if multisig:
        body = template.format(threshold=threshold, keys=",".join([our_key, *cosigner_keys]))
    else:
        body = template.format(key=our_key)
    descriptor = parse_descriptor(body)  # same checks as any descriptor we read (dup keys, ...)
    text = descriptor.to_string()
    data: dict[str, Any] = {
        "descriptor": text,
        "type": kind,
        "network": network,
        "fingerprint": origin.fingerprint.hex(),
        "path": format_path(path),
    }
    if qr_out is not None:
        from coldsign.cli.wallet_io import show_descriptor_qr

        data["qr"] = show_descriptor_qr(app, descriptor, net, qr_out, False)
    app.emit(data, text)


def _show_key_qr(
    app: App, origin: KeyOrigin, account: ExtendedPublicKey, expression: str, qr: QrOptions
) -> dict[str, Any]:
    from coldsign.cli.gap import show_output
    from coldsign.codec.descriptor import KeyExpression
    from coldsign.formats import ur_registry as R

    if qr.fmt != "ur":
        return show_output(app, expression.encode(), kind="text", qr=qr)
    hdkey = R.hdkey_from_key_expression(KeyExpression(origin, xpub=account))
    return show_output(app, R.encode_hdkey(hdkey, R.Generation.V1), kind="cbor", qr=qr,
                       ur_type="crypto-hdkey")  # fmt: skip


def _cosigner(text: str, position: int, network: Network) -> str:
    """A cosigner's account key with origin; `/<0;1>/*` is added unless already there."""
    from coldsign.codec.bip32 import key_family
    from coldsign.codec.descriptor import parse_key_expression

    what = f"cosigner {position}"
    key = parse_key_expression(text.strip(), what=what)
    if key.xpub is None:
        raise DecodeError(what, "must be an xpub/tpub (a single key cannot make a wallet)")
    if key.origin is None:
        raise DecodeError(
            what, "needs its key origin, as [fingerprint/48h/coin'/account'/2h]xpub..."
        )
    if key.xpub.network is not key_family(network):
        raise DecodeError(what, f"is a key for another network than {network.value}")
    if key.path or key.wildcard:
        if not (key.wildcard and key.path == ((0, 1),)):
            raise DecodeError(what, "give the account key alone, or followed by /<0;1>/*")
        return key.to_string()
    return key.to_string() + _BRANCHES


@wallet.command("addresses")
@click.argument("descriptor_text", metavar="DESCRIPTOR")
@click.option(
    "--network",
    type=click.Choice(NETWORKS),
    default=None,
    help="Default: what the descriptor's keys say (xpub: mainnet); asked for when they are "
    "tpubs (testnet, signet and regtest share them) or the descriptor has no extended key.",
)
@click.option("--change", is_flag=True, help="List the change branch (/1/*) of a <0;1> descriptor.")
@click.option("--start", type=click.IntRange(0, 2**31 - 1), default=0, show_default=True,
              help="The first address index.")  # fmt: skip
@click.option("--count", type=click.IntRange(1, MAX_ADDRESSES), default=10, show_default=True,
              help="How many addresses.")  # fmt: skip
@click.pass_obj
def addresses_cmd(
    app: App, descriptor_text: str, network: str | None, change: bool, start: int, count: int
) -> None:
    """List index, address and scriptPubKey for DESCRIPTOR."""
    from coldsign.chains.bitcoin.wallet import Wallet
    from coldsign.cli.network import choose_network, descriptor_evidence

    net = choose_network(network, descriptor_evidence([descriptor_text]), "the descriptor")
    wallet_ = Wallet.from_descriptor(descriptor_text, net)
    branch = 1 if change else 0
    if branch >= len(wallet_.branches):
        raise UsageError("--change needs a descriptor with a <0;1> step (this one has one branch)")
    ranged = wallet_.branches[branch].is_ranged
    if not ranged and (start != 0 or count != 1):
        start, count = 0, 1  # a fixed descriptor has exactly one script
    if start + count > 2**31:
        raise UsageError("--start + --count goes past the last non-hardened index")
    rows: list[dict[str, Any]] = []
    for index in range(start, start + count):
        derived = wallet_.derive_at((branch, index))
        rows.append(
            {
                "index": index,
                "address": derived.address(wallet_.network),
                "script_pubkey": derived.script_pubkey.hex(),
            }
        )

    def text() -> str:
        width = max(len(r["address"]) for r in rows)
        return "\n".join(
            f"{r['index']:>6}  {r['address']:<{width}}  {r['script_pubkey']}" for r in rows
        )

    app.emit(rows, text)


@wallet.command("evm-address")
@click.option(
    "--path",
    "paths",
    multiple=True,
    default=("m/44'/60'/0'/0/0",),
    show_default=True,
    help="BIP-32 path of an EVM account (repeatable); the policy's wallet names the same path.",
)
@seed_source_options
@click.pass_obj
def evm_address_cmd(app: App, paths: tuple[str, ...], seed_source: SeedSource) -> None:
    """Print the EIP-55 address of the key at each --path (for the policy's [[wallets]])."""
    from coldsign.chains.evm.address import address_from_public_key
    from coldsign.codec.bip32 import format_path, parse_path

    parsed = [parse_path(p) for p in paths]
    master = _master(app, "mainnet", seed_source)  # BIP-32 for EVM ignores the version bytes
    try:
        rows = [
            {
                "path": format_path(path),
                "address": address_from_public_key(master.derive(path).public_key).checksummed,
            }
            for path in parsed
        ]
    finally:
        master.wipe()
    app.emit(
        rows if len(rows) > 1 else rows[0],
        "\n".join(r["address"] if len(rows) == 1 else f"{r['path']} {r['address']}" for r in rows),
    )


# export, verify-export, import-cosigner, verify-bsms, verify-address (issue 14) live in their own
# module; registering them here keeps `coldsign wallet --help` complete.
from coldsign.cli.wallet_io import COMMANDS as _IO_COMMANDS  # noqa: E402

for _command in _IO_COMMANDS:
    wallet.add_command(_command)
