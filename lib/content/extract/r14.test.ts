import { describe, expect, it } from "vitest";
import { linkFacts } from "../link";
import { buildCorpus } from "../pipeline";
import { rawDocumentFromText } from "../read";

const facts = (text: string, file = "d0.txt") => buildCorpus([rawDocumentFromText("d0", file, text)]).facts;
const concepts = (text: string, file?: string) => facts(text, file).filter((f) => f.kind === "concept").map((f) => f.value as { term: string; items?: string[]; definition?: string });
const terms = (text: string, file?: string) => concepts(text, file).map((c) => c.term);

describe("round 14: concepts as Chinese writers mark them", () => {
  it("reads a quoted term defined with 指的是 without taking 指的 into the term", () => {
    expect(concepts("“甲乙走廊”指的是连接两国的经济带。")).toContainEqual(expect.objectContaining({ term: "甲乙走廊", definition: "连接两国的经济带" }));
    expect(terms("某某发展指的是低碳转型的发展方式。")).toContain("某某发展");
    expect(terms("“甲乙走廊”指的是连接两国的经济带。").some((t) => t.endsWith("指的"))).toBe(false);
  });

  it("reads a four-character formula a principle or idea is said to be", () => {
    expect(terms("两国合作的核心理念是互利共赢。")).toContain("互利共赢");
    expect(terms("双方合作遵循的基本原则是平等互利。")).toContain("平等互利");
    // a purpose, a phrase with a particle or a country is no formula
    for (const t of ["该组织的宗旨是维护和平。", "合作的原则是以此为准。", "本次合作的理念是中国方案。", "他的精神是好的。"]) expect(terms(t), t).toEqual([]);
  });

  it("reads the -isms held to after 主张 and those joined to the first one", () => {
    expect(terms("双方都主张多边主义，反对单边主义和保护主义。")).toEqual(expect.arrayContaining(["多边主义", "单边主义", "保护主义"]));
    expect(terms("两国反对霸权主义、冷战主义和保护主义。")).toEqual(expect.arrayContaining(["霸权主义", "冷战主义", "保护主义"]));
    // what follows 和 is no -ism when the word goes on
    expect(terms("双方反对单边主义和主义者的做法。")).toEqual(["单边主义"]);
  });

  it("reads a count that names a list after 即 when what it counts is of something", () => {
    expect(concepts("两国建立了三个层次的人文交流框架，即“政府间对话、地方友城、青年交流”。")).toContainEqual(
      expect.objectContaining({ term: "三个层次", items: ["政府间对话", "地方友城", "青年交流"] }),
    );
    // an ordinal is no count
    expect(terms("这是第三个层次的交流框架，即“甲方对话、乙方互访、丙方交流”。")).not.toContain("三个层次");
  });

  it("reads a quoted counted set whose members open the sentences after it", () => {
    const text = "（一）“三条通道”协同推进。“空中通道”越飞越广，开通航线12条。“陆上通道”越跑越密，开行班列300列。“海上通道”越来越顺畅，吞吐量增长5%。";
    expect(concepts(text)).toContainEqual(expect.objectContaining({ term: "三条通道", items: ["空中通道", "陆上通道", "海上通道"] }));
    // fewer members than the count, or members of different kinds, are no list
    const short = "“三条通道”协同推进。“空中通道”越飞越广。“陆上通道”越跑越密。";
    expect(concepts(short).some((c) => c.items)).toBe(false);
    const mixed = "“三条通道”协同推进。“空中通道”越飞越广。“陆上班列”越跑越密。“海上航线”越来越顺畅。";
    expect(concepts(mixed).some((c) => c.term === "三条通道" && c.items)).toBe(false);
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

const names = (text: string, file?: string) => facts(text, file).filter((f) => f.kind === "agreement").map((f) => (f.value as { name: string }).name);
const figures = (text: string, file?: string) => facts(text, file).filter((f) => f.kind === "figure").map((f) => (f.value as { number: number }).number);
const dates = (text: string, file?: string) => facts(text, file).filter((f) => f.kind === "date").map((f) => { const v = f.value as { iso: string; endIso?: string }; return v.endIso ? `${v.iso}/${v.endIso}` : v.iso; });

describe("round 14: definitions as a text gives them", () => {
  it("reads a term glossed after its colon, after 相对的是, in a numbered item, and in speech", () => {
    expect(concepts("负面清单：指缔约方以清单形式列出不予开放的领域。")).toContainEqual(expect.objectContaining({ term: "负面清单", definition: "缔约方以清单形式列出不予开放的领域" }));
    expect(terms("与之相对的是正面清单，即只对列明的领域作出开放承诺。")).toContain("正面清单");
    expect(terms("协定规定了两种情形：（一）完全获得，即在一方境内完全获得的货物；（二）充分加工。")).toContain("完全获得");
    expect(concepts("本币互换，简单说就是两国央行按约定汇率互相交换本国货币。")).toContainEqual(expect.objectContaining({ term: "本币互换" }));
    // 指 inside a sentence, and a term named by 的是 with 是, are no definitions
    expect(terms("他用手指了指地图，说明了方向。")).toEqual([]);
    expect(terms("最重要的是发展，是硬道理。")).not.toContain("发展");
  });

  it("reads a definition whose genus repeats the term's own head noun", () => {
    expect(concepts("原产地规则是用来确定货物“国籍”的规则，协定对此作了规定。")).toContainEqual(expect.objectContaining({ term: "原产地规则" }));
    // a head noun that differs makes no definition
    expect(terms("合作机制是双方共同努力的结果。")).not.toContain("合作机制");
  });

  it("reads a defined term wherever the text names it again, as the same fact", () => {
    const found = facts("服务贸易采用负面清单方式作出开放承诺。\n\n负面清单：指缔约方以清单形式列出不予开放的领域。\n").filter((f) => f.kind === "concept");
    const def = found.find((f) => (f.value as { term: string }).term === "负面清单")!;
    expect(def).toBeDefined();
    expect(def.alsoIn.length + 1).toBe(2);
    // a term of two characters is not followed through the text
    expect(facts("发展：指事物由小到大的过程。\n\n两国共同发展。\n").filter((f) => f.kind === "concept")).toHaveLength(1);
  });
});

describe("round 14: points and counted lists", () => {
  it("reads numbered points after a colon, across the semicolons that end their sentences", () => {
    expect(concepts("合作的经验可以归纳为三点：（1）高层引领，元首外交定向；（2）规划先行，明确合作领域；（3）项目支撑，形成示范。")).toContainEqual(
      expect.objectContaining({ term: "三点", items: ["高层引领", "规划先行", "项目支撑"] }),
    );
    expect(concepts("规定了以下三种情形，符合其一即可：（一）完全获得；（二）完全使用原产材料生产；（三）使用非原产材料生产。")).toContainEqual(
      expect.objectContaining({ term: "三种情形", items: ["完全获得", "完全使用原产材料生产", "使用非原产材料生产"] }),
    );
    // a count that says otherwise, numbers out of order, or an exam's 答题要点 make no list
    expect(terms("经验可以归纳为四点：（1）高层引领；（2）规划先行。")).not.toContain("四点");
    expect(terms("要点：（2）甲方；（1）乙方。")).toEqual([]);
    expect(terms("答题要点：（1）政治互信；（2）经济互补。")).toEqual([]);
  });

  it("reads 甲、乙和丙三个领域 with three items, the first without its lead words", () => {
    expect(concepts("双方可重点在新能源、数字经济和第三方市场合作三个领域深化对接。")).toContainEqual(
      expect.objectContaining({ term: "三个领域", items: ["新能源", "数字经济", "第三方市场合作"] }),
    );
    expect(concepts("其动力来自政治互信、经济互补和区位优势三个方面。")).toContainEqual(expect.objectContaining({ items: ["政治互信", "经济互补", "区位优势"] }));
  });

  it("reads a quoted frame a text takes and the role a quoted word names", () => {
    expect(terms("本文以“政策对接—项目落地—风险管理”为分析框架。")).toContain("政策对接—项目落地—风险管理");
    expect(terms("甲国有望发挥“桥梁”作用。")).toContain("桥梁");
    expect(terms("他说“好的”，作用不大。")).toEqual([]);
  });

  it("reads a counted slogan after 提出 as a concept, not an initiative", () => {
    const text = "中方提出全球某某倡议，其核心是“六个坚持”，得到支持。";
    expect(names(text)).not.toContain("六个坚持");
    expect(terms(text)).toContain("六个坚持");
    expect(names("中方提出“三大倡议”。")).not.toContain("三大倡议");
  });
});

describe("round 14: agreements named in passing", () => {
  it("reads an initiative built or joined, and a text signed colloquially or renewed", () => {
    expect(names("甲国是第一个同中国签署共建“某某之桥”政府间合作文件的国家。")).toContain("某某之桥");
    expect(names("2022年，甲国加入“某某之路”。")).toContain("某某之路");
    expect(names("2009年两国央行签了第一份本币互换协议。")).toContain("本币互换协议");
    expect(names("2021年两国续签双边本币互换协议。")).toContain("双边本币互换协议");
    // joining a circle of friends in quotes is no initiative
    expect(names("甲国加入了“朋友圈”的讨论。")).toEqual([]);
  });

  it("reads a dialogue named after its place, not a manner of talking", () => {
    expect(names("评论员认为，“某城对话”体现了中方的立场。".replace("某城", "北京"))).toContain("北京对话");
    expect(names("双方同意开展“平等对话”。")).toEqual([]);
  });

  it("reads a titled text's short form without its pair, and the name given after it with 即", () => {
    const text = "王毅同扎里夫签署《中伊全面合作计划》。两国决定商谈一份为期25年的全面合作计划。";
    const found = facts(text).filter((f) => f.kind === "agreement" && (f.value as { name: string }).name === "中伊全面合作计划");
    expect(found).toHaveLength(1);
    expect(found[0].alsoIn).toHaveLength(1);
    expect(names("六国和甲国达成《联合全面行动计划》（JCPOA），即甲核问题全面协议。")).toContain("甲核问题全面协议");
    // a name without a type word after 即 is no text
    expect(names("双方签署《联合声明》，即双方的共识。")).not.toContain("双方的共识");
  });
});

describe("round 14: figures of time limits, chapters and countries", () => {
  it("reads a time limit counted from a day, the spans of a transition, years that passed and chapters", () => {
    expect(figures("证书自签发之日起1年内有效。")).toContain(1);
    expect(figures("其余税目在5年至15年过渡期内逐步降为零。")).toEqual(expect.arrayContaining([5, 15]));
    expect(figures("双方同意在两个月内重开使馆。")).toContain(2);
    expect(figures("二十年间，两国关系三次跃升。")).toContain(20);
    expect(figures("协定共22章。")).toContain(22);
    // a year range is no span of years, nor a year
    expect(figures("1990年间，两国建交。")).toEqual([]);
    expect(figures("2015年至2020年，双方合作。")).toEqual([]);
  });

  it("counts countries after their region or closing a list of them", () => {
    expect(figures("中美洲七国中，已有五国同中国建交。")).toContain(7);
    expect(figures("目前已有甲国、哥斯达黎加、巴拿马五国同中国建交。".replace("甲国、", "萨尔瓦多、尼加拉瓜、洪都拉斯、"))).toContain(5);
    // a group named by its count (中亚五国) and a count of no countries are left
    expect(figures("中国同中亚五国合作。")).toEqual([]);
    expect(figures("他们讨论了五国的情况。")).toEqual([]);
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
});

describe("round 14: wrong facts of the new genres, made general", () => {
  it("reads a chronology typed line by line, each line's partnership with the document's pair", () => {
    const text = "中国与甲国关系\n\n中国和甲国是好朋友。中国与甲国合作很多。甲国支持中国。\n\n时间线如下：\n1972年2月19日 建交\n2004年 建立战略伙伴关系（主席访问期间）\n2014年 升级为全面战略伙伴关系\n".replace(/甲国/g, "阿根廷");
    const partnerships = facts(text).filter((f) => f.kind === "agreement").map((f) => f.value as { name: string; parties: string[] });
    expect(partnerships).toContainEqual(expect.objectContaining({ name: "战略伙伴关系", parties: ["中国", "阿根廷"] }));
    expect(partnerships).toContainEqual(expect.objectContaining({ name: "全面战略伙伴关系", parties: ["中国", "阿根廷"] }));
    const events = facts(text).filter((f) => f.kind === "date").map((f) => (f.value as { event: string }).event);
    expect(events).toContain("建立战略伙伴关系（主席访问期间）");
  });

  it("reads no treaty's name across the verb that uses it, and no pair in 中美洲", () => {
    expect(names("企业可向海关申领中尼自贸协定原产地证书。").some((n) => n.includes("申领"))).toBe(false);
    expect(names("商务部负责人解读中尼自贸协定。").some((n) => n.includes("解读"))).toBe(false);
    const f = facts("这是中国同中美洲国家签署的第一个一揽子自贸协定。").filter((x) => x.kind === "agreement");
    expect(f.every((x) => !(x.value as { parties: string[] }).parties.includes("美国"))).toBe(true);
  });

  it("reads durations in months with their unit, but not the months a figure is counted over, and no 唯一一所", () => {
    expect(facts("谈判历时约20个月。").filter((x) => x.kind === "figure").map((x) => x.label)).toContain("谈判历时20个月");
    expect(figures("今年前9个月双边贸易额约109亿美元。")).toEqual([109]);
    expect(figures("这是欧洲唯一一所公立双语学校。")).toEqual([]);
  });

  it("reads no name opened by an item's number, and no date said again as a definition", () => {
    expect(names("经验有三点：（3）项目支撑，形成示范。")).toEqual([]);
    expect(terms("一年前的今天，即去年3月10日，两国发表声明。")).toEqual([]);
  });

  it("dates a feed item's figures by the item's year, and reads a metadata grid's dates by their fields", () => {
    const rss = '<?xml version="1.0"?>\n<rss><channel><title>某网</title><lastBuildDate>Thu, 24 Oct 2024 08:05:12 +0800</lastBuildDate>\n<item><title>甲</title><pubDate>Sun, 28 Mar 2021 11:20:00 +0800</pubDate><description><![CDATA[<p>今年是两国建交50周年。</p>]]></description></item>\n</channel></rss>\n';
    expect(facts(rss).filter((x) => x.kind === "figure").map((x) => (x.value as { year?: string }).year)).toEqual(["2021"]);
    const events = facts("发布机构：某省某厅某处　　成文日期：2024-01-03\n发布日期：2024-01-05　　阅读次数：1,204\n\n正文。\n").filter((x) => x.kind === "date").map((x) => (x.value as { event: string }).event);
    expect(events).toEqual(expect.arrayContaining(["本文成文", "本文发布"]));
  });
});

describe("round 14: links between documents", () => {
  const two = (a: string, b: string) => buildCorpus([rawDocumentFromText("a", "a.txt", a), rawDocumentFromText("b", "b.txt", b)]).facts;
  const linked = (facts: ReturnType<typeof two>, kind: string) => facts.filter((f) => f.kind === kind && f.alsoIn.some((x) => x.documentId !== f.documentId));

  it("does not link an event of a relationship whose partner one side leaves unnamed, unless on the same day", () => {
    const a = "中国与甲国关系\n\n2021年，中甲两国建交50周年。".replace(/甲/g, "土");
    const b = "中国与乙国关系\n\n今年是两国建交50周年。2021年，乙方举办活动。".replace(/乙/g, "伊");
    expect(linked(two(a, b.replace("今年是", "2021年是")), "date")).toEqual([]);
    // the same day, or the same partner named on both sides, is still one event
    expect(linked(two("2016年1月23日，中伊两国宣布建立全面战略伙伴关系。", "2016年1月23日，两国宣布建立全面战略伙伴关系。"), "date")).toHaveLength(1);
    expect(linked(two("2014年7月，中阿关系提升为全面战略伙伴关系。", "2014年7月，中阿两国关系提升为全面战略伙伴关系。"), "date")).toHaveLength(1);
  });

  it("does not link figures whose measure is a bare two-character word held in the other's", () => {
    const fig = (doc: string, measure: string) =>
      ({ id: `f_${doc}`, kind: "figure", documentId: doc, label: measure, value: { number: 10, text: "10个", unit: "个", measure, year: "2024" }, span: { start: 0, end: 1 }, quote: "1", alsoIn: [], context: { sentence: "", blockLabel: "body" } }) as unknown as Parameters<typeof linkFacts>[0][number];
    expect(linkFacts([fig("a", "国家"), fig("b", "某组织成员国家数量")])).toHaveLength(2);
    expect(linkFacts([fig("a", "成员国家数量"), fig("b", "某组织成员国家数量")])).toHaveLength(1);
  });
});
