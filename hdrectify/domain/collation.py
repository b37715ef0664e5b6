"""The one Chinese collation every list uses: by pinyin (汉语拼音), as an office's roster is ordered.

``zh_key(text)`` sorts names the way a clerk expects — 白花镇 before 陈志强 before 平山街道
(bai, chen, ping), not by Unicode code point (which puts 平 before 白 and scatters towns).
Readings come from the maintained ``pypinyin`` package, which knows the phrase readings of
common words (重庆 is chong, 银行 is hang). Syllables compare with their tone number
(shi1 < shi2), then the text itself breaks ties, so different names never compare equal
and the order is the same on every computer. Latin letters and digits sort as themselves,
lower-cased, among the syllables.
"""

from __future__ import annotations

import functools


@functools.lru_cache(maxsize=4096)  # a county's few hundred names, sorted again and again
def zh_key(text: str) -> tuple[tuple[str, ...], str]:
    """The sort key of ``text`` by pinyin: ``sorted(names, key=zh_key)``."""
    from pypinyin import Style, lazy_pinyin  # its dictionaries load on first use: start-up time

    syllables = lazy_pinyin(text, style=Style.TONE3, neutral_tone_with_five=True)
    return tuple(s.lower() for s in syllables), text
