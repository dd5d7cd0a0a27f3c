/**
 * Session 14 (branch x26): general kinds of wording the held-out documents of round 20 showed the rules missed — a
 * definition whose list joins its last item with 和, a text named without 《》 where it enters into force, standing
 * formulas of diplomatic language wherever they stand, and short quoted metaphors — each tested on an invented text.
 */
import { describe, expect, it } from "vitest";
import { agreements, concepts, facts, names, numbers, terms } from "./test-helpers";

describe("lists", () => {
  it("reads a defined term's list whose last item is joined by 和 (所谓“X”，是指甲、乙和丙)", () => {
    const c = concepts("　　所谓“三种风险”，是指干旱风险、洪涝风险和虫害风险。\n");
    expect(c.some((x) => x.term === "三种风险" && x.items?.join("、") === "干旱风险、洪涝风险、虫害风险")).toBe(true);
  });
});

describe("texts named without marks", () => {
  it("reads a treaty named without 《》 where it enters into force", () => {
    expect(names("　　2031年5月1日起，两国互免公务护照签证协定生效。\n")).toContain("互免公务护照签证协定");
    expect(names("　　两国渔业合作协议于2031年正式生效。\n")).toContain("渔业合作协议");
  });

  it("reads no name in a text pointed to (这项协定生效)", () => {
    expect(names("　　两国去年签署渔业合作协议。这项协定已于2031年生效。\n")).not.toContain("这项协定");
    expect(names("　　两国去年签署渔业合作协议。这项协定已于2031年生效。\n").some((n) => n.startsWith("这"))).toBe(false);
  });
});

describe("standing formulas", () => {
  it("reads the one-China principle after any verb", () => {
    expect(terms("　　青国政府重申坚定支持一个中国原则。\n")).toContain("一个中国原则");
  });

  it("reads reform and opening-up as a term where a text says it is learned from", () => {
    expect(terms("　　青国借鉴了中国改革开放的经验。\n")).toContain("改革开放");
  });
});

describe("quoted metaphors", () => {
  it("reads a two-character metaphor a text applies to something (视为“某某”)", () => {
    expect(terms("　　某大国长期把周边小国视为自己的“棋子”。\n")).toContain("棋子");
  });

  it("reads a two-character metaphor said to be what something is (是…的“某某”)", () => {
    expect(terms("　　相互尊重是两国关系的“基石”。\n")).toContain("基石");
    expect(terms("　　他说这是一个“好”消息。\n")).not.toContain("好");
  });

  it("reads a quoted word the text talks about as a word (“某某”这三个字)", () => {
    expect(terms("　　作者认为，“好邻居”这三个字，是理解两国关系的钥匙。\n")).toContain("好邻居");
  });
});

describe("a known initiative in quotes", () => {
  it("reads “一带一路” as the initiative wherever it stands, not as a slogan", () => {
    const text = "　　青国是“一带一路”在南方的重要节点。\n";
    expect(names(text)).toContain("一带一路");
    expect(terms(text)).not.toContain("一带一路");
  });

  it("leaves the initiative's fact in the sentence where the document reads it, a quoted mention before it unread", () => {
    const text = "　　“一带一路”是两国合作的主线。\n\n　　2031年，两国签署了共建“一带一路”的合作文件。\n";
    const initiative = facts(text).filter((f) => f.kind === "agreement" && (f.value as { name: string }).name === "一带一路");
    expect(initiative.map((f) => f.context?.sentence)).toEqual([expect.stringContaining("签署")]);
  });
});

describe("a China pair by the first character of a country with no one-character form", () => {
  const text = "　　古巴位于加勒比海。古巴与中国建交多年，中古关系发展顺利。古巴重视对华合作。\n\n　　中古工业园位于某港口附近，主要生产纺织品。\n";
  it("reads 中某 as China and the country the document names in full: the sides of a name holding it", () => {
    expect(agreements(text).find((a) => a.name === "中古工业园")?.parties).toEqual(["中国", "古巴"]);
  });
});

describe("spans of years", () => {
  it("reads the years a course took (走了N年) and the years something has lasted (已经N多年)", () => {
    expect(numbers(facts("　　从提出构想到正式通车，这条铁路前后走了12年。\n"))).toContain(12);
    expect(numbers(facts("　　这一禁运持续至今已经40多年。\n"))).toContain(40);
  });

  it("reads the spans of a term counted in turn (即前5年免税，此后5年减半)", () => {
    expect(numbers(facts("　　入驻企业享受“五免五减半”，即前5年免征所得税，此后3年减半征收。\n"))).toEqual(expect.arrayContaining([5, 3]));
  });
});

describe("a counted first of a series", () => {
  it("reads a train service after the counter of its first run (首列某某班列)", () => {
    expect(names("　　2031年5月，首列中老班列从昆明开出。\n")).toContain("中老班列");
  });
});

describe("the states a group is made of", () => {
  it("reads the members of a group listed and closed by their count (成员国为甲、乙和丙三国)", () => {
    const c = concepts("　　该论坛成立于2031年，创始成员国为老挝、柬埔寨和越南3国。\n");
    expect(c.some((x) => x.term === "创始成员国" && x.items?.join("、") === "老挝、柬埔寨、越南")).toBe(true);
  });

  it("names the members by the organisation the sentence names before them", () => {
    const c = concepts("　　2031年，亚洲渔业合作组织在某地宣布成立，创始成员国为老挝、柬埔寨和越南3国。\n");
    expect(c.some((x) => x.term === "亚洲渔业合作组织创始成员国")).toBe(true);
  });

  it("reads no group's members where a country is said to be something to several (甲是乙、丙和丁三国的盟友)", () => {
    expect(concepts("　　北陆是老挝、柬埔寨和越南三国的重要邻国。\n").filter((c) => c.items?.length)).toEqual([]);
  });

  it("reads a body's members listed to the end of the clause without a count (成员国包括甲、乙和丙。)", () => {
    const c = concepts("　　该中心的成员国包括斐济、汤加、萨摩亚和瓦努阿图。\n");
    expect(c.some((x) => x.term === "成员国" && x.items?.join("、") === "斐济、汤加、萨摩亚、瓦努阿图")).toBe(true);
    expect(concepts("　　与会国包括斐济、汤加和萨摩亚。\n").some((x) => x.term === "与会国")).toBe(false);
  });
});
