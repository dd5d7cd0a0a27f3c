import { describe, expect, it } from "vitest";
import { rawDocumentFromText } from "../read";
import { normaliseDocument } from "../normalise/index";
import { extractFacts } from "../pipeline";
import type { ExtractedFact } from "../types";

const factsOf = (text: string, file = "t.txt"): ExtractedFact[] => extractFacts(normaliseDocument(rawDocumentFromText("t", file, text)));
const isos = (facts: ExtractedFact[]) => facts.filter((f) => f.kind === "date").map((f) => (f.value as { iso: string }).iso);
const figures = (facts: ExtractedFact[]) => facts.filter((f) => f.kind === "figure").map((f) => `${(f.value as { number: number }).number}${(f.value as { unit: string }).unit}`);

describe("round 8: OCR'd numbers", () => {
  it("reads dates and figures whose zeros and ones were scanned as letters, also across a line break", () => {
    const text = "甲乙两国港口合作回顾\n\n两国港口往来源远流长，早在l9O8\n年3月，双方开通首条航线。2OO5年1O月，港口吞吐量增长8O%，投资约l5.3亿美元，雇用3OO余名工人。\n";
    const facts = factsOf(text);
    expect(isos(facts)).toEqual(expect.arrayContaining(["1908-03", "2005-10"]));
    expect(figures(facts)).toEqual(expect.arrayContaining(["80%", "15.3亿美元", "300名"]));
  });
});

describe("round 8: a bare year opening an event's name", () => {
  it("dates the event", () => {
    const facts = factsOf("甲省将办好2031国际海洋装备博览会和第九届丙丁论坛。\n");
    expect(isos(facts)).toContain("2031");
  });
  it("leaves a year in a plan's or document's name alone when no event follows", () => {
    const facts = factsOf("甲乙两国对接2035愿景规划，深化合作。\n");
    expect(isos(facts)).not.toContain("2035");
  });
});

describe("round 8: counts and spans in Chinese numerals", () => {
  it("reads a count after an open list (等), a term of office and a break of years and a half", () => {
    const text = "甲乙丙三方就港口建设、海上救援、渔业资源等七大合作领域达成一致。理事会主席由三方轮流担任，任期三年。此后对话停摆了两年半。\n";
    const got = figures(factsOf(text));
    expect(got).toEqual(expect.arrayContaining(["7大", "3年", "2.5年"]));
  });
  it("does not count a closed list whose items are all named", () => {
    const got = figures(factsOf("双方确定港口建设、海上救援和渔业资源三个优先领域。\n"));
    expect(got).not.toContain("3个");
  });
  it("reads the page of a newspaper", () => {
    const got = figures(factsOf("甲乙两国港口合作回顾\n\n两国港口往来源远流长，航线逐年加密。\n\n本文原载于2031年4月2日《海滨日报》第12版。\n"));
    expect(got).toContain("12版");
  });
});

describe("round 8: a byline with the source and the date", () => {
  it("dates the publication", () => {
    const text = "# 海港简报\n\n> 来源：某航运研究所 | 2031-04-02\n\n## 一、概况\n\n两国港口往来由来已久，航线逐年加密。\n";
    expect(isos(factsOf(text, "t.md"))).toContain("2031-04-02");
  });
});
