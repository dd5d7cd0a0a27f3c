/**
 * Pages of a kind: subtitles and bilingual texts, e-mail threads, letters and newsletters, an exam page with its
 * answer key, chat exports, news feeds, live pages and a Q&A page's counters.
 */
import { describe, expect, it } from "vitest";
import { rawSpan } from "./index";
import { blocks, clean, texts } from "./test-helpers";

describe("round 10: subtitles and bilingual texts", () => {
  const srt = [
    "1",
    "00:00:01,000 --> 00:00:04,500",
    "【字幕】本片据公开资料制作",
    "",
    "2",
    "00:00:05,000 --> 00:00:09,200",
    "解说：2016年5月，甲乙两国签署",
    "",
    "3",
    "00:00:09,300 --> 00:00:12,000",
    "《甲乙港口合作协定》，",
    "",
    "4",
    "00:00:12,100 --> 00:00:15,000",
    "港口全长12公里",
    "",
    "5",
    "00:00:15,100 --> 00:00:18,000",
    "受访者（港口职员）：我在这里工作了八年。",
  ].join("\n");

  it("drops cue numbers and timings, and joins a sentence split over cues", () => {
    const b = texts(srt);
    expect(b.join("\n")).not.toMatch(/-->|\d{2}:\d{2}:\d{2}/);
    expect(b).toContain("解说：2016年5月，甲乙两国签署《甲乙港口合作协定》，港口全长12公里");
  });

  it("keeps on-screen text as a caption and starts a new paragraph at a speaker's label", () => {
    const c = clean(srt);
    expect(c.blocks.find((x) => x.text.startsWith("【字幕】"))?.label).toBe("caption");
    expect(c.blocks.map((x) => x.text)).toContain("受访者（港口职员）：我在这里工作了八年。");
  });

  it("labels a paragraph in English meta and drops the English half of a bilingual line", () => {
    const c = clean(
      "# 某国使馆新闻公报\n\n**2024年3月2日，某城 / Somecity, 2 March 2024**\n\n## 一、港口开港　Opening of the Port\n\n2024年3月1日，某港开港，投资约5亿美元。\n\nOn 1 March 2024 the port opened, with an investment of about US$500 million.\n",
    );
    expect(c.blocks.map((x) => x.text)).toEqual(expect.arrayContaining(["一、港口开港", "2024年3月2日，某城"]));
    const english = c.blocks.find((x) => x.text.startsWith("On 1 March"));
    expect(english?.label).toBe("meta");
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

describe("round 14: a chat export's footer", () => {
  it("reads the export's closing count as no message", () => {
    const chat = "聊天记录导出\n\n老周 19:02:11\n大家好\n\n老周 19:05:00\n下周见\n\n小林 19:06:00\n收到\n\n------------------------------\n共导出消息 52 条（已过滤系统消息 3 条）\n";
    expect(blocks(chat).filter((x) => x.startsWith("body|"))).toEqual(["body|大家好", "body|下周见", "body|收到"]);
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
    // (an item's headline is the title of an article of its own, not a sentence of it to be asked)
    expect(blocks(rss)).toEqual([
      "title|某网-某频道",
      "body|更新时间：Thu, 24 Oct 2024 08:05:12 +0800",
      "title|两国签署合作文件",
      "body|发布时间：Mon, 21 Oct 2024 16:12:45 +0800",
      "body|当地时间20日，两国签署合作文件。",
      "body|今年双边贸易额增长。",
      "title|从“某某对话”看斡旋",
      "body|发布时间：Sun, 10 Mar 2024 10:00:00 +0800",
      "body|首列“甲城—乙城”班列抵达。",
    ]);
    expect(clean(rss).date).toBe("2024-10-24");
    expect(clean(rss).title).toBe("某网-某频道");
  });

  it("is not used for a page that merely holds some markup", () => {
    expect(blocks("<p>两国签署合作文件。</p>\n")).toEqual(["body|两国签署合作文件。"]);
  });
});

describe("round 15: a live page", () => {
  const page = [
    "本页面持续更新　最后更新：2019-07-03 21:05",
    "",
    "7月3日　18:40",
    "【快讯】甲国总统抵达乙市",
    "甲国总统今天抵达乙市。",
    "分享　|　评论(12)　|　赞(3.1万)",
    "",
    "━━━━━━ 7月2日 ━━━━━━",
    "",
    "7月2日　09:00",
    "【前瞻】访问日程公布",
    "分享 | 评论(5) | 赞(88)",
    "",
  ].join("\n");

  it("dates the page by its last update, makes day separators headings and counters meta", () => {
    const d = clean(page);
    expect(d.date).toBe("2019-07-03");
    const b = d.blocks.map((x) => `${x.label}|${x.text}`);
    expect(b).toContain("heading|7月2日");
    expect(b.some((x) => x.startsWith("meta|") && x.includes("分享"))).toBe(true);
    expect(b.filter((x) => x.startsWith("body|")).join("\n")).not.toMatch(/分享|评论（|赞（/);
    // the entry's stamp and its headline, then its text
    expect(b).toEqual(expect.arrayContaining(["body|7月3日18:40【快讯】甲国总统抵达乙市", "body|甲国总统今天抵达乙市。"]));
  });

  it("reads a line of counters only as counters", () => {
    expect(blocks("我们分享经验、评论时事。\n")).toEqual(["body|我们分享经验、评论时事。"]);
  });
});

describe("round 15: a Q&A page's counters", () => {
  it("reads counts of answers, comments, followers and votes as meta, and no sentence that names them", () => {
    const page = "某问题标题？\n关注者 1,234　　被浏览 56,789\n查看全部 12 个回答\n\n某答主\n　3.4 万人赞同了该回答\n\n正文第一句。\n\n56 条评论　　默认　|　最新\n\n展开其余 50 条评论 ▾\n";
    const b = blocks(page);
    for (const m of ["meta|关注者1234被浏览56789", "meta|查看全部12个回答", "meta|3.4万人赞同了该回答", "meta|展开其余50条评论▾"]) expect(b).toContain(m);
    expect(b).toContain("body|正文第一句。");
    expect(blocks("他写了12个回答，都很长。\n")).toEqual(["body|他写了12个回答，都很长。"]);
    expect(blocks("评论认为，双方应当加强合作。\n")).toEqual(["body|评论认为，双方应当加强合作。"]);
  });
});
