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
        f"  admins ({p.admin_threshold} of {len(p.admins)}): " + ", ".join(m.name for m in p.admins),
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
            lines.append(f"      velocity {format_units(a.velocity.amount, a.decimals)} per "
                         f"{format_duration(a.velocity.period_seconds)}")
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
