/**
 * Markup the normaliser reads through: MediaWiki source, CSV exports and saved web pages, a JSON export,
 * LaTeX source, a Word export with tracked changes and comments.
 */
import { describe, expect, it } from "vitest";
import { rawSpan } from "./index";
import { blocks, clean, texts } from "./test-helpers";

describe("round 11: MediaWiki source, CSV exports and saved web pages", () => {
  it("drops wiki markup: links keep the words shown, bold quotes, citations and categories go, == headings == are headings", () => {
    const doc = clean("== 历史 ==\n甲国与[[乙国共和国|乙国]]于'''1990年5月'''建交<ref>{{cite web|title=某网站|date=2015-11-14}}</ref>，两国签署[[甲乙友好条约]]。<ref name=a />\n[[Category:甲国外交]]");
    expect(doc.blocks.map((b) => [b.label, b.text])).toEqual([
      ["title", "历史"],
      ["body", "甲国与乙国于1990年5月建交，两国签署甲乙友好条约。"],
    ]);
  });

  it("reads an infobox's fields as records and a wikitable's rows with their headers", () => {
    const b = texts("{{Infobox 关系\n| 名称 = 甲乙关系\n| 建交日期 = 1990年5月1日\n}}\n正文从这里开始。\n\n{| class=\"wikitable\"\n|-\n! 时间 !! 事件\n|-\n| 1990年5月 || 两国建交\n|-\n| 2001年 || 建立伙伴关系\n|}\n");
    expect(b).toEqual(["名称：甲乙关系", "建交日期：1990年5月1日", "正文从这里开始。", "1990年5月：两国建交", "2001年：建立伙伴关系"]);
  });

  it("reads a CSV export with a header row, quoted fields and doubled quotes", () => {
    const b = texts('日期,事件,备注\n1990/5/1,两国建交,"首个建交的国家之一,意义重大"\n1995-06,"两国签订《甲乙贸易协定》,提出""三点建议""",\n2001年,建立伙伴关系,\n');
    expect(b).toEqual(["1990/5/1：两国建交，首个建交的国家之一，意义重大", "1995-06：两国签订《甲乙贸易协定》，提出“三点建议”", "2001年：建立伙伴关系"]);
  });

  it("drops a saved page's doctype and head, and keeps lines closed by </div> apart", () => {
    const b = texts('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8"/>\n<title>甲乙关系大事记</title>\n</head>\n<body>\n<div class="nav">首页&nbsp;&gt;&nbsp;新闻</div>\n<div>2024-05-07 来源：某网站</div>\n<p>两国元首举行会谈。</p>\n</body>\n</html>');
    expect(b).toEqual(["甲乙关系大事记", "首页>新闻", "2024-05-07来源：某网站", "两国元首举行会谈。"]);
  });
});

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

describe("round 15: LaTeX source", () => {
  const tex = [
    "% !TEX program = xelatex",
    "% 最后修改：2021-03-09",
    "\\chapter{甲乙关系研究}",
    "\\label{chap:ab}",
    "",
    "\\section{引言}",
    "1990年5月1日，甲国与乙国建交\\cite{li2020}。乙方持股不超过25\\%\\footnote{参见某部门公告。}，见表\\ref{tab:x}。",
    "",
    "\\begin{table}[htbp]",
    "  \\centering",
    "  \\caption{历次会议}",
    "  \\begin{tabular}{lll}",
    "    \\toprule",
    "    届次 & 时间 & 地点 \\\\",
    "    \\midrule",
    "    第一届 & 2001年3月2日 & 甲城 \\\\",
    "    第二届 & 2003年4月5日 & 乙城 \\\\",
    "    \\bottomrule",
    "  \\end{tabular}",
    "\\end{table}",
    "",
  ].join("\n");

  it("reads sections as headings and drops labels, citations, references and layout commands", () => {
    const b = blocks(tex, "t.tex");
    expect(b).toEqual(expect.arrayContaining(["heading|甲乙关系研究", "heading|引言", "heading|历次会议"]));
    // (the note's closing full stop is dropped: it would end the sentence the note stands in)
    expect(b).toContain("body|1990年5月1日，甲国与乙国建交。乙方持股不超过25%（参见某部门公告），见表。");
    expect(b.join("\n")).not.toMatch(/\\|\{|\}|toprule|htbp|xelatex/);
  });

  it("reads a tabular row by row with its header", () => {
    const b = blocks(tex, "t.tex");
    expect(b).toEqual(expect.arrayContaining(["body|2001年3月2日：第一届，甲城", "body|2003年4月5日：第二届，乙城"]));
    expect(b.join("\n")).not.toContain("&");
  });

  it("keeps a comment line's words, drops a typesetter's directive, and keeps raw places", () => {
    const d = clean(tex, "t.tex");
    expect(d.text).toContain("最后修改：2021-03-09");
    expect(d.text).not.toContain("!TEX");
    const at = d.text.indexOf("2003年4月5日");
    expect(tex.slice(d.toRaw[at], d.toRaw[at] + 9)).toBe("2003年4月5日");
    expect(d.date).toBe("2021-03-09");
  });

  it("leaves text without LaTeX commands alone (a percent sign, a backslash in a path)", () => {
    expect(blocks("增长了5%，达到历史新高。\n")).toEqual(["body|增长了5%，达到历史新高。"]);
    expect(blocks("文件存放在C:\\data目录。\n")).toEqual(["body|文件存放在C:\\data目录。"]);
  });
});

describe("round 15: a Word export with tracked changes and comments", () => {
  const doc = [
    "作者：张三　　修订日期：2020-06-30",
    "",
    "两国于〔删除：1980年〕〔插入：1981年〕建交[批注1]，次年签署〔删除：协议〕〔插入：协定〕。",
    "",
    "批注",
    "",
    "[批注1] 李四（2020-06-28 10:15）：建交年份应为1981年，已改。——回复 张三：同意。",
    "",
  ].join("\n");

  it("drops deleted words, keeps inserted ones without their marks, and drops comment markers", () => {
    const b = blocks(doc);
    expect(b).toContain("body|两国于1981年建交，次年签署协定。");
    expect(b.join("\n")).not.toMatch(/1980|〔|〕|\[批注/);
  });

  it("keeps a comment's words without who wrote it and when", () => {
    const b = blocks(doc);
    expect(b).toContain("body|建交年份应为1981年，已改。同意。");
    expect(b.join("\n")).not.toContain("2020-06-28");
    expect(clean(doc).date).toBe("2020-06-30");
  });

  it("does not take ordinary brackets for tracked changes", () => {
    expect(blocks("〔2020〕12号文件规定了该事项。\n")).toEqual(["body|〔2020〕12号文件规定了该事项。"]);
  });
});
