import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importBank } from "@/lib/server/bank-import";
import type { Db } from "@/lib/server/db";
import {
  approveQuestion,
  approveQuestions,
  createManualQuestion,
  editQuestion,
  retireQuestion,
  reviewQueue,
} from "@/lib/server/question-review";
import { getQuestionDetail } from "@/lib/server/questions";
import { addQuestionsToSet, approveSetDrafts, createSet } from "@/lib/server/sets";
import type { Actor } from "@/lib/teaching/actor";
import { parsePayload } from "@/lib/teaching/question-payload";
import { smallBank } from "@/tests/fixtures/banks/banks";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { makePrivateDocument, makeUser } from "./teach-support";

let testDb: TestDb;
let db: Db;
let teacherA: Actor;
let teacherB: Actor;
let privateA: string[];
let sharedByA: string[];

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  await importBank(db, smallBank());
  teacherA = await makeUser(db, "teacher", "A");
  teacherB = await makeUser(db, "teacher", "B");
  privateA = await makePrivateDocument(db, teacherA.id, "up_a_private", 3);
  sharedByA = await makePrivateDocument(db, teacherA.id, "up_a_shared", 1, { shared: true });
});
afterAll(async () => testDb?.cleanup());

const status = async (id: string) => (await db.question.findUniqueOrThrow({ where: { id } })).status;

describe("the review queue", () => {
  it("lists drafts first, then low-scored active questions, each with its source passage", async () => {
    const queue = await reviewQueue(db, teacherA);
    const ids = queue.items.map((q) => q.id);
    expect(ids).toEqual(expect.arrayContaining(["q_mcq_weak", "q_tf_nofact", ...privateA, ...sharedByA]));
    expect(ids).not.toContain("q_mcq_belt");
    const firstActive = queue.items.findIndex((q) => q.status === "active");
    if (firstActive !== -1) expect(queue.items.slice(firstActive).every((q) => q.status === "active")).toBe(true);
    const weak = queue.items.find((q) => q.id === "q_mcq_weak");
    expect(weak?.passage.quote.length).toBeGreaterThan(0);
    expect(weak?.passage.before + weak!.passage.quote + weak!.passage.after).toContain(weak!.passage.quote);
  });

  it("teacher B's queue holds neither A's private nor A's shared uploads (B cannot change those)", async () => {
    const ids = (await reviewQueue(db, teacherB)).items.map((q) => q.id);
    for (const id of [...privateA, ...sharedByA]) expect(ids).not.toContain(id);
    expect(ids).toContain("q_mcq_weak");
  });
});

describe("approve, retire, edit", () => {
  it("approves and retires; teacher B cannot touch A's questions", async () => {
    expect((await approveQuestion(db, teacherA, privateA[0])).ok).toBe(true);
    expect(await status(privateA[0])).toBe("active");
    expect(await retireQuestion(db, teacherB, privateA[0])).toMatchObject({ ok: false, code: "not_found" });
    expect(await retireQuestion(db, teacherB, sharedByA[0])).toMatchObject({ ok: false, code: "not_found" });
    expect(await editQuestion(db, teacherB, privateA[0], { prompt: "改", options: "a\nb", answer: "a" })).toMatchObject({ ok: false, code: "not_found" });
    expect(await status(privateA[0])).toBe("active");
    expect((await retireQuestion(db, teacherA, privateA[0])).ok).toBe(true);
    expect(await status(privateA[0])).toBe("retired");
    expect(await approveQuestions(db, teacherB, [privateA[1], privateA[2]])).toBe(0);
    expect(await approveQuestions(db, teacherA, [privateA[1], privateA[2]])).toBe(2);
  });

  it("takes a question's cards out of practice when it is retired and back when it is approved, on every path", async () => {
    const student = await makeUser(db, "student", "cards");
    const ids = ["q_mcq_weak", "q_tf_nofact"];
    const active = async () =>
      Object.fromEntries((await db.card.findMany({ where: { userId: student.id }, select: { questionId: true, active: true } })).map((c) => [c.questionId, c.active]));
    const questionIsActive = async () => Object.fromEntries(await Promise.all(ids.map(async (id) => [id, (await status(id)) === "active"])));
    const both = async () => expect(await active()).toEqual(await questionIsActive());
    const wasActive = await questionIsActive();
    await db.card.createMany({ data: ids.map((questionId) => ({ userId: student.id, questionId, due: new Date(), active: wasActive[questionId] })) });

    expect((await retireQuestion(db, teacherA, "q_mcq_weak")).ok).toBe(true);
    expect((await active()).q_mcq_weak).toBe(false);
    await both();
    expect((await approveQuestion(db, teacherA, "q_mcq_weak")).ok).toBe(true);
    await both();
    await db.question.update({ where: { id: "q_tf_nofact" }, data: { status: "draft" } });
    await db.card.updateMany({ where: { questionId: "q_tf_nofact" }, data: { active: false } });
    expect(await approveQuestions(db, teacherA, ["q_tf_nofact"])).toBe(1);
    await both();
    expect((await retireQuestion(db, teacherA, "q_tf_nofact")).ok).toBe(true);
    const edited = await editQuestion(db, teacherA, "q_tf_nofact", { prompt: "（教师修改）这是一道判断题吗？", answer: "true" }, { approve: true });
    expect(edited.ok, JSON.stringify(edited)).toBe(true);
    expect((await active()).q_tf_nofact).toBe(true);
    await both();
    await db.question.update({ where: { id: "q_tf_nofact" }, data: { status: "draft" } }); // as the tests below expect it
  });

  it("an edit is validated with the bank's rules and marks the question as edited", async () => {
    const bad = await editQuestion(db, teacherA, "q_mcq_belt", { prompt: "新题干", options: "甲\n乙", answer: "丙" });
    expect(bad).toMatchObject({ ok: false, message: "shape_mcq" });
    expect(await editQuestion(db, teacherA, "q_mcq_belt", { type: "cloze", prompt: "x", answer: "y" })).toMatchObject({ ok: false, message: "typeFixed" });
    const good = await editQuestion(db, teacherA, "q_mcq_belt", { prompt: "（教师修改）丝绸之路经济带是哪一年提出的？", options: "2013年\n2014年\n2015年", answer: "2013年", tags: "date" });
    expect(good.ok).toBe(true);
    const q = await db.question.findUniqueOrThrow({ where: { id: "q_mcq_belt" }, include: { tags: true } });
    expect(q.origin).toBe("edited");
    expect(q.authorId).toBe(teacherA.id);
    expect(parsePayload(q.payload)).toMatchObject({ options: ["2013年", "2014年", "2015年"], answer: "2013年" });
    expect(q.tags.map((t) => t.tag)).toEqual(["date"]);
  });

  it("edits and retirements survive a re-import of a regenerated bank", async () => {
    expect((await retireQuestion(db, teacherA, "q_tf_road")).ok).toBe(true);
    const bank = smallBank();
    bank.generator.version = "0.0.3-regenerated";
    for (const q of bank.questions) q.prompt = `${q.prompt}（再生成）`;
    const summary = await importBank(db, bank);
    expect(summary.questions.keptAsEdited).toBeGreaterThanOrEqual(1);
    const edited = await db.question.findUniqueOrThrow({ where: { id: "q_mcq_belt" } });
    expect(edited.prompt).toBe("（教师修改）丝绸之路经济带是哪一年提出的？");
    expect(edited.origin).toBe("edited");
    const retired = await db.question.findUniqueOrThrow({ where: { id: "q_tf_road" } });
    expect(retired.status).toBe("retired");
    expect(retired.prompt).toContain("（再生成）");
  });

  it("approving a set's drafts activates only questions the teacher may change", async () => {
    const set = await createSet(db, teacherB, { title: "B 的题组" });
    if (!set.ok) throw new Error(set.message);
    await db.question.update({ where: { id: sharedByA[0] }, data: { status: "draft" } });
    await addQuestionsToSet(db, teacherB, set.value.id, ["q_tf_nofact", sharedByA[0]]);
    expect(await approveSetDrafts(db, teacherB, set.value.id)).toMatchObject({ ok: true, value: { approved: 1 } });
    expect(await status("q_tf_nofact")).toBe("active");
    expect(await status(sharedByA[0])).toBe("draft");
  });
});

describe("questions written by hand", () => {
  const cases: Record<string, Record<string, string>> = {
    mcq: { options: "甲\n乙\n丙", answer: "乙" },
    multi: { options: "甲\n乙\n丙", answer: "甲\n丙" },
    true_false: { answer: "true" },
    cloze: { answer: "西安", accepted: "长安" },
    ordering: { answer: "第一\n第二\n第三" },
    matching: { pairs: "甲 | 1\n乙 | 2" },
    short_answer: { answer: "上海" },
    flashcard: { back: "背面" },
  };
  for (const [type, fields] of Object.entries(cases)) {
    it(`writes a ${type} question, active, origin manual, kept by a re-import`, async () => {
      const made = await createManualQuestion(db, teacherA, { documentId: "doc_b_sco", type, prompt: `手写 ${type}`, ...fields });
      if (!made.ok) throw new Error(made.message);
      const q = await getQuestionDetail(db, teacherA, made.value.id);
      expect(q).toMatchObject({ type, status: "active", origin: "manual", documentId: "doc_b_sco" });
      await importBank(db, smallBank());
      expect(await db.question.findUnique({ where: { id: made.value.id }, select: { status: true, origin: true } })).toEqual({ status: "active", origin: "manual" });
    });
  }

  it("finds its source passage in the document, or says the passage is not there", async () => {
    const raw = (await db.document.findUniqueOrThrow({ where: { id: "doc_b_sco" } })).rawText;
    const quote = raw.slice(raw.indexOf("2001年"), raw.indexOf("2001年") + 12);
    const made = await createManualQuestion(db, teacherA, { documentId: "doc_b_sco", type: "short_answer", prompt: "上合组织在哪里成立？", answer: "上海", sourceQuote: quote });
    if (!made.ok) throw new Error(made.message);
    const q = await db.question.findUniqueOrThrow({ where: { id: made.value.id } });
    expect(raw.slice(q.sourceStart, q.sourceEnd)).toBe(quote);
    expect(await createManualQuestion(db, teacherA, { documentId: "doc_b_sco", type: "short_answer", prompt: "x", answer: "y", sourceQuote: "文中没有这句话" })).toMatchObject({
      ok: false,
      message: "quoteNotInDocument",
    });
  });

  it("cannot be written on another teacher's document, and invalid shapes are refused", async () => {
    expect(await createManualQuestion(db, teacherB, { documentId: "up_a_private", type: "short_answer", prompt: "x", answer: "y" })).toMatchObject({ ok: false, message: "documentNotFound" });
    expect(await createManualQuestion(db, teacherB, { documentId: "up_a_shared", type: "short_answer", prompt: "x", answer: "y" })).toMatchObject({ ok: false, message: "documentNotFound" });
    expect(await createManualQuestion(db, teacherA, { documentId: "doc_b_sco", type: "ordering", prompt: "x", answer: "只有一项" })).toMatchObject({ ok: false, message: "shape_ordering" });
    expect(await createManualQuestion(db, teacherA, { documentId: "doc_b_sco", type: "mcq", prompt: "" })).toMatchObject({ ok: false, message: "promptRequired" });
  });
});
