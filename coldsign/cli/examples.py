"""One or two short examples per command, shown at the end of its `--help` (issue 13.19).

Keyed by the command path after `coldsign`. Every option named here exists on its command, and
every command has an entry (tests/cli/test_help.py checks both). Testnet throughout, as in
docs/operator-guide.md.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

H = "--home /media/signer/home"
DOCS = "--policy policy.signed.json --whitelist whitelist.signed.json"

EXAMPLES: Mapping[str, Sequence[str]] = {
    # the machine
    "doctor": [f"coldsign {H} doctor --require-offline"],
    "audit show": [f"coldsign {H} audit show --limit 20"],
    "audit verify": [
        f"coldsign {H} audit verify",
        f"coldsign {H} audit verify --anchor 11d8ac79e8f87534ae0b9521a46be4d1f0b91060b70e07f3a08534d3ad872279",
    ],
    # role keys
    "key new": ["coldsign key new --role approver --name alice -o alice.key"],
    "key pub": ["coldsign key pub alice.key"],
    "key check": ["coldsign key check alice.key"],
    # seeds
    "seed new": ["coldsign seed new --words 24 --dice"],
    "seed split": ["coldsign seed split --generate --threshold 2 --shares 3"],
    "seed verify": ["coldsign seed verify"],
    "seed combine": ["coldsign seed combine --no-passphrase"],
    "seed reshare": ["coldsign seed reshare --threshold 3 --shares 5 --no-passphrase"],
    "keystore new": ["coldsign keystore new -o cold.keystore --name treasury --from-shares"],
    "keystore show": ["coldsign keystore show cold.keystore"],
    "keystore check": ["coldsign keystore check cold.keystore"],
    # watch-only wallets
    "wallet xpub": [
        "coldsign wallet xpub --path \"m/48'/1'/0'/2'\" --network testnet --from-shares"
    ],
    "wallet descriptor": [
        "coldsign wallet descriptor --type wpkh --account 0 --network testnet --from-shares "
        "--no-passphrase > wallet.descriptor"
    ],
    "wallet addresses": [
        'coldsign wallet addresses "$(cat wallet.descriptor)" --network testnet --count 5',
        'coldsign wallet addresses "$(cat wallet.descriptor)" --network testnet --change --start 3',
    ],
    "wallet evm-address": [
        "coldsign wallet evm-address --path \"m/44'/60'/0'/0/0\" --from-shares --no-passphrase"
    ],
    "wallet export": [
        'coldsign wallet export --format sparrow --descriptor "$(cat wallet.descriptor)" '
        "--network testnet -o treasury.json",
        f"coldsign {H} wallet export --format core --wallet treasury -o core-import.json",
    ],
    "wallet import-cosigner": [
        "coldsign wallet import-cosigner ccxp-A1B2C3D4.json cosigner2.json --threshold 2 "
        "--network testnet -o multisig.descriptor"
    ],
    "wallet verify-address": [
        f"coldsign {H} wallet verify-address tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx"
    ],
    "wallet verify-bsms": [
        "coldsign wallet verify-bsms round2.bsms --bsms-token 1f2e3d4c5b6a7988 --network testnet"
    ],
    "wallet verify-export": [
        'coldsign wallet verify-export coldcard-export.txt --descriptor "$(cat wallet.descriptor)" '
        "--network testnet"
    ],
    # the trust anchor and the lists
    "policy show": [
        "coldsign policy show policy.toml",
        "coldsign --json policy show policy.signed.json",
    ],
    "policy sign": [
        "coldsign policy sign policy.toml --key admin1.key -o policy.1.json",
        "coldsign policy sign policy.1.json --key admin2.key -o policy.signed.json",
    ],
    "policy verify": ["coldsign policy verify policy.signed.json"],
    "policy pin": [f"coldsign {H} policy pin policy.signed.json"],
    "whitelist sign": [
        "coldsign whitelist sign whitelist.toml --key admin1.key -o whitelist.1.json"
    ],
    "whitelist verify": [
        "coldsign whitelist verify whitelist.signed.json --policy policy.signed.json"
    ],
    "whitelist show": [
        "coldsign whitelist show whitelist.signed.json",
        f"coldsign {H} whitelist show",
    ],
    "whitelist import": [f"coldsign {H} whitelist import whitelist.signed.json"],
    "denylist sign": ["coldsign denylist sign denylist.toml --key admin1.key -o denylist.1.json"],
    "denylist verify": [
        "coldsign denylist verify denylist.signed.json --policy policy.signed.json"
    ],
    "denylist show": ["coldsign denylist show denylist.signed.json"],
    "denylist import": [f"coldsign {H} denylist import denylist.signed.json"],
    # withdrawals
    "payload build": [
        'coldsign payload build --wallet "$(cat wallet.descriptor)" --utxos utxos.json '
        "--prev-txs prev.txt --to tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx:0.05 "
        f"--fee-rate 8 --id wd-0001 --initiator ivan {DOCS} -o withdrawals/wd-0001.payload",
        "coldsign payload build --chain ethereum --chain-id 11155111 --from-path \"m/44'/60'/0'/0/0\" "
        "--to 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed --token USDC --amount 1500.25 --nonce 0 "
        f"--gas-limit 65000 --max-fee-per-gas 40gwei --id wd-0002 --initiator ivan {DOCS} "
        "-o withdrawals/wd-0002.payload",
    ],
    "payload import": [
        f"coldsign payload import core.psbt --id wd-0003 --initiator ivan {DOCS} -o wd-0003.payload",
        "coldsign payload import --eth-sign-request request.ur --id wd-0004 --initiator ivan "
        f"{DOCS} -o wd-0004.payload",
        "coldsign payload import --evm-tx unsigned.hex --from-path \"m/44'/60'/0'/0/0\" "
        f"--id wd-0005 --initiator ivan {DOCS} -o wd-0005.payload",
    ],
    "payload show": [
        f"coldsign payload show wd-0001.payload {DOCS}",
        f"coldsign {H} --json payload show wd-0001.approved",
    ],
    "payload approve": [
        f"coldsign payload approve wd-0001.payload --key alice.key {DOCS} -o wd-0001.alice"
    ],
    "payload combine": ["coldsign payload combine wd-0001.alice wd-0001.bob -o wd-0001.approved"],
    "payload sign": [
        f"coldsign {H} payload sign wd-0001.approved --from-shares --no-passphrase -o wd-0001.signed"
    ],
    "payload finalize": [
        "coldsign payload finalize wd-0001.signed",
        "coldsign payload finalize wd-0001.signed --psbt -o .",
    ],
    "message build": [
        "coldsign message build --format bip322-simple --address tb1q9lmf0vmqzdl6tvvwpdyng4zr2q5ay0wkl2sjpc "
        f'--text "Proof of reserves 2026-12-31 block 4800000" --id msg-0001 --initiator ivan {DOCS} '
        "-o msg-0001.payload",
        "coldsign message build --format eip712 --address 0x9858EfFD232B4033E47d90003D41EC34EcaEda94 "
        f"--chain-id 11155111 --file permit.json --id msg-0002 --initiator ivan {DOCS} "
        "-o msg-0002.payload",
    ],
    "message export": ["coldsign message export msg-0001.signed --format text"],
    "reserves btc build": [
        "coldsign reserves btc build --wallet treasury --utxos utxos.json --prev-txs prev.txt "
        "--height 4800000 --snapshot-out snapshot.json --id por-2026-12 --initiator ivan "
        f"{DOCS} -o por-2026-12.payload"
    ],
    "reserves btc export": ["coldsign reserves btc export por-2026-12.signed -o proof.json"],
    "reserves btc verify": ["coldsign reserves btc verify proof.json --utxos snapshot.json"],
    "reserves evm build": [
        "coldsign reserves evm build --snapshot snapshot.json --chain-id 11155111 "
        f"--id por-evm-2026-12 --initiator ivan {DOCS} -o por-evm.payload"
    ],
    "reserves evm export": [
        "coldsign reserves evm export por-evm.signed --balances balances.json -o ownership.csv"
    ],
    "reserves evm verify": ["coldsign reserves evm verify ownership.csv"],
    "reserves report": [
        "coldsign reserves report --btc proof.json --utxos snapshot.json --evm ownership.csv "
        "--liabilities liabilities/root.json --require-full"
    ],
    "reserves liabilities build": [
        "coldsign reserves liabilities build balances.csv -o liabilities --snapshot "
        "2026-12-31T23:59Z --decimals BTC=8 --decimals USDC=6"
    ],
    "reserves liabilities verify": [
        "coldsign reserves liabilities verify my-proof.json --root root.json"
    ],
    "payload export": [
        "coldsign payload export wd-0001.signed --format psbt -o .",
        "coldsign payload export wd-0004.signed --format eth-signature --qr",
    ],
    # PSBTs and the gap
    "psbt show": [
        "coldsign psbt show tx.psbt --network testnet",
        'coldsign psbt show tx.psbt --descriptor "$(cat wallet.descriptor)"',
    ],
    "psbt combine": ["coldsign psbt combine signed-a.psbt signed-b.psbt -o combined.psbt"],
    "psbt finalize": ["coldsign psbt finalize combined.psbt -o ."],
    "psbt convert": [
        "coldsign psbt convert tx.psbt --to base64",
        "coldsign psbt convert tx.psbt --to v2 -o tx-v2.psbt",
    ],
    "qr show": [
        "coldsign qr show wallet.descriptor --kind bytes",
        "coldsign qr show wd-0001.approved --gif wd-0001.gif",
    ],
    "qr scan": [
        "coldsign qr scan --camera --kind bytes -o wallet.descriptor.qr",
        "coldsign qr scan --dir frames/ --kind payload -o wd-0001.approved",
    ],
    "labels export": [f"coldsign labels export wd-0001.signed {DOCS} -o labels.jsonl"],
    "labels import": ["coldsign labels import labels.jsonl"],
    # ceremonies
    "ceremony list": ["coldsign ceremony list"],
    "ceremony runbook": ["coldsign ceremony runbook key-generation > key-generation.md"],
    "ceremony run": [
        f"coldsign {H} ceremony run key-generation --lead-key lena.key --workdir keygen"
    ],
    "ceremony verify": [
        'coldsign ceremony verify keygen.jsonl --lead-pubkey "$(coldsign key pub lena.key)" '
        "--require-complete"
    ],
}
