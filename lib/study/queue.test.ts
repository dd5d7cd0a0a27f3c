import { describe, expect, it } from "vitest";
import { selectNext, summariseToday, LEARN_AHEAD_MS, type CardCandidate, type TodayLog } from "./queue";

const now = new Date("2026-03-02T02:00:00Z");
const min = 60_000;
const card = (id: string, state: number, dueOffsetMs: number, siblingKey: string | null = id): CardCandidate => ({
  id,
  state,
  due: new Date(now.getTime() + dueOffsetMs),
  siblingKey,
});
const log = (cardId: string, state: number, siblingKey: string | null = cardId, origin = "practice"): TodayLog => ({ cardId, state, siblingKey, origin });
const limits = { newPerDay: 2, reviewsPerDay: 2 };

describe("summariseToday", () => {
  it("counts new and review answers of practice, not of quizzes", () => {
    const a = summariseToday([log("a", 0), log("a", 1), log("b", 2), log("c", 0, "c", "quiz"), log("d", 3)]);
    expect(a).toMatchObject({ newToday: 1, reviewsToday: 1, answersToday: 5 });
    expect([...a.siblingKeys].sort()).toEqual(["a", "b", "c", "d"]);
  });
});

describe("selectNext", () => {
  const none = summariseToday([]);

  it("serves due cards before new ones, the most overdue first", () => {
    const due = [card("old", 2, -10 * 86_400_000), card("recent", 2, -min)];
    const r = selectNext({ due, fresh: [card("n", 0, 0)], ahead: [] }, none, limits, now);
    expect(r).toEqual({ card: due[0], source: "due" });
  });

  it("stops serving reviews at the review limit, but not (re)learning steps", () => {
    const done = summariseToday([log("x", 2), log("y", 2)]);
    const due = [card("review", 2, -2 * min), card("relearning", 3, -min)];
    expect(selectNext({ due, fresh: [], ahead: [] }, done, limits, now)?.card.id).toBe("relearning");
  });

  it("introduces new cards only while the new limit lasts", () => {
    const fresh = [card("n1", 0, 0)];
    expect(selectNext({ due: [], fresh, ahead: [] }, summariseToday([log("a", 0)]), limits, now)?.source).toBe("new");
    expect(selectNext({ due: [], fresh, ahead: [] }, summariseToday([log("a", 0), log("b", 0)]), limits, now)).toBeNull();
  });

  it("buries a card whose sibling was answered today, but not the card answered itself", () => {
    const a = summariseToday([log("multi", 0, "fact1")]);
    const fresh = [card("flash", 0, 0, "fact1"), card("other", 0, 0, "fact2")];
    expect(selectNext({ due: [], fresh, ahead: [] }, a, limits, now)?.card.id).toBe("other");
    const due = [card("multi", 1, -min, "fact1")];
    expect(selectNext({ due, fresh: [], ahead: [] }, a, limits, now)?.card.id).toBe("multi");
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
