import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAssignment } from "@/lib/server/assignments";
import { importBank } from "@/lib/server/bank-import";
import { createClass, joinClassByCode } from "@/lib/server/classes";
import { buildCsv, CSV_TABLES } from "@/lib/server/csv-exports";
import { classActivity, classDashboard, studentDashboard } from "@/lib/server/dashboards";
import type { Db } from "@/lib/server/db";
import { itemAnalysis } from "@/lib/server/item-analysis";
import { retireQuestion } from "@/lib/server/question-review";
import { addQuestionsToSet, createSet } from "@/lib/server/sets";
import type { Actor } from "@/lib/teaching/actor";
import { BOM, toCsv } from "@/lib/teaching/csv";
import { smallBank } from "@/tests/fixtures/banks/banks";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { makeUser, study } from "./teach-support";

let testDb: TestDb;
let db: Db;
let teacher: Actor;
let other: Actor;
let classId: string;
let practiceId: string;
let quizId: string;
let closedId: string;
const students: (Actor & { name: string })[] = [];
const NOW = new Date("2026-09-20T04:00:00Z");
const PRACTICE = ["q_mcq_belt", "q_tf_road", "q_cloze_declaration"];
const QUIZ = ["q_mcq_belt", "q_order_timeline", "q_multi_spirit"];

/**
 * Six students (甲 best … 己 worst). Open practice on 3 questions: 甲 乙 finished, 丙 started.
 * Closed practice (due 09-05) on q_short_trade: 甲 answered on time, 乙 after the due date.
 * Quiz (due 09-10): 甲 on time, 乙 late, others none (overdue).
 */
beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  await importBank(db, smallBank());
  teacher = await makeUser(db, "teacher", "王老师");
  other = await makeUser(db, "teacher", "李老师");
  const c = await createClass(db, teacher, { name: "看板班, 一" });
  if (!c.ok) throw new Error(c.message);
  classId = c.value.id;
  for (const name of ["甲", "乙", "丙", "丁", "戊", "己"]) {
    const s = await makeUser(db, "student", name);
    students.push(s);
    await joinClassByCode(db, s.id, c.value.joinCode);
  }
  const mkSet = async (ids: string[]) => {
    const s = await createSet(db, teacher, { title: "题组" });
    if (!s.ok) throw new Error(s.message);
    await addQuestionsToSet(db, teacher, s.value.id, ids);
    return s.value.id;
  };
  const assign = async (setId: string, title: string, mode: string, opensAt: string, dueAt: string) => {
    const a = await createAssignment(db, teacher, { classId, setId, title, mode, opensAt, dueAt }, "UTC");
    if (!a.ok) throw new Error(a.message);
    return a.value.id;
  };
  practiceId = await assign(await mkSet(PRACTICE), "练习一", "practice", "2026-09-01T00:00", "2026-09-30T00:00");
  closedId = await assign(await mkSet(["q_short_trade"]), "旧练习", "practice", "2026-09-01T00:00", "2026-09-05T00:00");
  quizId = await assign(await mkSet(QUIZ), "测验一", "quiz", "2026-09-01T00:00", "2026-09-10T00:00");

  const [jia, yi, bing] = students;
  for (const q of PRACTICE) {
    await study(db, jia.id, q, [{ correct: true }, { correct: true }], { state: 2, stability: 30 });
    await study(db, yi.id, q, [{ correct: false }, { correct: true }], { state: 1, stability: 2 });
  }
  await study(db, bing.id, PRACTICE[0], [{ correct: false }, { correct: false }], { state: 3, stability: 1 });
  await study(db, jia.id, "q_short_trade", [{ correct: true }], { start: new Date("2026-09-02T02:00:00Z") });
  await study(db, yi.id, "q_short_trade", [{ correct: true }], { start: new Date("2026-09-08T02:00:00Z") });
  // recent answers for the activity chart (two days, two students)
  await study(db, jia.id, "q_multi_spirit", [{ correct: true }, { correct: false }], { start: new Date("2026-09-18T02:00:00Z"), state: 1 });

  const attempt = async (userId: string, submittedAt: Date, answers: [string, boolean, string][]) => {
    const correct = answers.filter((a) => a[1]).length;
    await db.quizAttempt.create({
      data: {
        userId,
        assignmentId: quizId,
        questionIds: JSON.stringify(QUIZ),
        startedAt: new Date(submittedAt.getTime() - 600_000),
        submittedAt,
        score: correct / QUIZ.length,
        correctCount: correct,
        total: QUIZ.length,
        responses: { createMany: { data: answers.map(([questionId, ok, answer]) => ({ questionId, correct: ok, answer: JSON.stringify(answer), answeredAt: new Date(submittedAt.getTime() - 60_000) })) } },
      },
    });
  };
  await attempt(jia.id, new Date("2026-09-09T00:00:00Z"), [["q_mcq_belt", true, "2013年9月"], ["q_order_timeline", true, "x"], ["q_multi_spirit", false, "y"]]);
  await attempt(yi.id, new Date("2026-09-12T00:00:00Z"), [["q_mcq_belt", false, "2014年9月"], ["q_order_timeline", true, "x"], ["q_multi_spirit", false, "y"]]);
});
afterAll(async () => testDb?.cleanup());

const byName = (name: string) => students.find((s) => s.name === name)!.id;

describe("the class dashboard", () => {
  it("shows each student on each assignment: done, score, late, overdue", async () => {
    const d = (await classDashboard(db, teacher, classId, { now: NOW }))!;
    expect(d.students.map((s) => s.name).sort()).toEqual(["丁", "丙", "乙", "己", "戊", "甲"].sort());
    expect(d.assignments.map((a) => [a.title, a.total])).toEqual([["旧练习", 1], ["测验一", 3], ["练习一", 3]]);
    const cell = (a: string, n: string) => d.cells[a][byName(n)];
    expect(cell(practiceId, "甲")).toMatchObject({ state: "done", done: 3, total: 3, score: 1 });
    expect(cell(practiceId, "乙")).toMatchObject({ state: "done", done: 3, score: 0 }); // in learning: not mastered
    expect(cell(practiceId, "丙")).toMatchObject({ state: "in_progress", done: 1 });
    expect(cell(practiceId, "丁")).toMatchObject({ state: "not_started", done: 0 });
    expect(cell(closedId, "甲").state).toBe("done");
    expect(cell(closedId, "乙").state).toBe("late");
    expect(cell(closedId, "丁").state).toBe("overdue");
    expect(cell(quizId, "甲")).toMatchObject({ state: "done", attempts: 1 });
    expect(cell(quizId, "甲").score).toBeCloseTo(2 / 3);
    expect(cell(quizId, "乙").state).toBe("late");
    expect(cell(quizId, "戊").state).toBe("overdue");
    const jia = d.students.find((s) => s.name === "甲")!;
    expect(jia).toMatchObject({ overdue: 0, late: 0 });
    expect(jia.lastActive?.toISOString()).toBe("2026-09-19T02:00:00.000Z");
    expect(d.students.find((s) => s.name === "戊")).toMatchObject({ overdue: 2, completion: 0, lastActive: null });
    expect(d.activeLastWeek).toBe(1);
    // a week after 甲's last answer (09-19 02:00) nobody was active in the last seven days
    expect((await classDashboard(db, teacher, classId, { now: new Date("2026-09-26T02:00:00Z") }))!.activeLastWeek).toBe(1);
    expect((await classDashboard(db, teacher, classId, { now: new Date("2026-09-26T02:00:01Z") }))!.activeLastWeek).toBe(0);
  });

  it("shows mastery per document and fact kind over the class's questions", async () => {
    const d = (await classDashboard(db, teacher, classId, { now: NOW }))!;
    const docA = d.masteryByDocument.find((m) => m.key === "doc_a_cooperation")!;
    // 甲 3 + 1, 乙 3 + 1, 丙 1 cards on document A; mastered: 甲's three practice cards and both q_short_trade cards
    expect(docA).toMatchObject({ cards: 9, studied: 9, mastered: 5, label: "中国与中亚合作大事记" });
    expect(d.masteryByKind.map((m) => m.key).sort()).toEqual(["agreement", "concept", "date", "figure"]);
  });

  it("counts answers per day for the activity chart", async () => {
    const days = (await classActivity(db, teacher, classId, { now: NOW, timeZone: "Asia/Shanghai" }))!;
    expect(days).toEqual([
      { day: "2026-09-01", answers: 7, students: 3 },
      { day: "2026-09-02", answers: 8, students: 3 },
      { day: "2026-09-08", answers: 1, students: 1 },
      { day: "2026-09-18", answers: 1, students: 1 },
      { day: "2026-09-19", answers: 1, students: 1 },
    ]);
    const later = (await classActivity(db, teacher, classId, { now: new Date("2026-10-10T04:00:00Z"), timeZone: "Asia/Shanghai" }))!;
    expect(later.map((x) => x.day)).toEqual(["2026-09-18", "2026-09-19"]); // 28 days back
    expect(await classActivity(db, teacher, classId, { now: NOW, userId: byName("乙") })).toEqual([
      { day: "2026-09-01", answers: 3, students: 1 },
      { day: "2026-09-02", answers: 3, students: 1 },
      { day: "2026-09-08", answers: 1, students: 1 },
    ]);
  });

  it("a retired question leaves the practice totals", async () => {
    const extra = await createSet(db, teacher, { title: "临时" });
    if (!extra.ok) throw new Error(extra.message);
    const before = (await classDashboard(db, teacher, classId, { now: NOW }))!;
    expect((await retireQuestion(db, teacher, "q_cloze_declaration")).ok).toBe(true);
    const d = (await classDashboard(db, teacher, classId, { now: NOW }))!;
    expect(d.cells[practiceId][byName("甲")]).toMatchObject({ done: 2, total: 2, state: "done" });
    // it leaves the mastery groups too (甲's and 乙's cards on it), but its answers still count as activity
    const cards = (x: typeof d) => x.masteryByKind.reduce((t, m) => t + m.cards, 0);
    expect(cards(d)).toBe(cards(before) - 2);
    expect(d.students.map((s) => s.lastActive)).toEqual(before.students.map((s) => s.lastActive));
    expect(d.activeLastWeek).toBe(before.activeLastWeek);
    await db.question.update({ where: { id: "q_cloze_declaration" }, data: { status: "active" } });
  });
});

describe("the student dashboard", () => {
  it("gives what they studied, accuracy, retention and weakest questions", async () => {
    const s = (await studentDashboard(db, teacher, classId, byName("乙"), { now: NOW }))!;
    expect(s.student.name).toBe("乙");
    expect(s).toMatchObject({ cards: 4, studied: 4, answers: 7, correct: 4, reviewAnswers: 3 });
    expect(s.retention).toBeCloseTo(1); // every review (state 2 before) was right
    expect(s.weakest.map((w) => w.questionId).sort()).toEqual([...PRACTICE].sort());
    expect(s.weakest[0]).toMatchObject({ answers: 2, correct: 1, accuracy: 0.5 });
    expect(s.quizAttempts).toHaveLength(1);
    expect(s.quizAttempts[0]).toMatchObject({ late: true, correctCount: 1 });
  });
});

describe("item analysis", () => {
  it("uses each student's first try, from practice or a quiz, whichever came first", async () => {
    const ia = (await itemAnalysis(db, teacher, classId))!;
    const belt = ia.items.find((i) => i.questionId === "q_mcq_belt")!;
    // first tries on q_mcq_belt: 甲 ✓ (practice), 乙 ✗ (practice), 丙 ✗ (practice); the quizzes came later
    expect(belt).toMatchObject({ students: 3, right: 1 });
    expect(belt.facility).toBeCloseTo(1 / 3);
    expect(belt.answers).toBe(6); // reps on the cards: 2 + 2 + 2
    const order = ia.items.find((i) => i.questionId === "q_order_timeline")!;
    expect(order).toMatchObject({ students: 2, right: 2, facility: 1 }); // quiz only
    // 甲 practised it on 09-18, but answered it in the quiz (wrong) on 09-08 first
    const spirit = ia.items.find((i) => i.questionId === "q_multi_spirit")!;
    expect(spirit).toMatchObject({ students: 2, right: 0 });
    expect(spirit.topWrong).toEqual({ answer: JSON.stringify("y"), count: 2, share: 1 });
    expect(ia.items.every((i) => i.flags.length === 0)).toBe(true); // too few students for flags
  });

  it("can be limited to one assignment", async () => {
    const ia = (await itemAnalysis(db, teacher, classId, { assignmentId: closedId }))!;
    expect(ia.items.map((i) => i.questionId)).toEqual(["q_short_trade"]);
    expect(ia.items[0]).toMatchObject({ students: 2, facility: 1 });
  });
});

describe("the same results as a plain reading of the review logs", () => {
  it("item analysis: first tries match the earliest log of each card or the earliest quiz answer", async () => {
    const ia = (await itemAnalysis(db, teacher, classId))!;
    const userIds = students.map((s) => s.id);
    const questionIds = ia.items.map((i) => i.questionId);
    const cards = await db.card.findMany({ where: { userId: { in: userIds }, questionId: { in: questionIds } }, select: { id: true, userId: true, questionId: true } });
    const first = new Map<string, { correct: boolean; at: number }>();
    const consider = (key: string, correct: boolean, at: Date) => {
      const seen = first.get(key);
      if (!seen || at.getTime() < seen.at) first.set(key, { correct, at: at.getTime() });
    };
    for (const c of cards) {
      const log = await db.reviewLog.findFirst({ where: { cardId: c.id }, orderBy: { reviewedAt: "asc" } });
      if (log) consider(`${c.userId}|${c.questionId}`, log.correct ?? log.rating > 1, log.reviewedAt);
    }
    const responses = await db.quizResponse.findMany({ where: { attempt: { assignment: { classId } } }, select: { questionId: true, correct: true, answeredAt: true, attempt: { select: { userId: true } } } });
    for (const r of responses) consider(`${r.attempt.userId}|${r.questionId}`, r.correct, r.answeredAt);
    for (const item of ia.items) {
      const tries = [...first.entries()].filter(([k]) => k.endsWith(`|${item.questionId}`)).map(([, v]) => v);
      expect([item.questionId, item.students, item.right]).toEqual([item.questionId, tries.length, tries.filter((t) => t.correct).length]);
    }
  });

  it("class dashboard: a closed practice unit counts the cards answered by its due date", async () => {
    const d = (await classDashboard(db, teacher, classId, { now: NOW }))!;
    const closed = d.assignments.filter((a) => a.mode === "practice" && a.dueAt < NOW);
    expect(closed.length).toBeGreaterThan(0);
    for (const a of closed) {
      const items = await db.questionSetItem.findMany({ where: { set: { assignments: { some: { id: a.id } } }, question: { status: "active" } }, select: { questionId: true } });
      for (const s of students) {
        const onTime = await db.card.count({
          where: { userId: s.id, questionId: { in: items.map((i) => i.questionId) }, reviewLogs: { some: { reviewedAt: { lte: a.dueAt } } } },
        });
        const cell = d.cells[a.id][s.id];
        expect([s.name, a.total > 0 && onTime >= a.total]).toEqual([s.name, cell.state === "done"]);
      }
    }
  });
});

describe("CSV exports", () => {
  const t = (key: string) => key;

  it("every table builds, with a BOM, Chinese intact and commas quoted", async () => {
    for (const table of CSV_TABLES) {
      const csv = await buildCsv(db, teacher, classId, table, t, { now: NOW, userId: byName("甲") });
      expect(csv, table).not.toBeNull();
      const text = toCsv(csv!.header, csv!.rows);
      expect(text.startsWith(BOM)).toBe(true);
      expect(csv!.fileName).toContain("看板班, 一");
    }
    const progress = await buildCsv(db, teacher, classId, "progress", t, { now: NOW });
    const text = toCsv(progress!.header, progress!.rows);
    expect(text).toContain("甲,");
    expect(text.split("\r\n")).toHaveLength(1 + 6 * 3 + 1);
    expect(text).toContain("练习一");
  });
});

describe("scoping: another teacher, or a student of another class, gets nothing", () => {
  it("teacher B gets null for every dashboard, activity, item analysis and CSV of teacher A's class", async () => {
    expect(await classDashboard(db, other, classId, { now: NOW })).toBeNull();
    expect(await studentDashboard(db, other, classId, byName("甲"), { now: NOW })).toBeNull();
    expect(await classActivity(db, other, classId, { now: NOW })).toBeNull();
    expect(await itemAnalysis(db, other, classId)).toBeNull();
    for (const table of CSV_TABLES) expect(await buildCsv(db, other, classId, table, (k) => k, { userId: byName("甲") }), table).toBeNull();
  });

  it("a student who is not in the class has no dashboard there, even for its teacher", async () => {
    const outsider = await makeUser(db, "student", "外人");
    await study(db, outsider.id, "q_mcq_belt", [{ correct: true }]);
    expect(await studentDashboard(db, teacher, classId, outsider.id)).toBeNull();
    const d = (await classDashboard(db, teacher, classId, { now: NOW }))!;
    expect(d.students.map((s) => s.userId)).not.toContain(outsider.id);
    const ia = (await itemAnalysis(db, teacher, classId))!;
    expect(ia.items.find((i) => i.questionId === "q_mcq_belt")?.students).toBe(3);
  });

  it("students' work elsewhere does not show: only the class's questions count", async () => {
    const s = (await studentDashboard(db, teacher, classId, byName("丙"), { now: NOW }))!;
    await study(db, byName("丙"), "q_card_spirit", [{ correct: false }]); // not in any of the class's sets
    const again = (await studentDashboard(db, teacher, classId, byName("丙"), { now: NOW }))!;
    expect(again.answers).toBe(s.answers);
    expect(again.weakest.map((w) => w.questionId)).not.toContain("q_card_spirit");
  });

  it("a student gets nothing either", async () => {
    expect(await classDashboard(db, students[0], classId)).toBeNull();
    expect(await itemAnalysis(db, students[0], classId)).toBeNull();
  });
});
