import { describe, expect, it } from "vitest";
import { parseBank, type Question } from "@/lib/bank/format";
import { bankConsistencyProblems, defaultInitialStatus, questionContent, sameSet } from "./rows";

const question = (over: Partial<Question> = {}): Question => ({
  id: "q1",
  type: "true_false",
  factIds: [],
  prompt: "？",
  answer: true,
  explanation: "",
  source: { documentId: "d", start: 0, end: 1, quote: "x" },
  tags: [],
  quality: { score: 0.8, flags: [] },
  ...over,
});

describe("a new generated question's status", () => {
  it("is active from a self-check score of 0.6 without blocking flags, else draft", () => {
    expect(defaultInitialStatus(question({ quality: { score: 0.6, flags: [] } }))).toBe("active");
    expect(defaultInitialStatus(question({ quality: { score: 0.59, flags: [] } }))).toBe("draft");
    expect(defaultInitialStatus(question({ quality: { score: 0.9, flags: ["inferred-date"] } }))).toBe("active");
    expect(defaultInitialStatus(question({ quality: { score: 0.9, flags: ["answer-leak"] } }))).toBe("draft");
    expect(defaultInitialStatus(question({ quality: { score: 0.9, flags: ["block:anything"] } }))).toBe("draft");
  });
});

describe("a question's stored columns", () => {
  it("take the kind and sibling group from the first fact, or the question's own id without facts", () => {
    const kinds = new Map([["f1", "date"], ["f2", "agreement"]]);
    expect(questionContent(question({ factIds: ["f2", "f1"] }), kinds)).toMatchObject({ factKind: "agreement", siblingKey: "f2" });
    expect(questionContent(question(), kinds)).toMatchObject({ factKind: null, siblingKey: "q1" });
  });

  it("keep only the type's own payload fields", () => {
    const q = question({ type: "mcq", options: ["a", "b"], answer: "a" });
    expect(JSON.parse(questionContent(q, new Map()).payload)).toEqual({ options: ["a", "b"], answer: "a" });
  });
});

describe("bank consistency", () => {
  it("is fine for a bank whose references hold, and names each broken one", () => {
    const parsed = parseBank({
      format: "quizbank/1",
      generator: { version: "1" },
      documents: [{ id: "d", file: "d.txt", title: "D", sha256: "0".repeat(64), text: "xy" }],
      facts: [],
      questions: [question(), question({ factIds: ["nope"], source: { documentId: "e", start: 2, end: 1, quote: "" } })],
    });
    if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
    expect(bankConsistencyProblems(parsed.bank)).toEqual([
      'questions: duplicate id "q1"',
      'questions.1.source.documentId: "e" is not a document of this bank',
      "questions.1.source: end is before start",
      'questions.1.factIds.0: "nope" is not a fact of this bank',
    ]);
  });

  it("compares tag sets regardless of order", () => {
    expect(sameSet(["a", "b"], ["b", "a"])).toBe(true);
    expect(sameSet(["a"], ["a", "b"])).toBe(false);
  });
});
