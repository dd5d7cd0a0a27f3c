/**
 * Round 15 (g15c), on invented text: the builders' remaining weak questions. A relation "推动……发展" is an
 * existing one, never asked as founded.
 */
import { describe, expect, it } from "vitest";
import { fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import { buildContext } from "./context";
import { withSentenceSubject } from "./builders/date";
import { buildAgreementQuestions, carriedOn, usableAgreement, verbCutIntoProject } from "./builders/agreement";
import type { AgreementFact } from "./model";

const partnership = (d: ReturnType<typeof makeDoc>, name: string, parties: string[], date: string) =>
  fact(d, "agreement", name, { name, category: "partnership", type: name.slice(-2), parties, date } as never) as AgreementFact;

describe("a relation carried on is not one founded (#55)", () => {
  it("推动/促进……发展 and 不断向前发展 carry on; 决定发展 founds", () => {
    const a = "双方一致同意推动甲乙战略合作关系不断向前发展。";
    expect(carriedOn(a, a.indexOf("甲乙"), a.lastIndexOf("发展"))).toBe(true);
    const b = "两国决定发展甲丙全面合作伙伴关系。";
    expect(carriedOn(b, b.indexOf("发展"), b.indexOf("发展"))).toBe(false);
    const c = "会谈中，两国愿意共同促进甲丁友好关系发展。";
    expect(carriedOn(c, c.indexOf("甲丁"), c.lastIndexOf("发展"))).toBe(true);
  });
  it("no question asks when the pair decided to develop a relation it only carries on", () => {
    const d = makeDoc(
      "r15c_1",
      "北陆往来",
      "2041年3月，甲国总统访问乙国，双方一致同意推动甲乙战略合作关系不断向前发展。2042年5月，甲国与丙国决定发展甲丙全面合作伙伴关系。",
    );
    const carried = partnership(d, "甲乙战略合作关系", ["甲国", "乙国"], "2041-03");
    const founded = partnership(d, "甲丙全面合作伙伴关系", ["甲国", "丙国"], "2042-05");
    const ctx = buildContext({ documents: [d], facts: [carried, founded] });
    const prompts = [carried, founded].flatMap((f) => buildAgreementQuestions(ctx, f)).map((q) => q.prompt);
    expect(prompts.some((p) => p.includes("决定发展甲丙全面合作伙伴关系"))).toBe(true);
    expect(prompts.some((p) => /(?:决定发展|建立)甲乙战略合作关系/u.test(p))).toBe(false);
  });
});

describe("a project name with a verb cut from its phrase is no project (#4)", () => {
  const project = (d: ReturnType<typeof makeDoc>, name: string, parties: string[]) =>
    fact(d, "agreement", name, { name, category: "project", type: name.slice(-2), parties } as never) as AgreementFact;
  it("为甲国培训铁路专业人才 gives no project 甲国培训铁路; a plain or marked name stays", () => {
    const d = makeDoc("r15c_2", "北陆铁路", "建设期间，乙方累计为甲国培训铁路专业人才3000多人次。甲北铁路全线通车，“甲国培训港口”项目同年启动。");
    const cut = project(d, "甲国培训铁路", ["甲国"]);
    const plain = project(d, "甲北铁路", ["甲国"]);
    const marked = project(d, "甲国培训港口", ["甲国"]);
    expect(verbCutIntoProject("甲国培训铁路", cut.context.sentence)).toBe(true);
    expect(usableAgreement(cut)).toBe(false);
    expect(usableAgreement(plain)).toBe(true);
    expect(verbCutIntoProject("甲国培训港口", marked.context.sentence)).toBe(false);
    expect(verbCutIntoProject("甲国警察培训中心", "乙方在西岭设立了甲国警察培训中心。")).toBe(false);
  });
});

describe("an entry into force after a named pair's signing is asked as such (#2)", () => {
  const at = (s: string, d: string) => ({ start: s.indexOf(d), end: s.indexOf(d) + d.length });
  it("甲国与乙国于某日签署自由贸易协定，次年某日生效 → the agreement they signed came into force", () => {
    const a = "经贸方面，甲国与乙国于2031年4月8日签署自由贸易协定，次年8月1日生效，这是乙国的第一个自贸协定。";
    expect(withSentenceSubject("生效，这是乙国的第一个自贸协定", a, at(a, "次年8月1日"))).toBe("甲国与乙国签署的自由贸易协定生效");
  });
  it("no unnamed pair, no signing clause, no clause between", () => {
    const b = "两国于2031年4月8日签署自由贸易协定，次年8月1日生效。";
    expect(withSentenceSubject("生效", b, at(b, "次年8月1日"))).toBeUndefined();
    const c = "甲国与乙国于2031年4月8日启动自由贸易协定谈判，次年8月1日生效。";
    expect(withSentenceSubject("生效", c, at(c, "次年8月1日"))).toBeUndefined();
    const e = "甲国与乙国于2031年4月8日签署自由贸易协定，经议会批准，次年8月1日生效。";
    expect(withSentenceSubject("生效", e, at(e, "次年8月1日"))).toBeUndefined();
  });
});
