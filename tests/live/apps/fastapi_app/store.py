"""Storage in the standard library's sqlite3 (embedded SQLite), file at $LIVE_DB.

Pets and owners are kept as the JSON of their pydantic models; `seq` keeps the
insertion order that paging follows.
"""
import os
import sqlite3
import tempfile
import uuid
from contextlib import contextmanager
from datetime import datetime, timezone

from models import CatDetails, DogDetails, Owner, Pet, PetStatus

DB_PATH = os.environ.get("LIVE_DB") or os.path.join(tempfile.gettempdir(), "live-fastapi.sqlite3")

SCHEMA = """
CREATE TABLE IF NOT EXISTS owners (seq INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, doc TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS pets (seq INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, doc TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS photos (
    pet_id TEXT PRIMARY KEY REFERENCES pets(id) ON DELETE CASCADE,
    filename TEXT NOT NULL, caption TEXT NOT NULL, content_type TEXT NOT NULL, content BLOB NOT NULL
);
"""


@contextmanager
def connect():
    """One connection per request; commits when the block ends without an exception."""
    con = sqlite3.connect(DB_PATH, timeout=10)
    con.execute("PRAGMA foreign_keys = ON")
    try:
        with con:
            yield con
    finally:
        con.close()


def now():
    return datetime.now(timezone.utc)


def init_and_seed():
    """Creates the tables, and when there are no pets yet, 2 owners and 25 pets
    (3 pages at the default limit of 10). Ids are fixed (uuid5) so runs agree."""
    with connect() as con:
        con.execute("PRAGMA journal_mode = WAL")
        con.executescript(SCHEMA)
        if con.execute("SELECT COUNT(*) FROM pets").fetchone()[0]:
            return
        ns = uuid.UUID("6f1c3a52-3f0e-4c55-9a43-6d1b0f6c2a10")
        owners = [
            Owner(id=uuid.uuid5(ns, f"owner-{n}"), name=name, email=f"{name.lower()}@example.com", created_at=now())
            for n, name in enumerate(["Alice", "Bob"], start=1)
        ]
        for owner in owners:
            save_owner(con, owner)
        for n in range(1, 26):
            details = CatDetails(kind="cat", lives_left=9 - n % 9) if n % 2 else DogDetails(kind="dog", breed="mixed")
            pet = Pet(
                id=uuid.uuid5(ns, f"pet-{n}"),
                name=f"pet{n:02d}",
                status=PetStatus.adopted if n % 5 == 0 else PetStatus.available,
                tags=["seeded", "even" if n % 2 == 0 else "odd"],
                age_months=n,
                owner_id=owners[n % 2].id if n % 5 == 0 else None,
                details=details,
                created_at=now(),
                updated_at=now(),
            )
            insert_pet(con, pet)


def save_owner(con, owner):
    con.execute("INSERT INTO owners (id, doc) VALUES (?, ?)", (str(owner.id), owner.model_dump_json()))


def get_owner(con, owner_id):
    row = con.execute("SELECT doc FROM owners WHERE id = ?", (str(owner_id),)).fetchone()
    return Owner.model_validate_json(row[0]) if row else None


def list_owners(con):
    return [Owner.model_validate_json(doc) for (doc,) in con.execute("SELECT doc FROM owners ORDER BY seq")]


def insert_pet(con, pet):
    con.execute("INSERT INTO pets (id, doc) VALUES (?, ?)", (str(pet.id), pet.model_dump_json()))


def update_pet(con, pet):
    con.execute("UPDATE pets SET doc = ? WHERE id = ?", (pet.model_dump_json(), str(pet.id)))


def get_pet(con, pet_id):
    row = con.execute("SELECT doc FROM pets WHERE id = ?", (str(pet_id),)).fetchone()
    return Pet.model_validate_json(row[0]) if row else None


def delete_pet(con, pet_id):
    return con.execute("DELETE FROM pets WHERE id = ?", (str(pet_id),)).rowcount > 0


def page_pets(con, offset, limit, tags, status):
    """(pets of the page, total count) of the pets having every tag in `tags` and `status`."""
    where, args = ["1 = 1"], []
    for tag in tags:
        where.append("EXISTS (SELECT 1 FROM json_each(pets.doc, '$.tags') WHERE value = ?)")
        args.append(tag)
    if status is not None:
        where.append("json_extract(pets.doc, '$.status') = ?")
        args.append(status.value)
    cond = " AND ".join(where)
    total = con.execute(f"SELECT COUNT(*) FROM pets WHERE {cond}", args).fetchone()[0]
    rows = con.execute(f"SELECT doc FROM pets WHERE {cond} ORDER BY seq LIMIT ? OFFSET ?", args + [limit, offset])
    return [Pet.model_validate_json(doc) for (doc,) in rows], total


def save_photo(con, pet_id, filename, caption, content_type, content):
    con.execute(
        "INSERT OR REPLACE INTO photos (pet_id, filename, caption, content_type, content) VALUES (?, ?, ?, ?, ?)",
        (str(pet_id), filename, caption, content_type, content),
    )


def get_photo(con, pet_id):
    """(filename, content) or None."""
    return con.execute("SELECT filename, content FROM photos WHERE pet_id = ?", (str(pet_id),)).fetchone()
