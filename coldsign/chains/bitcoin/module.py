"""Bitcoin behind the chain interface: policy syntax, facts, review, signing, finalizing.

Which wallet spends: every input must re-derive from one policy wallet on the payload's network
(inputs of two wallets, or foreign inputs, are refused). Change is only an output on the *change
branch of that wallet*; an output that re-derives from any other policy wallet (or from the
spending wallet's receive branch) is an internal transfer, judged by a `[[transfers]]` rule
(issue 12.3). What a signature spends is recorded as replay keys `bitcoin:NETWORK:TXID:VOUT`, so
a different transaction spending an outpoint already signed for is refused (issue 12.6).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import overload

from coldsign.chains.base import Analysis, ChainTransaction, Finalized, ReviewLine, Signed
from coldsign.chains.bitcoin.summary import InputSummary, SpendSummary, analyze
from coldsign.chains.bitcoin.wallet import CHANGE, Wallet
from coldsign.codec.jsontext import JsonValue
from coldsign.codec.message_request import MessageFormat, MessageRequest
from coldsign.codec.payload import WITHDRAWAL, Payload
from coldsign.codec.psbt import Psbt
from coldsign.errors import (
    AuthenticationError,
    DecodeError,
    NotOurs,
    PolicyViolation,
    Reason,
    UsageError,
)
from coldsign.keys.secrets import Seed
from coldsign.policy.chainspec import EntryAddress, KeyIdentity
from coldsign.policy.checks import OutputFact, OutputRole, TxFacts
from coldsign.policy.config import AssetScope, Policy, WalletRule
from coldsign.policy.fields import Fields
from coldsign.units import Network, format_units

NAME = "bitcoin"
SIGHASH_DEFAULT, SIGHASH_ALL = 0x00, 0x01


@dataclass(frozen=True)
class BitcoinTx:
    """A payload's PSBT and the network it is for."""

    psbt: Psbt
    network: Network

    @property
    def chain(self) -> str:
        return NAME


def check_seed_belongs(policy: Policy, network: Network, seed: Seed) -> None:
    """AuthenticationError unless the seed's master fingerprint is a key of one of the policy's
    wallets on `network`: caught before signing (issue 13.13), since a mistyped passphrase makes
    another wallet. One check for withdrawals, messages and proofs."""
    expected = sorted(
        {
            fp.hex()
            for rule in policy.wallets_on(NAME, network.value)
            for fp in wallet_of(rule.descriptor or "", network).fingerprints
        }
    )
    if seed.fingerprint not in expected:
        raise AuthenticationError(
            [
                f"the seed's master fingerprint {seed.fingerprint} is not a key of the "
                f"policy's wallets on {network.value} (expected one of "
                f"{', '.join(expected)}): a wrong passphrase or the wrong seed?"
            ]
        )


@functools.lru_cache(maxsize=64)
def wallet_of(descriptor: str, network: Network) -> Wallet:
    """The watch-only wallet of a policy descriptor (parsed once per process)."""
    return Wallet.from_descriptor(descriptor, network)


class BitcoinSpec:
    """Bitcoin's policy syntax: networks, descriptors (key networks checked), addresses."""

    name = NAME
    fee_decimals = 8

    def parse_wallet(self, fields: Fields, name: str) -> WalletRule:
        try:
            network = Network.parse(fields.req_string("network"))
        except DecodeError as exc:
            raise fields.error("network", exc.reason) from None
        descriptor = fields.req_string("descriptor")
        try:
            wallet_of(descriptor, network)  # parses, and checks every key is for this network
        except DecodeError as exc:
            raise fields.error("descriptor", f"wallet {name}: {exc}") from None
        return WalletRule(name, NAME, network=network, descriptor=descriptor)

    def parse_asset_scope(self, fields: Fields) -> AssetScope:
        try:
            network = Network.parse(fields.req_string("network"))
        except DecodeError as exc:
            raise fields.error("network", exc.reason) from None
        rate = fields.integer("max_fee_rate", required=False, minimum=1)
        # Default on (issue 12.6): a segwit v0 amount is otherwise the PSBT's word for it.
        require_previous = fields.boolean("require_previous_tx", True)
        body: list[tuple[str, str | int | bool]] = [
            ("network", network.value),
            ("require_previous_tx", require_previous),
        ]
        if rate is not None:
            body.append(("max_fee_rate", rate))
        return AssetScope(
            decimals=8,
            fee_decimals=8,
            body=tuple(body),
            network=network,
            max_fee_rate=rate,
            require_previous_tx=require_previous,
        )

    def parse_entry(self, fields: Fields) -> EntryAddress:
        from coldsign.codec.script import address_from_script, script_from_address

        try:
            network = Network.parse(fields.req_string("network"))
        except DecodeError as exc:
            raise fields.error("network", exc.reason) from None
        text = fields.req_string("address").strip()
        try:
            spk = script_from_address(text, network)
        except DecodeError as exc:
            raise fields.error("address", exc.reason) from None
        if text.islower() and text.startswith(network.bech32_hrp + "1"):
            # A lower-case bech32 address that decodes is its own normal form (hrp, data and
            # checksum determine each other): no re-encoding for each of 100,000 entries.
            address = text
        else:
            address = address_from_script(spk, network) or text
        return EntryAddress(network.value, address, spk.hex(), (("network", network.value),))

    def parse_contract(self, fields: Fields, key: str) -> str:
        raise fields.error(key, "Bitcoin has no contracts (typed data is for EVM wallets)")

    def wallet_keys(self, wallet: WalletRule) -> list[list[KeyIdentity]]:
        from coldsign.codec.descriptor import key_point

        assert wallet.descriptor is not None and wallet.network is not None
        receive = wallet_of(wallet.descriptor, wallet.network).branches[0]
        first = receive.derive(0)
        slots: list[list[KeyIdentity]] = []
        for position, key in enumerate(receive.keys):
            label = f"key {position + 1} of wallet {wallet.name}"
            identities = [KeyIdentity(key_point(key), label)]
            if position < len(first.keys):
                derived = first.keys[position].public_key[-32:]
                identities.append(KeyIdentity(derived, f"{label} at index 0"))
            slots.append(identities)
        return slots


@dataclass(frozen=True)
class BitcoinReview:
    """The Bitcoin facts an operator checks beyond destinations: txid, every input, fee rate."""

    summary: SpendSummary
    network: Network

    @property
    def txid(self) -> str | None:
        return self.summary.txid

    def lines(self) -> list[ReviewLine]:
        s = self.summary
        fee = "unknown" if s.fee_sat is None else btc_and_sat(s.fee_sat)
        rate = "unknown" if s.fee_rate is None else f"{s.fee_rate:.2f} sat/vB"
        # An input without UTXO data leaves the sum unknown: stated so, never as 0 BTC.
        total = (
            "total unknown"
            if s.input_total_sat is None
            else f"{btc_and_sat(s.input_total_sat)} in all"
        )
        return [
            ReviewLine("txid", f"{s.txid} (of the unsigned transaction)"),
            ReviewLine("network", self.network.value),
            ReviewLine("inputs", f"{len(s.inputs)}, {total}"),
            ReviewLine("fee", f"{fee} at {rate} (estimated {s.vsize} vB)"),
        ]

    def inputs(self) -> Sequence[ReviewLine]:
        """One line per input, each made when it is read: a review screen shows the first 50
        of 10,000 (`list(...)` makes them all, as `payload show --json` lists every input)."""
        return InputLines(self.summary.inputs)

    def to_json(self) -> dict[str, JsonValue]:
        data: dict[str, JsonValue] = self.summary.to_json()
        return data


class InputLines(Sequence[ReviewLine]):
    """The review lines of a summary's inputs, made on access (issue 16: a review screen reads
    50 of them), equal to the list the review made of every input before."""

    __slots__ = ("_inputs", "_shown")

    def __init__(self, inputs: Sequence[InputSummary]) -> None:
        self._inputs = inputs
        self._shown: dict[int, str] = {}  # each distinct amount formatted once (inputs share)

    def __len__(self) -> int:
        return len(self._inputs)

    @overload
    def __getitem__(self, index: int) -> ReviewLine: ...

    @overload
    def __getitem__(self, index: slice) -> list[ReviewLine]: ...

    def __getitem__(self, index: int | slice) -> ReviewLine | list[ReviewLine]:
        if isinstance(index, slice):
            return [self._line(i) for i in self._inputs[index]]
        return self._line(self._inputs[index])

    def _line(self, i: InputSummary) -> ReviewLine:
        sat = i.amount_sat
        amount = "amount unknown" if sat is None else self._shown.get(sat)
        if amount is None:
            assert sat is not None
            amount = self._shown[sat] = btc_and_sat(sat)
        where = f" {i.wallet} {i.branch}/{i.address_index}" if i.wallet is not None else ""
        owner = f"ours:{where}" if i.ours else "NOT OURS"
        return ReviewLine(f"input {i.index}", f"{i.prevout}  {amount}  {owner}")


def btc_and_sat(sat: int) -> str:
    """`0.00012345 BTC (12,345 sat)`: both units, exact (no floats)."""
    return f"{format_units(sat, 8)} BTC ({sat:,} sat)"


class BitcoinModule:
    """`coldsign.chains.base.ChainModule` for Bitcoin (PSBT v0/v2 inside the payload)."""

    spec = BitcoinSpec()

    def decode(self, payload: Payload) -> ChainTransaction:
        from coldsign.codec.psbt import parse_psbt

        if payload.chain_id is not None or payload.sender is not None:
            raise DecodeError("payload", "a Bitcoin payload has a network, not a chain id")
        network = Network.parse(payload.network or "")
        if payload.kind == WITHDRAWAL:
            return BitcoinTx(parse_psbt(payload.transaction), network)
        from coldsign.policy.messages import MESSAGE, PROOF

        if payload.kind in (MESSAGE, PROOF):  # issue 15: chains/bitcoin/messages.py
            from coldsign.chains.bitcoin import messages

            return messages.decode(payload, network)
        raise DecodeError("payload", f"kind {payload.kind!r} is not one coldsign signs")

    def analyze(self, payload: Payload, tx: ChainTransaction, policy: Policy) -> Analysis:
        if not isinstance(tx, BitcoinTx):
            # Imported here: a withdrawal's run (the common case) does not load the message code.
            from coldsign.chains.bitcoin import messages

            if isinstance(tx, messages.BitcoinMessage):
                return messages.analyze_message(payload, tx, policy)
            if isinstance(tx, messages.BitcoinProof):
                return messages.analyze_proof(payload, tx, policy)
        assert isinstance(tx, BitcoinTx)
        rules = policy.wallets_on(NAME, tx.network.value)
        refusals: list[Reason] = []
        if not rules:
            refusals.append(
                Reason(
                    "wallet.none",
                    f"network: the policy has no Bitcoin wallet on {tx.network.value}",
                    field="network",
                )
            )
            wallets: list[Wallet] = []
        else:
            wallets = [wallet_of(w.descriptor or "", tx.network) for w in rules]
        names = [w.name for w in rules]
        summary = (
            analyze(tx.psbt, wallets, names=names)
            if wallets
            else analyze(tx.psbt, _NoWallet(tx.network))
        )
        asset = policy.asset_for(NAME, tx.network.value)
        owners = sorted({i.wallet for i in summary.inputs if i.wallet is not None})
        from_wallet = owners[0] if len(owners) == 1 else None
        if len(owners) > 1:
            refusals.append(
                Reason(
                    "input.mixed_wallets",
                    f"inputs: they belong to more than one wallet ({', '.join(owners)})",
                )
            )
        # One pass over the inputs for every per-input check, the approval material and the
        # replay keys; the reasons keep their order (each check's reasons, input by input).
        require_proof = asset is not None and asset.require_previous_tx
        scope = f"{NAME}:{tx.network.value}:"
        spends: list[str] = []  # replay keys: the analysis's "txid:vout", in input order
        spent: list[tuple[int, bytes]] = []  # (amount, scriptPubKey) for the approval digest
        sighash: list[Reason] = []
        no_utxo: list[Reason] = []
        for inp, m in zip(summary.inputs, tx.psbt.inputs, strict=True):
            i = inp.index
            spends.append(scope + inp.prevout)
            sat = inp.amount_sat
            if sat is not None:
                if not inp.ours:
                    refusals.append(
                        Reason(
                            "input.foreign",
                            f"input {i}: does not belong to a wallet of the policy",
                            input=i,
                        )
                    )
                if require_proof and not inp.amount_proven:
                    refusals.append(
                        Reason(
                            "input.unproven_amount",
                            f"input {i}: segwit v0 input without its previous transaction "
                            "(non_witness_utxo); the policy requires it to prove the amount. Get "
                            "a PSBT that carries it (Bitcoin Core: walletprocesspsbt with "
                            "bip32derivs; Sparrow includes it), or give payload build --prev-txs",
                            input=i,
                        )
                    )
            spk = inp.script_pubkey
            if sat is None or spk is None:
                # An input without UTXO data cannot be approved: its amount (so the fee) is
                # unknown. Its place in the material is held by (0, b"").
                no_utxo.append(
                    Reason(
                        "input.no_utxo",
                        f"input {i}: no UTXO data, so its amount cannot be approved",
                        input=i,
                    )
                )
                spent.append((0, b""))
            else:
                spent.append((sat, spk))
            sighash_type = m.sighash_type
            if (
                sighash_type is not None
                and sighash_type != SIGHASH_ALL
                and not (sighash_type == SIGHASH_DEFAULT and m.tap_internal_key)
            ):
                sighash.append(
                    Reason(
                        "input.sighash",
                        f"input {i}: sighash type {sighash_type:#x} is not SIGHASH_ALL/DEFAULT",
                        input=i,
                    )
                )
        refusals += sighash
        if tx.psbt.generic_signed_message is not None:
            # A BIP-322 to_sign PSBT (issue 15) is signed only as a `proof` payload, under [proofs].
            refusals.append(
                Reason(
                    "tx.message_psbt",
                    "transaction: the PSBT carries a BIP-322 message (PSBT_GLOBAL_GENERIC_SIGNED_"
                    "MESSAGE): a proof of reserves is a proof payload, not a withdrawal",
                    field="transaction",
                )
            )
        outputs = []
        for o in summary.outputs:
            if o.wallet is None:
                role, wallet = OutputRole.EXTERNAL, None
            elif o.wallet == from_wallet and o.branch == CHANGE:
                role, wallet = OutputRole.CHANGE, o.wallet
            else:
                role, wallet = OutputRole.TRANSFER, o.wallet
            outputs.append(
                OutputFact(o.index, o.address, o.amount_sat, role, o.script_pubkey.hex(), wallet)
            )
        refusals += no_utxo
        from coldsign.policy.approval import bitcoin_tx_material

        material = bitcoin_tx_material(tx.psbt.unsigned_tx_bytes(), spent)
        facts = TxFacts(
            chain=NAME,
            scope=tx.network.value,
            tx_material=material,
            asset_symbol_hint=f"bitcoin {tx.network.value}",
            contract=None,
            from_wallet=from_wallet,
            outputs=tuple(outputs),
            fee=summary.fee_sat or 0,
            fee_decimals=8,
            fee_unit="BTC",
            spends=tuple(spends),
            fee_rate=summary.fee_rate,
            refusals=tuple(refusals),
            warnings=tuple(summary.warnings),
        )
        return Analysis(facts, BitcoinReview(summary, tx.network))

    def sign(self, payload: Payload, tx: ChainTransaction, seed: Seed, policy: Policy) -> Signed:
        from dataclasses import replace

        from coldsign.keys.signer import sign_psbt

        if not isinstance(tx, BitcoinTx):
            # Imported here: a withdrawal's run (the common case) does not load the message code.
            from coldsign.chains.bitcoin import messages

            if isinstance(tx, messages.BitcoinMessage):
                return messages.sign_message(payload, tx, seed, policy)
            if isinstance(tx, messages.BitcoinProof):
                return messages.sign_proof(payload, tx, seed, policy)
        assert isinstance(tx, BitcoinTx)
        check_seed_belongs(policy, tx.network, seed)
        result = sign_psbt(tx.psbt, seed)
        if result.inputs_signed == 0:
            raise NotOurs("no input of this PSBT belongs to the seed")
        return Signed(replace(payload, transaction=result.psbt.serialize()), result.inputs_signed)

    def message_request(
        self,
        policy: Policy,
        fmt: MessageFormat,
        address: str,
        path: str | None,
        message: bytes,
        *,
        network: str | None,
        chain_id: int | None,
    ) -> tuple[MessageRequest, str | None, int | None]:
        from coldsign.chains.bitcoin import messages

        return messages.build_request(
            policy, fmt, address, path, message, network=network, chain_id=chain_id
        )

    def message_signature(self, payload: Payload) -> tuple[bytes, str]:
        from coldsign.chains.bitcoin import messages

        return messages.signature_parts(payload)

    def combine(self, payloads: list[Payload]) -> bytes:
        from coldsign.codec.psbt import combine, parse_psbt
        from coldsign.policy.messages import MESSAGE

        base = payloads[0].transaction
        if all(p.transaction == base for p in payloads[1:]):
            return base
        if payloads[0].kind == MESSAGE:
            raise AuthenticationError(["the copies hold different message requests"])
        try:
            return combine([parse_psbt(p.transaction) for p in payloads]).serialize()
        except (DecodeError, PolicyViolation) as exc:
            # Copies of one withdrawal hold one transaction: anything else is tampering (exit 5).
            raise AuthenticationError([f"transactions differ: {exc}"]) from None

    def finalize(self, payload: Payload) -> Finalized:
        from coldsign.codec.psbt import extract, finalize_complete, parse_psbt
        from coldsign.policy.messages import PROOF

        if payload.kind == PROOF:
            # A proof of reserves must never become a broadcastable transaction (issue 15.3).
            raise PolicyViolation(
                [
                    Reason(
                        "proof.no_finalize",
                        "a proof of reserves is never finalized into a transaction: export it "
                        "with `coldsign reserves btc export`",
                    )
                ]
            )
        if payload.kind != WITHDRAWAL:
            raise UsageError(f"a {payload.kind} payload has no transaction: use message export")
        final = finalize_complete(parse_psbt(payload.transaction))
        tx = extract(final)
        raw = tx.serialize()
        return Finalized(raw, raw.hex(), tx.txid_hex)


class _NoWallet:
    """Stands in when the policy has no wallet on the network: nothing re-derives."""

    def __init__(self, network: Network) -> None:
        self._network = network

    @property
    def network(self) -> Network:
        return self._network

    def match(self, script_pubkey: bytes, claimed: object) -> None:
        return None


MODULE = BitcoinModule()
