import "server-only";
import { PrismaClient } from "@prisma/client";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresPrismaClient } from ".prisma/postgres-client";
import { databaseProvider, env } from "@/lib/env";

export type Db = PrismaClient;

/**
 * A Prisma client for a database URL: a SQLite file, or PostgreSQL through the client generated
 * from prisma/postgres/schema.prisma. Both are generated from the same models, so they share one API.
 */
export function createDb(url: string = env.DATABASE_URL, options: { onQuery?: () => void } = {}): Db {
  const log = options.onQuery ? [{ emit: "event" as const, level: "query" as const }] : [];
  const client =
    databaseProvider(url) === "sqlite"
      ? new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, timeout: 10_000 }), log })
      : (new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }), log }) as unknown as PrismaClient<{
          log: typeof log;
        }>);
  if (options.onQuery) (client as unknown as { $on: (e: "query", cb: () => void) => void }).$on("query", options.onQuery);
  return client as unknown as Db;
}

// One client per process; cached on globalThis so that dev-server reloads reuse it.
const globalForDb = globalThis as unknown as { wenguDb?: Db };
export const db: Db = globalForDb.wenguDb ?? createDb();
if (env.NODE_ENV !== "production") globalForDb.wenguDb = db;

/** Case-insensitive `contains` on both databases (SQLite's LIKE already ignores ASCII case). */
export function containsText(value: string): { contains: string; mode?: "insensitive" } {
  return databaseProvider() === "postgresql" ? { contains: value, mode: "insensitive" } : { contains: value };
}
