import { describe, expect, it } from "vitest";
import { analyseItems, answerText, flagsFor, pointBiserial, upperLowerIndex, type FirstTry } from "./item-analysis";

/** A crafted class: 10 students (s0 best … s9 worst), five anchor items that rank them, four items under study. */
function crafted(): FirstTry[] {
  const tries: FirstTry[] = [];
  const add = (q: string, u: number, correct: boolean, answer = correct ? '"对"' : '"错A"') =>
    tries.push({ userId: `s${u}`, questionId: q, correct, answer });
  for (let u = 0; u < 10; u++) {
    for (let k = 1; k <= 5; k++) add(`anchor${k}`, u, u < 2 * k);
    add("easy", u, u !== 9); // 9/10 right
    add("hard", u, u < 2, u < 2 ? '"对"' : u % 3 === 0 ? '"错B"' : '"错A"'); // only the two best
    add("good", u, u < 5); // the better half
    add("inverse", u, u >= 5, u >= 5 ? '"对"' : '"诱饵"'); // only the weaker half: misleading
  }
  return tries;
}

describe("item analysis on a crafted class", () => {
  const stats = new Map(analyseItems(crafted()).map((s) => [s.questionId, s]));

  it("facility is the share right on the first try", () => {
    expect(stats.get("easy")?.facility).toBeCloseTo(0.9);
    expect(stats.get("hard")?.facility).toBeCloseTo(0.2);
    expect(stats.get("good")?.facility).toBeCloseTo(0.5);
    expect(stats.get("inverse")?.students).toBe(10);
  });

  it("upper–lower 27% discrimination: 3 students per group", () => {
    // "good": the top 3 by rest score are s0..s2 (all right), the bottom 3 s7..s9 (all wrong)
    expect(stats.get("good")?.discrimination).toBeCloseTo(1);
    // "inverse": the strong students got it wrong
    expect(stats.get("inverse")!.discrimination!).toBeLessThan(0);
  });

  it("point-biserial is positive for a good item and negative for a misleading one", () => {
    expect(stats.get("good")!.pointBiserial!).toBeGreaterThan(0.5);
    expect(stats.get("inverse")!.pointBiserial!).toBeLessThan(0);
  });

  it("names the most chosen wrong answer with its share", () => {
    expect(stats.get("inverse")?.topWrong).toEqual({ answer: '"诱饵"', count: 5, share: 0.5 });
    expect(stats.get("inverse")?.topWrongPull).toBeCloseTo(1); // the whole upper group, none of the lower
    expect(stats.get("hard")!.topWrongPull!).toBeLessThan(0);
    expect(stats.get("hard")?.topWrong).toEqual({ answer: '"错A"', count: 5, share: 0.5 });
    expect(stats.get("easy")?.topWrong?.count).toBe(1);
  });

  it("flags too easy, too hard and misleading items, and not the good one", () => {
    expect(stats.get("easy")?.flags).toEqual(["too_easy"]);
    expect(stats.get("hard")?.flags).toEqual(["too_hard"]);
    expect(stats.get("inverse")?.flags).toEqual(["misleading"]);
    expect(stats.get("good")?.flags).toEqual([]);
    expect(stats.get("anchor3")?.flags).toEqual([]);
  });

  it("counts only the first try of each student", () => {
    const again = analyseItems([...crafted(), { userId: "s9", questionId: "easy", correct: true, answer: '"对"' }]);
    expect(again.find((s) => s.questionId === "easy")?.facility).toBeCloseTo(0.9);
  });
});

describe("the statistics themselves", () => {
  it("upper–lower index by hand", () => {
    const pairs = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2].map((rest, i) => ({ rest, correct: i % 2 === 0 }));
    // n = round(8 × 0.27) = 2: upper (0.9 ✓, 0.8 ✗) = 0.5; lower (0.3 ✓, 0.2 ✗) = 0.5
    expect(upperLowerIndex(pairs)).toBeCloseTo(0);
    expect(upperLowerIndex(pairs.slice(0, 3))).toBeNull();
  });

  it("point-biserial by hand", () => {
    // rest scores 1, 0.5, 0.5, 0; right on the item for the first two
    const r = pointBiserial([
      { rest: 1, correct: true },
      { rest: 0.5, correct: true },
      { rest: 0.5, correct: false },
      { rest: 0, correct: false },
    ]);
    // M1 = 0.75, M0 = 0.25, s = √0.125, p = q = 0.5 → 0.5 / 0.35355 × 0.5 = 0.7071
    expect(r).toBeCloseTo(0.7071, 3);
    expect(pointBiserial([{ rest: 1, correct: true }, { rest: 0, correct: true }])).toBeNull();
  });

  it("raises no flag on too few answers, and flags a wrong answer that draws the strong students", () => {
    expect(flagsFor({ students: 4, facility: 1, discrimination: null, pointBiserial: null, topWrongPull: null })).toEqual([]);
    expect(flagsFor({ students: 10, facility: 0.5, discrimination: 0.2, pointBiserial: 0.2, topWrongPull: 0.34 })).toEqual(["misleading"]);
    expect(flagsFor({ students: 10, facility: 0.5, discrimination: 0.2, pointBiserial: 0.2, topWrongPull: -0.34 })).toEqual([]);
  });

  it("shows stored answers as text", () => {
    expect(answerText('"2013年"')).toBe("2013年");
    expect(answerText('["甲","乙"]')).toBe("甲、乙");
    expect(answerText("false", { true: "对", false: "错" })).toBe("错");
    expect(answerText("not json")).toBe("not json");
  });
});
