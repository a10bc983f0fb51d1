"""Policy TOML as operators write it: coldsign.policy.fields.parse_toml, then
coldsign.policy.config.parse_policy (descriptors, EVM addresses, amounts, durations, times).

Allowed: DecodeError. Round trip: the canonical body of an accepted policy (`to_body`, what
admins sign) encodes as canonical JSON and parses back to an equal policy with the same body (a
fixed point).
"""

from __future__ import annotations

import _harness

from coldsign.chains import SPECS
from coldsign.errors import DecodeError
from coldsign.policy.config import parse_policy
from coldsign.policy.documents import canonical_json
from coldsign.policy.fields import parse_toml


def one_input(data: bytes) -> None:
    policy = parse_policy(parse_toml(data, "policy"), SPECS)
    body = policy.to_body()
    canonical_json(body)
    with _harness.must_succeed("parse_policy(policy.to_body())"):
        again = parse_policy(body, SPECS)
    _harness.check_equal(again, policy, "policy")
    _harness.check_equal(again.to_body(), body, "policy body")


TARGET = _harness.Target(
    "policy_toml", one_input, allowed=(DecodeError,), instrument=("tomllib",), max_len=16384
)

if __name__ == "__main__":
    _harness.main(TARGET)
