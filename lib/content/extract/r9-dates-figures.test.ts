import { describe, expect, it } from "vitest";
import { rawDocumentFromText } from "../read";
import { normaliseDocument } from "../normalise/index";
import { extractFacts } from "../pipeline";
import type { ExtractedFact } from "../types";

const factsOf = (text: string, file = "t.txt"): ExtractedFact[] => extractFacts(normaliseDocument(rawDocumentFromText("t", file, text)));
const isos = (facts: ExtractedFact[]) => facts.filter((f) => f.kind === "date").map((f) => (f.value as { iso: string }).iso);
const numbers = (facts: ExtractedFact[]) => facts.filter((f) => f.kind === "figure").map((f) => (f.value as { number: number }).number);

describe("round 9: year.month with a dot and no day", () => {
  it("reads 2016.9 and 2016.09 opening a slide bullet or after 于", () => {
    const text = "甲乙合作大事记\n- 2016.9 甲省与乙方签署合作备忘录\n- 2018.11 双方启动联合研究\n两国联合项目于2019.07投入运营。\n";
    expect(isos(factsOf(text))).toEqual(expect.arrayContaining(["2016-09", "2018-11", "2019-07"]));
  });
  it("leaves decimals alone", () => {
    const facts = factsOf("2023年甲乙双边贸易额达1083.9亿美元，同比增长2.9%，乙国对甲国投资为2017.5万美元。\n");
    expect(isos(facts)).not.toContain("1083-09");
    expect(isos(facts)).not.toContain("2017-05");
  });
});

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
