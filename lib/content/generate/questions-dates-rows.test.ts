/**
 * Session 12 (g24), on invented text: a line with a date and no verb ("2031年：甲乙产业园区" in a table, "2031年：
 * 甲乙极地合作。" in a chronology) is asked with the title of the table or chronology that dates it.
 */
import { describe, expect, it } from "vitest";
import { buildCorpus } from "../pipeline";
import { rawDocumentFromText } from "../read";
import { generateBank } from "./bank";

function promptsOf(text: string): string[] {
  return generateBank(buildCorpus([rawDocumentFromText("notes", "notes.txt", text)])).bank.questions.map((q) => `${q.type}|${q.front ?? q.prompt}|${String(q.back ?? q.answer)}`);
}

const TABLE = [
  "甲兰与乙国经贸合作研究",
  "",
  "两国经贸合作近年发展较快，园区和项目合作不断推进。",
  "",
  "表1　甲乙合作中的主要园区与项目",
  "─────────────────",
  "年份　　　　名称　　　　　　　　类别",
  "2031　　　　甲乙海港产业园区　　产业合作",
  "2033　　　　乙甲山城产业园区　　产业合作",
  "2036　　　　甲乙沿海铁路项目　　基础设施",
  "─────────────────",
  "资料来源：作者整理。",
].join("\n");

describe("a table's row with a date and a name", () => {
  it("is asked by the name, with the table's number and title", () => {
    const ps = promptsOf(TABLE);
    expect(ps).toContain("flashcard|根据原文表1“甲乙合作中的主要园区与项目”，“乙甲山城产业园区”对应的年份是（    ）。|2033年");
    expect(ps.some((p) => p.startsWith("mcq|根据原文表1“甲乙合作中的主要园区与项目”，“甲乙沿海铁路项目”对应的年份是（    ）。"))).toBe(true);
  });
  it("is asked with the header's verb when a time column names one", () => {
    const text = [
      "甲兰与乙国投资合作研究",
      "",
      "乙国企业在甲兰的投资近年增长较快。",
      "",
      "表2　乙国企业在甲主要投资项目",
      "─────────────────",
      " 项  目              所在地        宣布时间      投资额",
      "─────────────────",
      " 丙丁化工公司        甲北城        2031.01       12亿欧元",
      " 戊己电池工厂        甲南城        2034.08       70亿欧元",
      "─────────────────",
      "资料来源：作者整理。",
    ].join("\n");
    expect(promptsOf(text)).toContain("flashcard|根据原文表2“乙国企业在甲主要投资项目”，戊己电池工厂的宣布时间是（    ）。|2034年8月");
  });
  it("is not asked when the row's name is a figure (a statistic's year, asked by its figure)", () => {
    const text = TABLE.replace("甲乙海港产业园区", "双边贸易额183亿美元");
    expect(promptsOf(text).filter((p) => p.includes("“双边贸易额183亿美元”对应"))).toEqual([]);
  });
});

describe("a chronology's entry whose heading names a thing", () => {
  const CHRONOLOGY = [
    "甲兰极地事业与国际合作大事记（2030—2040）",
    "",
    "2031年3月5日：建成第一座考察站。甲兰第一座考察站在冰盖边缘建成。",
    "",
    "2034年：甲乙极地合作。甲兰极地研究中心与乙国极地研究所签署合作协议，设立联合实验室。",
    "",
    "2036年—2040年：深度参与",
  ].join("\n");
  it("is asked with the chronology's title", () => {
    const ps = promptsOf(CHRONOLOGY);
    expect(ps).toContain("flashcard|根据原文“甲兰极地事业与国际合作大事记”，“甲乙极地合作”一条所记的年份是（    ）。|2034年");
  });
  it("is not asked so when the heading says what happened, nor for a span of years (a stage)", () => {
    const ps = promptsOf(CHRONOLOGY);
    expect(ps.filter((p) => p.includes("“建成第一座考察站”一条") || p.includes("“深度参与”一条"))).toEqual([]);
  });
});

describe("a notes line with an arrow from a dated meeting to what it gave", () => {
  it("is asked as which year's meeting the outcome goes with", () => {
    const ps = promptsOf("甲乙关系复习提纲\n\n甲乙合作论坛（2000年成立）\n\n2031年北城峰会→“八大行动”\n\n2034年南城部长级会议→“九项工程”");
    expect(ps.some((p) => p.startsWith("mcq|根据原文，“八大行动”对应的北城峰会是在哪一年举行的？|2031年"))).toBe(true);
    expect(ps).toContain("flashcard|根据原文，“九项工程”对应的南城部长级会议是在哪一年举行的？|2034年");
  });
});

describe("a dated line under a heading that names an agreement", () => {
  const SLIDE = "第1页\n甲国与乙国关系\n国际关系概论 第9讲\n\n第2页\n甲乙自由贸易协定\n• 2031.10.23签署《甲乙自由贸易协定》\n• 2038.10.16升级议定书生效\n• 2043年4月实质性完成后续升级谈判\n";
  it("takes the agreement as its subject", () => {
    const ps = promptsOf(SLIDE);
    expect(ps).toContain("flashcard|甲乙自由贸易协定升级议定书生效是在什么时候？|2038年10月16日");
    expect(ps).toContain("flashcard|甲乙自由贸易协定实质性完成后续升级谈判是在什么时候？|2043年4月");
  });
  it("does not under a heading that names no agreement", () => {
    const ps = promptsOf(SLIDE.replace("\n甲乙自由贸易协定\n", "\n经贸往来\n"));
    expect(ps.filter((p) => /(?:经贸往来|协定)(?:升级议定书生效|实质性完成)/u.test(p))).toEqual([]);
  });
});

describe("a date whose sentence points back at what it is about", () => {
  it("is shown with the sentences before it, back to one that stands on its own", () => {
    const text =
      "甲乙合作研究\n\n北海铁路是甲乙合作的旗舰项目，全长约600公里，由丙丁公司承建，连接甲兰东西两岸。该项目于2031年8月动工，2032年甲兰政府更迭后一度暂停；2033年4月，双方经重新谈判达成补充协议，工程造价下调约三分之一，项目随后复工。";
    expect(promptsOf(text)).toContain(
      "flashcard|北海铁路是甲乙合作的旗舰项目，全长约600公里，由丙丁公司承建，连接甲兰东西两岸。该项目于2031年8月动工，2032年甲兰政府更迭后一度暂停；（    ），双方经重新谈判达成补充协议，工程造价下调约三分之一，项目随后复工。\n括号中应是什么时间？|2033年4月",
    );
  });
  it("is not asked when the sentences in front name two things its 该 could stand for", () => {
    const text = "甲乙合作研究\n\n《北海合作条约》和《南海渔业条约》于2030年开放签署，是地区合作的基础。2034年5月，甲兰正式加入该条约。";
    expect(promptsOf(text).filter((p) => p.includes("加入该条约") && p.endsWith("|2034年5月"))).toEqual([]);
  });
  it("is not asked when no sentence before it in its paragraph stands on its own", () => {
    const text = "甲乙合作研究\n\n北海铁路是甲乙合作的旗舰项目。\n\n该项目于2031年8月动工，2032年甲兰政府更迭后一度暂停；2033年4月，双方经重新谈判达成补充协议，项目随后复工。";
    expect(promptsOf(text).filter((p) => p.includes("双方经重新谈判") && p.endsWith("|2033年4月"))).toEqual([]);
  });
});
