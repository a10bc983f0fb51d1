// The ecosystem's own implementations, driven by coldsign's interop tests (tests/interop/*.py).
// Usage: node peers.mjs COMMAND < request.json > answer.json. No network access.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const registry = require('@keystonehq/bc-ur-registry');
const registryEth = require('@keystonehq/bc-ur-registry-eth');
const bcur = require('@ngraveio/bc-ur');
const { joinQRs } = await import('bbqr');
const { Transaction, Signature } = await import('ethers');
const btc = await import('@scure/btc-signer');
const { HDKey } = await import('@scure/bip32');

const hex = (b) => (b === undefined || b === null ? null : Buffer.from(b).toString('hex'));
const request = JSON.parse(readFileSync(0, 'utf8') || '{}');

function keypath(path) {
  if (!path) return null;
  return {
    path: path.getPath() ?? null,
    sourceFingerprint: hex(path.getSourceFingerprint()),
    depth: path.getDepth() ?? null,
  };
}

function hdkey(key) {
  return {
    kind: 'hdkey',
    key: hex(key.getKey()),
    chainCode: hex(key.getChainCode()),
    origin: keypath(key.getOrigin()),
    children: keypath(key.getChildren()),
    parentFingerprint: hex(key.getParentFingerprint()),
    name: key.getName() ?? null,
    note: key.getNote() ?? null,
    bip32Key: key.getChainCode() ? key.getBip32Key() : null,
  };
}

function anyKey(key) {
  if (key instanceof registry.CryptoHDKey) return hdkey(key);
  if (key instanceof registry.CryptoECKey) return { kind: 'eckey', key: hex(key.getData()) };
  return { kind: 'multi', threshold: key.getThreshold(), keys: key.getKeys().map(anyKey) };
}

function output(out) {
  return {
    scripts: out.getScriptExpressions().map((s) => s.getExpression()),
    key: anyKey(out.getCryptoKey()),
  };
}

const commands = {
  'keystone-decode'() {
    const cbor = Buffer.from(request.cbor, 'hex');
    switch (request.type) {
      case 'crypto-hdkey':
        return hdkey(registry.CryptoHDKey.fromCBOR(cbor));
      case 'crypto-output':
        return output(registry.CryptoOutput.fromCBOR(cbor));
      case 'crypto-account': {
        const account = registry.CryptoAccount.fromCBOR(cbor);
        return {
          masterFingerprint: hex(account.getMasterFingerprint()),
          outputs: account.getOutputDescriptors().map(output),
        };
      }
      case 'eth-signature': {
        const sig = registryEth.ETHSignature.fromCBOR(cbor);
        return { requestId: hex(sig.getRequestId()), signature: hex(sig.getSignature()), origin: sig.getOrigin() ?? null };
      }
      case 'eth-sign-request': {
        const req = registryEth.EthSignRequest.fromCBOR(cbor);
        return {
          requestId: hex(req.getRequestId()),
          signData: hex(req.getSignData()),
          dataType: req.getDataType(),
          chainId: req.getChainId() ?? null,
          path: req.getDerivationPath(),
          sourceFingerprint: hex(req.getSourceFingerprint()),
          origin: req.getOrigin() ?? null,
        };
      }
      default:
        throw new Error(`unknown type ${request.type}`);
    }
  },
  'keystone-sign-request'() {
    const req = registryEth.EthSignRequest.constructETHRequest(
      Buffer.from(request.signData, 'hex'), request.dataType, request.path, request.xfp,
      request.uuid, request.chainId, undefined, request.origin,
    );
    return { ur: req.toUREncoder(1000).nextPart() };
  },
  'bcur-decode'() {
    const decoder = new bcur.URDecoder();
    for (const part of request.parts) {
      decoder.receivePart(part);
      if (decoder.isComplete()) break;
    }
    if (!decoder.isComplete() || !decoder.isSuccess()) throw new Error('incomplete or failed');
    const ur = decoder.resultUR();
    return { type: ur.type, cbor: hex(ur.cbor) };
  },
  'bcur-encode'() {
    const ur = new bcur.UR(Buffer.from(request.cbor, 'hex'), request.type);
    const encoder = new bcur.UREncoder(ur, request.maxFragment, 0);
    const parts = [];
    for (let i = 0; i < request.count; i++) parts.push(encoder.nextPart());
    return { parts };
  },
  'bbqr-join'() {
    const joined = joinQRs(request.parts);
    return { fileType: joined.fileType, encoding: joined.encoding, data: hex(joined.raw) };
  },
  'ethers-recover'() {
    const tx = Transaction.from('0x' + request.unsigned);
    const sig = Buffer.from(request.signature, 'hex');
    const v = BigInt('0x' + sig.subarray(64).toString('hex'));
    tx.signature = Signature.from({ r: '0x' + hex(sig.subarray(0, 32)), s: '0x' + hex(sig.subarray(32, 64)), v });
    return { from: tx.from, hash: tx.hash, chainId: tx.chainId.toString() };
  },
  'scure-addresses'() {
    const network = request.network === 'mainnet' ? btc.NETWORK : btc.TEST_NETWORK;
    // Keystone's getBip32Key() writes every key as xpub; read each by its own prefix.
    const versions = (k) => (k.startsWith('xpub')
      ? { private: 0x0488ade4, public: 0x0488b21e }
      : { private: 0x04358394, public: 0x043587cf });
    const accounts = request.keys.map((k) => HDKey.fromExtendedKey(k, versions(k)));
    const addresses = [];
    for (let i = 0; i < request.count; i++) {
      const pubs = accounts.map((a) => a.deriveChild(request.branch).deriveChild(i).publicKey);
      const sorted = [...pubs].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
      const ms = () => btc.p2ms(request.threshold, sorted);
      const payment = {
        pkh: () => btc.p2pkh(pubs[0], network),
        wpkh: () => btc.p2wpkh(pubs[0], network),
        'sh-wpkh': () => btc.p2sh(btc.p2wpkh(pubs[0], network), network),
        tr: () => btc.p2tr(pubs[0].subarray(1), undefined, network),
        'wsh-sortedmulti': () => btc.p2wsh(ms(), network),
        'sh-wsh-sortedmulti': () => btc.p2sh(btc.p2wsh(ms(), network), network),
        'sh-sortedmulti': () => btc.p2sh(ms(), network),
      }[request.kind];
      addresses.push(payment().address);
    }
    return { addresses };
  },
};

const command = commands[process.argv[2]];
if (!command) {
  console.error(`unknown command ${process.argv[2]}`);
  process.exit(2);
}
process.stdout.write(JSON.stringify(command()));
