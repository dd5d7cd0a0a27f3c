import { describe, expect, it } from "vitest";
import { latest, practiceCell, quizCell, toDate } from "./progress";

const a = { opensAt: new Date("2026-09-01T00:00:00Z"), dueAt: new Date("2026-09-08T00:00:00Z") };
const before = new Date("2026-09-05T00:00:00Z");
const after = new Date("2026-09-10T00:00:00Z");

describe("a student's standing on an assignment", () => {
  it("practice: in progress, done, overdue, late", () => {
    const base = { total: 10, mastered: 2, onTime: null, lastActive: before };
    expect(practiceCell({ ...base, done: 4 }, a, before)).toMatchObject({ state: "in_progress", completion: 0.4, score: 0.2 });
    expect(practiceCell({ ...base, done: 10 }, a, before).state).toBe("done");
    expect(practiceCell({ ...base, done: 4, onTime: 4 }, a, after).state).toBe("overdue");
    expect(practiceCell({ ...base, done: 10, onTime: 7 }, a, after).state).toBe("late");
    expect(practiceCell({ ...base, done: 10, onTime: 10 }, a, after).state).toBe("done");
    expect(practiceCell({ ...base, done: 0, lastActive: null }, a, new Date("2026-08-01T00:00:00Z")).state).toBe("upcoming");
  });

  it("quiz: submitted on time, late, overdue, started", () => {
    const none = { attempts: 0, submitted: 0, best: null, firstSubmitted: null, lastActive: null };
    expect(quizCell(none, a, before, 5).state).toBe("not_started");
    expect(quizCell({ ...none, attempts: 1, lastActive: before }, a, before, 5).state).toBe("in_progress");
    expect(quizCell(none, a, after, 5).state).toBe("overdue");
    expect(quizCell({ attempts: 2, submitted: 2, best: 0.8, firstSubmitted: before, lastActive: after }, a, after, 5)).toMatchObject({ state: "done", score: 0.8, done: 5 });
    expect(quizCell({ attempts: 1, submitted: 1, best: 0.6, firstSubmitted: after, lastActive: after }, a, after, 5).state).toBe("late");
  });

  it("reads database dates of either dialect", () => {
    expect(toDate("2026-09-01T08:00:00.000+00:00")?.toISOString()).toBe("2026-09-01T08:00:00.000Z");
    expect(toDate(new Date(0))?.getTime()).toBe(0);
    expect(toDate(null)).toBeNull();
    expect(latest(null, before, after, undefined)).toBe(after);
  });
});
