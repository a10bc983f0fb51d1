"""The one harness every atheris target in fuzz/ shares: the contract check, libFuzzer defaults,
instrumentation of coldsign's code, and the paths where corpora and crashes live.

A target is a module `fuzz/fuzz_<name>.py` that builds a `Target` and calls `main(target)`.
`Target.one_input(data)` runs the decoder under test on one input; the harness lets exactly the
errors in `Target.allowed` (DecodeError, or a documented ColdsignError subclass) pass as a
refusal, and anything else -- IndexError, ValueError, RecursionError, a `ContractViolation`
raised by a failed round trip -- escapes to atheris, which reports it as a crash and writes the
input under fuzz/crashes/<name>/.

Run one target by hand (it resumes from its committed corpus; new finds go to fuzz/.work/):

    .venv/bin/python fuzz/fuzz_psbt_binary.py -max_total_time=60
    .venv/bin/python fuzz/fuzz_psbt_binary.py fuzz/crashes/psbt_binary/crash-...   # reproduce

Any libFuzzer flag passes through (`-runs=N`, `-jobs=N`, `-max_len=N`, `-help=1`).
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import os
import shlex
import shutil
import sys
import tempfile
import types
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import atheris

FUZZ_DIR = Path(__file__).resolve().parent
ROOT = FUZZ_DIR.parent
CORPUS_DIR = FUZZ_DIR / "corpus"
CRASH_DIR = FUZZ_DIR / "crashes"
WORK_DIR = FUZZ_DIR / ".work"
DICT_DIR = FUZZ_DIR / "dicts"
WARM_UP_FILES = 300  # corpus files run once before instrumenting (they load lazy imports)

# str.startswith/endswith comparisons steer the fuzzer towards the literals the decoders look for
# ("ur:", "B$", "xpub"). atheris's RegEx hook is not enabled: its pattern proxy does not take the
# `pos` argument of Pattern.match, which tomllib uses.
atheris.enabled_hooks.add("str")

if str(ROOT) not in sys.path:  # targets run as scripts: make the checkout importable first
    sys.path.insert(0, str(ROOT))


class ContractViolation(AssertionError):
    """A decoder broke its contract: an accepted input does not round-trip, or a re-encoded value
    is refused. An AssertionError, so atheris reports it as a crash."""


def check_equal(got: object, want: object, what: str) -> None:
    """Raise ContractViolation unless `got == want` (the round-trip property of `what`)."""
    if got != want:
        raise ContractViolation(f"{what}: round trip differs")


@contextlib.contextmanager
def must_succeed(what: str) -> Iterator[None]:
    """Inside this block a ColdsignError is a contract violation (e.g. re-decoding what the
    encoder produced from an accepted input must not be refused)."""
    from coldsign.errors import ColdsignError

    try:
        yield
    except ColdsignError as exc:
        raise ContractViolation(f"{what}: {type(exc).__name__}: {exc}") from exc


def text(data: bytes) -> str:
    """Fuzzer bytes as the str a decoder receives. surrogateescape keeps every byte distinct and
    yields lone surrogates for invalid UTF-8, as Python does for argv and file names."""
    return data.decode("utf-8", "surrogateescape")


_scratch_dir: Path | None = None


def scratch_file(name: str) -> Path:
    """A path in this process's own temporary directory (in RAM under /dev/shm when it exists),
    for decoders that read a file: a target rewrites the same file on every execution."""
    global _scratch_dir
    if _scratch_dir is None:
        shm = Path("/dev/shm")
        base = str(shm) if shm.is_dir() and os.access(shm, os.W_OK) else None
        _scratch_dir = Path(tempfile.mkdtemp(prefix="coldsign-fuzz-", dir=base))
        atexit.register(shutil.rmtree, _scratch_dir, True)
    return _scratch_dir / name


@dataclass(frozen=True)
class Target:
    """One fuzz target. `allowed` lists the exceptions that count as a refusal; `instrument`
    the module prefixes whose code gets coverage feedback (coldsign always; pure-Python parsers
    it delegates to, such as tomllib, where their branches guide the fuzzer)."""

    name: str
    one_input: Callable[[bytes], object]
    allowed: tuple[type[BaseException], ...]
    instrument: tuple[str, ...] = ()
    max_len: int = 4096
    timeout_seconds: int = 10

    def test_one_input(self, data: bytes) -> None:
        """The contract: return, or raise one of `allowed` -- anything else is a finding."""
        with contextlib.suppress(*self.allowed):
            self.one_input(data)


def libfuzzer_args(target: Target, argv: list[str]) -> list[str]:
    """`argv` with the defaults filled in: the work and committed corpus directories (when no
    corpus or input file is named), the crash directory, max_len, timeout and a dictionary."""
    args = list(argv)
    # libFuzzer re-runs argv[0] through the shell for -merge=1 and -fork=N: make it "python target"
    # so the script need not be executable and runs under this interpreter (the virtualenv's).
    args[0] = f"{shlex.quote(sys.executable)} {shlex.quote(str(Path(argv[0]).resolve()))}"
    flags = {a.split("=", 1)[0] for a in args[1:] if a.startswith("-")}
    positional = [a for a in args[1:] if not a.startswith("-")]
    if not positional:
        work = WORK_DIR / target.name
        corpus = CORPUS_DIR / target.name
        work.mkdir(parents=True, exist_ok=True)
        corpus.mkdir(parents=True, exist_ok=True)
        args += [str(work), str(corpus)]
    if "-artifact_prefix" not in flags:
        crashes = CRASH_DIR / target.name
        crashes.mkdir(parents=True, exist_ok=True)
        args.append(f"-artifact_prefix={crashes}{os.sep}")
    defaults = {
        "-max_len": str(target.max_len),
        "-timeout": str(target.timeout_seconds),
        "-rss_limit_mb": "2048",
        "-print_final_stats": "1",
    }
    args += [f"{flag}={value}" for flag, value in defaults.items() if flag not in flags]
    dictionary = DICT_DIR / f"{target.name}.dict"
    if dictionary.is_file() and "-dict" not in flags:
        args.append(f"-dict={dictionary}")
    return args


def _warm_up_inputs(args: list[str]) -> Iterator[bytes]:
    yield b""
    count = 0
    for arg in args[1:]:
        if arg.startswith("-"):
            continue
        path = Path(arg)
        files = sorted(path.iterdir()) if path.is_dir() else [path]
        for file in files:
            if count >= WARM_UP_FILES:
                return
            if file.is_file():
                count += 1
                yield file.read_bytes()


def warm_up(target: Target, args: list[str]) -> None:
    """Run the corpus once, uninstrumented, so that modules coldsign imports lazily are loaded
    (and then instrumented). Failures are ignored here: the fuzzing run reports them."""
    for data in _warm_up_inputs(args):
        with contextlib.suppress(BaseException):
            target.test_one_input(data)


def instrument(prefixes: tuple[str, ...]) -> int:
    """Add atheris coverage instrumentation to every loaded function of the modules named by
    `prefixes` (and their submodules). Returns how many functions were instrumented."""
    wanted = ("coldsign", *prefixes)
    patched: dict[types.CodeType, types.CodeType] = {}
    results: set[int] = set()  # ids of patched code objects: a closure is not patched twice
    count = 0
    for obj in gc.get_objects():
        if not isinstance(obj, types.FunctionType):
            continue
        module = getattr(obj, "__module__", None) or ""
        if not any(module == p or module.startswith(p + ".") for p in wanted):
            continue
        code = obj.__code__
        if id(code) in results:
            continue
        if code not in patched:
            try:
                patched[code] = atheris.patch_code(code, True, True)
            except Exception as exc:  # noqa: BLE001 - an uninstrumentable function is skipped
                sys.stderr.write(f"WARNING: cannot instrument {obj.__qualname__}: {exc}\n")
                continue
            results.add(id(patched[code]))
        obj.__code__ = patched[code]
        count += 1
    return count


def main(target: Target) -> None:
    """Fuzz `target` with libFuzzer's flags from the command line (see the module docstring)."""
    args = libfuzzer_args(target, sys.argv)
    warm_up(target, args)
    count = instrument(target.instrument)
    sys.stderr.write(f"INFO: coldsign fuzz target {target.name}: {count} functions instrumented\n")
    atheris.Setup(args, target.test_one_input)
    atheris.Fuzz()
