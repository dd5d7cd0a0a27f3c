/**
 * The benchmark data generator (scripts/bench/_data.ts) at a tiny size, on SQLite or PostgreSQL
 * (whichever the integration run uses): the rows hang together, the FSRS states are exactly the
 * scheduler's for each history, the same seed gives the same rows, and the app's services work on them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fillDatabase, studentEmail, type GenerateStats } from "@/scripts/bench/_data";
import { newCardState, parseCardState, scheduleReview, type RatingValue } from "@/lib/scheduler/fsrs";
import { answerQuestion } from "@/lib/server/study-answer";
import { nextQuestion } from "@/lib/server/study-queue";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

const BANK = "tests/fixtures/banks/small.json";
const NOW = new Date("2026-03-02T00:00:00.000Z");
const SIZE = { students: 4, cards: 12, reviews: 6, classSize: 3, seed: 3, now: NOW, bank: BANK };

let a: TestDb;
let b: TestDb;
let stats: GenerateStats;

beforeAll(async () => {
  a = await createTestDb();
  b = await createTestDb();
  stats = await fillDatabase(a.url, SIZE);
});
afterAll(async () => {
  await a?.cleanup();
  await b?.cleanup();
});

describe("bench data generator", () => {
  it("writes the sizes asked for, with what there is when the bank is smaller", async () => {
    const active = await a.db.question.count({ where: { status: "active" } });
    expect(active).toBeLessThan(SIZE.cards);
    expect(stats.questions).toBe(active);
    expect(stats.note).toContain(`${active} active questions`);
    expect(await a.db.user.count({ where: { role: "student" } })).toBe(4);
    expect(await a.db.classroom.count()).toBe(2); // classes of 3: 3 + 1
    expect(await a.db.enrolment.count()).toBe(4);
    expect(await a.db.card.count()).toBe(4 * active);
    expect(await a.db.reviewLog.count()).toBe(4 * active * SIZE.reviews);
    expect(stats.reviewLogs).toBe(4 * active * SIZE.reviews);
    // every carded question is in an assigned set; everyone submitted the closed quiz
    const assigned = await a.db.questionSetItem.findMany({ where: { set: { assignments: { some: {} } } }, select: { questionId: true } });
    expect(new Set(assigned.map((x) => x.questionId)).size).toBe(active);
    expect(await a.db.quizAttempt.count({ where: { submittedAt: { not: null } } })).toBe(4);
    expect(await a.db.user.findUnique({ where: { email: studentEmail(0) } })).not.toBeNull();
  });

  it("gives every card the FSRS state its history leads to, and keeps all dates before the anchor", async () => {
    const cards = await a.db.card.findMany({
      include: { reviewLogs: { orderBy: [{ reviewedAt: "asc" }, { id: "asc" }] } },
    });
    for (const card of cards) {
      expect(card.reviewLogs).toHaveLength(SIZE.reviews);
      let state = newCardState(card.reviewLogs[0].reviewedAt);
      for (const log of card.reviewLogs) {
        expect(log.userId).toBe(card.userId);
        expect(log.questionId).toBe(card.questionId);
        expect(log.reviewedAt.getTime()).toBeLessThan(NOW.getTime());
        // the log holds the state before the answer, `after` the state after it
        expect(log.state).toBe(state.state);
        expect(log.stability).toBeCloseTo(state.stability, 6);
        const next = scheduleReview(state, log.rating as RatingValue, log.reviewedAt, { desiredRetention: 0.9 }).card;
        const after = parseCardState(log.after)!;
        expect(after.due.getTime()).toBe(next.due.getTime());
        expect(after.stability).toBeCloseTo(next.stability, 6);
        expect(after.reps).toBe(next.reps);
        expect(log.correct).toBe(log.rating > 1);
        state = next;
      }
      expect(card.due.getTime()).toBe(state.due.getTime());
      expect(card.state).toBe(state.state);
      expect(card.reps).toBe(state.reps);
      expect(card.lapses).toBe(state.lapses);
      expect(card.lastReview?.getTime()).toBe(state.lastReview?.getTime());
    }
  });

  it("gives every card its first answer, as its earliest log has it", async () => {
    const cards = await a.db.card.findMany({
      select: { firstReviewedAt: true, firstCorrect: true, firstAnswer: true, reviewLogs: { orderBy: { reviewedAt: "asc" }, take: 1, select: { reviewedAt: true, correct: true, answer: true } } },
    });
    expect(cards.length).toBeGreaterThan(0);
    for (const c of cards) {
      const [log] = c.reviewLogs;
      expect([c.firstReviewedAt?.toISOString(), c.firstCorrect, c.firstAnswer]).toEqual([log.reviewedAt.toISOString(), log.correct, log.answer]);
    }
  });

  it("gives the same rows for the same seed", async () => {
    await fillDatabase(b.url, SIZE);
    const dump = (t: TestDb) =>
      t.db.reviewLog.findMany({
        orderBy: { id: "asc" },
        select: { id: true, userId: true, cardId: true, questionId: true, rating: true, answer: true, after: true, reviewedAt: true, durationMs: true },
      });
    expect(await dump(b)).toEqual(await dump(a));
  });

  it("is data the app's services work on", async () => {
    const user = await a.db.user.findUniqueOrThrow({
      where: { email: studentEmail(1) },
      select: { id: true, timezone: true, newPerDay: true, reviewsPerDay: true, desiredRetention: true },
    });
    const now = new Date(NOW.getTime() + 3_600_000);
    const queue = await nextQuestion(a.db, user, now);
    const card = await a.db.card.findFirstOrThrow({ where: { userId: user.id }, select: { questionId: true } });
    const questionId = queue.item?.question.id ?? card.questionId;
    const before = await a.db.reviewLog.count({ where: { userId: user.id } });
    const out = await answerQuestion(a.db, user, { questionId, answer: 3, durationMs: 4_000, idempotencyKey: "scale-test-1" }, now);
    expect(out.ok).toBe(true);
    expect(await a.db.reviewLog.count({ where: { userId: user.id } })).toBe(before + 1);
  });
});
