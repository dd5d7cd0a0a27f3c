import "server-only";
import { PrismaClient, type Prisma } from "@prisma/client";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type Database from "better-sqlite3";
import pg from "pg";
import { PrismaClient as PostgresPrismaClient } from ".prisma/postgres-client";
import { databaseProvider, env } from "@/lib/env";
import type { DirectSql } from "./direct-sql";
import { postgresDirectSql } from "./direct-sql-postgres";
import { sqliteDirectSql, type SqliteConnection } from "./direct-sql-sqlite";
import { BACKSTOP_PAGES, LOG_LIMIT_BYTES, checkpointInBackground } from "./sqlite-checkpoints";

export type Db = PrismaClient;

type AdapterFactory = NonNullable<Prisma.PrismaClientOptions["adapter"]>;
type Adapter = Awaited<ReturnType<AdapterFactory["connect"]>>;

const direct = new WeakMap<object, DirectSql>();

/** The plain-SQL path (lib/server/direct-sql.ts) on the same connection as a client made by createDb. */
export function directSql(db: Db): DirectSql {
  const found = direct.get(db);
  if (!found) throw new Error("directSql: this client was not made by createDb");
  return found;
}

/**
 * Prisma's SQLite adapter, with a hold on the connection it opens: DirectSql runs its statements
 * there, and takes the adapter's transaction lock for writes.
 */
function sqliteAdapter(url: string, backgroundCheckpoints: boolean): { factory: AdapterFactory; connection: (client: () => Db) => () => Promise<SqliteConnection> } {
  const inner = new PrismaBetterSQLite3({ url, timeout: 10_000 });
  let adapter: Adapter | undefined;
  const factory: AdapterFactory = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => {
      adapter = await inner.connect();
      const database = (adapter as unknown as { client?: Database.Database }).client;
      // said here, not left to how the driver was built: README "How answers are written"
      database?.pragma(`synchronous = ${env.WENGU_SQLITE_SYNC.toUpperCase()}`);
      // the WAL is copied back by a worker (lib/server/sqlite-checkpoints.ts), or else every 40 MB,
      // not every 4 MB: a page written by many answers in between (an index's hot leaf) is copied once
      const inBackground = database !== undefined && backgroundCheckpoints && checkpointInBackground(database.name);
      database?.pragma(`wal_autocheckpoint = ${inBackground ? BACKSTOP_PAGES : 10_000}`);
      if (inBackground) database?.pragma(`journal_size_limit = ${LOG_LIMIT_BYTES}`);
      return adapter;
    },
  };
  const connection = (client: () => Db) => async (): Promise<SqliteConnection> => {
    if (!adapter) await client().$connect();
    const database = (adapter as unknown as { client?: Database.Database } | undefined)?.client;
    if (!adapter || !database || typeof database.prepare !== "function")
      throw new Error("Prisma's SQLite adapter no longer exposes its better-sqlite3 connection (check @prisma/adapter-better-sqlite3)");
    const held = adapter;
    return {
      database,
      begin: async () => {
        const tx = await held.startTransaction();
        return () => tx.commit();
      },
    };
  };
  return { factory, connection };
}

/**
 * A Prisma client for a database URL: a SQLite file, or PostgreSQL through the client generated
 * from prisma/postgres/schema.prisma. Both are generated from the same models, so they share one API.
 */
export function createDb(url: string = env.DATABASE_URL, options: { onQuery?: () => void; backgroundCheckpoints?: boolean } = {}): Db {
  const log = options.onQuery ? [{ emit: "event" as const, level: "query" as const }] : [];
  let client: Db;
  if (databaseProvider(url) === "sqlite") {
    const { factory, connection } = sqliteAdapter(url, options.backgroundCheckpoints ?? false);
    client = new PrismaClient({ adapter: factory, log }) as unknown as Db;
    direct.set(client, sqliteDirectSql(connection(() => client)));
  } else {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    client = new PostgresPrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }), log }) as unknown as Db;
    direct.set(client, postgresDirectSql(pool));
  }
  if (options.onQuery) (client as unknown as { $on: (e: "query", cb: () => void) => void }).$on("query", options.onQuery);
  return client;
}

// One client per process; cached on globalThis so that dev-server reloads reuse it.
const globalForDb = globalThis as unknown as { wenguDb?: Db };
// the app's own client checkpoints its SQLite file in the background (lib/server/sqlite-checkpoints.ts)
export const db: Db = globalForDb.wenguDb ?? createDb(env.DATABASE_URL, { backgroundCheckpoints: true });
if (env.NODE_ENV !== "production") globalForDb.wenguDb = db;

/** Case-insensitive `contains` on both databases (SQLite's LIKE already ignores ASCII case). */
export function containsText(value: string): { contains: string; mode?: "insensitive" } {
  return databaseProvider() === "postgresql" ? { contains: value, mode: "insensitive" } : { contains: value };
}
