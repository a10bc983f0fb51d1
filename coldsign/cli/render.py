"""Readable renderings of policies, manifests and review screens (text; rich where it helps)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from coldsign.codec.jsontext import JsonValue
from coldsign.policy.fields import format_time
from coldsign.units import format_units

if TYPE_CHECKING:
    from coldsign.cli.layout import Atom, Line
    from coldsign.policy.checks import Destination
    from coldsign.policy.trust import TrustedManifest, TrustedPolicy
    from coldsign.service.withdrawal import Review


def policy_text(trusted: TrustedPolicy) -> str:
    """The whole policy, exactly: every key of its signed body, amounts as the decimal strings
    that were signed, each with its unit; the hash with its digest words; who signed."""
    from coldsign.cli.policyview import body_lines
    from coldsign.policy.approval import digest_words

    body = trusted.policy.to_body()
    digest = trusted.document.hash
    lines = [
        f"policy v{body['version']}  hash {digest}",
        f"  words: {' '.join(digest_words(bytes.fromhex(digest)))}",
    ]
    lines += body_lines(body, indent="  ")
    sigs = trusted.document.signatures
    if not sigs:
        lines.append("  signatures: none")
    else:
        lines.append("  signatures (not verified here; policy verify checks them):")
        lines += [f"    {s.signer}  key {s.public_key.hex()}" for s in sigs]
    return "\n".join(lines)


def manifest_text(trusted: TrustedManifest, *, full: bool = False) -> str:
    """A whitelist or denylist for people: version, hash, expiry, entries (the first 200 unless
    `full`: an admin about to sign sees every entry), signers."""
    m = trusted.manifest
    lines = [
        f"{m.kind.value} v{m.version}  hash {trusted.document.hash}",
        f"  previous: {m.previous or '(first)'}",
        f"  expires:  {format_time(m.expires)}",
        f"  entries:  {len(m.entries)}",
    ]
    shown = m.entries if full else m.entries[:200]
    for e in shown:
        cap = f"  (max {e.max_per_tx} {e.asset} per tx)" if e.max_per_tx else ""
        lines.append(f"    {e.chain} {e.scope}  {e.address}  {e.label}{cap}")
    if len(m.entries) > len(shown):
        lines.append(f"    … {len(m.entries) - 200} more (use --json)")
    sigs = trusted.document.signatures
    lines.append(f"  signatures: {', '.join(s.signer for s in sigs) if sigs else 'none'}")
    return "\n".join(lines)


@dataclass(frozen=True)
class Money:
    """How a review states amounts of one asset: its unit and decimals, and the base unit shown
    beside it when operators count in it (sat for BTC)."""

    unit: str
    decimals: int
    base_unit: str | None = None

    def text(self, amount: int) -> str:
        """`0.05 BTC (5,000,000 sat)`, `1500.25 USDC`: exact decimal strings, never floats."""
        shown = f"{format_units(amount, self.decimals)} {self.unit}"
        return f"{shown} ({amount:,} {self.base_unit})" if self.base_unit else shown

    def json(self, amount: int) -> dict[str, JsonValue]:
        """The one JSON form of an amount (docs/formats.md): decimal string, unit, base units."""
        return amount_json(amount, self.decimals, self.unit)


# Base units operators count in, by the unit of the asset (ETH's wei are not read by people;
# gas prices are shown in gwei where they appear).
BASE_UNITS = {"BTC": "sat"}


def amount_json(amount: int, decimals: int, unit: str | None) -> dict[str, JsonValue]:
    """`{"value": "0.05", "unit": "BTC", "base_units": "5000000"}`: every amount in every
    command's JSON has this form (base units as a string: wei exceed a double's precision)."""
    return {"value": format_units(amount, decimals), "unit": unit, "base_units": str(amount)}


def rate_json(value: str, unit: str) -> dict[str, JsonValue]:
    """A rate (fee per vbyte or per gas) as `{"value": "4.99", "unit": "sat/vB"}`."""
    return {"value": value, "unit": unit}


def money_of(rv: Review) -> tuple[Money, Money]:
    """How the review states the withdrawal's asset and its fee asset."""
    facts, asset = rv.facts, rv.verdict.asset
    fee = Money(facts.fee_unit, facts.fee_decimals, BASE_UNITS.get(facts.fee_unit))
    if asset is not None:
        native = asset.contract is None
        return Money(asset.symbol, asset.decimals, fee.base_unit if native else None), fee
    if facts.contract is None:
        return fee, fee
    return Money(f"units of token {facts.contract}", 0), fee


def review_data(rv: Review) -> dict[str, JsonValue]:
    """The review as data (`payload show --json`); the same facts the screen shows. Every amount
    is `amount_json`'s object; `chain_details` is the chain's own view with its amounts in the
    same form (`chain_json`)."""
    from coldsign.policy.approval import digest_words

    p = rv.payload
    verdict = rv.verdict
    money, fee = money_of(rv)
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
    return {
        "withdrawal_id": p.withdrawal_id,
        "kind": p.kind,
        "chain": p.chain,
        "network": p.network,
        "chain_id": p.chain_id,
        "initiator": p.initiator,
        "initiator_authenticated": initiator_verified(rv),
        "memo": p.memo,
        "created": p.created,
        "expires": p.expires,
        "replaces": p.replaces,
        "expected_signer_head": p.expected_head.hex() if p.expected_head else None,
        "asset": verdict.asset.symbol if verdict.asset else None,
        "amount": money.json(verdict.amount),
        "sent": money.json(verdict.sent),
        "transferred": money.json(verdict.transferred),
        "fee": fee.json(verdict.fee),
        "fee_rate": (
            rate_json(f"{rv.facts.fee_rate:.2f}", "sat/vB") if rv.facts.fee_rate is not None
            else rate_json(format_units(rv.facts.fee_per_gas, 9), "gwei")
            if rv.facts.fee_per_gas is not None else None
        ),
        "txid": rv.chain.txid,
        "destinations": [
            {
                "index": d.index,
                "address": d.address,
                "amount": money.json(d.amount),
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
        "chain_details": chain_json(rv.chain.to_json()),
    }  # fmt: skip


def initiator_verified(rv: Review) -> bool:
    """The initiator signed the payload with a key the policy lists. Without an `[initiators]`
    section the name is what the online side typed, and the checks take it as given."""
    return bool(rv.trusted.policy.initiators) and rv.verdict.approvals.initiator is not None


def chain_json(data: JsonValue) -> JsonValue:
    """A chain module's own JSON with every amount in `amount_json`'s form: `X_sat` integers
    become `X` in BTC; `X` with `X_wei` (or `X_base_units`) becomes one object; `"40 gwei"`
    strings and `fee_rate_sat_per_vb` become rates. Everything else is kept as it is."""
    if isinstance(data, list):
        return [chain_json(v) for v in data]
    if not isinstance(data, dict):
        return data
    out: dict[str, JsonValue] = {}
    for key, value in data.items():
        if (
            key.endswith(("_wei", "_base_units"))
            and key.rsplit("_", 1)[0].removesuffix("_base") in data
        ):
            continue  # folded into its partner below
        if key == "fee_rate_sat_per_vb":
            out["fee_rate"] = None if value is None else rate_json(f"{value}", "sat/vB")
        elif key.endswith("_sat") and (value is None or isinstance(value, int)):
            out[key.removesuffix("_sat")] = None if value is None else amount_json(value, 8, "BTC")
        elif isinstance(value, str) and f"{key}_wei" in data:
            number, _, unit = value.partition(" ")
            out[key] = {"value": number, "unit": unit or "ETH", "base_units": data[f"{key}_wei"]}
        elif isinstance(value, str) and f"{key}_base_units" in data:
            symbol = data.get("symbol")
            out[key] = {"value": value, "unit": symbol, "base_units": data[f"{key}_base_units"]}
        elif isinstance(value, str) and value.endswith(" gwei"):
            number = value.removesuffix(" gwei")
            out[key] = {**rate_json(number, "gwei"), "base_units": _gwei_to_wei(number)}
        else:
            out[key] = chain_json(value)
    return out


def _gwei_to_wei(number: str) -> str | None:
    from coldsign.errors import DecodeError
    from coldsign.units import parse_decimal_units

    try:
        return str(parse_decimal_units(number, 9))
    except DecodeError:
        return None


def _json_object(items: Mapping[str, str | int]) -> dict[str, JsonValue]:
    out: dict[str, JsonValue] = {}
    out.update(items)
    return out


def review_screen(
    rv: Review, *, role: str = "signer", clock: bool = False, width: int | None = None
) -> None:
    """The operator's review on stderr, fitted to the terminal (or `width`): what leaves, where
    to, who approved, the digest. See `review_lines`."""
    from coldsign.cli.layout import terminal_width, write_lines

    write_lines(review_lines(rv, role=role, clock=clock, width=width or terminal_width()))


def review_lines(
    rv: Review, *, role: str = "signer", clock: bool = False, width: int = 80
) -> list[Line]:
    """The review as lines (a table's among them) that fit `width` columns.

    Lines break between words and between atoms, never inside an amount with its unit, an
    address, a txid or the digest (cli/layout.py). Text from the payload is only ever a run's
    text (there is no markup to parse), so a memo cannot print a styled verdict line.
    `role` words the verdict for an approver ("waiting for approvals") or the signer; `clock`
    shows the time checks are judged by.
    """
    from coldsign.cli.layout import Atom, Column, atoms, cell, fitted_table, flow
    from coldsign.policy.approval import digest_words

    p = rv.payload
    verdict = rv.verdict
    money, fee = money_of(rv)
    units = [money.unit]
    out: list[Line] = []

    def prose(text: str, style: str = "") -> list[Atom]:
        return atoms(text, style, units)

    where = p.network if p.network is not None else f"chain id {p.chain_id}"
    verified = "(key verified)" if initiator_verified(rv) else "(name only)"
    out += flow(
        [Atom(p.kind.capitalize(), "bold"), Atom(p.withdrawal_id, "bold"), *prose(f"{p.chain} {where}"),
         *prose("initiated by"), Atom(p.initiator), *prose(verified)],
        width,
    )  # fmt: skip
    if p.memo:
        out += flow([Atom("memo:"), *prose(p.memo)], width)
    if p.replaces:
        out += flow([*prose("replaces withdrawal"), Atom(p.replaces)], width)
    out += flow([Atom("expires:"), Atom(format_time_stamp(p.expires))], width)
    if clock:
        utc, local = clock_parts(rv.now)
        out += flow([Atom("clock:  "), Atom(utc), Atom(f"({local})")], width)

    rows = [
        (str(d.index), d.address or "?", money.text(d.amount), _destination_label(d))
        for d in verdict.destinations
    ]
    table = fitted_table(
        [Column("#"), Column("destination"), Column("amount", justify="right"),
         Column("whitelist", atomic=False)],
        [[cell(i), cell(a), cell(m), (label,)] for i, a, m, label in rows],
        width,
    )  # fmt: skip
    if not rows and p.kind != "withdrawal":
        pass  # a message or proof sends nothing: no destinations table
    elif table is not None:
        out += table
    else:
        out += flow(prose(f"destinations ({len(rows)}):"), width)
        for index, address, amount, label in rows:
            words = atoms(label.text, label.style)
            out += flow([Atom(f"#{index}"), Atom(amount), *words], width, indent=2, sep="  ")
            out += flow([Atom(address)], width, indent=6)
    for row in rv.chain.lines():
        out += flow([Atom(f"{row.label}:"), *prose(row.text)], width)
    inputs = rv.chain.inputs()
    for row in inputs[:50]:
        out += flow([Atom(f"{row.label}:"), *prose(row.text)], width, indent=2)
    if len(inputs) > 50:
        more = f"… {len(inputs) - 50} more inputs (payload show --json lists all)"
        out += flow(prose(more), width, indent=2)
    if p.kind == "withdrawal" or verdict.destinations:
        out += flow(
            [*prose("leaving the wallet:"), Atom(money.text(verdict.amount)),
             *prose("(outputs to others and the fee)" if money.unit == fee.unit
                    else "(outputs to others)")],
            width,
        )  # fmt: skip
    else:
        out += flow(
            prose(f"a {p.kind}: nothing leaves the wallet, nothing counts against limits"), width
        )
    required = verdict.required_approvals
    valid = list(verdict.approvals.valid_approvers)
    line = f"approvals: {len(valid)} valid of {required} required — valid: {', '.join(valid) or 'none'}"
    missing = review_data_missing(rv, valid)
    if missing:
        line += f"; not yet: {', '.join(missing)}"
    out += flow(prose(line), width)
    out += flow([Atom("approval digest:"), Atom(verdict.digest.hex(), "bold")], width)
    out += flow([Atom("digest words:   "), *[Atom(w) for w in digest_words(verdict.digest)]], width)
    for warning in verdict.warnings:
        out += flow([Atom("warning:", "yellow"), *prose(warning)], width)
    if verdict.ok:
        out += flow(prose("policy verdict: every check passes", "bold green"), width)
    elif role == "approver" and verdict.awaiting_approvals_only:
        waiting = f"waiting for approvals ({len(valid)} of {required}); every other check passes"
        out += flow(prose(waiting, "bold"), width)
    else:
        out += flow(prose("policy verdict: the signer would refuse", "bold red"), width)
        for reason in verdict.reasons():
            if role == "approver" and reason.code == "approvals.too_few":
                continue
            out += flow([Atom("-"), *prose(reason.message)], width, indent=2, hang=2)
    return out


def review_data_missing(rv: Review, valid: list[str]) -> list[str]:
    """Approvers who have not approved, while the quorum is not met (none once it is)."""
    required = rv.verdict.required_approvals or 0
    if len(valid) >= required:
        return []
    return [m.name for m in rv.trusted.policy.approvers if m.name not in valid]


def _destination_label(d: Destination) -> Atom:
    """The whitelist column: prose in one style (it wraps between words, unlike an atom)."""
    from coldsign.cli.layout import Atom

    if d.change:
        return Atom("change (re-derived)", "cyan")
    if d.role.value == "transfer":
        return Atom(f"internal transfer {d.label or ''}".rstrip(), "magenta")
    if d.label:
        return Atom(d.label, "green")
    return Atom("NOT WHITELISTED", "red")


def format_time_stamp(moment: int) -> str:
    from datetime import UTC, datetime

    return datetime.fromtimestamp(moment, UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def clock_parts(now: int) -> tuple[str, str]:
    """This machine's clock as the checks read it: UTC, and local time with its zone."""
    from datetime import UTC, datetime

    utc = datetime.fromtimestamp(now, UTC)
    local = utc.astimezone()
    return f"{utc:%Y-%m-%d %H:%M:%S} UTC", f"{local:%Y-%m-%d %H:%M:%S %Z} local"


def clock_text(now: int) -> str:
    """This machine's clock, UTC and local, as the checks read it."""
    utc, local = clock_parts(now)
    return f"{utc} ({local})"
