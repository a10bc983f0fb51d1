# ruff: noqa: F811 - `ms` and `messages_base` are pytest fixtures imported from messages_setup
"""Issue 15: messages and typed data through the guarded signer, via the installed CLI.

Refusals (each exit 4 with its reasons and codes, nothing written, audited): a message outside
every template, typed data from a domain the policy does not list, a Permit to a spender off the
whitelist, a Permit2 over the cap, too few approvals — and an insider's disguises: value-moving
typed data under an innocent name, a personal message that is a transaction, a message signed
with a key the policy does not name. Happy paths are checked by peers: eth-account (EIP-191,
EIP-712), the `bip322` crate (BIP-322 simple) and python-bitcointx (BIP-137, BIP-322 full).
Payloads are built and approved in process (messages_setup.py); `message build` and
`payload import --eth-sign-request` are exercised through the CLI too.
"""

from __future__ import annotations

import base64
import time

from coldsign.codec.message_request import MessageFormat
from tests.cli.guarded.conftest import NOT_WHITELISTED, Setup
from tests.cli.guarded.messages_setup import (
    SENDER,
    USDC,
    approved_message,
    btc_address,
    messages_base,  # noqa: F401 - the session-scoped custody, used by `ms`
    ms,  # noqa: F401
    permit,
    permit_single,
    typed,
)
from tests.cli.guarded.test_evm import BENEFICIARY, STRANGER
from tests.cli.guarded.test_insider import audit, refused

SNAPSHOT = (
    "Proof of reserves snapshot 2026-12-31T00:00:00Z bitcoin testnet hash "
    + "00" * 4
    + "ab" * 28
    + " block 4100000"
)


def now() -> int:
    return int(time.time())


def signed(setup: Setup, payload: object) -> str:
    result, out = setup.sign(payload)  # type: ignore[arg-type]
    assert result.exit_code == 0, result.stderr
    exported = setup.cs("message", "export", out)
    assert exported.exit_code == 0, exported.stderr
    return exported.stdout.strip()


# --- the must-show refusals -----------------------------------------------------------------


def test_a_message_outside_every_template_is_refused(ms: Setup) -> None:
    p = approved_message(ms, "m-tpl", MessageFormat.BIP322_SIMPLE, btc_address(ms),
                         "I hereby transfer all coins of this wallet to Mallory", now=now())  # fmt: skip
    stderr = refused(ms, p, 4, "matches no template", codes=("message.template",))
    assert "travel-rule: prefix 'Travel rule: '" in stderr


def test_typed_data_from_a_domain_the_policy_does_not_list_is_refused(ms: Setup) -> None:
    data = typed("Login", {"Login": [("user", "string"), ("nonce", "uint256")]},
                 {"name": "Evil Desk", "version": "1", "chainId": 1},
                 {"user": "ops", "nonce": 7})  # fmt: skip
    p = approved_message(ms, "td-domain", MessageFormat.EIP712, SENDER, data, now=now())
    refused(ms, p, 4, "name=Evil Desk", "is not one the policy lists", codes=("typed_data.domain",))


def test_a_permit_to_a_spender_off_the_whitelist_is_refused(ms: Setup) -> None:
    p = approved_message(ms, "permit-stranger", MessageFormat.EIP712, SENDER,
                         permit(STRANGER, 1_000 * 10**6), now=now())  # fmt: skip
    stderr = refused(ms, p, 4, "not on the whitelist", codes=("whitelist.not_listed",))
    assert STRANGER in stderr


def test_a_permit2_over_the_cap_is_refused(ms: Setup) -> None:
    p = approved_message(ms, "permit2-cap", MessageFormat.EIP712, SENDER,
                         permit_single(BENEFICIARY, 300_000 * 10**6), now=now())  # fmt: skip
    refused(ms, p, 4, "exceeds the per-transaction cap of 250000.0 USDC", codes=("limit.per_tx",))


def test_too_few_approvals_for_a_message_is_refused(ms: Setup) -> None:
    p = approved_message(ms, "m-few", MessageFormat.EIP191, SENDER, SNAPSHOT, now=now(),
                         approvers=("alice",))  # fmt: skip
    refused(ms, p, 4, "1 valid of the 2 required", codes=("approvals.too_few",))


# --- an insider's disguises -----------------------------------------------------------------


def test_typed_data_with_an_innocent_name_and_the_fields_of_a_permit_is_refused(ms: Setup) -> None:
    """`Greeting` is allowed for the desk's domain, but it has exactly Permit's fields: a
    contract could verify it as an allowance."""
    data = typed(
        "Greeting",
        {
            "Greeting": [
                ("owner", "address"),
                ("spender", "address"),
                ("value", "uint256"),
                ("nonce", "uint256"),
                ("deadline", "uint256"),
            ]
        },
        {"name": "Example Desk", "version": "1", "chainId": 1},
        {
            "owner": SENDER,
            "spender": STRANGER,
            "value": "1000000000",
            "nonce": 0,
            "deadline": 4102444800,
        },
    )
    p = approved_message(ms, "td-greeting", MessageFormat.EIP712, SENDER, data, now=now())
    refused(ms, p, 4, "has exactly the fields of Permit", codes=("typed_data.disguised",))


def test_typed_data_embedding_permit2_token_permissions_is_refused(ms: Setup) -> None:
    data = typed(
        "Login",
        {
            "Login": [("user", "string"), ("grant", "TokenPermissions")],
            "TokenPermissions": [("token", "address"), ("amount", "uint256")],
        },
        {"name": "Example Desk", "version": "1", "chainId": 1},
        {"user": "ops", "grant": {"token": USDC, "amount": "5"}},
    )
    p = approved_message(ms, "td-embed", MessageFormat.EIP712, SENDER, data, now=now())
    refused(ms, p, 4, "contains TokenPermissions", codes=("typed_data.disguised",))


def test_an_eip3009_transfer_authorization_counts_as_a_withdrawal(ms: Setup) -> None:
    """USDC's TransferWithAuthorization is a transfer by signature: to a stranger it is refused
    by the whitelist like any withdrawal."""
    data = typed(
        "TransferWithAuthorization",
        {
            "TransferWithAuthorization": [
                ("from", "address"),
                ("to", "address"),
                ("value", "uint256"),
                ("validAfter", "uint256"),
                ("validBefore", "uint256"),
                ("nonce", "bytes32"),
            ]
        },
        {"name": "USD Coin", "version": "2", "chainId": 1, "verifyingContract": USDC},
        {
            "from": SENDER,
            "to": STRANGER,
            "value": "5000000",
            "validAfter": 0,
            "validBefore": 4102444800,
            "nonce": "0x" + "11" * 32,
        },
    )
    p = approved_message(ms, "td-3009", MessageFormat.EIP712, SENDER, data, now=now())
    refused(ms, p, 4, "not on the whitelist", codes=("whitelist.not_listed",))


def test_an_unlimited_permit_is_refused_even_to_a_whitelisted_spender(ms: Setup) -> None:
    p = approved_message(ms, "permit-max", MessageFormat.EIP712, SENDER,
                         permit(BENEFICIARY, 2**256 - 1), now=now())  # fmt: skip
    refused(ms, p, 4, "unlimited", codes=("typed_data.unlimited", "limit.per_tx"))


def test_a_permit_for_someone_elses_tokens_is_refused(ms: Setup) -> None:
    p = approved_message(ms, "permit-owner", MessageFormat.EIP712, SENDER,
                         permit(BENEFICIARY, 10**6, owner=STRANGER), now=now())  # fmt: skip
    refused(ms, p, 4, "is not the signing address", codes=("typed_data.owner",))


def test_a_personal_message_that_is_a_transaction_is_refused(ms: Setup) -> None:
    """The ops rule (a careless one) allows any hex text: a signed-looking EVM transaction in hex
    is still refused."""
    from coldsign.chains.evm.address import Address
    from coldsign.chains.evm.tx import Eip1559Tx, encode_unsigned

    tx = Eip1559Tx(chain_id=1, nonce=3, max_priority_fee_per_gas=1, max_fee_per_gas=2,
                   gas_limit=21_000, to=Address.parse(STRANGER), value=10**18, data=b"")  # fmt: skip
    p = approved_message(ms, "m-tx", MessageFormat.EIP191, SENDER,
                         "0x" + encode_unsigned(tx).hex(), now=now())  # fmt: skip
    refused(ms, p, 4, "hex of an unsigned EVM transaction", codes=("message.transaction_like",))


def test_a_message_hash_is_refused(ms: Setup) -> None:
    p = approved_message(ms, "m-hash", MessageFormat.EIP191, SENDER, "ab" * 32, now=now())
    refused(ms, p, 4, "32-byte value", codes=("message.transaction_like",))


def test_a_message_signed_with_a_key_the_policy_does_not_name_is_refused(ms: Setup) -> None:
    p = approved_message(ms, "m-stranger", MessageFormat.BIP322_SIMPLE, NOT_WHITELISTED,
                         "Travel rule: hello", now=now())  # fmt: skip
    refused(ms, p, 4, "is not a wallet of the policy", codes=("message.wallet",))
    # The wallet's own address at a path of the account that is not its key: refused too.
    p = approved_message(ms, "m-path", MessageFormat.BIP322_SIMPLE, btc_address(ms),
                         "Travel rule: hello", now=now(), path="m/84'/1'/0'/0/1")  # fmt: skip
    refused(ms, p, 4, "is not a wallet of the policy", codes=("message.wallet",))


def test_a_wallet_a_rule_does_not_name_cannot_sign_its_messages(ms: Setup) -> None:
    p = approved_message(ms, "m-eth-travel", MessageFormat.EIP191, SENDER, "Travel rule: x",
                         now=now())  # fmt: skip
    refused(ms, p, 4, "matches no template", codes=("message.template",))


def test_bidi_controls_in_a_message_are_refused(ms: Setup) -> None:
    p = approved_message(ms, "m-bidi", MessageFormat.BIP322_SIMPLE, btc_address(ms),
                         "Travel rule: pay \u202eevil", now=now())  # fmt: skip
    refused(ms, p, 4, "U+202E", codes=("message.control_chars",))
    shown = ms.cs("payload", "show", p)
    assert "pay \\u202eevil" in shown.stderr and "\u202e" not in shown.stderr


# --- happy paths, verified by peers -----------------------------------------------------------


def test_bip322_simple_signature_verifies_with_the_bip322_crate(ms: Setup) -> None:
    import bip322 as rust

    address = btc_address(ms)
    text = "Travel rule: we control " + address
    sig = signed(ms, approved_message(ms, "m-322", MessageFormat.BIP322_SIMPLE, address, text,
                                      now=now()))  # fmt: skip
    assert sig.startswith("smp")
    assert rust.verify_simple_encoded(address, text, sig.removeprefix("smp")) is None
    record = audit(ms)[-1]
    assert record["decision"] == "signed"
    details = record["details"]
    assert isinstance(details, dict)
    assert details["kind"] == "message" and details["signed_format"] == "bip322-simple"
    assert details["charges"] == [] and details["spends"] == []


def test_bip322_full_signature_passes_python_bitcointx_verifyscript(ms: Setup) -> None:
    from coldsign.codec.script import script_from_address
    from coldsign.messages import bip322
    from coldsign.units import Network
    from tests.unit.messages.test_bitcoin_peers import _interpreter_check

    address = btc_address(ms)
    text = "Travel rule: full form"
    sig = signed(ms, approved_message(ms, "m-ful", MessageFormat.BIP322_FULL, address, text,
                                      now=now()))  # fmt: skip
    assert sig.startswith("ful")
    spk = script_from_address(address, Network.TESTNET)
    tx = bip322.decode_signature(sig).tx
    assert tx is not None
    assert _interpreter_check(tx, [bip322.to_spend(spk, text).outputs[0]]) == 1


def test_bip137_signature_verifies_with_python_bitcointx(ms: Setup) -> None:
    from coldsign.codec.script import script_from_address
    from coldsign.units import Network
    from tests.unit.messages.test_bitcoin_peers import _bitcointx

    address = btc_address(ms)
    text = "Travel rule: legacy signed message"
    sig = signed(ms, approved_message(ms, "m-137", MessageFormat.BIP137, address, text,
                                      now=now()))  # fmt: skip
    raw = base64.b64decode(sig)
    assert len(raw) == 65 and 39 <= raw[0] <= 42  # BIP-137 P2WPKH header
    _bitcointx()
    from bitcointx.core.key import CPubKey
    from bitcointx.signmessage import BitcoinMessage

    key = CPubKey.recover_compact(
        BitcoinMessage(text).GetHash(), bytes([31 + (raw[0] - 39)]) + raw[1:]
    )
    from coldsign.codec.script import hash160

    assert key is not None
    assert hash160(bytes(key)) == script_from_address(address, Network.TESTNET)[2:]


def test_eip191_signature_recovers_with_eth_account(ms: Setup) -> None:
    from eth_account import Account
    from eth_account.messages import encode_defunct

    sig = signed(ms, approved_message(ms, "m-191", MessageFormat.EIP191, SENDER, SNAPSHOT,
                                      now=now()))  # fmt: skip
    assert Account.recover_message(encode_defunct(text=SNAPSHOT), signature=sig) == SENDER


def test_a_permit_within_limits_signs_counts_against_velocity_and_recovers_in_eth_account(
    ms: Setup,
) -> None:
    """A Permit of 200,000 USDC to a whitelisted spender signs (3 approvals: above the 100,000
    tier), is charged to USDC's ledger key, and a second one that would pass the 1,000,000 daily
    velocity is refused by the ledger."""
    from eth_account import Account
    from eth_account.messages import encode_typed_data

    data = permit(BENEFICIARY, 200_000 * 10**6)
    two = approved_message(ms, "permit-ok-2", MessageFormat.EIP712, SENDER, data, now=now())
    refused(ms, two, 4, "2 valid of the 3 required", codes=("approvals.too_few",))
    p = approved_message(ms, "permit-ok", MessageFormat.EIP712, SENDER, data, now=now(),
                         approvers=("alice", "bob", "carol"))  # fmt: skip
    sig = signed(ms, p)
    import json

    doc = json.loads(data)
    assert Account.recover_message(encode_typed_data(full_message=doc), signature=sig) == SENDER
    record = [r for r in audit(ms) if r["decision"] == "signed"][-1]
    details = record["details"]
    assert isinstance(details, dict) and details["kind"] == "message"
    usdc_key = "USDC@ethereum:1"
    assert f"{usdc_key}={200_000 * 10**6}" in details["charges"]  # type: ignore[operator]
    # Four more permits of 200,000 reach 1,000,000; the fifth is over the velocity.
    for i in range(1, 6):
        more = approved_message(ms, f"permit-v{i}", MessageFormat.EIP712, SENDER,
                                permit(BENEFICIARY, 200_000 * 10**6, nonce=i), now=now(),
                                approvers=("alice", "bob", "carol"))  # fmt: skip
        if i < 5:
            result, _ = ms.sign(more)
            assert result.exit_code == 0, result.stderr
    refused(ms, more, 4, "1000000.0 USDC already signed in the period", codes=("limit.velocity",))


def test_a_permit_nonce_is_signed_for_one_content_only(ms: Setup) -> None:
    signed(ms, approved_message(ms, "p-n1", MessageFormat.EIP712, SENDER,
                                permit(BENEFICIARY, 10**6, nonce=9), now=now()))  # fmt: skip
    other = approved_message(ms, "p-n2", MessageFormat.EIP712, SENDER,
                             permit(BENEFICIARY, 2 * 10**6, nonce=9), now=now())  # fmt: skip
    refused(ms, other, 4, "already signed for withdrawal 'p-n1'", codes=("replay.spent",))


def test_unknown_typed_data_from_an_allowed_domain_is_shown_field_by_field_and_signed(
    ms: Setup,
) -> None:
    from eth_account import Account
    from eth_account.messages import encode_typed_data

    data = typed("Login", {"Login": [("user", "string"), ("nonce", "uint256")]},
                 {"name": "Example Desk", "version": "1", "chainId": 1},
                 {"user": "ops\u202e", "nonce": 7})  # fmt: skip
    p = approved_message(ms, "td-login", MessageFormat.EIP712, SENDER, data, now=now())
    shown = ms.cs("payload", "show", p)
    assert "message.user" not in shown.stderr and "user: " in shown.stderr
    assert '"ops\\u202e"' in shown.stderr  # escaped, never a live control character
    assert "not known to" in shown.stderr
    import json

    sig = signed(ms, p)
    full = json.loads(data)
    assert Account.recover_message(encode_typed_data(full_message=full), signature=sig) == SENDER


# --- the CLI: message build, ERC-4527 import, finalize ----------------------------------------


def test_message_build_approve_sign_export_through_the_cli(ms: Setup) -> None:
    from eth_account import Account
    from eth_account.messages import encode_defunct

    out = ms.new_name("cli.payload")
    r = ms.cs("message", "build", "--format", "eip191", "--address", SENDER, "--chain-id", "1",
              "--text", SNAPSHOT, "--id", "cli-1", "--initiator", "ivan", "--policy",
              ms.files["policy"], "--whitelist", ms.files["whitelist"], "-o", out)  # fmt: skip
    assert r.exit_code == 0, r.stderr
    result, signed_path = ms.sign(ms.approved(out, "alice", "bob"))
    assert result.exit_code == 0, result.stderr
    sig = ms.cs("--json", "message", "export", signed_path)
    assert sig.exit_code == 0, sig.stderr
    assert Account.recover_message(encode_defunct(text=SNAPSHOT),
                                   signature=sig.json["signature"]) == SENDER  # fmt: skip
    final = ms.cs("payload", "finalize", signed_path)
    assert final.exit_code == 2 and "message export" in final.stderr
    btc = ms.cs("message", "build", "--format", "bip322-simple", "--address", btc_address(ms),
                "--text", "Travel rule: cli", "--id", "cli-2", "--initiator", "ivan",
                "--policy", ms.files["policy"], "--whitelist", ms.files["whitelist"], "-o",
                ms.new_name("cli2.payload"))  # fmt: skip
    assert btc.exit_code == 0, btc.stderr


def test_erc4527_personal_message_and_typed_data_import_as_message_payloads(ms: Setup) -> None:
    import json
    import uuid

    from eth_account import Account
    from eth_account.messages import encode_defunct, encode_typed_data

    from coldsign.codec.bip32 import parse_path
    from coldsign.formats import erc4527 as E
    from coldsign.formats import ur_registry as R
    from coldsign.transport import ur

    cases = [
        (E.DataType.PERSONAL_MESSAGE, SNAPSHOT.encode()),
        (E.DataType.TYPED_DATA, permit(BENEFICIARY, 10**6, nonce=77)),
    ]
    for n, (data_type, sign_data) in enumerate(cases):
        request_id = uuid.uuid4().bytes
        request = E.EthSignRequest(request_id, sign_data, data_type, 1,
                                   R.KeyPath.from_indexes(parse_path("m/44'/60'/0'/0/0"),
                                                          bytes.fromhex("73c5da0a")))  # fmt: skip
        text = ur.encode(ur.UR(E.UR_SIGN_REQUEST, E.encode_eth_sign_request(request)))
        payload = ms.new_name(f"req{n}.payload")
        r = ms.cs("payload", "import", "--eth-sign-request", text, "--id", f"req-{n}",
                  "--initiator", "ivan", "--policy", ms.files["policy"], "--whitelist",
                  ms.files["whitelist"], "-o", payload)  # fmt: skip
        assert r.exit_code == 0, r.stderr
        result, signed_path = ms.sign(ms.approved(payload, "alice", "bob"))
        assert result.exit_code == 0, result.stderr
        answer = ms.cs("--json", "message", "export", signed_path, "--format", "ur")
        assert answer.exit_code == 0, answer.stderr
        back = E.decode_eth_signature(ur.decode(answer.json["signature"]).cbor)
        assert back.request_id == request_id
        sig = "0x" + back.signature.hex()
        message = (
            encode_defunct(text=SNAPSHOT)
            if data_type is E.DataType.PERSONAL_MESSAGE
            else encode_typed_data(full_message=json.loads(sign_data))
        )
        assert Account.recover_message(message, signature=sig) == SENDER
