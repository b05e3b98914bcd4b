"""Odd and hostile surroundings: pack folders with traps, terminals that misbehave, paths that cannot be
written, folders that are read-only. Each ends in one clear line (or just works): never a traceback,
a hang, or a wrong exit code."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from prep.core.packs import discover as discover_module
from prep.core.packs.discover import discover
from prep.core.packs.load import pack_files
from prep.paths import Paths

from conftest import PACKS, prep_command, write
from tui_helpers import run_in_pty


def run(*args: str, stdin: str = "", env: dict[str, str] | None = None, timeout: float = 30):
    encoding = (env or {}).get("PYTHONIOENCODING", "utf-8")
    return subprocess.run(prep_command() + list(args), input=stdin, capture_output=True, text=True,
                          encoding=encoding, timeout=timeout, env=env)  # fmt: skip


def one_line(done: subprocess.CompletedProcess[str], code: int = 1) -> str:
    assert done.returncode == code, (done.stdout, done.stderr)
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr, done.stderr
    return done.stderr


@pytest.fixture
def packs(data_dir: Path) -> Path:
    folder = data_dir / "packs"
    write(folder / "basics.yaml", (PACKS / "basics.yaml").read_text())
    return folder


def test_a_symlink_loop_in_the_pack_folder_is_reported_and_the_rest_works(packs: Path) -> None:
    os.symlink(packs / "b.yaml", packs / "a.yaml")
    os.symlink(packs / "a.yaml", packs / "b.yaml")
    listing = run("packs", "list")
    assert listing.returncode == 0 and "test-basics" in listing.stdout
    assert "a.yaml: not a regular file" in listing.stderr and "Traceback" not in listing.stderr
    assert run("quiz", "--level", "junior", "--plain", "-n", "1", stdin="1\n").returncode == 0


def test_a_fifo_named_like_a_pack_never_blocks(packs: Path, tmp_path: Path) -> None:
    fifo = packs / "trap.yaml"
    os.mkfifo(fifo)
    started = time.monotonic()
    listing = run("packs", "list", timeout=20)
    assert listing.returncode == 0 and "trap.yaml: not a regular file" in listing.stderr
    validate = run("packs", "validate", str(fifo), timeout=20)
    assert validate.returncode == 1 and validate.stdout.count("\n") == 1 and "is not a regular file" in validate.stdout
    quiz = run("quiz", "--level", "junior", "--plain", "--pack", str(fifo), timeout=20)
    assert quiz.returncode == 1 and "not a regular file" in quiz.stderr
    assert time.monotonic() - started < 20


def test_an_unreadable_sub_folder_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "packs" / "ok" / "basics.yaml", (PACKS / "basics.yaml").read_text())
    (tmp_path / "packs" / "locked").mkdir()
    real = os.scandir

    def scandir(path):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    problems = []
    found = pack_files(tmp_path / "packs", problems.append)
    assert [path.name for path in found] == ["basics.yaml"]
    assert [str(problem) for problem in problems] == [
        "packs/locked: cannot read this folder (Permission denied); its packs were skipped"
    ]


def test_virtualenvs_and_node_modules_are_not_walked(tmp_path: Path) -> None:
    write(tmp_path / "deck" / "basics.yaml", (PACKS / "basics.yaml").read_text())
    write(tmp_path / "deck" / "node_modules" / "x" / "config.yaml", "a: 1\n")
    write(tmp_path / "deck" / ".venv" / "pyvenv.cfg", "home = /usr\n")
    write(tmp_path / "deck" / "env" / "pyvenv.cfg", "home = /usr\n")
    write(tmp_path / "deck" / "env" / "lib" / "site-packages" / "p" / "data.yaml", "a: 1\n")
    assert [path.name for path in pack_files(tmp_path / "deck")] == ["basics.yaml"]


def test_a_newline_in_a_pack_file_name_cannot_forge_a_message_line(packs: Path) -> None:
    write(packs / "evil\nprep: all packs valid.yaml", "pack: [broken\n")
    listing = run("packs", "list")
    assert listing.returncode == 0
    [line] = [line for line in listing.stderr.splitlines() if "evil" in line]
    assert line.startswith("prep: skipped:") and "\u240a" in line
    assert not any(line.startswith("prep: all packs valid") for line in listing.stderr.splitlines())


def test_an_entry_point_that_exits_cannot_exit_prep(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    class Exiting:
        name, value = "bad", "bad_pack:load"

        def load(self):
            raise SystemExit(3)

    monkeypatch.setattr("importlib.metadata.entry_points", lambda group: [Exiting()])
    library = discover(Paths.default(data_dir))
    assert library.packs and "it tried to exit prep (code 3)" in str(library.problems[-1])
    assert discover_module.ENTRY_POINT_GROUP == "prep.packs"


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_plain_mode_and_stats_on_a_stream_that_is_not_utf8(data_dir: Path, encoding: str) -> None:
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    quiz = run("quiz", "--level", "junior", "--plain", "-n", "3", "--seed", "2", stdin="1\n2\n3\n", env=env)
    assert quiz.returncode == 0, quiz.stderr
    assert "Score:" in quiz.stdout
    stats = run("stats", "--level", "junior", env=env)
    assert stats.returncode == 0 and "junior" in stats.stdout, stats.stderr
    assert json.loads(run("stats", "--json", env=env).stdout)["levels"]["junior"]["answered"] == 3


@pytest.mark.parametrize("stdin", [subprocess.DEVNULL, None])
def test_the_tui_without_a_terminal_is_one_line_pointing_to_plain(data_dir: Path, stdin) -> None:
    for argv in (["quiz", "--level", "junior"], []):
        done = subprocess.run(prep_command() + argv, stdin=stdin if stdin is not None else subprocess.PIPE,
                              capture_output=True, text=True, timeout=30)  # fmt: skip
        assert done.returncode == 2 and "--plain" in done.stderr and done.stderr.count("\n") == 1


def test_the_tui_without_stdin_at_all(data_dir: Path) -> None:
    command = prep_command() + ["quiz", "--level", "junior"]
    done = subprocess.run(["sh", "-c", '"$@" <&-', "sh", *command], capture_output=True, text=True, timeout=30)
    assert done.returncode == 2 and "--plain" in done.stderr and "Traceback" not in done.stderr


def pty_env(data_dir: Path) -> dict[str, str]:
    return {**os.environ, "PREP_DATA_DIR": str(data_dir), "TERM": "xterm-256color"}


def test_an_invalid_utf8_byte_from_the_terminal_does_not_kill_the_tui(data_dir: Path) -> None:
    sent = []

    def steps(output: bytes, fd: int, pid: int) -> bool:
        if b"Question 1/" in output and not sent:
            os.write(fd, b"\xff")  # not UTF-8: a Latin-1 terminal, or Alt with 8-bit meta
            time.sleep(0.5)
            os.write(fd, b"1")
            time.sleep(0.3)
            os.write(fd, b"\r")  # answers a typed card; on a choice card "1" already did
            sent.append(True)
            return False
        if (sent and b"Right." in output) or b"Not quite." in output:
            os.write(fd, b"\x03")  # Ctrl+C
            return True
        return False

    output, code = run_in_pty([sys.executable, "-m", "prep", "quiz", "--level", "junior", "--seed", "3"],
                              pty_env(data_dir), steps)  # fmt: skip
    assert b"Question 1/" in output and (b"Right." in output or b"Not quite." in output), output[-1500:]
    assert b"Traceback" not in output and b"UnicodeDecodeError" not in output
    assert code == 130  # Ctrl+C, as everywhere


@pytest.mark.parametrize("name, number", [("SIGTERM", 15), ("SIGHUP", 1)])
def test_sigterm_and_sighup_give_the_terminal_back(data_dir: Path, name: str, number: int) -> None:
    def steps(output: bytes, fd: int, pid: int) -> bool:
        if b"Question 1/" in output:
            os.kill(pid, number)
            return True
        return False

    output, code = run_in_pty([sys.executable, "-m", "prep", "quiz", "--level", "junior"], pty_env(data_dir), steps)
    assert code == 128 + number, output[-1500:]
    tail = output[output.rfind(b"Question 1/") :]
    assert b"\x1b[?1049l" in tail  # the alternate screen is left
    assert b"\x1b[?1000l" in tail or b"\x1b[?1003l" in tail  # mouse reporting is turned off


@pytest.mark.parametrize(
    "target, message",
    [("{tmp}", "is a folder"), ("{tmp}/file.txt/x.json", "is a file, not a folder"),
     ("{tmp}/no/such/x.json", "does not exist; create the folder first")],
)  # fmt: skip
def test_export_to_a_path_that_cannot_be_written_is_refused_first(data_dir: Path, tmp_path: Path, target, message):
    write(tmp_path / "file.txt", "x")
    assert message in one_line(run("progress", "export", target.format(tmp=tmp_path)))
    assert not (tmp_path / "no").exists()  # no folders were created


@pytest.mark.parametrize("target", ["{tmp}", "{tmp}/no/such/deck.yaml"])
def test_build_to_a_path_that_cannot_be_written_is_refused_before_building(data_dir: Path, tmp_path: Path, target):
    posting = write(tmp_path / "posting.md", "# Backend Engineer\n\n## Skills\n\n- Python\n- Kafka\n")
    one_line(run("build", str(posting), "-o", target.format(tmp=tmp_path)))
    assert not (tmp_path / "no").exists()


def test_a_file_named_backups_is_one_line_and_a_session_still_succeeds(data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    write(data_dir / "backups", "not a folder")
    quiz = run("quiz", "--level", "junior", "--plain", "-n", "1", stdin="1\n")
    assert quiz.returncode == 0 and "warning: the daily backup was not taken" in quiz.stderr
    assert "is a file, not a folder" in one_line(run("progress", "reset", "--level", "junior", "--yes"))


def test_a_read_only_data_folder_still_allows_reading(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from prep.cli import common, main

    assert run("quiz", "--level", "junior", "--plain", "-n", "2", stdin="1\n1\n").returncode == 0
    monkeypatch.setattr(common, "_read_only", lambda folder: True)
    assert main(["stats", "--level", "junior"]) == 0
    assert main(["progress", "check"]) == 0


def test_a_garbage_store_that_cannot_be_moved_aside(data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    from prep.cli import main
    from prep.core.store import files

    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "progress.db").write_bytes(b"garbage")

    def refuse(path):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(files, "keep_aside", refuse)
    assert main(["quiz", "--level", "junior", "--plain", "-n", "1"]) == 1
    error = capsys.readouterr().err
    assert "cannot be moved aside (Permission denied)" in error and error.count("\n") == 1
    assert (data_dir / "progress.db").read_bytes() == b"garbage"


@pytest.mark.parametrize("damage", ["deep", "types"])
def test_a_damaged_parse_cache_costs_a_parse_not_a_crash(data_dir: Path, damage: str) -> None:
    assert run("packs", "list").returncode == 0  # fills the cache
    for entry in (data_dir / "cache" / "packs").glob("*.json"):
        stored = json.loads(entry.read_text())
        if damage == "deep":
            entry.write_text(
                '{"key": ' + json.dumps(stored["key"]) + ', "cards": ' + "[" * 100_000 + "]" * 100_000 + "}"
            )
        else:
            stored["cards"] = [[[1, 2, 3], line] for _row, line in stored["cards"]]
            entry.write_text(json.dumps(stored))
    listing = run("packs", "list", "--json")
    assert listing.returncode == 0 and "Traceback" not in listing.stderr
    assert all(pack["cards"] > 0 for pack in json.loads(listing.stdout)["packs"])
    assert run("quiz", "--level", "junior", "--plain", "-n", "1", stdin="1\n").returncode == 0


async def test_a_crash_in_the_tui_ends_with_a_failing_exit_code(store, clock) -> None:
    from prep.core.model import Level
    from prep.core.packs.load import load_pack
    from prep.core.quiz import QuizSession
    from prep.tui.app import make_app

    session = QuizSession(list(load_pack(PACKS / "basics.yaml").cards[:1]), Level.JUNIOR, store, clock=clock)

    def broken(response):
        raise RuntimeError("a bug")

    session.submit = broken  # type: ignore[method-assign]
    app = make_app(store=store, library=discover_module.Library(), level=Level.JUNIOR, session=session)
    with pytest.raises(RuntimeError):
        async with app.run_test() as pilot:
            await pilot.press("1")
            await pilot.pause()
    assert app.return_code == 1
