"""Cosigner keys from Coldcard files, URs and BSMS records; origin checks; the two-slots attack."""

from __future__ import annotations

import dataclasses

import pytest

from coldsign.codec.bip32 import HARDENED, ExtendedPublicKey
from coldsign.codec.descriptor import DescriptorKind, parse_descriptor
from coldsign.errors import AuthenticationError, DecodeError
from coldsign.formats import cosigners as C
from coldsign.formats import ur_registry as R
from coldsign.transport import ur
from coldsign.units import Network
from tests.conftest import vector, vector_path

MULTISIG = vector_path("coldcard/multisig")
XFPS = ["0F056943", "6BA6CFD0", "747B698E", "7BB026BE"]
WSH = DescriptorKind.WSH_SORTEDMULTI


def _ccxp(xfp: str, kind: DescriptorKind = WSH) -> C.Cosigner:
    return C.from_file((MULTISIG / f"ccxp-{xfp}.json").read_bytes(), kind, f"ccxp-{xfp}.json")[0]


@pytest.mark.parametrize(
    ("fmt", "kind"),
    [("p2wsh", WSH), ("p2sh-p2wsh", DescriptorKind.SH_WSH_SORTEDMULTI),
     ("p2sh", DescriptorKind.SH_SORTEDMULTI)],
)  # fmt: skip
def test_four_ccxp_files_assemble_coldcards_wallet(fmt: str, kind: DescriptorKind) -> None:
    keys = [_ccxp(x, kind) for x in XFPS]
    wallet = C.assemble(keys, 2, kind, Network.TESTNET)
    expected = parse_descriptor((MULTISIG / f"desc-{fmt}-myself.txt").read_text().strip())
    assert wallet.branches()[0] == expected


def test_multisig_setup_file_gives_every_key() -> None:
    keys = C.from_file((MULTISIG / "export-p2wsh-myself.txt").read_bytes(), WSH, "setup.txt")
    assert [k.key.origin.fingerprint.hex().upper() for k in keys] == XFPS  # type: ignore[union-attr]
    with pytest.raises(DecodeError, match="P2WSH wallet, not sh"):
        C.from_file((MULTISIG / "export-p2wsh-myself.txt").read_bytes(),
                    DescriptorKind.SH_SORTEDMULTI, "setup.txt")  # fmt: skip


def test_crypto_account_gives_its_cosigner_output() -> None:
    case = next(v for v in vector("ur/registry.json")["vectors"]
                if v["name"] == "CryptoAccountTest.testSeed")  # fmt: skip
    parsed = ur.decode(case["ur"])
    cosigner = C.from_registry(parsed.type, parsed.cbor, WSH)
    assert cosigner.text().startswith("[37b5eed4/48h/0h/0h/2h]xpub")
    nested = C.from_registry(parsed.type, parsed.cbor, DescriptorKind.SH_WSH_SORTEDMULTI)
    assert nested.key.origin.path[-1] == 1 + HARDENED  # type: ignore[union-attr]


def test_hdkey_ur_roundtrip_is_a_cosigner() -> None:
    key = _ccxp("6BA6CFD0")
    hdkey = R.hdkey_from_key_expression(key.key)
    cbor = R.encode_hdkey(hdkey, R.Generation.V1)
    assert C.from_registry("crypto-hdkey", cbor, WSH).key == key.key


# ------------------------------------------------------------------ one cosigner, two slots


def test_the_same_key_twice_is_refused() -> None:
    a = _ccxp("0F056943")
    with pytest.raises(AuthenticationError, match="same public key"):
        C.assemble([a, _ccxp("6BA6CFD0"), dataclasses.replace(a, source="again")], 2, WSH,
                   Network.TESTNET)  # fmt: skip


def test_the_same_key_in_another_serialization_is_refused() -> None:
    """A Vpub and a tpub of one key differ as text; the points are compared."""
    a = _ccxp("0F056943")
    vpub = a.xpub.to_string(bytes.fromhex("02575483"))
    disguised = C.from_key_expression(f"[{a.key.origin}]{vpub}", "pasted key")
    assert disguised.xpub.to_string() == a.xpub.to_string() and vpub != a.xpub.to_string()
    with pytest.raises(AuthenticationError, match="same public key"):
        C.check_distinct([a, disguised])


def test_the_same_point_with_another_chain_code_is_refused() -> None:
    a = _ccxp("0F056943")
    other = _ccxp("6BA6CFD0")
    forged_xpub = dataclasses.replace(other.xpub, public_key=a.xpub.public_key)
    forged = C.Cosigner(dataclasses.replace(other.key, xpub=forged_xpub), "forged")
    with pytest.raises(AuthenticationError, match="same public key"):
        C.check_distinct([a, forged])


def test_a_child_of_another_cosigners_key_is_refused() -> None:
    """Whoever holds A's private key also holds its non-hardened child's: one person, two slots."""
    from coldsign.codec.bip32 import KeyOrigin
    from coldsign.codec.descriptor import KeyExpression

    a = _ccxp("0F056943")
    assert a.key.origin is not None
    origin = KeyOrigin(bytes.fromhex("deadbeef"), (*a.key.origin.path, 7))
    sneaky = C.Cosigner(KeyExpression(origin, xpub=a.xpub.derive(7)), "sneaky")
    with pytest.raises(AuthenticationError, match="child of the other"):
        C.check_distinct([a, sneaky])


def test_two_keys_of_one_seed_are_refused() -> None:
    from coldsign.formats import coldcard

    data = vector_path("coldcard/coldcard-export.json").read_bytes()
    p2wsh = coldcard.cosigner_from_generic(data, WSH)
    nested = coldcard.cosigner_from_generic(data, DescriptorKind.SH_WSH_SORTEDMULTI)
    keys = [C.Cosigner(dataclasses.replace(k.key_expression(), path=(), wildcard=False), k.source)
            for k in (p2wsh, nested)]  # fmt: skip
    with pytest.raises(AuthenticationError, match="one seed"):
        C.check_distinct(keys)


# ------------------------------------------------------------------ origin checks


def _with_origin_path(cosigner: C.Cosigner, path: tuple[int, ...]) -> str:
    assert cosigner.key.origin is not None
    origin = dataclasses.replace(cosigner.key.origin, path=path)
    return f"[{origin}]{cosigner.xpub}"


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ((48 + HARDENED, 1 + HARDENED, HARDENED), "depth 4 but its origin path has 3"),
        ((48 + HARDENED, 1 + HARDENED, HARDENED, 1 + HARDENED), "child number"),
    ],
)
def test_origin_that_disagrees_with_the_xpub_is_refused(path: tuple[int, ...], reason: str) -> None:
    with pytest.raises(AuthenticationError, match=reason):
        C.from_key_expression(_with_origin_path(_ccxp("0F056943"), path), "pasted key")


def test_depth_one_key_must_name_its_parent_as_master() -> None:
    p2sh = _ccxp("0F056943", DescriptorKind.SH_SORTEDMULTI)  # m/45' : depth 1
    assert p2sh.xpub.depth == 1
    wrong = p2sh.text().replace("[0f056943", "[0f056944").split("/<")[0]
    with pytest.raises(AuthenticationError, match="parent"):
        C.from_key_expression(wrong, "pasted key")


def test_key_for_another_network_is_refused() -> None:
    with pytest.raises(DecodeError, match="another network"):
        C.assemble([_ccxp(x) for x in XFPS[:2]], 2, WSH, Network.MAINNET)


def test_unknown_file_is_refused() -> None:
    with pytest.raises(DecodeError):
        C.from_file(b'{"hello": 1}', WSH, "x.json")
    with pytest.raises(DecodeError):
        C.from_file(b"hello", WSH, "x.txt")


def test_master_key_depth_zero_origin() -> None:
    xpub = ExtendedPublicKey(0, bytes(4), 0, bytes(range(32)), _ccxp("0F056943").xpub.public_key)
    ok = C.from_key_expression(f"[{xpub.fingerprint.hex()}]{xpub}", "master")
    assert ok.xpub == xpub
    with pytest.raises(AuthenticationError, match="master key"):
        C.from_key_expression(f"[00000000]{xpub}", "master")
