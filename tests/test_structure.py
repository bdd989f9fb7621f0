

def test_section_lookup_by_piece_equals_the_walk_at_every_position():
    from pathlib import Path

    from planwatch import metadata, structure
    from planwatch.normalize import normalize

    for p in sorted((Path(__file__).resolve().parent.parent / "examples").rglob("*.txt"))[:6]:
        raw = p.read_text(encoding="utf-8")
        norm = normalize(raw)
        outline = structure.outline(norm, metadata.detect(raw, norm, {}, p.name, None).report_year)
        for pos in range(-1, len(norm.text) + 2, 3):
            assert outline.at(pos) is outline._deepest(pos)
        for b in outline.norm_starts + outline.norm_ends:
            for pos in (b - 1, b, b + 1):
                assert outline.at(pos) is outline._deepest(pos)
