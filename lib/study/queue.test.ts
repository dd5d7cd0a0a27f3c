import { describe, expect, it } from "vitest";
import { selectNext, LEARN_AHEAD_MS, type CardCandidate, type DayActivity } from "./queue";

const now = new Date("2026-03-02T02:00:00Z");
const min = 60_000;
const card = (id: string, state: number, dueOffsetMs: number, siblingKey: string | null = id): CardCandidate => ({
  id,
  state,
  due: new Date(now.getTime() + dueOffsetMs),
  siblingKey,
});
const day = (newToday: number, reviewsToday: number): DayActivity => ({ newToday, reviewsToday, answersToday: newToday + reviewsToday });
const limits = { newPerDay: 2, reviewsPerDay: 2 };

describe("selectNext", () => {
  const none = day(0, 0);

  it("serves due cards before new ones, the most overdue first", () => {
    const due = [card("old", 2, -10 * 86_400_000), card("recent", 2, -min)];
    const r = selectNext({ due, fresh: [card("n", 0, 0)], ahead: [] }, none, limits, now);
    expect(r).toEqual({ card: due[0], source: "due" });
  });

  it("stops serving reviews at the review limit, but not (re)learning steps", () => {
    const done = day(0, 2);
    const due = [card("review", 2, -2 * min), card("relearning", 3, -min)];
    expect(selectNext({ due, fresh: [], ahead: [] }, done, limits, now)?.card.id).toBe("relearning");
  });

  it("introduces new cards only while the new limit lasts", () => {
    const fresh = [card("n1", 0, 0)];
    expect(selectNext({ due: [], fresh, ahead: [] }, day(1, 0), limits, now)?.source).toBe("new");
    expect(selectNext({ due: [], fresh, ahead: [] }, day(2, 0), limits, now)).toBeNull();
  });

  it("learns ahead only (re)learning cards due within the learn-ahead window", () => {
    const ahead = [card("soon", 1, 5 * min), card("late", 1, LEARN_AHEAD_MS + min)];
    expect(selectNext({ due: [], fresh: [], ahead }, none, limits, now)?.card.id).toBe("soon");
    expect(selectNext({ due: [], fresh: [], ahead: [ahead[1]] }, none, limits, now)).toBeNull();
    expect(selectNext({ due: [], fresh: [], ahead: [card("rev", 2, min)] }, none, limits, now)).toBeNull();
  });

  it("never serves a card that is not due yet from the due list", () => {
    expect(selectNext({ due: [card("future", 2, min)], fresh: [], ahead: [] }, none, limits, now)).toBeNull();
  });
});
