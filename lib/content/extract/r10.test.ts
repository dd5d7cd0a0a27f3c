import { describe, expect, it } from "vitest";
import { rawDocumentFromText } from "../read";
import { normaliseDocument } from "../normalise/index";
import { extractFacts } from "../pipeline";
import type { ExtractedFact } from "../types";

const factsOf = (text: string): ExtractedFact[] => extractFacts(normaliseDocument(rawDocumentFromText("t", "t.txt", text)));
type Agreement = { name: string; parties: string[]; date?: string };
const agreements = (text: string) => factsOf(text).filter((f) => f.kind === "agreement").map((f) => f.value as Agreement);
const names = (text: string) => agreements(text).map((a) => a.name);

describe("round 10: extractor faults that made wrong questions", () => {
  it("keeps 和 of 和平 (and other words holding a particle) in a signed text's name", () => {
    expect(names("甲国已与二十多个国家签署了和平开发极地资源合作协定。")).toContain("和平开发极地资源合作协定");
    expect(names("两国签署和谐共处条约，并签署对外投资保护协议。")).toEqual(expect.arrayContaining(["和谐共处条约", "对外投资保护协议"]));
    expect(names("两国签署和平开发极地资源合作协定。").some((n) => n.startsWith("平"))).toBe(false);
    // a conjunction 和 still ends the name
    expect(names("甲国和乙国签署了友好合作条约。")).toContain("友好合作条约");
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

describe("round 10: wrong facts of new genres", () => {
  it("reads no organisation out of a direction and 约 before a distance", () => {
    expect(names("某港位于首都以北约60公里处。")).not.toContain("北约");
    expect(names("北约峰会在某地举行，某国是北约成员。")).toContain("北约");
  });
});

describe("round 10: relative dates in a news digest resolve against their item's dateline", () => {
  const digest = [
    "某某要闻",
    "2023年3月10日　星期五",
    "",
    "【一】甲国港口项目进展",
    "",
    "新华社甲城3月9日电　甲国港务局当天发布消息说，港口一期工程于2019年6月1日建成。港务局局长前一天刚结束访问。",
    "",
    "【二】乙国铁路通车",
    "",
    "本报乙城3月8日电（记者　某某）记者昨天获悉，乙国铁路将于年内通车。乙国交通部长当天表示欢迎，他上周曾视察工地。",
    "",
    "【三】丙国货币合作",
    "",
    "【本报讯】丙国央行上周宣布扩大本币结算。",
  ].join("\n");
  const dates = factsOf(digest).filter((f) => f.kind === "date").map((f) => f.value as { iso: string; endIso?: string; text: string; event: string });
  const of = (text: string, event: string) => dates.find((d) => d.text === text && d.event.includes(event));

  it("reads 当天 and 昨天 from the dateline, not from the last date of the text", () => {
    expect(of("当天", "甲国港务局")?.iso).toBe("2023-03-09");
    expect(of("昨天", "记者")?.iso).toBe("2023-03-07");
    expect(of("当天", "乙国交通部长")?.iso).toBe("2023-03-08");
  });

  it("reads 前一天 as the day before the last day named, 上周 as the week before the dateline", () => {
    expect(of("前一天", "港务局局长")?.iso).toBe("2023-03-08");
    const week = of("上周", "视察");
    expect([week?.iso, week?.endIso]).toEqual(["2023-02-27", "2023-03-05"]);
    const bank = of("上周", "丙国央行");
    expect([bank?.iso, bank?.endIso]).toEqual(["2023-02-27", "2023-03-05"]);
  });

  it("keeps the dateline out of the lead's events", () => {
    expect(dates.some((d) => d.event.includes("电") || d.event.includes("记者某某"))).toBe(false);
    expect(dates.find((d) => d.text === "3月9日")?.event).toBe("甲国港务局当天发布消息说");
  });
});

describe("round 10: texts in traditional characters", () => {
  const text = [
    "甲乙建交三十年",
    "",
    "　　一九九五年五月，兩國簽署《甲乙友好合作條約》。二〇一五年，中越兩國宣布建立全面戰略合作夥伴關係。",
    "　　兩國領導人提出「高層引領、民間參與」的合作思路，二〇二三年雙邊貿易額達350億美元，赴甲國遊客約120萬人次。",
    "　　雙方同意在『瀾湄合作』框架下加強執法合作，這是兩國關係發展的重要動力，也是地區國家共同的願望。",
  ].join("\n");
  const facts = factsOf(text);
  const of = (kind: string) => facts.filter((f) => f.kind === kind);

  it("reads treaties, partnership levels, quoted slogans and figures in 億/萬, keeping the source's characters", () => {
    const names = of("agreement").map((f) => (f.value as Agreement).name);
    expect(names).toEqual(expect.arrayContaining(["甲乙友好合作條約", "全面戰略合作夥伴關係"]));
    expect(of("agreement").find((f) => (f.value as Agreement).name === "甲乙友好合作條約")?.value).toMatchObject({ date: "1995-05" });
    expect(of("concept").map((f) => (f.value as { term: string }).term)).toContain("高層引領、民間參與");
    const numbers = of("figure").map((f) => (f.value as { number: number; text: string }).text);
    expect(numbers).toEqual(expect.arrayContaining(["350億美元", "120萬人次"]));
  });

  it("quotes the raw text of each fact", () => {
    for (const f of facts) expect(text.slice(f.span.start, f.span.end)).toBe(f.quote);
    expect(facts.some((f) => /条约|伙伴关系|亿美元/.test(f.label))).toBe(false);
  });
});

describe("round 10: figures written in words", () => {
  const figures = (text: string) => factsOf(text).filter((f) => f.kind === "figure").map((f) => f.value as { number: number; unit: string; measure: string });

  it("reads 百分之… and 几成 as percentages", () => {
    const f = figures("甲方持股百分之六十五，山地占国土面积的百分之九十左右，甲国产品占当地市场份额的四成。");
    expect(f.map((x) => [x.number, x.unit])).toEqual(expect.arrayContaining([[65, "%"], [90, "%"], [40, "%"]]));
    expect(figures("两国成员组成联合小组，三成员国代表出席。").some((x) => x.unit === "%")).toBe(false);
  });

  it("reads the years ahead (未来5年), a stay of days, and a count after an open list of industries", () => {
    expect(figures("未来5年，双方将扩大合作。").find((x) => x.number === 5)?.measure).toBe("未来");
    expect(figures("持普通护照者单次停留不超过45日。").find((x) => x.number === 45)?.unit).toBe("日");
    expect(figures("商务部新闻发言人8日表示欢迎。").some((x) => x.number === 8)).toBe(false);
    expect(figures("重点发展新能源、生物医药等八大新兴产业。").find((x) => x.number === 8)?.measure).toBe("新兴产业");
  });
});

describe("round 10: quoted names and sides left unsaid", () => {
  it("reads a quoted joint exercise, a quoted cooperation as a framework and a quoted express train", () => {
    const n = agreements("两国海军自2016年起举行“蓝海卫士”联合训练。双方在“湄南合作”的框架下开展执法合作。满载货物的“西江快线”国际货物列车首发。");
    expect(n.map((a) => a.name)).toEqual(expect.arrayContaining(["“蓝海卫士”联合训练", "湄南合作", "西江快线"]));
    const concepts = factsOf("两国海军举行“蓝海卫士”联合训练。").filter((f) => f.kind === "concept");
    expect(concepts).toEqual([]);
  });

  it("reads a quoted saying that a strategy states as a concept", () => {
    const terms = factsOf("该国提出“变边陲为前沿”的发展战略。").filter((f) => f.kind === "concept").map((f) => (f.value as { term: string }).term);
    expect(terms).toContain("变边陲为前沿");
  });

  it("gives 双方 the pair a document is about when neither the sentence nor the title names it", () => {
    const text = "解说：清晨的站台上挤满了旅客\n\n越南是中国的近邻。越南同中国的铁路合作由来已久，越南的青年到中国学习。\n\n2008年5月，双方宣布建立全面战略合作伙伴关系。";
    const level = agreements(text).find((a) => a.name === "全面战略合作伙伴关系");
    expect(level?.parties).toEqual(["中国", "越南"]);
  });
});

describe("round 10: decades in words and the middle of a century", () => {
  const dates = (text: string) => factsOf(text).filter((f) => f.kind === "date").map((f) => f.value as { iso: string; event: string });

  it("reads 上世纪八十年代, 二十世纪九十年代 and 19世纪中叶 as decades, and 21世纪 alone as none", () => {
    const d = dates("早在18世纪中叶，商船便往来两地。从上世纪七十年代开始，两国交流增多。二十世纪九十年代，合作扩大。共建21世纪海上丝绸之路。");
    expect(d.map((x) => x.iso)).toEqual(["1750s", "1970s", "1990s"]);
    expect(d[0]!.event).toBe("商船便往来两地");
  });

  it("dates no figure by a decade of an earlier clause", () => {
    const f = factsOf("早在18世纪中叶，商人便来到此地；目前当地华裔约有20万人。").filter((x) => x.kind === "figure");
    expect(f.map((x) => (x.value as { year?: string }).year)).toEqual([undefined]);
  });
});

describe("round 10: mines, joint committees and lines joined to a pair", () => {
  it("reads a mine named by its place or its company, a pair's 联委会, and a pair's railway after 北接", () => {
    const n = agreements("卡塔莫铜矿于2018年投产，宝钢智利铁矿同年扩建。双方要用好中智经贸联委会。该线南连万象，北接中老铁路。");
    expect(n.map((a) => a.name)).toEqual(expect.arrayContaining(["卡塔莫铜矿", "宝钢智利铁矿", "中智经贸联委会", "中老铁路"]));
    expect(n.find((a) => a.name === "中智经贸联委会")?.parties).toEqual(["中国", "智利"]);
    expect(n.some((a) => a.name.startsWith("北接"))).toBe(false);
  });
});

describe("round 10: what a figure measures", () => {
  it("leaves a year in Chinese numerals out of the measure", () => {
    const f = factsOf("二〇一九年赴甲国游客约1100万人次。").filter((x) => x.kind === "figure");
    expect((f[0]?.value as { measure: string }).measure).toBe("赴甲国游客");
  });
});

describe("round 10: the 日 of a date", () => {
  it("is no 日本 when a pair follows it", () => {
    const ents = factsOf("一九七五年七月一日中泰两国正式建交。").filter((f) => f.kind === "entity").map((f) => (f.value as { name: string }).name);
    expect(ents).not.toContain("日本");
    expect(factsOf("日、韩两国代表出席。").filter((f) => f.kind === "entity").map((f) => (f.value as { name: string }).name)).toContain("日本");
  });
});

describe("round 10: labels of subtitles", () => {
  it("reads no name across two quotations and no bracketed label into a measure", () => {
    const facts = factsOf("铁路带动了“铁路+物流”“铁路+旅游”等产业。\n\n【字幕】全程约10小时");
    expect(facts.filter((f) => f.kind === "agreement").some((f) => f.label.includes("”“"))).toBe(false);
    const f = facts.find((x) => x.kind === "figure" && (x.value as { number: number }).number === 10);
    expect((f?.value as { measure: string }).measure).toBe("全程");
  });
});
