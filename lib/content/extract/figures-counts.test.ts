/**
 * Counts and spans: countries counted after their region or a list, spans of years, counted fields and
 * proposals, time limits, transitions and chapters; and the minutes of a clock time, which count nothing.
 */
import { describe, expect, it } from "vitest";
import { facts, factsOf, figureValues, figures, numbers } from "./test-helpers";

describe("round 9: counts of countries, spans of years and counted fields", () => {
  it("reads a count of countries after their region", () => {
    const facts = factsOf("疫情期间，甲国向非洲31国提供物资援助，并同东盟8国签署合作文件。\n");
    expect(numbers(facts)).toEqual(expect.arrayContaining([31, 8]));
  });
  it("reads 余/多 years looking back", () => {
    const facts = factsOf("回顾两国交往这50余年，成果丰硕。\n\n40多年来，双方累计互派留学生1万人次。\n");
    expect(numbers(facts)).toEqual(expect.arrayContaining([50, 40]));
  });
  it("reads counts in Chinese numerals before fields and proposals", () => {
    const facts = factsOf("双方同意深化七大领域合作，推动五大重点领域取得进展。甲方就此提出三点建议。\n");
    expect(numbers(facts)).toEqual(expect.arrayContaining([7, 5, 3]));
  });
  it("leaves a region's count in a mechanism's name and a year's range alone", () => {
    const facts = factsOf("中东欧17国合作机制于2012年启动。两国在第五大道会面。\n");
    expect(numbers(facts)).not.toContain(17);
  });
});

describe("round 14: figures of time limits, chapters and countries", () => {
  it("reads a time limit counted from a day, the spans of a transition, years that passed and chapters", () => {
    expect(figures("证书自签发之日起1年内有效。")).toContain(1);
    expect(figures("其余税目在5年至15年过渡期内逐步降为零。")).toEqual(expect.arrayContaining([5, 15]));
    expect(figures("双方同意在两个月内重开使馆。")).toContain(2);
    expect(figures("二十年间，两国关系三次跃升。")).toContain(20);
    expect(figures("协定共22章。")).toContain(22);
    // a year range is no span of years, nor a year
    expect(figures("1990年间，两国建交。")).toEqual([]);
    expect(figures("2015年至2020年，双方合作。")).toEqual([]);
  });

  it("counts countries after their region or closing a list of them", () => {
    expect(figures("中美洲七国中，已有五国同中国建交。")).toContain(7);
    expect(figures("目前已有甲国、哥斯达黎加、巴拿马五国同中国建交。".replace("甲国、", "萨尔瓦多、尼加拉瓜、洪都拉斯、"))).toContain(5);
    // a group named by its count (中亚五国) and a count of no countries are left
    expect(figures("中国同中亚五国合作。")).toEqual([]);
    expect(figures("他们讨论了五国的情况。")).toEqual([]);
  });
});

describe("round 15: clock times", () => {
  it("reads no figure from the minutes of a clock time", () => {
    expect(figures("本网8月22日09:30条目中的表述有误。\n")).not.toContain(30);
    expect(figures("两国共签署30条合作措施。\n")).toContain(30);
  });
});

describe("counts in Chinese numerals", () => {
  it("reads a count of countries after the group they are in, or as what a group came to or who joined it", () => {
    expect(figures("2019年，甲乙两国同东盟十国签署了协定。")).toContain(10);
    expect(figures("2021年，这个组织扩员后是九国。")).toContain(9);
    expect(figures("峰会决定邀请七国加入该组织。")).toContain(7);
  });

  it("still reads no figure in a region's name holding its count", () => {
    expect(figures("甲国同中亚五国的合作不断加深。")).not.toContain(5);
  });

  it("reads a span of years after 近 or 整整, a term a text is extended by, and how much earlier one thing came", () => {
    expect(figures("2001年谈判启动，此后历时近八年才结束。")).toContain(8);
    expect(figures("2016年双方举行第三轮对话，与第二轮相隔近四年。")).toContain(4);
    expect(figures("本协定期满后自动延期三年。")).toContain(3);
    expect(figures("这份文件比另一份文件早了整整六年。")).toContain(6);
  });

  it("reads the guns of a salute and an anniversary followed by 之后", () => {
    expect(figures("仪仗队鸣放19响礼炮。")).toContain(19);
    expect(figures("在两国建交40周年之后，双方合作继续深化。")).toContain(40);
  });
});

describe("shares and spans", () => {
  it("reads 两成 and a share that is a whole percentage (四分之一), not 三分之一", () => {
    expect(figures("甲国华人约占全国人口的两成以上。")).toContain(20);
    expect(figures("甲国铜产量约占世界总产量的四分之一。")).toContain(25);
    expect(figures("工程造价下调约三分之一。")).toEqual([]);
  });

  it("reads a span of years after 连续保持了 and the years of a relation (三十年的甲乙关系)", () => {
    expect(figures("2009年起，甲国成为乙国最大贸易伙伴，这一地位此后连续保持了12年。")).toContain(12);
    const f = facts("三十年的甲乙关系表明，合作共赢是可行路径。").filter((x) => x.kind === "figure");
    expect(f.map((x) => x.value)).toEqual([expect.objectContaining({ number: 30, measure: "甲乙关系" })]);
  });
});

describe("the years of a relation written after it", () => {
  it("reads 中秘关系五十年 (a title's span) as the relation's years, and no date as a span", () => {
    const f = facts("中秘关系五十年纪事\n\n　　两国于1974年建交。").filter((x) => x.kind === "figure");
    expect(f.map((x) => x.value)).toContainEqual(expect.objectContaining({ number: 50, measure: "中秘关系" }));
    expect(figures("中国—秘鲁关系五十年回望")).toContain(50);
    expect(figures("　　中秘关系2024年取得进展。")).toEqual([]);
    // the relation of no pair named (某某关系) is not read
    expect(figures("劳资关系五十年纪事")).not.toContain(50);
  });
});

describe("a table's number before 所示", () => {
  it("is no count of 所", () => {
    expect(numbers(facts("如表1所示，2031年甲乙贸易额首次突破250亿美元。"))).toEqual([250]);
    expect(numbers(facts("甲国在乙国设立了7所孔子学院。"))).toEqual([7]);
  });
});

describe("flights counted by 班", () => {
  it("reads 每周往返航班超过60班 and 12班次 as counts, and no count in 班级 or 班机", () => {
    expect(figureValues("　　目前，两国间每周往返航班超过60班。\n").map((f) => `${f.n}${f.unit}`)).toContain("60班");
    expect(figureValues("　　两国间每周开行客运班次12班次。\n").map((f) => `${f.n}${f.unit}`)).toContain("12班次");
    expect(figureValues("　　两国共有3班机直飞，另有5班级学生参加交流。\n").some((f) => /班/.test(f.unit))).toBe(false);
  });
});
