#!/bin/sh
# make demo: an end-to-end Bitcoin withdrawal ceremony on throwaway keys (testnet), unattended.
# Everything happens in a fresh temporary directory; secrets travel on file descriptors only.
set -eu
REPO=$(cd "$(dirname "$0")/.." && pwd)
DEMO=$(mktemp -d "${TMPDIR:-/tmp}/coldsign-demo.XXXXXX")
cd "$DEMO"
HOME_DIR="$DEMO/signer-home"
say() { printf '\n\033[1m== %s\033[0m\n' "$*" >&2; }
cs() { coldsign --home "$HOME_DIR" --yes "$@"; }

# A public test mnemonic: these coins are not real. Never use it for anything else.
MNEMONIC="abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"

say "1. Role keys: three admins, three approvers (passphrase-encrypted, mode 0600)"
for who in admin1 admin2 admin3; do
    printf 'demo-pass-%s' "$who" | cs key new --role admin --name "$who" -o "$who.key" --passphrase-fd 3 3<&0 >/dev/null
done
for who in alice bob carol; do
    printf 'demo-pass-%s' "$who" | cs key new --role approver --name "$who" -o "$who.key" --passphrase-fd 3 3<&0 >/dev/null
done
printf 'demo-pass-lena' | cs key new --role lead --name lena -o lena.key --passphrase-fd 3 3<&0 >/dev/null

say "2. Key-generation ceremony: a SLIP-39 master secret split 2-of-3 to custodians (unattended)"
# The answers file holds names and confirmations only. The custodians' shares come back on fd 6,
# a pipe into this script's memory: they never touch the disk (a test searches every file).
mkdir keygen
cat > keygen.answers.toml <<TOML
[participants]
lead = "Lena"
operator = "Otto"
custodians = "Carla Chen and Cleo"
witness = "Wanda"
[inputs]
network = "testnet"
[confirm]
preflight = true
split = true
combine = true
compare-fingerprint = true
descriptor = true
compare-descriptor-fingerprint = true
evm-address = true
carry-descriptor-usb = true
carry-evm-address-usb = true
carry-descriptor-qr = true
compare-descriptor = true
compare-evm-address = true
close = true
[secrets]
[secret_outputs]
shares = { fd = 6 }
TOML
SHARES=$(printf 'demo-pass-lena' | cs ceremony run key-generation --script keygen.answers.toml \
    --workdir keygen --transcript keygen.transcript.jsonl --lead-key lena.key --lead-passphrase-fd 3 \
    3<&0 6>&1 1>&2)
cs ceremony verify keygen.transcript.jsonl --lead-pubkey "$(cs key pub lena.key)" --require-complete
COLD_DESCRIPTOR=$(cat keygen/wallet.descriptor)
echo "cold wallet (SLIP-39, 2 of 3): $COLD_DESCRIPTOR"
echo "$(printf '%s\n' "$SHARES" | grep -c .) shares held in memory only; transcript: $DEMO/keygen.transcript.jsonl"

say "3. A second wallet from a BIP-39 mnemonic: watch-only descriptor (BIP-84) and EVM address"
DESCRIPTOR=$(printf '%s' "$MNEMONIC" | cs wallet descriptor --type wpkh --account 0 --network testnet --mnemonic-fd 3 3<&0)
echo "$DESCRIPTOR"
cs wallet addresses "$DESCRIPTOR" --network testnet --count 2

ETH_ADDRESS=$(printf '%s' "$MNEMONIC" | cs wallet evm-address --path "m/44'/60'/0'/0/0" --mnemonic-fd 3 3<&0)
echo "EVM wallet: $ETH_ADDRESS"

say "4. Policy: 2-of-3 admins; 2 approvals up to 0.1 BTC, 3 above; caps, velocity, fee caps"
cat > policy.toml <<TOML
version = 1
previous = ""
approval_lifetime = "24h"
initiator_may_approve = false

[admins]
threshold = 2
members = [
  { name = "admin1", key = "$(cs key pub admin1.key)" },
  { name = "admin2", key = "$(cs key pub admin2.key)" },
  { name = "admin3", key = "$(cs key pub admin3.key)" },
]

[approvers]
members = [
  { name = "alice", key = "$(cs key pub alice.key)" },
  { name = "bob",   key = "$(cs key pub bob.key)" },
  { name = "carol", key = "$(cs key pub carol.key)" },
]

[[wallets]]
name = "treasury"
chain = "bitcoin"
network = "testnet"
descriptor = "$DESCRIPTOR"

[[wallets]]
name = "cold-slip39"
chain = "bitcoin"
network = "testnet"
descriptor = "$COLD_DESCRIPTOR"

[[assets]]
symbol = "BTC"
chain = "bitcoin"
network = "testnet"
max_per_tx = "0.5"
velocity = { amount = "1.0", period = "24h" }
max_fee = "0.0005"
max_fee_rate = 100
tiers = [ { above = "0", approvals = 2 }, { above = "0.1", approvals = 3 } ]

[[wallets]]
name = "eth-treasury"
chain = "ethereum"
chain_id = 1
path = "m/44'/60'/0'/0/0"
address = "$ETH_ADDRESS"

[[assets]]
symbol = "USDC"
chain = "ethereum"
chain_id = 1
contract = "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"
decimals = 6
max_per_tx = "250000"
velocity = { amount = "1000000", period = "24h" }
max_fee = "0.02"
max_fee_per_gas = "200gwei"
tiers = [ { above = "0", approvals = 2 }, { above = "100000", approvals = 3 } ]

# Messages (docs/messages.md): default deny. The snapshot message of a proof of reserves, from
# the BIP-39 wallet and the EVM wallet; and who may approve a Bitcoin proof of reserves.
[[messages]]
name = "proof-of-reserves"
wallets = ["treasury", "eth-treasury"]
pattern = 'Proof of reserves snapshot [0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}Z bitcoin [a-z]+ hash [0-9a-f]{64} block [0-9]+'
approvals = 2

[proofs]
wallets = ["treasury"]
pattern = 'Proof of reserves snapshot [0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}Z bitcoin [a-z]+ hash [0-9a-f]{64} block [0-9]+'
approvals = 2
TOML
printf 'demo-pass-admin1' | cs policy sign policy.toml --key admin1.key -o policy.1.json --passphrase-fd 3 3<&0
printf 'demo-pass-admin2' | cs policy sign policy.1.json --key admin2.key -o policy.signed.json --passphrase-fd 3 3<&0
cs policy verify policy.signed.json

say "5. Whitelist manifest, signed by two admins"
cat > whitelist.toml <<TOML
version = 1
previous = ""
expires = "2099-01-01T00:00:00Z"

[[entries]]
chain = "bitcoin"
network = "testnet"
address = "tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx"
label = "Exchange hot wallet"
max_per_tx = "0.2"
asset = "BTC"

[[entries]]
chain = "ethereum"
chain_id = 1
address = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
label = "Exchange hot wallet (USDC)"
TOML
printf 'demo-pass-admin1' | cs whitelist sign whitelist.toml --key admin1.key -o whitelist.1.json --passphrase-fd 3 3<&0
printf 'demo-pass-admin3' | cs whitelist sign whitelist.1.json --key admin3.key -o whitelist.signed.json --passphrase-fd 3 3<&0

say "6. Offline signer: pin the policy (trust anchor) and import the whitelist"
cs policy pin policy.signed.json
cs whitelist import whitelist.signed.json

say "7. Initiator (online, watch-only): build a withdrawal of 0.05 BTC from the SLIP-39 wallet"
SPK=$(cs --json wallet addresses "$COLD_DESCRIPTOR" --network testnet --count 1 | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["script_pubkey"])')
python3 "$REPO/scripts/demo_funding.py" utxos "$SPK" ab 0.08 0.015
cs payload build --wallet "$COLD_DESCRIPTOR" --utxos utxos.json --prev-txs utxos.prev --to tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx:0.05 \
    --fee-rate 8 --id demo-withdrawal-1 --initiator ivan --memo "demo rebalance" \
    --policy policy.signed.json --whitelist whitelist.signed.json -o withdrawal.payload

say "8. Two approvers review and approve (each on their own machine)"
printf 'demo-pass-alice' | cs payload approve withdrawal.payload --key alice.key --policy policy.signed.json \
    --whitelist whitelist.signed.json -o withdrawal.alice --passphrase-fd 3 3<&0
printf 'demo-pass-bob' | cs payload approve withdrawal.payload --key bob.key --policy policy.signed.json \
    --whitelist whitelist.signed.json -o withdrawal.bob --passphrase-fd 3 3<&0
cs payload combine withdrawal.alice withdrawal.bob -o withdrawal.approved

say "9. Offline signer: every check, the review, then two custodians' shares (on a pipe), sign, audit"
printf '%s\n' "$SHARES" | head -n 2 | cs payload sign withdrawal.approved --share-fd 3 --no-passphrase -o withdrawal.signed 3<&0

say "10. Online machine: finalize into a raw transaction for any node to broadcast"
cs payload finalize withdrawal.signed

say "11. A refusal: the same withdrawal id with a different amount"
cs payload build --wallet "$COLD_DESCRIPTOR" --utxos utxos.json --prev-txs utxos.prev --to tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx:0.04 \
    --fee-rate 8 --id demo-withdrawal-1 --initiator ivan \
    --policy policy.signed.json --whitelist whitelist.signed.json -o replay.payload
set +e
printf '%s\n' "$SHARES" | tail -n 2 | cs payload sign replay.payload --share-fd 3 --no-passphrase -o replay.signed 3<&0
code=$?
set -e
echo "exit code $code (4 = refused by policy), nothing written: $(test -e replay.signed && echo NO || echo yes)"
test "$code" -eq 4

say "12. The Bitcoin withdrawal ceremony (unattended) from the BIP-39 wallet, with its transcript"
SPK2=$(cs --json wallet addresses "$DESCRIPTOR" --network testnet --count 1 | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["script_pubkey"])')
python3 "$REPO/scripts/demo_funding.py" utxos2 "$SPK2" ef 0.06
mkdir withdrawal-ceremony
cat > withdrawal.answers.toml <<TOML
[participants]
lead = "Lena"
initiator = "ivan"
approver-a = "alice"
approver-b = "bob"
operator = "Otto"
witness = "Wanda"
[inputs]
policy = "$DEMO/policy.signed.json"
whitelist = "$DEMO/whitelist.signed.json"
descriptor = "$DESCRIPTOR"
utxos = "$DEMO/utxos2.json"
prev_txs = "$DEMO/utxos2.prev"
destination = "tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx:0.02"
fee_rate = "5"
withdrawal_id = "demo-ceremony-1"
initiator = "ivan"
approver_a_key = "$DEMO/alice.key"
approver_b_key = "$DEMO/bob.key"
[confirm]
preflight = true
build = true
review = true
note-digest = true
approve-a = true
approve-b = true
combine = true
carry-approved = true
compare-approved = true
sign = true
compare-digest = true
audit-head = true
carry-signed = true
finalize = true
close = true
[secrets]
approver-a-passphrase = { fd = 3 }
approver-b-passphrase = { fd = 4 }
seed-words = { fd = 5 }
TOML
# Each secret on its own pipe: the nested subshells give fds 3, 4, 5 and 7 one pipe each.
printf 'demo-pass-alice' | ( printf 'demo-pass-bob' | ( printf '%s' "$MNEMONIC" | ( printf 'demo-pass-lena' | \
    cs ceremony run bitcoin-withdrawal --script withdrawal.answers.toml --workdir withdrawal-ceremony \
    --transcript withdrawal.transcript.jsonl --lead-key lena.key --lead-passphrase-fd 7 7<&0 \
    ) 5<&0 ) 4<&0 ) 3<&0
cs ceremony verify withdrawal.transcript.jsonl --lead-pubkey "$(cs key pub lena.key)" --require-complete
echo "transcript: $DEMO/withdrawal.transcript.jsonl"

say "13. An ERC-20 withdrawal: 1,500.25 USDC on Ethereum mainnet, the same quorum and limits"
cs payload build --chain ethereum --chain-id 1 --from-path "m/44'/60'/0'/0/0" \
    --to 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed --token USDC --amount 1500.25 \
    --nonce 0 --gas-limit 65000 --max-fee-per-gas 40gwei --max-priority-fee-per-gas 1.5gwei \
    --id demo-usdc-1 --initiator ivan --policy policy.signed.json --whitelist whitelist.signed.json \
    -o usdc.payload
printf 'demo-pass-alice' | cs payload approve usdc.payload --key alice.key --policy policy.signed.json \
    --whitelist whitelist.signed.json -o usdc.alice --passphrase-fd 3 3<&0
printf 'demo-pass-bob' | cs payload approve usdc.payload --key bob.key --policy policy.signed.json \
    --whitelist whitelist.signed.json -o usdc.bob --passphrase-fd 3 3<&0
cs payload combine usdc.alice usdc.bob -o usdc.approved
printf '%s' "$MNEMONIC" | cs payload sign usdc.approved --mnemonic-fd 3 --no-passphrase -o usdc.signed 3<&0
echo "raw transaction for eth_sendRawTransaction:"
cs payload finalize usdc.signed

say "14. Proof of reserves, Bitcoin: a BIP-322 proof of funds over the BIP-39 wallet's UTXOs"
# The snapshot: a date, a block height and its hash (from your node: getblockhash HEIGHT).
python3 "$REPO/scripts/demo_funding.py" reserves "$SPK2" cd 0.4 0.35 0.1
cs reserves btc build --wallet treasury --utxos reserves.json --prev-txs reserves.prev \
    --date 2026-12-31T00:00:00Z --height 4100000 \
    --block-hash 000000000000000a1b2c3d4e5f60718293a4b5c6d7e8f9000000000000000001 \
    --snapshot-out snapshot.json --id demo-por-btc --initiator ivan \
    --policy policy.signed.json --whitelist whitelist.signed.json -o por-btc.payload
printf 'demo-pass-alice' | cs payload approve por-btc.payload --key alice.key --policy policy.signed.json \
    --whitelist whitelist.signed.json -o por-btc.alice --passphrase-fd 3 3<&0
printf 'demo-pass-bob' | cs payload approve por-btc.payload --key bob.key --policy policy.signed.json \
    --whitelist whitelist.signed.json -o por-btc.bob --passphrase-fd 3 3<&0
cs payload combine por-btc.alice por-btc.bob -o por-btc.approved
printf '%s' "$MNEMONIC" | cs payload sign por-btc.approved --mnemonic-fd 3 --no-passphrase -o por-btc.signed 3<&0
set +e
cs payload finalize por-btc.signed
code=$?
set -e
echo "payload finalize: exit code $code (4: a proof never becomes a transaction)"
test "$code" -eq 4
cs reserves btc export por-btc.signed -o por-btc.proof.json
cs reserves btc verify por-btc.proof.json --utxos snapshot.json

say "15. Proof of reserves, EVM: the EVM wallet signs the same snapshot message (EIP-191)"
cs reserves evm build --snapshot snapshot.json --chain-id 1 --id demo-por-eth --initiator ivan \
    --policy policy.signed.json --whitelist whitelist.signed.json -o por-eth.payload
printf 'demo-pass-alice' | cs payload approve por-eth.payload --key alice.key --policy policy.signed.json \
    --whitelist whitelist.signed.json -o por-eth.alice --passphrase-fd 3 3<&0
printf 'demo-pass-bob' | cs payload approve por-eth.payload --key bob.key --policy policy.signed.json \
    --whitelist whitelist.signed.json -o por-eth.bob --passphrase-fd 3 3<&0
cs payload combine por-eth.alice por-eth.bob -o por-eth.approved
printf '%s' "$MNEMONIC" | cs payload sign por-eth.approved --mnemonic-fd 3 --no-passphrase -o por-eth.signed 3<&0
# The balances at the snapshot block, as the online machine's node reports them.
cat > evm-balances.json <<JSON
{"$ETH_ADDRESS": {"ETH": "42.5", "USDC": "1250000"}}
JSON
cs reserves evm export por-eth.signed --balances evm-balances.json --height 21500000 -o reserves-evm.csv
cat reserves-evm.csv
cs reserves evm verify reserves-evm.csv

say "16. Liabilities and the report: reserves against what customers are owed"
if cs reserves liabilities --help >/dev/null 2>&1; then
    cat > balances.csv <<CSV
customer_id,BTC,ETH,USDC
alice@example.com,40000000,10000000000000000000,500000000000
bob@example.com,25000000,30000000000000000000,250000000000
carol@example.com,15000000,5000000000000000000,400000000000
CSV
    cs reserves liabilities build balances.csv --snapshot 2026-12-31T00:00Z --decimals BTC=8 \
        --decimals ETH=18 --decimals USDC=6 --min-leaves 16 -o liabilities
    cs reserves report --btc por-btc.proof.json --utxos snapshot.json --evm reserves-evm.csv \
        --liabilities liabilities/root.json
else
    echo "(coldsign reserves liabilities is not installed in this build: no liabilities tree or report)"
fi

say "17. The audit log verifies"
cs audit show
cs audit verify
printf '\ndemo finished: files in %s\n' "$DEMO" >&2
printf 'ceremony transcripts: %s and %s (check with: coldsign ceremony verify FILE)\n' \
    "$DEMO/keygen.transcript.jsonl" "$DEMO/withdrawal.transcript.jsonl" >&2
