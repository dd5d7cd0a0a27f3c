/**
 * Round 15 (g15a), on invented text: the builders' wrong questions. A matching of titles and dates pairs a
 * title only with the date it was signed or issued; a count up to a date gives no signing date; a title
 * cut with its 包括, or one that names no one, is no option; a title that names no one is asked with its
 * pair or not at all; a verb cut into a term; a figure in a bracketed conversion.
 */
import { describe, expect, it } from "vitest";
import { fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import type { ExtractedFact } from "../types";
import { buildContext } from "./context";
import {
  buildAgreementQuestions,
  cumulativeCount,
  documentDate,
  namedSubject,
  ownerlessTitle,
  signedOrIssuedDate,
  usableAgreement,
} from "./builders/agreement";
import { usableTerm, verbCutIntoTerm } from "./builders/concept";
import { buildFigureQuestions, conversionNote } from "./builders/figure";
import { fallbackCard } from "./builders/fallback";
import { buildMatchingQuestions } from "./builders/sets";
import type { AgreementFact, ConceptFact, FigureFact } from "./model";

const doc = (d: ReturnType<typeof makeDoc>, name: string, parties: string[], date?: string, type = name.slice(-2)) =>
  fact(d, "agreement", name, { name, category: "document", type, parties, ...(date ? { date } : {}) } as never) as AgreementFact;

describe("the date of a document is the date it was signed or issued", () => {
  const d = makeDoc(
    "r15a_1",
    "北陆纪事",
    [
      "2031年3月，甲国与乙国签署《甲乙海运协定》。",
      "2032年9月，甲丙自由贸易协定谈判正式启动。",
      "《甲丁自由贸易协定》已于2033年1月1日正式生效。",
      "2034年5月，甲国签署《北海议定书》。",
      "2035年6月，北陆峰会在西岭举行，六国元首共同签署《西岭宣言》。",
      "2036年4月，两国签署《关于建立战略伙伴关系的联合宣言》。",
      "2037年5月，甲国与丙国签署《甲丙文化协定》。2038年7月，甲国与丁国签署《甲丁引渡条约》。",
    ].join(""),
  );
  const signed = doc(d, "甲乙海运协定", ["甲国", "乙国"], "2031-03");
  const talks = doc(d, "甲丙自由贸易协定", ["甲国", "丙国"], "2032-09");
  const inForce = doc(d, "甲丁自由贸易协定", ["甲国", "丁国"], "2033-01-01");
  const joined = doc(d, "北海议定书", ["甲国"], "2034-05");
  const city = doc(d, "西岭宣言", [], "2035-06");
  const partyless = doc(d, "关于建立战略伙伴关系的联合宣言", ["乙国"], "2036-04");
  const culture = doc(d, "甲丙文化协定", ["甲国", "丙国"], "2037-05");
  const extradition = doc(d, "甲丁引渡条约", ["甲国", "丁国"], "2038-07");

  it("a signing verb by the name, in a clause of no other event", () => {
    expect(signedOrIssuedDate(signed)).toBe(true);
    expect(signedOrIssuedDate(city)).toBe(true);
    expect(signedOrIssuedDate(talks)).toBe(false);
    expect(signedOrIssuedDate(inForce)).toBe(false);
  });
  it("one party's signing of a document of many is that party's date, not the document's", () => {
    expect(signedOrIssuedDate(joined)).toBe(true);
    expect(documentDate(joined)).toBe(false);
    expect(documentDate(signed)).toBe(true);
  });
  it("the matching pairs no title with the date its talks began or it came into force", () => {
    const ctx = buildContext({ documents: [d], facts: [signed, talks, inForce, joined, city, partyless, culture, extradition] });
    const pairs = buildMatchingQuestions(ctx)
      .filter((q) => q.variant === "match-agreement-date")
      .flatMap((q) => q.pairs ?? []);
    const titles = pairs.map((p) => p[0]);
    expect(titles.sort()).toEqual(["《甲丙文化协定》", "《甲丁引渡条约》", "《甲乙海运协定》", "《西岭宣言》"].sort());
    expect(titles).not.toContain("《甲丙自由贸易协定》");
    expect(titles).not.toContain("《甲丁自由贸易协定》");
    expect(titles).not.toContain("《北海议定书》");
    expect(titles).not.toContain("《关于建立战略伙伴关系的联合宣言》");
  });
  it("a matching has four titles with their own dates", () => {
    const e = makeDoc(
      "r15a_2",
      "北陆条约集",
      "2031年3月，甲国与乙国签署《甲乙海运协定》。2032年4月，甲国与丙国签署《甲丙文化协定》。2033年5月，甲国与丁国签署《甲丁引渡条约》。2034年6月，北陆峰会在西岭举行，各国签署《西岭宣言》。",
    );
    const facts = [
      doc(e, "甲乙海运协定", ["甲国", "乙国"], "2031-03"),
      doc(e, "甲丙文化协定", ["甲国", "丙国"], "2032-04"),
      doc(e, "甲丁引渡条约", ["甲国", "丁国"], "2033-05"),
      doc(e, "西岭宣言", [], "2034-06"),
    ];
    const qs = buildMatchingQuestions(buildContext({ documents: [e], facts })).filter((q) => q.variant === "match-agreement-date");
    expect(qs).toHaveLength(1);
    expect(qs[0]!.pairs).toEqual([
      ["《甲乙海运协定》", "2031年3月"],
      ["《甲丙文化协定》", "2032年4月"],
      ["《甲丁引渡条约》", "2033年5月"],
      ["《西岭宣言》", "2034年6月"],
    ]);
  });
});

describe("a count up to a date is no signing date", () => {
  const d = makeDoc(
    "r15a_3",
    "北陆访谈",
    "截至2031年底，甲国已与40多个国家签署了海运合作协定。2032年，甲国累计签署文化交流协定20份。2033年3月，甲国与乙国签署了《甲乙文化交流协定》。",
  );
  const count = doc(d, "海运合作协定", ["甲国"], "2031");
  const total = doc(d, "文化交流协定", ["甲国"], "2032");
  const one = doc(d, "甲乙文化交流协定", ["甲国", "乙国"], "2033-03");
  it("截至, 累计, 已与N个国家", () => {
    expect(cumulativeCount(count)).toBe(true);
    expect(cumulativeCount(total)).toBe(true);
    expect(cumulativeCount(one)).toBe(false);
  });
  it("is never asked as the year it was signed", () => {
    const ctx = buildContext({ documents: [d], facts: [count, total, one] });
    const when = (f: AgreementFact) => buildAgreementQuestions(ctx, f).filter((q) => q.variant === "agreement-when" || q.variant === "agreement-tf");
    expect(when(count)).toEqual([]);
    expect(when(total)).toEqual([]);
    expect(when(one).length).toBeGreaterThan(0);
  });
});

describe("a title cut with its 包括, or one that names no one, is no option", () => {
  it("包括……在内", () => {
    const d = makeDoc("r15a_4", "北陆", "2031年5月，两国签署了包括海运合作谅解备忘录在内的12项合作文件。");
    expect(usableAgreement(doc(d, "包括海运合作谅解备忘录", ["甲国", "乙国"], "2031-05"))).toBe(false);
    expect(usableAgreement(doc(d, "海运合作谅解备忘录", ["甲国", "乙国"], "2031-05"))).toBe(true);
  });
  it("a title that says only what the document is about, a numbered resolution, a pair's document", () => {
    const d = makeDoc(
      "r15a_5",
      "北陆",
      "2031年4月，两国签署《关于建立战略伙伴关系的联合宣言》。2032年3月，双方签署《过境运输协定》。此前理事会已于2033年8月通过第1234号决议。2034年6月，北陆峰会在西岭举行，各国签署《西岭宣言》。2035年7月，甲国与乙国签署《甲乙海运协定》。",
    );
    const ctx = buildContext({ documents: [d], facts: [] });
    expect(ownerlessTitle(ctx, doc(d, "关于建立战略伙伴关系的联合宣言", ["乙国"], "2031-04"))).toBe(true);
    expect(ownerlessTitle(ctx, doc(d, "过境运输协定", [], "2032-03"))).toBe(true);
    expect(ownerlessTitle(ctx, doc(d, "第1234号决议", ["甲国"], "2033-08"))).toBe(true);
    expect(ownerlessTitle(ctx, doc(d, "西岭宣言", [], "2034-06"))).toBe(false);
    expect(ownerlessTitle(ctx, doc(d, "甲乙海运协定", ["甲国", "乙国"], "2035-07"))).toBe(false);
  });
});

describe("a title that names no one is asked with its pair, or not at all", () => {
  const d = makeDoc(
    "r15a_6",
    "北陆",
    "2031年3月，双方签署《过境运输协定》，乙国由此可以使用甲国的港口。2032年8月，理事会通过第1234号决议。2033年6月，甲国与乙国签署关于加强海洋合作的谅解备忘录。",
  );
  const bare = doc(d, "过境运输协定", [], "2031-03");
  const resolution = doc(d, "第1234号决议", ["甲国"], "2032-08");
  const paired = doc(d, "关于加强海洋合作的谅解备忘录", ["甲国", "乙国"], "2033-06");
  const ctx = buildContext({ documents: [d], facts: [bare, resolution, paired] });
  const when = (f: AgreementFact) => buildAgreementQuestions(ctx, f).filter((q) => q.variant === "agreement-when" || q.variant === "agreement-tf");
  it("no pair: no when-question, no true/false", () => {
    expect(when(bare)).toEqual([]);
  });
  it("a resolution: asked with the body that adopted it", () => {
    const qs = when(resolution);
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) expect(q.prompt).toContain("理事会通过第1234号决议");
    expect(namedSubject(resolution, "通过")).toBe("理事会");
    const two = makeDoc("r15a_10", "北陆", "2031年3月，两国元首签署第12号决议。");
    expect(namedSubject(doc(two, "第12号决议", [], "2031-03"), "签署")).toBeUndefined();
  });
  it("a pair: named in the question and in the statement", () => {
    const qs = when(paired);
    expect(qs.map((q) => q.type).sort()).toEqual(["mcq", "true_false"]);
    for (const q of qs) expect(q.prompt).toContain("甲国与乙国签署关于加强海洋合作的谅解备忘录");
  });
});

describe("a verb cut into a term", () => {
  const term = (d: ReturnType<typeof makeDoc>, t: string) => fact(d, "concept", t, { term: t, category: "slogan" } as never) as ConceptFact;
  it("更能/助力/夯实 before a noun phrase", () => {
    expect(verbCutIntoTerm("更能夯实甲乙友好关系")).toBe(true);
    expect(verbCutIntoTerm("助力甲乙命运共同体")).toBe(true);
    expect(verbCutIntoTerm("锚定甲乙命运共同体")).toBe(true);
    expect(verbCutIntoTerm("甲乙命运共同体")).toBe(false);
    // a short verb-object term is no cut ("深化改革")
    expect(verbCutIntoTerm("深化改革")).toBe(false);
  });
  it("is no term to ask, nor a fallback card", () => {
    const d = makeDoc("r15a_7", "北陆", "通过加强交流，不仅能够带动增长，更能夯实甲乙友好关系的社会根基。");
    const f = term(d, "更能夯实甲乙友好关系");
    expect(usableTerm(f)).toBeUndefined();
    expect(fallbackCard(buildContext({ documents: [d], facts: [f] }), f)).toBeUndefined();
    const g = makeDoc("r15a_8", "北陆", "双方同意共同建设甲乙友好关系，造福两国人民。");
    const ok = term(g, "甲乙友好关系");
    expect(usableTerm(ok)).toBe("甲乙友好关系");
  });
});

describe("a figure in a bracketed conversion", () => {
  const figure = (d: ReturnType<typeof makeDoc>, text: string, unit: string) =>
    fact(d, "figure", text, { number: Number.parseFloat(text), unit, text, measure: "GDP" } as never) as FigureFact;
  it("（约合……）, （折合……）", () => {
    expect(conversionNote("产值达到900亿北元（约合80.5亿美元）。", "80.5亿美元")).toBe(true);
    expect(conversionNote("产值达到900亿北元（折合80.5亿美元）。", "80.5亿美元")).toBe(true);
    expect(conversionNote("产值达到900亿北元（约合80.5亿美元）。", "900亿北元")).toBe(false);
    expect(conversionNote("产值达到80.5亿美元（同比增长5%）。", "80.5亿美元")).toBe(false);
  });
  it("no question on the converted figure; the figure itself is asked", () => {
    const d = makeDoc("r15a_9", "北陆经济", "甲国经济实现6.2%的增长，产值达到900亿北元（约合80.5亿美元）。乙国产值达到300亿美元。丙国产值达到120亿美元。丁国产值达到75亿美元。");
    const conv = figure(d, "80.5亿美元", "亿美元");
    const own = figure(d, "900亿北元", "亿北元");
    const others: ExtractedFact[] = [figure(d, "300亿美元", "亿美元"), figure(d, "120亿美元", "亿美元"), figure(d, "75亿美元", "亿美元")];
    const ctx = buildContext({ documents: [d], facts: [conv, own, ...others] });
    expect(buildFigureQuestions(ctx, conv)).toEqual([]);
    expect(fallbackCard(ctx, conv)).toBeUndefined();
    expect(buildFigureQuestions(ctx, own).length).toBeGreaterThan(0);
  });
});
