import "server-only";
/**
 * A student's progress, from grouped queries only (no loop over cards): answers per day,
 * retention by interval, cards by state, the due forecast, mastery per document and per fact
 * kind, the weakest questions. Everything is the signed-in student's own.
 */
import { addDays, dayKey, startOfDay, validTimeZone } from "@/lib/study/day";
import { fillDays, retentionByBucket, type RetentionRow } from "@/lib/study/progress";
import type { Db } from "./db";
import { answersPerDay, duePerDay, masteryBy, type DayCount, type MasteryRow } from "./progress-sql";
import type { StudyUser } from "./study-queue";
import { currentStreak } from "./student-today";

export const HISTORY_DAYS = 60;
export const FORECAST_DAYS = 30;

export interface WeakQuestion {
  questionId: string;
  prompt: string;
  type: string;
  documentId: string;
  sourceStart: number;
  sourceEnd: number;
  lapses: number;
  reps: number;
  answers: number;
  correct: number;
}

export interface Progress {
  streak: number;
  totals: { answers: number; correct: number; cards: number };
  answersPerDay: DayCount[];
  retention: RetentionRow[];
  cardsByState: { state: number; count: number }[];
  forecast: { day: string; count: number }[];
  byDocument: (MasteryRow & { title: string })[];
  byKind: MasteryRow[];
  weakest: WeakQuestion[];
}

export async function studentProgress(db: Db, user: StudyUser, now: Date): Promise<Progress> {
  const zone = validTimeZone(user.timezone);
  const today = dayKey(now, zone);
  const historyStart = addDays(today, -(HISTORY_DAYS - 1));
  const since = startOfDay(new Date(now.getTime() - (HISTORY_DAYS - 1) * 86_400_000), zone);
  const forecastEnd = startOfDay(new Date(now.getTime() + FORECAST_DAYS * 86_400_000), zone);
  const activeCard = { userId: user.id, active: true } as const;

  const [perDay, retentionRows, states, due, byDoc, byKind, mostWrong, totals, streak] = await Promise.all([
    answersPerDay(db, user.id, zone, since, now),
    db.reviewLog.groupBy({ by: ["elapsedDays", "correct"], where: { userId: user.id, state: 2 }, _count: { _all: true } }),
    db.card.groupBy({ by: ["state"], where: activeCard, _count: { _all: true } }),
    duePerDay(db, user.id, zone, now, forecastEnd),
    masteryBy(db, user.id, "documentId"),
    masteryBy(db, user.id, "factKind"),
    // the weakest questions: answered wrong most often
    db.reviewLog.groupBy({
      by: ["questionId"],
      where: { userId: user.id, correct: false, question: { status: "active" } },
      _count: { questionId: true },
      orderBy: [{ _count: { questionId: "desc" } }, { questionId: "asc" }],
      take: 10,
    }),
    db.reviewLog.groupBy({ by: ["correct"], where: { userId: user.id }, _count: { _all: true } }),
    currentStreak(db, user, now),
  ]);

  const weakIds = mostWrong.map((w) => w.questionId);
  const [accuracy, titles, weakCards] = await Promise.all([
    weakIds.length
      ? db.reviewLog.groupBy({ by: ["questionId", "correct"], where: { userId: user.id, questionId: { in: weakIds } }, _count: { _all: true } })
      : Promise.resolve([]),
    db.document.findMany({ where: { id: { in: byDoc.map((d) => d.key ?? "") } }, select: { id: true, title: true } }),
    db.card.findMany({
      where: { userId: user.id, questionId: { in: weakIds } },
      select: {
        questionId: true,
        lapses: true,
        reps: true,
        question: { select: { prompt: true, type: true, documentId: true, sourceStart: true, sourceEnd: true } },
      },
    }),
  ]);
  const acc = new Map<string, { answers: number; correct: number }>();
  for (const a of accuracy) {
    const row = acc.get(a.questionId) ?? { answers: 0, correct: 0 };
    row.answers += a._count._all;
    if (a.correct) row.correct += a._count._all;
    acc.set(a.questionId, row);
  }
  const titleOf = new Map(titles.map((d) => [d.id, d.title]));

  // cards already overdue are due "today"
  const duePerLocalDay = new Map<string, number>();
  for (const d of due) {
    const day = d.day < today ? today : d.day;
    duePerLocalDay.set(day, (duePerLocalDay.get(day) ?? 0) + d.count);
  }
  const forecast = fillDays(
    [...duePerLocalDay].map(([day, count]) => ({ day, count })),
    today,
    FORECAST_DAYS,
    (day) => ({ day, count: 0 }),
  );

  const answers = totals.reduce((n, r) => n + r._count._all, 0);
  return {
    streak,
    totals: {
      answers,
      correct: totals.filter((r) => r.correct).reduce((n, r) => n + r._count._all, 0),
      cards: states.reduce((n, r) => n + r._count._all, 0),
    },
    answersPerDay: fillDays(perDay, historyStart, HISTORY_DAYS, (day) => ({ day, count: 0, correct: 0 })),
    retention: retentionByBucket(retentionRows.map((r) => ({ elapsedDays: r.elapsedDays, correct: r.correct, count: r._count._all }))),
    cardsByState: [0, 1, 2, 3].map((state) => ({ state, count: states.find((s) => s.state === state)?._count._all ?? 0 })),
    forecast,
    byDocument: byDoc
      .map((d) => ({ ...d, title: titleOf.get(d.key ?? "") ?? d.key ?? "" }))
      .sort((a, b) => b.total - a.total),
    byKind: byKind.sort((a, b) => b.total - a.total),
    weakest: weakIds
      .map((id) => weakCards.find((c) => c.questionId === id))
      .filter((c): c is (typeof weakCards)[number] => Boolean(c))
      .map((c) => ({
        questionId: c.questionId,
        prompt: c.question.prompt,
        type: c.question.type,
        documentId: c.question.documentId,
        sourceStart: c.question.sourceStart,
        sourceEnd: c.question.sourceEnd,
        lapses: c.lapses,
        reps: c.reps,
        ...(acc.get(c.questionId) ?? { answers: 0, correct: 0 }),
      })),
  };
}
