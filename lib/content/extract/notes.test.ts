/**
 * Notes (①, [3], 注：) at a page's foot: a note's first sentence is read for facts, without its mark, unless it cites a
 * source (a title, a publisher, an issue, a link), or stands inside a sentence of the text that runs on after the notes.
 * Its later sentences are not read: they often leave their subject to the first.
 */
import { describe, expect, it } from "vitest";
import { isCitation } from "./citations";
import { concepts, docOf, factsOf, isos } from "./test-helpers";

const paper = (notes: string) =>
  `甲国与北川的合作\n\n　　两国合作近年来发展迅速，经贸往来日益密切。①双方还在人文领域开展了交流。②\n\n注释：\n${notes}\n`;

describe("a note's first sentence is content", () => {
  it("reads the dates, agreements and terms of a note's first sentence, without its mark", () => {
    const text = paper("①2031年9月的联合公报中，双方同意推进甲乙自由贸易协定联合可行性研究。\n②所谓“北川走廊”，是指连接两国边境口岸的物流通道。");
    expect(isos(factsOf(text))).toContain("2031-09");
    expect(concepts(text).map((c) => c.term)).toContain("北川走廊");
    const notes = docOf(text).sentences.filter((s) => s.blockLabel === "footnote");
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.every((s) => !/^[①②]/.test(s.text))).toBe(true);
  });

  it("leaves a note's later sentences, whose subject the first one names, unread", () => {
    const text = paper("①甲国经济自2028年转型性衰退到达谷底，2031年恢复到危机前水平。乙国2027年到达谷底，2032年恢复。");
    expect(isos(factsOf(text))).toEqual(expect.arrayContaining(["2028", "2031"]));
    expect(isos(factsOf(text))).not.toContain("2027");
  });

  it("reads no date of a note that cites a source", () => {
    const text = paper("①《甲国与北川合作三十年》，《北川日报》2030年6月18日，第2版。\n②某某：《边境贸易研究》，北川出版社，2029年，第45页。");
    expect(isos(factsOf(text))).toEqual([]);
  });

  it("reads no note printed inside a sentence of the text that runs on after the notes", () => {
    const text = "甲国与北川的合作\n\n　　两国合作发展迅速，在这个过程中，两国的\n\n①甲国自2028年起经济恢复增长。\n\n贸易往来日益密切。\n";
    expect(isos(factsOf(text))).not.toContain("2028");
    expect(isos(factsOf(text.replace("两国的\n\n①甲国自2028年起经济恢复增长。\n\n贸易往来日益密切。\n", "两国的贸易往来日益密切。①\n\n①甲国自2028年起经济恢复增长。\n")))).toContain("2028");
  });
});

describe("citations", () => {
  it("tells a source from a note's own statement", () => {
    expect(isCitation("《甲国概况》，某国外交部，2030年7月。")).toBe(true);
    expect(isCitation("某某海关统计数据，2030年1月。")).toBe(true);
    expect(isCitation("参见某某新闻社2030年3月10日电。")).toBe(true);
    expect(isCitation("某某.甲乙关系的演进[J].国际评论，2029（4）：88-104.")).toBe(true);
    expect(isCitation("Some Author, A Study of Trade, 2030, p. 14.")).toBe(true);
    expect(isCitation("根据各国官方统计数据整理。")).toBe(true);
    expect(isCitation("甲国自2028年起经济恢复增长，2031年恢复到危机前水平。")).toBe(false);
  });
});
