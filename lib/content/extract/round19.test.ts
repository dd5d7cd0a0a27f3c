/**
 * Session 12, round 19 (branch x23): extraction rules found on a spokesperson's press conference and a public
 * account's explainer, each tested on an invented text.
 */
import { describe, expect, it } from "vitest";
import { agreements, concepts, dates, docOf, facts, names, terms } from "./test-helpers";

describe("a level of partnership named for innovation", () => {
  it("reads 创新战略伙伴关系 (and 创新全面战略伙伴关系) as a level of the pair", () => {
    const a = agreements(facts("　　2031年5月，冰岛总统对中国进行国事访问，两国宣布建立创新战略伙伴关系。\n"));
    expect(a).toEqual(expect.arrayContaining([expect.objectContaining({ name: "创新战略伙伴关系", category: "partnership", parties: ["中国", "冰岛"] })]));
  });

  it("gives a quoted mention that names no side the pair the document founded the level between", () => {
    const text = "　　2031年5月，冰岛总统对中国进行国事访问，两国宣布建立创新战略伙伴关系。所谓“创新战略伙伴关系”，是指双方以科技合作为核心。\n";
    const a = agreements(facts(text)).filter((x) => x.name === "创新战略伙伴关系");
    expect(a.length).toBeGreaterThan(0);
    expect(a.every((x) => x.parties.join() === "中国,冰岛")).toBe(true);
  });

  it("reads no country in the second half of a double-barrelled name (某某德－阿曼)", () => {
    const a = agreements(facts("　　2031年5月，冰岛总统卡斯特－阿曼对中国进行国事访问，两国宣布建立创新战略伙伴关系。\n"));
    expect(a.some((x) => x.parties.includes("阿曼"))).toBe(false);
  });
});

describe("a conference of a year named by its city", () => {
  it("reads 某年的某地会议 where the document speaks of the city as a place", () => {
    const text = "　　说到石岭，不得不提1931年的石岭会议。\n\n　　在石岭，两国代表首次会面。\n";
    expect(names(text)).toContain("石岭会议");
  });

  it("reads no working meeting of a year, nor a city's meeting the text never places anything in", () => {
    expect(names("　　2031年工作会议在乙城召开。在工作中，双方保持沟通。\n")).not.toContain("工作会议");
    expect(names("　　1931年的石岭会议十分重要。\n")).not.toContain("石岭会议");
  });
});

describe("stances and status in the language of diplomacy", () => {
  it("reads the politics of blocs a text rejects", () => {
    const t = terms("　　我们奉劝甲方不要搞阵营对抗。本地区不需要“零和思维”和集团政治。\n");
    expect(t).toEqual(expect.arrayContaining(["阵营对抗", "集团政治"]));
    expect(terms("　　阵营对抗的历史值得研究。\n")).not.toContain("阵营对抗");
  });

  it("reads a state's permanent neutrality", () => {
    expect(terms("　　1901年的条约确认了甲国的永久中立地位。\n")).toContain("永久中立");
  });

  it("reads two paired 不-verbs of refusal, not 不断、不仅", () => {
    expect(terms("　　所谓裁决是非法的，甲方不接受、不承认。\n")).toContain("不接受、不承认");
    expect(terms("　　当时多国采取不承认、不接触的态度。\n")).toContain("不承认、不接触");
    expect(concepts("　　两国贸易不断、不仅增长。\n").some((c) => /^不/.test(c.term))).toBe(false);
  });
});

describe("the day of a press conference titled by it", () => {
  const text = "2031年6月9日外交部发言人某某主持例行记者会\n\n2031-06-10 18:05\n\n　　记者：今天是中国和甲国建交50周年。请问发言人有何评论？\n\n　　某某：50年前的今天，两国正式建立外交关系。\n";
  it("reads its 今天 as the day in the title, and N年前的今天 as that day N years before", () => {
    expect(docOf(text).date).toBe("2031-06-09");
    const d = dates(text);
    expect(d.filter((x) => x === "2031-06-09").length).toBeGreaterThanOrEqual(2);
    expect(d).toContain("1981-06-09");
  });

  it("reads N年前的今天 only where the text is dated to a day", () => {
    expect(dates("　　50年前的今天，两国正式建立外交关系。\n")).not.toContain("1981-06-09");
  });
});
