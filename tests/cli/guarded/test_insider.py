"""Issue 12: limits an insider cannot route around. One test (or more) per numbered item, named
`test_insider_<item>_…`, through the installed CLI: the exit code, every reason named, nothing
written, and the refusal in the audit log with its stable code.

Each attack is what someone with the online machine, one approver key, or a careless policy
could do; payloads are built and approved in process (tests/cli/guarded/payloads.py) and, where
the attack is in the PSBT, edited before the approvers see them, so the approvals are genuine.
"""

from __future__ import annotations

import json
import time
from dataclasses import replace
from pathlib import Path

from coldsign.chains.bitcoin.build import _derivation_records
from coldsign.codec.descriptor import add_checksum, parse_descriptor
from coldsign.codec.payload import Payload, parse_payload, serialize_payload
from coldsign.codec.psbt import (
    GLOBAL_UNSIGNED_TX,
    IN_BIP32_DERIVATION,
    IN_NON_WITNESS_UTXO,
    IN_REDEEM_SCRIPT,
    IN_TAP_BIP32_DERIVATION,
    IN_TAP_INTERNAL_KEY,
    IN_WITNESS_SCRIPT,
    IN_WITNESS_UTXO,
    OUT_BIP32_DERIVATION,
    OUT_REDEEM_SCRIPT,
    OUT_TAP_BIP32_DERIVATION,
    OUT_TAP_INTERNAL_KEY,
    OUT_WITNESS_SCRIPT,
    InputMap,
    KeyPath,
    OutputMap,
    Psbt,
    PsbtMap,
    Record,
)
from coldsign.codec.tx import OutPoint, Transaction, TxIn, TxOut
from coldsign.keys.rolekey import Role, generate_role_key, seal_role_key
from coldsign.keys.secrets import Passphrase
from tests.cli.guarded.conftest import (
    COSIGNER_MNEMONICS,
    FAST_KDF,
    HOT_WALLET,
    OTHER_WHITELISTED,
    Setup,
    account_xpub,
    policy_toml,
    pubs_of,
    sign_doc,
)
from tests.cli.guarded.payloads import approved_payload

SAT = 100_000_000


def now() -> int:
    return int(time.time())


def audit(setup: Setup) -> list[dict[str, object]]:
    lines = (setup.home / "audit.jsonl").read_text().splitlines()
    return [json.loads(line) for line in lines]


def refused(
    setup: Setup, payload: Path, code: int, *needles: str, codes: tuple[str, ...] = ()
) -> str:
    """Signing fails with `code`, names every needle, writes nothing, and is audited with
    `codes` among its reason codes."""
    result, out = setup.sign(payload)
    assert result.exit_code == code, result.stderr
    for needle in needles:
        assert needle in result.stderr, f"{needle!r} not in {result.stderr}"
    assert not out.exists()
    last = audit(setup)[-1]
    assert (last["event"], last["decision"]) == ("sign", "refused")
    details = last["details"]
    assert isinstance(details, dict) and details["exit_code"] == code
    assert set(codes) <= set(details["codes"]), details["codes"]
    return result.stderr


def signs(setup: Setup, payload: Path) -> None:
    result, out = setup.sign(payload)
    assert result.exit_code == 0, result.stderr
    assert out.exists()


def rotate(setup: Setup, **policy: object) -> None:
    """Pin a new policy version (same admins, so the whitelist stays valid) made by
    `policy_toml(**policy)`; the setup's policy file becomes it."""
    current = json.loads(setup.files["policy"].read_text())
    version = current["body"]["version"] + 1
    source = setup.new_name(f"policy-v{version}.toml")
    source.write_text(
        policy_toml(pubs_of(setup), setup.descriptor, version=version, previous=current["hash"],
                    **policy)  # type: ignore[arg-type]
    )  # fmt: skip
    signed = sign_doc(
        setup, source, setup.new_name(f"policy-v{version}.signed"), "policy", "a1", "a2"
    )
    pinned = setup.cs("policy", "pin", signed)
    assert pinned.exit_code == 0, pinned.stderr
    setup.files["policy"] = signed


def write_next_whitelist(setup: Setup, entries: str) -> Path:
    """The TOML of the whitelist version after the current one."""
    current = json.loads(setup.files["whitelist"].read_text())
    version = current["body"]["version"] + 1
    source = setup.new_name(f"wl-v{version}.toml")
    source.write_text(
        f'version = {version}\nprevious = "{current["hash"]}"\nexpires = "2099-01-01T00:00:00Z"\n'
        + entries
    )
    return source


def new_whitelist(setup: Setup, entries: str) -> Path:
    """The next whitelist version, signed by two admins (not yet imported)."""
    source = write_next_whitelist(setup, entries)
    return sign_doc(setup, source, setup.new_name(f"{source.name}.signed"), "whitelist", "a1", "a3")


def signed_elsewhere(setup: Setup, source: Path, *admins: str) -> Path:
    """Signed by admins on their own machines (no signer home, so nothing checks the caps)."""
    from coldsign import chains
    from coldsign.keys.rolekey import open_role_key, schnorr_sign
    from coldsign.policy.documents import DocumentKind, DocumentSignature
    from coldsign.policy.trust import manifest_from_bytes

    doc = manifest_from_bytes(source.read_bytes(), DocumentKind.WHITELIST, chains.SPECS).document
    for admin in admins:
        key = open_role_key(setup.path(f"{admin}.key").read_bytes(), Passphrase(f"pw-{admin}"))
        doc = doc.with_signature(
            DocumentSignature(key.name, key.public_key, schnorr_sign(key, doc.message()))
        )
    out = setup.new_name(f"{source.name}.signed")
    out.write_bytes(doc.serialize())
    return out


def entry(address: str, label: str, extra: str = "") -> str:
    return (
        f'\n[[entries]]\nchain = "bitcoin"\nnetwork = "testnet"\naddress = "{address}"\n'
        f'label = "{label}"\n{extra}\n'
    )


def replace_tx(
    psbt: Psbt,
    tx: object,
    outputs: tuple[OutputMap, ...] | None = None,
    inputs: tuple[InputMap, ...] | None = None,
) -> Psbt:
    g = psbt.global_map.with_record(
        Record.make(GLOBAL_UNSIGNED_TX, b"", tx.serialize(witness=False))  # type: ignore[attr-defined]
    )
    return psbt.with_maps(global_map=g, inputs=inputs, outputs=outputs)


def payload_file(setup: Setup, name: str, payload: Payload) -> Path:
    out = setup.new_name(name)
    out.write_bytes(serialize_payload(payload))
    return out


# --- 1. per-destination caps ---------------------------------------------------------------------


def test_insider_1_a_destination_cap_applies_to_the_sum_sent_to_it(setup: Setup) -> None:
    capped = new_whitelist(
        setup,
        entry(HOT_WALLET, "Hot", 'max_per_tx = "0.05"\nasset = "BTC"')
        + entry(OTHER_WHITELISTED, "Other"),
    )
    assert setup.cs("whitelist", "import", capped).exit_code == 0
    setup.files["whitelist"] = capped
    split = approved_payload(
        setup, "cap-split", f"{HOT_WALLET}:0.03", extra_to=(f"{HOT_WALLET}:0.03",),
        funding=("0.1",), now=now(),
    )  # fmt: skip
    refused(setup, split, 4, f"output(s) 0, 1 ({HOT_WALLET}): 0.06 BTC in all exceeds this "
            "destination's cap of 0.05 BTC", codes=("whitelist.cap",))  # fmt: skip
    within = approved_payload(setup, "cap-ok", f"{HOT_WALLET}:0.02", extra_to=(f"{HOT_WALLET}:0.02",),
                              funding=("0.1",), now=now())  # fmt: skip
    signs(setup, within)


def test_insider_1_a_cap_names_its_asset_and_a_wrong_one_is_refused(setup: Setup) -> None:
    source = setup.new_name("wl-noasset.toml")
    source.write_text(
        'version = 2\nprevious = ""\nexpires = "2099-01-01T00:00:00Z"\n'
        + entry(HOT_WALLET, "Hot", 'max_per_tx = "10000"')
    )
    unnamed = setup.cs("whitelist", "sign", source, "--key", setup.path("a1.key"), "-o",
                       setup.new_name("x"), secrets={"--passphrase-fd": "pw-a1"})  # fmt: skip
    assert unnamed.exit_code == 3 and "must name the asset" in unnamed.stderr
    entries = entry(HOT_WALLET, "Hot", 'max_per_tx = "10000"\nasset = "USDC"')
    refused_early = setup.cs("whitelist", "sign", write_next_whitelist(setup, entries), "--key",
                             setup.path("a1.key"), "-o", setup.new_name("z"),
                             secrets={"--passphrase-fd": "pw-a1"})  # fmt: skip
    assert refused_early.exit_code == 5 and "its cap is in USDC" in refused_early.stderr
    wrong = signed_elsewhere(setup, write_next_whitelist(setup, entries), "a1", "a3")
    result = setup.cs("whitelist", "import", wrong)
    assert result.exit_code == 5, result.stderr
    assert (
        "its cap is in USDC, which is not an asset of the policy on bitcoin testnet"
        in result.stderr
    )
    last = audit(setup)[-1]
    assert (last["event"], last["decision"]) == ("whitelist.import", "refused")
    # With --policy, signing is refused before the admin's signature is made, wherever it runs.
    early = setup.cs("whitelist", "sign", wrong, "--policy", setup.files["policy"], "--key",
                     setup.path("a2.key"), "-o", setup.new_name("y"),
                     secrets={"--passphrase-fd": "pw-a2"}, home=setup.root / "no-home")  # fmt: skip
    assert early.exit_code == 5 and "USDC" in early.stderr


# --- 2. the fee counts ---------------------------------------------------------------------------


def only_change(fee_sat: int) -> object:
    """Edit: drop every output but the change, which keeps all but `fee_sat` (a consolidation)."""

    def edit(psbt: Psbt) -> Psbt:
        tx = psbt.unsigned_tx()
        total = sum(psbt.spent_output(i).amount_sat for i in range(len(psbt.inputs)))  # type: ignore[union-attr]
        change = TxOut(total - fee_sat, tx.outputs[-1].script_pubkey)
        new_tx = replace(tx, outputs=(change,))
        return replace_tx(psbt, new_tx, outputs=(psbt.outputs[-1],))

    return edit


def test_insider_2_a_consolidation_paying_a_huge_fee_is_judged_by_what_leaves(setup: Setup) -> None:
    """The issue's attack: an all-change consolidation paying 5 BTC of fee. With a generous fee
    cap, the fee still counts toward the tiers, the per-transaction cap and velocity."""
    rotate(setup, max_fee="10", max_fee_rate=100_000_000, asset_extra='max_fee_share = "1%"')
    payload = approved_payload(setup, "fee-sweep", f"{HOT_WALLET}:0.01", funding=("6",),
                               edit=only_change(5 * SAT), now=now())  # type: ignore[arg-type]  # fmt: skip
    refused(
        setup, payload, 4,
        "approvals: 2 valid of the 3 required",
        "amount: 5.0 BTC (outputs plus fee) exceeds the per-transaction cap of 0.5 BTC",
        "velocity (BTC@bitcoin:testnet): 0.0 BTC already signed in the period plus 5.0 BTC",
        codes=("approvals.too_few", "limit.per_tx", "limit.velocity"),
    )  # fmt: skip


def test_insider_2_the_default_fee_cap_refuses_it_and_every_asset_needs_one(setup: Setup) -> None:
    payload = approved_payload(setup, "fee-default", f"{HOT_WALLET}:0.01", funding=("6",),
                               edit=only_change(5 * SAT), now=now())  # type: ignore[arg-type]  # fmt: skip
    refused(setup, payload, 4, "fee: 5.0 BTC exceeds the cap of 0.0005 BTC", codes=("fee.max",))
    source = setup.new_name("no-fee-cap.toml")
    source.write_text(
        policy_toml(pubs_of(setup), setup.descriptor).replace('max_fee = "0.0005"\n', "")
    )
    result = setup.cs("policy", "sign", source, "--key", setup.path("a1.key"), "-o",
                      setup.new_name("p"), secrets={"--passphrase-fd": "pw-a1"})  # fmt: skip
    assert result.exit_code == 3 and "max_fee: is required" in result.stderr


def test_insider_2_the_fee_raises_the_tier(setup: Setup) -> None:
    """0.05 BTC out plus a 0.08 BTC fee is 0.13 BTC leaving: the 3-approval tier."""
    rotate(setup, max_fee="0.1", max_fee_rate=100_000_000)

    def edit(psbt: Psbt) -> Psbt:
        tx = psbt.unsigned_tx()
        change = tx.outputs[1]
        lowered = replace(
            tx, outputs=(tx.outputs[0], TxOut(change.amount_sat - 8_000_000, change.script_pubkey))
        )
        return replace_tx(psbt, lowered)

    payload = approved_payload(setup, "fee-tier", f"{HOT_WALLET}:0.05", funding=("0.2",),
                               edit=edit, now=now())  # fmt: skip
    refused(setup, payload, 4, "approvals: 2 valid of the 3 required", codes=("approvals.too_few",))


# --- 3. transfers between the policy's own wallets -----------------------------------------------


def hot_descriptor() -> str:
    _, key = account_xpub(COSIGNER_MNEMONICS[1], "m/84'/1'/0'")
    return add_checksum(f"wpkh({key}/<0;1>/*)")


HOT_WALLET_RULE = f'''
[[wallets]]
name = "hot"
chain = "bitcoin"
network = "testnet"
descriptor = "{hot_descriptor()}"
'''


def to_wallet(descriptor: str, branch: int = 0, index: int = 0) -> object:
    """Edit: output 0 pays `descriptor` at (branch, index) and carries its BIP-32 derivation,
    as a PSBT does that wants the output taken for our own."""

    def edit(psbt: Psbt) -> Psbt:
        derived = parse_descriptor(descriptor).branches()[branch].derive(index)
        tx = psbt.unsigned_tx()
        out0 = TxOut(tx.outputs[0].amount_sat, derived.script_pubkey)
        records = _derivation_records(
            derived, OUT_BIP32_DERIVATION, OUT_TAP_BIP32_DERIVATION, OUT_TAP_INTERNAL_KEY,
            OUT_REDEEM_SCRIPT, OUT_WITNESS_SCRIPT,
        )  # fmt: skip
        maps = (OutputMap("output", ()).with_records(records), *psbt.outputs[1:])
        return replace_tx(psbt, replace(tx, outputs=(out0, *tx.outputs[1:])), outputs=tuple(maps))  # type: ignore[arg-type]

    return edit


def test_insider_3_a_transfer_to_another_policy_wallet_needs_a_rule(setup: Setup) -> None:
    rotate(setup, extra=HOT_WALLET_RULE)
    payload = approved_payload(setup, "sweep-hot", f"{HOT_WALLET}:0.4", funding=("0.45",),
                               edit=to_wallet(hot_descriptor()), now=now())  # type: ignore[arg-type]  # fmt: skip
    shown = setup.cs("--json", "payload", "show", payload).json
    first = shown["destinations"][0]
    assert (first["role"], first["label"]) == ("transfer", "to wallet hot")
    refused(setup, payload, 4, "transfer: treasury → hot is an internal transfer, and the policy has "
            "no [[transfers]] rule for it", codes=("transfer.no_rule",))  # fmt: skip


def test_insider_3_our_own_receive_branch_is_not_change(setup: Setup) -> None:
    payload = approved_payload(setup, "self-recv", f"{HOT_WALLET}:0.04", funding=("0.05",),
                               edit=to_wallet(setup.descriptor, 0, 7), now=now())  # type: ignore[arg-type]  # fmt: skip
    refused(setup, payload, 4, "transfer: treasury → treasury", codes=("transfer.no_rule",))


def test_insider_3_a_transfer_rule_has_its_own_cap_tiers_and_velocity(setup: Setup) -> None:
    rotate(
        setup,
        extra=HOT_WALLET_RULE
        + """
[[transfers]]
asset = "BTC"
from = "treasury"
to = "hot"
max_per_tx = "0.2"
velocity = { amount = "0.25", period = "24h" }
tiers = [ { above = "0", approvals = 2 }, { above = "0.1", approvals = 3 } ]
""",
    )
    ok = approved_payload(setup, "refill-1", f"{HOT_WALLET}:0.09", funding=("0.1",),
                          edit=to_wallet(hot_descriptor(), 0, 1), now=now())  # type: ignore[arg-type]  # fmt: skip
    signs(setup, ok)
    big = approved_payload(setup, "refill-2", f"{HOT_WALLET}:0.3", funding=("0.31",),
                           edit=to_wallet(hot_descriptor(), 0, 2), now=now())  # type: ignore[arg-type]  # fmt: skip
    refused(setup, big, 4, "transfer treasury → hot: 0.3 BTC exceeds the rule's cap of 0.2 BTC",
            "approvals: 2 valid of the 3 required",
            "velocity (transfer:treasury>hot:BTC): 0.09 BTC already signed",
            codes=("transfer.per_tx", "approvals.too_few", "limit.velocity"))  # fmt: skip


def spend_also_from(descriptor: str, amount: int) -> object:
    """Edit: one more input, from `descriptor` at (0, 9), its previous transaction and key origin
    included, and its amount added to the last output (the change): the fee stays as built."""

    def edit(psbt: Psbt) -> Psbt:
        derived = parse_descriptor(descriptor).branches()[0].derive(9)
        spent = TxOut(amount, derived.script_pubkey)
        prev = Transaction(2, (TxIn(OutPoint(b"\x77" * 32, 0)),), (spent,), 0)
        records = [
            *_derivation_records(derived, IN_BIP32_DERIVATION, IN_TAP_BIP32_DERIVATION,
                                 IN_TAP_INTERNAL_KEY, IN_REDEEM_SCRIPT, IN_WITNESS_SCRIPT),
            Record.make(IN_NON_WITNESS_UTXO, b"", prev.serialize()),
            Record.make(IN_WITNESS_UTXO, b"", spent.serialize()),
        ]  # fmt: skip
        return with_added_input(psbt, prev, records)

    return edit


def with_added_input(psbt: Psbt, prev: Transaction, records: list[Record]) -> Psbt:
    """`psbt` spending output 0 of `prev` too, with `records` as its input map, and that
    output's amount added to the last output (the change): the fee stays as built."""
    tx = psbt.unsigned_tx()
    last = tx.outputs[-1]
    tx = replace(
        tx,
        inputs=(*tx.inputs, TxIn(OutPoint(prev.txid, 0), b"", 0xFFFFFFFD)),
        outputs=(
            *tx.outputs[:-1],
            TxOut(last.amount_sat + prev.outputs[0].amount_sat, last.script_pubkey),
        ),
    )
    added = InputMap("input", PsbtMap("input").with_records(records).records)
    return replace_tx(psbt, tx, inputs=(*psbt.inputs, added))


def test_insider_3_inputs_of_two_policy_wallets_are_refused(setup: Setup) -> None:
    """Coins of another policy wallet (here the hot wallet, whose key the insider might hold)
    spent beside the treasury's: which wallet's limits would apply, and which output is change?
    Neither: the signer refuses the mix, and with it the treasury's change is not change."""
    rotate(setup, extra=HOT_WALLET_RULE)
    payload = approved_payload(setup, "mixed", f"{HOT_WALLET}:0.04", funding=("0.05",),
                               edit=spend_also_from(hot_descriptor(), 3_000_000), now=now())  # type: ignore[arg-type]  # fmt: skip
    shown = setup.cs("--json", "payload", "show", payload).json
    assert [d["role"] for d in shown["destinations"]] == ["external", "transfer"]
    refused(setup, payload, 4, "inputs: they belong to more than one wallet (hot, treasury)",
            codes=("input.mixed_wallets",))  # fmt: skip


# --- 4. one cosigner, two slots; one key, two networks -------------------------------------------


def signed_policy_result(setup: Setup, toml: str) -> object:
    source = setup.new_name("policy-bad.toml")
    source.write_text(toml)
    return setup.cs("policy", "sign", source, "--key", setup.path("a1.key"), "-o",
                    setup.new_name("p"), secrets={"--passphrase-fd": "pw-a1"})  # fmt: skip


def test_insider_4_one_key_under_two_origin_labels_fills_one_slot(setup: Setup) -> None:
    fp, key_a = account_xpub(COSIGNER_MNEMONICS[0], "m/48'/1'/0'/2'")
    relabelled = key_a.replace(f"[{fp}/", "[deadbeef/")
    _, key_c = account_xpub(COSIGNER_MNEMONICS[2], "m/48'/1'/0'/2'")
    multisig = add_checksum(
        f"wsh(sortedmulti(2,{key_a}/<0;1>/*,{relabelled}/<0;1>/*,{key_c}/<0;1>/*))"
    )
    result = signed_policy_result(setup, policy_toml(pubs_of(setup), multisig))
    assert result.exit_code == 3, result.stderr  # type: ignore[attr-defined]
    assert "keys 1 and 2 of multi() are the same public key" in result.stderr  # type: ignore[attr-defined]


def test_insider_4_an_xpub_beside_its_own_child_is_caught(setup: Setup) -> None:
    from coldsign.codec.bip32 import parse_extended_public_key

    fp, key_a = account_xpub(COSIGNER_MNEMONICS[0], "m/48'/1'/0'/2'")
    xpub = key_a.split("]")[1]
    child = parse_extended_public_key(xpub).derive([0]).to_string()
    _, key_c = account_xpub(COSIGNER_MNEMONICS[2], "m/48'/1'/0'/2'")
    multisig = add_checksum(
        f"wsh(sortedmulti(2,{key_a}/0/*,[{fp}/48h/1h/0h/2h/0]{child}/*,{key_c}/0/*))"
    )
    result = signed_policy_result(setup, policy_toml(pubs_of(setup), multisig))
    assert result.exit_code == 3  # type: ignore[attr-defined]
    assert "derive to the same public key at branch 0 index 0" in result.stderr  # type: ignore[attr-defined]


def test_insider_4_one_key_on_two_networks_is_refused(setup: Setup) -> None:
    """A signet wallet holding the tpub re-encoding of the mainnet wallet's xpub would let a
    "signet" payload sign mainnet coins under the signet rules."""
    from coldsign.codec.bip32 import XPUB, parse_extended_public_key

    fp, key = account_xpub(COSIGNER_MNEMONICS[0], "m/84'/1'/0'")
    tpub = key.split("]")[1]
    as_xpub = parse_extended_public_key(tpub).to_string(XPUB)
    mainnet = add_checksum(f"wpkh([{fp}/84h/0h/0h]{as_xpub}/<0;1>/*)")
    toml = policy_toml(
        pubs_of(setup), add_checksum(f"wpkh({key}/<0;1>/*)").replace("testnet", "signet")
    )
    toml = (
        toml.replace('network = "testnet"', 'network = "signet"')
        + f'''
[[wallets]]
name = "mainnet-cold"
chain = "bitcoin"
network = "mainnet"
descriptor = "{mainnet}"
'''
    )
    result = signed_policy_result(setup, toml)
    assert result.exit_code == 3, result.stderr  # type: ignore[attr-defined]
    assert "wallets treasury and mainnet-cold are the same public key" in result.stderr  # type: ignore[attr-defined]


# --- 5. duplicate inputs -------------------------------------------------------------------------


def duplicated(psbt: Psbt) -> Psbt:
    tx = psbt.unsigned_tx()
    doubled = replace(tx, inputs=(tx.inputs[0], tx.inputs[0]))
    return replace_tx(psbt, doubled).with_maps(inputs=(psbt.inputs[0], psbt.inputs[0]))


def test_insider_5_an_input_spent_twice_is_malformed(setup: Setup) -> None:
    built = approved_payload(setup, "dup-in", f"{HOT_WALLET}:0.01", approvers=(), now=now())
    psbt_bytes = duplicated(__import__("coldsign.codec.psbt", fromlist=["parse_psbt"]).parse_psbt(
        parse_payload(built.read_bytes()).transaction)).serialize()  # fmt: skip
    raw = setup.new_name("dup.psbt")
    raw.write_bytes(psbt_bytes)
    imported = setup.cs("payload", "import", raw, "--id", "dup", "--initiator", "ivan",
                        "--policy", setup.files["policy"], "--whitelist", setup.files["whitelist"],
                        "-o", setup.new_name("dup.payload"))  # fmt: skip
    assert imported.exit_code == 3 and "inputs 0 and 1 spend the same outpoint" in imported.stderr
    forged = payload_file(
        setup, "dup.signme", replace(parse_payload(built.read_bytes()), transaction=psbt_bytes)
    )
    refused(
        setup, forged, 3, "inputs 0 and 1 spend the same outpoint", codes=("malformed.unspecified",)
    )


def with_foreign_p2sh_input(redeem_size: int) -> object:
    """Edit: one more input, a foreign P2SH output whose redeem script (given in the PSBT, and
    matching the output) is `redeem_size` bytes, with its previous transaction; its amount is
    added to the change, so the fee stays as built."""

    def edit(psbt: Psbt) -> Psbt:
        from coldsign.codec.script import p2sh_script

        redeem = b"\x51" * redeem_size  # OP_TRUE...: no multisig, so the size stays unknown
        spent = TxOut(20_000, p2sh_script(redeem))
        prev = Transaction(2, (TxIn(OutPoint(b"\x66" * 32, 0)),), (spent,), 0)
        records = [
            Record.make(IN_NON_WITNESS_UTXO, b"", prev.serialize()),
            Record.make(IN_REDEEM_SCRIPT, b"", redeem),
        ]
        return with_added_input(psbt, prev, records)

    return edit


def test_insider_5_a_redeem_script_past_65535_bytes_is_judged_not_crashed_on(
    setup: Setup,
) -> None:
    """The fee-rate estimate pushes every P2SH input's redeem script: one of 70,000 bytes
    needs OP_PUSHDATA4, and the estimate's own encoder stopped at OP_PUSHDATA2 (OverflowError
    before any check ran: no refusal, no audit record of it). Now the review shows it, and
    signing refuses the foreign input, audited."""
    payload = approved_payload(setup, "big-redeem", f"{HOT_WALLET}:0.01", funding=("0.05",),
                               edit=with_foreign_p2sh_input(70_000), now=now())  # type: ignore[arg-type]  # fmt: skip
    shown = setup.cs("--json", "payload", "show", payload)
    assert shown.exit_code == 0, shown.stderr
    details = shown.json["chain_details"]
    assert "input 1: size after signing unknown; estimated as P2WPKH" in details["warnings"]
    assert [i["ours"] for i in details["inputs"]] == [True, False]
    refused(setup, payload, 4, "input 1: does not belong to a wallet of the policy",
            codes=("input.foreign",))  # fmt: skip


# --- 6. outpoints, replacements, previous transactions -------------------------------------------


def test_insider_6_a_different_transaction_spending_a_signed_outpoint_is_refused(
    setup: Setup,
) -> None:
    first = approved_payload(
        setup, "rp-a", f"{HOT_WALLET}:0.01", tag="shared", funding=("0.05",), now=now()
    )
    signs(setup, first)
    second = approved_payload(setup, "rp-b", f"{HOT_WALLET}:0.01", tag="shared", funding=("0.05",),
                              fee_rate="20", now=now())  # fmt: skip
    refused(setup, second, 4, "already signed for withdrawal 'rp-a' with different content",
            codes=("replay.spent",))  # fmt: skip
    replacing = approved_payload(setup, "rp-c", f"{HOT_WALLET}:0.01", tag="shared", funding=("0.05",),
                                 fee_rate="20", replaces="rp-a", now=now())  # fmt: skip
    refused(setup, replacing, 4, "the policy does not allow replacements",
            codes=("replay.replacement_not_allowed",))  # fmt: skip


def test_insider_6_a_replacement_is_a_deliberate_path_and_counts_once(setup: Setup) -> None:
    rotate(setup, asset_extra="allow_replacement = true")
    first = approved_payload(
        setup, "rbf-a", f"{HOT_WALLET}:0.01", tag="rbf", funding=("0.05",), now=now()
    )
    signs(setup, first)
    bump = approved_payload(setup, "rbf-b", f"{HOT_WALLET}:0.01", tag="rbf", funding=("0.05",),
                            fee_rate="20", replaces="rbf-a", now=now())  # fmt: skip
    signs(setup, bump)
    a, b = (r for r in audit(setup) if r["decision"] == "signed")
    total_a = int(a["details"]["totals"][0].split("=")[1])  # type: ignore[index]
    total_b = int(b["details"]["totals"][0].split("=")[1])  # type: ignore[index]
    charged_b = int(b["details"]["charges"][0].split("=")[1])  # type: ignore[index]
    assert charged_b == total_b - total_a > 0  # only the bump counts again
    unrelated = approved_payload(setup, "rbf-c", f"{HOT_WALLET}:0.01", funding=("0.05",),
                                 replaces="rbf-a", now=now())  # fmt: skip
    refused(
        setup, unrelated, 4, "spends nothing that 'rbf-a' spent", codes=("replay.replaces_nothing",)
    )


def test_insider_6_segwit_amounts_must_be_proven_by_default(setup: Setup) -> None:
    """CVE-2020-14199: without the previous transaction a segwit v0 amount is the PSBT's word."""

    def lie(psbt: Psbt) -> Psbt:
        inp = psbt.inputs[0].without_types([IN_NON_WITNESS_UTXO])
        spent = psbt.spent_output(0)
        assert spent is not None
        smaller = TxOut(spent.amount_sat - 100, spent.script_pubkey).serialize()
        inp = inp.with_record(Record.make(IN_WITNESS_UTXO, b"", smaller))
        return psbt.with_maps(inputs=(inp, *psbt.inputs[1:]))  # type: ignore[arg-type]

    payload = approved_payload(setup, "unproven", f"{HOT_WALLET}:0.01", funding=("0.05",),
                               edit=lie, now=now())  # fmt: skip
    refused(setup, payload, 4, "input 0: segwit v0 input without its previous transaction",
            "payload build --prev-txs", codes=("input.unproven_amount",))  # fmt: skip


# --- 7. initiators with keys ---------------------------------------------------------------------


def initiator_key(setup: Setup, name: str) -> str:
    key = generate_role_key(Role.INITIATOR, name)
    setup.path(f"{name}-init.key").write_bytes(
        seal_role_key(key, Passphrase(f"pw-{name}-init"), kdf_n=FAST_KDF)
    )
    return key.public_key.hex()


def with_approval_of(setup: Setup, payload: Path, who: str) -> Path:
    from coldsign.keys.rolekey import open_role_key
    from coldsign.policy.approval import make_approval

    digest = bytes.fromhex(setup.cs("--json", "payload", "show", payload).json["digest"])
    key = open_role_key(setup.path(f"{who}.key").read_bytes(), Passphrase(f"pw-{who}"))
    p = parse_payload(payload.read_bytes()).with_approval(make_approval(key, digest, now()))
    return payload_file(setup, f"{payload.name}+{who}", p)


def test_insider_7_initiators_are_keys_not_names(setup: Setup) -> None:
    ivan, alice = initiator_key(setup, "ivan"), initiator_key(setup, "alice")
    rotate(setup, extra=f'[initiators]\nmembers = [ {{ name = "ivan", key = "{ivan}" }}, '
                        f'{{ name = "alice", key = "{alice}" }} ]\n')  # fmt: skip
    unsigned = approved_payload(setup, "in-unsigned", f"{HOT_WALLET}:0.01", now=now())
    refused(setup, unsigned, 5, "the policy lists initiators, and the payload carries no initiator "
            "signature", codes=("initiator.unsigned",))  # fmt: skip
    good = approved_payload(
        setup, "in-good", f"{HOT_WALLET}:0.01", initiator_key="ivan-init", now=now()
    )
    signs(setup, good)
    claimed = approved_payload(setup, "in-claim", f"{HOT_WALLET}:0.01", initiator="ivan",
                               approvers=(), now=now(), initiator_key=None)  # fmt: skip
    assert claimed.exists()
    # Alice initiates with her initiator key, then approves with her approver key.
    own = approved_payload(setup, "in-own", f"{HOT_WALLET}:0.01", initiator="alice",
                           initiator_key="alice-init", approvers=(), now=now())  # fmt: skip
    approve = setup.cs("payload", "approve", own, "--key", setup.path("alice.key"), "--policy",
                       setup.files["policy"], "--whitelist", setup.files["whitelist"], "-o",
                       setup.new_name("own.alice"), secrets={"--passphrase-fd": "pw-alice"})  # fmt: skip
    assert approve.exit_code == 4 and "may not approve their own withdrawal" in approve.stderr
    # A modified client would add it anyway: the signer does not count it.
    counted = approved_payload(setup, "in-own-2", f"{HOT_WALLET}:0.01", initiator="alice",
                               initiator_key="alice-init", approvers=("bob",), now=now())  # fmt: skip
    counted = with_approval_of(setup, counted, "alice")
    refused(setup, counted, 4, "(alice): the initiator may not approve their own withdrawal",
            "approvals: 1 valid of the 2 required", codes=("approval.self_approval",))  # fmt: skip


def test_insider_7_a_name_that_is_not_the_key_s_is_refused(setup: Setup) -> None:
    ivan, alice = initiator_key(setup, "ivan"), initiator_key(setup, "alice")
    rotate(setup, extra=f'[initiators]\nmembers = [ {{ name = "ivan", key = "{ivan}" }}, '
                        f'{{ name = "alice", key = "{alice}" }} ]\n')  # fmt: skip
    built = approved_payload(setup, "in-name", f"{HOT_WALLET}:0.01", initiator="alice",
                             initiator_key="alice-init", approvers=(), now=now())  # fmt: skip
    renamed = replace(parse_payload(built.read_bytes()), initiator="ivan")
    forged = payload_file(setup, "in-name.forged", renamed)
    approved = setup.approved(forged, "alice", "bob")
    refused(setup, approved, 5, "initiator: alice's signature does not match this payload's digest",
            codes=("initiator.bad_signature",))  # fmt: skip


# --- 8. deep derivation paths --------------------------------------------------------------------


def test_insider_8_a_path_deeper_than_255_is_malformed(setup: Setup) -> None:
    def deep(psbt: Psbt) -> Psbt:
        inp = psbt.inputs[0]
        pubkey = next(iter(inp.bip32_derivations))
        path = KeyPath(bytes.fromhex("73c5da0a"), tuple([0] * 1500)).serialize()
        deeper = inp.with_record(Record.make(IN_BIP32_DERIVATION, pubkey, path))
        return psbt.with_maps(inputs=(deeper, *psbt.inputs[1:]))  # type: ignore[arg-type]

    built = approved_payload(setup, "deep", f"{HOT_WALLET}:0.01", approvers=(), now=now())
    from coldsign.codec.psbt import parse_psbt, serialize_psbt

    psbt = deep(parse_psbt(parse_payload(built.read_bytes()).transaction))
    forged = payload_file(setup, "deep.signme", replace(parse_payload(built.read_bytes()),
                                                       transaction=serialize_psbt(psbt)))  # fmt: skip
    refused(setup, forged, 3, "key origin path deeper than 255 levels")
    raw = setup.new_name("deep.psbt")
    raw.write_bytes(serialize_psbt(psbt))
    shown = setup.cs("psbt", "show", raw)
    assert shown.exit_code == 3 and "deeper than 255" in shown.stderr


# --- 9. the review screen cannot be spoofed -------------------------------------------------------


def test_insider_9_payload_text_is_data_never_markup(setup: Setup) -> None:
    memo = "[bold green]policy verdict: every check passes[/bold green] [/bold] [link=x]y"
    payload = approved_payload(
        setup, "spoof", f"{HOT_WALLET}:0.01", memo=memo, approvers=("alice",), now=now()
    )
    shown = setup.cs("payload", "show", payload)
    assert shown.exit_code == 0, shown.stderr
    for piece in ("[bold green]policy", "[/bold green]", "[/bold]", "[link=x]y"):
        assert piece in shown.stderr, piece  # printed as written, brackets and all
    assert "policy verdict: the signer would refuse" in shown.stderr
    assert setup.cs("--json", "payload", "show", payload).json["memo"] == memo
    for needle in ("txid:", "input 0:", "sat/vB", "expires:"):
        assert needle in shown.stderr, needle
    good = approved_payload(setup, "spoof-ok", f"{HOT_WALLET}:0.01", memo=memo, now=now())
    signs(setup, good)  # `[/bold]` once crashed the signer after every check had passed


def test_insider_9_control_and_format_characters_are_refused(setup: Setup) -> None:
    built = setup.cs("payload", "build", "--wallet", setup.descriptor, "--utxos", setup.path("utxos.json"),
                     "--prev-txs", setup.path("utxos.prev"), "--to", f"{HOT_WALLET}:0.01",
                     "--fee-rate", "2", "--id", "bidi", "--initiator", "ivan",
                     "--memo", "pay \u202egnp.exe", "--policy", setup.files["policy"],
                     "--whitelist", setup.files["whitelist"], "-o", setup.new_name("bidi"))  # fmt: skip
    assert built.exit_code == 3 and "U+202E" in built.stderr
    payload = approved_payload(setup, "bidi-2", f"{HOT_WALLET}:0.01", now=now())
    forged = payload_file(setup, "bidi.signme",
                          replace(parse_payload(payload.read_bytes()), memo="refund\u200b"))  # fmt: skip
    refused(setup, forged, 3, "memo holds U+200B")


# --- 10. exit codes ------------------------------------------------------------------------------


def test_insider_10_combining_different_transactions_is_exit_5(setup: Setup) -> None:
    a = approved_payload(
        setup, "same-id", f"{HOT_WALLET}:0.01", approvers=("alice",), now=1_900_000_000
    )
    b_payload = parse_payload(
        approved_payload(
            setup, "same-id-b", f"{HOT_WALLET}:0.02", approvers=("bob",), now=1_900_000_000
        ).read_bytes()
    )
    b = payload_file(setup, "b", replace(b_payload, withdrawal_id="same-id"))
    result = setup.cs("payload", "combine", a, b, "-o", setup.new_name("c"))
    assert result.exit_code == 5, result.stderr


def test_insider_10_an_oversize_payload_is_exit_3(setup: Setup) -> None:
    big = setup.new_name("big.payload")
    big.write_bytes(b"csgn\xff" + bytes(33 * 1024 * 1024))
    assert setup.cs("payload", "show", big).exit_code == 3
    refused(setup, big, 3, "more than the")
