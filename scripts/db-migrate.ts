/**
 * `npm run db:migrate`: applies prisma/migrations to DATABASE_URL (`prisma migrate deploy`,
 * with the JS engine: no download), then switches SQLite to WAL so that readers never wait
 * for the writer. A postgresql:// URL gets prisma/postgres/migrations instead. Safe to run again:
 * applied migrations are skipped.
 */
import "./lib/load-env";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { databaseProvider, env } from "../lib/env";
import { spawn } from "node:child_process";
import { migratePostgres } from "../lib/db/migrate-postgres";
import { bin, exitWith } from "./lib/run";

/** Runs a command quietly; its output is shown only when it fails. */
function capture(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    let output = "";
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", (error) => resolve({ code: 1, output: `could not run ${command}: ${error.message}` }));
    child.on("close", (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

/** The file behind a SQLite URL: "file:./prisma/wengu.db" → prisma/wengu.db (relative to the working directory, as the app opens it). */
export function sqliteFile(url: string): string {
  return url.replace(/^file:/, "").replace(/\?.*$/, "");
}

async function migrateSqlite(url: string): Promise<number> {
  const file = sqliteFile(url);
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const existed = fs.existsSync(file);
  console.log(`db:migrate: ${existed ? "updating" : "creating"} SQLite database ${file}`);
  const { code, output } = await capture(bin("prisma"), ["migrate", "deploy"], {
    ...process.env,
    DATABASE_URL: url,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  });
  if (code !== 0) {
    console.error(output);
    console.error(
      `db:migrate: prisma migrate deploy failed (exit ${code}) on ${file}. ` +
        `Nothing else was changed; see the message above. If the file is not a Wengu database, move it away or set DATABASE_URL.`,
    );
    return code;
  }
  try {
    const sqlite = new Database(file);
    const mode = sqlite.pragma("journal_mode = WAL", { simple: true });
    sqlite.close();
    if (mode !== "wal") throw new Error(`journal_mode is ${String(mode)}`);
  } catch (error) {
    console.error(`db:migrate: migrations applied, but WAL could not be enabled on ${file}: ${(error as Error).message}`);
    return 1;
  }
  const applied = [...output.matchAll(/└─ (\S+)\//g)].map((m) => m[1]);
  console.log(
    `db:migrate: ${file} is up to date (WAL on)` +
      (applied.length ? `; applied ${applied.join(", ")}` : "; no pending migrations"),
  );
  return 0;
}

async function migratePostgresDatabase(url: string): Promise<number> {
  const where = url.replace(/\/\/[^@/]*@/, "//…@"); // no password in the log
  console.log(`db:migrate: updating PostgreSQL database ${where}`);
  try {
    // prisma/postgres/migrations, applied with pg (migrate deploy fails there: shared/STACK.md)
    const applied = await migratePostgres(url, undefined, (line) => console.log(`db:migrate: ${line.trim()}`));
    console.log(`db:migrate: ${where} is up to date` + (applied.length ? "" : "; no pending migrations"));
    return 0;
  } catch (error) {
    console.error(`db:migrate: PostgreSQL migration failed on ${where}: ${(error as Error).message}`);
    return 1;
  }
}

async function main(): Promise<number> {
  const url = env.DATABASE_URL;
  return databaseProvider(url) === "sqlite" ? migrateSqlite(url) : migratePostgresDatabase(url);
}

exitWith("db:migrate", main, "message");
