import { describe, expect, it } from "vitest";
import { rawDocumentFromText } from "../read";
import { normaliseDocument } from "../normalise/index";
import { extractFacts } from "../pipeline";

const terms = (text: string) =>
  extractFacts(normaliseDocument(rawDocumentFromText("t", "t.txt", text)))
    .filter((f) => f.kind === "concept")
    .map((f) => f.value as { term: string; items?: string[] });

describe("round 7: principles stated without quotes", () => {
  it("reads a short named policy or principle after a verb of holding", () => {
    const t = terms("甲国重申坚定奉行睦邻安边政策，希望乙方坚持互不侵犯原则，双方将坚持既定原则。").map((c) => c.term);
    expect(t).toEqual(expect.arrayContaining(["睦邻安边政策", "互不侵犯原则"]));
    expect(t).not.toContain("既定原则");
  });

  it("reads a four-character principle before 基础上", () => {
    const t = terms("双方同意在相互信任基础上，在此基础上继续合作。").map((c) => c.term);
    expect(t).toContain("相互信任");
    expect(t).not.toContain("此基础上");
  });

  it("reads 正确…观 in notes with no verb before it", () => {
    const t = terms("对外理念：“亲仁善邻”＋正确秩序观2．其他").map((c) => c.term);
    expect(t).toContain("正确秩序观");
  });
});

describe("round 7: a two-character quoted term counted as a kind of thing", () => {
  it("reads 多个“某某”", () => {
    expect(terms("两国合作创下多个“首创”：甲乙两港率先通航。").map((c) => c.term)).toContain("首创");
  });
});

describe("round 7: ordinal points after an unstated count", () => {
  it("reads 一是…三是 after 如下几点, not under a count of an earlier sentence", () => {
    const text = "甲国在乙国设有2个领事馆。\n\n　　双方应在如下几点加强合作。一是扩大贸易往来，稳定供应链。双方可以增加直航。二是深化教育合作，互派留学生。三是促进地方交往，结好更多城市。";
    const c = terms(text).find((x) => x.items?.includes("扩大贸易往来，稳定供应链"));
    expect(c).toBeDefined();
    expect(c!.items).toHaveLength(3);
    expect(c!.term).not.toContain("领事馆");
  });
});

describe("round 7: items of a counted set spelled out", () => {
  it("reads the items of a quoted counted slogan after 即", () => {
    const c = terms("双方以“三个更”为共同目标，即交往更密、贸易更畅、互信更深。").find((x) => x.term === "三个更");
    expect(c?.items).toEqual(["交往更密", "贸易更畅", "互信更深"]);
  });

  it("reads the items of 三大X：… with bracketed abbreviations dropped", () => {
    const c = terms("要点：四大计划：东部振兴计划（ＥＲＰ）、西部开发计划（ＷＤＰ）、南部港口计划、北部林业计划（ＮＦＰ）→考点").find((x) => x.term?.endsWith("四大计划"));
    expect(c?.items).toEqual(["东部振兴计划", "西部开发计划", "南部港口计划", "北部林业计划"]);
  });
});
