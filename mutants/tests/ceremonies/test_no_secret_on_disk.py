"""Issue 7's acceptance test: key generation and then a withdrawal ceremony run in one temporary
home; every file either left behind (home, transcripts, outputs, answers files) is searched for
every secret that existed during the runs. None may appear."""

from __future__ import annotations

from pathlib import Path

from coldsign.keys.seed import mnemonic_from_text, seed_from_mnemonic
from coldsign.keys.slip39 import combine_shares
from tests.ceremonies.conftest import LEAD_PASSPHRASE
from tests.ceremonies.test_bitcoin_withdrawal import SECRETS, run_withdrawal
from tests.ceremonies.test_seed_ceremonies import KEYGEN_STEPS, run_with_output_pipe
from tests.cli.guarded.conftest import MNEMONIC, Setup


def test_key_generation_then_withdrawal_leave_no_secret_on_disk(
    custody: Setup, tmp_path: Path
) -> None:
    keygen_dir, withdrawal_dir = tmp_path / "keygen", tmp_path / "withdrawal"
    keygen_dir.mkdir()
    withdrawal_dir.mkdir()
    result, shares, _, _ = run_with_output_pipe(
        custody,
        keygen_dir,
        "key-generation",
        "shares",
        participants={
            "lead": "Lena",
            "operator": "Otto",
            "custodians": "Carla",
            "witness": "Wanda",
        },
        inputs={"network": "testnet"},
        confirm=dict.fromkeys(KEYGEN_STEPS, True),
        secrets={},
    )
    assert result.exit_code == 0, result.stderr
    assert len(shares) == 3
    result, _, _ = run_withdrawal(custody, withdrawal_dir, wid="no-secret-1")
    assert result.exit_code == 0, result.stderr

    generated = combine_shares(shares[:2]).reveal_material()
    mnemonic_seed = seed_from_mnemonic(mnemonic_from_text(MNEMONIC), None).reveal_material()
    texts = [*shares, MNEMONIC, *SECRETS.values(), LEAD_PASSPHRASE]
    needles = [t.encode() for t in texts]
    needles += [" ".join(t.split()[:4]).encode() for t in (*shares, MNEMONIC)]
    needles += [generated, generated.hex().encode(), mnemonic_seed, mnemonic_seed.hex().encode()]

    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert {p.suffix for p in written} >= {".jsonl", ".png", ".descriptor", ".signed", ".toml"}
    assert any(p.is_relative_to(custody.home) for p in written)  # the signer's home is searched
    for path in written:
        data = path.read_bytes()
        for needle in needles:
            assert needle not in data, f"{path} holds a secret"
