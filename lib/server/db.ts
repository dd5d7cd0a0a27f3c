import "server-only";
import { PrismaClient } from "@prisma/client";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { env } from "@/lib/env";

export type Db = PrismaClient;

/** A Prisma client for a database URL (SQLite file; PostgreSQL arrives with issue 7). */
export function createDb(url: string = env.DATABASE_URL): Db {
  if (url.startsWith("file:")) {
    return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, timeout: 10_000 }) });
  }
  throw new Error(`Unsupported DATABASE_URL "${url}": use file:./prisma/wengu.db for SQLite.`);
}

// One client per process; cached on globalThis so that dev-server reloads reuse it.
const globalForDb = globalThis as unknown as { wenguDb?: Db };
export const db: Db = globalForDb.wenguDb ?? createDb();
if (env.NODE_ENV !== "production") globalForDb.wenguDb = db;
