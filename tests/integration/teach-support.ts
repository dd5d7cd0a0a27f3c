/** Shared set-up for the teaching integration tests: people of each role. */
import type { Db } from "@/lib/server/db";
import type { Actor } from "@/lib/teaching/actor";
import type { Role } from "@/lib/domain/constants";

let counter = 0;

export async function makeUser(db: Db, role: Role, name = `${role}-${++counter}`): Promise<Actor & { name: string; email: string }> {
  const email = `${name.toLowerCase().replace(/[^a-z0-9]/g, "")}-${++counter}@test.wengu`;
  const user = await db.user.create({ data: { email, name, passwordHash: "x", role }, select: { id: true, role: true } });
  return { id: user.id, role: user.role as Role, name, email };
}

/** A teacher's own (private) document with `count` mcq questions, created directly. */
export async function makePrivateDocument(db: Db, ownerId: string, id: string, count = 2, { shared = false } = {}) {
  const rawText = Array.from({ length: count }, (_, i) => `第${i + 1}句：${2001 + i}年，某事发生。`).join("\n");
  await db.document.create({ data: { id, title: `私有文献 ${id}`, sha256: "0".repeat(64), rawText, ownerId, shared, status: "ready" } });
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const qid = `q_${id}_${i}`;
    ids.push(qid);
    await db.question.create({
      data: {
        id: qid,
        documentId: id,
        type: "mcq",
        prompt: `${id} 第${i + 1}句的事发生在哪一年？`,
        payload: JSON.stringify({ options: [`${2001 + i}年`, `${1990 + i}年`], answer: `${2001 + i}年` }),
        sourceStart: 0,
        sourceEnd: 5,
        sourceQuote: rawText.slice(0, 5),
        factKind: "date",
        status: "draft",
      },
    });
  }
  return ids;
}

let logKey = 0;

/**
 * A student's history on one question: a card (state/stability as given) and one review log per
 * answer, `answers[i]` right or wrong, a day apart from `start`; the first while the card was new.
 */
export async function study(
  db: Db,
  userId: string,
  questionId: string,
  answers: { correct: boolean; answer?: unknown }[],
  { start = new Date("2026-09-01T02:00:00Z"), state = 2, stability = 30 }: { start?: Date; state?: number; stability?: number } = {},
) {
  const last = new Date(start.getTime() + (answers.length - 1) * 86_400_000);
  const first = answers[0];
  const card = await db.card.create({
    data: {
      userId,
      questionId,
      due: new Date(last.getTime() + 86_400_000),
      reps: answers.length,
      state,
      stability,
      lastReview: answers.length ? last : null,
      // the first answer, as the write path keeps it (lib/server/study-sql.ts)
      ...(first ? { firstReviewedAt: start, firstCorrect: first.correct, firstAnswer: JSON.stringify(first.answer ?? (first.correct ? "对" : "错")) } : {}),
    },
  });
  if (answers.length)
    await db.reviewLog.createMany({
      data: answers.map((a, i) => ({
        userId,
        cardId: card.id,
        questionId,
        idempotencyKey: `k${++logKey}`,
        rating: a.correct ? 3 : 1,
        correct: a.correct,
        answer: JSON.stringify(a.answer ?? (a.correct ? "对" : "错")),
        state: i === 0 ? 0 : 2,
        due: start,
        stability: 1,
        difficulty: 5,
        elapsedDays: i,
        lastElapsedDays: 0,
        scheduledDays: 1,
        learningSteps: 0,
        after: "{}",
        reviewedAt: new Date(start.getTime() + i * 86_400_000),
      })),
    });
  return card;
}
