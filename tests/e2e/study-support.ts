/**
 * Helpers for the study specs: the e2e database (tests/.tmp/e2e.db, built by scripts/e2e-server.ts)
 * read and arranged directly, so that each question type can be brought to the front of a
 * student's queue and each answer counted in the review log.
 */
import Database from "better-sqlite3";
import { expect, type BrowserContext, type Page } from "@playwright/test";

export const E2E_DB = process.env.E2E_DB ?? "tests/.tmp/e2e.db";
export const TEST_CLOCK_COOKIE = "wengu-test-now";

function withDb<T>(f: (db: Database.Database) => T): T {
  const db = new Database(E2E_DB, { timeout: 10_000 });
  try {
    return f(db);
  } finally {
    db.close();
  }
}

export interface StoredQuestion {
  id: string;
  type: string;
  prompt: string;
  siblingKey: string | null;
  payload: {
    options?: string[];
    pairs?: [string, string][];
    answer?: string | string[] | boolean;
    accepted?: string[];
    front?: string;
    back?: string;
  };
}

export const userIdOf = (email: string): string =>
  withDb((db) => (db.prepare(`SELECT id FROM "User" WHERE email = ?`).get(email) as { id: string }).id);

/**
 * Puts one new card of each type at the front of the student's new cards (in the order given),
 * choosing questions on different facts so that none buries another. The student must have
 * opened Today or Practice once (that makes their cards).
 */
export function bringToFront(email: string, types: string[]): StoredQuestion[] {
  return withDb((db) => {
    const userId = userIdOf(email);
    const picked: StoredQuestion[] = [];
    const siblings = new Set<string>();
    types.forEach((type, i) => {
      const rows = db
        .prepare(
          `SELECT q.id, q.type, q.prompt, q.payload, q.siblingKey FROM "Card" c JOIN "Question" q ON q.id = c.questionId
           WHERE c.userId = ? AND c.state = 0 AND q.status = 'active' AND q.type = ? ORDER BY q.id LIMIT 200`,
        )
        .all(userId, type) as { id: string; type: string; prompt: string; payload: string; siblingKey: string | null }[];
      const row = rows.find((r) => !r.siblingKey || !siblings.has(r.siblingKey));
      if (!row) throw new Error(`no new ${type} question for ${email}`);
      if (row.siblingKey) siblings.add(row.siblingKey);
      const due = new Date(Date.UTC(1980, 0, 1) + i).toISOString().replace("Z", "+00:00");
      db.prepare(`UPDATE "Card" SET due = ? WHERE userId = ? AND questionId = ?`).run(due, userId, row.id);
      picked.push({ ...row, payload: JSON.parse(row.payload) as StoredQuestion["payload"] });
    });
    return picked;
  });
}

export interface StoredLog {
  questionId: string;
  rating: number;
  correct: number | null;
  origin: string;
  answer: string;
}

export const reviewLogsOf = (email: string): StoredLog[] =>
  withDb(
    (db) =>
      db
        .prepare(`SELECT questionId, rating, correct, origin, answer FROM "ReviewLog" WHERE userId = ? ORDER BY reviewedAt, id`)
        .all(userIdOf(email)) as StoredLog[],
  );

/** A quiz assignment for the demo class (the e2e seed's teacher and students). */
export function createQuizAssignment(title: string, questionIds: string[], timeLimitSec: number | null, now: Date): string {
  return withDb((db) => {
    const teacher = db.prepare(`SELECT id FROM "User" WHERE email = 'teacher@wengu.demo'`).get() as { id: string };
    const klass = db.prepare(`SELECT id FROM "Classroom" WHERE teacherId = ? ORDER BY createdAt LIMIT 1`).get(teacher.id) as { id: string };
    const stamp = (d: Date) => d.toISOString().replace("Z", "+00:00");
    const id = (p: string) => `${p}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
    const setId = id("set_e2e_");
    const assignmentId = id("asg_e2e_");
    db.prepare(`INSERT INTO "QuestionSet" (id, title, description, ownerId, createdAt, updatedAt) VALUES (?, ?, '', ?, ?, ?)`).run(
      setId,
      title,
      teacher.id,
      stamp(now),
      stamp(now),
    );
    questionIds.forEach((q, i) => db.prepare(`INSERT INTO "QuestionSetItem" (setId, questionId, position) VALUES (?, ?, ?)`).run(setId, q, i));
    db.prepare(
      `INSERT INTO "Assignment" (id, classId, setId, title, mode, opensAt, dueAt, timeLimitSec, maxAttempts, createdAt, updatedAt)
       VALUES (?, ?, ?, ?, 'quiz', ?, ?, ?, 2, ?, ?)`,
    ).run(assignmentId, klass.id, setId, title, stamp(new Date(now.getTime() - 86_400_000)), stamp(new Date(now.getTime() + 7 * 86_400_000)), timeLimitSec, stamp(now), stamp(now));
    return assignmentId;
  });
}

/** Active questions of a type (for building a quiz). */
export const questionsOfType = (type: string, n: number): StoredQuestion[] =>
  withDb((db) =>
    (
      db.prepare(`SELECT id, type, prompt, payload, siblingKey FROM "Question" WHERE status = 'active' AND type = ? ORDER BY id LIMIT ?`).all(type, n) as {
        id: string;
        type: string;
        prompt: string;
        payload: string;
        siblingKey: string | null;
      }[]
    ).map((r) => ({ ...r, payload: JSON.parse(r.payload) as StoredQuestion["payload"] })),
  );

/** Moves the server's clock for this browser (the app runs with WENGU_TEST_CLOCK=1 in tests). */
export async function setClock(context: BrowserContext, baseURL: string, at: Date): Promise<void> {
  await context.addCookies([{ name: TEST_CLOCK_COOKIE, value: at.toISOString(), url: baseURL }]);
}

/** The question on screen: waits for it and checks it is the expected one. */
export async function expectQuestion(page: Page, q: StoredQuestion): Promise<void> {
  const card = page.getByTestId("question");
  await expect(card).toHaveAttribute("data-question-id", q.id);
  await expect(card).toHaveAttribute("data-question-type", q.type);
}

/** Puts an ordering question's items in the right order with the move-up buttons. */
export async function orderWithButtons(page: Page, answer: string[]): Promise<void> {
  for (let target = 0; target < answer.length; target++) {
    const items = await page.getByTestId("ordering-item").allInnerTexts();
    const current = items.findIndex((text) => text.includes(answer[target]));
    for (let k = current; k > target; k--) await page.getByRole("button", { name: `上移：${answer[target]}` }).click();
  }
  const final = await page.getByTestId("ordering-item").allInnerTexts();
  answer.forEach((item, i) => expect(final[i]).toContain(item));
}
