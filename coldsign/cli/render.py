"""Readable renderings of policies, manifests and review screens (text; rich where it helps)."""

from __future__ import annotations

from typing import Any

from coldsign.policy.fields import format_duration, format_time
from coldsign.units import format_units


def policy_text(trusted: Any) -> str:
    p = trusted.policy
    lines = [
        f"policy v{p.version}  hash {trusted.document.hash}",
        f"  previous: {p.previous or '(first)'}",
        f"  expires:  {format_time(p.expires) if p.expires else 'never'}",
        f"  approvals valid for {format_duration(p.approval_lifetime_seconds)}; "
        f"initiator may approve: {'yes' if p.initiator_may_approve else 'no'}",
        f"  admins ({p.admin_threshold} of {len(p.admins)}): "
        + ", ".join(m.name for m in p.admins),
        "  approvers: " + ", ".join(m.name for m in p.approvers),
        "  wallets:",
    ]
    for w in p.wallets:
        where = w.network.value if w.network else f"chain {w.chain_id}"
        lines.append(f"    {w.name} ({w.chain.value} {where}): {w.descriptor or w.address}")
    lines.append("  assets:")
    for a in p.assets:
        cap = format_units(a.max_per_tx, a.decimals) if a.max_per_tx is not None else "none"
        tiers = ", ".join(f">{format_units(t.above, a.decimals)}: {t.approvals}" for t in a.tiers)
        lines.append(f"    {a.symbol}: cap {cap} per tx; tiers {tiers}")
        if a.velocity:
            lines.append(
                f"      velocity {format_units(a.velocity.amount, a.decimals)} per "
                f"{format_duration(a.velocity.period_seconds)}"
            )
    sigs = trusted.document.signatures
    lines.append(f"  signatures: {', '.join(s.signer for s in sigs) if sigs else 'none'}")
    return "\n".join(lines)


def manifest_text(trusted: Any) -> str:
    m = trusted.manifest
    lines = [
        f"{m.kind.value} v{m.version}  hash {trusted.document.hash}",
        f"  previous: {m.previous or '(first)'}",
        f"  expires:  {format_time(m.expires)}",
        f"  entries:  {len(m.entries)}",
    ]
    for e in m.entries[:200]:
        where = e.network.value if e.network else f"chain {e.chain_id}"
        cap = f"  (max {e.max_per_tx} per tx)" if e.max_per_tx else ""
        lines.append(f"    {e.chain.value} {where}  {e.address}  {e.label}{cap}")
    if len(m.entries) > 200:
        lines.append(f"    … {len(m.entries) - 200} more (use --json)")
    sigs = trusted.document.signatures
    lines.append(f"  signatures: {', '.join(s.signer for s in sigs) if sigs else 'none'}")
    return "\n".join(lines)


def review_data(w: Any, trusted: Any, verdict: Any, summary: Any) -> dict[str, Any]:
    """The review as data (`payload show --json`); the same facts the screen shows."""
    from coldsign.policy.approval import digest_words

    p = w.payload
    asset = verdict.asset
    decimals = asset.decimals if asset else 8
    names = {m.public_key[1:]: m.name for m in trusted.policy.approvers}
    present = [names.get(a.public_key[1:], a.public_key.hex()) for a in p.approvals]
    missing = [
        m.name for m in trusted.policy.approvers if m.name not in verdict.approvals.valid_approvers
    ]
    return {
        "withdrawal_id": p.withdrawal_id,
        "chain": p.chain,
        "network": p.network,
        "chain_id": p.chain_id,
        "initiator": p.initiator,
        "memo": p.memo,
        "created": p.created,
        "expires": p.expires,
        "asset": asset.symbol if asset else None,
        "amount": format_units(verdict.amount, decimals),
        "fee": str(verdict.fee),
        "txid": getattr(summary, "txid", None),
        "destinations": [
            {
                "index": d.index,
                "address": d.address,
                "amount": format_units(d.amount, decimals),
                "change": d.change,
                "label": d.label,
            }
            for d in verdict.destinations
        ],
        "approvals": {
            "valid": list(verdict.approvals.valid_approvers),
            "present": present,
            "missing": missing,
            "required": verdict.required_approvals,
        },
        "digest": verdict.digest.hex(),
        "digest_words": digest_words(verdict.digest),
        "policy_hash": trusted.policy_hash,
        "whitelist_hash": trusted.whitelist_hash,
        "verdict": "sign" if verdict.ok else "refuse",
        "reasons": verdict.reasons(),
        "warnings": list(verdict.warnings),
        **({"evm": _evm_data(summary, asset)} if w.chain.value == "ethereum" else {}),
    }


def _evm_data(summary: Any, asset: Any) -> dict[str, Any] | None:
    """The EVM facts an operator checks: chain, sender, value, token, beneficiary, gas, fee."""
    if summary is None:
        return None
    from coldsign.chains.evm.chains import chain_name
    from coldsign.chains.evm.units import format_gwei, format_wei

    token = None
    if summary.token_amount is not None:
        token = {
            "symbol": asset.symbol if asset else None,
            "contract": summary.to.checksummed if summary.to else None,
            "amount": format_units(summary.token_amount, asset.decimals)
            if asset
            else str(summary.token_amount),
        }
    return {
        "chain_id": summary.chain_id,
        "chain_name": chain_name(summary.chain_id),
        "type": summary.tx_type.name.lower(),
        "call": summary.call.value,
        "sender": summary.sender.checksummed,
        "to": summary.to.checksummed if summary.to else None,
        "value": format_wei(summary.value_wei),
        "value_wei": str(summary.value_wei),
        "token": token,
        "beneficiary": summary.beneficiary.checksummed if summary.beneficiary else None,
        "nonce": summary.nonce,
        "gas_limit": summary.gas_limit,
        "max_fee_per_gas": format_gwei(summary.fee_cap_per_gas),
        "max_priority_fee_per_gas": (
            format_gwei(summary.max_priority_fee_per_gas)
            if summary.max_priority_fee_per_gas is not None
            else None
        ),
        "max_fee": format_wei(summary.max_fee_wei),
        "max_fee_wei": str(summary.max_fee_wei),
    }


def review_screen(w: Any, trusted: Any, verdict: Any, summary: Any) -> None:
    """The operator's review on stderr (rich): what leaves, where to, who approved, the digest."""
    from rich.console import Console
    from rich.table import Table

    data = review_data(w, trusted, verdict, summary)
    # Never truncate: an operator must be able to read every character of every address.
    console = Console(stderr=True, highlight=False, soft_wrap=True, width=160)
    unit = data["asset"] or ""
    console.print(
        f"[bold]Withdrawal {data['withdrawal_id']}[/bold]  {data['chain']} "
        f"{data['network'] or data['chain_id']}  initiated by {data['initiator']}"
    )
    if data["memo"]:
        console.print(f"memo: {data['memo']}")
    table = Table(show_header=True, header_style="bold")
    for col in ("#", "destination", "amount", "whitelist"):
        table.add_column(col, no_wrap=True, overflow="fold")
    for d in data["destinations"]:
        label = (
            "[cyan]change (re-derived)[/cyan]"
            if d["change"]
            else (f"[green]{d['label']}[/green]" if d["label"] else "[red]NOT WHITELISTED[/red]")
        )
        table.add_row(str(d["index"]), d["address"] or "?", f"{d['amount']} {unit}", label)
    console.print(table)
    evm = data.get("evm")
    if evm:
        console.print(
            f"chain: {evm['chain_name']} (chain id {evm['chain_id']}), {evm['type']} transaction, "
            f"nonce {evm['nonce']}"
        )
        console.print(f"from:  {evm['sender']}")
        console.print(f"to:    {evm['to']}  value {evm['value']}")
        if evm["token"]:
            t = evm["token"]
            console.print(
                f"token: {t['amount']} {t['symbol']} (contract {t['contract']}) "
                f"to beneficiary {evm['beneficiary']}"
            )
        priority = evm["max_priority_fee_per_gas"]
        console.print(
            f"gas:   limit {evm['gas_limit']}, max fee per gas {evm['max_fee_per_gas']}"
            + (f", priority {priority}" if priority else "")
            + f"; maximum fee {evm['max_fee']}"
        )
        console.print(f"sending {data['amount']} {unit}")
    else:
        console.print(f"sending {data['amount']} {unit}; fee {data['fee']} (base units)")
    a = data["approvals"]
    console.print(
        f"approvals: {len(a['valid'])} valid of {a['required']} required — "
        f"valid: {', '.join(a['valid']) or 'none'}; missing: {', '.join(a['missing']) or 'none'}"
    )
    console.print(f"approval digest: {data['digest']}")
    console.print(f"digest words:    {' '.join(data['digest_words'])}")
    for warning in data["warnings"]:
        console.print(f"[yellow]warning:[/yellow] {warning}")
    if data["verdict"] == "sign":
        console.print("[bold green]policy verdict: every check passes[/bold green]")
    else:
        console.print("[bold red]policy verdict: the signer would refuse[/bold red]")
        for reason in data["reasons"]:
            console.print(f"  - {reason}")
