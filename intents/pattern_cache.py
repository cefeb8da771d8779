"""Compiled regular expressions kept on disk, so a start does not compile the intent rules' patterns again.

Python's `re` parses and compiles a pattern in Python code. The intent rules, the phrase trie and the other-policies
pattern (some thousands of characters long) cost a fifth of the instructions of `ask`'s start-up, at every start.
What compiling makes of a pattern (the engine's program, a list of integers, with the pattern's flags and groups)
depends only on the pattern and on the interpreter, so it is kept in the user's cache directory, in a file named by
the interpreter's version and the engine's own, and handed straight to the engine at the next start. The file
carries a digest of its contents, so a file changed since it was written (a damaged disk, a truncated copy) is not
used; the engine itself checks only that a program is well formed. Anything unexpected (another Python, a damaged
or unwritable file) only means compiling as `re.compile` does.
"""

from __future__ import annotations

import atexit
import hashlib
import logging
import pickle
import re
import sys
from array import array
from collections.abc import Callable
from pathlib import Path

from intents.user_cache import cache_dir, source_digest, store

try:  # CPython's engine and compiler: without them the cache stands aside
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another interpreter
    _sre = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

# A pattern's compiled form: the text compiled (the pattern, or what a rewrite made of it), its flags, the engine's
# program (packed), its group count, its groups by name and by number: the arguments `_sre.compile` takes.
Program = tuple[str, int, bytes, int, dict[str, int], tuple[str | None, ...]]
# Where a program is kept: the pattern as given, its flags and, when it was rewritten first, which rewrite it was.
Key = tuple[str, int, str]
_CODE_TYPE = "I"  # the program's integers, packed: the engine's code words are unsigned 32-bit
_FORMAT = 3  # of the file: a file of another format has another name, and is never read as this one
_VERSION = (f"{_FORMAT} {sys.implementation.name} {sys.version} {getattr(_sre, 'MAGIC', 0)} "
            f"{getattr(_sre, 'CODESIZE', 0)}")
_UNCACHED_FLAGS = re.DEBUG  # compiled as re.compile does: it prints while compiling
KEEP = 400  # patterns kept beyond those this process used: older versions of edited rules are dropped past this


class _Store:
    """The programs read at the first pattern compiled, and where they go back at exit if any were added."""

    def __init__(self) -> None:
        self.path = cache_dir() / f"patterns-{hashlib.sha256(_VERSION.encode()).hexdigest()[:16]}.pickle"
        self.programs: dict[Key, Program] = {}
        self.used: set[Key] = set()
        self.added = False
        self.reused = 0
        try:
            with self.path.open("rb") as file:
                version, digest, payload = pickle.load(file)  # the user's own cache directory, trusted as their files
            if version == _VERSION and hashlib.sha256(payload).digest() == digest:
                programs = pickle.loads(payload)
                if isinstance(programs, dict):
                    self.programs = programs
            else:
                log.warning("pattern cache %s does not match its version or digest; compiling", self.path.name)
        except FileNotFoundError:
            pass
        except Exception as exc:  # a truncated or foreign file: compiled afresh and written anew
            log.warning("pattern cache %s unreadable (%s); compiling", self.path.name, type(exc).__name__)

    def save(self) -> None:
        if not self.added:
            return
        programs = self.programs
        if len(programs) > len(self.used) + KEEP:
            programs = {key: programs[key] for key in self.used if key in programs}
        payload = pickle.dumps(programs, protocol=pickle.HIGHEST_PROTOCOL)
        try:
            store(self.path, (_VERSION, hashlib.sha256(payload).digest(), payload))
        except OSError as exc:
            log.info("pattern cache not written (%s): compiling at each start", exc.strerror or type(exc).__name__)


_store: _Store | None = None


def compile_cached(pattern: str, flags: int = 0, rewrite: Callable[[str], str] | None = None) -> re.Pattern[str]:
    """`re.compile(rewrite(pattern) if rewrite else pattern, flags)`, from the program kept on disk when there is one
    (and kept there when not). A start that finds it neither rewrites nor compiles: the program is kept under the
    pattern as given and the rewrite's version (the source of the package that defines it)."""
    global _store
    flags = int(flags)
    if _sre is None or flags & _UNCACHED_FLAGS:
        return re.compile(rewrite(pattern) if rewrite else pattern, flags)
    if _store is None:
        _store = _Store()
        atexit.register(_store.save)
    key = (pattern, flags, _version_of(rewrite) if rewrite else "")
    program = _store.programs.get(key)
    if program is not None:
        try:
            made = _engine(program)
        except Exception:  # a program this engine rejects: compiled afresh below
            pass
        else:
            _store.used.add(key)
            _store.reused += 1
            return made
    text = rewrite(pattern) if rewrite else pattern
    try:
        program = _program(text, flags)
        made = _engine(program)
    except re.error:
        raise
    except Exception:  # the compiler's internals are not what this was written for: no cache
        return re.compile(text, flags)
    _store.used.add(key)
    _store.programs[key] = program
    _store.added = True
    return made


def _version_of(rewrite: Callable[[str], str]) -> str:
    """The rewrite's name and a digest of its package's source (a rewrite may call helpers in other modules, as the
    other-policies pattern calls normalise's trie): an edited rewriter never meets its old output."""
    module = sys.modules[rewrite.__module__]
    where = getattr(module, "__file__", None)
    version = source_digest(Path(where).parent).hex()[:16] if where else "unknown"
    return f"{rewrite.__module__}.{rewrite.__qualname__} {version}"


def reused() -> int:
    """How many patterns this process took from the cache, not compiling them."""
    return _store.reused if _store is not None else 0


def _program(pattern: str, flags: int) -> Program:
    """What re._compiler.compile makes of the pattern before it hands it to the engine."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, number in groupindex.items():
        indexgroup[number] = name
    return (pattern, flags | parsed.state.flags, array(_CODE_TYPE, code).tobytes(), parsed.state.groups - 1,
            groupindex, tuple(indexgroup))


def _engine(program: Program) -> re.Pattern[str]:
    text, flags, code, groups, groupindex, indexgroup = program
    packed = array(_CODE_TYPE)
    packed.frombytes(code)
    return _sre.compile(text, flags, packed.tolist(), groups, groupindex, indexgroup)
