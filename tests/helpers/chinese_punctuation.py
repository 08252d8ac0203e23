"""Chinese punctuation: find ASCII marks in Chinese text, and turn them into full-width ones.

Chinese text uses full-width punctuation (，：；？！（）“”). ASCII stays only in Qt accelerators
such as 保存(&S), in code, in markup, and between digits (10:30, 1,000). The rule applies to every
string that holds a CJK character: the `.ts` translations, the files under `data/`, and string
literals in the code.

Run as a script to fix files in place (by code point, so no editor can turn the marks back):

    python -m tests.helpers.chinese_punctuation --fix FILE...
    python -m tests.helpers.chinese_punctuation FILE...        # only report
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

FULL_WIDTH = {
    ",": "\uff0c",  # ，
    ":": "\uff1a",  # ：
    ";": "\uff1b",  # ；
    "?": "\uff1f",  # ？
    "!": "\uff01",  # ！
    "(": "\uff08",  # （
    ")": "\uff09",  # ）
}
OPENING_QUOTE = "\u201c"  # “
CLOSING_QUOTE = "\u201d"  # ”

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Parts of a string that are not prose: accelerators, markup, placeholders, URLs.
_NOT_PROSE = re.compile(
    r"\(&[^\s()]\)"  # Qt accelerator: 保存(&S)
    r"|<[^<>]*>"  # markup: <b>, <a href="...">
    r"|https?://\S+"  # a URL
    r"|\{[^{}]*\}"  # a format field: {name}, {0:.1f}
    r"|%(?:\d+|n|L\d+|Ln)"  # Qt placeholders: %1, %n, %L1, %Ln
    # A file dialog's filter: Qt reads the patterns only between ASCII parentheses, and its
    # filters apart at ";;" (with "（*.json）" it showed no file at all).
    r"| \((?:\*[^()\s]*\s?)+\)|;;"
)
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_FULL_WIDTH_MARKS = "".join(FULL_WIDTH.values()) + "、。" + OPENING_QUOTE + CLOSING_QUOTE


def has_chinese(text: str) -> bool:
    """Whether the text is Chinese prose: more Chinese characters than Latin words.

    An English sentence that names Companion's Chinese name, "Companion (心伴): breaks…", keeps
    its ASCII punctuation; a Chinese sentence that names a key, "按 Ctrl+Alt+M 记录", does not.
    """
    chinese = len(_CJK.findall(text))
    return chinese > 0 and chinese >= len(_LATIN_WORD.findall(_masked(text)))


def _masked(text: str) -> str:
    """The text with the parts that are not prose blanked out with `_`, the same length."""
    return _NOT_PROSE.sub(lambda match: "_" * len(match.group()), text)


def _between_digits(text: str, index: int) -> bool:
    return 0 < index < len(text) - 1 and text[index - 1].isdigit() and text[index + 1].isdigit()


def _ascii_marks(text: str) -> Iterator[int]:
    """The positions of ASCII marks in prose that Chinese would write full-width.

    Each line is judged on its own, so that a command on a line of its own under a Chinese
    sentence (`pip install "PySide6!=6.12.0"`) keeps its ASCII."""
    offset = 0
    for line in text.split("\n"):
        if has_chinese(line):
            masked = _masked(line)
            for index, char in enumerate(masked):
                if char in '()"' or (char in ",;:?!" and not _between_digits(masked, index)):
                    yield offset + index
        offset += len(line) + 1


def problems(text: str) -> list[str]:
    """Each ASCII mark in Chinese prose, shown in its surroundings; empty when the text is right."""
    found = []
    masked = _masked(text) if has_chinese(text) else text
    for index in _ascii_marks(text):
        found.append(f"ASCII {text[index]!r} in …{text[max(0, index - 8) : index + 9]}…")
    if has_chinese(text):
        for match in re.finditer(
            f"[{re.escape(_FULL_WIDTH_MARKS)}] +| +[{re.escape(_FULL_WIDTH_MARKS)}]", masked
        ):
            start = match.start()
            found.append(
                f"space beside a full-width mark in …{text[max(0, start - 8) : start + 9]}…"
            )
    return found


def fixed(text: str) -> str:
    """The text with ASCII prose marks made full-width and the spaces beside them removed."""
    positions = set(_ascii_marks(text))
    if not positions:
        return text
    out: list[str] = []
    quote_open = False
    for index, char in enumerate(text):
        if index not in positions:
            out.append(char)
            continue
        if char == '"':
            out.append(CLOSING_QUOTE if quote_open else OPENING_QUOTE)
            quote_open = not quote_open
            continue
        while out and out[-1] == " ":  # the full-width mark carries its own space
            out.pop()
        out.append(FULL_WIDTH[char])
    result = "".join(out)
    marks = re.escape("".join(FULL_WIDTH.values()))
    return re.sub(f"([{marks}]) +(?=\\S)", r"\1", result)


# --- where Chinese strings live ---------------------------------------------------------------


@dataclass(frozen=True)
class Found:
    where: str
    text: str


def translations(path: Path) -> Iterator[Found]:
    """Every translation (and plural form) in a Qt `.ts` file."""
    root = ElementTree.parse(path).getroot()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        forms = translation.findall("numerusform") or [translation]
        for form in forms:
            if form.text:
                yield Found(f"{path.name}: {source[:50]!r}", form.text)


def _toml_strings(value: object, where: str) -> Iterator[Found]:
    if isinstance(value, str):
        yield Found(where, value)
    elif isinstance(value, dict):
        for key, inner in value.items():
            yield from _toml_strings(inner, f"{where}.{key}")
    elif isinstance(value, list):
        for number, inner in enumerate(value):
            yield from _toml_strings(inner, f"{where}[{number}]")


def toml_strings(path: Path) -> Iterator[Found]:
    yield from _toml_strings(tomllib.loads(path.read_text(encoding="utf-8")), path.name)


_PATTERN = re.compile(r"\(\?|\||\\[a-zA-Z]|\[")


def code_strings(path: Path) -> Iterator[Found]:
    """String literals in a Python file, leaving out docstrings (they are comments, not text)
    and regular expressions, raw or not (their marks are syntax: `完(?:了|蛋)`)."""
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    docstrings: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                docstrings.add(id(body[0].value))
    inside_f_strings: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            text = "".join(
                part.value if isinstance(part, ast.Constant) else "{x}" for part in node.values
            )
            inside_f_strings.update(id(part) for part in node.values)
            yield Found(f"{path}:{node.lineno}", str(text))
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings | inside_f_strings
        ):
            raw = (ast.get_source_segment(source, node) or "").lower().startswith(("r", "br", "rb"))
            if not raw and not _PATTERN.search(node.value):
                yield Found(f"{path}:{node.lineno}", node.value)


# --- fixing files in place ----------------------------------------------------------------------

_TS_TEXT = re.compile(r"(<(translation|numerusform)\b[^>]*>)(.*?)(</\2>)", re.DOTALL)
_XML_UNESCAPE = (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'"), ("&amp;", "&"))


def _xml_unescape(text: str) -> str:
    for escaped, plain in _XML_UNESCAPE:
        text = text.replace(escaped, plain)
    return text


def _xml_escape(text: str) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace('"', "&quot;").replace("'", "&apos;")


def fix_ts(source: str) -> str:
    def one(match: re.Match[str]) -> str:
        inner = match.group(3)
        if "<numerusform" in inner:
            return match.group(0)
        return match.group(1) + _xml_escape(fixed(_xml_unescape(inner))) + match.group(4)

    return _TS_TEXT.sub(one, source)


# A basic TOML or Python string on one line: "..." with escapes; triple-quoted blocks by lines.
_QUOTED = re.compile(r'"(?:[^"\\\n]|\\.)*"')


def fix_quoted_strings(source: str) -> str:
    """Fix the inside of each double-quoted string, and the lines of triple-quoted blocks."""
    out_lines = []
    in_block = False
    for line in source.splitlines(keepends=True):
        if in_block or line.count('"""') == 1:
            starts_block = line.count('"""') == 1
            if in_block and starts_block:  # the block closes on this line
                text, _, rest = line.partition('"""')
                out_lines.append(fixed(text) + '"""' + rest)
                in_block = False
                continue
            if starts_block:
                head, _, text = line.partition('"""')
                out_lines.append(head + '"""' + fixed(text))
                in_block = True
                continue
            out_lines.append(fixed(line))
            continue
        out_lines.append(_QUOTED.sub(lambda m: '"' + fixed(m.group()[1:-1]) + '"', line))
    return "".join(out_lines)


def fix_file(path: Path) -> bool:
    source = path.read_text(encoding="utf-8")
    result = fix_ts(source) if path.suffix == ".ts" else fix_quoted_strings(source)
    if result != source:
        path.write_text(result, encoding="utf-8")
        return True
    return False


def scan(path: Path) -> Iterator[tuple[Found, str]]:
    if path.suffix == ".ts":
        found: Iterator[Found] = translations(path)
    elif path.suffix == ".toml":
        found = toml_strings(path)
    else:
        found = code_strings(path)
    for item in found:
        for problem in problems(item.text):
            yield item, problem


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fix", action="store_true")
    parser.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args(argv)
    bad = 0
    for path in args.files:
        if args.fix and fix_file(path):
            print(f"fixed {path}")
        for item, problem in scan(path):
            bad += 1
            print(f"{item.where}: {problem}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
