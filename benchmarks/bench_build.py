"""How long `prep build` takes on many documents, and whether the time grows linearly.

    .venv/bin/python benchmarks/bench_build.py            # 1,000 and 10,000 documents
    .venv/bin/python benchmarks/bench_build.py 500 5000   # other sizes

`generate_documents` writes varied synthetic job descriptions and question collections (plain
text, Markdown and HTML, in the shapes `prep build` reads); `main` builds a deck from each batch,
prints the seconds per batch and the ratio between them. The target: 1,000 documents in at most
5 seconds, and 10 times as many in at most 11 times as long.
"""

from __future__ import annotations

import itertools
import random
import re
import sys
import tempfile
import time
from pathlib import Path

ROLES = [
    "Backend Engineer",
    "Platform Engineer",
    "Data Engineer",
    "API Developer",
    "Software Engineer",
    "Site Reliability Engineer",
    "Integration Developer",
    "Payments Engineer",
    "Search Engineer",
]
LEVELS = ["Junior", "", "Senior", "Lead", "Staff", "Mid-level"]
DOMAINS = ["billing", "search", "logistics", "payments", "messaging", "identity", "analytics", "booking", "pricing"]
VERBS = ["Design", "Build", "Operate", "Maintain", "Improve", "Review", "Document", "Monitor", "Migrate", "Test"]
THINGS = [
    "the {d} service",
    "internal APIs for {d}",
    "the {d} data pipeline",
    "alerting for {d}",
    "the {d} database schema",
    "batch jobs that feed {d}",
    "integrations with {d} partners",
]
GOALS = [
    "so that releases stay safe",
    "with the product team",
    "and keep latency low",
    "for millions of users",
    "across three regions",
    "while paying down technical debt",
    "with clear runbooks",
]
SKILLS = [
    "Python",
    "Java",
    "Go",
    "Node.js",
    "Ruby",
    "PHP",
    "C#",
    "Scala",
    "PostgreSQL",
    "MySQL",
    "MongoDB",
    "Redis",
    "Kafka",
    "RabbitMQ",
    "Docker",
    "Kubernetes",
    "AWS",
    "GCP",
    "Azure",
    "Terraform",
    "gRPC",
    "GraphQL",
    "Django",
    "Flask",
    "Spring Boot",
    "Express.js",
    "CI/CD",
    "Git",
    "REST APIs",
    "Microservices",
]
QUALITIES = [
    "{n}+ years of experience with {s}",
    "Solid knowledge of {s} and {t}",
    "Experience running {s} in production",
    "Familiarity with {s} or a similar tool",
    "A degree in computer science or equivalent experience",
    "Clear written communication in English",
]
QUESTIONS = [
    "What is the difference between {s} and {t}?",
    "How would you scale {s} for {d} traffic?",
    "When would you choose {s} over {t}?",
    "Explain how {s} handles failures in the {d} domain.",
    "What happens when a {d} request times out?",
    "How do you test code that depends on {s}?",
]
ANSWERS = [
    "It depends on the {d} workload: {s} favours simplicity while {t} favours throughput.",
    "Start by measuring, then add caching in front of {s} and partition the {d} data.",
    "Use {s} when the team already knows it and the {d} load is moderate.",
]
FAQ_LEADS = [
    "A {r} is responsible for keeping the {d} systems reliable.",
    "To become a {r}, most people start by building small {d} services.",
    "The average salary for a {r} varies with region and experience.",
    "Successful {r}s possess skills in {s}, {t} and debugging.",
]


def _fill(rng: random.Random, template: str, role: str = "") -> str:
    first, second = rng.sample(SKILLS, 2)
    return template.format(d=rng.choice(DOMAINS), s=first, t=second, n=rng.randint(1, 9), r=role or rng.choice(ROLES))


def _duties(rng: random.Random, count: int) -> list[str]:
    return [
        f"{rng.choice(VERBS)} {_fill(rng, rng.choice(THINGS))} {rng.choice(GOALS)} ({rng.randint(1, 10**6)})."
        for _ in range(count)
    ]


def _parts(rng: random.Random, number: int) -> dict[str, object]:
    role = " ".join(part for part in (rng.choice(LEVELS), rng.choice(ROLES)) if part)
    return {
        "role": role,
        "intro": f"Join team {number} to work on {rng.choice(DOMAINS)} for our customers.",
        "duties": _duties(rng, rng.randint(4, 9)),
        "needs": [
            _fill(rng, rng.choice(QUALITIES)) + f" (ref {rng.randint(1, 10**6)})." for _ in range(rng.randint(3, 7))
        ],
        "skills": rng.sample(SKILLS, rng.randint(4, 10)),
        "faq": [
            (_fill(rng, rng.choice(QUESTIONS)) + f" (#{number}-{index})", _fill(rng, rng.choice(ANSWERS)))
            for index in range(rng.randint(0, 5))
        ],
        "leads": [
            _fill(rng, lead, role) + f" Ref {number}-{index}."
            for index, lead in enumerate(FAQ_LEADS)
            if rng.random() < 0.6
        ],
        "salary": f"${rng.randint(50, 90)}k - ${rng.randint(100, 200)}k /year",
    }


def _text(parts: dict) -> str:
    lines = [f"{parts['role']} Job Description", "", parts["intro"], "", "RESPONSIBILITIES"]
    lines += [f"  • {duty}" for duty in parts["duties"]]
    lines += ["", "Qualifications:"] + [f"-\n{need}" for need in parts["needs"]]
    lines += ["", "Skills", ""] + [f"  • {skill}" for skill in parts["skills"]]
    lines += ["", "Start Free Trial", "", "Frequently Asked Questions", ""]
    lines += [f"{lead}\n" for lead in parts["leads"]] or ["A role like this needs care with Kafka.", ""]
    lines += ["AVERAGE SALARY", "", parts["salary"]]
    return "\n".join(lines) + "\n"


def _markdown(parts: dict) -> str:
    lines = [f"# {parts['role']}", "", parts["intro"], "", "## What you'll do", ""]
    lines += [f"- {duty}" for duty in parts["duties"]]
    lines += ["", "## Requirements", ""] + [f"{index}. {need}" for index, need in enumerate(parts["needs"], 1)]
    lines += ["", "## Tech stack", "", ", ".join(parts["skills"]), "", "## FAQ", ""]
    for question, answer in parts["faq"]:
        lines += [f"### {question}", "", answer, ""]
    lines += ["## Benefits", "", "- Free lunch", "", "[Apply now](https://example.com/apply)"]
    return "\n".join(lines) + "\n"


def _html(parts: dict) -> str:
    duties = "".join(f"<li>{duty}</li>" for duty in parts["duties"])
    needs = "".join(f"<li>{need}</li>" for need in parts["needs"])
    faq = "".join(
        f"<details><summary>{question}</summary><p>{answer}</p></details>" for question, answer in parts["faq"]
    )
    return (
        f"<!doctype html><html><head><title>{parts['role']} | Jobs</title><script>var x = 1;</script></head>"
        f"<body><nav><a href='/'>Home</a></nav><h1>{parts['role']}</h1><p>{parts['intro']}</p>"
        f"<h2>Responsibilities</h2><ul>{duties}</ul><p><strong>Requirements</strong></p><ul>{needs}</ul>"
        f"<h2>Tools &amp; Technologies</h2><p>{' '.join(parts['skills'])}</p>"
        f"<h2>Frequently asked questions</h2>{faq}<h2>Salary</h2><p>{parts['salary']}</p>"
        f"<footer>© Example</footer></body></html>\n"
    )


def _questions(rng: random.Random, number: int) -> str:
    lines = [f"# Interview questions, set {number}", "", "## Junior level", ""]
    lines += [f"{index}. {_fill(rng, rng.choice(QUESTIONS))} ({number}.{index})" for index in range(1, 6)]
    lines += ["", "## Senior level", ""]
    for index in range(rng.randint(2, 5)):
        lines += [
            f"**Q:** {_fill(rng, rng.choice(QUESTIONS))} ({number}/{index})",
            f"**A:** {_fill(rng, rng.choice(ANSWERS))}",
            "",
        ]
    return "\n".join(lines) + "\n"


def generate_documents(count: int, folder: Path) -> list[Path]:
    """Write `count` varied documents into `folder` (deterministic for a given count); returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(count)
    paths = []
    for number in range(count):
        shape = number % 4
        if shape == 3:
            path, text = folder / f"questions-{number:05d}.md", _questions(rng, number)
        else:
            parts = _parts(rng, number)
            suffix, render = ((".txt", _text), (".md", _markdown), (".html", _html))[shape]
            path, text = folder / f"posting-{number:05d}{suffix}", render(parts)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def generate_big_document(size: int, path: Path) -> Path:
    """One Markdown document of about `size` bytes: a handbook of many postings, each a section of it
    (deterministic). `prep build` must stay linear on it: time and memory per MB flat as it grows."""
    rng = random.Random(size)
    chunks = ["# Engineering roles handbook\n\n"]
    written = len(chunks[0])
    number = 0
    while written < size:
        text = re.sub(r"(?m)^#", "##", _markdown(_parts(rng, number))) + "\n"  # each posting one level down
        chunks.append(text)
        written += len(text)
        number += 1
    path.write_text("".join(chunks), encoding="utf-8")
    return path


def time_build(count: int, root: Path) -> tuple[float, float, int]:
    """Seconds to build a deck from `count` generated documents, seconds to write it, and its cards."""
    from prep.core.builder import build
    from prep.core.packs.discover import bundled_library
    from prep.core.packs.write import write_pack

    folder = root / f"docs-{count}"
    generate_documents(count, folder)
    bundled = bundled_library().packs
    started = time.perf_counter()
    result = build([folder], bundled=bundled)
    built = time.perf_counter() - started
    started = time.perf_counter()
    write_pack(result.pack, root / f"deck-{count}.yaml", header=result.header)
    written = time.perf_counter() - started
    return built, written, len(result.pack.cards)


def main(argv: list[str] | None = None) -> int:
    sizes = [int(arg) for arg in (argv if argv is not None else sys.argv[1:])] or [1_000, 10_000]
    timings = []
    with tempfile.TemporaryDirectory(prefix="prep-bench-") as temporary:
        for count in sizes:
            built, written, cards = time_build(count, Path(temporary))
            timings.append(built)
            print(
                f"{count:>7,} documents: build {built:6.2f} s ({built / count * 1000:.2f} ms each), "
                f"{cards:,} cards; writing the YAML {written:.2f} s"
            )
    for (small, first), (large, second) in itertools.pairwise(zip(sizes, timings, strict=True)):
        print(f"{large:,} / {small:,} documents: {second / first:.1f}× the time for {large / small:.0f}× the documents")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
