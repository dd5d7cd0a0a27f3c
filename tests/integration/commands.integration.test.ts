/**
 * The database commands as a person runs them (npm run db:migrate / db:import / db:seed), on a
 * scratch SQLite file: exit codes, messages, and what ends up in the database.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { applyMigrations, TMP_DIR } from "@/tests/support/test-db";

const file = path.join(TMP_DIR, `commands-${process.pid}-${Date.now()}.db`);
const helperFile = file.replace(/\.db$/, "-helper.db");

function run(script: string, args: string[] = [], env: Record<string, string> = {}) {
  const result = spawnSync(
    path.join("node_modules", ".bin", "tsx"),
    ["--conditions=react-server", `scripts/${script}`, ...args],
    { env: { ...process.env, DATABASE_URL: `file:${file}`, WENGU_MODE: "demo", ...env }, encoding: "utf8", timeout: 60_000 },
  );
  return { code: result.status, out: result.stdout + result.stderr };
}

const tables = (db: string) => {
  const sqlite = new Database(db, { readonly: true });
  try {
    return sqlite
      .prepare(`SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE '_prisma%' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
      .all();
  } finally {
    sqlite.close();
  }
};
const query = (sql: string) => {
  const sqlite = new Database(file, { readonly: true });
  try {
    return sqlite.prepare(sql).all();
  } finally {
    sqlite.close();
  }
};

afterAll(() => {
  for (const f of [file, helperFile]) for (const s of ["", "-wal", "-shm"]) fs.rmSync(f + s, { force: true });
});

describe("npm run db:migrate", () => {
  it("creates the database with every migration, switches it to WAL, and is safe to run again", () => {
    const first = run("db-migrate.ts");
    expect(first.code, first.out).toBe(0);
    expect(first.out).toMatch(/applied 20261121000000_init/);
    expect(query("PRAGMA journal_mode")).toEqual([{ journal_mode: "wal" }]);

    const again = run("db-migrate.ts");
    expect(again.code, again.out).toBe(0);
    expect(again.out).toMatch(/no pending migrations/);
  });

  it("builds the same schema as the test databases (which apply the migration files directly)", () => {
    fs.mkdirSync(TMP_DIR, { recursive: true });
    applyMigrations(helperFile);
    expect(tables(helperFile)).toEqual(tables(file));
  });

  it("takes a PostgreSQL URL down its own path, and says so when the server cannot be reached", () => {
    const pg = run("db-migrate.ts", [], { DATABASE_URL: "postgresql://nobody:secret@127.0.0.1:1/wengu" });
    expect(pg.code).not.toBe(0);
    expect(pg.out).toMatch(/PostgreSQL migration failed on postgresql:\/\/…@127\.0\.0\.1:1\/wengu/);
    expect(pg.out).not.toContain("secret");
  });
});

describe("npm run db:import and db:seed", () => {
  it("imports a bank file and prints what changed", () => {
    const result = run("import-bank.ts", ["--bank", "tests/fixtures/banks/small.json"]);
    expect(result.code, result.out).toBe(0);
    expect(result.out).toMatch(/documents\s+2 new/);
    expect(result.out).toMatch(/questions\s+10 new \(2 as drafts\)/);
    expect(query(`SELECT count(*) AS n FROM "Question"`)).toEqual([{ n: 10 }]);
  });

  it("explains a missing, unreadable or invalid bank file and exits non-zero", () => {
    const missing = run("import-bank.ts", ["--bank", "tests/fixtures/banks/nope.json"]);
    expect(missing.code).toBe(1);
    expect(missing.out).toMatch(/nope\.json: no such file/);

    const noArg = run("import-bank.ts");
    expect(noArg.code).toBe(2);
    expect(noArg.out).toMatch(/--bank <file\.json> is required/);

    const notABank = run("import-bank.ts", ["--bank", "package.json"]);
    expect(notABank.code).toBe(1);
    expect(notABank.out).toMatch(/not a valid quizbank\/1 bank[\s\S]*format: /);
  });

  it("seeds the demo accounts and prints them, and in production mode creates none", () => {
    const prod = run("seed.ts", [], { WENGU_MODE: "production" });
    expect(prod.code, prod.out).toBe(0);
    expect(prod.out).toMatch(/production mode: no demo accounts/);
    expect(query(`SELECT count(*) AS n FROM "User"`)).toEqual([{ n: 0 }]);

    const demo = run("seed.ts");
    expect(demo.code, demo.out).toBe(0);
    expect(demo.out).toMatch(/teacher\s+teacher@wengu\.demo\s+wengu-demo-2026/);
    expect(query(`SELECT count(*) AS n FROM "User"`)).toEqual([{ n: 5 }]);
  });
});
