/**
 * Concepts as lists: ordinal points (一是…三是), counted sets spelled out (即…, 三大X：…), lists of qualities sharing
 * a head, items before 等 and a count, quoted lists, and how a list term is scored (keyMatches); with principles
 * stated without quotes and a quoted term counted as a kind of thing. The blocks here call `terms` for the
 * concept values (term and items), not for the terms alone.
 */
import { describe, expect, it } from "vitest";
import { keyMatches } from "../evaluate";
import { normaliseDocument } from "../normalise/index";
import { extractFacts } from "../pipeline";
import { rawDocumentFromText } from "../read";
// `terms` here is the concept values (term and items), as the blocks of this file read them
import { concepts, concepts as terms, factsOf, names } from "./test-helpers";

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

describe("round 8: short lists of qualities and initiatives sharing a head", () => {
  const items = (text: string) =>
    extractFacts(normaliseDocument(rawDocumentFromText("t", "t.txt", text)))
      .filter((f) => f.kind === "concept")
      .map((f) => (f.value as { items?: string[] }).items ?? []);

  it("reads -化/-性 qualities before their noun and three initiatives in a list", () => {
    const i = items("本区致力营造便利化、透明化、标准化口岸环境，开展探索性、系统性制度创新。乙国欢迎国际繁荣倡议、国际和睦倡议和国际互鉴倡议。");
    expect(i).toEqual(expect.arrayContaining([
      ["便利化", "透明化", "标准化"],
      ["探索性", "系统性"],
      ["国际繁荣倡议", "国际和睦倡议", "国际互鉴倡议"],
    ]));
  });

  it("does not read a quality list without a noun after it", () => {
    const i = items("变化、性化。");
    expect(i).not.toContainEqual(["变化", "性化"]);
  });
});

describe("round 9: round-8 leftovers on the concept side", () => {
  const terms = (text: string) => factsOf(text).filter((f) => f.kind === "concept").map((f) => (f.value as { term: string }).term);
  it("reads paired formulas of diplomatic language wherever they stand", () => {
    const t = terms("双方在涉及彼此核心利益与重大关切的问题上相互支持，尊重甲国的主权和领土完整。学生应理解人类命运共同体理念。");
    expect(t).toEqual(expect.arrayContaining(["核心利益与重大关切", "主权和领土完整", "人类命运共同体"]));
  });
  it("reads a name a text says something is given (被称为“某某”)", () => {
    expect(terms("这次峰会被媒体称为“破冰”。")).toContain("破冰");
    expect(terms("他说“破冰”很难。")).not.toContain("破冰");
  });
  it("reads the items named before 等 and a count (甲、乙、丙等六大领域)", () => {
    const f = factsOf("会议就农业合作、青年交流、海洋保护等五大重点领域达成共识。").filter((x) => x.kind === "concept").map((x) => x.value as { term: string; items?: string[] });
    const e = f.find((x) => x.term === "五大重点领域");
    expect(e?.items).toEqual(["农业合作", "青年交流", "海洋保护"]);
  });
});

describe("round 13: stations, dashes and quoted lists", () => {
  it("reads a station named by two characters where a text on research stations builds or opens it", () => {
    const text = "1990年5月1日：甲山站建成。该国第一个科学考察站——甲山站在某岛建成。乙河站位于内陆。\n\n2000年：乙河站开站。";
    expect(names(text)).toEqual(expect.arrayContaining(["甲山站", "乙河站"]));
    expect(names(text).some((n) => n.startsWith("—"))).toBe(false);
    // no station of science in the text: a bus stop or a first stop is no name
    expect(names("列车在终点站停靠。新城站建成后客流大增。")).toEqual([]);
  });

  it("reads three quoted items joined by 和 before their count, and a quoted pair describing a noun", () => {
    expect(concepts("条约确立了“只用于甲”、“乙自由”和“冻结丙”三项基本原则。")).toContainEqual(
      expect.objectContaining({ term: "三项基本原则", items: ["只用于甲", "乙自由", "冻结丙"] }),
    );
    expect(concepts("新站将提供“开放、共享”的公共平台。")).toContainEqual(expect.objectContaining({ items: ["开放", "共享"] }));
    // a quoted pair in speech, or not before a noun, is no list
    expect(concepts("他说“好的、明白”。")).toEqual([]);
  });
});

describe("round 13: scoring a term that is itself a list", () => {
  const fact = (term: string, items: string[]) => ({ kind: "concept", value: { term, category: "enumeration", items } }) as never;
  it("matches an annotated list term with a fact holding exactly those items, in order", () => {
    expect(keyMatches({ kind: "concept", anchor: "x", term: "甲乙互信、丙丁互利" }, fact("合作方向", ["甲乙互信", "丙丁互利"]))).toBe(true);
    expect(keyMatches({ kind: "concept", anchor: "x", term: "甲乙互信、丙丁互利" }, fact("合作方向", ["甲乙互信", "丙丁互利", "戊己互通"]))).toBe(false);
    expect(keyMatches({ kind: "concept", anchor: "x", term: "甲乙互信、丙丁互利" }, fact("合作方向", ["丙丁互利", "甲乙互信"]))).toBe(false);
    expect(keyMatches({ kind: "concept", anchor: "x", term: "合作" }, fact("方向", ["合", "作"]))).toBe(false);
  });
});

describe("counted sets spelled out after a colon, and parallel counted roles", () => {
  it("reads the items of a quoted counted set after the colon closing its clause", () => {
    const c = terms("会议提出用“三项准则”化解渔业纠纷：先行协商、居中调解、最后仲裁。").find((x) => x.term === "三项准则");
    expect(c?.items).toEqual(["先行协商", "居中调解", "最后仲裁"]);
    // a list of another length is not the set's items
    expect(terms("双方坚持“三项准则”：互信、协商。").find((x) => x.term === "三项准则")?.items).toBeUndefined();
  });

  it("reads roles counted alike, each after what it does, as one enumeration", () => {
    const c = terms("报告认为，甲港和乙港是连接南北航运的两大枢纽、带动沿岸制造的两大引擎、汇聚外来投资的两大窗口，前景可期。");
    expect(c).toContainEqual(expect.objectContaining({ items: ["两大枢纽", "两大引擎", "两大窗口"] }));
    expect(terms("甲港和乙港是连接南北航运的两大枢纽、带动沿岸制造的三大引擎、汇聚外来投资的两大窗口。").some((x) => x.items?.includes("两大枢纽"))).toBe(false);
  });
});

describe("ordinal points that name themselves in quotes", () => {
  it("takes the quoted term of each point (一是“某某”，即…) as the item", () => {
    const text = "　　政府磋商机制有三个特点：一是“议题设定”，即由两国首脑确定未来两年的合作重点；二是“部门对口”，即各部委分别会谈；三是“成果清单”，即会后发表行动纲要。";
    expect(terms(text)).toContainEqual(expect.objectContaining({ items: ["议题设定", "部门对口", "成果清单"] }));
  });
});

describe("a counted set of principles as the ground of what is agreed", () => {
  it("reads 在某某N项原则基础上 as a principle with its count", () => {
    const c = terms("甲乙关系\n\n　　两国在和平互助三项原则基础上发展友好关系。");
    expect(c).toContainEqual(expect.objectContaining({ term: "和平互助三项原则" }));
    expect(terms("甲乙关系\n\n　　双方在这三项原则的基础上合作。").map((x) => x.term)).not.toContain("这三项原则");
  });
});

describe("principles held to in pairs, a focus listed after 重点是, a count of dimensions, a quoted term done with a country", () => {
  it("reads 坚持甲、乙，坚持丙、丁 as one list, and one pair of principles of relations", () => {
    const t = terms("　　双方认为，关键在于始终坚持互信互助、守望相助，坚持共商共建、开放包容。\n");
    expect(t).toContainEqual(expect.objectContaining({ items: ["互信互助", "守望相助", "共商共建", "开放包容"] }));
    const pair = terms("　　当两国坚持平等协商、互利共赢时，合作就顺利。\n");
    expect(pair).toContainEqual(expect.objectContaining({ items: ["平等协商", "互利共赢"] }));
    expect(terms("　　甲国坚持改革开放、创新发展时，经济增长较快。\n").some((c) => c.items?.includes("改革开放"))).toBe(false);
  });

  it("reads the items of a focus (…，重点是甲、乙、丙和丁)", () => {
    const t = terms("　　该议程是甲国政府的施政纲领，重点是税制改革、港口建设、医疗保障和青年就业。\n");
    expect(t).toContainEqual(expect.objectContaining({ items: ["税制改革", "港口建设", "医疗保障", "青年就业"] }));
  });

  it("reads a list counted as 三个维度", () => {
    const t = terms("　　本文从产业协作、人员往来和金融合作三个维度分析两国关系。\n");
    expect(t).toContainEqual(expect.objectContaining({ term: "三个维度", items: ["产业协作", "人员往来", "金融合作"] }));
  });

  it("reads a two-character quoted term for what is done with a country, not 与某国“合作”", () => {
    expect(terms("　　甲国需要的不是同俄罗斯“断链”，而是合作。\n").map((c) => c.term)).toContain("断链");
    expect(terms("　　甲国愿与俄罗斯“合作”。\n").map((c) => c.term)).not.toContain("合作");
  });
});
