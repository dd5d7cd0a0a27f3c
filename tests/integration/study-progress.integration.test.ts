import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { importBank } from "@/lib/server/bank-import";
import { studentProgress } from "@/lib/server/progress";
import { answerQuestion } from "@/lib/server/study-answer";
import { ensureDeck } from "@/lib/server/study-deck";
import type { StudyUser } from "@/lib/server/study-queue";
import { getDocument, listDocuments, timeline } from "@/lib/server/student-documents";
import { currentStreak, todaySummary } from "@/lib/server/student-today";
import { smallBank } from "../fixtures/banks/banks";
import { createTestDb, type TestDb } from "../support/test-db";

let t: TestDb;
const DAY = 86_400_000;
const T0 = new Date("2026-03-02T02:00:00Z"); // 10:00 in Shanghai

const userSelect = { id: true, timezone: true, newPerDay: true, reviewsPerDay: true, desiredRetention: true } as const;
const makeStudent = (): Promise<StudyUser> =>
  t.db.user.create({ data: { email: `s-${randomUUID()}@example.test`, name: "学生", passwordHash: "x" }, select: userSelect });

async function answer(s: StudyUser, questionId: string, given: string | boolean | number, at: Date) {
  const r = await answerQuestion(t.db, s, { questionId, answer: given, durationMs: 3000, idempotencyKey: randomUUID() }, at);
  if (!r.ok) throw new Error(r.code);
  return r.value.result;
}

beforeAll(async () => {
  t = await createTestDb();
  await importBank(t.db, smallBank(), { initialStatus: "active" });
});
afterAll(async () => t.cleanup());

describe("progress", () => {
  it("counts answers per local day, the streak, states, the forecast, mastery and the weakest questions", async () => {
    const s = await makeStudent();
    await ensureDeck(t.db, s.id, T0);
    await answer(s, "q_mcq_belt", "2013年9月", T0);
    await answer(s, "q_tf_road", false, T0); // wrong
    await answer(s, "q_tf_road", false, new Date(T0.getTime() + DAY)); // wrong again, the next day
    await answer(s, "q_mcq_weak", "永久全面战略伙伴关系", new Date(T0.getTime() + 2 * DAY));
    const now = new Date(T0.getTime() + 2 * DAY + 60_000);

    expect(await currentStreak(t.db, s, now)).toBe(3);
    // a day without answers breaks the streak; today not yet answered keeps yesterday's
    expect(await currentStreak(t.db, s, new Date(now.getTime() + DAY))).toBe(3);
    expect(await currentStreak(t.db, s, new Date(now.getTime() + 2 * DAY))).toBe(0);

    const p = await studentProgress(t.db, s, now);
    expect(p.totals).toEqual({ answers: 4, correct: 2, cards: 10 });
    const days = p.answersPerDay.filter((d) => d.count > 0);
    expect(days).toEqual([
      { day: "2026-03-02", count: 2, correct: 1 },
      { day: "2026-03-03", count: 1, correct: 0 },
      { day: "2026-03-04", count: 1, correct: 1 },
    ]);
    expect(p.answersPerDay).toHaveLength(60);
    expect(p.answersPerDay.at(-1)?.day).toBe("2026-03-04");
    expect(p.cardsByState.find((c) => c.state === 0)?.count).toBe(7);
    expect(p.cardsByState.reduce((n, c) => n + c.count, 0)).toBe(10);
    expect(p.forecast).toHaveLength(30);
    expect(p.forecast.reduce((n, d) => n + d.count, 0)).toBe(3); // every card not new is due somewhere in 30 days
    const docA = p.byDocument.find((d) => d.key === "doc_a_cooperation");
    expect(docA).toMatchObject({ title: "中国与中亚合作大事记", studied: 2 });
    expect(p.byDocument.reduce((n, d) => n + d.total, 0)).toBe(10);
    expect(p.byKind.reduce((n, d) => n + d.total, 0)).toBe(10);
    expect(p.weakest[0]).toMatchObject({ questionId: "q_tf_road", answers: 2, correct: 0 });
    expect(p.weakest.map((w) => w.questionId)).not.toContain("q_mcq_belt");
  });

  it("counts only the student's own answers", async () => {
    const a = await makeStudent();
    const b = await makeStudent();
    await ensureDeck(t.db, a.id, T0);
    await ensureDeck(t.db, b.id, T0);
    await answer(a, "q_mcq_belt", "2013年9月", T0);
    const pb = await studentProgress(t.db, b, T0);
    expect(pb.totals.answers).toBe(0);
    expect(pb.weakest).toEqual([]);
    const today = await todaySummary(t.db, b, T0);
    expect(today).toMatchObject({ streak: 0, counts: { answeredToday: 0, new: 10, due: 0 } });
  });
});

describe("documents a student may read", () => {
  it("lists the shared corpus, hides a teacher's private document, and shows its timeline only when readable", async () => {
    const teacher = await t.db.user.create({ data: { email: `t-${randomUUID()}@example.test`, name: "老师", passwordHash: "x", role: "teacher" } });
    const bank = smallBank();
    bank.documents = bank.documents.slice(0, 1).map((d) => ({ ...d, id: "doc_private" }));
    bank.facts = bank.facts.filter((f) => f.documentId === "doc_a_cooperation").map((f) => ({ ...f, id: `${f.id}_p`, documentId: "doc_private" }));
    bank.questions = bank.questions
      .filter((q) => q.source.documentId === "doc_a_cooperation")
      .map((q) => ({ ...q, id: `${q.id}_p`, factIds: q.factIds.filter((f) => f.startsWith("f_a")).map((f) => `${f}_p`), source: { ...q.source, documentId: "doc_private" } }));
    await importBank(t.db, bank, { ownerId: teacher.id, initialStatus: "active" });
    const s = await makeStudent();
    expect((await listDocuments(t.db, s.id)).map((d) => d.id).sort()).toEqual(["doc_a_cooperation", "doc_b_sco"]);
    expect(await getDocument(t.db, s.id, "doc_private")).toBeNull();
    const doc = await getDocument(t.db, s.id, "doc_a_cooperation");
    expect(doc?.rawText.length).toBeGreaterThan(0);
    expect(doc?.questions.every((q) => !("payload" in q))).toBe(true);
    const events = await timeline(t.db, s.id);
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.documentId !== "doc_private")).toBe(true);
    expect(events.map((e) => e.iso)).toEqual([...events.map((e) => e.iso)].sort());
  });
});
