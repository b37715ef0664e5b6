"""The command line's own words (click's "Usage:", "Options:", its help lines and errors) are Chinese."""

from __future__ import annotations

import re

from tests.cli_runner import run_subprocess

ENGLISH = re.compile(r"Usage:|Options:|Commands:|Show this message|Show the version|Error:|Missing|No such|Try '")


def test_help_says_usage_and_options_in_chinese(run) -> None:
    code, out, err = run("--help")
    assert code == 0 and err == ""
    assert out.startswith("用法: hdrectify ")
    assert "\n选项:\n" in out and "\n命令:\n" in out
    assert "显示本帮助并退出。" in out and "显示版本号并退出。" in out
    assert not ENGLISH.search(out)
    code, out, _ = run("status", "--help")
    assert code == 0 and out.startswith("用法: hdrectify status ") and "\n选项:\n" in out
    assert not ENGLISH.search(out)


def test_usage_errors_are_chinese_from_a_real_process(tmp_path) -> None:
    for args, expected in (
        (("statuss",), "没有这个命令：statuss"),
        (("status", "--month", "2024-03", "extra"), "多余的参数：extra"),
        (("centre", "add", "某中心"), "缺少 --town"),
        (("status", "--monthh", "2024-03"), "没有选项 --monthh"),
        (("status", "--month"), "需要一个值"),
    ):
        code, out, err = run_subprocess("--db", tmp_path / "hd.db", *args)
        assert code == 2, args
        assert out == ""
        assert err.startswith("错误：") and expected in err, err
        assert len(err.strip().splitlines()) == 1
        assert not ENGLISH.search(err), err


def test_the_version_line_stays_as_scripts_read_it(run) -> None:
    code, out, _ = run("--version")
    assert code == 0 and re.fullmatch(r"hdrectify, version \S+\n", out)
