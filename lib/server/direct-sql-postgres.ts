import "server-only";
/**
 * DirectSql on PostgreSQL: named (prepared once per connection) statements on the pg pool that
 * Prisma's adapter also uses. PostgreSQL groups concurrent commits on its own.
 */
import pg from "pg";
import { checkChanges, postgresText, type DirectSql, type SqlParam } from "./direct-sql";

const TIMESTAMP = 1114; // timestamp without time zone: Prisma's DateTime, stored in UTC

// pg reads `timestamp` as local time; Prisma's values are UTC
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === TIMESTAMP && format !== "binary"
      ? (value: string) => new Date(`${value.replace(" ", "T")}Z`)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

// a Date bound as text in UTC; a zone suffix on a `timestamp` value is ignored by PostgreSQL
const bind = (p: SqlParam) => (p instanceof Date ? p.toISOString() : p);

const names = new Map<string, string>();
const nameOf = (text: string): string => {
  let name = names.get(text);
  if (!name) names.set(text, (name = `direct_${names.size + 1}`));
  return name;
};

export function postgresDirectSql(pool: pg.Pool): DirectSql {
  const query = (client: pg.Pool | pg.PoolClient, text: string, params: readonly SqlParam[]) =>
    client.query({ name: nameOf(text), text: postgresText(text), values: params.map(bind), types });
  return {
    dialect: "postgresql",
    async all<T>(text: string, params: readonly SqlParam[]): Promise<T[]> {
      return (await query(pool, text, params)).rows as T[];
    },
    async write(steps) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        for (const [i, step] of steps.entries()) checkChanges(steps, i, (await query(client, step.text, step.params)).rowCount ?? 0);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
  };
}
