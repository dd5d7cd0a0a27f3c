import { describe, expect, it } from "vitest";
import { buildCorpus } from "../pipeline";
import { rawDocumentFromText } from "../read";
import { normaliseDocument, rawSpan } from "./index";

const clean = (raw: string) => normaliseDocument(rawDocumentFromText("t", "t.md", raw));
const texts = (raw: string) => clean(raw).blocks.map((b) => b.text);
const quoteOf = (raw: string, s: string) => {
  const doc = clean(raw);
  const at = doc.text.indexOf(s);
  const span = rawSpan(doc.toRaw, { start: at, end: at + s.length });
  return raw.slice(span.start, span.end);
};

const PIPE = "甲乙关系大事记如下。\n\n| 时间 | 事件 |\n|---|---|\n| 2001年5月 | 双方签署《甲乙睦邻友好条约》 |\n| 2010年 | 两国建立战略伙伴关系 |\n\n此后合作不断深化。";

describe("tables read row by row with their headers", () => {
  it("reads a pipe table's rows as a date followed by its event, dropping the header and rule rows", () => {
    const b = texts(PIPE);
    expect(b).toContain("2001年5月：双方签署《甲乙睦邻友好条约》");
    expect(b).toContain("2010年：两国建立战略伙伴关系");
    expect(b.some((t) => /[|]|时间|---/.test(t))).toBe(false);
    expect(b).toContain("此后合作不断深化。");
  });

  it("maps every cell character back to its raw character, and a row's span stays in its row", () => {
    const doc = clean(PIPE);
    for (let i = 0; i < doc.text.length; i++) {
      const c = doc.text[i];
      if (/[\n：，]/.test(c)) continue;
      expect(PIPE[doc.toRaw[i]], `clean ${i} "${c}"`).toBe(c);
    }
    expect(quoteOf(PIPE, "2010年：两国建立")).toBe("2010年 | 两国建立");
  });

  it("gives a number its column's measure, a bare year its 年, and a header's unit to a bare number", () => {
    const b = texts("| 年份 | 贸易额 | 说明 |\n|---|---|---|\n| 2015 | 120亿美元 | 甲国成为第一大伙伴 |\n| 2020 | 150亿美元 | — |\n");
    expect(b).toEqual(["2015年：贸易额120亿美元，甲国成为第一大伙伴", "2020年：贸易额150亿美元"]);
    expect(texts("| 年份 | 投资额（亿美元） |\n|---|---|\n| 2019 | 35 |\n")).toEqual(["2019年：投资额35亿美元"]);
    // a row measured by its own first cell keeps the columns' names out
    expect(texts("| 指标 | 甲园区 | 乙园区 |\n|---|---|---|\n| 面积 | 80平方公里 | 30平方公里 |\n")).toEqual(["面积：80平方公里，30平方公里"]);
  });

  it("measures a row keyed by a name by its columns' headers, not by the name", () => {
    const corpus = buildCorpus([rawDocumentFromText("t", "t.md", "丁戊往来统计如下。\n\n| 城市 | 出口 | 进口 |\n|---|---|---|\n| 丁城 | 45亿美元 | 38亿美元 |\n\n| 工程 | 投资额 | 年产值 |\n|---|---|---|\n| 戊河水厂 | 7亿美元 | 2亿美元 |\n")]);
    const measures = corpus.facts.flatMap((f) => (f.kind === "figure" ? [[f.value.text, f.value.measure]] : []));
    expect(measures).toEqual([["45亿美元", "出口"], ["38亿美元", "进口"], ["7亿美元", "投资额"], ["2亿美元", "年产值"]]);
    expect(texts("| 工程 | 投资额 | 年产值 |\n|---|---|---|\n| 戊河水厂 | 7亿美元 | 2亿美元 |\n")).toEqual(["戊河水厂：投资额7亿美元，年产值2亿美元"]);
  });

  it("reads a tab-separated table with a header row, the date of a row leading with the header's verb", () => {
    const b = texts("合作项目一览\n\n项目\t启动时间\t所在地\n甲乙产业园\t2001/03/05\t东部某省\n甲乙新城\t2009/10/01\t西部某市\n");
    expect(b).toContain("2001/03/05：甲乙产业园启动，东部某省");
    expect(b).toContain("2009/10/01：甲乙新城启动，西部某市");
    expect(b.some((t) => t.includes("所在地"))).toBe(false);
  });

  it("reads an HTML table row by row, header cells as headers", () => {
    const raw = "<p>两国关系大事记如下。</p>\n<table>\n<tr><th>时间</th><th>事件</th></tr>\n<tr><td>2001年5月</td><td>双方签署《甲乙友好条约》</td></tr>\n<tr>\n<td>2010年</td>\n<td>建立战略伙伴关系</td>\n</tr>\n</table>\n<p>合作不断深化。</p>";
    expect(texts(raw)).toEqual(["两国关系大事记如下。", "2001年5月：双方签署《甲乙友好条约》", "2010年：建立战略伙伴关系", "合作不断深化。"]);
  });

  it("keeps pipes out of every fact label, and a pipe between spaces on a plain line is a comma", () => {
    const corpus = buildCorpus([rawDocumentFromText("t", "t.md", "> 来源：某研究中心 | 2022-06-01\n\n" + PIPE)]);
    expect(corpus.facts.length).toBeGreaterThan(3);
    for (const f of corpus.facts) expect(f.label).not.toMatch(/[|｜]/);
    const date = corpus.facts.find((f) => f.kind === "date" && f.value.iso === "2001-05");
    expect(date?.label).toBe("2001年5月：双方签署《甲乙睦邻友好条约》");
    expect(clean("来源：某研究中心 | 2022-06-01").text).toBe("来源：某研究中心，2022-06-01");
  });
});
