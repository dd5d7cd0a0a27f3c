/**
 * Applies prisma/postgres/migrations to a PostgreSQL database, in order, each in a transaction.
 * (Prisma's `migrate deploy` fails on PostgreSQL with the 6.19 driver adapter; see shared/STACK.md.)
 * An advisory lock lets several app servers start at once; a changed, already applied migration
 * is refused rather than half-applied.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

export const POSTGRES_MIGRATIONS_DIR = path.join("prisma", "postgres", "migrations");
const LOCK_ID = 72_627_446; // any constant: serialises concurrent migration runs

export async function migratePostgres(url: string, dir = POSTGRES_MIGRATIONS_DIR, log: (line: string) => void = console.log): Promise<string[]> {
  const names = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const appliedNow: string[] = [];
  try {
    await client.query("SELECT pg_advisory_lock($1)", [LOCK_ID]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS "_wengu_migrations" (name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())',
    );
    const { rows } = await client.query<{ name: string; checksum: string }>('SELECT name, checksum FROM "_wengu_migrations"');
    const applied = new Map(rows.map((r) => [r.name, r.checksum]));
    for (const name of names) {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      const checksum = crypto.createHash("sha256").update(sql).digest("hex");
      const known = applied.get(name);
      if (known === checksum) continue;
      if (known) throw new Error(`Migration ${name} was changed after it was applied. Restore it and add a new migration instead.`);
      try {
        await client.query("BEGIN");
        await client.query(sql);
        await client.query('INSERT INTO "_wengu_migrations" (name, checksum) VALUES ($1, $2)', [name, checksum]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`Migration ${name} failed and was rolled back: ${(error as Error).message}`);
      }
      appliedNow.push(name);
      log(`  applied ${name}`);
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [LOCK_ID]).catch(() => undefined);
    await client.end();
  }
  return appliedNow;
}
