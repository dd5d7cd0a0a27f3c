/**
 * Facts in list entries: dates after Markdown and numbered list markers, circled numbers opening items (no
 * footnotes), bullets printed line by line, partnership levels on a timeline's bullet lines.
 */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../pipeline";
import { docOf, factsOf, isoSpans as isos, names, numbers } from "./test-helpers";

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

describe("round 7: list items printed line by line", () => {
  it("a bullet opening a joined line ends the clause before it, and 3个多小时 is hours, not a count of 个", () => {
    const text = "①甲乙工业园\n　・起步区面积２.５平方公里\n　・入驻企业８０余家\n　・通勤时间由3个多小时缩短至40分钟\n";
    const figures = extractFacts(docOf(text)).filter((f) => f.kind === "figure");
    const byNumber = (n: number) => figures.find((f) => (f.value as { number: number }).number === n)?.label ?? "";
    expect(byNumber(80)).not.toContain("面积");
    expect(byNumber(3)).toContain("小时");
  });
});

describe("round 9: partnership levels in a timeline", () => {
  it("reads a level right after a date on a bullet line, with no verb", () => {
    const n = names("两国关系讲义\n两国关系良好。\n关系定位三次提升；\n- 2011年5月与时俱进的全方位合作伙伴关系；\n- 2021年4月全方位高质量的前瞻性伙伴关系；");
    expect(n).toContain("与时俱进的全方位合作伙伴关系");
    expect(n).toContain("全方位高质量的前瞻性伙伴关系");
    expect(names("两国关系讲义\n两国经济合作取得高质量的伙伴关系成果。")).toEqual([]);
  });
});
