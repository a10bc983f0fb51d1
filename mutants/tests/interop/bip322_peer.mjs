// Peer for coldsign's Bitcoin message tests: bip322-js (and the bitcoinjs-message it depends on).
// Reads one JSON request on stdin, writes one JSON answer on stdout; no network.
//   {"verify": [{address, message, signature, strict}],          -> [true|false|"error: ..."]
//    "sign": [{wif, address, message}],                           -> [base64 signature]
//    "sign137": [{wif, message, segwitType, electrum}]}           -> [base64 signature]
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { Verifier, Signer } = require("bip322-js");
const bitcoinMessage = require("bitcoinjs-message");
const { ECPairFactory } = require("ecpair");
const ecc = require("@bitcoinerlab/secp256k1");
const ECPair = ECPairFactory(ecc);

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const request = JSON.parse(Buffer.concat(chunks).toString("utf8"));

const verify = (request.verify ?? []).map((c) => {
  try {
    return Verifier.verifySignature(c.address, c.message, c.signature, Boolean(c.strict));
  } catch (e) {
    return `error: ${e.message}`;
  }
});
const sign = (request.sign ?? []).map((c) => Signer.sign(c.wif, c.address, c.message));
const sign137 = (request.sign137 ?? []).map((c) => {
  const key = ECPair.fromWIF(c.wif);
  const options = c.segwitType ? { segwitType: c.segwitType } : undefined;
  return bitcoinMessage
    .sign(c.message, key.privateKey, key.compressed, options)
    .toString("base64");
});
const versions = {
  "bip322-js": require("bip322-js/package.json").version,
  "bitcoinjs-message": require("bitcoinjs-message/package.json").version,
};
process.stdout.write(JSON.stringify({ verify, sign, sign137, versions }));
