/**
 * The SQLite log copied back by the background worker (lib/server/sqlite-checkpoints.ts), while
 * the writing connection never checkpoints: in WAL mode only a checkpoint writes to the database
 * file itself, so its size tells whether one ran. A SQLite file on either test database.
 */
import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { checkpointInBackground, stopCheckpointing } from "@/lib/server/sqlite-checkpoints";
import { TMP_DIR } from "@/tests/support/test-db";

const files: string[] = [];
afterEach(async () => {
  for (const file of files.splice(0)) {
    await stopCheckpointing(file);
    for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  }
});

/** A WAL-mode database whose own connection never checkpoints, with a table of 1 kB rows. */
function writer(): { file: string; db: Database.Database; write: (rows: number) => void } {
  fs.mkdirSync(TMP_DIR, { recursive: true });
  const file = path.join(TMP_DIR, `checkpoints-${randomUUID()}.db`);
  files.push(file);
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("wal_autocheckpoint = 0");
  db.exec("CREATE TABLE t (x TEXT)");
  const insert = db.prepare("INSERT INTO t VALUES (?)");
  return { file, db, write: (rows) => db.transaction(() => { for (let i = 0; i < rows; i++) insert.run(`${i}`.padEnd(1000, "x")); })() };
}

const sizeOf = (file: string) => fs.statSync(file).size;
const settle = async (ms: number, done: () => boolean) => {
  for (const end = Date.now() + ms; Date.now() < end && !done(); ) await new Promise((r) => setTimeout(r, 20));
};

describe("checkpoints in the background", () => {
  it("copies a log past the step into the database file, with nothing lost", async () => {
    const { file, db, write } = writer();
    const before = sizeOf(file);
    expect(checkpointInBackground(file, { everyMs: 20, checkpointBytes: 64 * 1024 })).toBe(true);
    write(300); // about 300 kB of log
    await settle(5_000, () => sizeOf(file) > before + 200_000);
    expect(sizeOf(file)).toBeGreaterThan(before + 200_000);
    db.close();
    const reopened = new Database(file, { readonly: true });
    expect(reopened.prepare("SELECT COUNT(*) AS n FROM t").get()).toEqual({ n: 300 });
    reopened.close();
  });

  it("leaves a log below the step where it is", async () => {
    const { file, db, write } = writer();
    const before = sizeOf(file);
    expect(checkpointInBackground(file, { everyMs: 20, checkpointBytes: 4 * 1024 * 1024 })).toBe(true);
    write(300);
    await settle(300, () => false);
    expect(sizeOf(file)).toBe(before);
    db.close();
  });

  it("starts no worker for an in-memory database", () => {
    expect(checkpointInBackground(":memory:")).toBe(false);
  });
});
