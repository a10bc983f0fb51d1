#!/bin/sh
# make demo: an end-to-end Bitcoin withdrawal ceremony on throwaway keys (testnet), unattended.
# Everything happens in a fresh temporary directory; secrets travel on file descriptors only.
set -eu
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

say "2. Watch-only wallet descriptor (BIP-84, testnet) from the offline seed"
DESCRIPTOR=$(printf '%s' "$MNEMONIC" | cs wallet descriptor --type wpkh --account 0 --network testnet --mnemonic-fd 3 3<&0)
echo "$DESCRIPTOR"
cs wallet addresses "$DESCRIPTOR" --network testnet --count 2

say "3. Policy: 2-of-3 admins; 2 approvals up to 0.1 BTC, 3 above; caps, velocity, fee caps"
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

[[assets]]
symbol = "BTC"
chain = "bitcoin"
network = "testnet"
max_per_tx = "0.5"
velocity = { amount = "1.0", period = "24h" }
max_fee = "0.0005"
max_fee_rate = 100
tiers = [ { above = "0", approvals = 2 }, { above = "0.1", approvals = 3 } ]
TOML
printf 'demo-pass-admin1' | cs policy sign policy.toml --key admin1.key -o policy.1.json --passphrase-fd 3 3<&0
printf 'demo-pass-admin2' | cs policy sign policy.1.json --key admin2.key -o policy.signed.json --passphrase-fd 3 3<&0
cs policy verify policy.signed.json

say "4. Whitelist manifest, signed by two admins"
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
TOML
printf 'demo-pass-admin1' | cs whitelist sign whitelist.toml --key admin1.key -o whitelist.1.json --passphrase-fd 3 3<&0
printf 'demo-pass-admin3' | cs whitelist sign whitelist.1.json --key admin3.key -o whitelist.signed.json --passphrase-fd 3 3<&0

say "5. Offline signer: pin the policy (trust anchor) and import the whitelist"
cs policy pin policy.signed.json
cs whitelist import whitelist.signed.json

say "6. Initiator (online, watch-only): build a withdrawal of 0.05 BTC from a UTXO list"
SPK=$(cs --json wallet addresses "$DESCRIPTOR" --network testnet --count 1 | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["script_pubkey"])')
cat > utxos.json <<JSON
[{"txid": "$(printf 'ab%.0s' $(seq 32))", "vout": 0, "amount": 0.08000000, "scriptPubKey": "$SPK"},
 {"txid": "$(printf 'cd%.0s' $(seq 32))", "vout": 1, "amount": 0.01500000, "scriptPubKey": "$SPK"}]
JSON
cs payload build --wallet "$DESCRIPTOR" --utxos utxos.json --to tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx:0.05 \
    --fee-rate 8 --id demo-withdrawal-1 --initiator ivan --memo "demo rebalance" \
    --policy policy.signed.json --whitelist whitelist.signed.json -o withdrawal.payload

say "7. Two approvers review and approve (each on their own machine)"
printf 'demo-pass-alice' | cs payload approve withdrawal.payload --key alice.key --policy policy.signed.json \
    --whitelist whitelist.signed.json -o withdrawal.alice --passphrase-fd 3 3<&0
printf 'demo-pass-bob' | cs payload approve withdrawal.payload --key bob.key --policy policy.signed.json \
    --whitelist whitelist.signed.json -o withdrawal.bob --passphrase-fd 3 3<&0
cs payload combine withdrawal.alice withdrawal.bob -o withdrawal.approved

say "8. Offline signer: every check, the review, then the seed (from an fd), sign, audit"
printf '%s' "$MNEMONIC" | cs payload sign withdrawal.approved --mnemonic-fd 3 --no-passphrase -o withdrawal.signed 3<&0

say "9. Online machine: finalize into a raw transaction for any node to broadcast"
cs payload finalize withdrawal.signed

say "10. A refusal: the same withdrawal id with a different amount"
cs payload build --wallet "$DESCRIPTOR" --utxos utxos.json --to tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx:0.04 \
    --fee-rate 8 --id demo-withdrawal-1 --initiator ivan \
    --policy policy.signed.json --whitelist whitelist.signed.json -o replay.payload
set +e
printf '%s' "$MNEMONIC" | cs payload sign replay.payload --mnemonic-fd 3 --no-passphrase -o replay.signed 3<&0
code=$?
set -e
echo "exit code $code (4 = refused by policy), nothing written: $(test -e replay.signed && echo NO || echo yes)"
test "$code" -eq 4

say "11. The audit log verifies"
cs audit show
cs audit verify
echo "\ndemo finished: files in $DEMO" >&2
