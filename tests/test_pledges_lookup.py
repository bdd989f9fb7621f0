"""Look-up helpers of pledges/projects that replace a plain scan: the same answers as the plain version."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from planwatch.extract import pledges

ALIASES = [a for a, _, _ in pledges.objects()]


def plain_object_norm(obj: str) -> tuple[str | None, str | None]:
    """The vocabulary read in order: the first alias (longest first) that obj contains."""
    for alias, norm, cat in pledges.objects():
        if alias in obj:
            return norm, cat
    return None, None


def test_object_norm_longest_alias_wins():
    assert pledges.object_norm("城镇新增就业") == plain_object_norm("城镇新增就业")
    assert pledges.object_norm("某某某") == (None, None)
    assert pledges.object_norm("") == (None, None)
    assert not pledges._known("某某某") and pledges._known("某某" + ALIASES[0])


objects_text = st.lists(st.sampled_from(ALIASES) | st.text("新建改造城区道路高标准农田就业资金", max_size=3),
                        max_size=8).map("".join)


@settings(max_examples=300, deadline=None)
@given(objects_text)
def test_object_norm_as_plain_scan(obj):
    assert pledges.object_norm(obj) == plain_object_norm(obj)
    assert pledges._known(obj) == (plain_object_norm(obj) != (None, None))
