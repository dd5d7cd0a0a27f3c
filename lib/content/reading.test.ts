import { describe, expect, it } from "vitest";
import type { Question } from "../bank/format";
import { carryOver, contentHash, formatJudgements, parseJudgements, stableSample, tally } from "./reading";

const question = (id: string, prompt = `问题${id}`): Question => ({
  id,
  type: "mcq",
  factIds: [],
  prompt,
  options: ["甲", "乙", "丙", "丁"],
  answer: "甲",
  explanation: "出自原文。",
  source: { documentId: "d", start: 0, end: 1, quote: "甲" },
  tags: ["date"],
  quality: { score: 1, flags: [] },
});

const bank = Array.from({ length: 50 }, (_, i) => question(`q_${i}`));

describe("stableSample", () => {
  it("keeps a drawn question drawn when questions outside the sample leave", () => {
    const drawn = stableSample(bank, "s", 10);
    const ids = new Set(drawn.map((q) => q.id));
    const fewer = bank.filter((q, i) => ids.has(q.id) || i % 2 === 0);
    expect(stableSample(fewer, "s", 10).map((q) => q.id)).toEqual(drawn.map((q) => q.id));
  });

  it("draws another sample with another salt, whatever the bank's order", () => {
    const a = stableSample(bank, "s", 10).map((q) => q.id);
    expect(stableSample([...bank].reverse(), "s", 10).map((q) => q.id)).toEqual(a);
    expect(stableSample(bank, "t", 10).map((q) => q.id)).not.toEqual(a);
  });
});

describe("carryOver", () => {
  it("keeps a verdict only while the question's content is unchanged", () => {
    const [a, b] = [question("q_a"), question("q_b")];
    const earlier = [a, b].map((q) => ({ id: q.id, hash: contentHash(q), verdict: "A" as const, code: "-", note: "" }));
    const changed = { ...b, options: ["甲", "乙", "丙", "戊"] };
    const { kept, toRead } = carryOver([a, changed, question("q_c")], earlier);
    expect(kept.map((j) => j.id)).toEqual(["q_a"]);
    expect(toRead.map((q) => q.id)).toEqual(["q_b", "q_c"]);
  });
});

describe("judgement files", () => {
  it("round-trips and tallies rejects by code", () => {
    const text = "# comment\nq_1\tabc\tA\t-\tfine\nq_2\tdef\tR\tSET\t套语\nq_3\tghi\tR\tSET\t\n";
    const js = parseJudgements(text);
    expect(parseJudgements(formatJudgements(js))).toEqual(js);
    expect(tally(js)).toEqual({ accepted: 1, total: 3, rejects: { SET: 2 } });
  });

  it("says which line is malformed", () => {
    expect(() => parseJudgements("q_1\tabc\tA\nq_2\tdef\tmaybe\n")).toThrow(/line 2/);
  });
});
