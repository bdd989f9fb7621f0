"""The vocabularies in src/planwatch/data are read as lists of rows: a row written twice is a merge's leftover that
hides which copy a later edit should change (two rounds once wrote the same 摘帽县/出列村 noun rows apart)."""
from collections import Counter
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "src" / "planwatch" / "data"


@pytest.mark.parametrize("path", sorted(DATA.glob("*.tsv")), ids=lambda p: p.name)
def test_no_row_is_written_twice(path):
    rows = [line.rstrip("\n") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    twice = [row for row, n in Counter(rows).items() if n > 1]
    assert not twice, f"{path.name}: rows written twice: {twice[:5]}"


def test_the_check_sees_a_row_written_twice(tmp_path):
    f = tmp_path / "x.tsv"
    f.write_text("# head\n摘帽县\tnoun\n出列村\tnoun\n摘帽县\tnoun\n", encoding="utf-8")
    with pytest.raises(AssertionError, match="摘帽县"):
        test_no_row_is_written_twice(f)
