import "server-only";
/**
 * DirectSql on SQLite: better-sqlite3 statements on the connection Prisma's adapter opened, so
 * that there is one connection and one writer in the process. Writes wait for the adapter's
 * transaction lock (the one Prisma's own transactions take), then run synchronously: the writes
 * queued by then share one transaction, each in its own savepoint, and one COMMIT.
 */
import type Database from "better-sqlite3";
import { checkChanges, sqliteTimestamp, type DirectSql, type SqlParam, type WriteStep } from "./direct-sql";

/** What DirectSql needs from Prisma's SQLite adapter: its connection, and its transaction lock. */
export interface SqliteConnection {
  database: Database.Database;
  /** Takes the adapter's transaction lock and runs BEGIN; the returned function only releases the lock. */
  begin(): Promise<() => Promise<void>>;
}

type Bound = string | number | bigint | null;
const bind = (p: SqlParam): Bound => (p instanceof Date ? sqliteTimestamp(p) : typeof p === "boolean" ? (p ? 1 : 0) : p);

interface Pending {
  steps: readonly WriteStep[];
  resolve: () => void;
  reject: (error: unknown) => void;
}

export function sqliteDirectSql(connect: () => Promise<SqliteConnection>): DirectSql {
  const statements = new Map<string, Database.Statement>();
  let connection: SqliteConnection | undefined;
  const connected = async () => (connection ??= await connect());

  const prepared = (db: Database.Database, text: string): Database.Statement => {
    let stmt = statements.get(text);
    if (!stmt) {
      if (statements.size > 500) statements.clear();
      stmt = db.prepare(text);
      if (stmt.reader) stmt.safeIntegers(false);
      statements.set(text, stmt);
    }
    return stmt;
  };
  const run = (db: Database.Database, text: string, params: readonly SqlParam[] = []) =>
    prepared(db, text).run(...params.map(bind)).changes;

  let queue: Pending[] = [];
  let flushing = false;

  async function flush(): Promise<void> {
    const { database: db, begin } = await connected();
    // writes that arrive while waiting for the lock join this batch
    const release = await begin();
    const batch = queue;
    queue = [];
    flushing = false;
    const failed = new Map<Pending, unknown>();
    let commitError: unknown = null;
    try {
      for (const item of batch) {
        run(db, "SAVEPOINT direct_write");
        try {
          runStepsSync(db, item.steps);
          run(db, "RELEASE direct_write");
        } catch (error) {
          run(db, "ROLLBACK TO direct_write");
          run(db, "RELEASE direct_write");
          failed.set(item, error);
        }
      }
      run(db, "COMMIT");
    } catch (error) {
      commitError = error;
      if (db.inTransaction) run(db, "ROLLBACK");
    } finally {
      await release();
    }
    for (const item of batch) {
      if (commitError) item.reject(commitError);
      else if (failed.has(item)) item.reject(failed.get(item));
      else item.resolve();
    }
  }

  function runStepsSync(db: Database.Database, steps: readonly WriteStep[]) {
    for (const [i, step] of steps.entries()) checkChanges(steps, i, run(db, step.text, step.params));
  }

  const all = async <T>(text: string, params: readonly SqlParam[]): Promise<T[]> => {
    const { database } = await connected();
    return prepared(database, text).all(...params.map(bind)) as T[];
  };
  const sql: DirectSql = {
    dialect: "sqlite",
    all,
    async writeThenRead<T>(steps: readonly WriteStep[], text: string, params: readonly SqlParam[]): Promise<T[]> {
      await sql.write(steps);
      return all<T>(text, params);
    },
    write(steps) {
      return new Promise<void>((resolve, reject) => {
        queue.push({ steps, resolve, reject });
        if (!flushing) {
          flushing = true;
          setImmediate(() =>
            void flush().catch((error: unknown) => {
              // no connection or no lock: nothing was written
              flushing = false;
              for (const p of queue.splice(0)) p.reject(error);
            }),
          );
        }
      });
    },
  };
  return sql;
}
