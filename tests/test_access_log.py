"""The access log: small, private, concurrent-safe, and never holding a secret."""

from __future__ import annotations

import os
import stat
import threading
import time

from tokenmgr.access_log import AccessLog, Read, describe_last_read, last_read_text


def read(at: float, program: str = "git", via: str = "git") -> Read:
    return Read(at=at, program=program, pid=42, via=via, account="github:alice")


def test_reads_are_kept_per_account_in_private_files(tmp_path):
    log = AccessLog(tmp_path / "access")
    log.record("github:1", read(1.0))
    log.record("google:a b/c", read(2.0, "curl", "cli"))
    assert log.reads("github:1") == [read(1.0)]
    assert log.last("google:a b/c").program == "curl"
    assert log.account_keys() == ["github:1", "google:a b/c"]
    assert stat.S_IMODE(os.stat(tmp_path / "access").st_mode) == 0o700
    for key in log.account_keys():
        assert stat.S_IMODE(os.stat(log.path_for(key)).st_mode) == 0o600
        assert log.path_for(key).parent == tmp_path / "access"  # no path tricks via the key


def test_only_the_last_fifty_are_kept(tmp_path):
    log = AccessLog(tmp_path)
    for i in range(237):
        log.record("k", read(float(i)))
    reads = log.reads("k")
    assert [r.at for r in reads] == [float(i) for i in range(187, 237)]
    assert len(log.path_for("k").read_text().splitlines()) <= 100  # trimmed on disk too


def test_concurrent_writers_lose_nothing(tmp_path):
    log = AccessLog(tmp_path, keep=1000)
    threads = [threading.Thread(target=lambda n=n: [log.record("k", read(n * 100 + i))
                                                     for i in range(40)]) for n in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(r.at for r in log.reads("k")) == sorted(n * 100 + i for n in range(5)
                                                          for i in range(40))


def test_damaged_lines_are_skipped_and_an_unwritable_log_does_not_raise(tmp_path):
    log = AccessLog(tmp_path)
    log.record("k", read(1.0))
    with open(log.path_for("k"), "a", encoding="utf-8") as handle:
        handle.write("not json\n{\"at\": \"x\"}\n")
    log.record("k", read(2.0))
    assert [r.at for r in log.reads("k")] == [1.0, 2.0]
    blocked = AccessLog(tmp_path / "file")
    (tmp_path / "file").write_text("a file where the folder should be")
    blocked.record("k", read(3.0))  # no exception: the token is still served
    assert blocked.reads("k") == []


def test_the_detail_pane_line(tmp_path):
    noon = time.mktime((2026, 11, 30, 12, 0, 0, 0, 0, -1))
    at = time.mktime((2026, 11, 30, 10, 42, 5, 0, 0, -1))
    assert last_read_text(read(at), now=noon) == "last read by git at 10:42"
    yesterday = at - 86400
    assert last_read_text(read(yesterday), now=noon) == \
        "last read by git on 2026-11-29 at 10:42"
    assert last_read_text(None) == "never read"
    log = AccessLog(tmp_path)
    assert describe_last_read("k", log) == "never read"
    log.record("k", read(time.time(), "make"))
    assert describe_last_read("k", log).startswith("last read by make at ")
