import { describe, expect, it } from "vitest";
import { rawDocumentFromText } from "../read";
import { normaliseDocument } from "../normalise/index";
import { extractFacts } from "../pipeline";
import type { ExtractedFact } from "../types";

const docOf = (text: string, file = "t.txt") => normaliseDocument(rawDocumentFromText("t", file, text));
const factsOf = (text: string, file = "t.txt"): ExtractedFact[] => extractFacts(docOf(text, file));
const isos = (facts: ExtractedFact[]) =>
  facts
    .filter((f) => f.kind === "date")
    .map((f) => {
      const v = f.value as { iso: string; endIso?: string };
      return v.endIso ? `${v.iso}/${v.endIso}` : v.iso;
    });
const numbers = (facts: ExtractedFact[]) => facts.filter((f) => f.kind === "figure").map((f) => (f.value as { number: number }).number);

describe("round 7: Markdown list entries opening with a date", () => {
  it("reads bold dates after -, * and + list markers", () => {
    const text = "# 两国往来纪要\n\n- **1961年3月2日**　甲国同乙国签订贸易协定。\n* **1979年5月**　两国恢复航线。\n+ **1988年9月9日至12日**　乙国总理访问甲国。\n";
    expect(isos(factsOf(text, "t.md"))).toEqual(expect.arrayContaining(["1961-03-02", "1979-05", "1988-09-09/1988-09-12"]));
  });

  it("reads a date after a numbered list marker", () => {
    const text = "# 纪要\n\n1. **1961年3月2日**　甲国同乙国签订贸易协定。\n2. 1979年5月，两国恢复航线。\n";
    expect(isos(factsOf(text, "t.md"))).toEqual(expect.arrayContaining(["1961-03-02", "1979-05"]));
  });
});

describe("round 7: circled numbers opening list items in the body", () => {
  const text = [
    "甲乙两国合作成果丰硕。",
    "",
    "二、合作项目",
    "①甲乙工业园",
    "　・起步区面积２.５平方公里，截至２０１９年底入驻企业８０余家",
    "②跨海大桥",
    "　・２０１７年５月通车，全长约４２公里",
    "",
    "◇补充：两国还在教育领域开展合作。",
  ].join("\n");

  it("are not footnotes: their dates and figures are read, full-width digits included", () => {
    const facts = factsOf(text);
    expect(isos(facts)).toEqual(expect.arrayContaining(["2019", "2017-05"]));
    expect(numbers(facts)).toEqual(expect.arrayContaining([2.5, 80, 42]));
  });

  it("circled numbers referred to in the text, or closing the document, stay footnotes", () => {
    const referred = docOf("两国于2001年签署条约①，合作不断深化。\n\n①甲乙两国条约文本，2001年。\n\n正文继续，　两国合作前景广阔。\n");
    expect(referred.blocks.find((b) => b.text.includes("条约文本"))?.label).toBe("footnote");
    const closing = docOf("两国于2001年签署条约，合作不断深化。\n\n① 参见新闻报道，2001年7月。\n");
    expect(closing.blocks.find((b) => b.text.includes("参见"))?.label).toBe("footnote");
  });
});

describe("round 7: the document's own date", () => {
  it("a yearless dateline takes the year the text gives to the same month and day", () => {
    const text = [
      "# 甲乙关系纪要",
      "",
      "> 新华社甲城3月5日电　乙国总统将于3月5日至7日对甲国进行国事访问。",
      "",
      "- **1990年3月5日**　两国建交。",
      "- **2019年3月5日至7日**　乙国总统对甲国进行国事访问。",
      "- **2021年6月**　两国签署合作文件。",
    ].join("\n");
    const doc = docOf(text, "t.md");
    expect(doc.date).toBe("2019-03-05");
    expect(isos(extractFacts(doc))).toEqual(expect.arrayContaining(["2019-03-05", "2019-03-05/2019-03-07"]));
  });

  it("a closing source line dates the document, and its date of publication is a fact", () => {
    const text = "　　今年4月2日至4日，甲国外长访问乙国。\n\n　　两国关系稳步发展。\n\n（本文原载乙国《晨报》2019年4月20日，中文版由使馆提供）\n责任编辑：张三\n";
    const doc = docOf(text);
    expect(doc.date).toBe("2019-04-20");
    expect(isos(extractFacts(doc))).toEqual(expect.arrayContaining(["2019-04-02/2019-04-04", "2019-04-20"]));
  });
});

describe("round 7: figures in minutes, hours, metres, and a gap of years in Chinese numerals", () => {
  it("reads 分钟, 小时 and 米 as units", () => {
    const facts = factsOf("新航线开通后，两城之间的旅行时间由5小时缩短至38分钟，大桥主塔高212.5米。");
    expect(numbers(facts)).toEqual(expect.arrayContaining([5, 38, 212.5]));
  });

  it("reads 时隔N年 as a span of years", () => {
    const facts = factsOf("这是甲国外长时隔九年再次访问乙国。");
    expect(numbers(facts)).toContain(9);
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

describe("round 7: list items printed line by line", () => {
  it("a bullet opening a joined line ends the clause before it, and 3个多小时 is hours, not a count of 个", () => {
    const text = "①甲乙工业园\n　・起步区面积２.５平方公里\n　・入驻企业８０余家\n　・通勤时间由3个多小时缩短至40分钟\n";
    const figures = extractFacts(docOf(text)).filter((f) => f.kind === "figure");
    const byNumber = (n: number) => figures.find((f) => (f.value as { number: number }).number === n)?.label ?? "";
    expect(byNumber(80)).not.toContain("面积");
    expect(byNumber(3)).toContain("小时");
  });
});
