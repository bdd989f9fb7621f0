"""Patterns compiled on first use answer as the compiled pattern does."""
from __future__ import annotations

import re

from planwatch.lazyre import lazy


def test_a_lazy_pattern_compiles_on_first_use_and_answers_as_re():
    text = "2023年全县地区生产总值增长5.5%，2024年预期增长6%左右"
    source, flags = r"(?P<y>(?:19|20)\d{2})年", re.M
    lz, rx = lazy(source, flags), re.compile(source, flags)
    assert "search" not in vars(lz)  # nothing compiled yet
    assert lz.search(text).span() == rx.search(text).span()
    assert "search" in vars(lz) and lz.compiled.pattern == source and lz.flags == rx.flags
    assert [m.group("y") for m in lz.finditer(text)] == [m.group("y") for m in rx.finditer(text)]
    assert lz.findall(text) == rx.findall(text) and lz.sub("Y", text) == rx.sub("Y", text)
    assert lz.split(text) == rx.split(text) and lz.match(text).group() == rx.match(text).group()
    assert lz.fullmatch("2023年") and lz.subn("", text) == rx.subn("", text)
    assert lz.pattern == source and repr(lz) == f"lazy({source!r})"
