/**
 * A fresh SQLite database per test file, with the real migrations applied: the migration SQL
 * files are run in order with better-sqlite3 (what `prisma migrate deploy` would run, ~20 ms
 * instead of ~1.5 s). Files live in tests/.tmp/ (git-ignored) and are removed by cleanup().
 */
import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { createDb, type Db } from "@/lib/server/db";

const root = fileURLToPath(new URL("../..", import.meta.url));
export const MIGRATIONS_DIR = path.join(root, "prisma", "migrations");
export const TMP_DIR = path.join(root, "tests", ".tmp");

export interface TestDb {
  db: Db;
  /** file: URL of the database, for code that opens its own client. */
  url: string;
  /** Absolute path of the SQLite file. */
  file: string;
  cleanup: () => Promise<void>;
}

/** Applies every migration under prisma/migrations, oldest first, to a SQLite file. */
export function applyMigrations(file: string): void {
  const sqlite = new Database(file);
  try {
    const dirs = fs
      .readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    for (const dir of dirs) {
      const sql = path.join(MIGRATIONS_DIR, dir, "migration.sql");
      if (fs.existsSync(sql)) sqlite.exec(fs.readFileSync(sql, "utf8"));
    }
  } finally {
    sqlite.close();
  }
}

export async function createTestDb(): Promise<TestDb> {
  fs.mkdirSync(TMP_DIR, { recursive: true });
  const file = path.join(TMP_DIR, `test-${Date.now()}-${randomUUID().slice(0, 8)}.db`);
  applyMigrations(file);
  const url = `file:${file}`;
  const db = createDb(url);
  return {
    db,
    url,
    file,
    cleanup: async () => {
      await db.$disconnect();
      for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
    },
  };
}
