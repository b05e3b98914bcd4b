"""prep's benchmarks: every figure next to its reference, measured in the same run.

    python benchmarks/run.py              # everything (a few minutes)
    python benchmarks/run.py --json       # the same, as one JSON object
    python benchmarks/run.py startup store  # only some sections

Uses only the project's own code, the interpreter it runs under, `time` and tmux (for the figures
a person sees in a terminal). Medians throughout; a 2-core machine is noisy, so each figure is
compared with a reference taken in the same run, interleaved with it.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
PYTHON = sys.executable
PREP = str(Path(PYTHON).with_name("prep"))


@dataclass
class Figure:
    section: str
    name: str
    value: float
    unit: str
    target: str
    ok: bool
    reference: float | None = None
    ratio: float | None = None
    note: str = ""


def median(values: list[float]) -> float:
    return statistics.median(values)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def child_env(data: Path) -> dict[str, str]:
    """As a user's shell would be after `pip install .`: bytecode allowed, a data folder of our own."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PREP_DATA_DIR"] = str(data)
    return env


def time_command(argv: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return (time.perf_counter() - started) * 1000


# ------------------------------------------------------------------ startup


def bench_startup(work: Path, runs: int) -> list[Figure]:
    env = child_env(work / "data")
    subprocess.run(
        [PYTHON, "-m", "compileall", "-q", str(Path(__import__("prep").__file__).parent)],
        env=env,
        stdout=subprocess.DEVNULL,
        check=False,
    )  # what pip does at install time
    commands = {
        "python -c pass": [PYTHON, "-c", "pass"],
        "prep --version": [PREP, "--version"],
        "prep --help": [PREP, "--help"],
        "prep stats --json": [PREP, "stats", "--json"],
        "prep packs list": [PREP, "packs", "list"],
    }
    for argv in commands.values():  # warm the OS cache and prep's parse cache, as any earlier run would
        time_command(argv, env)
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, argv in commands.items():
            samples[name].append(time_command(argv, env))
    reference = median(samples["python -c pass"])
    limits = {"prep --version": 4, "prep --help": 4, "prep stats --json": 8, "prep packs list": 8}
    figures = [Figure("startup", "python -c pass", reference, "ms", "reference", True)]
    for name, limit in limits.items():
        value = median(samples[name])
        figures.append(
            Figure(
                "startup",
                name,
                value,
                "ms",
                f"≤ {limit}× python -c pass",
                value <= limit * reference,
                reference,
                value / reference,
            )
        )
    return figures


# ------------------------------------------------------------------ terminal (tmux)

BARE_APP = """
from textual.app import App
from textual.widgets import Footer, Header, Static

class Bare(App):
    def compose(self):
        yield Header()
        yield Static("bench-ready")
        yield Footer()

Bare().run()
"""


def time_until_visible(argv: list[str], marker: str, env: dict[str, str], session: str) -> tuple[float, int]:
    """Milliseconds from launching `argv` in a fresh tmux pane until `marker` shows; and its pid."""
    command = " ".join(f"'{part}'" for part in argv)
    # A pane's environment comes from the tmux server, not from this client: pass what differs.
    settings = [item for key, value in env.items() if os.environ.get(key) != value for item in ("-e", f"{key}={value}")]
    started = time.perf_counter()
    subprocess.run(
        ["tmux", "new-session", "-d", "-s", session, "-x", "100", "-y", "30", *settings, f"exec {command}"],
        env=env,
        check=True,
    )
    try:
        while time.perf_counter() - started < 20:
            shown = subprocess.run(["tmux", "capture-pane", "-p", "-t", session], capture_output=True, text=True).stdout
            if marker in shown:
                elapsed = (time.perf_counter() - started) * 1000
                pid = int(
                    subprocess.run(
                        ["tmux", "list-panes", "-t", session, "-F", "#{pane_pid}"], capture_output=True, text=True
                    ).stdout.split()[0]
                )
                return elapsed, pid
            time.sleep(0.003)
        raise RuntimeError(f"{marker!r} never appeared for {argv}")
    except BaseException:
        kill_session(session)
        raise


BENCH_POSTING = """# Senior Backend Engineer

We run payment services for small shops and hire a senior engineer (5+ years).

## What you'll do

- Design and run Kafka consumers that settle card payments
- Improve PostgreSQL query performance for the ledger
- Review code and mentor two mid-level engineers

## What you bring

- Strong Python or Go, and SQL
- Experience with Docker, Redis and REST API design
"""


def add_targets(work: Path, env: dict[str, str], count: int) -> None:
    """`count` targets in the benchmark's data folder, from one posting, two weeks out."""
    from datetime import date, timedelta

    posting = work / "posting.md"
    posting.write_text(BENCH_POSTING, encoding="utf-8")
    when = (date.today() + timedelta(days=14)).isoformat()
    for number in range(1, count + 1):
        argv = [PREP, "target", "add", str(posting), "--name", f"bench-target-{number}", "--date", when]
        subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, check=True)


def kill_session(session: str) -> None:
    subprocess.run(["tmux", "kill-session", "-t", session], stderr=subprocess.DEVNULL, check=False)


def peak_rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def bench_terminal(work: Path, runs: int) -> list[Figure]:
    if not shutil.which("tmux"):
        return [Figure("terminal", "tmux figures", 0, "", "tmux needed", False, note="tmux is not installed")]
    env = child_env(work / "data")
    env.setdefault("TERM", "xterm-256color")
    anchor = f"prep-bench-anchor-{os.getpid()}"  # keeps one tmux server up for the whole section
    subprocess.run(["tmux", "new-session", "-d", "-s", anchor, "sleep 3600"], check=True)
    try:
        return _terminal_figures(work, runs, env)
    finally:
        kill_session(anchor)


def _terminal_figures(work: Path, runs: int, env: dict[str, str]) -> list[Figure]:
    bare = work / "bare_app.py"
    bare.write_text(BARE_APP)
    subprocess.run([PREP, "stats", "--json"], env=env, stdout=subprocess.DEVNULL, check=False)  # warm caches
    add_targets(work, env, 3)
    bare_times, prep_times, home_times = [], [], []
    for number in range(runs + 1):
        for argv, marker, into in (
            ([PYTHON, str(bare)], "bench-ready", bare_times),
            ([PREP, "quiz", "--level", "junior"], "Question 1/", prep_times),
            ([PREP], "bench-target-3 ·", home_times),
        ):
            session = f"prep-bench-{os.getpid()}-{number}"
            try:
                elapsed, _pid = time_until_visible(argv, marker, env, session)
            finally:
                kill_session(session)
            if number:  # the first round only warms the caches
                into.append(elapsed)
    reference, value, home = median(bare_times), median(prep_times), median(home_times)
    figures = [
        Figure("terminal", "bare Textual app text visible", reference, "ms", "reference", True),
        Figure(
            "terminal",
            "prep quiz: first question visible",
            value,
            "ms",
            "≤ 1.4× bare app",
            value <= 1.4 * reference,
            reference,
            value / reference,
        ),
        Figure(
            "terminal",
            "prep home with 3 targets: targets visible",
            home,
            "ms",
            "≤ 1.4× bare app",
            home <= 1.4 * reference,
            reference,
            home / reference,
        ),
    ]
    big = work / "big-pack"
    from fixtures import write_packs

    write_packs(big, 20_000)
    session = f"prep-bench-rss-{os.getpid()}"
    try:
        time_until_visible([PREP, "quiz", "--level", "junior", "--pack", str(big)], "Question 1/", env, session)
        _elapsed, pid = time_until_visible(
            [PREP, "quiz", "--level", "junior", "--pack", str(big)], "Question 1/", env, session + "-warm"
        )
        rss = peak_rss_mib(pid)
    finally:
        kill_session(session)
        kill_session(session + "-warm")
    figures.append(Figure("terminal", "peak RSS, prep quiz on 20,000 cards", rss, "MiB", "≤ 120 MiB", rss <= 120))
    return figures


# ------------------------------------------------------------------ key press to screen


async def _key_latencies(work: Path, presses: int) -> list[float]:
    from prep.core.model import CardType, Deck, Level
    from prep.core.packs.discover import bundled_library
    from prep.core.quiz import QuizSession, choose_quiz_cards
    from prep.core.store import Store
    from prep.tui.app import PrepApp

    class TimedApp(PrepApp):
        """Notes when each frame is handed to the terminal driver."""

        frames: list[float] = []

        def _display(self, screen, renderable) -> None:
            if renderable is not None:
                self.frames.append(time.perf_counter())
            super()._display(screen, renderable)

    library = bundled_library()
    cards = [
        card
        for card in choose_quiz_cards(Deck.of(library.packs), Level.JUNIOR, count=0, seed=1)
        if card.type is CardType.CHOICE
    ][: presses // 2 + 1]
    latencies: list[float] = []
    with Store.open(work / "keys.db") as store:
        app = TimedApp(
            store=store, library=library, level=Level.JUNIOR, session=QuizSession(cards, Level.JUNIOR, store)
        )
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause(0.3)
            for number in range(presses):
                key = "enter" if number % 2 else "1"  # answer, then move to the next question
                app.frames.clear()
                started = time.perf_counter()
                await pilot.press(key)
                await pilot.pause(0.05)
                if app.frames:
                    latencies.append((app.frames[0] - started) * 1000)
    return latencies


def bench_keys(work: Path, presses: int) -> list[Figure]:
    import asyncio

    latencies = asyncio.run(_key_latencies(work, presses))
    value = median(latencies)
    return [
        Figure(
            "keys",
            "key press to updated frame (answer, next question)",
            value,
            "ms",
            "median ≤ 20 ms",
            value <= 20,
            note=f"{len(latencies)} presses; p90 {percentile(latencies, 0.9):.1f} ms; one frame at 60 fps is 16.7 ms",
        )
    ]


# ------------------------------------------------------------------ pack loading


def bench_packs(work: Path, runs: int) -> list[Figure]:
    from prep.core.packs.discover import discover
    from prep.paths import Paths

    from fixtures import write_packs

    sizes = [1_000, 5_000, 10_000, 20_000]
    warm: dict[int, float] = {}
    cold: dict[int, float] = {}
    for size in sizes:
        folder = work / f"packs-{size}"
        write_packs(folder, size)
        cold_times, warm_times = [], []
        for run in range(runs):
            paths = Paths(work / "data", work / f"cache-{size}-{run}")  # a fresh, empty cache
            started = time.perf_counter()
            library = discover(paths, only=[folder])
            cold_times.append((time.perf_counter() - started) * 1000)
            assert sum(len(pack.cards) for pack in library.packs) == size, library.problems
            del library  # freeing the cards is not part of the next load
        for _ in range(runs * 3):
            started = time.perf_counter()
            library = discover(paths, only=[folder])
            warm_times.append((time.perf_counter() - started) * 1000)
            del library
        cold[size], warm[size] = median(cold_times), median(warm_times)
    per_thousand = {size: warm[size] / (size / 1000) for size in sizes}
    figures = [
        Figure(
            "packs",
            f"load {size:,} cards, unchanged (cache)",
            warm[size],
            "ms",
            "≤ 5 ms per 1,000 cards",
            per_thousand[size] <= 5,
            note=f"{per_thousand[size]:.2f} ms per 1,000",
        )
        for size in sizes
    ]
    figures += [
        Figure(
            "packs",
            f"load {size:,} cards, cold (YAML parse)",
            cold[size],
            "ms",
            "(reported)",
            True,
            note=f"{cold[size] / (size / 1000):.1f} ms per 1,000",
        )
        for size in sizes
    ]
    for label, times in (("cache", warm), ("cold", cold)):
        fit = r_squared(sizes, [times[size] for size in sizes])
        doubling = times[20_000] / times[10_000]
        figures.append(
            Figure(
                "packs",
                f"linear growth ({label}): straight-line fit R², 1k to 20k cards",
                fit,
                "",
                "R² ≥ 0.98 and 10k→20k ≤ 2.5× the time",
                fit >= 0.98 and doubling <= 2.5,
                note=f"10k→20k takes {doubling:.2f}× as long; 2.0 is exactly linear",
            )
        )
    return figures


# ------------------------------------------------------------------ progress store


def bench_store(work: Path, runs: int) -> list[Figure]:
    from prep.core.model import Deck, Level
    from prep.core.stats import level_stats, reviews_per_day, streak
    from prep.core.store import Answer, Store

    from fixtures import NOW, make_cards, make_store, when

    path = work / "big.db"
    make_store(path, cards=100_000, reviews=1_000_000, tracks=list(Level))
    figures = []
    with Store.open(path) as store:
        due = [timed(lambda: store.due_keys(Level.SENIOR, NOW, limit=20)) for _ in range(runs * 20)]
        assert len(store.due_keys(Level.SENIOR, NOW, limit=20)) == 20
        figures.append(
            Figure("store", "next 20 due cards (100k cards, 1M reviews)", median(due), "ms", "≤ 1 ms", median(due) <= 1)
        )
        commits = []
        for number in range(runs * 20):
            answer = Answer(
                Level.SENIOR, "bench-100000-0", f"q{number:06d}", number % 3 > 0, "Option A", 3.2, when(seconds=number)
            )
            commits.append(timed(lambda answer=answer: store.record_answer(answer)))
        p90 = percentile(commits, 0.9)
        figures.append(
            Figure(
                "store",
                "commit an answer (answer + review + schedule), p90",
                p90,
                "ms",
                "≤ 5 ms",
                p90 <= 5,
                note=f"median {median(commits):.2f} ms",
            )
        )
        deck = Deck(tuple(card for index in range(4) for card in make_cards(5_000, f"bench-100000-{index}", index)))

        def queries() -> None:
            store.schedule_numbers(Level.SENIOR)
            store.counts()
            reviews_per_day(store, Level.SENIOR, NOW)
            streak(store, Level.SENIOR, NOW)

        query_times = [timed(queries) for _ in range(runs)]
        figures.append(
            Figure(
                "store",
                "stats screen queries for one track",
                median(query_times),
                "ms",
                "≤ 50 ms",
                median(query_times) <= 50,
                note="25,000 cards studied on the track; 1M reviews",
            )
        )
        figures.append(bench_target(store, deck, runs))
        totals = [timed(lambda: level_stats(store, deck, [Level.SENIOR], NOW)) for _ in range(runs)]
        figures.append(
            Figure(
                "store",
                "stats for one track, queries + figures (20,000-card deck)",
                median(totals),
                "ms",
                "(reported)",
                True,
            )
        )
    worst = work / "worst.db"
    make_store(worst, cards=100_000, reviews=1_000_000, tracks=[Level.SENIOR])
    with Store.open(worst) as store:
        worst_times = [timed(lambda: store.schedule_numbers(Level.SENIOR)) for _ in range(runs)]
    figures.append(
        Figure(
            "store",
            "worst case: all 100k cards studied on one track, schedule read",
            median(worst_times),
            "ms",
            "(reported)",
            True,
        )
    )
    return figures + bench_import_while_answering(work)


def bench_target(store: object, deck: object, runs: int) -> Figure:
    """A target's gap map and plan: its cards resolved through its deck, then the figures."""
    from datetime import timedelta

    from prep.core.gaps import target_figures
    from prep.core.model import Level, Pack, PostingGroup, PostingSkill
    from prep.core.targets import Target, target_cards

    from fixtures import NOW, TOPICS

    library = [Pack(f"bench-100000-{index}", "Bench", "1", tuple(c for c in deck.cards if c.pack.endswith(f"-{index}")))
               for index in range(4)]  # fmt: skip
    chosen = [card for card in deck.cards if Level.SENIOR in card.levels][:400]
    own = Pack("deck-bench", "Bench posting", "1", (), uses=tuple(card.key for card in chosen))
    target = Target(
        "bench", "Bench posting", Level.SENIOR, (NOW + timedelta(days=14)).date(), "deck-bench", ("posting.md",),
        tuple(PostingSkill(topic.title(), topic) for topic in TOPICS) + (PostingSkill("Spark", None),),
        (PostingGroup("What you'll do", "responsibilities", ()),), NOW,
    )  # fmt: skip
    packs = [*library, own]
    times = [timed(lambda: target_figures(target, target_cards(target, packs), store, NOW)) for _ in range(runs)]
    return Figure(
        "store",
        "a target's gap map and plan (400 cards, 11 skills)",
        median(times),
        "ms",
        "≤ 50 ms",
        median(times) <= 50,
        note="in the 100k-card, 1M-review store, its deck's uses resolved among 20,000 cards",
    )


def bench_import_while_answering(work: Path, answers: int = 1_000_000) -> list[Figure]:
    """`prep progress import` of a big export in one process while another keeps answering."""
    from prep.core.model import Level
    from prep.core.progress_file import write_export
    from prep.core.store import Answer, Store
    from prep.core.store.transfer import Progress

    from fixtures import when

    data = work / "import-data"
    data.mkdir()
    export = work / "big-export.json"
    incoming = [
        Answer(Level.JUNIOR, "bench-import", f"q{n % 5_000:05d}", n % 3 > 0, "Option B", 2.5, when(seconds=-n))
        for n in range(answers)
    ]
    write_export(export, Progress(answers=incoming), [Level.JUNIOR])
    waits: list[float] = []
    with Store.open(data / "progress.db") as store:
        importer = subprocess.Popen(
            [PREP, "progress", "import", str(export)], env=child_env(data), stdout=subprocess.DEVNULL
        )
        started = time.perf_counter()
        number = 0
        while importer.poll() is None:
            answer = Answer(Level.JUNIOR, "bench-local", f"q{number:06d}", True, "A", 1.0, when(seconds=number))
            waits.append(timed(lambda answer=answer: store.record_answer(answer)))
            number += 1
            time.sleep(0.01)
        took = time.perf_counter() - started
        imported = store.totals()[0]
    assert importer.returncode == 0, "the import failed"
    assert imported >= answers, "the import is incomplete"
    worst = max(waits)
    return [
        Figure(
            "store",
            f"an answer given during a {answers:,}-answer import, longest wait",
            worst,
            "ms",
            "≤ 100 ms",
            worst <= 100,
            note=f"{len(waits)} answers during the {took:.1f} s import; p99 {percentile(waits, 0.99):.1f} ms",
        )
    ]


def r_squared(xs: list[float], ys: list[float]) -> float:
    """How well a straight line explains ys from xs (1.0: perfectly)."""
    mean_x, mean_y = statistics.fmean(xs), statistics.fmean(ys)
    slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / sum((x - mean_x) ** 2 for x in xs)
    intercept = mean_y - slope * mean_x
    residual = sum((y - (intercept + slope * x)) ** 2 for x, y in zip(xs, ys, strict=True))
    total = sum((y - mean_y) ** 2 for y in ys)
    return 1 - residual / total if total else 1.0


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


# ------------------------------------------------------------------ prep build


def bench_build(work: Path) -> list[Figure]:
    from bench_build import generate_documents

    env = child_env(work / "data")
    seconds = {}
    for count in (1_000, 10_000):
        folder = work / f"docs-{count}"
        generate_documents(count, folder)
        started = time.perf_counter()
        subprocess.run(
            [PREP, "build", str(folder), "-o", str(work / f"deck-{count}.yaml")],
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        seconds[count] = time.perf_counter() - started
    ratio = seconds[10_000] / seconds[1_000]
    return [
        Figure("build", "prep build, 1,000 documents", seconds[1_000], "s", "≤ 5 s", seconds[1_000] <= 5),
        Figure(
            "build",
            "prep build, 10,000 documents",
            seconds[10_000],
            "s",
            "≤ 11× the 1,000",
            ratio <= 11,
            seconds[1_000],
            ratio,
        ),
        *bench_big_document(work, env),
    ]


BIG_DOCUMENT_MB = 10


def bench_big_document(work: Path, env: dict[str, str]) -> list[Figure]:
    """`prep build` of one 10 MB document, end to end: wall time and the child's peak RSS, beside a
    1 MB document of the same kind (per MB, the two should cost the same: the build is linear)."""
    from bench_build import generate_big_document

    measured = {}
    for size in (1, BIG_DOCUMENT_MB):
        path = generate_big_document(size * 1_000_000, work / f"big-{size}mb.md")
        started = time.perf_counter()
        child = subprocess.Popen(
            [PREP, "build", str(path), "-o", str(work / f"big-{size}mb.yaml")], env=env, stdout=subprocess.DEVNULL
        )
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode:
            raise subprocess.CalledProcessError(child.returncode, child.args)
        measured[size] = (time.perf_counter() - started, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime)
    (seconds, rss, cpu), (small, small_rss, _) = measured[BIG_DOCUMENT_MB], measured[1]
    note = f"{cpu:.1f} s of CPU; the 1 MB document: {small:.2f} s, {small_rss:.0f} MiB"
    return [
        Figure(
            "build",
            f"prep build, one {BIG_DOCUMENT_MB} MB document",
            seconds,
            "s",
            "≤ 10 s",
            seconds <= 10,
            small,
            seconds / small,
            note,
        ),
        Figure(
            "build",
            f"peak RSS, prep build of one {BIG_DOCUMENT_MB} MB document",
            rss,
            "MiB",
            "≤ 250 MB",
            rss <= 250 * 1_000_000 / 2**20,
        ),
    ]


# ------------------------------------------------------------------ prep cohort report


def bench_cohort(work: Path, runs: int) -> list[Figure]:
    """`prep cohort report` on a class of 200 synthetic students (tests/cohort_support.py), with a
    class of 20 as the reference: the table, the HTML page, and the reading and figures in process."""
    sys.path.insert(0, str(HERE.parent / "tests"))
    from prep.core.model import Level
    from prep.core.packs.discover import bundled_library

    from cohort_support import write_exports

    deck = bundled_library().deck()
    cards = deck.pool(Level.JUNIOR)
    env = child_env(work / "data")
    folders = {count: work / f"class-{count}" for count in (20, 200)}
    for count, folder in folders.items():
        write_exports(folder, count, cards)
    table = {count: [] for count in folders}
    page: list[float] = []
    for _ in range(runs):
        for count, folder in folders.items():
            table[count].append(time_command([PREP, "cohort", "report", str(folder)], env) / 1000)
        page.append(time_command([PREP, "cohort", "report", str(folders[200]), "-o", str(work / "r.html")], env) / 1000)
    in_process = cohort_in_process(folders[200], deck, runs)
    size = sum(path.stat().st_size for path in folders[200].iterdir()) / 2**20
    small, large = median(table[20]), median(table[200])
    return [
        Figure("cohort", "prep cohort report, 20 students (table)", small, "s", "reference", True),
        Figure("cohort", "prep cohort report, 200 students (table)", large, "s", "≤ 3 s", large <= 3, small,
               large / small, note=f"{size:.0f} MB of exports, 318-card junior pool"),
        Figure("cohort", "prep cohort report, 200 students, -o report.html", median(page), "s", "≤ 3 s",
               median(page) <= 3),
        Figure("cohort", "read 200 exports and compute the report, in process", median(in_process), "s", "(reported)",
               True),
    ]  # fmt: skip


def cohort_in_process(folder: Path, deck: object, runs: int) -> list[float]:
    """Seconds to read a class's exports and compute its report, without startup or printing."""
    from prep.core.cohort import cohort_report, export_files, load_students
    from prep.core.model import Level

    seconds = []
    for _ in range(runs):
        started = time.perf_counter()
        students, _ = load_students(export_files([folder]))
        cohort_report(students, deck, [Level.JUNIOR])
        seconds.append(time.perf_counter() - started)
    return seconds


# ------------------------------------------------------------------ main

SECTIONS = ["startup", "terminal", "keys", "packs", "store", "build", "cohort"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sections", nargs="*", metavar="SECTION", help=f"some of: {', '.join(SECTIONS)} (default: all)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--runs", type=int, default=15, help="repetitions for each median (default 15)")
    args = parser.parse_args()
    chosen = args.sections or SECTIONS
    unknown = set(chosen) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown section(s) {', '.join(sorted(unknown))}; choose from {', '.join(SECTIONS)}")
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="prep-bench-") as temporary:
        work = Path(temporary)
        for section in chosen:
            if not args.json:
                print(f"… {section}", file=sys.stderr)
            if section == "startup":
                figures += bench_startup(work, args.runs)
            elif section == "terminal":
                figures += bench_terminal(work, max(5, args.runs // 2))
            elif section == "keys":
                figures += bench_keys(work, 40)
            elif section == "packs":
                figures += bench_packs(work, max(3, args.runs // 3))
            elif section == "store":
                figures += bench_store(work, max(5, args.runs // 2))
            elif section == "build":
                figures += bench_build(work)
            elif section == "cohort":
                figures += bench_cohort(work, max(3, args.runs // 3))
    if args.json:
        print(
            json.dumps(
                {
                    "figures": [asdict(figure) for figure in figures],
                    "all_targets_met": all(figure.ok for figure in figures),
                },
                indent=2,
            )
        )
    else:
        print(render(figures))
    return 0 if all(figure.ok for figure in figures) else 1


def render(figures: list[Figure]) -> str:
    lines = [f"{'figure':<62} {'median':>10} {'reference':>10} {'ratio':>7}  target"]
    for figure in figures:
        reference = f"{figure.reference:.1f}" if figure.reference is not None else ""
        ratio = f"{figure.ratio:.2f}×" if figure.ratio is not None else ""
        mark = "ok " if figure.ok else "MISS"
        lines.append(
            f"{figure.name:<62} {figure.value:>8.2f}{figure.unit:>2} {reference:>10} {ratio:>7}  "
            f"{mark} {figure.target}" + (f"  ({figure.note})" if figure.note else "")
        )
    lines.append("all targets met" if all(figure.ok for figure in figures) else "SOME TARGETS MISSED")
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
