"""`coldsign wallet export | import-cosigner | verify-bsms | verify-address | verify-export` and
`--qr` on `wallet descriptor` / `wallet xpub`, through the installed entry point."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from coldsign.formats import bsms
from coldsign.formats import ur_registry as R
from coldsign.transport import ur
from coldsign.transport.formats import collect
from tests.conftest import Result, run_cli, secret_fd, vector, vector_path

SIMULATOR = vector("coldcard/coldcard_vectors.json")[
    "simulator_constants_from_testing_constants_py"
]["simulator_fixed_words"]
SHIELD = "shield group erode awake lock sausage cash glare wave crew flame glove"
ABOUT = " ".join(["abandon"] * 11 + ["about"])
MULTISIG = vector_path("coldcard/multisig")
CCXP = [MULTISIG / f"ccxp-{x}.json" for x in ("0F056943", "6BA6CFD0", "747B698E", "7BB026BE")]
BSMS_MODES = {m["mode"]: m for m in vector("bip129/bip129_test_vectors.json")["modes"]}


def with_seed(mnemonic: str, *args: str | Path) -> Result:
    fd = secret_fd(mnemonic + "\n")
    try:
        return run_cli(*[str(a) for a in args], "--mnemonic-fd", str(fd), "--no-passphrase",
                       pass_fds=(fd,))  # fmt: skip
    finally:
        os.close(fd)


def _p2wsh_descriptor() -> str:
    return (MULTISIG / "desc-p2wsh-myself.txt").read_text().strip()


def _multipath() -> str:
    from coldsign.codec.descriptor import add_checksum

    return add_checksum(_p2wsh_descriptor().split("#")[0].replace("/0/*", "/<0;1>/*"))


# --------------------------------------------------------------------------- export


def test_coldcard_export_from_the_seed_is_the_firmware_file(tmp_path: Path) -> None:
    out = tmp_path / "coldcard-export.json"
    result = with_seed(SIMULATOR, "wallet", "export", "--format", "coldcard", "--network",
                       "testnet", "--account", "0", "-o", out)  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert out.read_bytes() == vector_path("coldcard/coldcard-export.json").read_bytes()
    assert "sha256" in result.stderr
    again = with_seed(SIMULATOR, "wallet", "export", "--format", "coldcard", "--network",
                      "testnet", "-o", out)  # fmt: skip
    assert again.exit_code == 7 and "refusing to overwrite" in again.stderr


@pytest.mark.parametrize(
    ("options", "paper"),
    [
        (("--ur-profile", "bcr"), "ur-registry/bcr-2020-015_crypto-account.json"),
        (("--ur-version", "2"), "ur-registry/bcr-2023-019_account-descriptor.json"),
    ],
)
def test_ur_account_export_is_the_papers_ur(options: tuple[str, str], paper: str) -> None:
    result = with_seed(SHIELD, "wallet", "export", "--format", "ur-account", *options)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip() == vector(paper)["versions"][0]["examples"][0]["ur"]


def test_ur_account_default_profile_is_what_keystone_reads() -> None:
    result = with_seed(SHIELD, "wallet", "export", "--format", "ur-account")
    assert result.exit_code == 0, result.stderr
    body = ur.decode(result.stdout.strip()).cbor
    sources = [o.source for o in R.decode_account(body, R.Generation.V1).outputs]
    assert "tr(@0)" not in sources and "wsh(cosigner(@0))" in sources
    assert b"\xd9\x01\x9a" not in body  # no tag 410


def test_metamask_export_pairs_with_metamasks_accounts() -> None:
    result = with_seed(ABOUT, "--json", "wallet", "export", "--format", "metamask")
    assert result.exit_code == 0, result.stderr
    parsed = ur.decode(result.json["data"].strip())
    key = R.decode_hdkey(parsed.cbor, R.Generation.V1)
    fixture = vector("erc4527/metamask_qr_keyring_fixtures.json")
    assert parsed.type == "crypto-hdkey"
    assert (
        key.xpub().to_string() == fixture["known_hdkey"]["derived_facts"]["xpub_rebuilt_from_cbor"]
    )
    assert key.note == "account.standard" and key.name == "coldsign"


def test_export_shows_registry_urs_as_qr_parts() -> None:
    result = run_cli("--json", "wallet", "export", "--format", "ur-output", "--descriptor",
                     _p2wsh_descriptor(), "--network", "testnet", "--qr", "--qr-density", "low")  # fmt: skip
    assert result.exit_code == 0, result.stderr
    parts = result.json["qr"]["parts"]
    assert len(parts) > 1 and parts[0].startswith("UR:CRYPTO-OUTPUT/1-")
    kind, body = collect(parts, "cbor", ur_types=frozenset({"crypto-output"}))
    assert kind == "cbor"
    output = R.decode_output(body, R.Generation.V1)
    assert output.to_descriptor().to_string() == _p2wsh_descriptor()


def test_coldcard_multisig_and_bsms_from_a_descriptor(tmp_path: Path) -> None:
    multisig = run_cli("wallet", "export", "--format", "coldcard-multisig", "--descriptor",
                       _p2wsh_descriptor(), "--network", "testnet", "--name", "CC-2-of-4")  # fmt: skip
    assert multisig.exit_code == 0, multisig.stderr
    expected = (MULTISIG / "export-p2wsh-myself.txt").read_text().splitlines()[1:]
    assert multisig.stdout.splitlines()[1:] == expected
    token = "a54044308ceac9b7"
    dat = tmp_path / "wallet.dat"
    record = run_cli("wallet", "export", "--format", "bsms", "--descriptor", _p2wsh_descriptor(),
                     "--network", "testnet", "--bsms-token", token, "-o", dat)  # fmt: skip
    assert record.exit_code == 0, record.stderr
    checked = run_cli("--json", "wallet", "verify-bsms", dat, "--bsms-token", token,
                      "--network", "testnet")  # fmt: skip
    assert checked.exit_code == 0, checked.stderr
    assert checked.json["threshold"] == 2 and checked.json["keys"] == 4


def test_core_export_round_trips_through_bdk(tmp_path: Path) -> None:
    """The importdescriptors JSON is read by BDK (Bitcoin Core's descriptor rules) and gives the
    same first 20 addresses on both branches."""
    import bdkpython as bdk

    from coldsign.codec.descriptor import parse_descriptor
    from coldsign.units import Network

    out = tmp_path / "core.json"
    result = run_cli("wallet", "export", "--format", "core", "--descriptor", _multipath(),
                     "--network", "testnet", "--timestamp", "now", "-o", out)  # fmt: skip
    assert result.exit_code == 0, result.stderr
    requests = json.loads(out.read_text())
    assert [(r["active"], r["internal"], r["range"], r["timestamp"]) for r in requests] == [
        (True, False, [0, 999], "now"), (True, True, [0, 999], "now"),
    ]  # fmt: skip
    ours = parse_descriptor(_multipath())
    for branch, request in enumerate(requests):
        descriptor = bdk.Descriptor(request["desc"], bdk.NetworkKind.TEST)
        wallet = bdk.Wallet.create_single(descriptor, bdk.Network.TESTNET,
                                          bdk.Persister.new_in_memory())  # fmt: skip
        keychain = bdk.KeychainKind.EXTERNAL
        theirs = [str(wallet.peek_address(keychain, i).address) for i in range(20)]
        assert theirs == [ours.derive(i, branch).address(Network.TESTNET) for i in range(20)]


def test_format_the_source_cannot_give_is_a_usage_error() -> None:
    result = run_cli("wallet", "export", "--format", "coldcard", "--descriptor", _p2wsh_descriptor(),
                     "--network", "testnet")  # fmt: skip
    assert result.exit_code == 2 and "seed" in result.stderr


def test_a_signed_export_verifies_and_a_changed_one_does_not(tmp_path: Path) -> None:
    out = tmp_path / "export.json"
    result = with_seed(SIMULATOR, "wallet", "export", "--format", "coldcard", "--network",
                       "testnet", "-o", out, "--sign")  # fmt: skip
    assert result.exit_code == 0, result.stderr
    signature = out.with_suffix(".sig")
    assert signature.exists()
    bip44 = json.loads(out.read_text())["bip44"]
    key = f"[{json.loads(out.read_text())['xfp'].lower()}/44h/1h/0h]{bip44['xpub']}"
    ok = run_cli("wallet", "verify-export", str(out), "--key", key, "--network", "testnet")
    assert ok.exit_code == 0, ok.stderr
    out.write_text(out.read_text().replace('"account": 0', '"account": 1'))
    bad = run_cli("wallet", "verify-export", str(out), "--key", key, "--network", "testnet")
    assert bad.exit_code == 5, bad.stderr


# --------------------------------------------------------------------------- descriptor / xpub --qr


def test_descriptor_qr_is_crypto_output() -> None:
    result = with_seed(ABOUT, "--json", "wallet", "descriptor", "--type", "wpkh", "--qr")
    assert result.exit_code == 0, result.stderr
    part = result.json["qr"]["parts"][0]
    parsed = ur.decode(part)
    assert parsed.type == "crypto-output"
    receive = R.decode_output(parsed.cbor, R.Generation.V1).to_descriptor()
    assert (
        receive.to_string().startswith("wpkh([73c5da0a/84h/0h/0h]xpub")
        and "/0/*)" in receive.to_string()
    )


def test_xpub_qr_is_crypto_hdkey_and_text_in_bbqr() -> None:
    result = with_seed(ABOUT, "--json", "wallet", "xpub", "--path", "m/48'/0'/0'/2'", "--qr")
    assert result.exit_code == 0, result.stderr
    parsed = ur.decode(result.json["qr"]["parts"][0])
    key = R.decode_hdkey(parsed.cbor, R.Generation.V1).to_key_expression()
    assert key.to_string() == result.json["key_expression"]
    bbqr = with_seed(ABOUT, "--json", "wallet", "xpub", "--path", "m/48'/0'/0'/2'", "--qr",
                     "--qr-format", "bbqr")  # fmt: skip
    assert collect(bbqr.json["qr"]["parts"]) == ("text", result.json["key_expression"].encode())


# --------------------------------------------------------------------------- import-cosigner


def test_import_four_coldcard_cosigners_and_assemble() -> None:
    result = run_cli("--json", "wallet", "import-cosigner", *map(str, CCXP), "--network",
                     "testnet", "--threshold", "2")  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert len(result.json["cosigners"]) == 4
    from coldsign.codec.descriptor import parse_descriptor

    assembled = parse_descriptor(result.json["descriptor"])
    assert assembled.branches()[0] == parse_descriptor(_p2wsh_descriptor())


def test_the_same_cosigner_twice_exits_5(tmp_path: Path) -> None:
    copy = tmp_path / "ccxp-copy.json"
    copy.write_bytes(CCXP[0].read_bytes())
    result = run_cli("wallet", "import-cosigner", str(CCXP[0]), str(CCXP[1]), str(copy),
                     "--network", "testnet", "--threshold", "2")  # fmt: skip
    assert result.exit_code == 5 and "same public key" in result.stderr


def test_cosigner_scanned_as_a_ur_from_stdin() -> None:
    case = next(v for v in vector("ur/registry.json")["vectors"]
                if v["name"] == "CryptoAccountTest.testSeed")  # fmt: skip
    result = run_cli(
        "--json", "wallet", "import-cosigner", "--qr-from", "-", input=case["ur"] + "\n"
    )
    assert result.exit_code == 0, result.stderr
    assert result.json["cosigners"][0]["key"].startswith("[37b5eed4/48h/0h/0h/2h]xpub")


def test_bsms_key_record_signature_is_checked(tmp_path: Path) -> None:
    mode = BSMS_MODES["NO_ENCRYPTION"]
    signer = next(s for s in mode["rounds"]["ROUND 1"] if s["heading"] == "Signer 1")
    record = tmp_path / "signer_1_key.bsms"
    record.write_text(next(iter(signer["files"].values())))
    result = run_cli("wallet", "import-cosigner", str(record))
    assert result.exit_code == 0, result.stderr
    record.write_text(record.read_text().replace("Signer 1", "Signer 9"))
    forged = run_cli("wallet", "import-cosigner", str(record))
    assert forged.exit_code in (3, 5), forged.stderr


# --------------------------------------------------------------------------- verify-bsms


def _round2(mode: str) -> str:
    return next(iter(BSMS_MODES[mode]["rounds"]["ROUND 2"][0]["files"].values()))


def test_verify_bsms_checks_the_first_address_and_our_key(tmp_path: Path) -> None:
    record = tmp_path / "wallet.bsms"
    record.write_text(_round2("NO_ENCRYPTION"))
    ok = run_cli("wallet", "verify-bsms", str(record))
    assert ok.exit_code == 0, ok.stderr
    signer1 = BSMS_MODES["NO_ENCRYPTION"]["rounds"]["ROUND 1"][1]["files"]["signer_1_key.bsms"]
    our_key = signer1.split("\n")[2]
    assert run_cli("wallet", "verify-bsms", str(record), "--key", our_key).exit_code == 0
    stranger = BSMS_MODES["STANDARD Encryption"]["rounds"]["ROUND 1"][1]["files"][
        "signer_1_key.bsms"
    ]
    refused = run_cli("wallet", "verify-bsms", str(record), "--key", stranger.split("\n")[2])
    assert refused.exit_code == 5 and "not one of the wallet's keys" in refused.stderr
    lines = _round2("NO_ENCRYPTION").split("\n")
    lines[3] = _round2("STANDARD Encryption").split("\n")[3]
    record.write_text("\n".join(lines))
    tampered = run_cli("wallet", "verify-bsms", str(record))
    assert tampered.exit_code == 5 and "first address" in tampered.stderr


def test_verify_bsms_encrypted_record_and_wrong_token(tmp_path: Path) -> None:
    mode = BSMS_MODES["STANDARD Encryption"]
    section = next(s for s in mode["rounds"]["ROUND 2"] if s["heading"] == "Coordinator encryption")
    dat = tmp_path / "wallet.dat"
    dat.write_text(next(iter(section["files"].values())))
    token = mode["rounds"]["ROUND 1"][0]["sub_fields"]["TOKEN (hex)"]["TOKEN (mnemonic)"]
    assert run_cli("wallet", "verify-bsms", str(dat), "--bsms-token", token).exit_code == 0
    wrong = run_cli("wallet", "verify-bsms", str(dat), "--bsms-token", "00" * 8)
    assert wrong.exit_code == 5 and "MAC" in wrong.stderr
    assert bsms.parse_token(token).hex == "a54044308ceac9b7"


# --------------------------------------------------------------------------- verify-address


def test_verify_address_finds_change_and_refuses_a_stranger() -> None:
    from coldsign.codec.descriptor import parse_descriptor
    from coldsign.units import Network

    change = parse_descriptor(_p2wsh_descriptor().replace("/0/*", "/<0;1>/*").split("#")[0])
    address = change.derive(42, 1).address(Network.TESTNET)
    multipath = change.to_string()
    found = run_cli("--json", "wallet", "verify-address", address, "--descriptor", multipath,
                    "--network", "testnet", "--gap", "100")  # fmt: skip
    assert found.exit_code == 0, found.stderr
    assert (found.json["branch"], found.json["index"], found.json["wallet"]) == (
        "change",
        42,
        "descriptor 1",
    )
    too_far = run_cli("wallet", "verify-address", address, "--descriptor", multipath,
                      "--network", "testnet", "--gap", "42")  # fmt: skip
    assert too_far.exit_code == 4 and "not ours" in too_far.stderr
    malformed = run_cli("wallet", "verify-address", "tb1qnotanaddress", "--descriptor", multipath,
                        "--network", "testnet")  # fmt: skip
    assert malformed.exit_code == 3


def test_verify_address_scans_a_bip21_uri_and_answers_with_the_same_qr(tmp_path: Path) -> None:
    from coldsign.codec.descriptor import parse_descriptor
    from coldsign.transport import scan
    from coldsign.units import Network

    descriptor = _p2wsh_descriptor().replace("/0/*", "/<0;1>/*").split("#")[0]
    address = parse_descriptor(descriptor).derive(3).address(Network.TESTNET)
    uri = f"bitcoin:{address.upper()}?amount=0.015".replace("BITCOIN", "bitcoin", 1)
    frames = tmp_path / "answer"
    result = run_cli("wallet", "verify-address", "--qr-from", "-", "--descriptor", descriptor,
                     "--network", "testnet", "--qr-dir", str(frames), input=uri + "\n")  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert "receive index 3" in result.stdout
    [(_, texts)] = list(scan.scan_files(scan.image_files(frames)))
    assert texts == [uri]  # the online side compares this with the URI it showed


def test_verify_export_of_coldcards_signed_file(tmp_path: Path) -> None:
    data = tmp_path / "coldcard-export.json"
    data.write_bytes(vector_path("coldcard/coldcard-export.json").read_bytes())
    (tmp_path / "coldcard-export.sig").write_bytes(
        vector_path("coldcard/coldcard-export.sig").read_bytes()
    )
    bip44 = json.loads(data.read_text())["bip44"]
    key = f"[0f056943/44h/1h/0h]{bip44['xpub']}"
    result = run_cli("wallet", "verify-export", str(data), "--key", key, "--network", "testnet")
    assert result.exit_code == 0, result.stderr
    assert "mtHSVByP9EYZmB26jASDdPVm19gvpecb5R" in result.stdout


@pytest.mark.parametrize("stamp", ["²", "١٧٠٠٠٠٠٠٠٠", "-1", "4294967296"])
def test_core_export_refuses_a_timestamp_that_is_not_ascii_digits(
    tmp_path: Path, stamp: str
) -> None:
    """A usage error (exit 2), never a traceback, and no second spelling of a number."""
    out = tmp_path / "core.json"
    result = run_cli("wallet", "export", "--format", "core", "--descriptor", _multipath(),
                     "--network", "testnet", "--timestamp", stamp, "-o", out)  # fmt: skip
    assert result.exit_code == 2, result.output
    assert "--timestamp" in result.stderr
    assert not out.exists()
