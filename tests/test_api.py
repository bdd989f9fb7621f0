"""The Python API."""
from __future__ import annotations

import pandas as pd

import planwatch


def test_read(examples_dir):
    doc = planwatch.read(examples_dir / "003_fb1c67ca95303fe5.txt")
    assert isinstance(doc, planwatch.Document)
    assert doc.meta.region == "新乡市" and doc.meta.report_year == 2025
    assert doc.sections and len(doc.facts) >= 0
    for f in doc.facts:
        assert doc.text[f.start:f.end] == f.quote
    assert doc.lines()[0]["kind"] == "document"


def test_read_text_and_id_is_content_hash():
    a = planwatch.read_text("各位代表：现在我代表市人民政府向大会报告工作，全市地区生产总值增长5%。", "a.txt")
    b = planwatch.read_text("各位代表：现在我代表市人民政府向大会报告工作，全市地区生产总值增长5%。", "b.txt")
    assert a.id == b.id and len(a.id) == 16


def test_open_documents(tmp_path, examples_dir):
    with planwatch.open(tmp_path / "api.duckdb") as corpus:
        assert corpus.documents().empty
        docs = corpus.add(examples_dir / "000_2b931b19880bcc59.txt")
        assert len(docs) == 1
        df = corpus.documents()
        assert isinstance(df, pd.DataFrame) and len(df) == 1
        assert df.loc[0, "region"] == "汝州市" and df.loc[0, "region_code"] == "410482"
        assert "text" not in df.columns
        assert isinstance(corpus.facts(), pd.DataFrame)
        assert isinstance(corpus.sections("000_2b931b19880bcc59.txt"), pd.DataFrame)
        d = corpus.document("000_2b931b19880bcc59.txt")
        assert d.meta.speaker == "樊顺昌"
