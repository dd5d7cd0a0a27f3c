/**
 * Layout that must not run on into prose (a page copied from a PDF, a book, an embassy's page, a quiz): a table's
 * rows and its source line, numbered section heads, a section's number alone on its line, a caption in brackets,
 * an author line, a run of contact fields, an appendix's head, a quiz's question heads.
 */
import { describe, expect, it } from "vitest";
import { blocks, clean, texts } from "./test-helpers";

describe("a table copied from a PDF, its cells apart by one full-width space", () => {
  const page = [
    "　　两国贸易稳步增长，详见下表",
    "",
    "表2-1　2031—2033年甲乙双边贸易",
    "（单位：亿美元）",
    "年份　贸易总额　甲方出口　甲方进口　同比（%）",
    "2031　40.5　10.2　30.3　12.5",
    "2032　42.6　11.4　31.2　5.2",
    "2033　45.1　12.3　32.8　5.9",
    "资料来源：乙国海关",
    "",
    "2.4 甲国对乙国投资",
    "",
    "据统计，截至2033年底，甲国对乙国投资存量约8亿美元。",
  ].join("\n");

  it("reads each row by its year, with the unit the bracketed unit line gives, and joins no row to another", () => {
    const b = texts(page);
    expect(b).toContain("2031年：贸易总额40.5亿美元，甲方出口10.2亿美元，甲方进口30.3亿美元，同比增长12.5%");
    expect(b).toContain("2033年：贸易总额45.1亿美元，甲方出口12.3亿美元，甲方进口32.8亿美元，同比增长5.9%");
    expect(clean(page).text).not.toMatch(/12\.52032|5\.22033/);
  });

  it("ends the table at its source line, a meta line, and sets the numbered head after it apart", () => {
    const b = blocks(page);
    expect(b).toContain("meta|资料来源：乙国海关");
    expect(b).toContain("heading|2.4甲国对乙国投资");
    expect(b).toContain("body|据统计，截至2033年底，甲国对乙国投资存量约8亿美元。");
  });

  it("runs no short sentence under the source line on into it", () => {
    expect(texts("资料来源：乙国海关\n两国贸易增长较快。")).toContain("两国贸易增长较快。");
  });

  it("sets a table's title apart from the unfinished line above it", () => {
    expect(texts(page)).toContain("两国贸易稳步增长，详见下表");
  });

  it("keeps rows of numbers with no header over them apart from the lines around them, their cells apart", () => {
    expect(texts("主要伙伴的贸易额如下\n甲国　120.5　3.2\n乙国　98.1　2.7\n两国合计占比过半。")).toEqual(["主要伙伴的贸易额如下", "甲国：120.5，3.2", "乙国：98.1，2.7", "两国合计占比过半。"]);
  });
});

describe("numbered section heads after a line that stops without punctuation", () => {
  it("sets apart a head whose number a space follows (3.3 某某, 第三章　某某) and one numbered （三）", () => {
    const b = blocks("甲乙合作\n\n两国合作不断深化，见图\n\n第三章　经贸合作\n\n两国于2030年签署协定。\n\n两国在教育、文化等领域的合作\n\n（三）人文交流\n\n两国互派留学生。\n\n两国投资合作的主要数据，详见附表\n\n3.3 甲国对乙国投资\n\n投资持续增长。");
    expect(b).toContain("heading|第三章经贸合作");
    expect(b).toContain("heading|（三）人文交流");
    expect(b).toContain("heading|3.3甲国对乙国投资");
    expect(b).toContain("body|投资持续增长。");
  });

  it("sets apart an appendix's head (附：某某简况)", () => {
    expect(blocks("　　祝大家节日愉快\n\n　　附：甲乙关系简况\n\n　　甲国位于某洋中部，由约100个岛屿组成。")).toContain("heading|附：甲乙关系简况");
  });
});

describe("a book's chapter copied from an e-book", () => {
  const chapter = [
    "甲乙岁月",
    "王大明　著",
    "",
    "第一章　初到甲国",
    "",
    "一",
    "",
    "我第一次到甲国，是2030年的春天。",
    "",
    "二",
    "",
    "1980年的秋天，我第二次到甲国。",
    "",
    "（图2-1　2030年5月，作者在某地）",
    "",
    "回头来看，两国关系不断发展。",
  ].join("\n");

  it("reads a section's number alone between blank lines as no word of the section", () => {
    const b = texts(chapter);
    expect(b).toContain("1980年的秋天，我第二次到甲国。");
    expect(b).toContain("我第一次到甲国，是2030年的春天。");
  });

  it("reads a caption in brackets as a caption, not the head of the paragraph under it", () => {
    const b = blocks(chapter);
    expect(b).toContain("caption|（图2-1 2030年5月，作者在某地）");
    expect(b).toContain("body|回头来看，两国关系不断发展。");
  });

  it("reads the author line under the title (某某　著) as a byline", () => {
    const doc = clean(chapter);
    expect(doc.title).toBe("甲乙岁月");
    expect(doc.authors).toEqual(["王大明"]);
  });
});

describe("an embassy page's contact fields and a quiz page's heads", () => {
  it("keeps each field of a run indented alike apart, a long label before a number too", () => {
    const b = texts("　　报警电话：110\n　　急救电话：120\n　　某国大使馆领事保护与协助电话：+00-1234567\n　　外交部全球领事保护与服务应急呼叫中心：+86-10-12308\n　　使馆地址：某市某路1号");
    expect(b).toEqual(["报警电话：110", "急救电话：120", "某国大使馆领事保护与协助电话：+00-1234567", "外交部全球领事保护与服务应急呼叫中心：+86-10-12308", "使馆地址：某市某路1号"]);
  });

  it("keeps a line indented as the fields above it apart from the last of them", () => {
    expect(texts("　　报警电话：110\n　　急救电话：120\n　　请游客注意人身安全")).toEqual(["报警电话：110", "急救电话：120", "请游客注意人身安全"]);
  });

  it("starts the explanation (【解析】) after the answer lines as a paragraph of its own, without its label", () => {
    const b = texts("你的答案：正确\n正确答案：正确\n【解析】2031年5月1日，甲乙两国建立外交关系。");
    expect(b).toContain("2031年5月1日，甲乙两国建立外交关系。");
  });

  it("reads a question's head (1/10　【单选题】) as a heading, and runs nothing on into the page's day and source", () => {
    const b = blocks("某某知识竞答\n2031-02-03　　来源：某某网　　出题单位：某某中心\n本期共10题　每题1分\n\n1/10　【单选题】\n甲国首都位于（　　）。\nA. 甲城\nB. 乙城\nC. 丙城");
    expect(b).toContain("body|2031-02-03来源：某某网出题单位：某某中心");
    expect(b).toContain("heading|1/10【单选题】");
    expect(b).toContain("body|甲国首都位于（）。");
  });
});
