/**
 * The benchmark databases of one `npm run bench` run, generated once (scripts/bench/_data.ts) and
 * shared by the sections that need them: a SQLite file in the temporary folder (removed when the
 * process exits, unless BENCH_KEEP_DATA=1) and a PostgreSQL database wengu_bench_<pid> (dropped by
 * the postgres section when it is done; one left behind by a killed run is dropped by the next).
 *
 * BENCH_SQLITE_URL=file:… uses an existing database made by _data.ts instead of generating one
 * (for working on a bench; the figures of the size it was made with).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { benchSize, dropDatabase, generateBenchData, type DataSize, type GenerateStats } from "./_data";
import { queryRows } from "./_load";
import type { BenchRow } from "./types";
import { sqliteFileOf } from "./_sink";

export interface Dataset {
  url: string;
  size: DataSize;
  /** Null when an existing database was used. */
  stats: GenerateStats | null;
  /** What the size row says: "200 students × 1000 questions × 30 reviews". */
  label: string;
}

export const BENCH_PG_ADMIN_URL = process.env.BENCH_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

const memo = new Map<string, Promise<Dataset>>();

async function describe(url: string, size: DataSize, stats: GenerateStats | null): Promise<Dataset> {
  const [row] = await queryRows<{ students: number; cards: number; logs: number }>(
    url,
    `SELECT (SELECT COUNT(*) FROM "User" WHERE "role" = 'student') AS students, (SELECT COUNT(*) FROM "Card") AS cards, (SELECT COUNT(*) FROM "ReviewLog") AS logs`,
  );
  const students = Number(row.students);
  const perStudent = students ? Math.round(Number(row.cards) / students) : 0;
  const reviews = Number(row.cards) ? Math.round(Number(row.logs) / Number(row.cards)) : 0;
  return { url, size: { students, cards: perStudent, reviews }, stats, label: `${students} students × ${perStudent} questions × ${reviews} reviews` };
}

export function sqliteDataset(): Promise<Dataset> {
  let p = memo.get("sqlite");
  if (!p) {
    p = (async () => {
      const existing = process.env.BENCH_SQLITE_URL;
      if (existing) {
        if (!fs.existsSync(sqliteFileOf(existing))) throw new Error(`BENCH_SQLITE_URL: no such file ${existing}`);
        return describe(existing, benchSize(), null);
      }
      const file = path.join(os.tmpdir(), `wengu-bench-${process.pid}.db`);
      const url = `file:${file}`;
      if (process.env.BENCH_KEEP_DATA !== "1") process.on("exit", () => {
        for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
      });
      const size = benchSize();
      process.stderr.write(`  generating SQLite data (${size.students} students × ${size.cards} cards × ${size.reviews} reviews)…\n`);
      const stats = await generateBenchData(url, { ...size, replace: true });
      return describe(url, size, stats);
    })();
    memo.set("sqlite", p);
  }
  return p;
}

const pidAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
};

/** Drops wengu_bench_<pid> databases whose process is gone (a killed run's). */
async function dropStalePostgres(): Promise<void> {
  const admin = new pg.Client({ connectionString: BENCH_PG_ADMIN_URL });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname ~ '^wengu_bench_[0-9]+$'`);
    for (const { datname } of rows) {
      const pid = Number(datname.slice("wengu_bench_".length));
      if (pid !== process.pid && !pidAlive(pid)) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  } finally {
    await admin.end();
  }
}

export const postgresBenchUrl = (): string => {
  const u = new URL(BENCH_PG_ADMIN_URL);
  u.pathname = `/wengu_bench_${process.pid}`;
  return u.toString();
};

/** The same data as the SQLite dataset (same size and seed) in a new PostgreSQL database. Drop it with dropPostgresDataset. */
export function postgresDataset(): Promise<Dataset> {
  let p = memo.get("postgresql");
  if (!p) {
    p = (async () => {
      await dropStalePostgres();
      const url = postgresBenchUrl();
      const size = benchSize();
      process.stderr.write(`  generating PostgreSQL data (${size.students} students × ${size.cards} cards × ${size.reviews} reviews)…\n`);
      const stats = await generateBenchData(url, { ...size, replace: true });
      return describe(url, size, stats);
    })();
    memo.set("postgresql", p);
  }
  return p;
}

export async function dropPostgresDataset(): Promise<void> {
  memo.delete("postgresql");
  await dropDatabase(postgresBenchUrl());
}

const reported = new Set<string>();

/** The generator's figures, once per dataset (in the first section that uses it). */
export function dataRows(section: string, data: Dataset): BenchRow[] {
  if (reported.has(data.url)) return [];
  reported.add(data.url);
  const s = data.stats;
  if (!s) return [{ section, name: "data: an existing database (BENCH_SQLITE_URL)", value: data.label }];
  const kind = data.url.startsWith("file:") ? "SQLite" : "PostgreSQL";
  return [
    {
      section,
      name: `data generated into ${kind} (scripts/bench/_data.ts, seed ${s.seed}): ${data.label}${s.note ? `; ${s.note}` : ""}`,
      value: `${(s.rows / 1e6).toFixed(2)} M rows in ${(s.insertMs / 1000).toFixed(1)} s: ${Math.round(s.rowsPerSec / 1000)}k rows/s`,
    },
    {
      section,
      name: "  bank import / index rebuild / in all",
      value: `${(s.importMs / 1000).toFixed(1)} / ${(s.indexMs / 1000).toFixed(1)} / ${(s.totalMs / 1000).toFixed(1)} s`,
    },
  ];
}
