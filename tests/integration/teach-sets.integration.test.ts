import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAssignment, deleteAssignment, listClassAssignments, updateAssignment } from "@/lib/server/assignments";
import { importBank } from "@/lib/server/bank-import";
import { createClass } from "@/lib/server/classes";
import type { Db } from "@/lib/server/db";
import { getQuestionDetail, questionFilterOptions, searchQuestions } from "@/lib/server/questions";
import {
  addFilteredToSet,
  addQuestionsToSet,
  createSet,
  createSetFromFilter,
  deleteSet,
  getSet,
  listSets,
  moveSetItem,
  removeQuestionFromSet,
  reorderSet,
  updateSet,
} from "@/lib/server/sets";
import type { Actor } from "@/lib/teaching/actor";
import { smallBank } from "@/tests/fixtures/banks/banks";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { makePrivateDocument, makeUser } from "./teach-support";

let testDb: TestDb;
let db: Db;
let teacherA: Actor;
let teacherB: Actor;
let privateA: string[];

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  await importBank(db, smallBank());
  teacherA = await makeUser(db, "teacher", "A");
  teacherB = await makeUser(db, "teacher", "B");
  privateA = await makePrivateDocument(db, teacherA.id, "up_a_private", 3);
});
afterAll(async () => testDb?.cleanup());

async function newSet(actor: Actor, title = "题组") {
  const r = await createSet(db, actor, { title });
  if (!r.ok) throw new Error(r.message);
  return r.value.id;
}

describe("the question bank a teacher sees", () => {
  it("filters by document, fact kind, type, tag and status, and pages the results", async () => {
    const all = await searchQuestions(db, teacherA, {}, 1, 4);
    expect(all.total).toBe(13); // 10 shared + 3 own drafts; nothing retired
    expect(all.items).toHaveLength(4);
    expect(all.pageCount).toBe(4);
    expect((await searchQuestions(db, teacherA, {}, 4, 4)).items).toHaveLength(1);
    expect((await searchQuestions(db, teacherA, { documentId: "doc_b_sco" })).total).toBe(6);
    expect((await searchQuestions(db, teacherA, { type: "mcq" })).items.map((q) => q.id).sort()).toEqual(
      ["q_mcq_belt", "q_mcq_weak", ...privateA].sort(),
    );
    expect((await searchQuestions(db, teacherA, { tag: "concept" })).items.map((q) => q.id).sort()).toEqual(["q_card_spirit", "q_multi_spirit"]);
    expect((await searchQuestions(db, teacherA, { factKind: "figure" })).items.map((q) => q.id)).toEqual(["q_short_trade"]);
    expect((await searchQuestions(db, teacherA, { status: "draft", documentId: "up_a_private" })).total).toBe(3);
    expect((await searchQuestions(db, teacherA, { q: "上海合作组织" })).total).toBeGreaterThan(0);
  });

  it("teacher B never sees teacher A's private document or its questions", async () => {
    expect((await searchQuestions(db, teacherB, {})).total).toBe(10);
    expect((await searchQuestions(db, teacherB, { documentId: "up_a_private" })).total).toBe(0);
    expect(await getQuestionDetail(db, teacherB, privateA[0])).toBeNull();
    expect((await questionFilterOptions(db, teacherB)).documents.map((d) => d.id)).not.toContain("up_a_private");
    expect((await questionFilterOptions(db, teacherA)).documents.map((d) => d.id)).toContain("up_a_private");
  });

  it("shows a question with the passage it came from", async () => {
    const q = await getQuestionDetail(db, teacherA, "q_mcq_belt");
    expect(q?.passage.quote).toBe(q?.sourceQuote);
    expect(q?.passage.quote.length).toBeGreaterThan(0);
    expect(q?.editable).toBe(true);
  });
});

describe("building sets", () => {
  it("builds a set from a filter, in bank order, and keeps only what the teacher may see", async () => {
    const made = await createSetFromFilter(db, teacherA, { title: "SCO" }, { documentId: "doc_b_sco" });
    expect(made).toMatchObject({ ok: true, value: { added: 6 } });
    if (!made.ok) return;
    const set = await getSet(db, teacherA, made.value.id);
    expect(set?.items.map((i) => i.documentId)).toEqual(Array(6).fill("doc_b_sco"));
    expect(set?.items.map((i) => i.position)).toEqual([0, 1, 2, 3, 4, 5]);
    const none = await createSetFromFilter(db, teacherB, { title: "偷" }, { documentId: "up_a_private" });
    expect(none).toMatchObject({ ok: false, message: "noQuestionsMatch" });
  });

  it("picks by hand: adds, skips duplicates and invisible questions, removes, reorders", async () => {
    const setId = await newSet(teacherA);
    expect(await addQuestionsToSet(db, teacherA, setId, ["q_mcq_belt", "q_tf_road", "q_mcq_belt"])).toMatchObject({ ok: true, value: { added: 2 } });
    expect(await addQuestionsToSet(db, teacherA, setId, ["q_tf_road", "q_cloze_declaration"])).toMatchObject({ ok: true, value: { added: 1 } });
    const byB = await newSet(teacherB);
    expect(await addQuestionsToSet(db, teacherB, byB, [privateA[0]])).toMatchObject({ ok: true, value: { added: 0 } });
    expect((await addFilteredToSet(db, teacherA, setId, { tag: "trade" })).ok).toBe(true);

    let set = await getSet(db, teacherA, setId);
    expect(set?.items.map((i) => i.id)).toEqual(["q_mcq_belt", "q_tf_road", "q_cloze_declaration", "q_short_trade"]);
    expect((await moveSetItem(db, teacherA, setId, "q_short_trade", "top")).ok).toBe(true);
    expect((await moveSetItem(db, teacherA, setId, "q_mcq_belt", "down")).ok).toBe(true);
    set = await getSet(db, teacherA, setId);
    expect(set?.items.map((i) => i.id)).toEqual(["q_short_trade", "q_tf_road", "q_mcq_belt", "q_cloze_declaration"]);
    expect(await reorderSet(db, teacherA, setId, ["q_tf_road", "q_mcq_belt"])).toMatchObject({ ok: false, message: "orderInvalid" });
    expect((await reorderSet(db, teacherA, setId, ["q_cloze_declaration", "q_mcq_belt", "q_tf_road", "q_short_trade"])).ok).toBe(true);
    expect((await removeQuestionFromSet(db, teacherA, setId, "q_mcq_belt")).ok).toBe(true);
    set = await getSet(db, teacherA, setId);
    expect(set?.items.map((i) => i.id)).toEqual(["q_cloze_declaration", "q_tf_road", "q_short_trade"]);
  });

  it("a set survives a re-import of the bank: ids are stable", async () => {
    const setId = await newSet(teacherA);
    await addQuestionsToSet(db, teacherA, setId, ["q_mcq_belt", "q_order_timeline"]);
    const bank = smallBank();
    bank.generator.version = "0.0.2-regenerated";
    bank.questions[0].prompt = `${bank.questions[0].prompt}（新版）`;
    await importBank(db, bank);
    const set = await getSet(db, teacherA, setId);
    expect(set?.items.map((i) => i.id)).toEqual(["q_mcq_belt", "q_order_timeline"]);
    expect(set?.items[0].prompt).toContain("（新版）");
  });

  it("teacher B cannot read, change, fill, reorder or delete teacher A's set", async () => {
    const setId = await newSet(teacherA, "A 的题组");
    await addQuestionsToSet(db, teacherA, setId, ["q_mcq_belt", "q_tf_road"]);
    expect(await getSet(db, teacherB, setId)).toBeNull();
    expect((await listSets(db, teacherB)).map((s) => s.id)).not.toContain(setId);
    expect(await updateSet(db, teacherB, setId, { title: "改" })).toMatchObject({ ok: false, code: "not_found" });
    expect(await addQuestionsToSet(db, teacherB, setId, ["q_cloze_declaration"])).toMatchObject({ ok: false, code: "not_found" });
    expect(await removeQuestionFromSet(db, teacherB, setId, "q_mcq_belt")).toMatchObject({ ok: false });
    expect(await reorderSet(db, teacherB, setId, ["q_tf_road", "q_mcq_belt"])).toMatchObject({ ok: false, code: "not_found" });
    expect(await deleteSet(db, teacherB, setId)).toMatchObject({ ok: false, code: "not_found" });
    const set = await getSet(db, teacherA, setId);
    expect(set).toMatchObject({ title: "A 的题组", itemCount: 2 });
    expect(set?.items.map((i) => i.id)).toEqual(["q_mcq_belt", "q_tf_road"]);
  });
});

describe("assignments", () => {
  async function classAndSet(teacher: Actor) {
    const c = await createClass(db, teacher, { name: "作业班" });
    if (!c.ok) throw new Error(c.message);
    const setId = await newSet(teacher);
    await addQuestionsToSet(db, teacher, setId, ["q_mcq_belt", "q_tf_road"]);
    return { classId: c.value.id, setId };
  }

  it("assigns a set as practice and as a quiz, with dates read in the teacher's time zone", async () => {
    const { classId, setId } = await classAndSet(teacherA);
    const practice = await createAssignment(
      db,
      teacherA,
      { classId, setId, title: "练习", mode: "practice", opensAt: "2026-09-01T08:00", dueAt: "2026-09-08T22:00", timeLimitMin: "30", maxAttempts: "2" },
      "Asia/Shanghai",
    );
    expect(practice.ok).toBe(true);
    const quiz = await createAssignment(
      db,
      teacherA,
      { classId, setId, title: "测验", mode: "quiz", opensAt: "2026-09-01T08:00", dueAt: "2026-09-02T08:00", timeLimitMin: "15", maxAttempts: "2" },
      "Asia/Shanghai",
    );
    expect(quiz.ok).toBe(true);
    const list = await listClassAssignments(db, teacherA, classId);
    expect(list.map((a) => [a.title, a.mode, a.timeLimitSec, a.maxAttempts])).toEqual([
      ["测验", "quiz", 900, 2],
      ["练习", "practice", null, null],
    ]);
    expect(list[1].opensAt.toISOString()).toBe("2026-09-01T00:00:00.000Z");
    expect(list[1].itemCount).toBe(2);
  });

  it("rejects a due date before the opening, an empty set and an archived class", async () => {
    const { classId, setId } = await classAndSet(teacherA);
    const base = { classId, setId, title: "x", mode: "quiz", opensAt: "2026-09-02T08:00", dueAt: "2026-09-01T08:00" };
    expect(await createAssignment(db, teacherA, base, "Asia/Shanghai")).toMatchObject({ ok: false, message: "dueBeforeOpen" });
    const empty = await newSet(teacherA);
    expect(await createAssignment(db, teacherA, { ...base, setId: empty, dueAt: "2026-09-03T08:00" }, "Asia/Shanghai")).toMatchObject({ ok: false, message: "setEmpty" });
  });

  it("teacher B can neither assign to A's class, nor assign A's set, nor see, edit or delete A's assignments", async () => {
    const a = await classAndSet(teacherA);
    const b = await classAndSet(teacherB);
    const dates = { title: "x", mode: "practice", opensAt: "2026-09-01T08:00", dueAt: "2026-09-03T08:00" };
    expect(await createAssignment(db, teacherB, { ...dates, classId: a.classId, setId: b.setId }, "UTC")).toMatchObject({ ok: false, message: "classNotFound" });
    expect(await createAssignment(db, teacherB, { ...dates, classId: b.classId, setId: a.setId }, "UTC")).toMatchObject({ ok: false, message: "setNotFound" });
    const made = await createAssignment(db, teacherA, { ...dates, classId: a.classId, setId: a.setId }, "UTC");
    if (!made.ok) throw new Error(made.message);
    expect(await listClassAssignments(db, teacherB, a.classId)).toEqual([]);
    expect(await updateAssignment(db, teacherB, made.value.id, { ...dates, title: "改" }, "UTC")).toMatchObject({ ok: false, code: "not_found" });
    expect(await deleteAssignment(db, teacherB, made.value.id)).toMatchObject({ ok: false, code: "not_found" });
    expect((await listClassAssignments(db, teacherA, a.classId)).map((x) => x.title)).toEqual(["x"]);
  });

  it("an assignment with students' quiz attempts cannot be deleted; its set cannot either", async () => {
    const { classId, setId } = await classAndSet(teacherA);
    const student = await makeUser(db, "student");
    const made = await createAssignment(db, teacherA, { classId, setId, title: "q", mode: "quiz", opensAt: "2026-09-01T08:00", dueAt: "2026-09-03T08:00" }, "UTC");
    if (!made.ok) throw new Error(made.message);
    await db.quizAttempt.create({ data: { userId: student.id, assignmentId: made.value.id, setId, questionIds: "[]" } });
    expect(await deleteAssignment(db, teacherA, made.value.id)).toMatchObject({ ok: false, message: "assignmentHasWork" });
    expect(await deleteSet(db, teacherA, setId)).toMatchObject({ ok: false, message: "setInUse" });
  });
});
