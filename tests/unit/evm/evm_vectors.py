"""Build our transaction objects from the Ethereum vector files' JSON fields (test helper)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from coldsign.evm.address import Address
from coldsign.evm.tx import AccessListEntry, AccessListTx, Eip1559Tx, LegacyTx, UnsignedTx

ETH_VECTORS = Path(__file__).resolve().parents[2] / "vectors" / "ethereum"


def load(name: str) -> Any:
    return json.loads((ETH_VECTORS / name).read_text())


def as_int(value: int | str) -> int:
    """Vector numbers come as ints or hex strings ("0x" meaning zero)."""
    if isinstance(value, int):
        return value
    text = value.removeprefix("0x")
    return int(text, 16) if text else 0


def as_bytes(value: str | None) -> bytes:
    return bytes.fromhex((value or "").removeprefix("0x"))


def as_to(value: str | None) -> Address | None:
    if not value:
        return None
    return Address.parse(value) if value != value.lower() else Address(as_bytes(value))


def access_list(entries: list[dict[str, Any]] | None) -> tuple[AccessListEntry, ...]:
    return tuple(
        AccessListEntry(
            address=Address(as_bytes(e["address"])),
            storage_keys=tuple(as_bytes(k) for k in e["storageKeys"]),
        )
        for e in entries or []
    )


def tx_from_fields(f: dict[str, Any]) -> UnsignedTx:
    """eth-account style field names (gas, gasPrice, maxFeePerGas, chainId, type...) to our tx."""
    tx_type = as_int(f.get("type", 0))
    chain = f.get("chainId")
    common: dict[str, Any] = {
        "nonce": as_int(f["nonce"]),
        "gas_limit": as_int(f.get("gas", f.get("gasLimit", 0))),
        "to": as_to(f.get("to")),
        "value": as_int(f.get("value", 0)),
        "data": as_bytes(f.get("data")),
    }
    if tx_type == 0:
        return LegacyTx(
            chain_id=None if chain is None else as_int(chain),
            gas_price=as_int(f["gasPrice"]),
            **common,
        )
    if tx_type == 1:
        return AccessListTx(
            chain_id=as_int(chain),
            gas_price=as_int(f["gasPrice"]),
            access_list=access_list(f.get("accessList")),
            **common,
        )
    return Eip1559Tx(
        chain_id=as_int(chain),
        max_fee_per_gas=as_int(f["maxFeePerGas"]),
        max_priority_fee_per_gas=as_int(f["maxPriorityFeePerGas"]),
        access_list=access_list(f.get("accessList")),
        **common,
    )
