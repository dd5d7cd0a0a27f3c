import { describe, expect, it } from "vitest";
import { draftForDigit, emptyDraft, isComplete, moveItem, toGiven } from "./draft";
import { questionView, stableShuffle } from "./question";

const row = (type: string, payload: object) => ({
  id: `q_${type}`,
  type,
  prompt: "题目",
  payload: JSON.stringify(payload),
  explanation: "",
  documentId: "d",
  sourceStart: 0,
  sourceEnd: 1,
  sourceQuote: "x",
});

describe("answer drafts", () => {
  it("chooses with number keys: mcq picks, multi toggles, true/false is 1 and 2", () => {
    const mcq = questionView(row("mcq", { options: ["甲", "乙", "丙"], answer: "乙" }));
    expect(draftForDigit(mcq, emptyDraft(mcq), 2)).toEqual({ type: "mcq", choice: "乙" });
    expect(draftForDigit(mcq, emptyDraft(mcq), 4)).toBeNull();
    const multi = questionView(row("multi", { options: ["甲", "乙", "丙"], answer: ["甲"] }));
    const once = draftForDigit(multi, emptyDraft(multi), 1)!;
    expect(toGiven(multi, once)).toEqual(["甲"]);
    expect(toGiven(multi, draftForDigit(multi, once, 1)!)).toEqual([]);
    const tf = questionView(row("true_false", { answer: true }));
    expect(draftForDigit(tf, emptyDraft(tf), 2)).toEqual({ type: "true_false", value: false });
  });

  it("never sends the answer to the browser before answering", () => {
    const views = [
      questionView(row("mcq", { options: ["甲", "乙"], answer: "乙" })),
      questionView(row("cloze", { answer: "西安", accepted: ["西安市"] })),
      questionView(row("matching", { pairs: [["a", "1"], ["b", "2"]] })),
    ];
    for (const v of views) expect(JSON.stringify(v)).not.toMatch(/answer|accepted|西安|pairs/);
  });

  it("sends matching as pairs and is complete only when every item is matched", () => {
    const m = questionView(row("matching", { pairs: [["a", "1"], ["b", "2"]] }));
    expect(m.left).toEqual(["a", "b"]);
    expect([...m.right!].sort()).toEqual(["1", "2"]);
    const d = { type: "matching" as const, matches: { a: "2" } };
    expect(isComplete(m, d)).toBe(false);
    expect(toGiven(m, { ...d, matches: { a: "2", b: "1" } })).toEqual([["a", "2"], ["b", "1"]]);
  });

  it("starts an ordering away from the right order, and moves items", () => {
    const o = questionView(row("ordering", { options: ["一", "二", "三", "四"], answer: ["一", "二", "三", "四"] }));
    expect(o.options).not.toEqual(["一", "二", "三", "四"]);
    expect(moveItem(["a", "b", "c"], 2, 0)).toEqual(["c", "a", "b"]);
    expect(moveItem(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
    expect(stableShuffle([1, 2, 3, 4, 5], "seed")).toEqual(stableShuffle([1, 2, 3, 4, 5], "seed"));
  });
});
