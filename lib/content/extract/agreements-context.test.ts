/**
 * An agreement's parties and date, read from around it: the countries of a joint statement's title for 两国/双方,
 * one-character country forms (中新, 中阿), a table row, an infobox field, titles in a reference list (no
 * publication date), no date from a count up to a day (截至…); and the 日 of a date that is no 日本.
 */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../pipeline";
import { agreements, corpusOf, docOf, facts, factsOf, isos } from "./test-helpers";

describe("round 7: partnership levels in the body of a joint statement", () => {
  it("takes the two countries of the title when the body says 两国 or 双方", () => {
    const text = "泰国和秘鲁关于深化合作的联合声明\n\n　　一、1999年，两国建立全面战略伙伴关系，成效显著。双方同意，秉持互信精神，进一步提升全面战略伙伴关系，造福两国人民。";
    const partnerships = factsOf(text).filter((f) => f.kind === "agreement" && (f.value as { category: string }).category === "partnership");
    expect(partnerships.map((f) => (f.value as { parties: string[] }).parties.slice().sort().join("+"))).toContain("泰国+秘鲁");
    expect(partnerships.reduce((n, f) => n + 1 + f.alsoIn.length, 0)).toBeGreaterThanOrEqual(2);
  });
});

describe("round 7: a one-character country form in a document about another country of that initial", () => {
  it("中新 names New Zealand in a document about New Zealand, Singapore otherwise", () => {
    const about = (country: string) =>
      `　　${country}是中国的重要伙伴。两国在${country}首都签署文件，${country}政府表示欢迎。\n\n　　2019年5月，双方签署《中新自由贸易协定升级议定书》。`;
    const partiesOf = (text: string) =>
      extractFacts(docOf(text))
        .filter((f) => f.kind === "agreement")
        .flatMap((f) => (f.value as { parties?: string[] }).parties ?? []);
    expect(partiesOf(about("新西兰"))).toContain("新西兰");
    expect(partiesOf(about("新西兰"))).not.toContain("新加坡");
    expect(partiesOf(about("新加坡"))).toContain("新加坡");
  });
});

describe("round 10: one-character forms read as what the document names", () => {
  it("reads 阿 in 中阿 as the Arab states when the text is about them, though it names one 阿- country", () => {
    const text = "中阿合作论坛成立以来，阿拉伯国家同中国的合作不断深化。阿联酋是海湾地区的重要伙伴。2018年，双方建立中阿战略伙伴关系。";
    const level = agreements(text).find((a) => a.name.includes("战略伙伴关系"));
    expect(level?.parties).toEqual(["中国", "阿拉伯国家"]);
    expect(agreements(text).some((a) => a.parties.includes("阿联酋"))).toBe(false);
  });

  it("still reads 阿 as the one country a text on that country names", () => {
    const level = agreements("阿根廷是拉美大国。2014年，两国建立中阿全面战略伙伴关系。").find((a) => a.name.includes("伙伴关系"));
    expect(level?.parties).toEqual(["中国", "阿根廷"]);
  });

  it("takes the pair of the title for a timeline line that names no side", () => {
    const text = "中希关系要点\n\n●关系演变：\n　1990年5月　建立“战略合作关系”\n　2005年8月　提升为全面战略伙伴关系";
    const levels = agreements(text).filter((a) => /关系$/.test(a.name));
    expect(levels.map((a) => [a.name, a.parties, a.date])).toEqual([
      ["战略合作关系", ["中国", "希腊"], "1990-05"],
      ["全面战略伙伴关系", ["中国", "希腊"], "2005-08"],
    ]);
  });
});

describe("round 10: the 日 of a date", () => {
  it("is no 日本 when a pair follows it", () => {
    const ents = factsOf("一九七五年七月一日中泰两国正式建交。").filter((f) => f.kind === "entity").map((f) => (f.value as { name: string }).name);
    expect(ents).not.toContain("日本");
    expect(factsOf("日、韩两国代表出席。").filter((f) => f.kind === "entity").map((f) => (f.value as { name: string }).name)).toContain("日本");
  });
});

describe("round 11: table rows read on their own", () => {
  it("gives a text signed by 两国 in a row that names no country the pair the document is about", () => {
    const text = "# 中国与乌拉圭关系\n\n中国与乌拉圭建交多年。乌拉圭是南美国家。乌拉圭重视对华合作。\n\n| 时间 | 事件 |\n|---|---|\n| 2016年10月 | 两国签署《关于互免签证的协定》 |\n";
    const doc = corpusOf(text).facts.find((f) => f.kind === "agreement" && f.value.name === "关于互免签证的协定");
    expect(doc?.value).toMatchObject({ parties: ["中国", "乌拉圭"], date: "2016-10" });
    expect(doc?.label).toBe("《关于互免签证的协定》（中国、乌拉圭，2016-10）");
    // a text on a group of countries leaves 双方 unresolved
    const group = corpusOf("# 中国—东盟合作\n\n老挝、老挝、老挝。\n\n次年，双方签署《货物贸易协议》。").facts.find((f) => f.kind === "agreement" && f.value.name === "货物贸易协议");
    expect(group?.value).toMatchObject({ parties: [] });
  });

  it("does not link two documents' dated events that give different numbers", () => {
    const c = corpusOf("2020年，双边贸易额120亿美元。", "2020年，双边贸易额480亿美元。", "2020年，双边贸易额120亿美元，创历史新高。");
    const dates = c.facts.filter((f) => f.kind === "date");
    const first = dates.find((f) => f.documentId === "d0")!;
    expect(first.alsoIn.map((a) => a.documentId)).toContain("d2");
    expect(dates.some((f) => f.documentId === "d1")).toBe(true);
  });
});

describe("round 11: an infobox field naming the relationship", () => {
  it("reads 关系定位：某某关系 as a partnership level", () => {
    const f = corpusOf("{{Infobox 关系\n| 名称 = 甲乙关系\n| 关系定位 = 战略合作关系（2010年10月建立）\n}}\n正文。").facts;
    expect(f.find((x) => x.kind === "agreement" && x.value.name === "战略合作关系")?.value).toMatchObject({ category: "partnership", date: "2010-10" });
    expect(corpusOf("名称：甲乙关系\n重点：战略合作关系研究\n").facts.some((x) => x.kind === "agreement" && x.value.name === "战略合作关系")).toBe(false);
  });
});

describe("round 9: titles in a reference list", () => {
  it("reads joint statements and FTAs cited without 《》 (lib/content/extract/references.ts), but no short title and no date", () => {
    const facts = factsOf("两国关系\n两国关系良好。\n参考资料\n[2]中柬关于建立全面战略伙伴关系的联合声明[N].某某日报， 2010-12-14.\n[4]中柬联合声明[N].某某社， 2006-04-08.\n[9]某某服务网.中柬自贸协定[EB/OL].\n[10]某国关于某某合作的联合声明[N]. 2013.");
    const a = facts.filter((f) => f.kind === "agreement").map((f) => f.value as { name: string; date?: string });
    expect(a.map((x) => x.name).sort()).toEqual(["中柬关于建立全面战略伙伴关系的联合声明", "中柬自贸协定", "某国关于某某合作的联合声明"]);
    expect(a.every((x) => x.date === undefined)).toBe(true);
  });
});

describe("round 9: titles of agreements in a reference list", () => {
  const text = "甲乙关系\n\n两国于1970年建交，关系不断发展[1]。\n\n参考资料\n[1] 甲乙关于建立全面合作伙伴关系的联合声明[N]. 某日报, 2011-05-06.\n[2] 某部. 甲乙友好合作条约[EB/OL]. 2015-03-02.\n[3] 甲乙经贸合作简况[R]. 2020.\n";
  it("reads titles ending with 联合声明/条约/… as agreements, and no publication dates", () => {
    const facts = factsOf(text);
    const names = facts.filter((f) => f.kind === "agreement").map((f) => (f.value as { name: string }).name);
    expect(names).toEqual(expect.arrayContaining(["甲乙关于建立全面合作伙伴关系的联合声明", "甲乙友好合作条约"]));
    expect(names.some((n) => n.includes("简况"))).toBe(false);
    expect(isos(facts)).not.toContain("2011-05-06");
  });
});

describe("round 15: an agreement counted up to a date", () => {
  const agreement = (text: string) => facts(text).filter((f) => f.kind === "agreement").map((f) => f.value as { name: string; date?: string });

  it("gives no date from 截至…/到… when the sentence counts the partners that signed", () => {
    expect(agreement("截至2022年底，甲国已与40多个国家签署了投资保护协定。\n")).toContainEqual(expect.objectContaining({ name: "投资保护协定" }));
    expect(agreement("截至2022年底，甲国已与40多个国家签署了投资保护协定。\n").every((a) => a.date === undefined)).toBe(true);
    expect(agreement("到2021年6月，已有12个国家加入《区域合作公约》。\n").every((a) => a.date === undefined)).toBe(true);
  });

  it("keeps the date of a signing told as such", () => {
    expect(agreement("2022年底，两国签署了《甲乙投资保护协定》。\n")).toContainEqual(expect.objectContaining({ name: "甲乙投资保护协定", date: "2022" }));
    expect(agreement("到2021年6月，两国签署了《甲乙投资保护协定》。\n")).toContainEqual(expect.objectContaining({ date: "2021-06" }));
  });
});

describe("a table's row naming a partnership", () => {
  it("reads 2016年：全面战略伙伴关系 (a row of a table of documents) as the partnership of the document's pair", () => {
    const text = [
      "中国与乌拉圭关系",
      "",
      "中国与乌拉圭的关系不断发展。中国与乌拉圭合作密切。中国和乌拉圭友好。",
      "",
      "表1　主要文件",
      "────────────────────────",
      "年份　　　　名称　　　　　　　　　类别",
      "1988　　　　某某友好条约　　　　　政治文件",
      "2016　　　　全面战略伙伴关系　　　关系定位",
      "────────────────────────",
    ].join("\n");
    expect(facts(text).filter((f) => f.kind === "agreement").map((f) => f.value)).toContainEqual(expect.objectContaining({ name: "全面战略伙伴关系", parties: ["中国", "乌拉圭"], date: "2016" }));
  });
});

describe("the place an agreement was signed and the date of another title", () => {
  it("takes no party from the country where a meeting was held or a document signed", () => {
    const a = facts("2031年5月4日，中国与北方联盟十国外长在秘鲁利马签署《北海各方行为宣言》。").filter((f) => f.kind === "agreement");
    const decl = a.find((f) => (f.value as { name: string }).name === "北海各方行为宣言")!;
    expect(decl.value).toMatchObject({ date: "2031-05-04" });
    expect((decl.value as { parties: string[] }).parties).not.toContain("秘鲁");
  });

  it("dates a title by the date written as another title's only when nothing else dates it", () => {
    const text = "中秘双方回顾了2029年签署的《中秘边界条约》，同意全面有效落实《北海各方行为宣言》。";
    const decl = facts(text).find((f) => f.kind === "agreement" && (f.value as { name: string }).name === "北海各方行为宣言")!;
    expect((decl.value as { date?: string }).date).toBeUndefined();
    const treaty = facts(text).find((f) => f.kind === "agreement" && (f.value as { name: string }).name === "中秘边界条约")!;
    expect(treaty.value).toMatchObject({ date: "2029" });
  });
});

describe("a partnership in a clause with no verb of founding", () => {
  const partnership = (text: string) => agreements(text).filter((a) => a.category === "partnership");

  it("reads a level that is strengthened or carried forward, with the title's pair and no date of the sentence", () => {
    const text = "泰国和秘鲁联合声明\n\n　　2031年3月，双方表示，将继续加强全面战略伙伴关系，拓展各领域合作。";
    expect(partnership(text)).toEqual([expect.objectContaining({ name: "全面战略伙伴关系", parties: ["泰国", "秘鲁"] })]);
    expect(partnership(text)[0].date).toBeUndefined();
    const pushed = partnership("　　两国外长表示，愿推动中秘全面战略伙伴关系持续发展。");
    expect(pushed).toEqual([expect.objectContaining({ parties: ["中国", "秘鲁"] })]);
  });

  it("reads a level dated by the year written before it with 的, for the pair the text is about", () => {
    const text =
      "　　秘鲁是中国在南美的重要伙伴，秘鲁政府重视对华关系，秘鲁企业积极参与合作。\n\n　　两国关系历经多个阶段：由最初的贸易往来，到2027年的全面战略伙伴关系。";
    expect(partnership(text)).toEqual([expect.objectContaining({ name: "全面战略伙伴关系", parties: ["中国", "秘鲁"], date: "2027" })]);
  });

  it("reads no level after a verb that works on no partnership, nor one of no side", () => {
    expect(partnership("　　学者们讨论全面战略伙伴关系的内涵。")).toEqual([]);
    expect(partnership("　　双方同意加强全面战略伙伴关系。")).toEqual([]);
  });
});

describe("a dateline dates no agreement", () => {
  it("gives a name in the dateline's sentence neither the report's day nor the 电 before it", () => {
    const a = agreements("　　本报利马3月2日电　秘鲁经济部长接受采访时表示，秘中自贸协定让当地果农受益。");
    expect(a).toContainEqual(expect.objectContaining({ name: "秘中自贸协定" }));
    expect(a.find((x) => x.name === "秘中自贸协定")?.date).toBeUndefined();
    const line = agreements("　　新华社某地3月2日电甲乙—丙丁铁路运营一年来，客货运量稳步增长。").map((x) => x.name);
    expect(line.some((x) => x.startsWith("电"))).toBe(false);
  });

  it("reads no railway named by a verb (具备铁路)", () => {
    expect(agreements("　　本办法所称“站点”，是指具备铁路货运条件的车站。").map((x) => x.name)).not.toContain("具备铁路");
  });
});

describe("a bare partnership founded, and a body stopped", () => {
  it("reads 建立伙伴关系 of two named sides as a level, and no bare 伙伴关系 of no sides", () => {
    expect(agreements("　　2002年4月，秘鲁总统访华，两国建立伙伴关系。")).toContainEqual(
      expect.objectContaining({ name: "伙伴关系", category: "partnership", parties: ["中国", "秘鲁"], date: "2002-04" }),
    );
    expect(agreements("　　中国愿同各国建立伙伴关系。")).toEqual([]);
  });

  it("reads a body stopped after the verb that stops it, undated by the day it stopped", () => {
    const a = agreements("　　2020年，甲国宣布中止中秘海关合作对话机制的各项活动。");
    expect(a).toContainEqual(expect.objectContaining({ name: "中秘海关合作对话机制", parties: ["中国", "秘鲁"] }));
    expect(a.find((x) => x.name === "中秘海关合作对话机制")?.date).toBeUndefined();
  });
});

describe("中 and a country's first character the vocabulary has no form for", () => {
  it("reads 中莫关系 as China and the one country the text names starting with 莫", () => {
    const text = "　　莫桑比克总统访华。双方同意将中莫关系提升为全面战略合作伙伴关系。两国元首同意推动中莫全面战略合作伙伴关系持续发展。";
    const levels = agreements(text).filter((a) => a.category === "partnership");
    expect(levels.length).toBeGreaterThan(0);
    expect(levels.every((a) => a.parties.join("+") === "中国+莫桑比克")).toBe(true);
    // the country named in the same clause as the pair (a headline): still China and that country
    const headline = agreements("甲国领导人同莫桑比克总统会谈　两国元首宣布将中莫关系提升为全面战略合作伙伴关系").filter((a) => a.category === "partnership");
    expect(headline).toEqual([expect.objectContaining({ parties: ["中国", "莫桑比克"] })]);
    // no such country named: no sides
    expect(agreements("　　双方同意将中莫关系提升为全面战略合作伙伴关系。").filter((a) => a.category === "partnership")).toEqual([]);
  });

  it("takes the pair after any verb a pair may follow (巩固, 加强), not after a character of another word (互动中…)", () => {
    const sides = (text: string) => agreements(text).filter((a) => a.category === "partnership").map((a) => a.parties.join("+"));
    expect(sides("　　莫桑比克总统访华。两国元首同意巩固中莫全面战略合作伙伴关系。")).toEqual(["中国+莫桑比克"]);
    expect(sides("　　莫桑比克总统访华。双方表示要加强中莫全面战略合作伙伴关系。")).toEqual(["中国+莫桑比克"]);
    expect(sides("　　莫桑比克总统访华。在热烈互动中莫方全面战略合作伙伴关系得到赞扬。")).toEqual([]);
  });
});

describe("a list of documents with their years in brackets", () => {
  it("dates each title by the year right after it, not by the line before", () => {
    const text = "甲国概况\n\n重要双边协议\n\n　　《中华人民共和国和甲国边界条约》（2031年）\n　　《关于开展北川合作的谅解备忘录》（2037年）\n　　《货物中转协定》（2036年）及其议定书（2039年）\n";
    const dated = Object.fromEntries(agreements(text).map((a) => [a.name, a.date]));
    expect(dated["中华人民共和国和甲国边界条约"]).toBe("2031");
    expect(dated["关于开展北川合作的谅解备忘录"]).toBe("2037");
    expect(dated["货物中转协定"]).toBe("2036");
  });
});

describe("an aside in brackets on an earlier document", () => {
  it("dates the earlier one, not the title it follows", () => {
    const [second] = agreements("2036年11月，甲国政府发表第二份《甲国对北川政策文件》（第一份发表于2028年11月）。");
    expect(second?.name).toBe("甲国对北川政策文件");
    expect(second?.date).toBe("2036-11");
  });
});

describe("a partnership whose sides are 两国 of an earlier clause", () => {
  it("takes the two sides the sentence before names", () => {
    // (the title names no pair, and the document no main one)
    const text = "周边合作综述\n\n　　2031年5月，中国与老挝签署《关于某某合作的谅解备忘录》。2033年10月，两国发表联合声明，宣布建立世代友好的战略合作伙伴关系。\n";
    const level = agreements(text).find((a) => a.name === "战略合作伙伴关系");
    expect(level?.parties).toEqual(["中国", "老挝"]);
    expect(level?.date).toBe("2033-10");
  });
});

describe("a labelled line of a list of key points naming a partnership", () => {
  it("reads 2. 伙伴关系：2031年建立全面战略伙伴关系 as the partnership of the document's pair", () => {
    const text = [
      "中国与乌拉圭关系要点",
      "",
      "中国与乌拉圭的关系不断发展。中国同乌拉圭的合作日益密切，中国和乌拉圭人民友好往来。",
      "",
      "考点速记",
      "",
      "1. 建交时间：1988 年",
      "2. 伙伴关系：2031 年建立全面战略伙伴关系",
    ].join("\n");
    const levels = agreements(text).filter((a) => a.category === "partnership");
    expect(levels).toEqual([expect.objectContaining({ name: "全面战略伙伴关系", parties: ["中国", "乌拉圭"], date: "2031" })]);
  });
});

describe("session 14: a region written short, and a text's rank, name no one", () => {
  it("reads no 美国 in 拉美国家 or 北美国家", () => {
    const text = "某国是第一个同中国建立全面战略伙伴关系的拉美国家。2016年，中国同北美国家建立战略伙伴关系。";
    expect(agreements(text).length).toBeGreaterThan(0);
    expect(agreements(text).some((a) => a.parties.includes("美国"))).toBe(false);
  });

  it("reads no agreement in the kind of text a rank describes (……签署的第一个某某协定)", () => {
    const text = "《甲国和中国政府自由贸易协定》于2012年5月1日生效，是甲国对外签署的第一个一揽子自由贸易协定。";
    expect(agreements(text).map((a) => a.name)).not.toContain("一揽子自由贸易协定");
    expect(agreements("2009年，两国央行签了第一份本币互换协议。").map((a) => a.name)).toContain("本币互换协议");
  });
});
