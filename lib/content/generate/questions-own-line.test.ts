/**
 * Figures and concepts of a post or a transcript, asked in their own line: an emoji ends a line ("……3万人次😭截至目前……"), a time code and a
 * speaker ("[00:01:23]嘉宾某某：") open one. The figure is asked in its own line, not dropped as glued
 * text; a line whose measure has lost its owner ("项目总建筑面积约……") is not asked.
 */
import { describe, expect, it } from "vitest";
import { fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import { generateBank } from "./bank";
import { ownLine, OWNERLESS_MEASURE } from "./context";

const fig = (d: ReturnType<typeof makeDoc>, text: string, number: number, unit: string, measure: string) =>
  fact(d, "figure", text, { number, unit, text, measure } as never);

describe("a figure of a post's line cut by an emoji", () => {
  it("cuts the line holding the figure, and leaves a line with no emoji alone", () => {
    const text = "多年来，甲国累计向乙地区的12个国家派出专家组300人次😀目前仍有近百名专家在当地工作。";
    const at = text.indexOf("12个");
    const cut = ownLine(text, at, at + 3);
    expect(cut?.text).toBe("多年来，甲国累计向乙地区的12个国家派出专家组300人次。");
    expect(cut?.shift).toBe(0);
    expect(ownLine("甲国累计向乙地区的12个国家派出专家组。", 9, 12)).toBeUndefined();
  });

  it("refuses a piece that still reads as a post's header (a clock time)", () => {
    const text = "🌍甲乙合作这十余年某某观察社2024年5月2日08:30发表于某地📌导读：……";
    const at = text.indexOf("十余年");
    expect(ownLine(text, at, at + 3)).toBeUndefined();
  });

  it("asks the figure in its own line", () => {
    const d = makeDoc("doc_cov_emoji", "甲乙专家合作", "多年来，甲国累计向乙地区的12个国家派出专家组300人次😀目前仍有近百名专家在当地工作。");
    const f = fig(d, "12个", 12, "个", "国家");
    const qs = generateBank({ documents: [d], facts: [f] }).bank.questions.filter((q) => q.factIds.includes(f.id));
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) {
      expect(q.prompt).not.toMatch(/😀|近百名/u);
      expect(q.prompt).toMatch(/派出专家组/u);
    }
  });

  it("does not ask a line whose measure has lost its owner", () => {
    expect(OWNERLESS_MEASURE.test("项目总建筑面积约3万平方米，位于某国首都。")).toBe(true);
    expect(OWNERLESS_MEASURE.test("总造价大概是二十亿美元，其中一半是贷款。")).toBe(true);
    expect(OWNERLESS_MEASURE.test("甲国累计向乙地区的12个国家派出专家组。")).toBe(false);
    const d = makeDoc("doc_cov_owner", "甲乙中心", "由甲国援建的乙国某中心于2020年开工。项目总建筑面积约3万平方米，位于乙国首都，是合作框架下的重点项目之一😀某主任表示将提升防控能力。");
    const f = fig(d, "3万平方米", 3, "万平方米", "面积");
    const qs = generateBank({ documents: [d], facts: [f] }).bank.questions.filter((q) => q.factIds.includes(f.id) && q.type !== "flashcard");
    expect(qs).toEqual([]);
  });
});

describe("a figure of a transcript's line opened by a time code and a speaker", () => {
  it("drops the time code and the speaker", () => {
    const text = "[00:07:05]嘉宾某某：二〇二三年甲乙贸易额大概是五十多亿美元，其中甲国出口占了大部分。";
    const at = text.indexOf("五十多亿美元");
    const cut = ownLine(text, at, at + 6);
    expect(cut?.text).toBe("二〇二三年甲乙贸易额大概是五十多亿美元，其中甲国出口占了大部分。");
    expect(cut?.shift).toBe("[00:07:05]嘉宾某某：".length);
  });

  it("asks the figure written in Chinese numerals without the time code", () => {
    const d = makeDoc("doc_cov_podcast", "甲乙经贸访谈", "[00:07:05]嘉宾某某：二〇二三年甲国和乙国贸易额大概是五十多亿美元，其中甲国出口占了大部分。");
    const f = fig(d, "五十多亿美元", 50, "亿美元", "贸易额");
    const qs = generateBank({ documents: [d], facts: [f] }).bank.questions.filter((q) => q.factIds.includes(f.id) && q.type === "cloze");
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) expect(q.prompt).not.toMatch(/00:07|嘉宾/u);
  });
});

describe("a concept of a transcript's line opened by a time code and a speaker", () => {
  it("asks an item of the quoted list without the time code", () => {
    const d = makeDoc("doc_cov_concept", "甲乙合作访谈", "[00:12:00]嘉宾某某：甲乙合作可以用三句话来概括，就是“从援建到共建、从政府到民间、从项目到产业”。");
    const items = ["从援建到共建", "从政府到民间", "从项目到产业"];
    const f = fact(d, "concept", "从援建到共建、从政府到民间、从项目到产业", { term: "从援建到共建、从政府到民间、从项目到产业", items, category: "enumeration" } as never);
    const qs = generateBank({ documents: [d], facts: [f] }).bank.questions.filter((q) => q.factIds.includes(f.id) && q.type === "cloze");
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) expect(q.prompt).not.toMatch(/00:12|嘉宾/u);
  });
});
