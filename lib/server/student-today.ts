import "server-only";
/** The student's home: what is due, what is new today, assignments with due dates, the streak. */
import { dayKey, streakLength, validTimeZone } from "@/lib/study/day";
import type { QueueCounts } from "@/lib/study/types";
import type { Db } from "./db";
import { answersPerDay } from "./progress-sql";
import { ensureDeck } from "./study-deck";
import { queueCounts, type StudyUser } from "./study-queue";

export interface TodayAssignment {
  id: string;
  title: string;
  className: string;
  mode: string;
  dueAt: Date;
  overdue: boolean;
  /** Questions in the set (active ones). */
  total: number;
  /** Practice: questions of the set the student has answered at least once. */
  done: number;
  /** Quiz: submitted attempts, the limit, and the best score (0..1). */
  attempts: number;
  maxAttempts: number | null;
  bestScore: number | null;
  timeLimitSec: number | null;
}

export interface TodaySummary {
  counts: QueueCounts;
  streak: number;
  assignments: TodayAssignment[];
}

/** Assignments of the student's classes that are open, due within the last week or later. */
export async function studentAssignments(db: Db, userId: string, now: Date, { includePast = false } = {}): Promise<TodayAssignment[]> {
  const rows = await db.assignment.findMany({
    where: {
      class: { archivedAt: null, enrolments: { some: { userId } } },
      opensAt: { lte: now },
      ...(includePast ? {} : { dueAt: { gte: new Date(now.getTime() - 7 * 86_400_000) } }),
    },
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    take: 50,
    select: {
      id: true,
      title: true,
      mode: true,
      dueAt: true,
      timeLimitSec: true,
      maxAttempts: true,
      setId: true,
      class: { select: { name: true } },
      set: { select: { _count: { select: { items: { where: { question: { status: "active" } } } } } } },
      attempts: { where: { userId, submittedAt: { not: null } }, select: { score: true } },
    },
  });
  const practiceSets = [...new Set(rows.filter((r) => r.mode === "practice").map((r) => r.setId))];
  const doneBySet = new Map<string, number>();
  await Promise.all(
    practiceSets.map(async (setId) => {
      const done = await db.questionSetItem.count({
        where: { setId, question: { status: "active", cards: { some: { userId, state: { not: 0 } } } } },
      });
      doneBySet.set(setId, done);
    }),
  );
  return rows.map((r) => {
    const scores = r.attempts.map((a) => a.score).filter((s): s is number => s !== null);
    return {
      id: r.id,
      title: r.title,
      className: r.class.name,
      mode: r.mode,
      dueAt: r.dueAt,
      overdue: r.dueAt.getTime() < now.getTime(),
      total: r.set._count.items,
      done: doneBySet.get(r.setId) ?? 0,
      attempts: r.attempts.length,
      maxAttempts: r.maxAttempts,
      bestScore: scores.length ? Math.max(...scores) : null,
      timeLimitSec: r.timeLimitSec,
    };
  });
}

/** Days in a row with at least one answer, up to today (in the student's time zone). */
export async function currentStreak(db: Db, user: Pick<StudyUser, "id" | "timezone">, now: Date): Promise<number> {
  const zone = validTimeZone(user.timezone);
  const days = await answersPerDay(db, user.id, zone, new Date(now.getTime() - 400 * 86_400_000), now);
  return streakLength(
    days.map((d) => d.day),
    dayKey(now, zone),
  );
}

export async function todaySummary(db: Db, user: StudyUser, now: Date): Promise<TodaySummary> {
  await ensureDeck(db, user.id, now);
  const [counts, streak, assignments] = await Promise.all([
    queueCounts(db, user, now),
    currentStreak(db, user, now),
    studentAssignments(db, user.id, now),
  ]);
  return { counts, streak, assignments };
}
