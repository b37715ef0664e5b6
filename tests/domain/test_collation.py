"""One Chinese collation, by pinyin: the order a county office keeps its rosters in."""

from __future__ import annotations

from hdrectify.domain.collation import zh_key


def test_towns_sort_by_pinyin_not_by_code_point() -> None:
    towns = ["平山街道", "白花镇", "安墩镇", "多祝镇", "梁化镇", "稔山镇", "铁涌镇", "吉隆镇"]
    assert sorted(towns) != sorted(towns, key=zh_key)  # code points would put 平 (U+5E73) before 白 (U+767D)
    expected = ["安墩镇", "白花镇", "多祝镇", "吉隆镇", "梁化镇", "平山街道", "稔山镇", "铁涌镇"]
    assert sorted(towns, key=zh_key) == expected


def test_phrase_readings_tones_and_ties() -> None:
    assert zh_key("重庆")[0][0] == "chong2"  # the phrase's reading, not 重 zhong4
    assert sorted(["石", "十", "是"], key=zh_key) == ["十", "石", "是"]  # shi2 = shi2 < shi4: the text breaks the tie
    assert zh_key("张伟") != zh_key("章伟")  # same reading, different names: never equal
    assert sorted(["陈志强", "Amy", "李秀英", "3号"], key=zh_key) == ["3号", "Amy", "陈志强", "李秀英"]
