"""Benchmark: the whole guarded signature, as operators run it (issue 16).

Sets up a throwaway custody (admin and approver role keys, a signed policy and whitelist, a
signer home with them pinned) in process through the signing service, then times whole
`coldsign` processes — `payload import`, `approve`, `show`, `combine` and `sign` — on payloads of
100, 1,000 and 10,000 inputs:

* P2WPKH: Bitcoin Core's own PSBTs (bench/fixtures/, built by `walletcreatefundedpsbt` /
  `walletprocesspsbt` on a watch-only regtest wallet, with previous transactions), and a
  100-input one of the same shape made here;
* P2TR key path (BIP-86) and P2WSH 2-of-3 sortedmulti (this signer holds one key), made here
  with the same shape (10-output funding transactions; previous transactions for P2WSH).

The secp256k1 floor is measured in the same run: coincurve (libsecp256k1) ECDSA sign + verify of
one digest per input for P2WPKH and P2WSH, Schnorr (BIP-340) sign + verify for P2TR; and the
start-up cost of a bare `coldsign --version`. It prints every ratio of issue 16's goals, the peak
RSS of each `payload sign` (os.wait4's rusage of that child) against the payload's size, the
100 → 1,000 → 10,000 scaling, and what a signer home with a 10,000-record audit log adds.

Beside the issue's floor it measures the curve work and HMACs that the guarded path's own checks
need for an input (`ChecksFloor`: the curve check of each PSBT key, its re-derivation from the
xpub, Core's low-R grinding, the verification of the released bytes), through libsecp256k1
alone: how far a run is from the issue's floor because of what it checks, and how far because
of the Python around it.

Medians of `--reps` runs (default 3). The machine may be shared: run it niced when it is quiet
(`nice -n 10 .venv/bin/python bench/guarded_sign.py`), and read the ratios, which compare with the
floor measured in the same run, rather than the absolute times. No assertions.

    .venv/bin/python bench/guarded_sign.py [--reps 3] [--kinds wpkh,tr,wsh] [--quick]
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import itertools
import json
import lzma
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
FIXTURES = ROOT / "bench" / "fixtures"

from coldsign import chains  # noqa: E402
from coldsign.chains.bitcoin.build import input_vbytes, output_vbytes  # noqa: E402
from coldsign.chains.bitcoin.wallet import Wallet  # noqa: E402
from coldsign.codec.bip32 import parse_path  # noqa: E402
from coldsign.codec.descriptor import DerivedScript, add_checksum  # noqa: E402
from coldsign.codec.payload import Payload, serialize_payload  # noqa: E402
from coldsign.codec.psbt import (  # noqa: E402
    GLOBAL_UNSIGNED_TX,
    IN_BIP32_DERIVATION,
    IN_NON_WITNESS_UTXO,
    IN_TAP_BIP32_DERIVATION,
    IN_TAP_INTERNAL_KEY,
    IN_WITNESS_SCRIPT,
    IN_WITNESS_UTXO,
    OUT_BIP32_DERIVATION,
    OUT_TAP_BIP32_DERIVATION,
    OUT_TAP_INTERNAL_KEY,
    OUT_WITNESS_SCRIPT,
    InputMap,
    KeyPath,
    OutputMap,
    Psbt,
    PsbtMap,
    Record,
    parse_psbt,
)
from coldsign.codec.script import script_from_address  # noqa: E402
from coldsign.codec.tx import OutPoint, Transaction, TxIn, TxOut  # noqa: E402
from coldsign.home.signer_home import SignerHome  # noqa: E402
from coldsign.keys.hd import ExtendedPrivateKey  # noqa: E402
from coldsign.keys.rolekey import (  # noqa: E402
    Role,
    RoleKey,
    generate_role_key,
    schnorr_sign,
    seal_role_key,
)
from coldsign.keys.secrets import Passphrase  # noqa: E402
from coldsign.keys.seed import mnemonic_from_text, seed_from_mnemonic  # noqa: E402
from coldsign.policy.approval import make_approval  # noqa: E402
from coldsign.policy.checks import Trusted  # noqa: E402
from coldsign.policy.documents import DocumentKind, DocumentSignature  # noqa: E402
from coldsign.policy.trust import (  # noqa: E402
    TrustedManifest,
    TrustedPolicy,
    manifest_from_bytes,
    policy_from_bytes,
)
from coldsign.service.payloads import NewPayload, judge, new_payload, trusted_documents  # noqa: E402
from coldsign.units import Network  # noqa: E402

MNEMONIC = "abandon " * 11 + "about"  # BIP-39's public test mnemonic (Core's fixtures use it)
COSIGNERS = (
    MNEMONIC,
    "legal winner thank year wave sausage worth useful legal winner thank yellow",
    "letter advice cage absurd amount doctor acoustic avoid letter advice cage above",
)
NETWORK = Network.REGTEST
FAST_KDF = 2**10  # role key files: a real scrypt cost is a constant per command, not per input
AMOUNT_SAT = 100_000  # per input, as in Core's fixtures
FUNDING_OUTPUTS = 10  # outputs per funding transaction, as in Core's fixtures
FEE_RATE = 2  # sat/vB
KINDS = ("wpkh", "tr", "wsh")
LABELS = {"wpkh": "P2WPKH", "tr": "P2TR key path", "wsh": "P2WSH 2-of-3 (one signer)"}
# BIP-32 derivation keys each input names, each checked on the curve and re-derived.
CHECKED_KEYS = {"wpkh": 1, "wsh": 3}
SIZES = (100, 1_000, 10_000)
AUDIT_RECORDS = 10_000


# --- the custody set-up ----------------------------------------------------------------------


def account_key(mnemonic: str, path: str) -> str:
    """`[fingerprint/path]tpub…` of the account at `path` (public test mnemonics only)."""
    seed = seed_from_mnemonic(mnemonic_from_text(mnemonic), None)
    xpub = ExtendedPrivateKey.from_seed(seed, NETWORK).derive(parse_path(path)).public()
    origin = path.removeprefix("m/").replace("'", "h")
    return f"[{seed.fingerprint}/{origin}]{xpub.to_string()}"


def descriptors() -> dict[str, str]:
    multi = ",".join(account_key(m, "m/48h/1h/0h/2h") + "/<0;1>/*" for m in COSIGNERS)
    return {
        "wpkh": add_checksum(f"wpkh({account_key(MNEMONIC, 'm/84h/1h/0h')}/<0;1>/*)"),
        "tr": add_checksum(f"tr({account_key(MNEMONIC, 'm/86h/1h/0h')}/<0;1>/*)"),
        "wsh": add_checksum(f"wsh(sortedmulti(2,{multi}))"),
    }


def core_fixture(n: int) -> tuple[bytes, dict[str, object]]:
    """Core's PSBT of `n` inputs (binary) and its sidecar."""
    raw = lzma.decompress((FIXTURES / f"core_p2wpkh_n{n}.psbt.xz").read_bytes())
    sidecar = json.loads((FIXTURES / f"core_p2wpkh_n{n}.json").read_text())
    if hashlib.sha256(raw).hexdigest() != sidecar["psbt_sha256"]:
        raise SystemExit(f"bench/fixtures/core_p2wpkh_n{n}.psbt.xz does not match its sidecar")
    return raw, sidecar


def recipients() -> list[str]:
    """The payment addresses of Core's fixtures: the whitelist, and where generated payloads pay."""
    out = []
    for n in (1_000, 10_000):
        sidecar = json.loads((FIXTURES / f"core_p2wpkh_n{n}.json").read_text())
        out.append(str(sidecar["outputs"][0]["address"]))  # type: ignore[index]
    return out


def _derivation_records(
    d: DerivedScript, bip32: int, tap_bip32: int, tap_internal: int, witness: int
) -> list[Record]:
    records = []
    if d.witness_script is not None:
        records.append(Record.make(witness, b"", d.witness_script))
    for key in d.keys:
        assert key.origin is not None
        path = KeyPath(key.origin.fingerprint, tuple(key.origin.path)).serialize()
        if d.internal_key is not None:
            records.append(Record.make(tap_bip32, key.public_key, b"\x00" + path))
        else:
            records.append(Record.make(bip32, key.public_key, path))
    if d.internal_key is not None:
        records.append(Record.make(tap_internal, b"", d.internal_key))
    return records


def generated_psbt(kind: str, descriptor: str, n: int, pay_to: str) -> bytes:
    """An unsigned PSBT spending receive addresses 0..n-1 of `descriptor` (100,000 sat each,
    funded by 10-output transactions), paying half to `pay_to` and the rest, less a 2 sat/vB fee,
    to change 1/0: the shape of Core's fixtures. Segwit v0 inputs carry their previous
    transaction (the policy requires it); taproot inputs do not need it (BIP-341)."""
    wallet = Wallet.from_descriptor(descriptor, NETWORK)
    derived = [wallet.derive_at((0, i)) for i in range(n)]
    change = wallet.derive_at((1, 0))
    funding: list[Transaction] = []
    for f in range(0, n, FUNDING_OUTPUTS):
        outs = tuple(TxOut(AMOUNT_SAT, d.script_pubkey) for d in derived[f : f + FUNDING_OUTPUTS])
        source = OutPoint(hashlib.sha256(f"bench funding {kind} {f}".encode()).digest(), 0)
        funding.append(Transaction(2, (TxIn(source, b"", 0xFFFF_FFFD),), outs, 0))
    pay_spk = script_from_address(pay_to, NETWORK)
    total = n * AMOUNT_SAT
    vsize = (
        10.5
        + sum(input_vbytes(wallet.branches[0].kind, d) for d in derived)
        + output_vbytes(pay_spk)
        + output_vbytes(change.script_pubkey)
    )
    fee = int(vsize * FEE_RATE) + 1
    pay = total // 2
    tx = Transaction(
        2,
        tuple(
            TxIn(
                OutPoint(funding[i // FUNDING_OUTPUTS].txid, i % FUNDING_OUTPUTS), b"", 0xFFFF_FFFD
            )
            for i in range(n)
        ),
        (TxOut(pay, pay_spk), TxOut(total - pay - fee, change.script_pubkey)),
        0,
    )
    inputs = []
    for i, d in enumerate(derived):
        records = [
            Record.make(IN_WITNESS_UTXO, b"", TxOut(AMOUNT_SAT, d.script_pubkey).serialize())
        ]
        records += _derivation_records(
            d, IN_BIP32_DERIVATION, IN_TAP_BIP32_DERIVATION, IN_TAP_INTERNAL_KEY, IN_WITNESS_SCRIPT
        )
        if kind != "tr":
            prev = funding[i // FUNDING_OUTPUTS]
            records.append(Record.make(IN_NON_WITNESS_UTXO, b"", prev.serialize(witness=False)))
        inputs.append(InputMap("input", ()).with_records(records))
    change_map = OutputMap("output", ()).with_records(
        _derivation_records(
            change,
            OUT_BIP32_DERIVATION,
            OUT_TAP_BIP32_DERIVATION,
            OUT_TAP_INTERNAL_KEY,
            OUT_WITNESS_SCRIPT,
        )
    )
    gmap = PsbtMap("global", (Record.make(GLOBAL_UNSIGNED_TX, b"", tx.serialize(witness=False)),))
    raw = Psbt(0, gmap, tuple(inputs), (OutputMap("output", ()), change_map)).serialize()
    parse_psbt(raw)  # what the bench feeds coldsign must pass its own validation
    return raw


def policy_toml(
    admins: dict[str, RoleKey], approvers: dict[str, RoleKey], descs: dict[str, str]
) -> str:
    def members(keys: dict[str, RoleKey]) -> str:
        return ", ".join(
            f'{{ name = "{n}", key = "{k.public_key.hex()}" }}' for n, k in keys.items()
        )

    wallets = "".join(
        f'[[wallets]]\nname = "{kind}"\nchain = "bitcoin"\nnetwork = "regtest"\n'
        f'descriptor = "{desc}"\n'
        for kind, desc in descs.items()
    )
    # Caps far above what a 10,000-input payload moves (10 BTC, fee ~0.02 BTC): the bench times
    # every check, it does not test the limits.
    return f"""version = 1
previous = ""
approval_lifetime = "7d"
initiator_may_approve = false
[admins]
threshold = 2
members = [ {members(admins)} ]
[approvers]
members = [ {members(approvers)} ]
{wallets}
[[assets]]
symbol = "BTC"
chain = "bitcoin"
network = "regtest"
max_per_tx = "1000"
velocity = {{ amount = "100000", period = "24h" }}
max_fee = "1"
max_fee_rate = 100
require_previous_tx = true
tiers = [ {{ above = "0", approvals = 2 }} ]
"""


def whitelist_toml(addresses: Sequence[str]) -> str:
    rows = "".join(
        f'\n[[entries]]\nchain = "bitcoin"\nnetwork = "regtest"\naddress = "{a}"\nlabel = "payee {i}"\n'
        for i, a in enumerate(addresses)
    )
    expires = (datetime.now(UTC) + timedelta(days=365)).strftime("%Y-%m-%dT%H:%M:%SZ")
    return f'version = 1\nprevious = ""\nexpires = "{expires}"\n{rows}'


def signed(doc: TrustedPolicy | TrustedManifest, admins: Sequence[RoleKey]) -> bytes:
    document = doc.document
    for key in admins:
        sig = schnorr_sign(key, document.message())
        document = document.with_signature(DocumentSignature(key.name, key.public_key, sig))
    return document.serialize()


@dataclass
class Custody:
    """The throwaway set-up: files under `root`, and the home every signing run copies."""

    root: Path
    home: Path
    policy: Path
    whitelist: Path
    trusted: Trusted
    descs: dict[str, str]
    approvers: dict[str, RoleKey]
    payloads: dict[tuple[str, int], dict[str, Path]] = field(default_factory=dict)

    def path(self, name: str) -> Path:
        return self.root / name


def make_custody(root: Path) -> Custody:
    admins = {n: generate_role_key(Role.ADMIN, n) for n in ("a1", "a2", "a3")}
    approvers = {n: generate_role_key(Role.APPROVER, n) for n in ("alice", "bob", "carol")}
    for name, key in {**admins, **approvers}.items():
        (root / f"{name}.key").write_bytes(
            seal_role_key(key, Passphrase(f"pw-{name}"), kdf_n=FAST_KDF)
        )
    descs = descriptors()
    policy_raw = policy_toml(admins, approvers, descs).encode()
    policy = policy_from_bytes(policy_raw, chains.SPECS)
    (root / "policy.signed").write_bytes(signed(policy, [admins["a1"], admins["a2"]]))
    whitelist = manifest_from_bytes(
        whitelist_toml(recipients()).encode(), DocumentKind.WHITELIST, chains.SPECS
    )
    (root / "whitelist.signed").write_bytes(signed(whitelist, [admins["a1"], admins["a3"]]))
    pinned = policy_from_bytes((root / "policy.signed").read_bytes(), chains.SPECS)
    listed = manifest_from_bytes(
        (root / "whitelist.signed").read_bytes(), DocumentKind.WHITELIST, chains.SPECS
    )
    home = root / "home"
    with SignerHome.open(home, chains.SPECS, create=True) as h:
        h.pin_policy(pinned, now=h.now(), confirm_first=lambda: None)
        h.import_manifest(listed, now=h.now())
    now = int(time.time())
    trusted = trusted_documents(pinned, listed, None, now=now)
    return Custody(
        root, home, root / "policy.signed", root / "whitelist.signed", trusted, descs, approvers
    )


def make_payloads(custody: Custody, kind: str, n: int) -> dict[str, Path]:
    """`psbt` (for import), `payload` (no approvals), `alice`/`bob` (one approval each, for
    combine) and `approved` (both): what each timed command reads."""
    pay_to = recipients()[0]
    if kind == "wpkh" and n in (1_000, 10_000):
        raw, _ = core_fixture(n)
    else:
        raw = generated_psbt(kind, custody.descs[kind], n, pay_to)
    now = int(time.time())
    wid = f"bench-{kind}-{n}"
    payload = new_payload(
        NewPayload(
            chain="bitcoin", transaction=raw, withdrawal_id=wid, initiator="ivan", created=now,
            lifetime_seconds=7 * 86_400, network=NETWORK.value,
        ),
        custody.trusted,
    )  # fmt: skip
    rv = judge(payload, custody.trusted, now=now)
    problems = [r for r in rv.verdict.reasons() if r.code != "approvals.too_few"]
    if problems:
        raise SystemExit(f"{wid}: the bench payload would be refused: {problems}")
    approvals = {
        who: make_approval(custody.approvers[who], rv.verdict.digest, now)
        for who in ("alice", "bob")
    }
    files = {"psbt": custody.path(f"{wid}.psbt")}
    files["psbt"].write_bytes(raw)
    versions: dict[str, Payload] = {
        "payload": payload,
        "alice": payload.with_approval(approvals["alice"]),
        "bob": payload.with_approval(approvals["bob"]),
        "approved": payload.with_approval(approvals["alice"]).with_approval(approvals["bob"]),
    }
    for name, p in versions.items():
        files[name] = custody.path(f"{wid}.{name}")
        files[name].write_bytes(serialize_payload(p))
    return files


def long_audit_log(custody: Custody, records: int) -> Path:
    """A copy of the signer home with `records` more audit records, chained as the signer writes
    them: one in four a signature (with the ledger details `payload sign` records: charges,
    totals, three spent outpoints), the others refusals with reasons; all in the past."""
    from coldsign.home.audit import AuditReport, encode_record

    home = custody.path(f"home-{records}")
    if home.exists():
        shutil.rmtree(home)
    shutil.copytree(custody.home, home)
    with SignerHome.open(home, chains.SPECS) as h:
        head = AuditReport(len(h.records), h.head)
    start = datetime.now(UTC) - timedelta(days=60)
    lines = []
    for i in range(records):
        stamp = (start + timedelta(seconds=300 * i)).strftime("%Y-%m-%dT%H:%M:%SZ")
        wid = f"history-{i}"
        digest = hashlib.sha256(wid.encode()).hexdigest()
        if i % 4 == 0:
            outpoints = [
                f"bitcoin:regtest:{hashlib.sha256(f'{wid}/{j}'.encode()).hexdigest()}:{j}"
                for j in range(3)
            ]
            record, line = encode_record(
                head, stamp, "sign", withdrawal_id=wid, digest=digest, decision="signed",
                reasons=[],
                details={
                    "kind": "withdrawal", "chain": "bitcoin", "scope": "regtest", "asset": "BTC",
                    "amount": "150000", "fee": "700", "charges": ["BTC@bitcoin:regtest=150700"],
                    "totals": ["BTC@bitcoin:regtest=150700"], "spends": outpoints,
                    "replaces": None, "txid": digest, "inputs_signed": 3,
                    "approvers": ["alice", "bob"], "initiator": "ivan", "expected_head": None,
                    "re_release": False,
                },
            )  # fmt: skip
        else:
            record, line = encode_record(
                head, stamp, "sign", withdrawal_id=wid, digest=digest, decision="refused",
                reasons=[f"output {i % 7}: destination is not on the whitelist",
                         "approvals: 1 valid of the 2 required"],
                details={"exit_code": 4, "codes": ["whitelist.not_listed", "approvals.too_few"]},
            )  # fmt: skip
        lines.append(line)
        head = AuditReport(head.records + 1, record.hash)
    with open(home / "audit.jsonl", "ab") as fh:
        fh.write(b"".join(lines))
    return home


# --- timing ----------------------------------------------------------------------------------


def coldsign_argv() -> list[str]:
    """The installed entry point (what operators run), else `python -m coldsign`."""
    script = Path(sys.executable).with_name("coldsign")
    return [str(script)] if script.exists() else [sys.executable, "-m", "coldsign"]


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_rss: int  # bytes


# A fork of this (large) process would carry its peak RSS into the child's rusage across exec, so
# a small launcher forks and execs the command, times it and reads its own children's rusage.
LAUNCHER = """
import os, resource, sys, time
started = time.perf_counter()
pid = os.fork()
if pid == 0:
    os.execv(sys.argv[2], sys.argv[2:])
_, status, _ = os.wait4(pid, 0)
seconds = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
with open(sys.argv[1], "w") as out:
    out.write(f"{seconds} {peak * 1024}")
sys.exit(os.waitstatus_to_exitcode(status))
"""


# As installed, coldsign's modules are byte-compiled (pip compiles them; an editable install
# writes __pycache__ on first use): a session that forbids that would time the compiler instead.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run(argv: Sequence[str | Path], *, cwd: Path, secrets: dict[str, str] | None = None) -> Run:
    """One whole `coldsign` process: its wall time and peak RSS, as the launcher measured them.
    Secrets go in on pipe file descriptors, as operators' scripts pass them."""
    args = [str(a) for a in argv]
    fds = []
    for option, text in (secrets or {}).items():
        r, w = os.pipe()
        os.write(w, text.encode())
        os.close(w)
        fds.append(r)
        args += [option, str(r)]
    try:
        with tempfile.TemporaryFile() as err, tempfile.NamedTemporaryFile("r") as result:
            status = subprocess.run(
                [sys.executable, "-c", LAUNCHER, result.name, *coldsign_argv(), *args],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err,
                pass_fds=tuple(fds), cwd=cwd, check=False, env=ENV,
            ).returncode  # fmt: skip
            if status != 0:
                err.seek(0)
                tail = err.read()[-3000:].decode(errors="replace")
                raise SystemExit(f"coldsign {' '.join(args)}: exit {status}\n{tail}")
            seconds, peak = result.read().split()
    finally:
        for fd in fds:
            os.close(fd)
    return Run(float(seconds), int(peak))


class Floor:
    """libsecp256k1 through coincurve: sign and verify one 32-byte digest per input, the cost no
    signer can avoid (ECDSA for P2WPKH/P2WSH, BIP-340 Schnorr for P2TR)."""

    def __init__(self, n: int) -> None:
        from coincurve import PrivateKey, PublicKeyXOnly

        self.keys = [PrivateKey(os.urandom(32)) for _ in range(n)]
        self.digests = [os.urandom(32) for _ in range(n)]
        self.pubs = [k.public_key for k in self.keys]
        self.xonly = [PublicKeyXOnly(k.public_key.format()[1:]) for k in self.keys]

    def ecdsa(self) -> float:
        started = time.perf_counter()
        for k, p, d in zip(self.keys, self.pubs, self.digests, strict=True):
            if not p.verify(k.sign(d, hasher=None), d, hasher=None):
                raise RuntimeError("floor: ECDSA signature did not verify")
        return time.perf_counter() - started

    def schnorr(self) -> float:
        started = time.perf_counter()
        for k, x, d in zip(self.keys, self.xonly, self.digests, strict=True):
            if not x.verify(k.sign_schnorr(d, os.urandom(32)), d):
                raise RuntimeError("floor: Schnorr signature did not verify")
        return time.perf_counter() - started


class ChecksFloor:
    """The curve work and HMACs the guarded path's checks need for each input, through
    libsecp256k1 (coincurve's cffi) and hashlib alone, none of coldsign's code: what a run would
    cost once every line of Python around them were gone. Per input, as docs/design.md §3 asks:

    * decoding: each BIP-32 derivation key of the PSBT is checked on the curve (one parse);
    * analysis: each key is re-derived from the policy's xpub (CKDpub: HMAC-SHA512, a
      fixed-base multiplication and an addition, serialized); for P2TR the key is then tweaked
      (BIP-341: tagged hash, the lifted key parsed, a fixed-base multiplication, an addition);
    * ECDSA: sign as Bitcoin Core does (RFC 6979, low-R grinding: two signatures on average),
      then verify the DER bytes against the PSBT's key, parsed again;
    * Schnorr: the tweaked secret's keypair (one fixed-base multiplication), sign, verify.
    """

    def __init__(self, n: int) -> None:
        from coincurve._libsecp256k1 import ffi, lib
        from coincurve.context import GLOBAL_CONTEXT

        self.ffi, self.lib, self.ctx = ffi, lib, GLOBAL_CONTEXT.ctx
        self.n = n
        self.point = ffi.new("secp256k1_pubkey *")
        self.tweak = ffi.new("secp256k1_pubkey *")
        self.total = ffi.new("secp256k1_pubkey *")
        self.out = ffi.new("unsigned char[33]")
        self.out_len = ffi.new("size_t *")
        self.parent = self._serialize_created(os.urandom(32))
        self.parent_point = ffi.new("secp256k1_pubkey *")
        lib.secp256k1_ec_pubkey_parse(self.ctx, self.parent_point, self.parent, 33)
        self.chain_code = os.urandom(32)
        self.secrets = [os.urandom(32) for _ in range(n)]
        self.digests = [os.urandom(32) for _ in range(n)]
        self.signers = [self._serialize_created(secret) for secret in self.secrets]
        self.children = [self._child(i) for i in range(n)]  # the keys the PSBT names

    def _serialize(self, point: object) -> bytes:
        self.out_len[0] = 33
        self.lib.secp256k1_ec_pubkey_serialize(
            self.ctx, self.out, self.out_len, point, self.lib.SECP256K1_EC_COMPRESSED
        )
        return bytes(self.ffi.buffer(self.out, 33))

    def _serialize_created(self, secret: bytes) -> bytes:
        self.lib.secp256k1_ec_pubkey_create(self.ctx, self.point, secret)
        return self._serialize(self.point)

    def _add_base(self, point: object, tweak: bytes) -> bytes:
        """point + tweak·G, compressed."""
        lib, ctx = self.lib, self.ctx
        if not lib.secp256k1_ec_pubkey_create(ctx, self.tweak, tweak):
            raise RuntimeError("checks floor: tweak out of range")
        lib.secp256k1_ec_pubkey_combine(ctx, self.total, [point, self.tweak], 2)
        return self._serialize(self.total)

    def _child(self, index: int) -> bytes:
        """CKDpub of `index` below the parent (BIP-32)."""
        data = self.parent + index.to_bytes(4, "big")
        return self._add_base(self.parent_point, hmac.digest(self.chain_code, data, "sha512")[:32])

    def _derive_checked(self, index: int, keys: int) -> None:
        """The decoder's curve check and the analysis's re-derivation of `keys` keys."""
        lib, ctx, child = self.lib, self.ctx, self.children[index]
        for _ in range(keys):
            if not lib.secp256k1_ec_pubkey_parse(ctx, self.point, child, 33):
                raise RuntimeError("checks floor: key not on the curve")
            if self._child(index) != child:
                raise RuntimeError("checks floor: the derivation differs")

    def ecdsa(self, keys: int) -> float:
        """`keys` derivation keys an input (3 for a 2-of-3 multisig), one signature."""
        ffi, lib, ctx = self.ffi, self.lib, self.ctx
        sig = ffi.new("secp256k1_ecdsa_signature *")
        compact, extra = ffi.new("unsigned char[64]"), ffi.new("unsigned char[32]")
        der, der_len = ffi.new("unsigned char[72]"), ffi.new("size_t *")
        nonce = lib.secp256k1_nonce_function_rfc6979
        started = time.perf_counter()
        for i in range(self.n):
            self._derive_checked(i, keys)
            secret, digest = self.secrets[i], self.digests[i]
            lib.secp256k1_ecdsa_sign(ctx, sig, digest, secret, nonce, ffi.NULL)
            lib.secp256k1_ecdsa_signature_serialize_compact(ctx, compact, sig)
            counter = 0
            while compact[0] >= 0x80:  # Core's low-R grinding
                counter += 1
                ffi.memmove(extra, counter.to_bytes(32, "little"), 32)
                lib.secp256k1_ecdsa_sign(ctx, sig, digest, secret, nonce, extra)
                lib.secp256k1_ecdsa_signature_serialize_compact(ctx, compact, sig)
            der_len[0] = 72
            lib.secp256k1_ecdsa_signature_serialize_der(ctx, der, der_len, sig)
            if not (
                lib.secp256k1_ec_pubkey_parse(ctx, self.point, self.signers[i], 33)
                and lib.secp256k1_ecdsa_signature_parse_der(ctx, sig, der, der_len[0])
                and lib.secp256k1_ecdsa_verify(ctx, sig, digest, self.point)
            ):
                raise RuntimeError("checks floor: ECDSA signature did not verify")
        return time.perf_counter() - started

    def schnorr(self) -> float:
        """A BIP-86 key-path input: one derivation key, tweaked; one signature."""
        ffi, lib, ctx = self.ffi, self.lib, self.ctx
        keypair = ffi.new("secp256k1_keypair *")
        xonly = ffi.new("secp256k1_xonly_pubkey *")
        sig = ffi.new("unsigned char[64]")
        secret = ffi.new("unsigned char[32]")
        tag = hashlib.sha256(b"TapTweak").digest() * 2
        started = time.perf_counter()
        for i in range(self.n):
            self._derive_checked(i, 1)
            internal = self.children[i][1:]
            tweak = hashlib.sha256(tag + internal).digest()
            if not lib.secp256k1_ec_pubkey_parse(ctx, self.point, b"\x02" + internal, 33):
                raise RuntimeError("checks floor: not an x-only key")
            self._add_base(self.point, tweak)  # the output key the script must hold
            ffi.memmove(secret, self.secrets[i], 32)
            lib.secp256k1_ec_seckey_tweak_add(ctx, secret, tweak)
            lib.secp256k1_keypair_create(ctx, keypair, secret)
            lib.secp256k1_keypair_xonly_pub(ctx, xonly, ffi.NULL, keypair)
            lib.secp256k1_schnorrsig_sign32(ctx, sig, self.digests[i], keypair, os.urandom(32))
            if not lib.secp256k1_schnorrsig_verify(ctx, sig, self.digests[i], 32, xonly):
                raise RuntimeError("checks floor: Schnorr signature did not verify")
        return time.perf_counter() - started


@dataclass
class Samples:
    """Every timing of the run, by key, in seconds (medians are taken at the end)."""

    times: dict[str, list[float]] = field(default_factory=dict)
    rss: dict[str, list[int]] = field(default_factory=dict)

    def add(self, key: str, value: float | Run) -> None:
        if isinstance(value, Run):
            self.rss.setdefault(key, []).append(value.peak_rss)
            value = value.seconds
        self.times.setdefault(key, []).append(value)

    def median(self, key: str) -> float | None:
        values = self.times.get(key)
        return statistics.median(values) if values else None

    def peak(self, key: str) -> int | None:
        values = self.rss.get(key)
        return max(values) if values else None


def measure(custody: Custody, kinds: Sequence[str], sizes: Sequence[int], reps: int,
            long_home: Path | None, samples: Samples) -> None:  # fmt: skip
    """One round of every measurement (called `reps` times, so slow drifts hit all alike)."""
    floors = {n: Floor(n) for n in sizes}
    checks = ChecksFloor(max(sizes))
    secrets = {"--mnemonic-fd": MNEMONIC}
    common = ["--policy", custody.policy, "--whitelist", custody.whitelist]
    warm_up(custody, kinds[0], min(sizes))
    for rep in range(reps):
        for n, floor in floors.items():
            samples.add(f"floor-ecdsa-{n}", floor.ecdsa())
            samples.add(f"floor-schnorr-{n}", floor.schnorr())
        for kind in kinds:
            seconds = checks.schnorr() if kind == "tr" else checks.ecdsa(CHECKED_KEYS[kind])
            samples.add(f"checks-{kind}", seconds)
        samples.add("version", run(["--version"], cwd=custody.root))
        for kind in kinds:
            for n in sizes:
                files = custody.payloads[(kind, n)]
                home = custody.path(f"home-sign-{kind}-{n}-{rep}")
                shutil.copytree(custody.home, home)
                out = custody.path(f"{kind}-{n}-{rep}.signed")
                samples.add(f"sign-{kind}-{n}", run(
                    ["--home", home, "--yes", "payload", "sign", files["approved"],
                     "--no-passphrase", "-o", out],
                    cwd=custody.root, secrets=secrets,
                ))  # fmt: skip
                shutil.rmtree(home)
                out.unlink()
                if n != max(sizes):
                    continue
                out = custody.path(f"{kind}-{n}-{rep}.out")
                samples.add(f"approve-{kind}-{n}", run(
                    ["--home", custody.home, "--yes", "payload", "approve", files["payload"],
                     "--key", custody.path("alice.key"), *common, "-o", out],
                    cwd=custody.root, secrets={"--passphrase-fd": "pw-alice"},
                ))  # fmt: skip
                out.unlink()
                samples.add(f"show-{kind}-{n}", run(
                    ["--home", custody.home, "payload", "show", files["approved"]],
                    cwd=custody.root,
                ))  # fmt: skip
                samples.add(f"combine-{kind}-{n}", run(
                    ["--home", custody.home, "--yes", "payload", "combine", files["alice"],
                     files["bob"], "-o", out],
                    cwd=custody.root,
                ))  # fmt: skip
                out.unlink()
                samples.add(f"import-{kind}-{n}", run(
                    ["--home", custody.home, "--yes", "payload", "import", files["psbt"],
                     "--id", f"import-{kind}-{n}-{rep}", "--initiator", "ivan", *common,
                     "-o", out],
                    cwd=custody.root,
                ))  # fmt: skip
                out.unlink()
        if long_home is not None:
            n = 1_000 if 1_000 in sizes else min(sizes)
            files = custody.payloads[(kinds[0], n)]
            for label, home in (("fresh", custody.home), ("long", long_home)):
                samples.add(f"home-show-{label}", run(
                    ["--home", home, "payload", "show", files["approved"]], cwd=custody.root
                ))  # fmt: skip
                samples.add(f"home-verify-{label}", run(
                    ["--home", home, "audit", "verify"], cwd=custody.root
                ))  # fmt: skip


def warm_up(custody: Custody, kind: str, n: int) -> None:
    """Every command once, untimed: byte-compiled modules and a warm page cache, as on a signer
    that has run before."""
    files = custody.payloads[(kind, n)]
    home = custody.path("home-warm-up")
    shutil.copytree(custody.home, home)
    out = custody.path("warm-up.out")
    common = ["--policy", custody.policy, "--whitelist", custody.whitelist]
    for argv, secrets in (
        (["--version"], None),
        (["--home", home, "--yes", "payload", "sign", files["approved"], "--no-passphrase",
          "-o", out], {"--mnemonic-fd": MNEMONIC}),
        (["--home", home, "--yes", "payload", "approve", files["payload"], "--key",
          custody.path("alice.key"), *common, "-o", out], {"--passphrase-fd": "pw-alice"}),
        (["--home", home, "payload", "show", files["approved"]], None),
        (["--home", home, "--yes", "payload", "combine", files["alice"], files["bob"], "-o", out],
         None),
        (["--home", home, "--yes", "payload", "import", files["psbt"], "--id", "warm-up",
          "--initiator", "ivan", *common, "-o", out], None),
        (["--home", home, "audit", "verify"], None),
    ):  # fmt: skip
        run(argv, cwd=custody.root, secrets=secrets)
        out.unlink(missing_ok=True)
    shutil.rmtree(home)


# --- report ----------------------------------------------------------------------------------


def verdict(ratio: float, goal: float) -> str:
    return f"goal <= {goal:g}x: {'met' if ratio <= goal else 'NOT met'}"


def report(custody: Custody, kinds: Sequence[str], sizes: Sequence[int], reps: int,
           samples: Samples, long_home: Path | None) -> None:  # fmt: skip
    m = samples.median
    version = m("version") or 0.0
    big = max(sizes)
    print(f"\nwhole `coldsign` processes, median of {reps} run(s); floors measured in the same run")
    print(f"start-up, `coldsign --version`: {version * 1000:.0f} ms")
    for algo in ("ecdsa", "schnorr"):
        per = [f"{n:,}: {(m(f'floor-{algo}-{n}') or 0) * 1000:.1f} ms" for n in sizes]
        print(f"floor, {algo.upper()} sign+verify per input ({', '.join(per)})")
    print()
    header = "".join(f"{n:>12,}" for n in sizes)
    print(f"{'payload sign (s)':<34}{header}")
    for kind in kinds:
        row = "".join(f"{m(f'sign-{kind}-{n}') or 0:12.3f}" for n in sizes)
        print(f"  {LABELS[kind]:<32}{row}")
    for kind in kinds:
        algo = "schnorr" if kind == "tr" else "ecdsa"
        print(f"\n{LABELS[kind]} (floor: {algo.upper()})")
        t = {n: m(f"sign-{kind}-{n}") or 0.0 for n in sizes}
        f = {n: m(f"floor-{algo}-{n}") or 0.0 for n in sizes}
        if 1_000 in sizes and 10_000 in sizes:
            marginal = (t[10_000] - t[1_000]) / 9_000
            floor_per = f[10_000] / 10_000
            ratio = marginal / floor_per
            print(
                f"  sign, marginal per input (t10k - t1k) / 9,000: {marginal * 1e6:.1f} us = "
                f"{ratio:.2f}x the floor's {floor_per * 1e6:.1f} us  ({verdict(ratio, 2)})"
            )
        if 1_000 in sizes:
            ratio = t[1_000] / (f[1_000] + version)
            print(
                f"  sign, 1,000 inputs: {t[1_000]:.3f} s = {ratio:.2f}x (floor {f[1_000]:.3f} s "
                f"+ start-up {version:.3f} s)  ({verdict(ratio, 2)})"
            )
        checked = m(f"checks-{kind}")
        if checked is not None and 1_000 in sizes and 10_000 in sizes:
            per_check = checked / big
            print(
                f"  the checks' own curve work and HMACs (no Python of ours): {per_check * 1e6:.1f} "
                f"us an input = {per_check / (f[big] / big):.2f}x the floor; sign's marginal is "
                f"{(t[10_000] - t[1_000]) / 9_000 / per_check:.2f}x that"
            )
        steps = [f"{a:,} -> {b:,}: {t[b] / t[a]:.2f}x" for a, b in itertools.pairwise(sizes)]
        if steps:
            worst = max(t[b] / t[a] for a, b in itertools.pairwise(sizes))
            print(f"  sign, scaling {'; '.join(steps)}  ({verdict(worst, 11)})")
        size = custody.payloads[(kind, big)]["approved"].stat().st_size
        peak = samples.peak(f"sign-{kind}-{big}") or 0
        base = samples.peak("version") or 0
        print(
            f"  sign, peak RSS at {big:,} inputs: {peak / 2**20:.1f} MiB = {peak / size:.1f}x the "
            f"payload's {size / 2**20:.2f} MiB  ({verdict(peak / size, 8)}); "
            f"{(peak - base) / 2**20:.1f} MiB above `--version`'s {base / 2**20:.1f} MiB"
        )
        for command in ("approve", "show", "combine", "import"):
            seconds = m(f"{command}-{kind}-{big}")
            if seconds is None:
                continue
            ratio = seconds / f[big]
            goal = f"  ({verdict(ratio, 1)})" if command != "import" else "  (no goal)"
            print(
                f"  {command:<8} {big:,} inputs: {seconds:.3f} s = {ratio:.2f}x the floor of "
                f"{big:,} signatures{goal}"
            )
    if long_home is not None:
        fresh, long = m("home-show-fresh") or 0.0, m("home-show-long") or 0.0
        vf, vl = m("home-verify-fresh") or 0.0, m("home-verify-long") or 0.0
        per = (long - fresh) / AUDIT_RECORDS
        print(
            f"\nsigner home with {AUDIT_RECORDS:,} more audit records (verified in full on every run)"
        )
        print(f"  payload show: {fresh:.3f} s -> {long:.3f} s ({per * 1e6:.1f} us a record)")
        print(f"  audit verify: {vf:.3f} s -> {vl:.3f} s")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--reps", type=int, default=3, help="runs of each measurement (median)")
    parser.add_argument("--kinds", default=",".join(KINDS), help="wpkh,tr,wsh")
    parser.add_argument("--sizes", default=",".join(str(n) for n in SIZES), help="input counts")
    parser.add_argument("--no-audit", action="store_true", help="skip the long audit log")
    parser.add_argument("--keep", type=Path, help="work in this directory and keep it")
    args = parser.parse_args()
    kinds = [k for k in args.kinds.split(",") if k]
    sizes = sorted(int(n) for n in args.sizes.split(",") if n)
    if any(k not in KINDS for k in kinds):
        parser.error(f"--kinds: one of {', '.join(KINDS)}")
    if args.keep is not None and args.keep.exists():
        parser.error(f"--keep {args.keep}: give a directory that does not exist yet")
    root = args.keep or Path(tempfile.mkdtemp(prefix="coldsign-bench-"))
    root.mkdir(parents=True, exist_ok=True)
    try:
        started = time.perf_counter()
        custody = make_custody(root)
        for kind in kinds:
            for n in sizes:
                custody.payloads[(kind, n)] = make_payloads(custody, kind, n)
        long_home = None if args.no_audit else long_audit_log(custody, AUDIT_RECORDS)
        print(f"set-up (keys, documents, home, payloads): {time.perf_counter() - started:.1f} s")
        print(
            f"load average {os.getloadavg()[0]:.2f}, {os.cpu_count()} CPUs, "
            f"python {sys.version.split()[0]}"
        )
        samples = Samples()
        measure(custody, kinds, sizes, args.reps, long_home, samples)
        report(custody, kinds, sizes, args.reps, samples, long_home)
        print(f"\nload average {os.getloadavg()[0]:.2f} at the end")
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
