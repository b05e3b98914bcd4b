"""Property-based fuzzing of the pack loader: whatever the bytes, it answers with its own error
type (or a pack), quickly."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from prep.core.packs.load import load_pack_bytes
from prep.errors import PackErrors

from conftest import PACKS

SEED = (PACKS / "basics.yaml").read_bytes()
YAML_BITS = [
    b":",
    b"- ",
    b"[",
    b"]",
    b"{",
    b"}",
    b"&a ",
    b"*a",
    b"!!python/object ",
    b"---\n",
    b"\n",
    b"  ",
    b"'",
    b'"',
    b"#",
    b"? ",
    b"|\n",
    b">-\n",
    b"\x00",
    b"\xff",
    b"\x1b",
    b"{{",
    b"}}",
    b"\t",
    b"no",
    b"1.10",
]


def load_quickly(data: bytes) -> None:
    started = time.perf_counter()
    try:
        load_pack_bytes("fuzz.yaml", data)
    except PackErrors as errors:
        assert errors.errors and all(str(error).startswith("fuzz.yaml") for error in errors.errors)
    assert time.perf_counter() - started < 1.0


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_random_bytes(data: bytes) -> None:
    load_quickly(data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=2000))
def test_random_text(text: str) -> None:
    load_quickly(text.encode("utf-8", "surrogatepass"))


@st.composite
def mutated_packs(draw: st.DrawFn) -> bytes:
    data = bytearray(SEED)
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["insert", "delete", "replace"]))
        bit = draw(st.sampled_from(YAML_BITS))
        if action == "insert":
            data[at:at] = bit
        elif action == "delete":
            del data[at : at + draw(st.integers(1, 40))]
        else:
            data[at : at + len(bit)] = bit
    return bytes(data)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_packs())
def test_mutated_packs(data: bytes) -> None:
    load_quickly(data)
