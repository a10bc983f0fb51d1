"""How strong a new passphrase must be (role keys, keystores): at least MIN_LENGTH characters and
a zxcvbn score of at least MIN_SCORE.

zxcvbn (Dropbox's estimator; the Python port, pure Python, ~400 kB, no dependencies) scores a
passphrase by the guesses its cheapest decomposition needs: dictionary words, names, keyboard
patterns, repeats, sequences, dates and l33t substitutions. Score 3 means about 10^8 guesses or
more ("safely unguessable: moderate protection from an offline slow-hash attack"), which the
scrypt cost of a key file then multiplies. The length rule stops short strings zxcvbn rates well
(``Tr0ub4dor&3``). Words that describe the key (the holder's name, the role) count as known to an
attacker.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

MIN_LENGTH: Final = 12
MIN_SCORE: Final = 3
_ANALYSED: Final = 100  # zxcvbn's cost grows with length; anything longer is long enough


def passphrase_problem(text: str, context: Sequence[str] = ()) -> str | None:
    """Why `text` is too weak for a new passphrase (None if it is strong enough). The message
    names the rule and zxcvbn's advice, never the passphrase."""
    if len(text) < MIN_LENGTH:
        return f"a passphrase needs at least {MIN_LENGTH} characters (this one has {len(text)})"
    from zxcvbn import zxcvbn

    result = zxcvbn(text[:_ANALYSED], user_inputs=[c for c in context if c])
    score = int(result["score"])
    if score >= MIN_SCORE:
        return None
    feedback = result.get("feedback") or {}
    advice = [
        str(feedback.get("warning") or ""),
        *[str(s) for s in feedback.get("suggestions", [])],
    ]
    hint = " ".join(a for a in advice if a)
    return (
        f"the passphrase is too easy to guess (strength {score} of 4; at least {MIN_SCORE} is "
        "needed)" + (f": {hint}" if hint else "")
    )
