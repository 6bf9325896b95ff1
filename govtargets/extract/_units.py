"""Who answers for a task: the units and leaders of a notice's labelled lines and responsibility notes.

A notice names them in a few structures, read here by their words (lexicon/data/notice_labels.yaml):
labels (责任单位：A、B；配合单位：C；责任领导：王某某；完成时限：6月底前), in any order, with full- or
half-width colons and semicolons; and notes of verbs (A牵头，B、C配合，6月底前完成 / X同志牵头，A、B具体实施).
Units come cleaned (no trailing punctuation or 等), split at 、，, outside brackets (各县（市、区）人民政府 is
one unit); people (王某某, 某某同志, 副市长) go to the leaders, never to the units.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from govtargets.lexicon import DATA_DIR, join_compounds, trie_pattern
from govtargets.text import load_yaml, regex

__all__ = [
    "Duty",
    "Vocabulary",
    "vocabulary",
    "split_units",
    "parse_note",
    "parse_labels",
    "is_person",
    "DEADLINE_RE",
    "LEAD_MARK_RE",
]

DEADLINE_RE = regex(
    r"(?:\d{4}年)?(?:\d{1,2}月(?:\d{1,2}日)?|年)(?:底|末)?(?:前|以前)|年内|今年内|年底前|到\d{4}年(?:底)?|"
    r"上半年|下半年|(?:一|二|三|四)季度(?:末)?前?"
)
# 列第一位者为牵头或汇总单位，下同 / 责任单位列第一位的为牵头单位: a remark on the lists, not a unit
FIRST_LEADS_RE = regex(r"[（(]?[^（()）]{0,8}列第一位[^（()）]{0,20}[)）]?")
# a deadline in brackets after a list of units: （12月底前完成）, （2024年底前）
_DEADLINE_BRACKET_RE = regex(r"[（(](?P<deadline>[^（()）]{0,12}?(?:前|底|末|年内))(?:完成|落实|到位)?[)）]")
_LEVELS_RE = regex(r"各[\u4e00-\u9fff]{1,2}")  # 各州, 各县: the first level of 各州、市人民政府
_UNIT_TRIM = " \t\u3000。．.；;，,、：:等"
_SEPARATORS = "、，,；;"


@dataclass(frozen=True, slots=True)
class Duty:
    """The units, leaders and deadline a label block or a note assigns."""

    leads: tuple[str, ...] = ()
    co: tuple[str, ...] = ()
    leaders: tuple[str, ...] = ()
    deadline: str | None = None

    def __bool__(self) -> bool:
        return bool(self.leads or self.co or self.leaders or self.deadline)

    def merged(self, other: Duty) -> Duty:
        """This duty with another's parts added (labelled lines of one item, one after the other)."""
        return Duty(
            self.leads + other.leads,
            self.co + other.co,
            self.leaders + other.leaders,
            self.deadline or other.deadline,
        )


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The notice words, with the patterns built from them."""

    label_kind: dict[str, str]  # label -> lead | responsible | co | leader | deadline
    label_re: re.Pattern[str]  # a label and its colon
    label_space_re: re.Pattern[str]  # a label and a space for its colon
    lead_verbs: tuple[str, ...]
    co_verbs: tuple[str, ...]
    implement_verbs: tuple[str, ...]
    note_re: re.Pattern[str]  # any label or verb: a bracket holding one is a responsibility note
    header_kind: dict[str, str]  # table header word -> column kind
    person_suffixes: tuple[str, ...]
    person_titles: tuple[str, ...]
    unit_prefixes: tuple[str, ...]
    unit_suffixes: tuple[str, ...]


def _alternation(words: Any) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _words(data: dict[str, Any], key: str, where: str) -> list[str]:
    v = data.get(key)
    if not isinstance(v, list) or not v or not all(isinstance(w, str) and w for w in v):
        raise ValueError(f"notice_labels.yaml: {where}.{key} must be a non-empty list of words")
    return v


def _note_pattern(labels: tuple[str, ...], verbs: tuple[str, ...]) -> str:
    """Any label or verb: labels before verbs, the longest of each first. As one trie when that finds the
    same (no label begins a longer verb, so the longest word is the one labels-then-verbs takes): a flat
    alternation of sixty words is tried word by word wherever one of their first characters stands, and
    two tries side by side are tried at every character."""
    if any(v != w and v.startswith(w) for w in labels for v in verbs):
        return f"{_alternation(labels)}|{_alternation(verbs)}"
    return trie_pattern(labels + verbs)


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The vocabulary of notice_labels.yaml, checked."""
    data = load_yaml(DATA_DIR / "notice_labels.yaml")
    labels, verbs, table = data["labels"], data["note_verbs"], data["table"]
    label_kind = {
        w: kind
        for kind in ("lead", "responsible", "co", "leader", "deadline")
        for w in _words(labels, kind, "labels")
    }
    header_kind = {
        w: kind
        for kind in ("number", "task", "name", "target", "lead", "co", "deadline", "leader", "other")
        for w in _words(table, kind, "table")
    }
    lead = tuple(_words(verbs, "lead", "note_verbs"))
    co = tuple(_words(verbs, "co", "note_verbs"))
    implement = tuple(_words(verbs, "implement", "note_verbs"))
    return Vocabulary(
        label_kind=label_kind,
        # 责任单位： or 【责任单位】 (its colon optional)
        label_re=regex(
            rf"(?:【\s*(?P<blabel>{_alternation(label_kind)})\s*】\s*[:：︰∶]?"
            rf"|(?P<label>{_alternation(label_kind)})\s*[:：︰∶])\s*"
        ),
        label_space_re=regex(rf"(?P<label>{_alternation(label_kind)})[ \t\u3000]+(?=\S)"),
        lead_verbs=lead,
        co_verbs=co,
        implement_verbs=implement,
        note_re=regex(_note_pattern(tuple(label_kind), lead + co + implement)),
        header_kind=header_kind,
        person_suffixes=tuple(_words(data["persons"], "suffixes", "persons")),
        person_titles=tuple(_words(data["persons"], "titles", "persons")),
        unit_prefixes=tuple(_words(data["units"], "prefixes", "units")),
        unit_suffixes=tuple(_words(data["units"], "suffixes", "units")),
    )


def is_person(name: str) -> bool:
    """Whether a name in a list of units is a person (a leader).

    >>> [is_person(n) for n in ("王某某", "赵某某同志", "李某副县长", "副市长陈某", "区人社局", "市残联")]
    [True, True, True, True, False, False]
    """
    v = vocabulary()
    if name.endswith(v.person_suffixes):
        return True
    if name.endswith(v.unit_suffixes):
        return False
    if any(t in name for t in v.person_titles):
        return True
    if name.startswith(v.unit_prefixes):
        return False
    return 2 <= len(name) <= 4


# blanks between two names: a cell's lines joined (县发改局 县财政局)
_BLANK_BETWEEN_RE = regex(r"(?<=[\u4e00-\u9fff)）])[ \u3000]+(?=[\u4e00-\u9fff])")


def split_units(s: str) -> list[str]:
    """Unit names of a list, split at 、 ， ; outside brackets, cleaned of punctuation and 等.

    >>> split_units("省委组织部（省委人才办）、省人力社保厅，省科技领导小组其他成员单位")
    ['省委组织部（省委人才办）', '省人力社保厅', '省科技领导小组其他成员单位']
    >>> split_units("区住建局、各县（市、区）人民政府、市经济信息委等。")
    ['区住建局', '各县（市、区）人民政府', '市经济信息委']
    >>> split_units("省财政厅，各州、市人民政府")
    ['省财政厅', '各州、市人民政府']
    >>> split_units("省发展改革委、有关市、县（市、区）人民政府")
    ['省发展改革委', '有关市、县（市、区）人民政府']
    >>> split_units("区发改局 区财政局　区自然资源局")  # one to a line in a cell (Word, Excel)
    ['区发改局', '区财政局', '区自然资源局']
    >>> split_units("/"), split_units("—"), split_units("无")  # an empty cell's mark: no unit
    ([], [], [])
    """
    if _EMPTY_CELL_RE.fullmatch(s.strip()):
        return []
    s = FIRST_LEADS_RE.sub("", s)
    if " " in s or "\u3000" in s:
        s = _BLANK_BETWEEN_RE.sub("、", s)
    out: list[str] = []
    cur: list[str] = []
    depth = 0
    for c in s:
        if c in "（(":
            depth += 1
        elif c in ")）":
            depth = max(0, depth - 1)
        if depth == 0 and c in _SEPARATORS:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(c)
    out.append("".join(cur))
    units: list[str] = []
    for u in out:
        u = u.strip(_UNIT_TRIM)
        u = u.removeprefix("由").removesuffix("等单位").removesuffix("等部门").strip(_UNIT_TRIM)
        if not u:
            continue
        levels = units and _LEVELS_RE.fullmatch(units[-1]) and u.endswith("政府")
        if units and (levels or len(join_compounds([units[-1], u])) == 1):
            units[-1] += "、" + u  # 各州、市人民政府: the governments of both levels, one name
        else:
            units.append(u)
    return units


_EMPTY_CELL_RE = regex(r"[/／\\—－\-–]{1,2}|无|暂无")  # what a table writes in a cell it leaves empty
LEAD_MARK_RE = regex(r"[（(](?:牵头|牵头单位|主办|主责)[)）]$")


def marked_leads(units: list[str]) -> tuple[list[str], list[str]] | None:
    """(leads, others) of a list whose leads are marked (市国资委（牵头）、市财政局), or None if none is.

    >>> marked_leads(["市城管局", "市住建局（牵头）"])
    (['市住建局'], ['市城管局'])
    """
    if not any(LEAD_MARK_RE.search(u) for u in units):
        return None
    leads = [LEAD_MARK_RE.sub("", u) for u in units if LEAD_MARK_RE.search(u)]
    return leads, [u for u in units if not LEAD_MARK_RE.search(u)]


def _people_apart(names: list[str]) -> tuple[list[str], list[str]]:
    """(units, people) of a list of names."""
    units: list[str] = []
    people: list[str] = []
    for n in names:
        (people if is_person(n) else units).append(n)
    return units, people


def _deadline_of(value: str) -> str | None:
    value = value.strip(_UNIT_TRIM)
    return value or None


def parse_labels(s: str) -> Duty | None:
    """The duty of a block of labels (a line of them, or the inside of a note); None if it has no label.

    >>> parse_labels("责任单位:市发展改革委、市科技局;配合单位:市经济信息委等。")
    Duty(leads=('市发展改革委', '市科技局'), co=('市经济信息委',), leaders=(), deadline=None)
    >>> parse_labels("责任领导：王某某；牵头单位：区人社局；完成时限：12月底前")
    Duty(leads=('区人社局',), co=(), leaders=('王某某',), deadline='12月底前')
    """
    v = vocabulary()
    found = list(v.label_re.finditer(s))
    if not found:
        return None
    parts: dict[str, list[str]] = {}
    bracket_deadline = None
    for k, m in enumerate(found):
        end = found[k + 1].start() if k + 1 < len(found) else len(s)
        label = m.group("label") or m.group("blabel")
        value = s[m.end() : end].rstrip(" 【")
        if (b := _DEADLINE_BRACKET_RE.search(value)) is not None:  # 县人社局（12月底前完成）
            bracket_deadline = bracket_deadline or b.group("deadline")
            value = value[: b.start()] + value[b.end() :]
        parts.setdefault(v.label_kind[label], []).append(value)
    leads: list[str] = []
    co: list[str] = []
    people: list[str] = []
    for value in parts.get("leader", []):
        people += split_units(value)
    for value in parts.get("lead", []):
        units, ps = _people_apart(split_units(value))
        leads += units
        people += ps
    for value in parts.get("responsible", []):
        units, ps = _people_apart(split_units(value))
        people += ps
        if (marked := marked_leads(units)) is not None:
            leads += marked[0]
            co += marked[1]
        elif "co" in parts or "lead" in parts:
            (co if "lead" in parts else leads).extend(units)
        else:
            leads += units[:1]
            co += units[1:]
    for value in parts.get("co", []):
        units, ps = _people_apart(split_units(value))
        co += units
        people += ps
    deadline = next((d for value in parts.get("deadline", []) if (d := _deadline_of(value))), None)
    deadline = deadline or bracket_deadline
    return Duty(tuple(leads), tuple(co), tuple(people), deadline)


def _strip_verb(part: str, verbs: tuple[str, ...]) -> str | None:
    """The names before a note verb ending the part (A、B配合 -> A、B), or None."""
    for verb in verbs:
        i = part.rfind(verb)
        if i > 0 and len(part) - i - len(verb) <= 4:  # 牵头负责, 配合落实: a few characters may follow
            return part[:i]
    return None


def parse_note(note: str) -> Duty:
    """The duty of a responsibility note (the inside of its brackets).

    >>> parse_note("市财政局牵头，市发展改革委、市人社局等按职责分工负责，12月底前完成")
    Duty(leads=('市财政局',), co=('市发展改革委', '市人社局'), leaders=(), deadline='12月底前')
    >>> parse_note("周某某同志牵头，市发展改革委、市交通运输局具体实施")
    Duty(leads=('市发展改革委',), co=('市交通运输局',), leaders=('周某某同志',), deadline=None)
    >>> parse_note("人民银行天津分行、市金融局牵头，年内持续推进")
    Duty(leads=('人民银行天津分行', '市金融局'), co=(), leaders=(), deadline='年内')
    >>> parse_note("市民政局牵头，市财政局配合；完成时限：6月底前")
    Duty(leads=('市民政局',), co=('市财政局',), leaders=(), deadline='6月底前')
    """
    labelled = parse_labels(note)
    if labelled is not None and (labelled.leads or labelled.co or labelled.leaders):
        return labelled
    # no label names a unit: the verbs do, and a labelled deadline is one of the parts
    # (市教育局负责，完成时限：11月底前; 李某某同志牵头，市交通运输局具体负责，完成时限：10月底前)
    v = vocabulary()
    note = FIRST_LEADS_RE.sub("", note).strip()
    leads: list[str] = []
    co: list[str] = []
    implementers: list[str] = []
    people: list[str] = []
    deadline = None
    for part in re.split(r"[，,；;]", note):
        part = part.strip(_UNIT_TRIM)
        if not part:
            continue
        if (names := _strip_verb(part, v.lead_verbs)) is not None:
            units, ps = _people_apart(split_units(names))
            leads += units
            people += ps
        elif (names := _strip_verb(part, v.co_verbs)) is not None:
            units, ps = _people_apart(split_units(names))
            co += units
            people += ps
        elif (names := _strip_verb(part, v.implement_verbs)) is not None:
            units, ps = _people_apart(split_units(names))
            implementers += units
            people += ps
        elif (d := DEADLINE_RE.search(part)) and len(part) <= 16:
            deadline = d.group()
        else:  # a part without a verb: names only if they read as units (not 具体实施方案另行制定)
            units, ps = _people_apart(split_units(part))
            implementers += [u for u in units if u.endswith(v.unit_suffixes) or marked_leads([u])]
            people += ps
    if not leads and (marked := marked_leads(implementers + co)) is not None:
        leads, co, implementers = marked[0], marked[1], []
    others = implementers + co
    if not leads:  # the first unit named leads (市人社局、市发展改革委等按职责分工负责)
        leads, others = others[:1], others[1:]
    return Duty(tuple(leads), tuple(others), tuple(people), deadline)
