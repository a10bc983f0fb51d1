"""Bitcoin messages and proofs of reserves behind the chain interface (issue 15).

`message` payloads (BIP-137, BIP-322 simple and full) carry a `MessageRequest`: the signer
re-derives the address from a policy wallet at the request's path (single-key wallets; the
request's word is never trusted), and signs the exact message with that key. `proof` payloads
carry a BIP-322 proof-of-funds PSBT: every reason `bip322.is_proof_of_funds` finds (input 0 not
the to_spend outpoint for this message and challenge, any output but one 0-sat OP_RETURN, a
sighash other than ALL/DEFAULT, …) is a refusal, and every input, the challenge included, must
re-derive from one policy wallet. A proof is signed like a withdrawal PSBT (multisig cosigners
sign in turn and `payload combine` merges) and is never finalized into a transaction.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace

from coldsign.chains.base import Analysis, ChainTransaction, ReviewLine, Signed
from coldsign.chains.bitcoin.wallet import Wallet
from coldsign.codec.descriptor import DerivedScript
from coldsign.codec.jsontext import JsonValue
from coldsign.codec.message_request import (
    MessageFormat,
    MessageRequest,
    parse_message_request,
    serialize_message_request,
)
from coldsign.codec.payload import Payload
from coldsign.codec.psbt import Psbt
from coldsign.codec.reader import var_bytes
from coldsign.codec.script import ScriptType, classify
from coldsign.errors import AuthenticationError, DecodeError, NotOurs, Reason
from coldsign.keys.secrets import Seed
from coldsign.policy.checks import TxFacts
from coldsign.policy.config import Policy
from coldsign.policy.messages import MESSAGE, PROOF, MessageFacts
from coldsign.units import Network, format_units

NAME = "bitcoin"
MESSAGE_TAG = b"coldsign/message-request/v1"
PROOF_TAG = b"coldsign/proof-of-funds/v1"
POF_FORMAT = "bip322-pof"


@dataclass(frozen=True)
class BitcoinMessage:
    """A Bitcoin message payload's request and its network."""

    request: MessageRequest
    network: Network

    @property
    def chain(self) -> str:
        return NAME


@dataclass(frozen=True)
class BitcoinProof:
    """A proof payload's BIP-322 to_sign PSBT and its network."""

    psbt: Psbt
    network: Network

    @property
    def chain(self) -> str:
        return NAME


def decode(payload: Payload, network: Network) -> ChainTransaction:
    """The request (kind message) or the PSBT (kind proof); DecodeError otherwise."""
    if payload.replaces is not None or payload.sender is not None:
        raise DecodeError("payload", f"a {payload.kind} payload replaces nothing and has no sender")
    if payload.kind == MESSAGE:
        request = parse_message_request(payload.transaction)
        if request.format.chain != NAME:
            raise DecodeError("payload", f"{request.format.value} is not a Bitcoin format")
        return BitcoinMessage(request, network)
    from coldsign.codec.psbt import parse_psbt

    return BitcoinProof(parse_psbt(payload.transaction), network)


# --- where a key lives ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Located:
    """The policy wallet an address re-derives from, at the request's path."""

    wallet: str
    derived: DerivedScript


def locate(policy: Policy, network: Network, address: str, path: tuple[int, ...]) -> Located | None:
    """The policy wallet on `network` whose descriptor derives `address` at `path` (the full
    path from the master key), or None. Re-derived: the path only says where to look."""
    from coldsign.chains.bitcoin.module import wallet_of
    from coldsign.codec.bip32 import KeyOrigin
    from coldsign.codec.script import script_from_address

    try:
        spk = script_from_address(address, network)
    except DecodeError:
        return None
    for rule in policy.wallets_on(NAME, network.value):
        wallet = wallet_of(rule.descriptor or "", network)
        claims = [(b"", KeyOrigin(fp, path)) for fp in sorted(wallet.fingerprints)]
        owned = wallet.match(spk, claims)
        if owned is not None:
            return Located(rule.name, owned.derived)
    return None


def find_path(
    policy: Policy, network: Network, address: str, scan: int = 1000
) -> tuple[int, ...] | None:
    """The key path of `address` in a single-key policy wallet on `network` (both branches,
    indexes below `scan`), for `message build` without --path; None if not found."""
    from coldsign.chains.bitcoin.module import wallet_of
    from coldsign.codec.script import script_from_address

    spk = script_from_address(address, network)
    for rule in policy.wallets_on(NAME, network.value):
        wallet: Wallet = wallet_of(rule.descriptor or "", network)
        for branch in range(len(wallet.branches)):
            for index in range(scan):
                derived = wallet.derive_at((branch, index))
                if derived.script_pubkey == spk and len(derived.keys) == 1:
                    origin = derived.keys[0].origin
                    return origin.path if origin is not None else None
    return None


# --- messages -------------------------------------------------------------------------------


def request_material(request: MessageRequest, extra: bytes = b"") -> bytes:
    """What the approval digest covers for a message: the exact request encoding (format,
    address, path, message bytes) and, for EIP-712, the signing hash."""
    return var_bytes(MESSAGE_TAG) + var_bytes(serialize_message_request(request)) + var_bytes(extra)


def visible(text: str) -> str:
    """`text` with control and format characters shown as \\uXXXX, so a review screen cannot
    be made to show another text than is signed (the policy refuses such messages anyway)."""
    import unicodedata

    return "".join(
        f"\\u{ord(c):04x}" if unicodedata.category(c) in {"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"}
        else c
        for c in text
    )  # fmt: skip


def message_text(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


@dataclass(frozen=True)
class MessageReview:
    """What the operator checks before a message is signed: format, address, path, wallet, and
    the text exactly (or the typed data field by field)."""

    format: str
    address: str
    path: str
    wallet: str | None
    message: bytes
    extra: tuple[ReviewLine, ...] = ()
    data: tuple[tuple[str, JsonValue], ...] = ()

    @property
    def txid(self) -> str | None:
        return None

    def lines(self) -> list[ReviewLine]:
        rows = [
            ReviewLine("format", self.format),
            ReviewLine("address", f"{self.address} (key {self.path})"),
            ReviewLine("wallet", self.wallet or "NOT A POLICY WALLET"),
            ReviewLine("message sha256", hashlib.sha256(self.message).hexdigest()),
        ]
        text = message_text(self.message)
        if self.extra:
            rows.extend(self.extra)
        elif text is None:
            rows.append(ReviewLine("message (hex)", self.message.hex()))
        else:
            for i, line in enumerate(text.split("\n")):
                rows.append(ReviewLine("message" if i == 0 else "       ", visible(line)))
        return rows

    def inputs(self) -> list[ReviewLine]:
        return []

    def to_json(self) -> dict[str, JsonValue]:
        text = message_text(self.message)
        out: dict[str, JsonValue] = {
            "format": self.format,
            "address": self.address,
            "path": self.path,
            "wallet": self.wallet,
            "message_sha256": hashlib.sha256(self.message).hexdigest(),
        }
        if not self.data:
            out["message"] = text if text is not None else None
            out["message_hex"] = self.message.hex() if text is None else None
        out.update(dict(self.data))
        return out


def analyze_message(payload: Payload, tx: BitcoinMessage, policy: Policy) -> Analysis:
    """Facts and review of a Bitcoin message request (nothing leaves the wallet)."""
    from coldsign.messages.screen import transaction_like

    request = tx.request
    refusals: list[Reason] = []
    located = locate(policy, tx.network, request.address, request.path)
    if located is not None and len(located.derived.keys) != 1:
        refusals.append(
            Reason(
                "message.multisig",
                f"address: {request.address} is a multisig address; messages are signed with "
                "one key (prove a multisig wallet's funds with a proof of reserves)",
                field="address",
            )
        )
    kind = classify(located.derived.script_pubkey) if located is not None else None
    allowed = {
        MessageFormat.BIP137: (ScriptType.P2PKH, ScriptType.P2WPKH, ScriptType.P2SH),
        MessageFormat.BIP322_SIMPLE: (ScriptType.P2WPKH, ScriptType.P2TR),
        MessageFormat.BIP322_FULL: (
            ScriptType.P2PKH, ScriptType.P2WPKH, ScriptType.P2SH, ScriptType.P2TR,
        ),
    }[request.format]  # fmt: skip
    if kind is not None and kind not in allowed:
        refusals.append(
            Reason(
                "message.format_address",
                f"format: {request.format.value} cannot sign for a {kind.value} address",
                field="format",
            )
        )
    screened = transaction_like(request.message)
    if screened is not None:
        refusals.append(Reason("message.transaction_like", f"message: {screened}", field="message"))
    facts = TxFacts(
        chain=NAME,
        scope=tx.network.value,
        tx_material=request_material(request),
        asset_symbol_hint="a message",
        contract=None,
        from_wallet=located.wallet if located else None,
        outputs=(),
        fee=0,
        fee_decimals=8,
        fee_unit="BTC",
        spends=(),
        refusals=tuple(refusals),
        message=MessageFacts(
            MESSAGE,
            request.format.value,
            located.wallet if located else None,
            request.address,
            request.path_text,
            message_text(request.message),
        ),
    )
    review = MessageReview(
        request.format.value,
        request.address,
        request.path_text,
        located.wallet if located else None,
        request.message,
    )
    return Analysis(facts, review)


def sign_message(payload: Payload, tx: BitcoinMessage, seed: Seed, policy: Policy) -> Signed:
    """Sign the request with the key at its path (re-derived from the policy wallet first) and
    verify the signature before release; SIGNED_TRANSACTION holds the signature (BIP-137: the
    65 compact bytes; BIP-322: the signature text, "smp…" or "ful…")."""
    from coldsign.keys.hd import ExtendedPrivateKey
    from coldsign.messages import bip137

    request = tx.request
    located = locate(policy, tx.network, request.address, request.path)
    if located is None or len(located.derived.keys) != 1:
        raise NotOurs("the address is not a single-key policy wallet's at the request's path")
    expected = located.derived.keys[0].public_key
    root = ExtendedPrivateKey.from_seed(seed, tx.network)
    try:
        child = root.derive(request.path)
        try:
            public = child.public_key
            if public != expected and public[-32:] != expected:
                raise AuthenticationError(
                    [
                        f"the seed's key at {request.path_text} is not the wallet's key for "
                        f"{request.address} (a wrong passphrase or the wrong seed?)"
                    ]
                )
            if request.format is MessageFormat.BIP137:
                script = {
                    ScriptType.P2PKH: bip137.LegacyScript.P2PKH,
                    ScriptType.P2WPKH: bip137.LegacyScript.P2WPKH,
                    ScriptType.P2SH: bip137.LegacyScript.P2SH_P2WPKH,
                }[classify(located.derived.script_pubkey)]
                key = child.private_key()
                try:
                    text = bip137.sign(key, request.message, script)
                finally:
                    key.wipe()
                if not bip137.verify(request.address, request.message, text, network=tx.network):
                    raise AuthenticationError(["our own BIP-137 signature does not verify"])
                import base64

                signature = base64.b64decode(text)
            else:
                signature = _sign_bip322(request, located, root, tx.network)
        finally:
            child.wipe()
    finally:
        root.wipe()
    return Signed(replace(payload, signed_transaction=signature), 1)


def _sign_bip322(
    request: MessageRequest, located: Located, root: object, network: Network
) -> bytes:
    from coldsign.chains.bitcoin.build import _derivation_records
    from coldsign.codec.psbt import (
        IN_BIP32_DERIVATION,
        IN_REDEEM_SCRIPT,
        IN_TAP_BIP32_DERIVATION,
        IN_TAP_INTERNAL_KEY,
        IN_WITNESS_SCRIPT,
    )
    from coldsign.keys.hd import ExtendedPrivateKey
    from coldsign.messages import bip322

    assert isinstance(root, ExtendedPrivateKey)
    records = _derivation_records(
        located.derived,
        IN_BIP32_DERIVATION,
        IN_TAP_BIP32_DERIVATION,
        IN_TAP_INTERNAL_KEY,
        IN_REDEEM_SCRIPT,
        IN_WITNESS_SCRIPT,
    )
    psbt = bip322.create_psbt(request.message, located.derived.script_pubkey, records=records)
    result = bip322.sign_with_root(psbt, root)
    if result.inputs_signed != 1:
        raise NotOurs("the seed signed nothing for this address")
    fmt = (
        bip322.Format.SIMPLE
        if request.format is MessageFormat.BIP322_SIMPLE
        else bip322.Format.FULL
    )
    text = bip322.encode_signature(result.psbt, fmt)
    check = bip322.verify(request.address, request.message, text, network=network)
    if not check.unconditional:
        raise AuthenticationError([f"our own BIP-322 signature does not verify: {check.reasons}"])
    return text.encode("ascii")


def build_request(
    policy: Policy,
    fmt: MessageFormat,
    address: str,
    path: str | None,
    message: bytes,
    *,
    network: str | None,
    chain_id: int | None,
) -> tuple[MessageRequest, str, int | None]:
    """The request for `address` (its path given, or found in a single-key policy wallet), the
    network, and no chain id; UsageError for what the operator must add."""
    from coldsign.codec.bip32 import parse_path
    from coldsign.codec.script import address_from_script, script_from_address
    from coldsign.errors import UsageError

    if chain_id is not None:
        raise UsageError("--chain-id is for EVM formats")
    if network is not None:
        net = Network.parse(network)
    else:
        networks = {w.network for w in policy.wallets if w.network is not None}
        if len(networks) != 1:
            raise UsageError("the policy has Bitcoin wallets on several networks (or none): "
                             "give --network")  # fmt: skip
        net = networks.pop()
    canonical = address_from_script(script_from_address(address.strip(), net), net) or address
    key_path = parse_path(path) if path else find_path(policy, net, canonical)
    if key_path is None:
        raise UsageError(f"{canonical} is not in a single-key policy wallet on {net.value}: "
                         "give --path")  # fmt: skip
    return MessageRequest(fmt, canonical, key_path, message), net.value, None


def signature_parts(payload: Payload) -> tuple[bytes, str]:
    """(the signature's bytes, its text as wallets write it) of a signed message payload,
    verified again against its request: BIP-137 (65 bytes, base64), BIP-322 (the bytes under
    the base64, "smp…"/"ful…")."""
    import base64

    request = parse_message_request(payload.transaction)
    text = signature_text(payload, request)
    if request.format is MessageFormat.BIP137:
        return base64.b64decode(text), text
    return base64.b64decode(text[3:]), text


def signature_text(payload: Payload, request: MessageRequest) -> str:
    """The signature of a signed Bitcoin message payload as wallets write it (BIP-137 base64;
    BIP-322 "smp…"/"ful…"), verified again against the request first."""
    import base64

    from coldsign.messages import bip137, bip322

    raw = payload.signed_transaction
    if raw is None:
        from coldsign.errors import PolicyViolation

        raise PolicyViolation(["the payload is not signed yet"])
    network = Network.parse(payload.network or "")
    if request.format is MessageFormat.BIP137:
        if len(raw) != 65:
            raise DecodeError("signed message", "a BIP-137 signature is 65 bytes")
        text = base64.b64encode(raw).decode("ascii")
        ok = bip137.verify(request.address, request.message, text, network=network)
    else:
        try:
            text = raw.decode("ascii")
        except UnicodeDecodeError:
            raise DecodeError("signed message", "a BIP-322 signature is ASCII text") from None
        ok = bip322.verify(request.address, request.message, text, network=network).unconditional
    if not ok:
        raise AuthenticationError(["the payload's signature does not verify for its request"])
    return text


# --- proofs of reserves ---------------------------------------------------------------------


@dataclass(frozen=True)
class ProofReview:
    """A proof of reserves: the message, the challenge, every UTXO it proves and the total."""

    message: bytes
    challenge: str | None
    wallet: str | None
    rows: tuple[ReviewLine, ...]
    total_sat: int
    txid: str | None = None

    def lines(self) -> list[ReviewLine]:
        text = message_text(self.message)
        return [
            ReviewLine("format", "BIP-322 proof of funds (never a transaction)"),
            ReviewLine("message", visible(text) if text is not None else self.message.hex()),
            ReviewLine("challenge", self.challenge or "unknown"),
            ReviewLine("wallet", self.wallet or "NOT ONE POLICY WALLET"),
            ReviewLine(
                "proves",
                f"{len(self.rows)} UTXO(s), {format_units(self.total_sat, 8)} BTC "
                f"({self.total_sat:,} sat)",
            ),
        ]

    def inputs(self) -> list[ReviewLine]:
        return list(self.rows)

    def to_json(self) -> dict[str, JsonValue]:
        return {
            "format": POF_FORMAT,
            "message": message_text(self.message),
            "message_sha256": hashlib.sha256(self.message).hexdigest(),
            "challenge": self.challenge,
            "wallet": self.wallet,
            "utxos": len(self.rows),
            "total_sat": str(self.total_sat),
        }


def analyze_proof(payload: Payload, tx: BitcoinProof, policy: Policy) -> Analysis:
    """Facts of a proof: every reason it could be a spend, and whether every input (the
    challenge included) re-derives from one policy wallet. Nothing is charged or spent."""
    from coldsign.chains.bitcoin.module import _NoWallet, wallet_of
    from coldsign.chains.bitcoin.summary import analyze
    from coldsign.codec.script import address_from_script
    from coldsign.messages import bip322
    from coldsign.policy.approval import bitcoin_tx_material

    psbt = tx.psbt
    refusals = [
        Reason("proof.unsafe", f"proof PSBT: {problem}", field="transaction")
        for problem in bip322.is_proof_of_funds(psbt)
    ]
    message = psbt.generic_signed_message or b""
    rules = policy.wallets_on(NAME, tx.network.value)
    wallets = [wallet_of(w.descriptor or "", tx.network) for w in rules]
    summary = (
        analyze(psbt, wallets, names=[w.name for w in rules])
        if wallets
        else analyze(psbt, _NoWallet(tx.network))
    )
    owners = {i.wallet for i in summary.inputs}
    wallet = owners.pop() if len(owners) == 1 else None
    for inp in summary.inputs:
        if not inp.ours:
            refusals.append(
                Reason(
                    "proof.foreign_input",
                    f"input {inp.index}{' (the challenge)' if inp.index == 0 else ''}: does not "
                    "re-derive from a wallet of the policy",
                    input=inp.index,
                )
            )
    if wallet is None and all(x.ours for x in summary.inputs):
        refusals.append(
            Reason("proof.mixed_wallets", "inputs: they belong to more than one wallet")
        )
    spent: list[tuple[int, bytes]] = []
    rows: list[ReviewLine] = []
    total = 0
    for i in range(len(psbt.inputs)):
        out = psbt.spent_output(i)
        spent.append((out.amount_sat, out.script_pubkey) if out is not None else (0, b""))
        if i > 0 and out is not None:
            total += out.amount_sat
            address = address_from_script(out.script_pubkey, tx.network) or out.script_pubkey.hex()
            prevout = psbt.unsigned_tx().inputs[i].prevout
            rows.append(
                ReviewLine(
                    f"input {i}",
                    f"{prevout.txid_hex}:{prevout.vout}  {format_units(out.amount_sat, 8)} BTC  "
                    f"{address}",
                )
            )
    first = psbt.spent_output(0) if psbt.inputs else None
    challenge = address_from_script(first.script_pubkey, tx.network) if first is not None else None
    material = (
        var_bytes(PROOF_TAG)
        + var_bytes(bitcoin_tx_material(psbt.unsigned_tx().serialize(witness=False), spent))
        + var_bytes(message)
    )
    path = "?"
    if summary.inputs and summary.inputs[0].branch is not None:
        path = f"{summary.inputs[0].branch}/{summary.inputs[0].address_index}"
    facts = TxFacts(
        chain=NAME,
        scope=tx.network.value,
        tx_material=material,
        asset_symbol_hint="a proof of reserves",
        contract=None,
        from_wallet=wallet,
        outputs=(),
        fee=0,
        fee_decimals=8,
        fee_unit="BTC",
        spends=(),  # a proof spends nothing: the same coins may be withdrawn later
        refusals=tuple(refusals),
        message=MessageFacts(
            PROOF, POF_FORMAT, wallet, challenge or "?", path, message_text(message)
        ),
    )
    return Analysis(facts, ProofReview(message, challenge, wallet, tuple(rows), total))


def sign_proof(payload: Payload, tx: BitcoinProof, seed: Seed, policy: Policy) -> Signed:
    """Sign the proof PSBT with the seed's keys (`bip322.sign` checks it cannot be a spend
    first); the signed PSBT stays in TRANSACTION, like a withdrawal's, for cosigners."""
    from coldsign.chains.bitcoin.module import check_seed_belongs
    from coldsign.messages import bip322

    check_seed_belongs(policy, tx.network, seed)
    result = bip322.sign(tx.psbt, seed)
    if result.inputs_signed == 0:
        raise NotOurs("no input of the proof belongs to the seed")
    return Signed(replace(payload, transaction=result.psbt.serialize()), result.inputs_signed)
