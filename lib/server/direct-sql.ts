import "server-only";
/**
 * Plain SQL straight to the database driver, for the statements that run on every request: the
 * signed-in user, and practice (answer → next question). Everything else goes through Prisma.
 *
 * Why: Prisma compiles every query, raw ones too, before it runs (a few tenths of a millisecond
 * each), and on SQLite each commit blocks the whole process (with WENGU_SQLITE_SYNC=full, for an
 * fsync of a few milliseconds). Here statements are prepared once and run on the app's own
 * connection (SQLite) or pool (PostgreSQL); on SQLite the writes that arrive together are
 * committed together (one COMMIT, one fsync at most, for the batch), and on PostgreSQL a write of
 * several steps is one statement.
 *
 * The SQL text is the same for both databases, written with `?` placeholders.
 */
import type { Dialect } from "./progress-sql";

export type SqlParam = string | number | boolean | null | Date;

export interface WriteStep {
  text: string;
  params: readonly SqlParam[];
  /** How many rows the step must change; otherwise the whole write is undone and throws UnexpectedChanges. */
  changes?: number;
}

export class UnexpectedChanges extends Error {
  constructor(
    readonly step: number,
    readonly changed: number,
  ) {
    super(`write step ${step} changed ${changed} rows`);
  }
}

export interface DirectSql {
  readonly dialect: Dialect;
  /** The rows of a read. */
  all<T>(text: string, params: readonly SqlParam[]): Promise<T[]>;
  /** Runs the steps in one transaction: all of them or none. */
  write(steps: readonly WriteStep[]): Promise<void>;
  /**
   * write, then a read: on PostgreSQL in one statement, whose read sees the database as it was
   * before the write (the caller accounts for what the write changes); on SQLite one after the other.
   */
  writeThenRead<T>(steps: readonly WriteStep[], text: string, params: readonly SqlParam[]): Promise<T[]>;
}

/** Something that runs one statement and says how many rows it changed (a driver, or a Prisma transaction). */
export type StepRunner = (text: string, params: readonly SqlParam[]) => Promise<number> | number;

/** Throws UnexpectedChanges when step i of a write changed another number of rows than it must. */
export function checkChanges(steps: readonly WriteStep[], i: number, changed: number): void {
  const expected = steps[i].changes;
  if (expected !== undefined && changed !== expected) throw new UnexpectedChanges(i, changed);
}

/** Runs write steps one after the other, checking the rows each changed. */
export async function runSteps(run: StepRunner, steps: readonly WriteStep[]): Promise<void> {
  for (const [i, step] of steps.entries()) checkChanges(steps, i, await run(step.text, step.params));
}

const numbered = new Map<string, string>();

/** `?` placeholders as PostgreSQL's `$1, $2, …` (the statements here have no `?` inside literals). */
export function postgresText(text: string): string {
  let out = numbered.get(text);
  if (out === undefined) {
    let n = 0;
    out = text.replace(/\?/g, () => `$${++n}`);
    numbered.set(text, out);
  }
  return out;
}

/** SQLite stores Prisma's DateTime as ISO text with "+00:00", and compares it as text (progress-sql's timestampParam too). */
export const sqliteTimestamp = (date: Date): string => date.toISOString().replace("Z", "+00:00");

/** Decoders for values that come back differently from each driver. */
export const asDate = (v: unknown): Date => (v instanceof Date ? v : new Date(v as string | number));
export const asNumber = (v: unknown): number => Number(v);
export const asBoolean = (v: unknown): boolean => v === true || v === 1 || v === 1n || v === "1" || v === "t";

/** A Prisma client or transaction, for running write steps inside a Prisma transaction. */
export interface RawExecutor {
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
}

/** Runs steps' statements through Prisma (a Prisma transaction that writes more than DirectSql's steps). */
export const prismaStepRunner =
  (tx: RawExecutor, dialect: Dialect): StepRunner =>
  (text, params) =>
    tx.$executeRawUnsafe(
      dialect === "postgresql" ? postgresText(text) : text,
      ...params.map((p) => (dialect === "sqlite" && p instanceof Date ? sqliteTimestamp(p) : p)),
    );
