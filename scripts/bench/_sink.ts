/**
 * Bulk writes for the benchmark data generator: raw INSERTs inside transactions, on SQLite
 * (better-sqlite3, one prepared statement per table) and on PostgreSQL (pg, one multi-row
 * `INSERT … SELECT * FROM unnest($1::text[], $2::int4[], …)` per 5,000 rows: one parameter per
 * column, whatever the row count). Never through Prisma. `insert` may convert the rows it is given in place.
 *
 * Values are given the way Prisma stores them: dates as ISO strings (…Z), booleans as booleans;
 * the SQLite sink writes dates as "2026-03-01T08:00:00.000+00:00" and booleans as 0/1, as
 * Prisma's better-sqlite3 adapter does.
 */
import Database from "better-sqlite3";
import pg from "pg";

export type ColumnType = "text" | "int" | "float" | "bool" | "date";
export interface Column {
  name: string;
  type: ColumnType;
}
export type Value = string | number | boolean | null;

export interface Sink {
  kind: "sqlite" | "postgresql";
  begin(): Promise<void>;
  commit(): Promise<void>;
  insert(table: string, columns: readonly Column[], rows: Value[][]): Promise<void>;
  query<T>(sql: string, params?: Value[]): Promise<T[]>;
  exec(sql: string): Promise<void>;
  /** Drops the secondary indexes of `tables` (primary keys stay); returns the statements that recreate them. */
  dropIndexes(tables: string[]): Promise<string[]>;
  close(): Promise<void>;
}

const q = (name: string) => `"${name}"`;

/** "file:./x.db" → "./x.db" (relative to the working directory, as the app opens it). */
export const sqliteFileOf = (url: string): string => url.replace(/^file:/, "").replace(/\?.*$/, "");

const sqliteValue = (v: Value, type: ColumnType): Value => {
  if (v === null) return null;
  if (type === "bool") return v ? 1 : 0;
  if (type === "date") return (v as string).replace(/Z$/, "+00:00");
  return v;
};

export function sqliteSink(url: string): Sink {
  const sqlite = new Database(sqliteFileOf(url));
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = OFF"); // a bench database: rebuilt from the seed if the machine crashes mid-load
  sqlite.pragma("foreign_keys = OFF"); // rows are consistent by construction; checked by the scale test
  // one prepared single-row INSERT run per row inside the caller's transaction: with better-sqlite3
  // that is the fastest way in (measured here: ~200k rows/s, against ~60k rows/s for 500-row
  // statements, whose 10,000 bound values cost more to bind than the statements they save)
  const statements = new Map<string, Database.Statement>();
  const statement = (table: string, columns: readonly Column[]) => {
    let s = statements.get(table);
    if (!s) {
      s = sqlite.prepare(`INSERT INTO ${q(table)} (${columns.map((c) => q(c.name)).join(",")}) VALUES (${columns.map(() => "?").join(",")})`);
      statements.set(table, s);
    }
    return s;
  };
  return {
    kind: "sqlite",
    begin: async () => void sqlite.exec("BEGIN"),
    commit: async () => void sqlite.exec("COMMIT"),
    async insert(table, columns, rows) {
      const s = statement(table, columns);
      const convert = columns.map((c) => c.type === "bool" || c.type === "date");
      for (const row of rows) {
        for (let c = 0; c < row.length; c++) if (convert[c]) row[c] = sqliteValue(row[c], columns[c].type);
        s.run(row);
      }
    },
    query: async <T>(sql: string, params: Value[] = []) => sqlite.prepare(sql).all(params) as T[],
    exec: async (sql) => void sqlite.exec(sql),
    async dropIndexes(tables) {
      const rows = sqlite
        .prepare(
          `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${tables.map(() => "?").join(",")})`,
        )
        .all(tables) as { name: string; sql: string }[];
      for (const r of rows) sqlite.exec(`DROP INDEX ${q(r.name)}`);
      return rows.map((r) => r.sql);
    },
    async close() {
      sqlite.pragma("synchronous = NORMAL");
      sqlite.pragma("wal_checkpoint(TRUNCATE)");
      sqlite.close();
    },
  };
}

/** "?" placeholders (as on SQLite) → $1, $2, … (our statements have no "?" inside literals). */
const numbered = (sql: string): string => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

const PG_ARRAY: Record<ColumnType, string> = { text: "text[]", int: "int4[]", float: "float8[]", bool: "bool[]", date: "timestamp(3)[]" };

export async function postgresSink(url: string): Promise<Sink> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("SET synchronous_commit = off");
  // foreign keys are triggers on PostgreSQL: skipped for the load where allowed (superuser), as on SQLite
  await client.query("SET session_replication_role = replica").catch(() => undefined);
  return {
    kind: "postgresql",
    begin: async () => void (await client.query("BEGIN")),
    commit: async () => void (await client.query("COMMIT")),
    async insert(table, columns, rows) {
      const per = 5_000;
      const sql =
        `INSERT INTO ${q(table)} (${columns.map((c) => q(c.name)).join(",")}) ` +
        `SELECT * FROM unnest(${columns.map((c, i) => `$${i + 1}::${PG_ARRAY[c.type]}`).join(",")})`;
      for (let i = 0; i < rows.length; i += per) {
        const chunk = rows.slice(i, i + per);
        const arrays = columns.map((_, c) => chunk.map((row) => row[c]));
        await client.query(sql, arrays);
      }
    },
    query: async <T>(sql: string, params: Value[] = []) => (await client.query(numbered(sql), params)).rows as T[],
    exec: async (sql) => void (await client.query(sql)),
    async dropIndexes(tables) {
      const { rows } = await client.query<{ indexname: string; indexdef: string }>(
        `SELECT i.indexname, i.indexdef FROM pg_indexes i
         WHERE i.schemaname = current_schema() AND i.tablename = ANY($1)
           AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname AND c.contype = 'p')`,
        [tables],
      );
      for (const r of rows) await client.query(`DROP INDEX ${q(r.indexname)}`);
      return rows.map((r) => r.indexdef);
    },
    async close() {
      await client.query("RESET session_replication_role").catch(() => undefined);
      await client.end();
    },
  };
}

export const openSink = (url: string): Promise<Sink> => (url.startsWith("file:") ? Promise.resolve(sqliteSink(url)) : postgresSink(url));
