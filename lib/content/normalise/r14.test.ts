import { describe, expect, it } from "vitest";
import { rawDocumentFromText } from "../read";
import { normaliseDocument } from "./index";

const clean = (raw: string, file = "t.txt") => normaliseDocument(rawDocumentFromText("t", file, raw));
const blocks = (raw: string) => clean(raw).blocks.map((b) => `${b.label}|${b.text}`);

describe("round 14: letters, e-mails and newsletters", () => {
  it("keeps a reply's quote line and a salutation apart from the letter's first paragraph", () => {
    const mail = "From: 甲 <a@example.org>\n\n在 2024年3月5日 星期二 17:02，张三 <zs@example.cn> 写道：\n\n李四：\n\n转一期简报，请看一下。\n";
    expect(blocks(mail)).toEqual(expect.arrayContaining(["body|在2024年3月5日星期二17:02，张三<zs@example.cn>写道：", "body|李四：", "body|转一期简报，请看一下。"]));
    // a salutation with a title stands alone in any text
    expect(blocks("王老师：\n\n来信收到，谢谢。\n")).toEqual(["body|王老师：", "body|来信收到，谢谢。"]);
    // outside a letter, a short line ending in a colon still runs on into what follows it
    expect(blocks("正文开头。\n\n双方同意：\n\n共同推进合作。\n")).toContain("body|双方同意：共同推进合作。");
    expect(blocks("正文开头。\n\n原则：\n\n相互尊重、平等互利、合作共赢。\n")).toContain("body|原则：相互尊重、平等互利、合作共赢。");
  });

  it("reads a contents list without page numbers under 本期目录, and an image placeholder, as no text", () => {
    const text = "正文第一段。\n\n[图片: 观察 Watch]\n\n观察 · 双周简报 · 第4期（2024年3月4日）\n\n本期目录\n一、甲国访问\n二、乙国动态\n\n一、甲国访问\n\n甲国总统于3月1日访华。\n";
    const b = blocks(text);
    expect(b).toEqual(expect.arrayContaining(["meta|[图片：观察Watch]", "toc|本期目录", "toc|一、甲国访问", "toc|二、乙国动态", "body|甲国总统于3月1日访华。"]));
    expect(b.filter((x) => x.endsWith("一、甲国访问"))).toHaveLength(2);
    // the contents end at the blank line: the section heading after them is read
    expect(b).toContain("heading|一、甲国访问");
  });
});

describe("round 14: a journal page printed in two columns", () => {
  const page = [
    "·12·                                   某某研究                      2024年第3期",
    "",
    "一、问题的提出                              二、甲国政策的缘起",
    "　　甲乙两国于1950年5月1日建交，甲国是最早    　　2010年甲国政府提出“向东开放”政策，把",
    "承认新中国的国家之一。七十余年来，两国关系    视野扩展到亚洲。该政策的核心可以概括为“三",
    "经历了从意识形态纽带到务实合作的转变。      个多元化”，目的是降低对单一市场的依赖。",
    "　　既有研究多从经贸角度解释这一现象。       　　“向东开放”并不意味着离开西方。",
    "",
  ].join("\n");

  it("reads the left column, then the right one, each paragraph and heading on its own", () => {
    expect(blocks(page)).toEqual([
      "heading|一、问题的提出",
      "body|甲乙两国于1950年5月1日建交，甲国是最早承认新中国的国家之一。七十余年来，两国关系经历了从意识形态纽带到务实合作的转变。",
      "body|既有研究多从经贸角度解释这一现象。",
      "heading|二、甲国政策的缘起",
      "body|2010年甲国政府提出“向东开放”政策，把视野扩展到亚洲。该政策的核心可以概括为“三个多元化”，目的是降低对单一市场的依赖。",
      "body|“向东开放”并不意味着离开西方。",
    ]);
  });

  it("keeps every character at its raw place", () => {
    const d = clean(page);
    const at = d.text.indexOf("承认新中国");
    expect(page.slice(d.toRaw[at], d.toRaw[at] + 5)).toBe("承认新中国");
  });

  it("leaves a table of three columns or more, and a single column with a gap, as they are", () => {
    const table = ["  项  目        地点      金额", "  甲工厂        某市      12亿元", "  乙工厂        某县      3亿元", "  丙工厂        某镇      5亿元"].join("\n");
    expect(blocks(table).join("\n")).not.toContain("甲工厂乙工厂");
    expect(blocks("甲乙两国关系很好，合作很多。  乙方表示赞同。\n")).toEqual(["body|甲乙两国关系很好，合作很多。乙方表示赞同。"]);
  });
});

describe("round 14: a paper's front matter, charts and tables drawn in text", () => {
  it("reads a title over authors marked with superscripts and their numbered affiliations", () => {
    const text = "某国政策研究：逻辑与实践\n\n   张明远¹，李思涵²\n（1．某某大学 国际关系学院，上海 200433；2．某某学院 欧洲学院，北京 100089）\n\n摘  要：本文讨论两国关系。\n";
    expect(blocks(text).slice(0, 3)).toEqual(["title|某国政策研究：逻辑与实践", "byline|张明远，李思涵", "meta|（1．某某大学国际关系学院，上海200433；2．某某学院欧洲学院，北京100089）"]);
    // a bracketed affiliation under a single author is still a byline
    expect(clean("某某问题研究\n\n赵 立 新\n\n（某大学国际关系学院教授）\n\n一、由来\n\n正文。\n").blocks.map((b) => b.label)).toContain("byline");
  });

  it("drops a running head, a chart drawn with box characters and its axis", () => {
    const text = "正文一段。\n\n第3期                    某某：某某研究                        ·87·\n\n        150 ┤      ▇    ▇\n          0 ┼──────────\n               2014 2015 2016 2017\n               图1  2014—2017年贸易额\n\n正文二段。\n";
    const b = blocks(text);
    expect(b.join("\n")).not.toMatch(/·87·|┤|2014 2015/);
    expect(b).toContain("body|正文二段。");
  });

  it("reads a table drawn with rules and spaces row by row, with its headers", () => {
    const text = ["表1  主要项目", "  ─────────────────────", "   项  目          所在地        宣布时间      投资额", "  ─────────────────────", "   甲化学公司      某市          2011.01       12.6亿欧元", "   乙电池工厂      某县          2022.08       73.4亿欧元", "  ─────────────────────"].join("\n");
    expect(blocks(text)).toEqual(expect.arrayContaining(["body|2011.01：甲化学公司宣布，某市，投资额12.6亿欧元", "body|2022.08：乙电池工厂宣布，某县，投资额73.4亿欧元"]));
  });
});

describe("round 14: a chat export", () => {
  const chat = [
    "聊天记录导出",
    "导出时间：2024-12-06 23:12:45",
    "",
    "—————— 2024-12-05 星期四 ——————",
    "",
    "老周 19:02:11",
    "各位晚上好，下周二读书会的主题是两国关系[玫瑰]",
    "",
    "小林 19:10:22",
    "@老周 收到，我来讲政治关系",
    "",
    "小林 撤回了一条消息",
    "",
    "\"小林\" 拍了拍 \"老周\"",
    "",
    "老周 19:12:47",
    "[文件] 材料汇编.pdf  2.4MB",
    "",
  ].join("\n");

  it("reads each message on its own, without senders, times, notices, emoji codes or mentions", () => {
    const b = blocks(chat);
    expect(b).toEqual(expect.arrayContaining(["heading|——————2024-12-05星期四——————", "body|各位晚上好，下周二读书会的主题是两国关系", "body|收到，我来讲政治关系"]));
    expect(b.filter((x) => !x.startsWith("meta|")).join("\n")).not.toMatch(/19:02|19:10|撤回|拍了拍|\[玫瑰\]|@老周/);
    expect(b.filter((x) => x.startsWith("body|"))).not.toContain("body|材料汇编.pdf 2.4MB");
    // the export's own time stamp is no sender's line
    expect(b).toContain("body|导出时间：2024-12-06 23:12:45");
  });

  it("leaves ordinary text with times alone", () => {
    expect(blocks("会议定于上午 09:30 开始，请准时参加。\n")).toEqual(["body|会议定于上午09:30开始，请准时参加。"]);
  });
});

describe("round 14: a news feed", () => {
  const rss = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0"><channel>',
    "<title>某网 - 某频道</title>",
    "<link>https://example.org/</link>",
    "<lastBuildDate>Thu, 24 Oct 2024 08:05:12 +0800</lastBuildDate>",
    "<item>",
    "<title>两国签署合作文件</title>",
    "<link>https://example.org/1.html</link>",
    '<guid isPermaLink="false">id-1</guid>',
    "<pubDate>Mon, 21 Oct 2024 16:12:45 +0800</pubDate>",
    "<dc:creator>本网记者</dc:creator>",
    "<description><![CDATA[<p>当地时间20日，两国签署<strong>合作文件</strong>。</p><p>今年双边贸易额增长。</p>]]></description>",
    "</item>",
    "<item>",
    "<title>从&#8220;某某对话&#8221;看斡旋</title>",
    "<pubDate>Sun, 10 Mar 2024 10:00:00 +0800</pubDate>",
    "<description>&lt;p&gt;首列&amp;ldquo;甲城&amp;mdash;乙城&amp;rdquo;班列抵达。&lt;/p&gt;</description>",
    "</item>",
    "</channel></rss>",
  ].join("\n");

  it("reads the channel's title and build date, then each item's title, date and paragraphs", () => {
    expect(blocks(rss)).toEqual([
      "title|某网-某频道",
      "body|更新时间：Thu, 24 Oct 2024 08:05:12 +0800",
      "heading|两国签署合作文件",
      "body|发布时间：Mon, 21 Oct 2024 16:12:45 +0800",
      "body|当地时间20日，两国签署合作文件。",
      "body|今年双边贸易额增长。",
      "heading|从“某某对话”看斡旋",
      "body|发布时间：Sun, 10 Mar 2024 10:00:00 +0800",
      "body|首列“甲城—乙城”班列抵达。",
    ]);
    expect(clean(rss).date).toBe("2024-10-24");
  });

  it("is not used for a page that merely holds some markup", () => {
    expect(blocks("<p>两国签署合作文件。</p>\n")).toEqual(["body|两国签署合作文件。"]);
  });
});

describe("round 14: a chat export's footer", () => {
  it("reads the export's closing count as no message", () => {
    const chat = "聊天记录导出\n\n老周 19:02:11\n大家好\n\n老周 19:05:00\n下周见\n\n小林 19:06:00\n收到\n\n------------------------------\n共导出消息 52 条（已过滤系统消息 3 条）\n";
    expect(blocks(chat).filter((x) => x.startsWith("body|"))).toEqual(["body|大家好", "body|下周见", "body|收到"]);
  });
});
