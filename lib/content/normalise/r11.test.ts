import { describe, expect, it } from "vitest";
import { rawDocumentFromText } from "../read";
import { normaliseDocument } from "./index";

const clean = (raw: string) => normaliseDocument(rawDocumentFromText("t", "t.txt", raw));
const texts = (raw: string) => clean(raw).blocks.map((b) => b.text);

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
