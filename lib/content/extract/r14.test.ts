import { describe, expect, it } from "vitest";
import { buildCorpus } from "../pipeline";
import { rawDocumentFromText } from "../read";

const facts = (text: string, file = "d0.txt") => buildCorpus([rawDocumentFromText("d0", file, text)]).facts;
const concepts = (text: string, file?: string) => facts(text, file).filter((f) => f.kind === "concept").map((f) => f.value as { term: string; items?: string[]; definition?: string });
const terms = (text: string, file?: string) => concepts(text, file).map((c) => c.term);

describe("round 14: concepts as Chinese writers mark them", () => {
  it("reads a quoted term defined with 指的是 without taking 指的 into the term", () => {
    expect(concepts("“甲乙走廊”指的是连接两国的经济带。")).toContainEqual(expect.objectContaining({ term: "甲乙走廊", definition: "连接两国的经济带" }));
    expect(terms("某某发展指的是低碳转型的发展方式。")).toContain("某某发展");
    expect(terms("“甲乙走廊”指的是连接两国的经济带。").some((t) => t.endsWith("指的"))).toBe(false);
  });

  it("reads a four-character formula a principle or idea is said to be", () => {
    expect(terms("两国合作的核心理念是互利共赢。")).toContain("互利共赢");
    expect(terms("双方合作遵循的基本原则是平等互利。")).toContain("平等互利");
    // a purpose, a phrase with a particle or a country is no formula
    for (const t of ["该组织的宗旨是维护和平。", "合作的原则是以此为准。", "本次合作的理念是中国方案。", "他的精神是好的。"]) expect(terms(t), t).toEqual([]);
  });

  it("reads the -isms held to after 主张 and those joined to the first one", () => {
    expect(terms("双方都主张多边主义，反对单边主义和保护主义。")).toEqual(expect.arrayContaining(["多边主义", "单边主义", "保护主义"]));
    expect(terms("两国反对霸权主义、冷战主义和保护主义。")).toEqual(expect.arrayContaining(["霸权主义", "冷战主义", "保护主义"]));
    // what follows 和 is no -ism when the word goes on
    expect(terms("双方反对单边主义和主义者的做法。")).toEqual(["单边主义"]);
  });

  it("reads a count that names a list after 即 when what it counts is of something", () => {
    expect(concepts("两国建立了三个层次的人文交流框架，即“政府间对话、地方友城、青年交流”。")).toContainEqual(
      expect.objectContaining({ term: "三个层次", items: ["政府间对话", "地方友城", "青年交流"] }),
    );
    // an ordinal is no count
    expect(terms("这是第三个层次的交流框架，即“甲方对话、乙方互访、丙方交流”。")).not.toContain("三个层次");
  });

  it("reads a quoted counted set whose members open the sentences after it", () => {
    const text = "（一）“三条通道”协同推进。“空中通道”越飞越广，开通航线12条。“陆上通道”越跑越密，开行班列300列。“海上通道”越来越顺畅，吞吐量增长5%。";
    expect(concepts(text)).toContainEqual(expect.objectContaining({ term: "三条通道", items: ["空中通道", "陆上通道", "海上通道"] }));
    // fewer members than the count, or members of different kinds, are no list
    const short = "“三条通道”协同推进。“空中通道”越飞越广。“陆上通道”越跑越密。";
    expect(concepts(short).some((c) => c.items)).toBe(false);
    const mixed = "“三条通道”协同推进。“空中通道”越飞越广。“陆上班列”越跑越密。“海上航线”越来越顺畅。";
    expect(concepts(mixed).some((c) => c.term === "三条通道" && c.items)).toBe(false);
  });
});

describe("round 14: the dates of headers, footers and reply lines", () => {
  const events = (text: string, file?: string) => facts(text, file).filter((f) => f.kind === "date").map((f) => (f.value as { event: string }).event);

  it("says what a header's or footer's date is instead of reading its label as an event", () => {
    expect(events("From: 甲 <a@example.org>\nDate: Wed, 6 Nov 2024 10:24:51 +0800\n\n正文一段。\n")).toContain("邮件发出");
    expect(events("From: 甲 <a@example.org>\n\n> 日期: 2024年11月4日 周一 08:00\n> 主题: 简报\n")).toContain("邮件发出");
    expect(events("---\ntitle: 某页\nupdated: 2024-11-20\n---\n\n正文。\n", "d0.md")).toContain("本页最后更新");
    expect(events("正文。\n\n*本页最后编辑于 2024-11-20 21:47 · 浏览 3,218*\n", "d0.md")).toContain("本页最后更新");
    expect(events("（来源：某研究中心　录入时间：2025-01-08）\n\n正文。\n")).toContain("某研究中心录入");
    expect(events("某报告\n\n来源：某研究中心，2024-03-15\n\n正文。\n")).toContain("某研究中心发布");
  });

  it("reads a reply line's date as the letter of the one who wrote", () => {
    expect(events("正文。\n\n在 2024年11月5日 星期二 17:02，张三 <zs@example.cn> 写道：\n\n李四：\n")).toContain("张三来信");
  });

  it("leaves the events of ordinary sentences alone", () => {
    // a date ending a sentence, or a 日期 field outside an e-mail, is no header
    expect(events("双方签署协定于2024年3月1日。")).not.toContain("本文发布");
    expect(events("会议日期：2024年3月1日\n")).not.toContain("邮件发出");
    expect(events("在2024年3月1日，双方签署了协定。")[0]).toContain("签署");
  });
});
