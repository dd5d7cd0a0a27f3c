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

describe("a law in quotes, a long mechanism after 同意建立的, and a bridge named by its two ends", () => {
  it("reads 所谓“某某法” and a quoted law enacted, not “中国做法” or “新办法”", () => {
    expect(names("　　去年3月，甲方将所谓“海岸管理法”签署成法。\n")).toContain("海岸管理法");
    const n = names("　　这一“中国做法”值得借鉴，双方还通过“联合执法”和“新办法”推进合作。\n");
    expect(n.some((x) => /法$/.test(x))).toBe(false);
  });

  it("reads the mechanism two sides agreed to found, named at length after 的", () => {
    expect(names("　　2031年3月双方同意建立的两国外交部门边境问题定期沟通机制，应当发挥作用。\n")).toContain("两国外交部门边境问题定期沟通机制");
    expect(names("　　双方同意建立的机制应当发挥作用。\n").some((x) => /机制$/.test(x))).toBe(false);
  });

  it("reads 甲—乙桥 built, not a 友谊之桥 or a 桥梁", () => {
    expect(names("　　由中国援建的石岭—青川桥已建成通车。\n")).toContain("石岭—青川桥");
    const n = names("　　这座桥梁成为中甲友谊之桥，也是两国人民的连心桥。\n");
    expect(n.some((x) => /桥$/.test(x))).toBe(false);
  });
});

describe("two bridges joined by 和, and a bridge's nickname", () => {
  it("reads 甲—乙桥和丙—丁桥 as two names, and “某某之桥” as no project", () => {
    const n = names("　　中方援建的石岭—青川桥和白沙—河口桥已建成通车，被当地民众称为“希望之桥”。\n");
    expect(n).toEqual(expect.arrayContaining(["石岭—青川桥", "白沙—河口桥"]));
    expect(n.some((x) => /和|之桥/.test(x))).toBe(false);
  });
});

describe("an interim arrangement reached, and an agreement named by its acronym", () => {
  it("reads 就某事达成临时性安排, not 作出安排", () => {
    expect(names("　　去年5月，两国经过多轮磋商，就边境巡逻达成临时性安排。\n")).toContain("临时性安排");
    expect(names("　　双方就此作出临时性安排。\n")).not.toContain("临时性安排");
  });

  it("reads an acronym implemented or in force, not one merely named", () => {
    expect(names("　　双方愿高质量实施ABCD，推动区域合作。\n")).toContain("ABCD");
    expect(names("　　2031年5月，协定对甲国正式生效，标志着ABCD对全部签署国全面生效。\n")).toContain("ABCD");
    expect(names("　　ABCD的记者参加了发布会。\n")).not.toContain("ABCD");
  });
});

describe("regional economic integration, and a field of up to eight characters", () => {
  it("reads 推动区域经济一体化 as a discourse term", () => {
    expect(terms("　　双方愿推动区域经济一体化，维护多边贸易体制。\n")).toContain("区域经济一体化");
  });

  it("reads 甲、乙、某某互联互通等新兴领域 with a field of seven characters", () => {
    const c = concepts("　　双方将在人工智能、清洁能源、跨境物流互联互通等新兴领域拓展合作。\n").find((x) => x.term === "领域");
    expect(c?.items).toEqual(["人工智能", "清洁能源", "跨境物流互联互通"]);
  });
});
