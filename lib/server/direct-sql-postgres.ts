import "server-only";
/**
 * DirectSql on PostgreSQL: named (prepared once per connection) statements on the pg pool that
 * Prisma's adapter also uses. PostgreSQL groups concurrent commits on its own.
 *
 * A write of several steps is sent as one statement, each step a data-modifying WITH query and the
 * rows each changed checked by wengu_expect_changes (migration write_checks), which fails the whole
 * statement when one is off: a single statement is all or nothing, and costs one round trip where
 * BEGIN, the steps and COMMIT would cost one each.
 */
import pg from "pg";
import { postgresText, UnexpectedChanges, type DirectSql, type SqlParam, type WriteStep } from "./direct-sql";

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

const EXPECT_FAILED = "WG001";

const combined = new Map<string, string>();
/**
 * The steps as one statement (their texts only: the parameters are the steps' own, in order), and
 * then `read`'s rows, with the checks of the steps beside each row (parameters after the steps').
 */
function asOneStatement(steps: readonly WriteStep[], read?: string): string {
  const key = `${steps.map((s) => `${s.text}\u0000${s.changes ?? ""}`).join("\u0001")}\u0002${read ?? ""}`;
  let text = combined.get(key);
  if (!text) {
    const parts = steps.map((s, i) => `s${i} AS (${s.text} RETURNING 1)`);
    const checks = steps.flatMap((s, i) =>
      s.changes === undefined ? [] : [`"wengu_expect_changes"(${i}, (SELECT COUNT(*) FROM s${i}), ${s.changes})`],
    );
    const checked = `${checks.length ? checks.join(" + ") : "0"} AS "checked"`;
    text = `WITH ${parts.join(",\n")}\nSELECT ${read ? `r.*, ${checked} FROM (${read}) AS r` : checked}`;
    combined.set(key, text);
  }
  return text;
}

/** wengu_expect_changes's error as UnexpectedChanges; anything else as it is. */
function unexpectedChanges(error: unknown): unknown {
  const { code, detail } = error as { code?: unknown; detail?: unknown };
  if (code !== EXPECT_FAILED || typeof detail !== "string") return error;
  const [step, changed] = detail.split(",").map(Number);
  return new UnexpectedChanges(step, changed);
}

export function postgresDirectSql(pool: pg.Pool): DirectSql {
  // a client taken and given back around each statement: pool.query, which does the same with
  // callbacks, served 300 answers/s where this serves 500 (two servers, 50 students; docs/benchmarks.md)
  const query = async (text: string, params: readonly SqlParam[]) => {
    const client = await pool.connect();
    try {
      return await client.query({ name: nameOf(text), text: postgresText(text), values: params.map(bind), types });
    } finally {
      client.release();
    }
  };
  return {
    dialect: "postgresql",
    async all<T>(text: string, params: readonly SqlParam[]): Promise<T[]> {
      return (await query(text, params)).rows as T[];
    },
    async write(steps) {
      try {
        await query(asOneStatement(steps), steps.flatMap((s) => s.params));
      } catch (error) {
        throw unexpectedChanges(error);
      }
    },
    async writeThenRead<T>(steps: readonly WriteStep[], text: string, params: readonly SqlParam[]): Promise<T[]> {
      try {
        return (await query(asOneStatement(steps, text), [...steps.flatMap((s) => s.params), ...params])).rows as T[];
      } catch (error) {
        throw unexpectedChanges(error);
      }
    },
  };
}
