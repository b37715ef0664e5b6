"""Phone photos: the day each was taken and from where, a stored copy without GPS, stored once, non-images refused."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from hdrectify.domain.errors import InputError
from hdrectify.exchange.photos import (
    EXIF_DATETIME,
    EXIF_ORIGINAL,
    MTIME,
    heic_readable,
    photo_date,
    photo_files,
    prepare_photo,
)
from hdrectify.paths import evidence_dir
from hdrectify.store.base import Store
from hdrectify.store.evidence import file_sha256, stored_path
from hdrectify.store.people import add_centre, add_member, add_pairing
from hdrectify.store.photos import NewRecord, create_record, list_photos, record_photo, records_on_days
from hdrectify.store.records import log_contact
from tests.photo_helpers import GPS_IFD, ORIENTATION, exif_of, make_photo

DAY = dt.date(2024, 3, 5)


@pytest.fixture
def visit(store: Store) -> str:
    """A visit record of 2024-03-05; returns its id."""
    with store.transaction():
        centre = add_centre(store, "安墩镇康园中心", "安墩镇")
        member = add_member(store, "陈志强")
        add_pairing(store, member, centre, dt.date(2024, 1, 1))
        return str(log_contact(store, member, centre, DAY, "onsite", "到岗")["id"])


def stored_files(store: Store) -> list[Path]:
    return [p for p in evidence_dir(store.path).rglob("*") if p.is_file()]


def test_the_day_comes_from_datetimeoriginal_then_datetime_then_the_file_s_time(tmp_path: Path) -> None:
    both = make_photo(tmp_path / "a.jpg", taken=dt.datetime(2024, 3, 5, 10, 21), written=dt.datetime(2024, 4, 1))
    written = make_photo(tmp_path / "b.png", written=dt.datetime(2024, 4, 1, 9, 0))
    bare = make_photo(tmp_path / "c.jpg", mtime=dt.datetime(2024, 2, 29, 12, 0))
    assert (photo_date(both).day, photo_date(both).source) == (DAY, EXIF_ORIGINAL)
    assert (photo_date(written).day, photo_date(written).source) == (dt.date(2024, 4, 1), EXIF_DATETIME)
    assert (photo_date(bare).day, photo_date(bare).source) == (dt.date(2024, 2, 29), MTIME)


@pytest.mark.parametrize("name", ["现场.jpg", "现场.png"])
def test_the_stored_copy_has_no_gps_and_keeps_its_orientation_and_date(
    store: Store, visit: str, tmp_path: Path, name: str
) -> None:
    photo = make_photo(tmp_path / name, taken=dt.datetime(2024, 3, 5, 10, 21))
    assert exif_of(photo)[1]  # the phone's photo has a location
    prepared = prepare_photo(store.path, photo, strip_gps=True)
    with store.transaction():
        row = record_photo(store, visit, prepared.staged, prepared.taken.day, prepared.taken.source, True)
    assert row is not None and row["gps_removed"] == 1 and row["taken_on"] == "2024-03-05"
    stored = stored_path(store, row["sha256"])
    tags, gps = exif_of(stored)
    assert gps == {} and GPS_IFD not in tags
    assert tags[ORIENTATION] == 6
    assert photo_date(stored).day == DAY
    assert file_sha256(stored) == row["sha256"]  # the hash is of the stored bytes
    assert file_sha256(photo) != row["sha256"]


def test_with_the_setting_off_the_photo_is_stored_as_it_is(store: Store, visit: str, tmp_path: Path) -> None:
    photo = make_photo(tmp_path / "现场.jpg", taken=dt.datetime(2024, 3, 5, 10, 21))
    prepared = prepare_photo(store.path, photo, strip_gps=False)
    with store.transaction():
        row = record_photo(store, visit, prepared.staged, prepared.taken.day, prepared.taken.source, False)
    assert row is not None and row["sha256"] == file_sha256(photo)
    assert exif_of(stored_path(store, row["sha256"]))[1]


def test_the_same_photo_twice_is_stored_once_and_listed_once(store: Store, visit: str, tmp_path: Path) -> None:
    photo = make_photo(tmp_path / "现场.jpg", taken=dt.datetime(2024, 3, 5, 10, 21))
    copy = tmp_path / "再来一次.jpg"
    copy.write_bytes(photo.read_bytes())
    results = []
    for path in (photo, copy):
        prepared = prepare_photo(store.path, path, strip_gps=True)
        with store.transaction():
            results.append(record_photo(store, visit, prepared.staged, prepared.taken.day, prepared.taken.source, True))
    assert results[0] is not None and results[1] is None
    assert len(list_photos(store, visit)) == 1
    assert len(stored_files(store)) == 1


def test_a_file_that_is_not_a_photo_is_refused_and_nothing_is_stored(store: Store, tmp_path: Path) -> None:
    notes = tmp_path / "会议纪要.jpg"
    notes.write_text("这不是照片", encoding="utf-8")
    with pytest.raises(InputError) as refused:
        prepare_photo(store.path, notes, strip_gps=True)
    assert refused.value.code == "photos.not_image" and "会议纪要.jpg" in str(refused.value)
    pdf = tmp_path / "清单.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    with pytest.raises(InputError, match="不是照片"):
        prepare_photo(store.path, pdf, strip_gps=True)
    assert stored_files(store) == []


@pytest.mark.skipif(heic_readable(), reason="pillow-heif is installed here: HEIC is read")
def test_heic_without_pillow_heif_says_how_to_get_a_jpg(store: Store, tmp_path: Path) -> None:
    heic = tmp_path / "IMG_0001.HEIC"
    heic.write_bytes(b"\x00\x00\x00\x18ftypheic")
    with pytest.raises(InputError) as refused:
        prepare_photo(store.path, heic, strip_gps=True)
    assert refused.value.code == "photos.heic_unsupported" and "JPG" in str(refused.value)


def test_a_folder_stands_for_the_photos_in_it(tmp_path: Path) -> None:
    folder = tmp_path / "手机相册"
    make_photo(folder / "b.JPG")
    make_photo(folder / "sub" / "a.png")
    (folder / "说明.txt").write_text("x", encoding="utf-8")
    loose = tmp_path / "另一张.txt"
    loose.write_text("x", encoding="utf-8")
    assert photo_files([folder, loose]) == [folder / "b.JPG", folder / "sub" / "a.png", loose]


def test_the_records_of_a_day_visits_first_and_a_new_one_when_there_is_none(store: Store, visit: str) -> None:
    pairing = store.get("contacts", visit)["pairing_id"]  # type: ignore[index]
    with store.transaction():
        phone = create_record(store, NewRecord(pairing, DAY, "phone"))
        created = create_record(store, NewRecord(pairing, dt.date(2024, 3, 12), "onsite"))
    found = records_on_days(store, pairing, [DAY, dt.date(2024, 3, 12), dt.date(2024, 3, 13)])
    assert [r["id"] for r in found[DAY]] == [visit, phone["id"]]
    assert [r["id"] for r in found[dt.date(2024, 3, 12)]] == [created["id"]]
    assert found[dt.date(2024, 3, 13)] == []
    with pytest.raises(InputError), store.transaction():  # not paired then: the store's own check
        create_record(store, NewRecord(pairing, dt.date(2023, 12, 1), "onsite"))
