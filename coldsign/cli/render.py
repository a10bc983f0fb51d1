"""Readable renderings of policies, manifests and review screens (text; rich where it helps)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING

from coldsign.codec.jsontext import JsonValue
from coldsign.policy.fields import format_time
from coldsign.units import format_units

if TYPE_CHECKING:
    from coldsign.policy.trust import TrustedManifest, TrustedPolicy
    from coldsign.service.withdrawal import Review


def policy_text(trusted: TrustedPolicy) -> str:
    """The whole policy, exactly: every key of its signed body, amounts as decimal strings."""
    body = trusted.policy.to_body()
    lines = [f"policy v{body['version']}  hash {trusted.document.hash}"]
    lines += body_lines(body, indent="  ")
    sigs = trusted.document.signatures
    lines.append(f"  signatures: {', '.join(s.signer for s in sigs) if sigs else 'none'}")
    return "\n".join(lines)


def body_lines(body: Mapping[str, object], indent: str) -> list[str]:
    """A signed body as indented `key: value` lines (tables nested, lists numbered). Values are
    printed exactly as signed: what an admin reads is what the signature covers."""
    lines: list[str] = []
    for key in sorted(body):
        value = body[key]
        if isinstance(value, Mapping):
            lines.append(f"{indent}{key}:")
            lines += body_lines(value, indent + "  ")
        elif isinstance(value, list) and value and all(isinstance(v, Mapping) for v in value):
            lines.append(f"{indent}{key}:")
            for i, item in enumerate(value):
                assert isinstance(item, Mapping)
                lines.append(f"{indent}  [{i}]")
                lines += body_lines(item, indent + "    ")
        else:
            text = "" if value == "" else json.dumps(value, ensure_ascii=False)
            lines.append(f"{indent}{key}: {text or '(empty)'}")
    return lines


def manifest_text(trusted: TrustedManifest) -> str:
    m = trusted.manifest
    lines = [
        f"{m.kind.value} v{m.version}  hash {trusted.document.hash}",
        f"  previous: {m.previous or '(first)'}",
        f"  expires:  {format_time(m.expires)}",
        f"  entries:  {len(m.entries)}",
    ]
    for e in m.entries[:200]:
        cap = f"  (max {e.max_per_tx} {e.asset} per tx)" if e.max_per_tx else ""
        lines.append(f"    {e.chain} {e.scope}  {e.address}  {e.label}{cap}")
    if len(m.entries) > 200:
        lines.append(f"    … {len(m.entries) - 200} more (use --json)")
    sigs = trusted.document.signatures
    lines.append(f"  signatures: {', '.join(s.signer for s in sigs) if sigs else 'none'}")
    return "\n".join(lines)


def review_data(rv: Review, *, chain_details: bool = True) -> dict[str, JsonValue]:
    """The review as data (`payload show --json`); the same facts the screen shows. Amounts are
    decimal strings in the asset's unit, with the base-unit integer beside them.
    `chain_details=False` leaves out every input and output in the chain's terms (the screen
    lists them itself; for 10,000 inputs they cost more than the rest of the review)."""
    from coldsign.policy.approval import digest_words

    p = rv.payload
    verdict = rv.verdict
    asset = verdict.asset
    decimals = asset.decimals if asset else 8
    unit = asset.symbol if asset else None
    names = {m.public_key[1:]: m.name for m in rv.trusted.policy.approvers}
    present: list[JsonValue] = [
        names.get(a.public_key[1:], a.public_key.hex()) for a in p.approvals
    ]
    required = verdict.required_approvals or 0
    valid = list(verdict.approvals.valid_approvers)
    missing: list[JsonValue] = (
        []
        if len(valid) >= required
        else [m.name for m in rv.trusted.policy.approvers if m.name not in valid]
    )
    fee_unit = "BTC" if verdict.fee_decimals == 8 else "ETH"
    return {
        "withdrawal_id": p.withdrawal_id,
        "kind": p.kind,
        "chain": p.chain,
        "network": p.network,
        "chain_id": p.chain_id,
        "initiator": p.initiator,
        "initiator_authenticated": verdict.approvals.initiator is not None,
        "memo": p.memo,
        "created": p.created,
        "expires": p.expires,
        "replaces": p.replaces,
        "expected_signer_head": p.expected_head.hex() if p.expected_head else None,
        "asset": unit,
        "amount": {"value": format_units(verdict.amount, decimals), "unit": unit,
                   "base_units": str(verdict.amount)},
        "sent": {"value": format_units(verdict.sent, decimals), "unit": unit,
                 "base_units": str(verdict.sent)},
        "transferred": {"value": format_units(verdict.transferred, decimals), "unit": unit,
                        "base_units": str(verdict.transferred)},
        "fee": {"value": format_units(verdict.fee, verdict.fee_decimals), "unit": fee_unit,
                "base_units": str(verdict.fee)},
        "txid": rv.chain.txid,
        "destinations": [
            {
                "index": d.index,
                "address": d.address,
                "amount": {"value": format_units(d.amount, decimals), "unit": unit,
                           "base_units": str(d.amount)},
                "role": d.role.value,
                "change": d.change,
                "label": d.label,
            }
            for d in verdict.destinations
        ],
        "approvals": {
            "valid": list(valid),
            "present": present,
            "missing": missing,
            "required": verdict.required_approvals,
        },
        "digest": verdict.digest.hex(),
        "digest_words": list(digest_words(verdict.digest)),
        "policy_hash": rv.trusted.policy_hash,
        "whitelist_hash": rv.trusted.whitelist_hash,
        "verdict": "sign" if verdict.ok else "refuse",
        "reasons": [_json_object(r.to_json()) for r in verdict.reasons()],
        "warnings": list(verdict.warnings),
        "chain_details": rv.chain.to_json() if chain_details else None,
    }  # fmt: skip


def _json_object(items: Mapping[str, str | int]) -> dict[str, JsonValue]:
    out: dict[str, JsonValue] = {}
    out.update(items)
    return out


def review_screen(rv: Review, *, role: str = "signer", clock: bool = False) -> None:
    """The operator's review on stderr: what leaves, where to, who approved, the digest.

    Every piece of text that came from the payload is a `Text` (never parsed as markup), so a
    memo cannot print a styled verdict line. `role` words the verdict for an approver
    ("waiting for approvals") or the signer; `clock` shows the time checks are judged by.
    """
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from coldsign.policy.approval import digest_words

    data = review_data(rv, chain_details=False)
    p = rv.payload
    verdict = rv.verdict
    console = Console(stderr=True, highlight=False, soft_wrap=False)
    unit = str(data["asset"] or "")
    header = Text("Withdrawal ", style="bold")
    header.append(p.withdrawal_id, style="bold")
    where = p.network if p.network is not None else f"chain id {p.chain_id}"
    header.append(f"  {p.chain} {where}  initiated by ")
    header.append(p.initiator)
    header.append(" (key verified)" if verdict.approvals.initiator else " (name only)")
    console.print(header)
    if p.memo:
        console.print(Text("memo: ") + Text(p.memo))
    if p.replaces:
        console.print(Text("replaces withdrawal ") + Text(p.replaces))
    expires = format_time_stamp(p.expires)
    console.print(Text(f"expires: {expires}"))
    if clock:
        console.print(Text(f"clock:   {clock_text(rv.now)}"))
    table = Table(show_header=True, header_style="bold", expand=False)
    table.add_column("#", no_wrap=True)
    table.add_column("destination", overflow="fold")
    table.add_column("amount", no_wrap=True, justify="right")
    table.add_column("whitelist", overflow="fold")
    for d in verdict.destinations:
        if d.change:
            label = Text("change (re-derived)", style="cyan")
        elif d.role.value == "transfer":
            label = Text(f"internal transfer {d.label or ''}", style="magenta")
        elif d.label:
            label = Text(d.label, style="green")
        else:
            label = Text("NOT WHITELISTED", style="red")
        shown = f"{format_units(d.amount, verdict.asset.decimals if verdict.asset else 8)} {unit}"
        table.add_row(str(d.index), Text(d.address or "?"), Text(shown), label)
    console.print(table)
    for row in rv.chain.lines():
        console.print(Text(f"{row.label}: ") + Text(row.text))
    inputs = rv.chain.inputs()
    for row in inputs[:50]:
        console.print(Text(f"  {row.label}: ") + Text(row.text))
    if len(inputs) > 50:
        console.print(Text(f"  … {len(inputs) - 50} more inputs (payload show --json lists all)"))
    leaving = data["amount"]
    assert isinstance(leaving, dict)
    console.print(
        Text(f"leaving the wallet: {leaving['value']} {unit} (outputs to others and the fee)")
    )
    approvals = data["approvals"]
    assert isinstance(approvals, dict)
    valid = approvals["valid"]
    assert isinstance(valid, list)
    line = Text(
        f"approvals: {len(valid)} valid of {approvals['required']} required"
        f" — valid: {', '.join(str(v) for v in valid) or 'none'}"
    )
    missing = approvals["missing"]
    if isinstance(missing, list) and missing:
        line.append(f"; not yet: {', '.join(str(m) for m in missing)}")
    console.print(line)
    console.print(Text("approval digest: ") + Text(verdict.digest.hex(), style="bold"))
    console.print(Text("digest words:    " + " ".join(digest_words(verdict.digest))))
    for warning in verdict.warnings:
        console.print(Text("warning: ", style="yellow") + Text(warning))
    if verdict.ok:
        console.print(Text("policy verdict: every check passes", style="bold green"))
    elif role == "approver" and verdict.awaiting_approvals_only:
        console.print(
            Text(
                f"waiting for approvals ({len(valid)} of {approvals['required']}); every other "
                "check passes",
                style="bold",
            )
        )
    else:
        console.print(Text("policy verdict: the signer would refuse", style="bold red"))
        for reason in verdict.reasons():
            if role == "approver" and reason.code == "approvals.too_few":
                continue
            console.print(Text("  - ") + Text(reason.message))


def format_time_stamp(moment: int) -> str:
    from datetime import UTC, datetime

    return datetime.fromtimestamp(moment, UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def clock_text(now: int) -> str:
    """This machine's clock, UTC and local, as the checks read it."""
    from datetime import UTC, datetime

    utc = datetime.fromtimestamp(now, UTC)
    local = utc.astimezone()
    return f"{utc:%Y-%m-%d %H:%M:%S} UTC ({local:%Y-%m-%d %H:%M:%S %Z} local)"
