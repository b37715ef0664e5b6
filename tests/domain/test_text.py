"""Typed text: names are what they look like, notes hold no terminal controls, numbers are plain digits."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hdrectify.domain.errors import InputError
from hdrectify.domain.text import (
    InvisibleCharError,
    clean_file_name,
    clean_name,
    clean_note,
    escape_controls,
    name_key,
    parse_int,
)

# Text with a good share of the characters that matter here: spaces of every kind, controls, format characters.
TRICKY = "\u200b\u200c\u200d\u2060\ufeff\u202a\u202e\u2066\u2069\u200e\u200f\u061c\u00ad\x00\x1b\x7f\x85\x9b"
SPACES = " \t\n\r\u3000\xa0\u2002\u202f"
texts = st.text(
    alphabet=st.one_of(st.characters(), st.sampled_from(TRICKY + SPACES), st.sampled_from("安墩镇康园中心e\u0301")),
    max_size=30,
)


def _forbidden(ch: str) -> bool:
    return unicodedata.category(ch) in ("Cc", "Cf", "Cs") and ch not in "\t\n\r"


# -- names -----------------------------------------------------------------------------------
@given(texts)
def test_a_clean_name_is_nfc_trimmed_single_spaced_and_stays_the_same(text: str) -> None:
    try:
        name = clean_name(text)
    except InputError:
        assert any(_forbidden(ch) for ch in unicodedata.normalize("NFC", text))
        return
    assert clean_name(name) == name
    assert unicodedata.is_normalized("NFC", name)
    assert not any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp") for ch in name)
    assert name == name.strip() and "  " not in name
    assert all(ch == " " or not ch.isspace() for ch in name)


def test_a_zero_width_space_is_refused_with_what_and_where() -> None:
    with pytest.raises(InvisibleCharError) as err:
        clean_name("安墩镇\u200b康园中心", "康园中心名称")
    message = str(err.value)
    assert "康园中心名称中含有不可见字符" in message
    assert "U+200B 零宽空格" in message and "第 4 个字符" in message and "“安墩镇”之后" in message
    assert message.endswith("请删除后重新输入") and "\u200b" not in message
    assert (err.value.codepoint, err.value.position) == (0x200B, 4)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("会议\u202e纪要", "U+202E 从右到左强制"),
        ("\ufeff陈志强", "U+FEFF"),
        ("陈\u2066志强", "U+2066"),
        ("陈志强\x1b[2J", "U+001B"),
        ("陈\x00志强", "U+0000"),
        ("陈\u00ad志强", "U+00AD"),
    ],
)
def test_invisible_and_control_characters_are_refused(text: str, label: str) -> None:
    with pytest.raises(InputError, match=label.replace("+", r"\+")):
        clean_name(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("\u3000安墩镇康园中心\xa0 ", "安墩镇康园中心"),
        ("安墩镇 \u3000\t康园中心", "安墩镇 康园中心"),
        ("安墩镇康园中心\r\n", "安墩镇康园中心"),
        ("Cafe\u0301", "Café"),
    ],
)
def test_spaces_are_trimmed_and_collapsed_and_the_text_is_nfc(text: str, name: str) -> None:
    assert clean_name(text) == name


def test_a_name_of_only_spaces_is_empty() -> None:
    assert clean_name("\u3000 \xa0") == ""


def test_the_name_key_makes_lookalikes_one_name() -> None:
    assert name_key("安墩镇\u200b康园中心") == name_key(" 安墩镇康园中心\u3000") == "安墩镇康园中心"
    assert name_key("安墩镇康园中心") != name_key("安墩镇 康园中心")


# -- notes -----------------------------------------------------------------------------------
@given(texts)
def test_a_clean_note_keeps_lines_and_tabs_and_no_other_controls(text: str) -> None:
    try:
        note = clean_note(text)
    except InputError:
        return
    assert clean_note(note) == note
    assert unicodedata.is_normalized("NFC", note)
    assert not any(unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\x85" for ch in note)
    assert not any(0x202A <= ord(ch) <= 0x202E or 0x2066 <= ord(ch) <= 0x2069 for ch in note)


def test_a_note_keeps_its_lines_and_emoji_but_not_escapes() -> None:
    assert clean_note(" 查看活动\r\n\t记录 👨\u200d👩\u200d👧 \n") == "查看活动\r\n\t记录 👨\u200d👩\u200d👧"
    assert clean_note("\ufeff一\u2028二\u2029三\x85四") == "一\u2028二\u2029三\x85四"  # as Word and WeChat paste
    with pytest.raises(InputError, match=r"U\+001B"):
        clean_note("清屏\x1b[2J")
    with pytest.raises(InputError, match=r"U\+0000"):
        clean_note("a\x00b")
    with pytest.raises(InputError, match=r"U\+202E"):
        clean_note("a\u202eb")


# -- file names ------------------------------------------------------------------------------
def test_a_file_name_keeps_its_real_extension_visible() -> None:
    assert clean_file_name("会议纪要\u202egpj.exe") == "会议纪要gpj.exe"
    assert clean_file_name("\u200b整改\u2067方案\u2069.pdf\x1b") == "整改方案.pdf"
    assert clean_file_name("照片\u3000 1.jpg") == "照片 1.jpg"


# -- numbers ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["9_0", "９０", "+90", "--5", "1e2", "٩٠", "90.0", "", " ", "9 0", "0x5a"])
def test_only_plain_ascii_digits_are_a_number(text: str) -> None:
    with pytest.raises(InputError, match="0 到 100") as err:
        parse_int(text, "考评分数", 0, 100)
    assert "半角数字" in str(err.value)


def test_a_number_may_have_spaces_around_it_and_must_be_in_range() -> None:
    assert parse_int(" 90\u3000", "考评分数", 0, 100) == 90
    assert parse_int("007", "考评分数", 0, 100) == 7
    with pytest.raises(InputError, match="超出范围"):
        parse_int("101", "考评分数", 0, 100)
    with pytest.raises(InputError, match="超出范围"):
        parse_int("-1", "考评分数", 0, 100)


@given(st.integers(min_value=0, max_value=10**6))
def test_every_plain_number_parses(n: int) -> None:
    assert parse_int(str(n), "数量", 0, 10**6) == n


# -- the terminal ----------------------------------------------------------------------------
def test_controls_are_shown_escaped() -> None:
    assert escape_controls("清屏\x1b[2J") == "清屏\\x1b[2J"
    assert escape_controls("会议纪要\u202egpj.exe") == "会议纪要\\u202egpj.exe"
    assert escape_controls("a\x9bb\nc\td\x00") == "a\\x9bb\\nc\\td\\x00"
    assert escape_controls("安墩镇\u200b康园中心") == "安墩镇\\u200b康园中心"
    assert escape_controls("C:\\data 安墩镇 ✓") == "C:\\data 安墩镇 ✓"


@given(texts)
def test_escaped_text_holds_no_control_or_format_character(text: str) -> None:
    shown = escape_controls(text)
    assert not any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp") for ch in shown)
    if not any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp") for ch in text):
        assert shown == text


def test_a_note_refuses_exactly_the_controls_surrogates_and_direction_marks() -> None:
    keeps = "\t\n\r\x85\u2028\u2029"
    bidi = {0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)}
    for code in range(0x110000):
        ch = chr(code)
        refused = ch not in keeps and (unicodedata.category(ch) in ("Cc", "Cs") or code in bidi)
        try:
            clean_note(f"a{ch}b")
        except InputError:
            assert refused, hex(code)
        else:
            assert not refused, hex(code)
