"""The policy's message sections (issue 15): which texts, typed data and proofs of reserves the
policy's wallets may sign, parsed from and written back to the policy body (policy/config.py).

Here rather than in config.py so that a policy without these sections (and every withdrawal's
run) does not create their classes at start-up (issue 16); `Policy` holds them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from coldsign.codec.message_request import MessageFormat
from coldsign.errors import DecodeError
from coldsign.policy.config import WHAT, WalletRule
from coldsign.policy.fields import Fields

if TYPE_CHECKING:
    from coldsign.policy.chainspec import ChainSpecs
    from coldsign.policy.config import Policy
    from coldsign.policy.pattern import Pattern

# --- Messages, typed data and proofs (issue 15) -------------------------------------------------
#
#   [[messages]]    name, wallets, formats (default: every text format of those wallets' chains),
#                   prefix | pattern (a full match, coldsign.policy.pattern), approvals
#   [[typed_data]]  name, wallets (EVM), domain = { name, version, chain_id, verifying_contract,
#                   salt } (exactly the typed data's domain), primary_types, approvals
#   [proofs]        wallets (Bitcoin), prefix | pattern for the proof's message, approvals
#
# Default deny: without a rule that names the wallet and matches the message, nothing is signed.

MAX_PREFIX_CHARS = 1024


@dataclass(frozen=True)
class TextTemplate:
    """What a message's text must be: start with `prefix`, or fully match `pattern`."""

    prefix: str | None = None
    pattern: Pattern | None = None

    def matches(self, text: str) -> bool:
        if self.prefix is not None:
            return text.startswith(self.prefix)
        assert self.pattern is not None
        return self.pattern.fullmatch(text)

    def describe(self) -> str:
        if self.prefix is not None:
            return f"prefix {self.prefix!r}"
        assert self.pattern is not None
        return f"pattern {self.pattern.source!r}"

    def body(self) -> dict[str, object]:
        if self.prefix is not None:
            return {"prefix": self.prefix}
        assert self.pattern is not None
        return {"pattern": self.pattern.source}


@dataclass(frozen=True)
class MessageRule:
    """Texts the named wallets may sign in the given formats, with `approvals` approvals."""

    name: str
    wallets: tuple[str, ...]
    formats: tuple[MessageFormat, ...]
    template: TextTemplate
    approvals: int


@dataclass(frozen=True)
class DomainRule:
    """An EIP-712 domain, field by field (None: the field is absent from the domain)."""

    name: str | None = None
    version: str | None = None
    chain_id: int | None = None
    verifying_contract: str | None = None  # canonical form from the chain's spec
    salt: bytes | None = None

    def fields(self) -> tuple[tuple[str, str], ...]:
        """The domain as (EIP-712 field name, canonical text), for exact comparison with a
        typed data's domain (`policy.messages.TypedDataFacts.domain`)."""
        out: list[tuple[str, str]] = []
        if self.name is not None:
            out.append(("name", self.name))
        if self.version is not None:
            out.append(("version", self.version))
        if self.chain_id is not None:
            out.append(("chainId", str(self.chain_id)))
        if self.verifying_contract is not None:
            out.append(("verifyingContract", self.verifying_contract.lower()))
        if self.salt is not None:
            out.append(("salt", "0x" + self.salt.hex()))
        return tuple(out)


@dataclass(frozen=True)
class TypedDataRule:
    """EIP-712 typed data the named wallets may sign: one exact domain, these primary types."""

    name: str
    wallets: tuple[str, ...]
    domain: DomainRule
    primary_types: tuple[str, ...]
    approvals: int


@dataclass(frozen=True)
class ProofRule:
    """Proofs of reserves (BIP-322 proof of funds): which wallets, which message, approvals. A
    proof moves nothing and never counts against limits."""

    wallets: tuple[str, ...]
    template: TextTemplate
    approvals: int


def parse_message_sections(
    top: Fields, wallets: Sequence[WalletRule], approver_count: int, specs: ChainSpecs
) -> tuple[tuple[MessageRule, ...], tuple[TypedDataRule, ...], ProofRule | None]:
    by_name = {w.name: w for w in wallets}
    messages = tuple(
        _parse_message_rule(f, by_name, approver_count) for f in top.tables("messages")
    )
    typed = tuple(
        _parse_typed_data_rule(f, by_name, approver_count, specs) for f in top.tables("typed_data")
    )
    names = [r.name for r in messages] + [r.name for r in typed]
    if len(set(names)) != len(names):
        raise DecodeError(WHAT, "two [[messages]] or [[typed_data]] rules share a name")
    proofs = None
    if top.has("proofs"):
        f = top.table("proofs")
        rule_wallets = _rule_wallets(f, by_name)
        if any(by_name[w].chain != "bitcoin" for w in rule_wallets):
            raise f.error("wallets", "proofs of reserves (BIP-322) are for Bitcoin wallets")
        template = _parse_template(f)
        approvals = _rule_approvals(f, approver_count)
        f.done()
        proofs = ProofRule(rule_wallets, template, approvals)
    return messages, typed, proofs


def _rule_wallets(f: Fields, by_name: dict[str, WalletRule]) -> tuple[str, ...]:
    raw = f.raw("wallets", required=True)
    if not isinstance(raw, list) or not raw or not all(isinstance(w, str) for w in raw):
        raise f.error("wallets", "must be a non-empty list of wallet names")
    names = tuple(str(w) for w in raw)
    for name in names:
        if name not in by_name:
            raise f.error("wallets", f"{name!r} is not a wallet of this policy")
    if len(set(names)) != len(names):
        raise f.error("wallets", "a wallet is named twice")
    return names


def _rule_approvals(f: Fields, approver_count: int) -> int:
    approvals = f.req_int("approvals", minimum=1)
    if approvals > approver_count:
        raise f.error("approvals", f"{approvals} is more than the {approver_count} approvers")
    return approvals


def _parse_template(f: Fields) -> TextTemplate:
    from coldsign.policy.pattern import compile_pattern

    if f.has("prefix") == f.has("pattern"):
        raise f.error("prefix", "give exactly one of prefix and pattern (default deny)")
    if f.has("prefix"):
        prefix = f.req_string("prefix")
        if len(prefix) > MAX_PREFIX_CHARS:
            raise f.error("prefix", f"longer than {MAX_PREFIX_CHARS} characters")
        return TextTemplate(prefix=prefix)
    source = f.req_string("pattern")
    try:
        return TextTemplate(pattern=compile_pattern(source))
    except DecodeError as exc:
        raise f.error("pattern", exc.reason) from None


def _parse_message_rule(
    f: Fields, by_name: dict[str, WalletRule], approver_count: int
) -> MessageRule:
    name = f.req_string("name")
    rule_wallets = _rule_wallets(f, by_name)
    chains = {by_name[w].chain for w in rule_wallets}
    text_formats: list[MessageFormat] = [x for x in MessageFormat if x is not MessageFormat.EIP712]
    raw = f.raw("formats")
    if raw is None:
        formats = tuple(x for x in text_formats if x.chain in chains)
    else:
        if not isinstance(raw, list) or not raw or not all(isinstance(x, str) for x in raw):
            raise f.error("formats", "must be a non-empty list of format names")
        try:
            formats = tuple(MessageFormat.parse(str(x)) for x in raw)
        except DecodeError as exc:
            raise f.error("formats", exc.reason) from None
        if MessageFormat.EIP712 in formats:
            raise f.error("formats", "typed data (eip712) is allowed by [[typed_data]] rules")
        if len(set(formats)) != len(formats):
            raise f.error("formats", "a format is named twice")
        for x in formats:
            if x.chain not in chains:
                raise f.error("formats", f"{x.value} is for {x.chain} wallets, none is named")
    for w in rule_wallets:
        if not any(x.chain == by_name[w].chain for x in formats):
            raise f.error("wallets", f"no format of this rule can be signed by wallet {w}")
    template = _parse_template(f)
    approvals = _rule_approvals(f, approver_count)
    f.done()
    return MessageRule(name, rule_wallets, formats, template, approvals)


def _parse_typed_data_rule(
    f: Fields, by_name: dict[str, WalletRule], approver_count: int, specs: ChainSpecs
) -> TypedDataRule:
    import re

    name = f.req_string("name")
    rule_wallets = _rule_wallets(f, by_name)
    chains = {by_name[w].chain for w in rule_wallets}
    if len(chains) != 1:
        raise f.error("wallets", "typed data rules name wallets of one chain")
    spec = specs[chains.pop()]
    d = f.table("domain")
    domain_name = d.string("name", required=False)
    version = d.string("version", required=False)
    chain_id = d.integer("chain_id", required=False, minimum=1)
    contract = spec.parse_contract(d, "verifying_contract") if d.has("verifying_contract") else None
    salt_text = d.string("salt", required=False)
    salt = None
    if salt_text is not None:
        if not re.fullmatch("0x[0-9a-fA-F]{64}", salt_text):
            raise d.error("salt", "must be 0x and 64 hex digits (bytes32)")
        salt = bytes.fromhex(salt_text[2:])
    d.done()
    domain = DomainRule(domain_name, version, chain_id, contract, salt)
    if not domain.fields():
        raise f.error("domain", "an empty domain would match typed data from anyone")
    raw = f.raw("primary_types", required=True)
    if not isinstance(raw, list) or not raw or not all(isinstance(t, str) for t in raw):
        raise f.error("primary_types", "must be a non-empty list of type names")
    types = tuple(str(t) for t in raw)
    for t in types:
        if not re.fullmatch(r"[A-Za-z_$][A-Za-z0-9_$]{0,127}", t) or t == "EIP712Domain":
            raise f.error("primary_types", f"{t!r} is not a struct type name")
    if len(set(types)) != len(types):
        raise f.error("primary_types", "a type is named twice")
    approvals = _rule_approvals(f, approver_count)
    f.done()
    return TypedDataRule(name, rule_wallets, domain, types, approvals)


def message_bodies(policy: Policy) -> dict[str, object]:
    """The canonical body of the message sections (absent when the policy has none)."""
    body: dict[str, object] = {}
    if policy.messages:
        body["messages"] = [
            {
                "name": r.name,
                "wallets": list(r.wallets),
                "formats": [x.value for x in r.formats],
                **r.template.body(),
                "approvals": r.approvals,
            }
            for r in policy.messages
        ]
    if policy.typed_data:
        rules = []
        for r in policy.typed_data:
            d = r.domain
            domain: dict[str, object] = {}
            for key, value in (
                ("name", d.name),
                ("version", d.version),
                ("chain_id", d.chain_id),
                ("verifying_contract", d.verifying_contract),
                ("salt", "0x" + d.salt.hex() if d.salt is not None else None),
            ):
                if value is not None:
                    domain[key] = value
            rules.append(
                {
                    "name": r.name,
                    "wallets": list(r.wallets),
                    "domain": domain,
                    "primary_types": list(r.primary_types),
                    "approvals": r.approvals,
                }
            )
        body["typed_data"] = rules
    if policy.proofs is not None:
        p = policy.proofs
        body["proofs"] = {
            "wallets": list(p.wallets),
            **p.template.body(),
            "approvals": p.approvals,
        }
    return body
