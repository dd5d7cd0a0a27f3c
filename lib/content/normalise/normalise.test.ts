import { describe, expect, it } from "vitest";
import { rawDocumentFromText } from "../read";
import type { CleanDocument } from "../types";
import { normaliseDocument, rawSpan } from "./index";

const clean = (raw: string, meta?: { date?: string }): CleanDocument =>
  normaliseDocument({ ...rawDocumentFromText("t", "t.txt", raw), ...(meta ? { meta } : {}) });

const FULLWIDTH: Record<string, string> = { "，": ",", "；": ";", "：": ":", "？": "?", "！": "!", "（": "(", "）": ")" };

/** Every clean character comes from the raw character it maps to (or is its full-width form, or a block separator). */
function expectExactMap(doc: CleanDocument) {
  for (let i = 0; i < doc.text.length; i++) {
    const c = doc.text[i];
    if (c === "\n" || c === " ") continue;
    const r = doc.doc.raw[doc.toRaw[i]];
    expect(r === c || FULLWIDTH[c] === r, `clean ${i} "${c}" maps to raw "${r}"`).toBe(true);
  }
  expect(doc.toRaw[doc.text.length]).toBe(doc.doc.raw.length);
}

const labels = (doc: CleanDocument) => doc.blocks.map((b) => b.label);
const blockWith = (doc: CleanDocument, s: string) => doc.blocks.find((b) => b.text.includes(s));
const quoteOf = (doc: CleanDocument, s: string) => {
  const at = doc.text.indexOf(s);
  const span = rawSpan(doc.toRaw, { start: at, end: at + s.length });
  return doc.doc.raw.slice(span.start, span.end);
};

describe("normaliseDocument", () => {
  it("joins narrow newspaper columns with blank lines between printed lines", () => {
    const raw = "5 月 18 日至 19 日，峰会将在\n\n西安市举行。此次峰会是今年\n\n首场主场外交活动。\n";
    const doc = clean(raw);
    expect(doc.blocks[0].text).toBe("5月18日至19日，峰会将在西安市举行。此次峰会是今年首场主场外交活动。");
    expect(quoteOf(doc, "峰会将在西安市")).toBe("峰会将在\n\n西安市");
    expectExactMap(doc);
  });

  it("rejoins a sentence cut by a blank line inside it", () => {
    const doc = clean("两国决定发展全面战略伙伴关系，并签署联合\n\n声明。\n\n新的段落开始了。");
    expect(doc.blocks.map((b) => b.text)).toEqual(["两国决定发展全面战略伙伴关系，并签署联合声明。", "新的段落开始了。"]);
    expect(labels(doc)).toEqual(["body", "body"]);
  });

  it("removes the spaces of letter-spaced lines", () => {
    const doc = clean("双方始 终 秉 持 相 互 尊 重 、 平 等 相 待 的 原 则 。");
    expect(doc.text).toBe("双方始终秉持相互尊重、平等相待的原则。");
    expectExactMap(doc);
  });

  it("removes spaces inside numbers and dates without merging separate numbers", () => {
    const doc = clean("2023 年 5 月，累计签订合同额 1 201 亿美元，输气量超过 5 000 亿立方米，2018 ~ 2023 年增长 3 倍。");
    expect(doc.text).toBe("2023年5月，累计签订合同额1201亿美元，输气量超过5000亿立方米，2018~2023年增长3倍。");
    expectExactMap(doc);
  });

  it("strips HTML of scraped pages: headings, links, entities", () => {
    const doc = clean("<h1>网页标题</h1>\n<p>双方&nbsp;签署了<a href=\"https://example.org\">《某某协定》</a>&amp;声明。</p>\n");
    expect(doc.blocks.map((b) => [b.label, b.text])).toEqual([
      ["title", "网页标题"],
      ["body", "双方签署了《某某协定》&声明。"],
    ]);
    expect(quoteOf(doc, "双方签署")).toBe("双方&nbsp;签署");
  });

  it("reads full-width digits as digits, one for one", () => {
    const doc = clean("２０２３年５月，贸易额增长３．５％。");
    expect(doc.text).toBe("2023年5月，贸易额增长3.5％。");
    expect(quoteOf(doc, "2023年5月")).toBe("２０２３年５月");
  });

  it("strips Markdown and HTML markup and keeps heading levels as headings", () => {
    const doc = clean("# 标题在此\n\n作者：王 立\n\n## 第一节\n\n**加粗**的<b>文字</b>和[链接](https://example.org)。\n");
    expect(labels(doc)).toEqual(["title", "byline", "heading", "body"]);
    expect(blockWith(doc, "加粗")!.text).toBe("加粗的文字和链接。");
    expect(doc.title).toBe("标题在此");
    expectExactMap(doc);
  });

  it("drops footnote markers glued to numbers without merging the digits", () => {
    const doc = clean("合作不断深化。<sup>12</sup>2023 年双方贸易额增长。^[3]2024年又创新高<sup>①</sup>。\n\n12 参见某报告。\n\n3 同上。");
    const body = doc.blocks[0].text;
    expect(body).toBe("合作不断深化。2023年双方贸易额增长。2024年又创新高。");
    expect(body).not.toContain("122023");
    expect(labels(doc)).toEqual(["body", "footnote", "footnote"]);
  });

  it("rejoins a sentence cut by a photo caption and keeps the caption as its own block", () => {
    const raw =
      "安全合作基础坚实。双方在多边框架内开展联合军事\n\n\n\n2024年7月3日，在某物流基地，一列班列准备发车。\n\n\n\n演习，共同应对挑战。\n";
    const doc = clean(raw);
    expect(doc.blocks.map((b) => [b.label, b.text])).toEqual([
      ["body", "安全合作基础坚实。双方在多边框架内开展联合军事演习，共同应对挑战。"],
      ["caption", "2024年7月3日，在某物流基地，一列班列准备发车。"],
    ]);
    expect(quoteOf(doc, "联合军事演习")).toContain("一列班列准备发车");
    expectExactMap(doc);
  });

  it("reduces doubled caption text to one copy", () => {
    const doc = clean("正文完整的一句话。\n\n光伏电站是最大的项目之一光伏电站是最大的项目之一，，也是合作项目也是合作项目。。 （（新华社发新华社发））\n");
    const caption = doc.blocks.find((b) => b.label === "caption")!;
    expect(caption.text).toBe("光伏电站是最大的项目之一，也是合作项目。（新华社发）");
    expectExactMap(doc);
  });

  it("drops page numbers and running headers and rejoins the sentence they cut", () => {
    const raw = "某刊 2024年第3期\n第一段说完了。\n第二段写到一半，双方决定继续\n某刊 2024年第3期\n— 12 —\n深化合作。\n某刊 2024年第3期\n";
    const doc = clean(raw);
    expect(doc.blocks.map((b) => b.text)).toEqual(["第一段说完了。第二段写到一半，双方决定继续深化合作。"]);
  });

  it("recognises numbered headings although their number carries punctuation", () => {
    const doc = clean("前言说完了。\n\n一、合作的缘起\n\n正文开始，内容很长。\n\n（二）新的进展\n\n又一段正文。");
    expect(doc.blocks.map((b) => [b.label, b.text])).toEqual([
      ["body", "前言说完了。"],
      ["heading", "一、合作的缘起"],
      ["body", "正文开始，内容很长。"],
      ["heading", "（二）新的进展"],
      ["body", "又一段正文。"],
    ]);
  });

  it("labels a table of contents", () => {
    const doc = clean("# 报告\n\n# 目 录\n\n内容提要\t01\n<b>第一章 背景</b>\t<b>04</b>\n一、 新阶段\t05\n\n## 内容提要\n\n正文从这里开始。");
    expect(labels(doc)).toEqual(["title", "toc", "toc", "toc", "toc", "heading", "body"]);
  });

  it("recognises headings without punctuation, also printed over several lines", () => {
    const doc = clean("上一段结束了。\n\n携手构建更加紧密\n的命运共同\n体顺应时代潮流\n\n下一段开始了，内容很长。");
    expect(doc.blocks.map((b) => [b.label, b.text])).toEqual([
      ["body", "上一段结束了。"],
      ["heading", "携手构建更加紧密的命运共同体顺应时代潮流"],
      ["body", "下一段开始了，内容很长。"],
    ]);
  });

  it("keeps footnotes and reference lists apart, and rejoins the sentence they interrupt", () => {
    const raw = "根据世界银行的数据，2023 年<sup>7</sup>\n\n---\n\n7 《某国经济》，某出版社，2024 年。\n\n\n\n某国国内生产总值增长了6.3%。\n\n[1]《参考文献一》，2022年。\n";
    const doc = clean(raw);
    expect(doc.blocks.map((b) => [b.label, b.text])).toEqual([
      ["body", "根据世界银行的数据，2023年某国国内生产总值增长了6.3%。"],
      ["footnote", "7《某国经济》，某出版社，2024年。"],
      ["footnote", "[1]《参考文献一》，2022年。"],
    ]);
  });

  it("labels text appended from another article after the end of the main one", () => {
    const raw = "主标题\n本报记者 袁 勇\n\n正文第一段。\n\n（原载6月30日《某日报》）\n\n另一篇文章的正文。\n";
    const doc = clean(raw);
    expect(labels(doc)).toEqual(["title", "byline", "body", "meta", "appended"]);
    expect(doc.authors).toEqual(["袁勇"]);
  });

  it("starts an appended article at a heading followed by a byline", () => {
    const raw = "主文标题\n\n正文说完了。\n\n另一篇的标题在此\n万 喆\n\n另一篇的正文。";
    const doc = clean(raw);
    expect(labels(doc)).toEqual(["title", "body", "appended", "byline", "appended"]);
  });

  it("detects title, authors and the document's own date", () => {
    const doc = clean("\n\n构建命运共同体的内涵与路径\n\n孙壮志\n\n2022年1月，双方举行会议。\n\n（原载6月30日《人民日报》）");
    expect(doc.title).toBe("构建命运共同体的内涵与路径");
    expect(doc.authors).toEqual(["孙壮志"]);
    expect(doc.date).toBe("2022-06-30");
  });

  it("prefers manifest metadata over detection", () => {
    const doc = clean("标题\n\n正文。", { date: "2023-05" });
    expect(doc.date).toBe("2023-05");
  });

  it("maps every sentence back to a raw span whose characters it contains", () => {
    const raw = "## 小节\n\n第一句话在此，\n\n继续。第二句 话 在此！\n";
    const doc = clean(raw);
    const s = doc.sentences.find((x) => x.text.startsWith("第一句"))!;
    expect(s.text).toBe("第一句话在此，继续。");
    expect(doc.doc.raw.slice(s.raw.start, s.raw.end)).toBe("第一句话在此，\n\n继续。");
  });
});

describe("titles, bylines and narrow columns", () => {
  it("keeps a title apart from a letter-spaced author and a bracketed affiliation, and the first heading after them", () => {
    const doc = clean("某某问题研究：立场与方案\n\n赵 立 新\n\n（某大学国际关系学院教授）\n\n一、问题的由来\n\n2019年，各方开始讨论这个问题。\n");
    expect(doc.blocks.map((b) => [b.label, b.text])).toEqual([
      ["title", "某某问题研究：立场与方案"],
      ["byline", "赵立新"],
      ["byline", "（某大学国际关系学院教授）"],
      ["heading", "一、问题的由来"],
      ["body", "2019年，各方开始讨论这个问题。"],
    ]);
  });

  it("joins a Latin word cut by the line end inside Chinese text without a space", () => {
    const doc = clean("协定于当年正式生效。ABC\nD成员国总人口约23亿，经济总量\n占全球三成。\n");
    expect(doc.text).toContain("ABCD成员国");
  });
});

describe("page chrome closing a news article", () => {
  it("labels 【纠错】　【责任编辑：…】 meta and keeps it out of the paragraph before it", () => {
    const doc = clean("甲乙两国元首会谈\n2031-05-02 21:30　来源：某某网\n\n　　新华社甲城5月2日电　两国签署多项文件。\n\n附：会谈成果清单\n1.《甲乙文化合作协定》\n2.《关于渔业合作的谅解备忘录》\n\n【纠错】　【责任编辑：某某】\n");
    expect(blockWith(doc, "纠错")?.label).toBe("meta");
    expect(blockWith(doc, "谅解备忘录")?.text).not.toContain("纠错");
  });
});
