import { describe, expect, it } from "vitest";
import { rawDocumentFromText } from "../read";
import { buildCorpus } from "../pipeline";

const corpusOf = (...texts: string[]) => buildCorpus(texts.map((t, i) => rawDocumentFromText(`d${i}`, `d${i}.md`, t)));

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

describe("round 11: spoken dates, CSV dates and self-corrections", () => {
  const facts = (t: string) => corpusOf(t).facts;
  it("reads years as spoken (两千零一十七年五月三十一号) and a year-month with a hyphen (1963-06)", () => {
    const dates = facts("两千零一十七年五月三十一号，铁路通车。两千零五年十二月，学院成立。两千年，双方建交。\n\n1963-06：两国签订海运协定。").filter((f) => f.kind === "date").map((f) => f.value.iso);
    expect(dates).toEqual(expect.arrayContaining(["2017-05-31", "2005-12", "2000", "1963-06"]));
    expect(facts("2024-2026年合作计划。").some((f) => f.kind === "date" && f.value.iso === "2024-06")).toBe(false);
  });

  it("keeps only the value a speaker corrects to", () => {
    const f = facts("然后两千零一十五年，不对，是两千零一十七年五月，总统访华。特许经营期是三十年，不对，是二十七年。");
    const dates = f.filter((x) => x.kind === "date").map((x) => x.value.iso);
    expect(dates).toContain("2017-05");
    expect(dates).not.toContain("2015");
    const numbers = f.filter((x) => x.kind === "figure").map((x) => x.value.number);
    expect(numbers).not.toContain(30);
  });
});

describe("round 11: numbers as spoken and anniversaries in a clause", () => {
  const figures = (t: string) => corpusOf(t).facts.filter((f) => f.kind === "figure").map((f) => [f.value.number, f.value.unit]);
  it("reads 二十七点一公里 as 27.1 and 四万六千个 as 4.6 of 万个", () => {
    expect(figures("快速路全长二十七点一公里。")).toContainEqual([27.1, "公里"]);
    expect(figures("项目创造了大约四万六千个当地就业岗位。")).toContainEqual([4.6, "万个"]);
  });

  it("reads an anniversary followed by 为/暨/的 as a figure", () => {
    expect(figures("两国以建交60周年为新起点，深化合作。")).toContainEqual([60, "周年"]);
    expect(figures("今年是通车七周年的日子。")).toContainEqual([7, "周年"]);
    expect(figures("他出席建交60周年暨友好年开幕式。")).toContainEqual([60, "周年"]);
  });
});

describe("round 11: an infobox field naming the relationship", () => {
  it("reads 关系定位：某某关系 as a partnership level", () => {
    const f = corpusOf("{{Infobox 关系\n| 名称 = 甲乙关系\n| 关系定位 = 战略合作关系（2010年10月建立）\n}}\n正文。").facts;
    expect(f.find((x) => x.kind === "agreement" && x.value.name === "战略合作关系")?.value).toMatchObject({ category: "partnership", date: "2010-10" });
    expect(corpusOf("名称：甲乙关系\n重点：战略合作关系研究\n").facts.some((x) => x.kind === "agreement" && x.value.name === "战略合作关系")).toBe(false);
  });
});
