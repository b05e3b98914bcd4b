"""Write a `Pack` as a v1 YAML file that loads back unchanged, byte-identical for the same pack."""

from __future__ import annotations

from pathlib import Path

import yaml

from prep.core.files import atomic_write
from prep.core.model import Pack

def dump_pack(pack: Pack, header: str = "") -> str:
    """The pack as YAML text; `header` lines are written first as comments."""
    comments = "".join(f"# {line}\n" if line else "#\n" for line in header.splitlines())
    body = yaml.dump(pack.to_dict(), Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper), sort_keys=False,
                     allow_unicode=True, width=100, default_flow_style=False)
    return comments + body


def write_pack(pack: Pack, path: Path, header: str = "") -> None:
    atomic_write(path, dump_pack(pack, header).encode("utf-8"))
