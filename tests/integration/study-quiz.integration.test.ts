import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { importBank } from "@/lib/server/bank-import";
import { getAttempt, saveQuizAnswer, startAssignmentQuiz, startDocumentQuiz, submitAttempt } from "@/lib/server/quiz";
import type { StudyUser } from "@/lib/server/study-queue";
import { studentAssignments } from "@/lib/server/student-today";
import { smallBank } from "../fixtures/banks/banks";
import { createTestDb, type TestDb } from "../support/test-db";

let t: TestDb;
const T0 = new Date("2026-03-02T02:00:00Z");
const QUESTIONS = ["q_mcq_belt", "q_tf_road", "q_cloze_declaration", "q_card_spirit"];
let classId = "";
let setId = "";

const userSelect = { id: true, timezone: true, newPerDay: true, reviewsPerDay: true, desiredRetention: true } as const;
const makeUser = (role = "student") =>
  t.db.user.create({ data: { email: `${role}-${randomUUID()}@example.test`, name: role, passwordHash: "x", role }, select: userSelect });

async function enrolledStudent(): Promise<StudyUser> {
  const s = await makeUser();
  await t.db.enrolment.create({ data: { classId, userId: s.id } });
  return s;
}

async function quizAssignment(data: { timeLimitSec?: number | null; maxAttempts?: number | null } = {}) {
  return t.db.assignment.create({
    data: {
      classId,
      setId,
      title: "第一单元测验",
      mode: "quiz",
      opensAt: new Date(T0.getTime() - 86_400_000),
      dueAt: new Date(T0.getTime() + 7 * 86_400_000),
      timeLimitSec: data.timeLimitSec ?? null,
      maxAttempts: data.maxAttempts ?? null,
    },
  });
}

const started = (r: Awaited<ReturnType<typeof startAssignmentQuiz>>) => {
  if (!r.ok) throw new Error(`could not start: ${r.code}`);
  return r.value.attemptId;
};

beforeAll(async () => {
  t = await createTestDb();
  await importBank(t.db, smallBank(), { initialStatus: "active" });
  const teacher = await makeUser("teacher");
  classId = (await t.db.classroom.create({ data: { name: "班级", teacherId: teacher.id, joinCode: `J${randomUUID().slice(0, 7)}` } })).id;
  setId = (
    await t.db.questionSet.create({
      data: { title: "题组", ownerId: teacher.id, items: { create: QUESTIONS.map((questionId, position) => ({ questionId, position })) } },
    })
  ).id;
});
afterAll(async () => t.cleanup());

describe("a quiz from an assignment", () => {
  it("starts once for a double-click, resumes while open, scores at the end and feeds the scheduler", async () => {
    const s = await enrolledStudent();
    const a = await quizAssignment({ maxAttempts: 1, timeLimitSec: 600 });
    const key = randomUUID();
    const [first, second] = await Promise.all([startAssignmentQuiz(t.db, s.id, a.id, key, T0), startAssignmentQuiz(t.db, s.id, a.id, key, T0)]);
    const attemptId = started(first);
    expect(started(second)).toBe(attemptId);
    expect(started(await startAssignmentQuiz(t.db, s.id, a.id, randomUUID(), T0))).toBe(attemptId);
    expect(await t.db.quizAttempt.count({ where: { userId: s.id } })).toBe(1);

    const view = await getAttempt(t.db, s, attemptId, T0);
    expect(view?.questions.map((q) => q.id)).toEqual(QUESTIONS);
    expect(view?.review).toBeNull();
    expect(view?.deadline).toBe(new Date(T0.getTime() + 600_000).toISOString());

    const save = (questionId: string, answer: string | boolean | number) =>
      saveQuizAnswer(t.db, s.id, attemptId, { questionId, answer, durationMs: 3000 }, T0);
    expect(await save("q_mcq_belt", "2014年9月")).toMatchObject({ ok: true });
    expect(await save("q_mcq_belt", "2013年9月")).toMatchObject({ ok: true }); // changed before submitting
    expect(await save("q_tf_road", false)).toMatchObject({ ok: true });
    expect(await save("q_card_spirit", 3)).toMatchObject({ ok: true });
    expect(await save("q_short_trade", "702亿")).toMatchObject({ ok: false, code: "not_found" }); // not in this quiz
    expect(await t.db.reviewLog.count({ where: { userId: s.id } })).toBe(0); // nothing scheduled before submitting

    const [r1, r2] = await Promise.all([submitAttempt(t.db, s, attemptId, T0), submitAttempt(t.db, s, attemptId, T0)]);
    expect(r1).toEqual({ ok: true, value: { score: 0.5, correctCount: 2, total: 4 } });
    expect(r2).toEqual(r1);
    const logs = await t.db.reviewLog.findMany({ where: { userId: s.id }, orderBy: { questionId: "asc" } });
    expect(logs.map((l) => [l.questionId, l.origin, l.attemptId, l.correct, l.rating])).toEqual([
      ["q_card_spirit", "quiz", attemptId, true, 3],
      ["q_mcq_belt", "quiz", attemptId, true, 3],
      ["q_tf_road", "quiz", attemptId, false, 1],
    ]);
    expect(await t.db.card.count({ where: { userId: s.id, reps: 1 } })).toBe(3);
    // each card keeps its first answer, as its log has it (read by the teachers' dashboards)
    const cards = await t.db.card.findMany({
      where: { userId: s.id },
      orderBy: { questionId: "asc" },
      select: { questionId: true, firstReviewedAt: true, firstCorrect: true, firstAnswer: true },
    });
    expect(cards.map((c) => [c.questionId, c.firstReviewedAt?.toISOString(), c.firstCorrect, c.firstAnswer])).toEqual(
      logs.map((l) => [l.questionId, l.reviewedAt.toISOString(), l.correct, l.answer]),
    );

    const review = await getAttempt(t.db, s, attemptId, T0);
    expect(review?.review?.map((r) => [r.question.id, r.correct, r.answered])).toEqual([
      ["q_mcq_belt", true, true],
      ["q_tf_road", false, true],
      ["q_cloze_declaration", false, false],
      ["q_card_spirit", true, true],
    ]);
    expect(review?.review?.[1].expected).toEqual({ type: "boolean", value: true });
    expect(await save("q_cloze_declaration", "西安")).toMatchObject({ ok: false, code: "submitted" });
    expect(await startAssignmentQuiz(t.db, s.id, a.id, randomUUID(), T0)).toMatchObject({ ok: false, code: "no_attempts_left" });
    const [listed] = (await studentAssignments(t.db, s.id, T0)).filter((x) => x.id === a.id);
    expect(listed).toMatchObject({ attempts: 1, bestScore: 0.5, maxAttempts: 1 });
  });

  it("refuses answers after the time limit and submits an expired attempt when it is opened", async () => {
    const s = await enrolledStudent();
    const a = await quizAssignment({ timeLimitSec: 60 });
    const attemptId = started(await startAssignmentQuiz(t.db, s.id, a.id, randomUUID(), T0));
    const startedAt = (await t.db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).startedAt;
    const late = new Date(startedAt.getTime() + 60_000 + 20_000);
    expect(await saveQuizAnswer(t.db, s.id, attemptId, { questionId: "q_tf_road", answer: true, durationMs: 1 }, late)).toMatchObject({
      ok: false,
      code: "time_up",
    });
    const view = await getAttempt(t.db, s, attemptId, late);
    expect(view?.submittedAt).not.toBeNull();
    expect(view?.score).toBe(0);
  });

  it("keeps another student's attempt, and a class the student is not in, out of reach", async () => {
    const s = await enrolledStudent();
    const stranger = await makeUser();
    const a = await quizAssignment();
    const attemptId = started(await startAssignmentQuiz(t.db, s.id, a.id, randomUUID(), T0));
    expect(await getAttempt(t.db, stranger, attemptId, T0)).toBeNull();
    expect(await saveQuizAnswer(t.db, stranger.id, attemptId, { questionId: "q_tf_road", answer: true, durationMs: 1 }, T0)).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await submitAttempt(t.db, stranger, attemptId, T0)).toMatchObject({ ok: false, code: "not_found" });
    expect(await startAssignmentQuiz(t.db, stranger.id, a.id, randomUUID(), T0)).toMatchObject({ ok: false, code: "not_found" });
  });
});

describe("a quiz from a document", () => {
  it("draws distinct facts, no flashcards, and never more than asked", async () => {
    const s = await makeUser();
    const r = await startDocumentQuiz(t.db, s.id, { documentId: "doc_b_sco", count: 20, minutes: 0, key: randomUUID() }, T0);
    if (!r.ok) throw new Error(r.code);
    const view = await getAttempt(t.db, s, r.value.attemptId, T0);
    const qs = await t.db.question.findMany({ where: { id: { in: view!.questions.map((q) => q.id) } } });
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.every((q) => q.documentId === "doc_b_sco" && q.type !== "flashcard")).toBe(true);
    expect(new Set(qs.map((q) => q.siblingKey)).size).toBe(qs.length);
    expect(view?.deadline).toBeNull();
    expect(await startDocumentQuiz(t.db, s.id, { documentId: "nope", count: 5, minutes: 0, key: randomUUID() }, T0)).toMatchObject({
      ok: false,
      code: "not_found",
    });
  });
});
