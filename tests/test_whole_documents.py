"""Whole documents of our own (invented figures) read end to end: every fact, nothing more."""

from __future__ import annotations

from pathlib import Path

from govtargets import extract_facts, read_document

FIXTURES = Path(__file__).parent / "fixtures"

COUNTY_2009 = {
    ("actual", "gdp", "level", 8650000000.0, "exact", "2008"),
    ("actual", "gdp", "growth", 12.6, "exact", "2008"),
    ("actual", "fiscal_total_revenue", "level", 682000000.0, "exact", "2008"),
    ("actual", "fiscal_total_revenue", "growth", 21.3, "exact", "2008"),
    ("actual", "general_budget_revenue", "level", 396000000.0, "exact", "2008"),
    ("actual", "general_budget_revenue", "growth", 19.8, "exact", "2008"),
    ("actual", "fixed_asset_investment", "level", 5230000000.0, "exact", "2008"),
    ("actual", "fixed_asset_investment", "growth", 35.2, "exact", "2008"),
    ("actual", "retail_sales", "level", 2890000000.0, "exact", "2008"),
    ("actual", "retail_sales", "growth", 20.1, "exact", "2008"),
    ("actual", "urban_income", "level", 12860.0, "exact", "2008"),
    ("actual", "rural_income", "level", 5210.0, "exact", "2008"),
    ("actual", "urban_income", "growth", 13.5, "exact", "2008"),
    ("actual", "rural_income", "growth", 14.2, "exact", "2008"),
    ("actual", "exports", "level", 125000000.0, "exact", "2008"),
    ("actual", "exports", "growth", 8.6, "exact", "2008"),
    ("actual", "fdi", "level", 28600000.0, "exact", "2008"),
    ("actual", "energy_intensity", "growth", -4.6, "exact", "2008"),
    ("actual", "industrial_va_above_scale", "level", 4120000000.0, "exact", "2008"),
    ("actual", "industrial_va_above_scale", "growth", 18.6, "exact", "2008"),
    ("actual", "grain_output", "level", 326000.0, "exact", "2008"),
    ("actual", "grain_output", "growth", 3.1, "exact", "2008"),
    ("target", "gdp", "growth", 11.0, "at_least", "2009"),
    ("target", "fiscal_total_revenue", "growth", 12.0, "exact", "2009"),
    ("target", "fixed_asset_investment", "growth", 25.0, "exact", "2009"),
    ("target", "retail_sales", "growth", 16.0, "exact", "2009"),
    ("target", "urban_income", "growth", 9.0, "exact", "2009"),
    ("target", "rural_income", "growth", 8.0, "exact", "2009"),
    ("target", "registered_unemployment_rate", "level", 4.2, "at_most", "2009"),
    ("target", "population_growth_rate", "level", 0.6, "at_most", "2009"),  # 6‰ in percent
    ("target", "energy_intensity", "growth", -4.0, "exact", "2009"),
}


def test_an_older_county_report() -> None:
    """A 2009 county report: 万元GDP能耗, 地方财政一般预算收入, 分别 over levels and growths, ‰ targets."""
    doc = read_document(FIXTURES / "county_report_2009.txt")
    assert (doc.region, doc.admin_level, doc.report_year) == ("青山县", "county", 2009)
    got = {
        (f.kind, f.metric, f.measure, float(f.base_low), f.qualifier, f.period)
        for f in extract_facts(doc)
        if f.kind in ("actual", "target")
    }
    assert got == COUNTY_2009
