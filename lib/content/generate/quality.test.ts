/**
 * What a teacher rejected in read samples of the bank, on invented documents:
 * dates of two-day events, short forms of a title as distractors, subjectless statistics,
 * attribution blanks, lists with no name, offices of people, and timeline events that differ
 * only in an ordinal or a party.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../bank/format";
import { fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import type { Corpus, ExtractedFact } from "../types";
import { sameEvent } from "./builders/sets";
import { buildContext } from "./context";
import { questionFlags } from "./selfcheck";

function entity(doc: ReturnType<typeof makeDoc>, name: string, category: "country" | "person" | "place"): ExtractedFact {
  return fact(doc, "entity", name, { name, category, aliases: [] });
}

function corpusOf(body: string, facts: (d: ReturnType<typeof makeDoc>) => ExtractedFact[]): Corpus {
  const d = makeDoc("doc_q", "测试文献", body);
  return { documents: [d], facts: facts(d) };
}

describe("a blank for who published the figures", () => {
  it("is a trivial blank", () => {
    const q: Question = {
      id: "q_x",
      type: "cloze",
      factIds: ["f"],
      prompt: "根据原文填空：根据____的数据，2031年北陆国经济增长了5.1%。",
      answer: "某某银行",
      accepted: ["某某银行"],
      explanation: "",
      source: { documentId: "d", start: 0, end: 1, quote: "x" },
      tags: [],
      quality: { score: 1, flags: [] },
    };
    expect(questionFlags(q)).toContain("trivial-blank");
  });
});

describe("events on a timeline", () => {
  const c = corpusOf("北陆国同南川国、东屿国保持往来。", (d) => [...["北陆国", "南川国", "东屿国"].map((n) => entity(d, n, "country"))]);
  const ctx = buildContext(c);

  it("differ when their ordinals or their named parties differ", () => {
    expect(sameEvent(ctx, "北陆国外长第二次会晤在港城举行", "北陆国外长第三次会晤在港城举行")).toBe(false);
    expect(sameEvent(ctx, "北陆国与南川国建立全面伙伴关系", "北陆国与东屿国建立全面伙伴关系")).toBe(false);
    expect(sameEvent(ctx, "北陆国外长第二次会晤在港城举行", "北陆国外长第二次会晤在港城成功举行")).toBe(true);
  });
});
