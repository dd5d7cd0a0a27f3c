import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { importBank } from "@/lib/server/bank-import";
import { changeQuestionStatus } from "@/lib/server/question-status";
import { answerQuestion } from "@/lib/server/study-answer";
import { ensureDeck, studyDocument } from "@/lib/server/study-deck";
import { nextQuestion, queueCounts, type StudyUser } from "@/lib/server/study-queue";
import type { AnswerInput } from "@/lib/study/answer";
import { smallBank } from "../fixtures/banks/banks";
import { createTestDb, type TestDb } from "../support/test-db";

let t: TestDb;
const T0 = new Date("2026-03-02T02:00:00Z"); // 10:00 in Shanghai

async function makeStudent(overrides: Partial<StudyUser> = {}): Promise<StudyUser> {
  const u = await t.db.user.create({
    data: { email: `s-${randomUUID()}@example.test`, name: "学生", passwordHash: "x", ...overrides },
    select: { id: true, timezone: true, newPerDay: true, reviewsPerDay: true, desiredRetention: true },
  });
  await ensureDeck(t.db, u.id, T0);
  return u;
}

const answer = (questionId: string, given: AnswerInput["answer"], extra: Partial<AnswerInput> = {}): AnswerInput => ({
  questionId,
  answer: given,
  durationMs: 4_000,
  idempotencyKey: randomUUID(),
  ...extra,
});

async function answerOk(user: StudyUser, input: AnswerInput, now = T0) {
  const r = await answerQuestion(t.db, user, input, now);
  if (!r.ok) throw new Error(`answer failed: ${r.code}`);
  return r.value;
}

const logsOf = (userId: string) => t.db.reviewLog.findMany({ where: { userId }, orderBy: { reviewedAt: "asc" } });

beforeAll(async () => {
  t = await createTestDb();
  await importBank(t.db, smallBank(), { initialStatus: "active" });
});
afterAll(async () => t.cleanup());

describe("the deck", () => {
  it("gives a new student one card per active question of the shared corpus", async () => {
    const s = await makeStudent();
    const cards = await t.db.card.findMany({ where: { userId: s.id } });
    expect(cards).toHaveLength(10);
    expect(cards.every((c) => c.state === 0 && c.reps === 0)).toBe(true);
    // a second call makes nothing more
    expect((await ensureDeck(t.db, s.id, T0)).created).toBe(0);
    const counts = await queueCounts(t.db, s, T0);
    expect(counts).toEqual({ due: 0, new: 10, answeredToday: 0 });
  });

  it("puts the questions of a document the student chose to study first", async () => {
    const s = await makeStudent();
    expect(await studyDocument(t.db, s.id, "doc_b_sco", T0)).toBeGreaterThan(0);
    const next = await nextQuestion(t.db, s, T0);
    expect(next.item?.question.documentId).toBe("doc_b_sco");
    expect(await studyDocument(t.db, s.id, "no_such_doc", T0)).toBeNull();
  });
});

describe("practice assignments", () => {
  it("add their questions to the deck, even from a teacher's own document, and put them first", async () => {
    const teacher = await t.db.user.create({ data: { email: `t-${randomUUID()}@example.test`, name: "老师", passwordHash: "x", role: "teacher" } });
    const bank = smallBank();
    bank.documents = bank.documents.slice(0, 1).map((d) => ({ ...d, id: "doc_assigned" }));
    bank.facts = bank.facts.filter((f) => f.documentId === "doc_a_cooperation").map((f) => ({ ...f, id: `${f.id}_as`, documentId: "doc_assigned" }));
    bank.questions = bank.questions
      .filter((q) => q.source.documentId === "doc_a_cooperation")
      .map((q) => ({ ...q, id: `${q.id}_as`, factIds: q.factIds.filter((f) => f.startsWith("f_a")).map((f) => `${f}_as`), source: { ...q.source, documentId: "doc_assigned" } }));
    await importBank(t.db, bank, { ownerId: teacher.id, initialStatus: "active" });
    const classroom = await t.db.classroom.create({ data: { name: "班", teacherId: teacher.id, joinCode: `P${randomUUID().slice(0, 7)}` } });
    const set = await t.db.questionSet.create({
      data: { title: "作业", ownerId: teacher.id, items: { create: [{ questionId: "q_tf_road_as", position: 0 }, { questionId: "q_mcq_weak", position: 1 }] } },
    });
    await t.db.assignment.create({
      data: { classId: classroom.id, setId: set.id, title: "练习作业", mode: "practice", opensAt: new Date(T0.getTime() - 1000), dueAt: new Date(T0.getTime() + 86_400_000) },
    });
    const outsider = await makeStudent();
    expect(await t.db.card.count({ where: { userId: outsider.id, questionId: "q_tf_road_as" } })).toBe(0);

    const s = await makeStudent();
    await t.db.enrolment.create({ data: { classId: classroom.id, userId: s.id } });
    expect((await ensureDeck(t.db, s.id, T0)).created).toBe(1);
    const first = await nextQuestion(t.db, s, T0);
    const second = (await answerOk(s, answer(first.item!.question.id, true))).next;
    expect([first.item?.question.id, second.item?.question.id].sort()).toEqual(["q_mcq_weak", "q_tf_road_as"]);
  });
});

describe("answering a question", () => {
  it("writes exactly one review log and moves the card on, in the same call that returns the next question", async () => {
    const s = await makeStudent();
    const out = await answerOk(s, answer("q_mcq_belt", "2013年9月"));
    expect(out.result).toMatchObject({ questionId: "q_mcq_belt", correct: true, rating: 3, replayed: false });
    expect(out.result.expected).toEqual({ type: "choice", values: ["2013年9月"] });
    expect(out.result.source).toMatchObject({ documentId: "doc_a_cooperation", documentTitle: "中国与中亚合作大事记" });
    const logs = await logsOf(s.id);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ rating: 3, correct: true, state: 0, durationMs: 4_000, origin: "practice", answer: JSON.stringify("2013年9月") });
    const card = await t.db.card.findUniqueOrThrow({ where: { userId_questionId: { userId: s.id, questionId: "q_mcq_belt" } } });
    expect(card.reps).toBe(1);
    expect(card.state).toBe(1);
    expect(card.due.getTime()).toBeGreaterThan(T0.getTime());
    expect(JSON.parse(logs[0].after)).toMatchObject({ reps: 1, state: 1, due: card.due.toISOString() });
    expect(out.next.item).not.toBeNull();
    expect(out.next.item!.question.id).not.toBe("q_mcq_belt");
    expect(out.next.counts.answeredToday).toBe(1);
  });

  it("maps wrong to Again, slow to Hard, too easy to Easy, and takes a flashcard's own rating", async () => {
    const s = await makeStudent();
    expect((await answerOk(s, answer("q_tf_road", false))).result).toMatchObject({ correct: false, rating: 1 });
    expect((await answerOk(s, answer("q_cloze_declaration", " 西安市 ", { durationMs: 120_000 }))).result).toMatchObject({ correct: true, rating: 2 });
    expect((await answerOk(s, answer("q_short_trade", "702亿", { override: "easy" }))).result).toMatchObject({ correct: true, rating: 4 });
    expect((await answerOk(s, answer("q_card_spirit", 4))).result).toMatchObject({ correct: true, rating: 4 });
    expect((await answerOk(s, answer("q_order_timeline", ["上海合作组织成立", "提出共同建设“丝绸之路经济带”", "中哈关系提升为永久全面战略伙伴关系"]))).result.correct).toBe(true);
    expect((await answerOk(s, answer("q_match_dates", [["上海合作组织成立", "2019年"], ["中哈永久全面战略伙伴关系", "2001年"]]))).result.correct).toBe(false);
    expect((await answerOk(s, answer("q_multi_spirit", ["协商", "互信", "互利"]))).result.correct).toBe(true);
    const bad = await answerQuestion(t.db, s, answer("q_card_spirit", "yes"), T0);
    expect(bad).toMatchObject({ ok: false, code: "invalid_answer" });
    const logs = await t.db.reviewLog.findMany({ where: { userId: s.id }, orderBy: { id: "asc" }, select: { questionId: true } });
    // log ids sort in the order the answers came, as Prisma's own cuid()s do
    expect(logs.map((l) => l.questionId)).toEqual(["q_tf_road", "q_cloze_declaration", "q_short_trade", "q_card_spirit", "q_order_timeline", "q_match_dates", "q_multi_spirit"]);
  });

  it("writes nothing the second time an idempotency key arrives, and returns the first result", async () => {
    const s = await makeStudent();
    const input = answer("q_mcq_weak", "战略伙伴关系");
    const first = await answerOk(s, input);
    const again = await answerOk(s, { ...input, answer: "永久全面战略伙伴关系" });
    expect(again.result).toEqual({ ...first.result, replayed: true });
    expect(await logsOf(s.id)).toHaveLength(1);
    const card = await t.db.card.findUniqueOrThrow({ where: { userId_questionId: { userId: s.id, questionId: "q_mcq_weak" } } });
    expect(card.reps).toBe(1);
  });

  it("keeps one log when the same answer arrives five times at once (double-click, retry, two tabs)", async () => {
    const s = await makeStudent();
    const input = answer("q_tf_nofact", false);
    const results = await Promise.all(Array.from({ length: 5 }, () => answerQuestion(t.db, s, input, T0)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await logsOf(s.id)).toHaveLength(1);
    const outcomes = results.map((r) => (r.ok ? r.value.result : null));
    expect(outcomes.filter((r) => !r!.replayed)).toHaveLength(1);
    expect(new Set(outcomes.map((r) => `${r!.correct}:${r!.rating}:${r!.nextDue}`)).size).toBe(1);
    const card = await t.db.card.findUniqueOrThrow({ where: { userId_questionId: { userId: s.id, questionId: "q_tf_nofact" } } });
    expect(card.reps).toBe(1);
  });

  it("keeps both answers when two tabs answer the same card at once with different keys", async () => {
    const s = await makeStudent();
    const [a, b] = await Promise.all([
      answerQuestion(t.db, s, answer("q_mcq_belt", "2013年9月"), T0),
      answerQuestion(t.db, s, answer("q_mcq_belt", "2014年9月"), new Date(T0.getTime() + 1000)),
    ]);
    expect(a.ok && b.ok).toBe(true);
    const logs = await logsOf(s.id);
    expect(logs).toHaveLength(2);
    expect(logs.map((l) => l.state).sort()).toEqual([0, 1]); // the second was applied on the first's result
    const card = await t.db.card.findUniqueOrThrow({ where: { userId_questionId: { userId: s.id, questionId: "q_mcq_belt" } } });
    expect(card.reps).toBe(2);
    // the card keeps the earlier answer as its first, whichever was written first
    const [earliest] = [...logs].sort((x, y) => x.reviewedAt.getTime() - y.reviewedAt.getTime());
    expect([card.firstReviewedAt?.toISOString(), card.firstCorrect, card.firstAnswer]).toEqual([earliest.reviewedAt.toISOString(), earliest.correct, earliest.answer]);
  });

  it("refuses a question the student has no card for (a private document) as not found", async () => {
    const teacher = await t.db.user.create({ data: { email: `t-${randomUUID()}@example.test`, name: "老师", passwordHash: "x", role: "teacher" } });
    const bank = smallBank();
    bank.documents = bank.documents.map((d) => ({ ...d, id: `${d.id}_private` }));
    bank.facts = bank.facts.map((f) => ({ ...f, id: `${f.id}_p`, documentId: `${f.documentId}_private` }));
    bank.questions = bank.questions.map((q) => ({
      ...q,
      id: `${q.id}_p`,
      factIds: q.factIds.map((f) => `${f}_p`),
      source: { ...q.source, documentId: `${q.source.documentId}_private` },
    }));
    await importBank(t.db, bank, { ownerId: teacher.id, initialStatus: "active" });
    const s = await makeStudent();
    expect(await t.db.card.count({ where: { userId: s.id } })).toBe(10);
    const r = await answerQuestion(t.db, s, answer("q_mcq_belt_p", "2013年9月"), T0);
    expect(r).toMatchObject({ ok: false, code: "not_found" });
    expect(await logsOf(s.id)).toHaveLength(0);
  });
});

describe("the queue", () => {
  /** The right answer to a stored question, as the client would send it. */
  async function rightAnswer(questionId: string): Promise<AnswerInput["answer"]> {
    const q = await t.db.question.findUniqueOrThrow({ where: { id: questionId }, select: { type: true, payload: true } });
    const p = JSON.parse(q.payload) as { answer?: AnswerInput["answer"]; pairs?: [string, string][] };
    if (q.type === "flashcard") return 3;
    if (q.type === "matching") return p.pairs!;
    return p.answer!;
  }

  /** Answers whatever the queue serves, rightly, until it is empty (or `max`, against loops). */
  async function drain(s: StudyUser, now: Date, max = 60): Promise<string[]> {
    const seen: string[] = [];
    let next = await nextQuestion(t.db, s, now);
    while (next.item && seen.length < max) {
      const q = next.item.question;
      seen.push(q.id);
      next = (await answerOk(s, answer(q.id, await rightAnswer(q.id)), now)).next;
    }
    expect(seen.length).toBeLessThan(max);
    return seen;
  }

  it("never shows two questions on the same fact on the same day, and shows the buried one tomorrow", async () => {
    const s = await makeStudent({ newPerDay: 100 });
    const today = await drain(s, T0);
    const siblings = await t.db.question.findMany({ where: { id: { in: today } }, select: { siblingKey: true } });
    const keys = siblings.map((q) => q.siblingKey);
    expect(new Set(keys).size).toBe(keys.length);
    // spirit (multi + flashcard) and sco-founded (ordering + matching) share facts: two of ten wait
    const firstTimes = new Set(today);
    expect(firstTimes.size).toBe(8);
    const tomorrow = await drain(s, new Date(T0.getTime() + 86_400_000));
    const newTomorrow = new Set(tomorrow.filter((id) => !firstTimes.has(id)));
    expect([...newTomorrow].sort()).toEqual(["q_multi_spirit", "q_order_timeline"]);
  });

  it("returns with each answer the same next question and counts as a fresh read of the queue", async () => {
    // the answer's write and the next question are read together (one statement on PostgreSQL, from
    // the database as it was before the write): the answered card and the siblings it buries are
    // accounted for by hand, which must agree with reading the queue again afterwards
    const s = await makeStudent({ newPerDay: 6, reviewsPerDay: 3 });
    const fresh = { ...s, studyDay: undefined };
    const days = [T0, new Date(T0.getTime() + 60_000), new Date(T0.getTime() + 86_400_000), new Date(T0.getTime() + 3 * 86_400_000)];
    let compared = 0;
    for (const [d, now] of days.entries()) {
      let next = await nextQuestion(t.db, fresh, now);
      for (let k = 0; next.item && k < 12; k++) {
        const q = next.item.question;
        // some wrong (Again: the card comes back within minutes), some right, some flashcards rated Again
        const given = q.type === "flashcard" ? ((k + d) % 2 === 0 ? 1 : 3) : (k + d) % 3 === 0 ? "wrong" : await rightAnswer(q.id);
        const out = await answerOk(s, answer(q.id, given), now);
        const again = await nextQuestion(t.db, fresh, now);
        expect({ card: out.next.item?.cardId ?? null, source: out.next.item?.source ?? null, counts: out.next.counts }).toEqual({
          card: again.item?.cardId ?? null,
          source: again.item?.source ?? null,
          counts: again.counts,
        });
        compared++;
        next = out.next;
      }
    }
    expect(compared).toBeGreaterThan(20);
  });

  it("serves the most overdue review first", async () => {
    const s = await makeStudent({ newPerDay: 100 });
    await drain(s, T0);
    const cards = await t.db.card.findMany({ where: { userId: s.id, state: { not: 0 } }, select: { id: true, questionId: true } });
    // make one card far more overdue than the others
    const target = cards[cards.length - 1];
    await t.db.card.updateMany({ where: { userId: s.id, state: { not: 0 } }, data: { state: 2, due: new Date(T0.getTime() + 86_400_000) } });
    await t.db.card.update({ where: { id: target.id }, data: { due: new Date(T0.getTime() - 30 * 86_400_000) } });
    const next = await nextQuestion(t.db, s, new Date(T0.getTime() + 2 * 86_400_000));
    expect(next.item?.cardId).toBe(target.id);
    expect(next.item?.source).toBe("due");
  });

  it("takes retired questions out of the queue and out of the counts", async () => {
    const s = await makeStudent();
    const before = await queueCounts(t.db, s, T0);
    await changeQuestionStatus(t.db, ["q_mcq_weak"], "retired");
    try {
      const after = await queueCounts(t.db, s, T0);
      expect(after.new).toBe(before.new - 1);
      const served = await drain(s, T0);
      expect(served).not.toContain("q_mcq_weak");
      expect(served.length).toBeGreaterThan(0);
    } finally {
      await changeQuestionStatus(t.db, ["q_mcq_weak"], "active");
    }
    const fresh = await makeStudent();
    expect((await queueCounts(t.db, fresh, T0)).new).toBe(before.new);
    expect(await t.db.card.count({ where: { questionId: "q_mcq_weak", active: false } })).toBe(0);
  });

  it("introduces at most the daily number of new cards, counted from local midnight", async () => {
    const s = await makeStudent({ newPerDay: 3 });
    const served = await drain(s, T0);
    expect(new Set(served).size).toBe(3);
    expect((await queueCounts(t.db, s, T0)).new).toBe(0);
    // 23:30 in Shanghai is still the same day; 00:30 the next
    expect((await nextQuestion(t.db, s, new Date("2026-03-02T15:30:00Z"))).counts.new).toBe(0);
    expect((await nextQuestion(t.db, s, new Date("2026-03-02T16:30:00Z"))).counts.new).toBe(3);
  });

  it("keeps the day's tally with each answer, equal to the day's logs, and counts the logs when there is no tally", async () => {
    const s = await makeStudent({ newPerDay: 4 });
    const served = await drain(s, T0);
    const logs = await logsOf(s.id);
    expect(logs.length).toBeGreaterThanOrEqual(served.length);
    const dayStart = new Date("2026-03-01T16:00:00Z"); // local midnight in Shanghai
    const tally = await t.db.studyDay.findUniqueOrThrow({ where: { userId_dayStart: { userId: s.id, dayStart } } });
    expect(tally).toMatchObject({ answers: logs.length, newCards: logs.filter((l) => l.state === 0).length, reviews: logs.filter((l) => l.state === 2).length });
    expect(tally.newCards).toBe(4);
    const counts = await queueCounts(t.db, s, T0);
    expect(counts).toMatchObject({ new: 0, answeredToday: logs.length });
    // the tally as the signed-in user carries it gives the same; yesterday's tally, or none, means counting the logs
    expect(await queueCounts(t.db, { ...s, studyDay: tally }, T0)).toEqual(counts);
    expect(await queueCounts(t.db, { ...s, studyDay: { ...tally, dayStart: new Date(dayStart.getTime() - 86_400_000) } }, T0)).toEqual(counts);
    await t.db.studyDay.deleteMany({ where: { userId: s.id } });
    expect(await queueCounts(t.db, { ...s, studyDay: null }, T0)).toEqual(counts);
    expect(await queueCounts(t.db, s, T0)).toEqual(counts);
  });

  it("stops serving reviews at the daily review limit", async () => {
    const s = await makeStudent({ newPerDay: 100, reviewsPerDay: 2 });
    await drain(s, T0);
    await t.db.card.updateMany({ where: { userId: s.id, state: { not: 0 } }, data: { state: 2, due: T0 } });
    const later = new Date(T0.getTime() + 3 * 86_400_000);
    await drain(s, later);
    const reviewsThatDay = await t.db.reviewLog.count({ where: { userId: s.id, state: 2, reviewedAt: later } });
    expect(reviewsThatDay).toBe(2);
    expect(await t.db.card.count({ where: { userId: s.id, state: 2, due: { lte: later } } })).toBe(6);
    expect((await queueCounts(t.db, s, later)).due).toBe(0);
  });
});
