import "server-only";
/**
 * The few grouped queries Prisma cannot express (grouping by the learner's calendar day), in SQL
 * that runs on SQLite and PostgreSQL. Prisma stores SQLite DateTimes as ISO text
 * ("2026-03-01T08:00:00.000+00:00") and PostgreSQL ones as UTC timestamps.
 */
import { Prisma } from "@prisma/client";
import { databaseProvider } from "@/lib/env";
import { offsetMinutes, validTimeZone } from "@/lib/study/day";
import type { Db } from "./db";
import { sqliteTimestamp } from "./direct-sql";

export type Dialect = "sqlite" | "postgresql";

export function dialectOf(db: Db): Dialect {
  const provider = (db as unknown as { _activeProvider?: string })._activeProvider;
  if (provider === "postgresql" || provider === "postgres") return "postgresql";
  if (provider === "sqlite") return "sqlite";
  return databaseProvider();
}

/** A DateTime parameter compared with stored values (SQLite compares ISO text). */
export function timestampParam(date: Date, dialect: Dialect): Date | string {
  return dialect === "sqlite" ? sqliteTimestamp(date) : date;
}

/**
 * The learner's calendar day of a DateTime column, as "YYYY-MM-DD". On SQLite the zone's offset
 * at `at` is used for every row (a daylight-saving change shifts rows near midnight by an hour);
 * PostgreSQL converts each row with the zone's rules.
 */
export function localDaySql(column: Prisma.Sql, timeZone: string, at: Date, dialect: Dialect): Prisma.Sql {
  const zone = validTimeZone(timeZone);
  if (dialect === "postgresql") return Prisma.sql`to_char((${column} AT TIME ZONE 'UTC') AT TIME ZONE ${zone}, 'YYYY-MM-DD')`;
  return Prisma.sql`strftime('%Y-%m-%d', ${column}, ${`${offsetMinutes(at, zone)} minutes`})`;
}

export interface DayCount {
  day: string;
  count: number;
  correct: number;
}

/** Answers per local day since `since` (with how many were right). */
export async function answersPerDay(db: Db, userId: string, timeZone: string, since: Date, at: Date): Promise<DayCount[]> {
  const d = dialectOf(db);
  const day = localDaySql(Prisma.raw(`"reviewedAt"`), timeZone, at, d);
  const rows = await db.$queryRaw<{ day: string; n: bigint | number; ok: bigint | number | null }[]>(Prisma.sql`
    SELECT ${day} AS day, COUNT(*) AS n, SUM(CASE WHEN "correct" THEN 1 ELSE 0 END) AS ok
    FROM "ReviewLog"
    WHERE "userId" = ${userId} AND "reviewedAt" >= ${timestampParam(since, d)}
    GROUP BY 1 ORDER BY 1`);
  return rows.map((r) => ({ day: r.day, count: Number(r.n), correct: Number(r.ok ?? 0) }));
}

/** Cards due per local day from `from` to `to` (cards already due count on the first day). */
export async function duePerDay(db: Db, userId: string, timeZone: string, from: Date, to: Date): Promise<{ day: string; count: number }[]> {
  const d = dialectOf(db);
  const day = localDaySql(Prisma.raw(`c."due"`), timeZone, from, d);
  const rows = await db.$queryRaw<{ day: string; n: bigint | number }[]>(Prisma.sql`
    SELECT ${day} AS day, COUNT(*) AS n
    FROM "Card" c
    WHERE c."userId" = ${userId} AND c."active" = TRUE AND c."state" <> 0 AND c."due" < ${timestampParam(to, d)}
    GROUP BY 1 ORDER BY 1`);
  return rows.map((r) => ({ day: r.day, count: Number(r.n) }));
}

export interface MasteryRow {
  key: string | null;
  total: number;
  studied: number;
  mastered: number;
}

/** A card counts as mastered once in review with a stability of three weeks or more. */
export const MASTERED_STABILITY_DAYS = 21;

/** The student's cards of active questions per document or per fact kind. */
export async function masteryBy(db: Db, userId: string, by: "documentId" | "factKind"): Promise<MasteryRow[]> {
  const column = Prisma.raw(by === "documentId" ? `q."documentId"` : `q."factKind"`);
  const rows = await db.$queryRaw<{ key: string | null; total: bigint | number; studied: bigint | number; mastered: bigint | number }[]>(Prisma.sql`
    SELECT ${column} AS key, COUNT(*) AS total,
      SUM(CASE WHEN c."state" <> 0 THEN 1 ELSE 0 END) AS studied,
      SUM(CASE WHEN c."state" = 2 AND c."stability" >= ${MASTERED_STABILITY_DAYS} THEN 1 ELSE 0 END) AS mastered
    FROM "Card" c JOIN "Question" q ON q."id" = c."questionId"
    WHERE c."userId" = ${userId} AND c."active" = TRUE
    GROUP BY 1`);
  return rows.map((r) => ({ key: r.key, total: Number(r.total), studied: Number(r.studied), mastered: Number(r.mastered) }));
}
