/**
 * Options that cannot be right: a name of many sides in a slot of two, a project of another country, a rank no
 * count reaches, a range holding the true value, a number the sentence spells again.
 */
import { describe, expect, it } from "vitest";
import { fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import type { CleanDocument } from "../types";
import { bilateralSentence, fitsSlot, multilateralName } from "./builders/agreement-options";
import { buildFigureQuestions } from "./builders/figure";
import { approximateRange, numbersSpelled, plausibleWrongFigure } from "./builders/figure-options";
import { buildContext } from "./context";
import type { AgreementFact, FigureFact } from "./model";

const agreement = (doc: CleanDocument, name: string, category: string, parties: string[] = []) =>
  fact(doc, "agreement", name, { name, category, type: "协定", parties } as never) as AgreementFact;

describe("a slot of two sides", () => {
  it("is a sentence of 两国/双方 with no third side, or of China and one country by name", () => {
    expect(bilateralSentence("两国元首共同规划双边关系发展蓝图，双方签署（    ）。")).toBe(true);
    expect(bilateralSentence("中国人民银行与智利国家银行签署规模为100亿元的（    ）。")).toBe(true);
    expect(bilateralSentence("三国外长签署（    ）。")).toBe(false);
    expect(bilateralSentence("各国代表通过（    ）。")).toBe(false);
  });

  it("takes no convention, regional agreement or group's meeting", () => {
    expect(multilateralName("某海洋法公约")).toBe(true);
    expect(multilateralName("区域全面经济伙伴关系协定")).toBe(true);
    expect(multilateralName("金砖国家领导人会晤")).toBe(true);
    expect(multilateralName("两党高层会晤")).toBe(false);
    expect(multilateralName("双边本币互换协议")).toBe(false);
    expect(multilateralName("甲乙丙三边安全伙伴关系")).toBe(true);
    const d = makeDoc("doc_sl1", "中国—智利关系", "两国元首会谈后，双方签署《双边本币互换协议》。各国于某年通过《某海洋法公约》。");
    const answer = agreement(d, "双边本币互换协议", "document", ["中国", "智利"]);
    const convention = agreement(d, "某海洋法公约", "document");
    const ctx = buildContext({ documents: [d], facts: [answer, convention] });
    expect(fitsSlot(ctx, answer, convention)).toBe(false);
    // (a slot of many sides may take a name of two)
    expect(fitsSlot(ctx, convention, answer)).toBe(true);
  });

  it("takes no meeting its own sentence puts among a group's, nor a treaty of more than two parties", () => {
    const d = makeDoc("doc_sl5", "中国—智利关系", "双方同意发挥两党高层会晤的引领作用。金砖国家领导人第九次会晤在甲城举行，即甲城会晤。");
    const answer = agreement(d, "两党高层会晤", "mechanism");
    const meeting = agreement(d, "甲城会晤", "mechanism");
    const treaty = { ...agreement(d, "两党高层会晤", "document", ["中国", "智利", "秘鲁"]), value: { name: "某某条约", category: "document", type: "条约", parties: ["中国", "智利", "秘鲁"] } } as AgreementFact;
    const ctx = buildContext({ documents: [d], facts: [answer, meeting] });
    expect(fitsSlot(ctx, answer, meeting)).toBe(false);
    expect(fitsSlot(ctx, answer, treaty)).toBe(false);
  });
});

describe("a project's slot", () => {
  it("takes projects of the country its project lies in, not another country's", () => {
    const peru = makeDoc("doc_sl2", "中国—秘鲁关系", "中秘合作的甲港位于秘鲁中部。中秘合作的乙港也在秘鲁。");
    const chile = makeDoc("doc_sl3", "中国—智利关系", "中智合作的丙港位于智利北部。");
    const a = agreement(peru, "甲港", "project");
    const b = agreement(peru, "乙港", "project");
    const c = agreement(chile, "丙港", "project");
    const ctx = buildContext({ documents: [peru, chile], facts: [a, b, c] });
    expect(fitsSlot(ctx, a, b)).toBe(true);
    expect(fitsSlot(ctx, a, c)).toBe(false);
  });
});

describe("wrong figures a reader could take for the right one", () => {
  it("put a rank within a third of the true one", () => {
    const ok = plausibleWrongFigure("第120个", "某国成为该组织第120个成员。", 120);
    expect(ok(100)).toBe(true);
    expect(ok(240)).toBe(false);
    expect(ok(60)).toBe(false);
  });

  it("give an approximate count whose range does not hold the true one", () => {
    expect(approximateRange(120)).toEqual([120, 130]);
    expect(approximateRange(100)).toEqual([100, 200]);
    const ok = plausibleWrongFigure("120多个", "已有120多个国家参与。", 120);
    expect(ok(100)).toBe(false);
    expect(ok(200)).toBe(true);
    expect(plausibleWrongFigure("100多个", "已有100多个国家参与。", 100)(120)).toBe(false);
  });

  it("leave no wrong number where the sentence spells the figure again in a quoted name", () => {
    expect(numbersSpelled("开展5个示范区、50个项目，简称“五五十”项目")).toEqual(new Set([5, 10]));
    expect(numbersSpelled("推进“一带一路”建设").size).toBe(0);
    expect(plausibleWrongFigure("1000个", "……1000个培训名额，简称“十百千”项目。", 1000)(600)).toBe(false);
  });

  it("state such a figure as written: its statement is true", () => {
    const d = makeDoc("doc_sl4", "某白皮书", "中方启动10个示范区、100个项目及1000个培训名额的合作，简称“十百千”项目。");
    const f = fact(d, "figure", "1000个", { number: 1000, unit: "个", text: "1000个", measure: "培训名额" } as never) as FigureFact;
    const others = [800, 1200, 1500, 700].map((n, i) => {
      const o = makeDoc(`doc_sl4o${i}`, "其他", `某国提供${n}个培训名额。`);
      return { o, g: fact(o, "figure", `${n}个`, { number: n, unit: "个", text: `${n}个`, measure: "名额" } as never) };
    });
    const ctx = buildContext({ documents: [d, ...others.map((x) => x.o)], facts: [f, ...others.map((x) => x.g)] });
    const qs = buildFigureQuestions(ctx, f);
    expect(qs.filter((q) => q.type === "mcq")).toEqual([]);
    expect(qs.filter((q) => q.type === "true_false").map((q) => q.answer)).toEqual([true]);
  });
});
