/**
 * How a student stands on an assignment, from aggregated numbers (no database here). Pure.
 *
 * Practice: done = questions answered at least once; complete when every active question of
 * the set is; late when completed but not all first answers came by the due date; overdue when
 * the due date passed and it is not complete.
 * Quiz: done once an attempt is submitted; score = the best submitted score; late when the
 * first submission came after the due date; overdue when the due date passed with none.
 */

export interface PracticeNumbers {
  total: number;
  done: number;
  mastered: number;
  /** Questions first answered by the due date (known only once the due date has passed). */
  onTime: number | null;
  lastActive: Date | null;
}

export interface QuizNumbers {
  attempts: number;
  submitted: number;
  best: number | null;
  firstSubmitted: Date | null;
  lastActive: Date | null;
}

export type CellState = "not_started" | "in_progress" | "done" | "late" | "overdue" | "upcoming";

export interface ProgressCell {
  mode: "practice" | "quiz";
  state: CellState;
  /** 0..1: practice: share done; quiz: submitted or not. */
  completion: number;
  /** 0..1 or null: practice: share mastered; quiz: best score. */
  score: number | null;
  done: number;
  total: number;
  attempts: number;
  lastActive: Date | null;
}

export function practiceCell(n: PracticeNumbers, a: { opensAt: Date; dueAt: Date }, now: Date): ProgressCell {
  const complete = n.total > 0 && n.done >= n.total;
  const closed = now > a.dueAt;
  let state: CellState;
  if (complete) state = closed && n.onTime !== null && n.onTime < n.total ? "late" : "done";
  else if (closed) state = "overdue";
  else if (now < a.opensAt && n.done === 0) state = "upcoming";
  else state = n.done > 0 ? "in_progress" : "not_started";
  return {
    mode: "practice",
    state,
    completion: n.total ? Math.min(1, n.done / n.total) : 0,
    score: n.total ? n.mastered / n.total : null,
    done: n.done,
    total: n.total,
    attempts: n.done,
    lastActive: n.lastActive,
  };
}

export function quizCell(n: QuizNumbers, a: { opensAt: Date; dueAt: Date }, now: Date, total: number): ProgressCell {
  let state: CellState;
  if (n.submitted > 0) state = n.firstSubmitted && n.firstSubmitted > a.dueAt ? "late" : "done";
  else if (now > a.dueAt) state = "overdue";
  else if (now < a.opensAt) state = "upcoming";
  else state = n.attempts > 0 ? "in_progress" : "not_started";
  return {
    mode: "quiz",
    state,
    completion: n.submitted > 0 ? 1 : 0,
    score: n.best,
    done: n.submitted > 0 ? total : 0,
    total,
    attempts: n.attempts,
    lastActive: n.lastActive,
  };
}

/** A raw query's DateTime: SQLite gives ISO text, PostgreSQL a Date. */
export function toDate(v: unknown): Date | null {
  if (v === null || v === undefined || v === "") return null;
  const d = v instanceof Date ? v : new Date(typeof v === "number" ? v : String(v));
  return Number.isNaN(d.getTime()) ? null : d;
}

/** COUNT and SUM come back as bigint (PostgreSQL), number or null. */
export const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));

export const truthy = (v: unknown): boolean => v === true || v === 1 || v === "1" || v === 1n || v === "true";

export const latest = (...dates: (Date | null | undefined)[]): Date | null =>
  dates.reduce<Date | null>((m, d) => (d && (!m || d > m) ? d : m), null);
