/**
 * prisma/schema.prisma is the one place models are edited. This writes its PostgreSQL twin,
 * prisma/postgres/schema.prisma (Prisma rejects `provider = env(...)`), and, with --migration NAME,
 * a new PostgreSQL migration holding the difference from the previous twin.
 * `npm run db:schema:postgres` — a unit test fails when the twin is out of date.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { postgresSchemaFrom } from "../lib/db/postgres-schema";

const source = "prisma/schema.prisma";
const target = "prisma/postgres/schema.prisma";

function main() {
  const migrationArg = process.argv.indexOf("--migration");
  const migrationName = migrationArg > 0 ? process.argv[migrationArg + 1] : undefined;
  const previous = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : null;
  const next = postgresSchemaFrom(fs.readFileSync(source, "utf8"));
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, next);
  console.log(previous === next ? `${target} is up to date.` : `Wrote ${target}.`);
  if (!migrationName) return;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "wengu-pg-"));
  const from = path.join(tmp, "previous.prisma");
  if (previous) fs.writeFileSync(from, previous);
  const args = ["migrate", "diff", ...(previous ? ["--from-schema-datamodel", from] : ["--from-empty"]), "--to-schema-datamodel", target, "--script"];
  const sql = execFileSync(path.join("node_modules", ".bin", "prisma"), args, { encoding: "utf8" });
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join("prisma/postgres/migrations", `${stamp}_${migrationName}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "migration.sql"), sql);
  console.log(`Wrote ${dir}/migration.sql`);
}

main();
