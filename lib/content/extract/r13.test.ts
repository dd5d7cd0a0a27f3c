import { describe, expect, it } from "vitest";
import { keyMatches } from "../evaluate";
import { buildCorpus } from "../pipeline";
import { rawDocumentFromText } from "../read";

const facts = (text: string, file = "d0.txt") => buildCorpus([rawDocumentFromText("d0", file, text)]).facts;
const concepts = (text: string, file?: string) => facts(text, file).filter((f) => f.kind === "concept").map((f) => f.value as { term: string; items?: string[] });
const terms = (text: string, file?: string) => concepts(text, file).map((c) => c.term);
const names = (text: string) => facts(text).filter((f) => f.kind === "agreement").map((f) => (f.value as { name: string }).name);

describe("round 13: concepts as Chinese writers mark them, unquoted", () => {
  it("reads a body of thought a text takes as its guide", () => {
    expect(terms("我们要以某某新时代某某特色发展思想为指导，推进开放。")).toContain("某某新时代某某特色发展思想");
    expect(terms("在某某外交思想指引下，双边关系取得进展。")).toContain("某某外交思想");
    expect(terms("各部门认真学习贯彻某某治理理论，推动改革。")).toContain("某某治理理论");
    // a thought no name gives, or a verb phrase, is no term
    const none = ["他以这一思想为指导写了文章。", "在新思想指引下前进。", "我们要解放思想，实事求是。", "以正确思想为指导。"];
    for (const t of none) expect(terms(t), t).toEqual([]);
  });

  it("reads a development thought held to, an outlook of six characters and a formula joined to another", () => {
    expect(terms("甲方坚持以民生为中心的发展思想。")).toContain("以民生为中心");
    expect(terms("我们要坚持总体海洋安全观，统筹发展和安全。")).toContain("总体海洋安全观");
    expect(terms("甲方始终坚持正确义利观和真实亲诚理念。")).toEqual(expect.arrayContaining(["正确义利观", "真实亲诚"]));
    // an outlook of ordinary words is not read (客观, 参观), nor a formula joined to a plain noun
    expect(terms("代表团坚持参观了三个工厂。")).toEqual([]);
    expect(terms("该公司坚持质量和服务至上理念。")).toEqual([]);
  });

  it("reads discourse terms after 倡导/主张 and a modernisation named by its model", () => {
    expect(terms("甲方倡导平等有序的世界多极化。")).toContain("世界多极化");
    expect(terms("双方愿践行全人类共同价值。")).toContain("全人类共同价值");
    expect(terms("两国将推动甲国式现代化与乙国发展战略对接。")).toContain("甲国式现代化");
    expect(terms("两国将推动城市现代化。")).toEqual([]);
  });

  it("reads a list that says what a term's core or content is", () => {
    const found = concepts("某某型伙伴关系的核心是不对抗不结盟、相互尊重、合作共赢。");
    expect(found).toContainEqual(expect.objectContaining({ term: "某某型伙伴关系", items: ["不对抗不结盟", "相互尊重", "合作共赢"] }));
    // a demonstrative or a party is no term, and a two-item list is not enough
    expect(terms("双方的核心是甲方、乙方、丙方。")).not.toContain("双方");
    expect(terms("该倡议的核心是互利、共赢。")).not.toContain("该倡议");
  });

  it("reads a slide's keywords bullet as its items, and the concepts a label announces", () => {
    expect(concepts("第2页\n合作亮点\n- 关键词：互联互通、绿色发展、数字经济\n")).toContainEqual(
      expect.objectContaining({ term: "互联互通、绿色发展、数字经济", items: ["互联互通", "绿色发展", "数字经济"] }),
    );
    expect(concepts("本课的关键概念：伙伴关系、不结盟、命运共同体。")).toContainEqual(expect.objectContaining({ items: ["伙伴关系", "不结盟", "命运共同体"] }));
    // a paper's keywords line (no bullet) stays meta
    expect(terms("关键词：伙伴关系；区域合作；周边外交\n\n正文从这里开始。")).toEqual([]);
  });
});

describe("round 13: a quoted phrase with 以…为中心 is no centre's name", () => {
  it("reads “以某为中心” as a slogan, not a project", () => {
    const text = "甲方坚持“以农民为中心”的发展思想。";
    expect(names(text)).toEqual([]);
    expect(terms(text)).toContain("以农民为中心");
    expect(names("两国在甲城共建“某某职业培训中心”。")).toContain("某某职业培训中心");
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

describe("round 13: dates of a record", () => {
  const dates = (text: string) => facts(text).filter((f) => f.kind === "date").map((f) => ({ iso: f.value.iso, endIso: (f.value as { endIso?: string }).endIso, label: f.label }));
  it("reads a range from one day to another across a year, and from a day to a month", () => {
    expect(dates("2001年11月20日—2002年3月10日：第一次联合考察。")).toContainEqual(expect.objectContaining({ iso: "2001-11-20", endIso: "2002-03-10" }));
    expect(dates("2010年5月22日—2010年6月1日，会议在甲城举行。")).toContainEqual(expect.objectContaining({ iso: "2010-05-22", endIso: "2010-06-01" }));
    expect(dates("2001年11月1日—2002年4月：第二次联合考察。")).toContainEqual(expect.objectContaining({ iso: "2001-11-01", endIso: "2002-04" }));
    // not a range: the second date lies before the first, or a year without its month
    expect(dates("2005年6月1日—2004年3月2日，记录有误。").some((d) => d.endIso)).toBe(false);
    expect(dates("2001年11月20日—2002年的工作。").some((d) => d.endIso)).toBe(false);
  });

  it("takes a field's name as the event of a date standing alone after it, without the clock", () => {
    expect(dates("导出时间：2023-05-02T08:00:00+08:00")).toContainEqual(expect.objectContaining({ iso: "2023-05-02", label: "2023-05-02：导出时间" }));
    expect(dates("建交时间：1960年3月1日")).toContainEqual(expect.objectContaining({ label: "1960年3月1日：建交时间" }));
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

describe("round 13: an e-mail thread and a newsletter", () => {
  const dates = (text: string) => facts(text).filter((f) => f.kind === "date").map((f) => ({ iso: f.value.iso, endIso: (f.value as { endIso?: string }).endIso }));
  const figures = (text: string) => facts(text).filter((f) => f.kind === "figure").map((f) => ({ n: f.value.number, measure: (f.value as { measure: string }).measure }));
  it("reads English dates of a header or a dateline", () => {
    expect(dates("Date: Tue, 5 Mar 2024 10:00:00 +0800")).toContainEqual(expect.objectContaining({ iso: "2024-03-05" }));
    expect(dates("Lima, November 16, 2024：两国元首会见。")).toContainEqual(expect.objectContaining({ iso: "2024-11-16" }));
    expect(dates("这是第5 Marks项。")).toEqual([]);
  });

  it("reads days of last month against the document's date", () => {
    expect(dates("Date: Tue, 5 Mar 2024\n\n甲国总统于上月26日至29日访华。")).toContainEqual({ iso: "2024-02-26", endIso: "2024-02-29" });
  });

  it("reads a key figure by the words after its colon, and numbers with thousands separators", () => {
    expect(figures("7份：访问期间签署的合作文件数")).toContainEqual({ n: 7, measure: "访问期间签署的合作文件数" });
    expect(figures("1,250亿元：2023年甲乙两国与丙方贸易总额（以人民币计）")).toContainEqual({ n: 1250, measure: "甲乙两国与丙方贸易总额" });
    // a figure inside a sentence keeps its measure before it
    expect(figures("双边贸易额达到1,250亿元：创历史新高。")[0]?.measure).toBe("双边贸易额");
  });

  it("reads Nordic pairs and takes the sides of a partnership from the sentence before", () => {
    expect(facts("中挪自贸协定谈判于2008年9月启动。").find((f) => f.kind === "agreement")?.value).toEqual(expect.objectContaining({ parties: ["中国", "挪威"] }));
    const text = "应邀请，芬兰总统于4月访问中国。两国元首一致同意以落实“面向未来的某某合作伙伴关系”为主线。";
    expect(facts(text).filter((f) => f.kind === "agreement").map((f) => f.value)).toContainEqual(expect.objectContaining({ parties: ["中国", "芬兰"] }));
    // the sentence before names a third country: no sides are guessed
    const three = "芬兰总统与瑞典首相访问中国。两国元首一致同意落实“面向未来的某某合作伙伴关系”。";
    expect(facts(three).filter((f) => f.kind === "agreement").map((f) => (f.value as { parties: string[] }).parties)).toContainEqual([]);
  });
});

describe("round 13: a treaty's text", () => {
  const figures = (text: string) => facts(text).filter((f) => f.kind === "figure").map((f) => ({ n: f.value.number, unit: (f.value as { unit: string }).unit }));
  it("reads a formal title standing alone on its line as the agreement", () => {
    const found = facts("标题：中华人民共和国政府和波兰共和国政府关于港口合作的协定").filter((f) => f.kind === "agreement").map((f) => f.value);
    expect(found).toContainEqual(expect.objectContaining({ name: "中华人民共和国政府和波兰共和国政府关于港口合作的协定", parties: ["中国", "波兰"] }));
    // one side only, or a sentence around it: not this rule's
    expect(names("标题：甲省关于港口合作的协定")).toEqual([]);
  });

  it("reads the defined terms of a numbered list, not a prepositional phrase", () => {
    const found = concepts("（四）“快线”，是指按照固定班期开行的货物列车。");
    expect(found).toContainEqual(expect.objectContaining({ term: "快线" }));
    expect(facts("（一）“主管机关”，在甲方方面是指交通部，在乙方方面是指基础设施部。").map((f) => f.label).some((l) => /方面：/.test(l))).toBe(false);
  });

  it("reads a quoted system before the thing it applies to, lengths in 毫米, time limits and terms of a treaty", () => {
    expect(terms("推广使用“一票制”货运单据。")).toContain("一票制");
    expect(figures("换装在标准轨距（1435毫米）口岸进行。")).toContainEqual({ n: 1435, unit: "毫米" });
    expect(figures("双方应当在本协定生效后90日内达成一致。")).toContainEqual({ n: 90, unit: "日" });
    expect(figures("本协定自收到后一份通知之日起第三十日生效。")).toContainEqual({ n: 30, unit: "日" });
    expect(figures("期满后本协定有效期自动延长五年。")).toContainEqual({ n: 5, unit: "年" });
    expect(figures("会议于3日内结束。今天是5日。")).toEqual([]);
  });
});

describe("round 13: linking dated events", () => {
  it("does not link events of two different partners of China", () => {
    const c = buildCorpus([
      rawDocumentFromText("a", "a.txt", "2023年，中国与越南双边贸易额约为2000亿美元，创新高。"),
      rawDocumentFromText("b", "b.txt", "2023年，中国与秘鲁双边贸易额约为2000亿美元，创新高。"),
      rawDocumentFromText("c", "c.txt", "2023年，中国与越南双边贸易额约为2000亿美元，再创新高。"),
    ]);
    const dates = c.facts.filter((f) => f.kind === "date");
    expect(dates.find((f) => f.documentId === "a")!.alsoIn.map((x) => x.documentId)).toEqual(["c"]);
    expect(dates.some((f) => f.documentId === "b")).toBe(true);
  });
});

describe("round 13: bodies with short names, counted formulas, reports and spans", () => {
  const figures = (text: string) => facts(text).filter((f) => f.kind === "figure").map((f) => ({ n: f.value.number, measure: (f.value as { measure: string }).measure }));
  it("reads a body of states with its short name as an organisation, not a community of destiny", () => {
    const text = "南亚和东南亚国家共同体（简称“南东共体”，SSEA）于2001年成立。";
    expect(names(text)).toEqual(expect.arrayContaining(["南亚和东南亚国家共同体", "南东共体"]));
    expect(terms(text).some((t) => t.endsWith("共同体"))).toBe(false);
    expect(terms("双方同意构建中甲命运共同体。")).toContain("中甲命运共同体");
  });

  it("reads a quoted formula of two counted sets as a concept, not a mechanism", () => {
    const text = "两份协定与政府间委员会一起，被概括为两国经贸合作的“两协定一机制”。";
    expect(terms(text)).toContain("两协定一机制");
    expect(names(text)).not.toContain("两协定一机制");
    // a formula of one-character parts is left to the rules that know it
    expect(terms("双方推进“两廊一圈”框架对接。")).not.toContain("两廊一圈");
  });

  it("reads a report named by what it is, market economy status recognised, and spans of years of a contract or a trade", () => {
    expect(names("会议期间，甲国发布首份极地事业发展报告《甲国的极地事业》。")).toContain("甲国的极地事业");
    expect(terms("甲国是第一个承认中国完全市场经济地位的欧洲国家。")).toContain("完全市场经济地位");
    expect(terms("市场经济地位问题仍有争议。")).toEqual([]);
    expect(figures("联合体于2019年中标，合同期15年。")).toContainEqual({ n: 15, measure: "合同期" });
    expect(figures("这条航线持续了约200年。").map((f) => f.n)).toContain(200);
  });
});

describe("round 13: a treaty referring to itself", () => {
  it("reads no name out of 本协定, a treaty database or a treaty notice, nor a railway out of a waybill", () => {
    const text = "甲乙条约数据库\n\n缔约双方根据本协定开展合作。本协定自双方通过外交途径书面通知已完成使本协定生效所必需的程序之日起生效。见第2024-1号条约公告。推广使用“一票制”铁路运单。";
    expect(names(text)).toEqual([]);
    // a name ending in 日本 is no reference to itself
    expect(names("其中，湄公河—日本合作、某某伙伴关系都在推进。")).toContain("湄公河—日本合作");
  });
});
