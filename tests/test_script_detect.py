"""Script detection without OpenCC for simplified text: the character set it screens with is OpenCC's own,
and the verdicts are OpenCC's."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from govtargets.text import detect_script

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from build_t2s_chars import t2s_chars  # noqa: E402


def test_the_shipped_set_is_what_the_installed_opencc_changes() -> None:
    bmp, beyond = (ROOT / "govtargets" / "text" / "data" / "t2s_chars.txt").read_text("utf-8").splitlines()
    shipped = bmp + beyond
    assert shipped == t2s_chars(), "OpenCC changed: run scripts/build_t2s_chars.py (see its docstring)"
    assert max(bmp) <= "\uffff" < min(beyond)
    assert {"區", "產", "總", "發", "經", "濟"} <= set(shipped)
    assert not {"区", "产", "总", "发", "经", "济", "的", "年"} & set(shipped)


@pytest.mark.parametrize(
    ("text", "script"),
    [
        (
            "鶴城區政府工作報告：全區地區生產總值增長6.5%，一般公共預算收入完成年度預算的52.3%。",
            "traditional",
        ),
        ("鹤城区政府工作报告：全区地区生产总值增长6.5%，一般公共预算收入完成年度预算的52.3%。", "simplified"),
        # one traditional name in a long simplified text: under 2% of the characters
        ("全区地区生产总值增长6.5%，" * 20 + "乾隆年间的古建筑得到修缮", "simplified"),
        # mixed: a traditional quote of more than 2% in a simplified text
        ("全区地区生产总值增长6.5%。" + "經濟發展質量穩步提升" * 3, "traditional"),
        ("The report of 2025, no Chinese at all", "simplified"),
        ("", "simplified"),
    ],
)
def test_verdicts(text: str, script: str) -> None:
    assert detect_script(text) == script


def _loads_opencc(text: str) -> bool:
    code = (
        "import sys; from govtargets.text import detect_script;"
        f"detect_script({text!r}); print('opencc' in sys.modules)"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    return run.stdout.strip() == "True"


def test_opencc_loads_only_for_text_with_traditional_characters() -> None:
    assert not _loads_opencc("鹤城区政府工作报告：全区地区生产总值增长6.5%")
    assert _loads_opencc("鶴城區政府工作報告：全區地區生產總值增長6.5%")
