import { describe, expect, it } from "vitest";
import { rawDocumentFromText } from "../read";
import { normaliseDocument, rawSpan } from "./index";

const clean = (raw: string, file = "t.txt") => normaliseDocument(rawDocumentFromText("t", file, raw));
const texts = (raw: string) => clean(raw).blocks.map((b) => b.text);

describe("round 13: a JSON export read as text", () => {
  const json = [
    "{",
    '  "meta": {"generator": "Some export 1.0", "exported_at": "2023-05-02T08:00:00+08:00", "language": "zh-cn"},',
    '  "title": {"text": {"headline": "甲乙合作大事记（1990\\u20142020）", "text": "<p>本时间线梳理两国合作。</p>"}},',
    '  "events": [',
    '    {"start_date": {"year": "1990", "month": "5", "day": "1"}, "text": {"headline": "两国建交", "text": "<p>两国签署\\u201c建交公报\\u201d。</p>"}, "group": "政治"},',
    '    {"start_date": {"year": "2001", "month": "11", "day": "20"}, "end_date": {"year": "2002", "month": "3"},',
    '     "display_date": "2001年11月\\u20142002年3月", "text": {"headline": "\\"甲号\\"首航", "text": "<p>航程1.2万公里。</p>"}},',
    '    {"start_date": {"year": "2005"}, "text": {"headline": "设立联合委员会"}}',
    "  ],",
    '  "eras": [{"start_date": {"year": "1990"}, "end_date": {"year": "2000"}, "text": {"headline": "起步阶段"}}]',
    "}",
  ].join("\n");

  it("reads each record as one line, its date first, escapes decoded, ids and categories left out", () => {
    expect(texts(json)).toEqual([
      "导出时间：2023-05-02T08:00:00+08:00",
      "甲乙合作大事记（1990—2020）",
      "本时间线梳理两国合作。",
      "1990年5月1日：两国建交。两国签署“建交公报”。",
      "2001年11月20日—2002年3月（2001年11月—2002年3月）：“甲号”首航。航程1.2万公里。",
      "2005年：设立联合委员会",
      "1990年—2000年：起步阶段",
    ]);
    expect(clean(json).title).toBe("甲乙合作大事记（1990—2020）");
  });

  it("maps every character back to the raw value it was read from", () => {
    const doc = clean(json);
    const at = doc.text.indexOf("1990年5月1日");
    const span = rawSpan(doc.toRaw, { start: at, end: at + "1990年5月1日".length });
    expect(json.slice(span.start, span.end)).toMatch(/^1990", "month": "5", "day": "1$/);
    const q = doc.text.indexOf("“建交公报”");
    expect(json.slice(rawSpan(doc.toRaw, { start: q, end: q + 1 }).start).startsWith("\\u201c")).toBe(true);
  });

  it("leaves a text that only looks like JSON, or broken JSON, to the line reader", () => {
    expect(texts("{注} 这是正文。\n\n第二段[1]。")).toEqual(["{注}这是正文。", "第二段。"]);
    expect(texts('{"a": "甲乙丙", \n "b": ')[0]).toContain("甲乙丙");
  });
});

describe("round 13: an e-mail thread", () => {
  const mail = [
    "From: 张三 <a@example.cn>",
    "Date: Tue, 5 Mar 2024 10:00:00 +0800",
    "",
    "收到，谢谢。",
    "",
    "--",
    "张三 | 研究员",
    "电话：010-1234-5678",
    "",
    "> 在 2024年3月4日 星期一 09:00，李四 <b@example.cn> 写道：",
    ">",
    "> 数字一览",
    ">",
    "> ▪ 7份：访问期间签署的合作文件数",
    "> ▪ 96%：取消关税的产品比例",
  ].join("\n");

  it("reads quoted lines for what follows the marks, a signature as meta, and dates the mail by its header", () => {
    const doc = clean(mail);
    expect(doc.blocks.filter((b) => b.label === "meta").map((b) => b.text)).toEqual(["张三，研究员", "电话：010-1234-5678"]);
    expect(doc.blocks.map((b) => b.text)).toEqual(expect.arrayContaining(["7份：访问期间签署的合作文件数", "96%：取消关税的产品比例"]));
    expect(doc.date).toBe("2024-03-05");
    const at = doc.text.indexOf("7份");
    expect(mail.slice(rawSpan(doc.toRaw, { start: at, end: at + 2 }).start).startsWith("7份")).toBe(true);
  });

  it("keeps a line of dashes in a text and an arrow that is no quote", () => {
    expect(texts("甲乙两国建交。\n\n---\n\n第二段。")).toEqual(["甲乙两国建交。", "第二段。"]);
    expect(texts("-> 2024年两国签署协定")[0]).toContain("2024年两国签署协定");
  });
});

describe("round 13: an exam page with an answer key", () => {
  const page = ["### 第1题", "", "甲国与乙国建立外交关系的时间是（　　）", "", "A. 1970年10月13日", "B. 1972年2月14日", "C. 1979年1月1日", "D. 1974年6月28日", "", "**答案**：B", "", "**解析**：1972年2月14日，两国正式建交。"].join("\n");
  it("keeps the lettered options out of the text's facts and gives the answer and the explanation blocks of their own", () => {
    const doc = clean(page, "t.md");
    expect(doc.blocks.filter((b) => b.label === "meta").map((b) => b.text)).toEqual(["A. 1970年10月13日", "B. 1972年2月14日", "C. 1979年1月1日", "D. 1974年6月28日"]);
    expect(doc.blocks.map((b) => b.text)).toEqual(expect.arrayContaining(["答案：B", "解析：1972年2月14日，两国正式建交。"]));
  });

  it("leaves a list of two lettered lines, or lines out of order, as text", () => {
    expect(clean("A. 甲方负责建设。\nB. 乙方负责运营。").blocks.every((b) => b.label !== "meta")).toBe(true);
    expect(clean("A. 甲方负责建设。\nC. 乙方负责运营。\nB. 丙方负责融资。").blocks.every((b) => b.label !== "meta")).toBe(true);
  });

  it("dates a page by its front matter", () => {
    expect(clean("---\ntitle: 某某练习\nupdated: 2024-11-20\n---\n\n# 某某练习\n\n正文。", "t.md").date).toBe("2024-11-20");
  });
});

describe("round 13: thousands separators", () => {
  it("drops the commas of a number that Chinese text or a unit follows, not those of a row of numbers", () => {
    expect(texts("贸易总额为4,350亿元，浏览 3,218")).toEqual(["贸易总额为4350亿元，浏览3218"]);
    expect(texts("2009,2010,2011")[0]).toContain("2009");
    expect(texts("编号1,234,5")[0]).not.toContain("12345");
  });
});
