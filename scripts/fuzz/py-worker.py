# The reference side of the differential fuzzer: a long-lived CPython 3.11 that
# runs many programs, each in a forked child, so a case costs a fork (~2 ms)
# instead of an interpreter start-up (~50-100 ms).
#
# Protocol (length-prefixed, so the worker needs neither json nor re: the fewer
# modules it has loaded, the cheaper each child's shutdown):
#   request:  "TIMEOUT_S SRC_BYTES\n" then the program's UTF-8 bytes;
#   reply:    "STATUS SIGNAL TRUNCATED OUT_BYTES ERR_BYTES\n" then stdout's and
#             stderr's bytes (STATUS -1 when killed by SIGNAL, SIGNAL 0 otherwise;
#             SIGALRM means the timeout).
#
# Each child makes a fresh module the real __main__, runs the program through
# the C function `python3 FILE.py` uses (PyRun_SimpleFileExFlags: same parse,
# same live AST arena, same __main__ globals, same uncaught-exception printing),
# then exits through the normal interpreter shutdown, so __del__ calls at exit
# happen as they would in `python3 FILE.py`. scripts/fuzz/main.ts --verify-batch
# checks, program by program, that this gives the same stdout, exit status and
# last stderr line as `python3 FILE.py`.
import os
import sys
# The C module, not signal.py: importing that one runs enum's _convert_, whose
# sorted(..., key=...) makes list.sort's keyword tuple in this process (Argument
# Clinic's _PyArg_Parser makes it once, on first use). A program's own first
# sorted(key=...) would then count one object less in generation 0 than under
# `python3 FILE.py`, moving the automatic collections and, with them, the order
# of __del__ calls at shutdown (seed 80001, case 9828).
import _signal

if sys.version_info[:2] != (3, 11):
    sys.stderr.write("py-worker: needs CPython 3.11, this is %s\n" % sys.version.split()[0])
    sys.exit(3)

MAX_OUTPUT = 1 << 20
TMP = "/tmp/memory-lane-fuzz-%d" % os.getpid()
os.makedirs(TMP, exist_ok=True)
OUT = os.path.join(TMP, "out")
ERR = os.path.join(TMP, "err")
PROGRAM = os.path.join(TMP, "fuzz.py")


def child(src, timeout):
    # Output goes to files (the parent reads them back); stdin is empty.
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.dup2(os.open(OUT, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), 1)
    os.dup2(os.open(ERR, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), 2)
    _signal.signal(_signal.SIGALRM, _signal.SIG_DFL)
    _signal.setitimer(_signal.ITIMER_REAL, timeout)
    try:
        resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))
    except Exception:
        pass
    status = run_as_main(src)
    # Normal shutdown (finalize __main__, run the collector), like python3 FILE.py.
    sys.exit(status)


# Loaded once in the parent, so a child only forks.
import ctypes
import resource
import types

_libc = ctypes.CDLL(None)
_libc.fopen.restype = ctypes.c_void_p
_libc.fopen.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
_run_file = ctypes.pythonapi.PyRun_SimpleFileExFlags
_run_file.restype = ctypes.c_int
_run_file.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int, ctypes.c_void_p]


def run_as_main(src):
    """Runs the program exactly as `python3 FILE.py` does: through
    PyRun_SimpleFileExFlags (the C function pymain calls), with a fresh module as
    __main__. It parses the file and keeps the AST arena alive while the module
    runs (constants hold one more reference than after compile() + exec(): the
    arena's), sets __file__, __cached__ and __loader__, prints an uncaught
    exception with PyErr_Print (which sets sys.last_*), and exits through
    Py_FinalizeEx on SystemExit."""
    with open(PROGRAM, "w", encoding="utf-8") as f:
        f.write(src)
    m = types.ModuleType("__main__")
    m.__annotations__ = {}
    m.__builtins__ = __builtins__
    sys.modules["__main__"] = m
    del m
    # The program runs under this worker's frames (<module>, serve, child,
    # run_as_main, and one more level for the ctypes call): give those back to the
    # recursion limit, so recursion fails at the depth it fails at in
    # `python3 FILE.py`, and hide the offset from the program.
    depth = 0
    f = sys._getframe()
    while f is not None:
        depth += 1
        f = f.f_back
    extra = depth + 1
    real_get, real_set = sys.getrecursionlimit, sys.setrecursionlimit
    real_set(real_get() + extra)
    sys.getrecursionlimit = lambda: real_get() - extra
    sys.setrecursionlimit = lambda n: real_set(n + extra)
    fp = _libc.fopen(PROGRAM.encode(), b"rb")
    status = 0 if _run_file(fp, PROGRAM.encode(), 1, None) == 0 else 1
    # The shutdown (finalizers, __del__ at exit) runs once these frames are
    # gone: take the extra levels back, or a __del__ recursing at exit would
    # go `extra` levels deeper than under `python3 FILE.py`.
    sys.getrecursionlimit, sys.setrecursionlimit = real_get, real_set
    try:
        real_set(real_get() - extra)
    except (RecursionError, ValueError):
        pass  # a limit below this worker's own depth: keep the raised one
    try:
        sys.stdout.flush()
    except Exception:
        pass
    return status


def read_capped(path):
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_OUTPUT + 1)
    except FileNotFoundError:
        return b"", False
    return data[:MAX_OUTPUT], len(data) > MAX_OUTPUT


def serve():
    inp = sys.stdin.buffer
    out = sys.stdout.buffer
    while True:
        header = inp.readline()
        if not header:
            break
        timeout, size = header.split()
        src = inp.read(int(size)).decode("utf-8", "surrogatepass")
        out.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            # Never returns: the SystemExit it raises unwinds this loop and the
            # interpreter shuts down normally.
            child(src, float(timeout))
            os._exit(70)
        _, st = os.waitpid(pid, 0)
        o, t1 = read_capped(OUT)
        e, t2 = read_capped(ERR)
        if os.WIFSIGNALED(st):
            status, sig = -1, os.WTERMSIG(st)
        else:
            status, sig = os.WEXITSTATUS(st), 0
        out.write(b"%d %d %d %d %d\n" % (status, sig, int(t1 or t2), len(o), len(e)))
        out.write(o)
        out.write(e)
        out.flush()
    for f in (OUT, ERR, PROGRAM):
        try:
            os.remove(f)
        except OSError:
            pass
    os.rmdir(TMP)


if __name__ == "__main__":
    serve()
