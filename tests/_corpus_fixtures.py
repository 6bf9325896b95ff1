"""Invented work reports for corpus-mode tests: a province and two of its cities over three years, with
the figures made up, written in the layouts real reports use (review, then 主要预期目标), plus the awkward
files a real folder holds: a copy, a second version of one report, GBK and Big5 text, a broken .docx, an
empty file, a file that is no Chinese report."""

from __future__ import annotations

from pathlib import Path

_PLAN_HEAD = "二、{year}年工作安排\n今年经济社会发展的主要预期目标是："


def report(region: str, year: int, review: str, targets: str, scope: str = "全市") -> str:
    return (
        f"{region}{year}年政府工作报告\n"
        f"——{year}年1月15日在{region}第十五届人民代表大会第三次会议上\n"
        "各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议。\n"
        f"一、{year - 1}年工作回顾\n"
        f"过去一年，面对复杂多变的外部环境，{scope}上下攻坚克难，经济运行稳中有进。{review}\n"
        + _PLAN_HEAD.format(year=year)
        + targets
        + "\n我们将坚持稳中求进工作总基调，确保各项目标任务圆满完成。\n"
    )


REPORTS: dict[str, tuple[str, str]] = {
    # path: (text, encoding)
    "zhejiang/浙江省_2024.txt": (
        report(
            "浙江省",
            2024,
            "全省生产总值达到82500亿元，增长6.1%；居民消费价格上涨0.4%；城镇新增就业112万人。",
            "全省生产总值增长5.5%左右；城镇新增就业100万人以上；居民消费价格涨幅3%左右。",
            "全省",
        ),
        "utf-8",
    ),
    "zhejiang/浙江省_2025.txt": (
        report(
            "浙江省",
            2025,
            "全省生产总值达到86800亿元，增长5.4%；居民消费价格上涨0.2%；城镇新增就业118万人。",
            "全省生产总值增长5%以上；城镇新增就业100万人以上；居民消费价格涨幅2%左右。",
            "全省",
        ),
        "utf-8",
    ),
    "zhejiang/hangzhou/杭州市_2023.txt": (
        report(
            "杭州市",
            2023,
            "全市生产总值达到18200亿元，增长1.9%；一般公共预算收入2450亿元，增长0.3%。",
            "全市生产总值增长5.5%左右；一般公共预算收入增长5%；城镇新增就业25万人。",
        ),
        "utf-8",
    ),
    "zhejiang/hangzhou/杭州市_2024.txt": (
        report(
            "杭州市",
            2024,
            "全市生产总值达到20050亿元，增长5.6%；一般公共预算收入2615亿元，增长6.8%；城镇新增就业28万人。",
            "全市生产总值增长6%左右；一般公共预算收入增长5%；城镇新增就业25万人以上。",
        ),
        "utf-8",
    ),
    "zhejiang/hangzhou/杭州市_2025.txt": (
        report(
            "杭州市",
            2025,
            "全市生产总值达到21900亿元，增长5.3%；一般公共预算收入2700亿元，增长3.1%。",
            "全市生产总值增长5.5%以上、力争6%；一般公共预算收入增长4%。",
        ),
        "utf-8",
    ),
    # the same bytes under another name: read once
    "zhejiang/hangzhou/copies/杭州市政府工作报告2025.txt": ("", "copy-of:zhejiang/hangzhou/杭州市_2025.txt"),
    # another version of Hangzhou's 2024 report (same region and year, other bytes): its facts not repeated
    "zhejiang/web/hz2024.html": ("", "html-of:zhejiang/hangzhou/杭州市_2024.txt"),
    "zhejiang/ningbo_2024_gbk.txt": (
        report(
            "宁波市",
            2024,
            "全市生产总值达到16450亿元，增长6.2%。",
            "全市生产总值增长5.5%至6%；城镇调查失业率5%以内。",
        ),
        "gbk",
    ),
    "zhejiang/wenzhou_2024_big5.txt": (
        report(
            "溫州市",
            2024,
            "全市生產總值達到8730億元，增長6.6%。",
            "全市生產總值增長6.5%左右。",
        ),
        "big5",
    ),
    "zhejiang/broken.docx": ("", "bytes:PK\x03\x04 this is not really a zip archive"),
    "zhejiang/empty.txt": ("", "bytes:"),
    "zhejiang/readme.txt": ("", "bytes:Scanned by the archive team; the reports are in the folders."),
}


def make_corpus(root: Path) -> Path:
    """Write the fixture corpus under root/corpus and return that folder."""
    base = root / "corpus"
    for rel, (text, how) in REPORTS.items():
        p = base / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        if how.startswith("copy-of:"):
            p.write_bytes((base / how.removeprefix("copy-of:")).read_bytes())
        elif how.startswith("html-of:"):
            src = (base / how.removeprefix("html-of:")).read_text(encoding="utf-8")
            body = "".join(f"<p>{line}</p>\n" for line in src.splitlines())
            p.write_text(
                f"<html><head><title>杭州市2024年政府工作报告</title></head><body>{body}</body></html>"
            )
        elif how.startswith("bytes:"):
            p.write_bytes(how.removeprefix("bytes:").encode())
        elif how == "big5":  # a traditional-script report, as Taiwan and Hong Kong mirrors give them
            import opencc

            p.write_bytes(opencc.OpenCC("s2t").convert(text).encode(how))
        else:
            p.write_bytes(text.encode(how))
    return base
