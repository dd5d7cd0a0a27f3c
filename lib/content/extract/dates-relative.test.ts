/**
 * Dates read against the day a text is at: the document's own date (a yearless dateline, a closing source line),
 * a news digest's datelines, headers, footers and reply lines, chat and feed days, a live page's entries, social
 * pages' stamps and questions, 次年/同一天, and entries told after a look back.
 */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../pipeline";
import { dates, docOf, facts, factsOf, figures, isoSpans as isos } from "./test-helpers";

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

describe("round 10: relative dates in a news digest resolve against their item's dateline", () => {
  const digest = [
    "某某要闻",
    "2023年3月10日　星期五",
    "",
    "【一】甲国港口项目进展",
    "",
    "新华社甲城3月9日电　甲国港务局当天发布消息说，港口一期工程于2019年6月1日建成。港务局局长前一天刚结束访问。",
    "",
    "【二】乙国铁路通车",
    "",
    "本报乙城3月8日电（记者　某某）记者昨天获悉，乙国铁路将于年内通车。乙国交通部长当天表示欢迎，他上周曾视察工地。",
    "",
    "【三】丙国货币合作",
    "",
    "【本报讯】丙国央行上周宣布扩大本币结算。",
  ].join("\n");
  const dates = factsOf(digest).filter((f) => f.kind === "date").map((f) => f.value as { iso: string; endIso?: string; text: string; event: string });
  const of = (text: string, event: string) => dates.find((d) => d.text === text && d.event.includes(event));

  it("reads 当天 and 昨天 from the dateline, not from the last date of the text", () => {
    expect(of("当天", "甲国港务局")?.iso).toBe("2023-03-09");
    expect(of("昨天", "记者")?.iso).toBe("2023-03-07");
    expect(of("当天", "乙国交通部长")?.iso).toBe("2023-03-08");
  });

  it("reads 前一天 as the day before the last day named, 上周 as the week before the dateline", () => {
    expect(of("前一天", "港务局局长")?.iso).toBe("2023-03-08");
    const week = of("上周", "视察");
    expect([week?.iso, week?.endIso]).toEqual(["2023-02-27", "2023-03-05"]);
    const bank = of("上周", "丙国央行");
    expect([bank?.iso, bank?.endIso]).toEqual(["2023-02-27", "2023-03-05"]);
  });

  it("keeps the dateline out of the lead's events", () => {
    expect(dates.some((d) => d.event.includes("电") || d.event.includes("记者某某"))).toBe(false);
    expect(dates.find((d) => d.text === "3月9日")?.event).toBe("甲国港务局当天发布消息说");
  });
});

describe("round 14: the dates of headers, footers and reply lines", () => {
  const events = (text: string, file?: string) => facts(text, file).filter((f) => f.kind === "date").map((f) => (f.value as { event: string }).event);

  it("says what a header's or footer's date is instead of reading its label as an event", () => {
    expect(events("From: 甲 <a@example.org>\nDate: Wed, 6 Nov 2024 10:24:51 +0800\n\n正文一段。\n")).toContain("邮件发出");
    expect(events("From: 甲 <a@example.org>\n\n> 日期: 2024年11月4日 周一 08:00\n> 主题: 简报\n")).toContain("邮件发出");
    expect(events("---\ntitle: 某页\nupdated: 2024-11-20\n---\n\n正文。\n", "d0.md")).toContain("本页最后更新");
    expect(events("正文。\n\n*本页最后编辑于 2024-11-20 21:47 · 浏览 3,218*\n", "d0.md")).toContain("本页最后更新");
    expect(events("（来源：某研究中心　录入时间：2025-01-08）\n\n正文。\n")).toContain("某研究中心录入");
    expect(events("某报告\n\n来源：某研究中心，2024-03-15\n\n正文。\n")).toContain("某研究中心发布");
  });

  it("reads a reply line's date as the letter of the one who wrote", () => {
    expect(events("正文。\n\n在 2024年11月5日 星期二 17:02，张三 <zs@example.cn> 写道：\n\n李四：\n")).toContain("张三来信");
  });

  it("leaves the events of ordinary sentences alone", () => {
    // a date ending a sentence, or a 日期 field outside an e-mail, is no header
    expect(events("双方签署协定于2024年3月1日。")).not.toContain("本文发布");
    expect(events("会议日期：2024年3月1日\n")).not.toContain("邮件发出");
    expect(events("在2024年3月1日，双方签署了协定。")[0]).toContain("签署");
  });
});

describe("round 14: dates of chats and feeds", () => {
  it("reads a range of days given with clock times", () => {
    expect(dates("导出范围：2024-12-05 00:00 至 2024-12-06 23:59\n")).toContain("2024-12-05/2024-12-06");
  });

  it("resolves 那一年 and a day of next week against the day the text is at", () => {
    expect(dates("2022年两国建交50周年。那一年也是“甲乙友好合作年”。")).toEqual(["2022", "2022"]);
    const chat = "聊天记录导出\n\n—————— 2024-12-05 星期四 ——————\n\n老周 19:02:11\n大家好\n\n老周 19:05:00\n下周二晚上7点见\n\n老周 19:06:00\n收到\n";
    expect(dates(chat)).toContain("2024-12-10");
  });

  it("dates a feed item's words by its date of publication", () => {
    const rss = '<?xml version="1.0"?>\n<rss><channel><title>某网</title>\n<item><title>甲</title><pubDate>Sun, 28 Mar 2021 11:20:00 +0800</pubDate><description><![CDATA[<p>27日，外长在某地签署计划。前一天，外长在另一地提出倡议。今年是两国建交50周年。</p>]]></description></item>\n<item><title>乙</title><pubDate>Tue, 14 Jul 2015 23:58:00 +0800</pubDate><description><![CDATA[<p>六国和甲国14日在维也纳达成协议。</p>]]></description></item>\n</channel></rss>\n';
    expect(dates(rss)).toEqual(expect.arrayContaining(["2021-03-27", "2021-03-26", "2021", "2015-07-14"]));
    // a bare day outside a dated item, or a number before 日内 or 号, is no date
    expect(dates("某某于27日签署协议。")).toEqual([]);
    expect(dates(rss.replace("27日，", "27日内，").replace("前一天，", ""))).not.toContain("2021-03-27");
  });

  it("gives an item without a date of its own the feed's year back at its headline, not the item's before", () => {
    // (an item's headline is labelled a title: it still ends the item above)
    const rss =
      '<?xml version="1.0"?>\n<rss><channel><title>某网</title><lastBuildDate>Mon, 02 Sep 2024 08:00:00 +0800</lastBuildDate>\n' +
      '<item><title>甲</title><pubDate>Sun, 28 Mar 2021 11:20:00 +0800</pubDate><description><![CDATA[<p>外长签署计划。</p>]]></description></item>\n' +
      "<item><title>乙</title><description><![CDATA[<p>今年两国贸易额约100亿美元。</p>]]></description></item>\n</channel></rss>\n";
    expect(dates(rss)).toContain("2024");
    expect(dates(rss)).not.toContain("2021");
    const trade = facts(rss).find((f) => f.kind === "figure" && (f.value as { number: number }).number === 100);
    expect((trade?.value as { year?: string } | undefined)?.year).toBe("2024");
  });
});

describe("round 15: a live page's entries and days", () => {
  const page = [
    "直播｜甲国总统访问乙国",
    "",
    "本页面持续更新　最后更新：2019-07-03 21:05",
    "",
    "7月3日　18:40",
    "【现场】甲国总统出席欢迎晚宴",
    "今天是访问的最后一天。甲国总统将于4日至6日访问丙国。",
    "分享　|　评论(12)　|　赞(3.1万)",
    "",
    "━━━━━━ 7月2日 ━━━━━━",
    "",
    "7月2日　09:00",
    "【抵达】甲国总统抵达乙国首都",
    "2015年5月，两国建立伙伴关系；次年6月，两国签署合作协定。",
    "分享 | 评论(5) | 赞(88)",
    "",
  ].join("\n");

  it("dates each entry by its day in the page's year, also after an entry naming other years", () => {
    const d = dates(page);
    expect(d).toEqual(expect.arrayContaining(["2019-07-03", "2019-07-02", "2015-05", "2016-06"]));
    expect(d.filter((x) => x === "2019-07-02").length).toBeGreaterThanOrEqual(2); // the separator and the entry
    // no entry's day takes the year of an earlier entry's history
    expect(d).not.toContain("2016-07-02");
    expect(d).not.toContain("2015-07-02");
  });

  it("reads 今天 as the entry's day and a range of days to come in its month", () => {
    const d = dates(page);
    expect(d).toContain("2019-07-04/2019-07-06");
    expect(d.filter((x) => x === "2019-07-03").length).toBeGreaterThanOrEqual(2);
  });

  it("does not count back a range of days later than the entry's day when nothing says they are to come", () => {
    const entry = "本页面持续更新　最后更新：2019-07-03 21:05\n\n7月3日　18:40\n两国外长于4日至6日举行了会谈。\n";
    expect(dates(entry).some((x) => x.includes("/"))).toBe(false);
    // a range that has begun by the entry's day is of its month
    expect(dates("本页面持续更新　最后更新：2019-07-03 21:05\n\n7月3日　18:40\n两国外长于2日至4日举行会谈。\n")).toContain("2019-07-02/2019-07-04");
  });

  it("takes no day from 今天 outside a dated item, nor from 今天的", () => {
    expect(dates("今天，两国关系处在新的起点。\n")).toEqual([]);
    const entry = (line: string) => dates(`本页面持续更新　最后更新：2019-07-03 21:05\n\n7月3日　18:40\n${line}\n`);
    // the page's update and the entry's own day only
    expect(entry("一年前的今天，两国签署了协定。").filter((x) => x === "2019-07-03")).toHaveLength(2);
    expect(entry("今天先到这里。").filter((x) => x === "2019-07-03")).toHaveLength(2);
    expect(entry("今天上午，两国签署了协定。").filter((x) => x === "2019-07-03")).toHaveLength(3);
  });
});

describe("round 15: social pages and questions", () => {
  const thread = [
    "某某问题：两国关系会变吗？",
    "",
    "甲国于2010年3月加入该组织。",
    "",
    "编辑于 2020-05-03 21:17・IP 属地某省",
    "▲ 赞同 1.2 万　　▼　　💬 84 条评论　　分享　　收藏　　喜欢　　…",
    "",
    "读者甲",
    "甲国不是2011年才加入的吗？",
    "2020-05-04・IP 属地某市　　　　赞 12",
    "",
    "读者乙",
    "本月甲国总统也来访问了。",
    "2020-09-12・IP 属地某市　　　　赞 5",
    "",
  ].join("\n");

  it("takes no date from a yes-or-no question, a likely wrong guess", () => {
    const d = dates(thread);
    expect(d).toContain("2010-03");
    expect(d).not.toContain("2011");
    // a question asking what or when still holds its date when it states one
    expect(dates("为什么2015年6月两国签署了协定？\n")).toContain("2015-06");
  });

  it("dates a comment's words by the stamp under it, and the stamps and counters are no facts", () => {
    const d = dates(thread);
    expect(d).toContain("2020-09");
    expect(d).not.toContain("2020-05-04");
    expect(d).not.toContain("2020-09-12");
    expect(figures(thread)).not.toContain(84);
    // the answer's edit line is its date
    expect(facts(thread).filter((f) => f.kind === "date").map((f) => f.label)).toContain("2020-05-03：本页最后更新");
  });

  it("does not count 次年 from the last year written when it is the year after an event named (建交的次年)", () => {
    expect(dates("两国于1980年5月建交。1990年两国签署协定。部长访华是建交的次年。\n")).not.toContain("1991");
    expect(dates("两国于1980年5月建交。次年两国签署协定。\n")).toContain("1981");
  });

  it("takes 同一天 as the day last written out, also without its year", () => {
    expect(dates("2019年3月21日至24日，甲国总统访问乙国。3月23日，两国签署协定。同一天，两国企业签署合同。\n").filter((x) => x === "2019-03-23")).toHaveLength(2);
  });
});

describe("round 15: entries told after a look back", () => {
  it("does not take the year of a time told in passing (前一次是…) for the days after it", () => {
    const text = "2021年3月1日至3日，甲国总理访华，这是他第二次访华；前一次是2018年11月4日。3月2日，两国总理举行会谈。\n";
    expect(dates(text)).toContain("2021-03-02");
    expect(dates(text)).not.toContain("2018-03-02");
  });

  it("reads a range of days to come when 将 stands far before it in the sentence", () => {
    const entry = "本页面持续更新　最后更新：2019-07-03 21:05\n\n7月3日　18:40\n甲国总统将于当地时间今天傍晚抵达乙国首都，开始对乙国为期数天的国事访问和一系列活动，并于4日至6日出席会议。\n";
    expect(dates(entry)).toContain("2019-07-04/2019-07-06");
  });

  it("ends a headline opened by its tag before the entry's text", () => {
    const entry = "本页面持续更新　最后更新：2019-07-03 21:05\n\n7月3日　18:40\n【快讯】甲国总统获授勋章\n会谈结束后，乙国总统向甲国总统授勋。\n";
    const labels = facts(entry).map((f) => f.label);
    expect(labels).toContain("7月3日：【快讯】甲国总统获授勋章");
    expect(facts(entry).filter((f) => f.kind === "agreement").map((f) => (f.value as { name: string }).name).some((n) => n.includes("会谈"))).toBe(false);
  });
});

describe("同年 after the day a term starts from", () => {
  it("counts 同年 from the sentence's own date, not from a 从…起 day said in passing", () => {
    expect(dates("　　2031年5月，联盟邀请秘鲁从2032年3月1日起加入，但同年11月2日秘鲁议会否决了这一安排。")).toContain("2031-11-02");
    expect(dates("　　新规自2031年1月1日起实施。同年3月，双方举行会谈。")).toContain("2031-03");
  });
});

describe("relative dates: 后年, 当晚, 同月 after 次年…, 某月以来, the day a visit ends", () => {
  it("reads 后年 as the year after next of the item's date, not 此后年均", () => {
    expect(dates("新华社甲城2031年5月2日电　甲乙两国元首举行会谈。\n　　双方商定在后年举办文化年活动。\n")).toContain("2033");
    expect(dates("　　2031年，甲国出口增长5%，此后年均增长3%。\n")).not.toContain("2033");
  });

  it("reads 当晚 in a news item as the dateline's day", () => {
    const text = "甲乙两国元首会谈\n2031-05-02 21:30　来源：某某网\n\n　　新华社甲城5月2日电　甲国总统与乙国总统举行会谈。2029年，两国签署协定。\n　　当晚，甲国总统为乙国总统举行欢迎宴会。\n";
    expect(facts(text).find((f) => (f.value as { text: string }).text === "当晚")?.value).toMatchObject({ iso: "2031-05-02" });
  });

  it("counts 同月 from a month written after 次年", () => {
    const text = "　　2031年6月，甲乙两国签署协议。次年3月5日，铁路开通。同月20日，港口启用。\n";
    expect(dates(text)).toContain("2032-03-20");
  });

  it("reads 某月以来 in the document's year when the sentence looked ahead to a later year", () => {
    const text = "新华社甲城2031年9月20日电　甲国局势受到关注。\n　　甲国的新港口计划2034年建成；5月以来，港口工地停工。\n";
    expect(dates(text)).toContain("2031-05");
    expect(dates(text)).not.toContain("2034-05");
  });

  it("reads the day a visit ends (访问至6日结束) in the dateline's month", () => {
    const page = (day: number) => `甲乙两国元首会谈\n2031-05-${day} 21:30　来源：某某网\n\n　　新华社甲城5月${day}日电　乙国总统抵达甲城，开始对甲国的国事访问，访问至6日结束。\n`;
    expect(dates(page(2))).toContain("2031-05-06");
    expect(dates(page(20))).not.toContain("2031-05-06");
  });
});

describe("relative dates: 前年, a month range after 今年, 同年 after a forecast", () => {
  const item = (body: string) => `新华社甲城2031年5月2日电　甲国总统会见乙国总理。\n　　${body}\n`;

  it("reads 前年 and 前年3月 against the item's date, not 目前年产 or 此前年均", () => {
    expect(dates(item("这是乙国总理自前年3月以来第三次访问甲国。"))).toContain("2029-03");
    expect(dates(item("前年，两国签署了贸易协定。"))).toContain("2029");
    expect(dates(item("该厂目前年产汽车10万辆，此前年均增长3%。"))).not.toContain("2029");
  });

  it("reads 今年1月至3月 as one span of months", () => {
    expect(isos(facts(item("今年1月至3月，两国贸易额增长8%。")))).toContain("2031-01/2031-03");
  });

  it("takes 同年 as the year of the story, not of a forecast told in passing", () => {
    const text = item("去年12月，甲公司宣布在乙国建设工厂，预计2033年底投产。同年4月，丙公司与乙国企业签署协议。");
    expect(dates(text)).toContain("2030-04");
    expect(dates(text)).not.toContain("2033-04");
  });
});

describe("a school year, and the earlier start of what led to a paragraph's event", () => {
  it("reads 2031—2032学年 as a span of years", () => {
    // (a handout's running head with its term is meta: the school year is read in the text)
    expect(isos(facts("甲乙关系\n\n　　2031—2032学年第一学期，甲乙两国互派留学生三百名。\n"))).toContain("2031/2032");
  });

  it("counts 同年 and 次年 from the paragraph's event, not from the start of the talks told before it", () => {
    const text = [
      "　　2041年3月8日，甲国和乙国正式建交。两国谈判从2040年5月开始在丙城进行，前后历时约10个月。",
      "　　同年11月，丁国同甲国建交。",
      "　　次年10月25日，甲乙两国签署贸易协定。",
    ].join("\n");
    expect(dates(text)).toEqual(expect.arrayContaining(["2041-11", "2042-10-25"]));
    expect(dates(text)).not.toContain("2040-11");
  });
});

describe("a speech or a programme dated in its head, apart from the page's time line", () => {
  const speech = [
    "甲国驻乙国大使馆",
    "",
    "甲国大使在庆祝甲乙建交30周年招待会上的讲话",
    "（2031年3月4日，乙城）",
    "",
    "发布时间：2031-03-05 10:20　　来源：甲国驻乙国使馆",
    "",
    "　　今晚，我们欢聚一堂，庆祝两国建交30周年。去年，两国签署了文化合作协定。",
  ].join("\n");

  it("dates the document by the day the speech was given, not the day the page went up", () => {
    expect(docOf(speech).date).toBe("2031-03-04");
    expect(dates(speech)).toEqual(expect.arrayContaining(["2031-03-04", "2030"]));
    expect(dates(speech).filter((x) => x === "2031-03-04")).toHaveLength(2); // the bracket and 今晚
  });

  const programme = [
    "某台 > 新闻 > 正文",
    "",
    "[环球报道]甲乙两国元首会谈",
    "",
    "来源：某某网 | 2032年07月09日 07:15",
    "",
    "视频简介：甲国主席8日同乙国总统举行会谈。",
    "",
    "文字实录（稿件来源：某台《环球报道》20320708）",
    "",
    "【解说】",
    "甲国主席今天（8日）在首都同乙国总统举行会谈。今年是两国建交50周年。",
    "",
    "【主持人】",
    "今天，两国元首还共同出席了经贸论坛。",
  ].join("\n");

  it("dates a transcript by its programme's day: 8日, 今天（8日） and 今天, but asks no day of the stamp in the body", () => {
    expect(docOf(programme).date).toBe("2032-07-08");
    const d = dates(programme);
    expect(d.filter((x) => x === "2032-07-08")).toHaveLength(3);
    expect(d).toContain("2032");
    expect(d).not.toContain("2032-07-09/2032-07-09");
  });

  it("reads the source-first time line in words when no programme day is given", () => {
    const page = programme.split("\n").filter((l) => !/稿件来源/.test(l)).join("\n");
    expect(docOf(page).date).toBe("2032-07-09");
    // 今天（8日） is the day in brackets, of the page's month
    expect(dates(page)).toContain("2032-07-08");
  });

  it("takes a bracketed date inside a sentence for no speech's day", () => {
    const text = "　　两国外长会谈后宣布（2031年3月4日，乙城），双方将加强合作。\n\n　　今天，两国关系处在新的起点。\n";
    expect(docOf(text).date).not.toBe("2031-03-04");
  });
});

describe("a span of months into the next year", () => {
  it("reads 2031年10月至次年3月 as one span", () => {
    expect(dates("　　2031年10月至次年3月，甲国博览会在乙城举行。\n")).toContain("2031-10/2032-03");
  });
});

describe("a memoir's 那年 / 这一年: the year the narrative is at", () => {
  const text = [
    "　　我第一次到甲国，是1965年的冬天。那年我二十岁，在使馆当翻译。",
    "",
    "　　1972年的夏天最难忘。那年7月，乙组织大会讨论甲国的提案。7月18日晚，大会以多数票通过了决议。",
    "",
    "　　那年9月，乙组织大会讨论丁国的提案。",
    "",
    "　　9月30日晚，大会以多数票否决了丁国的提案。",
    "",
    "　　这一年秋天，两国签署了贸易协定。他出生的那年，家乡还没有铁路。",
    "",
    "（2020年5月于丙城）",
  ].join("\n");
  const found = facts(text)
    .filter((f) => f.kind === "date")
    .map((f) => ({ quote: f.quote, iso: (f.value as { iso: string }).iso }));

  it("dates 那年 and 这一年 by the last year the narrative named, and a yearless day after them by that year too", () => {
    expect(found).toEqual(
      expect.arrayContaining([
        { quote: "那年", iso: "1965" },
        { quote: "那年7月", iso: "1972-07" },
        { quote: "7月18日晚", iso: "1972-07-18" },
        { quote: "9月30日晚", iso: "1972-09-30" },
        { quote: "这一年", iso: "1972" },
      ]),
    );
  });

  it("takes the document's date from the author's closing line of when and where it was written", () => {
    expect(docOf(text).date).toBe("2020-05");
    expect(docOf("　　2023年，两国签署协定。\n\n　　去年是建交六十周年。\n\n2024年3月写于丙城\n").date).toBe("2024-03");
  });

  it("reads no year in 这年头, 这一年来 or 那年轻人", () => {
    const quotes = facts("　　1990年，两国建交。这年头，生意难做。这一年来，他一直在甲城。那年轻人说，1991年他去过乙城。\n")
      .filter((f) => f.kind === "date")
      .map((f) => f.quote);
    expect(quotes).toEqual(["1990年", "1991年"]);
  });

  it("takes no event line among the last ones for the author's closing line", () => {
    expect(docOf("　　2023年，两国签署协定。\n\n　　去年是建交六十周年。\n\n2019年5月于甲城举行\n").date).not.toBe("2019-05");
  });

  it("leaves 某事的那年 alone: the year of an event the text does not date", () => {
    expect(found.filter((d) => d.quote.includes("那年"))).toHaveLength(3);
  });
});
