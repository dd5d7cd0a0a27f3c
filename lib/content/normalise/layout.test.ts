/**
 * Lines and layout: records, bullets and notes kept apart while hard wraps join, numbered headings, a digest's
 * index and rules, chronologies in columns, a journal page in two columns, a paper's front matter, charts and
 * tables drawn in text, thousands separators, and a title with a byline or dateline glued to it.
 */
import { describe, expect, it } from "vitest";
import { buildCorpus } from "../pipeline";
import { rawDocumentFromText } from "../read";
import { normaliseDocument } from "./index";
import { blocks, clean, texts } from "./test-helpers";

describe("round 9: records stay apart, hard wraps still join", () => {
  it("keeps the field lines of an infobox as separate blocks", () => {
    const b = texts("某国概况\n\n基本信息\n首都：甲城\n人口：约1200万（2022年）\n主要协定：《甲乙友好条约》\n合作机制：甲乙联合委员会\n\n历史\n两国于1960年建交。");
    expect(b).toContain("人口：约1200万（2022年）");
    expect(b).toContain("主要协定：《甲乙友好条约》");
    expect(b).toContain("合作机制：甲乙联合委员会");
  });

  it("turns the cells of a tab-separated table into clauses, one row per block", () => {
    const b = texts("合作项目一览\n\n甲乙产业园\t东部某省\t物流枢纽\n甲乙新城\t西部某市\t制造业基地\n");
    expect(b).toContain("甲乙产业园：东部某省，物流枢纽");
    expect(b).toContain("甲乙新城：西部某市，制造业基地");
  });

  it("keeps bullets after an unpunctuated line apart and drops the bullet", () => {
    const b = texts("第3页\n发展历程\n• 2001年 两国建立伙伴关系\n• 2010年 双方签署合作协定\n- 2015年 升级为战略伙伴关系\n1) 第一个要点\n");
    expect(b).toContain("2001年两国建立伙伴关系");
    expect(b).toContain("2010年双方签署合作协定");
    expect(b).toContain("2015年升级为战略伙伴关系");
    expect(b.some((t) => t.includes("伙伴关系2010"))).toBe(false);
  });

  it("still joins a sentence wrapped over lines, and lines indented under a field", () => {
    expect(texts("两国元首宣布建立全面战略\n伙伴关系，并签署了\n一系列合作文件。")).toEqual(["两国元首宣布建立全面战略伙伴关系，并签署了一系列合作文件。"]);
    const b = texts("双边：甲乙委员会\n多边：甲国加入某组织\n　　2018年某峰会→某行动\n");
    expect(b.some((t) => t.includes("甲国加入某组织2018年某峰会"))).toBe(true);
  });

  it("keeps a section number 【三】 that opens a line after a photo caption", () => {
    const doc = clean("【一】第一部分标题\n\n正文第一段。\n\n▲ 某地的照片\n\n【三】某中心：合作的新地标\n\n正文第三段。");
    expect(doc.text).toContain("【三】某中心");
    expect(clean("【内容提要】本文讨论甲乙关系。").text).toBe("本文讨论甲乙关系。");
  });

  it("reads a section-numbered line with a comma or colon as a heading, and an emoji as a line's end", () => {
    const doc = clean("导读：小编带你一文读懂👇\n\n【一】一支队伍，十年坚守\n\n1990年3月，甲国首支队伍抵达乙国。\n\n【二】某中心：合作的新地标\n\n该中心于2020年开工。");
    const byText = (t: string) => doc.blocks.find((b) => b.text === t)?.label;
    expect(byText("导读：小编带你一文读懂👇")).toBe("body");
    expect(byText("【一】一支队伍，十年坚守")).toBe("heading");
    expect(byText("【二】某中心：合作的新地标")).toBe("heading");
  });

  it("keeps the pieces of a space-separated list line apart, and letter-spaced text whole", () => {
    expect(texts("下设 甲乙经贸委员会 甲乙人文委员会 甲乙科技委员会\n")).toEqual(["下设甲乙经贸委员会、甲乙人文委员会、甲乙科技委员会"]);
    expect(texts("2031-2035年 数字经济 绿色发展 金融合作\n")).toEqual(["2031-2035年数字经济、绿色发展、金融合作"]);
    expect(texts("始 终 秉 持 合 作 精 神\n")).toEqual(["始终秉持合作精神"]);
    expect(texts("第一章 甲乙关系的历史\n\n正文。")[0]).toBe("第一章甲乙关系的历史");
  });
});

describe("round 10: lines of notes stay apart", () => {
  const notes = [
    "甲乙关系要点",
    "",
    "●建立时间：１９７０年２月３日",
    "　→甲国是首个同乙国建交的岛国（常考）",
    "●关系演变：",
    "　１９９０年５月　建立“友好合作关系”（甲国总理访问）",
    "　２００５年８月　提升为全面合作伙伴关系",
    "●纪念年份：２０２０年＝建交５０周年",
    "◆多边：甲国于２０１８年加入某某组织",
    "※易错：不要混淆两次访问",
    "１．对岛国政策：“真诚相待”",
    "２．对地区组织：坚持平等协商",
    "①北湾港口",
    "　・２０１９年开港，年吞吐量约３０万吨",
  ].join("\n");

  it("keeps each line opened by a bullet glued to its text as its own block, without the bullet", () => {
    const b = texts(notes);
    expect(b).toContain("建立时间：1970年2月3日");
    expect(b).toContain("甲国是首个同乙国建交的岛国（常考）");
    expect(b).toContain("纪念年份：2020年＝建交50周年");
    expect(b).toContain("多边：甲国于2018年加入某某组织");
    expect(b).toContain("易错：不要混淆两次访问");
    expect(b).toContain("1．对岛国政策：“真诚相待”");
    expect(b).toContain("2．对地区组织：坚持平等协商");
    expect(b).toContain("①北湾港口");
    expect(b).toContain("2019年开港，年吞吐量约30万吨");
  });

  it("keeps the indented timeline rows under a bullet apart, also after a colon", () => {
    const b = texts(notes);
    expect(b).toContain("1990年5月建立“友好合作关系”（甲国总理访问）");
    expect(b).toContain("2005年8月提升为全面合作伙伴关系");
    expect(b.some((t) => t.includes("关系演变：1990年"))).toBe(false);
  });

  it("keeps lines opened by a bullet and a space, or a Markdown number, apart after a full stop too", () => {
    const b = texts("大事记\n\n- **1960年3月1日**　两国建交。\n- **1970年5月2日**　两国签署贸易协定。\n\n1. 在多边框架下，两国加强协调。2019年6月，某委员会成立。\n2. 两国同意扩大贸易。");
    expect(b).toContain("1960年3月1日两国建交。");
    expect(b).toContain("1970年5月2日两国签署贸易协定。");
    expect(b.some((t) => t.startsWith("1.在多边框架下") && !t.includes("两国同意扩大贸易"))).toBe(true);
  });

  it("still joins hard-wrapped prose and indented paragraphs that open with a year", () => {
    const b = texts("　　2012年4月，首次甲乙领导人会晤在某地举行，双方同意\n建立对话机制。\n　　2013年5月，第二次会晤在另一地举行。");
    expect(b.join("")).toContain("双方同意建立对话机制。");
    const c = texts("●要点：两国同意在农业、\n　2020年起试点的项目中加强合作");
    expect(c.join("")).toContain("农业、2020年起试点");
  });
});

describe("round 10: numbered section headings", () => {
  it("does not run an unfinished line on into a numbered heading set off by blank lines", () => {
    const b = texts("本期导读：甲国港口｜乙国铁路\n\n【一】甲国港口项目进展\n\n甲国港口一期工程已建成。\n\n二、乙国铁路\n\n乙国铁路将于年内通车。");
    expect(b).toEqual(["本期导读：甲国港口｜乙国铁路", "【一】甲国港口项目进展", "甲国港口一期工程已建成。", "二、乙国铁路", "乙国铁路将于年内通车。"]);
  });
});

describe("round 10: a numbered heading with a colon", () => {
  it("stands apart from the paragraph after it", () => {
    const b = texts("甲乙关系\n\n　　两国关系源远流长。\n\n四、民间往来：免签之后\n\n　　今年三月起，两国互免签证。");
    expect(b).toEqual(expect.arrayContaining(["四、民间往来：免签之后", "今年三月起，两国互免签证。"]));
  });
});

describe("round 10: a digest's index and rules of stars", () => {
  it("labels the index line toc and keeps a rule of stars out of the text", () => {
    const c = clean("某某速递\n2023年3月10日\n本期导读：甲国港口｜乙国铁路｜丙国货币\n\n★★★★★★★★\n\n【一】甲国港口项目进展\n\n甲国港口一期工程已建成。");
    expect(c.blocks.find((b) => b.text.startsWith("本期导读"))?.label).toBe("toc");
    expect(c.blocks.map((b) => b.text)).toEqual(expect.arrayContaining(["【一】甲国港口项目进展", "甲国港口一期工程已建成。"]));
    expect(c.text).not.toContain("★");
  });
});

describe("round 10: a chronology in columns of full-width spaces", () => {
  it("keeps each row apart", () => {
    const b = texts("【大事记】甲乙关系\n一九八〇年五月一日　兩國正式建交\n一九九五年二月　簽署合作計劃\n二〇一〇年　中乙建立夥伴關係");
    expect(b).toEqual(expect.arrayContaining(["一九八〇年五月一日兩國正式建交", "一九九五年二月簽署合作計劃", "二〇一〇年中乙建立夥伴關係"]));
  });
});

describe("round 13: thousands separators", () => {
  it("drops the commas of a number that Chinese text or a unit follows, not those of a row of numbers", () => {
    expect(texts("贸易总额为4,350亿元，浏览 3,218")).toEqual(["贸易总额为4350亿元，浏览3218"]);
    expect(texts("2009,2010,2011")[0]).toContain("2009");
    expect(texts("编号1,234,5")[0]).not.toContain("12345");
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

describe("round 9: bylines and datelines glued to a title", () => {
  const title = (text: string) => normaliseDocument(rawDocumentFromText("t", "t.txt", text)).title;
  it("splits a commentator's byline from the title", () => {
    expect(title("海洋与森林：公域治理的新思路\n本报评论员  李 明\n\n　　海洋和森林是公域治理的两个领域。")).toBe("海洋与森林：公域治理的新思路");
  });
  it("splits a dateline from the title", () => {
    expect(title("甲乙农业合作迈上新台阶\n本报维斯塔5月3日电（记者 王 岩）\n\n　　甲乙两国农业合作不断深化。")).toBe("甲乙农业合作迈上新台阶");
    expect(title("甲乙农业合作迈上新台阶新华社维斯塔5月3日电\n\n　　甲乙两国农业合作不断深化。")).toBe("甲乙农业合作迈上新台阶");
  });
});

/** The dates the pipeline reads in a text. */
const dates = (raw: string) =>
  buildCorpus([rawDocumentFromText("t", "t.txt", raw)])
    .facts.filter((f) => f.kind === "date")
    .map((f) => (f.value as { iso: string }).iso);

describe("a table printed with spaces and no rule under its header", () => {
  const page = [
    "表2　甲乙关系中的主要项目",
    "────────────────────────",
    "年份　　　　名称　　　　　　　　　类别",
    "1981　　　　甲乙友好条约　　　　　政治文件",
    "2005　　　　某某港口项目　　　　　基础设施",
    "────────────────────────",
    "资料来源：作者整理。",
  ].join("\n");

  it("reads each row as a record dated by its year, not the rows run together", () => {
    const b = blocks(page);
    expect(b).toContain("body|1981年：甲乙友好条约");
    expect(b).toContain("body|2005年：某某港口项目");
    expect(b.some((x) => x.includes("政治文件2005"))).toBe(false);
  });

  it("still reads no table in rows under a rule without the closing rule", () => {
    const b = blocks(["────────────────────────", "年份　　　　名称　　　　类别", "1981　　　　甲乙友好条约　　政治文件", "2005　　　　某某港口项目　　基础设施", "", "正文。"].join("\n"));
    expect(b.some((x) => x.startsWith("body|1981年："))).toBe(false);
  });
});

describe("a news page's head", () => {
  const page = [
    "国际 | 甲国正式成为某组织成员",
    "",
    "2024-01-03 08:15　来源：某某网",
    "",
    "　　新华社甲城1月2日电（记者　某某）甲国外交部昨天发表声明，欢迎该国正式成为成员。",
    "",
    "　　去年8月，会议决定邀请甲国加入。上月，乙国表示不再寻求加入。",
  ].join("\n");

  it("reads the first line's channel apart from the title, and the time line as a paragraph of its own", () => {
    const b = blocks(page);
    expect(b[0]).toBe("title|甲国正式成为某组织成员");
    expect(b.some((x) => /^body\|2024-01-03 08:15来源：某某网$/.test(x))).toBe(true);
    expect(b.some((x) => x.includes("来源：某某网某某社"))).toBe(false);
  });

  it("dates 昨天 and 上月 by the dateline", () => {
    expect(dates(page)).toEqual(expect.arrayContaining(["2024-01-03", "2024-01-02", "2024-01-01", "2023-08", "2023-12"]));
  });
});

describe("a newspaper's page copied from its site: time line in 年月日, share label, photo caption over the dateline", () => {
  const page = [
    "甲乙合作走深走实",
    "——写在甲乙建交30周年之际",
    "",
    "2031年05月03日06:10 | 来源：某某网－某某日报",
    "",
    "分享到：",
    "",
    "图为2031年5月2日，甲国总统在甲城会见乙国总理。　某某社记者　王　五摄",
    "",
    "　　本报甲城5月2日电　（记者　张　三）5月2日，甲国总统会见乙国总理。去年，两国贸易额增长一成。",
  ].join("\n");

  it("keeps the time line a paragraph of its own, the share label apart, and the caption closed by its credit", () => {
    const b = blocks(page);
    expect(b).toContain("body|2031年05月03日06:10，来源：某某网－某某日报");
    expect(b).toContain("meta|分享到：");
    expect(b.some((x) => /^caption\|.*摄$/.test(x))).toBe(true);
    expect(b.some((x) => x.startsWith("body|本报甲城5月2日电"))).toBe(true);
  });

  it("dates the document by its time line, and 去年 by it", () => {
    expect(clean(page).date).toBe("2031-05-03");
    expect(dates(page)).toContain("2030");
  });
});

describe("a table printed with spaces and no rules at all, dated by its first column", () => {
  const page = [
    "　　如表3所示，两国贸易稳步增长。",
    "",
    "表3　甲乙双边贸易（2031—2034年）",
    "年份　　贸易总额（亿美元）　　甲国进口（亿美元）　　同比增长（%）",
    "2031　　　　120　　　　　　　　　100　　　　　　　　　—",
    "2032　　　　131　　　　　　　　　108　　　　　　　　　9.2",
    "2033　　　　150　　　　　　　　　119　　　　　　　　　14.5",
    "注：作者整理。",
  ].join("\n");

  it("reads each row by its year, each number with its column's measure and unit", () => {
    const t = texts(page).join("\n");
    expect(t).toContain("2031年：贸易总额120亿美元，甲国进口100亿美元");
    expect(t).toContain("2033年：贸易总额150亿美元，甲国进口119亿美元，同比增长14.5%");
    expect(t).not.toMatch(/120\s*100/);
  });

  it("takes the unit the table's title line gives (单位：亿美元) for headers without one", () => {
    const table = ["表3　甲乙双边贸易（2031—2033年）　　　　　　单位：亿美元", "年份　　　贸易总额　　　甲国出口　　　甲国进口", "2031　　　120　　　　　　70　　　　　　50", "2032　　　131　　　　　　75　　　　　　56", "2033　　　150　　　　　　80　　　　　　70", "资料来源：作者整理。"].join("\n");
    expect(texts(table).join("\n")).toContain("2031年：贸易总额120亿美元，甲国出口70亿美元，甲国进口50亿美元");
  });

  it("keeps a decline's minus sign with its column's measure, and reads no figure from it", () => {
    const table = ["年份　　贸易总额（亿美元）　　同比增长（%）", "2031　　　　120　　　　　　　　　－3.5", "2032　　　　131　　　　　　　　　9.2", "2033　　　　150　　　　　　　　　14.5", "资料来源：作者整理。"].join("\n");
    expect(texts(table).join("\n")).toContain("2031年：贸易总额120亿美元，同比增长－3.5%");
    const figures = buildCorpus([rawDocumentFromText("d0", "d0.txt", table)]).facts.filter((f) => f.kind === "figure").map((f) => (f.value as { number: number }).number);
    expect(figures).not.toContain(3.5);
  });
});

describe("a student paper's head", () => {
  it("labels the course line meta, the real title title, the student's record byline and the day handed in meta", () => {
    const raw =
      "《区域国别研究导论》期末论文\n\n从“睦邻”到“伙伴”：甲乙关系四十年\n\n姓名：王小明　　学号：2030123456　　专业：外交学　　指导教师：李大同\n提交日期：2031年1月8日\n\n摘要：本文梳理甲乙两国关系的演变。\n\n一、引言\n\n　　甲乙两国于1990年建交，今年是建交四十一周年。\n";
    const doc = clean(raw);
    expect(doc.blocks.slice(0, 4).map((b) => b.label)).toEqual(["meta", "title", "byline", "meta"]);
    expect(doc.title).toBe("从“睦邻”到“伙伴”：甲乙关系四十年");
    expect(doc.authors).toEqual(["王小明"]);
    expect(doc.date).toBe("2031-01-08");
    // the day handed in is still a date of the document
    const found = buildCorpus([rawDocumentFromText("t", "t.txt", raw)]).facts.filter((f) => f.kind === "date").map((f) => (f.value as { iso: string }).iso);
    expect(found).toContain("2031-01-08");
  });
});

describe("a journal article's head: the abstract's label after the authors", () => {
  const page = [
    "某某研究　　2031年第2期",
    "甲乙关系的新进展",
    "",
    "张　三　　　李　四",
    "",
    "【内容提要】　甲国与乙国自2001年建交以来，双边关系经历了",
    "从合作到深化的过程。本文分析其动力。",
    "【关键词】甲乙关系；合作",
    "",
    "一、问题的提出",
    "",
    "　　两国关系近年来发展迅速。",
  ].join("\n");

  it("starts the abstract's paragraph at its label and joins its wrapped lines", () => {
    expect(texts(page)).toContain("甲国与乙国自2001年建交以来，双边关系经历了从合作到深化的过程。本文分析其动力。");
  });

  it("takes no numbered section heading for the title", () => {
    const text = "　　本文讨论甲乙两国关系的进程，分析其动力与挑战，并提出若干建议。\n\n一、问题的提出\n\n　　两国关系近年来发展迅速。\n";
    expect(clean(text).title).not.toBe("一、问题的提出");
  });
});

describe("a ministry page's tools over the text", () => {
  it("reads the font size chooser and the buttons beside it as chrome, not the start of paragraph 一", () => {
    const page = "甲乙两国联合声明\n\n2031-05-02 21:30\n\n【字体：大 中 小】　打印\n\n　　一、应甲国总统邀请，乙国总统于2031年5月1日至2日访问甲国。\n";
    const b = blocks(page);
    expect(b).toContain("meta|【字体：大中小】打印");
    expect(b.some((x) => x.startsWith("body|一、应甲国总统邀请"))).toBe(true);
  });
});
