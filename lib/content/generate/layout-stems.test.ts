import { describe, expect, it } from "vitest";
import { bulletAsSentence, datedRowAsSentence, entryHeadAsSentence, figureRowAsSentence, withoutAuthorNotes } from "./layout-stems";
import { questionFlags } from "./selfcheck";
import { testQuestion } from "@/tests/support/question";

describe("a time line's row shown as a sentence", () => {
  it("writes the colon after a row's date as a comma", () => {
    expect(datedRowAsSentence("根据原文填空：2019年5月：甲国总理访华，双方签署____。", false)).toBe("根据原文填空：2019年5月，甲国总理访华，双方签署____。");
    expect(datedRowAsSentence("2019.05：甲国总理访华，双方签署（    ）。", false)).toBe("2019.05，甲国总理访华，双方签署（    ）。");
  });

  it("writes the colon after a blank as a comma only where the blank is the date asked", () => {
    expect(datedRowAsSentence("根据原文填空：____：甲国总理访华。", true)).toBe("根据原文填空：____，甲国总理访华。");
    expect(datedRowAsSentence("根据原文填空：____：甲国总理访华。", false)).toBe("根据原文填空：____：甲国总理访华。");
  });

  it("leaves a row of a table's cells, and a colon that follows no date", () => {
    expect(datedRowAsSentence("根据原文填空：____：第三轮，某城，甲、乙。", true)).toBe("根据原文填空：____：第三轮，某城，甲、乙。");
    expect(datedRowAsSentence("某某走廊：2019年5月开通，全长（    ）。", false)).toBe("某某走廊：2019年5月开通，全长（    ）。");
  });
});

describe("an author's note in brackets", () => {
  it("is left out of what a question shows", () => {
    expect(withoutAuthorNotes("甲乙两国共有三十余个磋商渠道（此数字为作者据年鉴统计，不含民间交流），其中最早设立的是（    ）。")).toBe(
      "甲乙两国共有三十余个磋商渠道，其中最早设立的是（    ）。",
    );
    expect(withoutAuthorNotes("甲国港口吞吐量增长（见图1），达到____万标准箱。")).toBe("甲国港口吞吐量增长，达到____万标准箱。");
  });

  it("stays when it holds the blank", () => {
    expect(withoutAuthorNotes("某报发表评论（参见《某报》____第1版）。")).toBe("某报发表评论（参见《某报》____第1版）。");
  });
});

describe("a when-question on a date an aside held", () => {
  it("is ambiguous once the aside has lost its date", () => {
    const ask = (prompt: string) => questionFlags(testQuestion({ type: "flashcard", prompt, front: prompt, back: "2031年5月", tags: ["date"] }));
    expect(ask("甲国政府发表第二份《对乙政策文件》（第一份发表）是在什么时候？")).toContain("ambiguous-blank");
    expect(ask("甲国政府发表第一份《对乙政策文件》是在什么时候？")).not.toContain("ambiguous-blank");
    const tf = questionFlags(testQuestion({ type: "true_false", prompt: "判断正误：2031年5月，甲国政府发表第二份《对乙政策文件》（第一份发表）。", answer: true, tags: ["date"] }));
    expect(tf).toContain("ambiguous-blank");
  });
});

describe("a blank in the words of a speaker the text does not name", () => {
  it("is ambiguous; a named speaker's, or words reported, stay", () => {
    const ask = (front: string) => questionFlags(testQuestion({ type: "flashcard", prompt: front, front, back: "北陆合作" }));
    expect(ask("丙国前外长曾说：“我们同丁国的合作，离不开‘（    ）’这个平台。”")).toContain("ambiguous-blank");
    expect(ask("甲国一位学者说：“（    ）为两国合作指明了方向。”")).toContain("ambiguous-blank");
    expect(ask("甲国外长某某说：“在（    ）的框架下，两国合作成果丰硕。”")).not.toContain("ambiguous-blank");
    expect(ask("丙国一位议员说：“我们要建设‘（    ）、安全、清洁’的城市。”")).not.toContain("ambiguous-blank");
  });
});

describe("a mail's header line", () => {
  it("is no content to be asked", () => {
    const ask = (front: string) => questionFlags(testQuestion({ type: "flashcard", prompt: front, front, back: "甲乙自贸协定" }));
    expect(ask("主题：第9期｜甲国总统访华、（    ）十周年。")).toContain("not-content");
    expect(ask("甲国总统访华期间，两国庆祝（    ）生效十周年。")).not.toContain("not-content");
  });
});

describe("a row of figures", () => {
  it("reads as what it counts and its figure", () => {
    expect(figureRowAsSentence("根据原文填空：96%：____下甲方对乙方取消关税的产品比例。")).toBe("根据原文填空：____下甲方对乙方取消关税的产品比例为96%。");
    expect(figureRowAsSentence("根据原文填空（填数字）：____份：甲国总统访华期间签署的合作文件数。")).toBe("根据原文填空（填数字）：甲国总统访华期间签署的合作文件数为____份。");
    expect(figureRowAsSentence("（    ）亿元：2031年甲乙货物贸易总额（以人民币计）\n括号中的数字是多少？")).toBe("2031年甲乙货物贸易总额（以人民币计）为（    ）亿元。\n括号中的数字是多少？");
    // a label that counts nothing stays
    expect(figureRowAsSentence("96%：甲乙两国贸易增长。")).toBe("96%：甲乙两国贸易增长。");
  });
});

describe("a slide's bullet as a sentence about its heading", () => {
  it("puts the heading as the subject after the bullet's date, and 是 before a clause that is only a noun of rank", () => {
    const t = "2031年9月启用，设计运量3000万吨，乙国最大的散货专线";
    const r = bulletAsSentence("甲城港区铁路", t, { start: 14, end: 20 }, false);
    expect(r.text).toBe("2031年9月，甲城港区铁路启用，设计运量3000万吨，是乙国最大的散货专线");
    expect(r.text.slice(r.key!.start, r.key!.end)).toBe("3000万吨");
    expect(bulletAsSentence("甲乙产业园", "累计引进项目300余个", undefined, false).text).toBe("甲乙产业园累计引进项目300余个");
    // (the date asked keeps its place: the heading comes after it)
    const d = bulletAsSentence("甲乙通道", "2033年班列开行900列", { start: 0, end: 5 }, false);
    expect(d.text).toBe("2033年，甲乙通道班列开行900列");
    expect(d.text.slice(d.key!.start, d.key!.end)).toBe("2033年");
  });

  it("asks a bullet that names its own subject about the heading, without a quote mark before it", () => {
    expect(bulletAsSentence("甲乙通道", "2031年9月甲市与丙国签署合作备忘录", undefined, true).text).toBe("关于甲乙通道，2031年9月，甲市与丙国签署合作备忘录");
    expect(bulletAsSentence("甲乙通道", "> 2031年9月甲市与丙国签署合作备忘录", undefined, true).text).toBe("关于甲乙通道，2031年9月，甲市与丙国签署合作备忘录");
  });

  it("reads a bullet whose first clause is only a noun of rank as what the heading is (X是……)", () => {
    expect(bulletAsSentence("丁戊缆车", "戊国最长的跨江缆车", undefined, false).text).toBe("丁戊缆车是戊国最长的跨江缆车");
    expect(bulletAsSentence("丁戊协定", "> 首个涵盖数字贸易的区域协定", undefined, true).text).toBe("丁戊协定是首个涵盖数字贸易的区域协定");
    const r = bulletAsSentence("丁戊缆车", "2034年戊国首条跨江缆车，运量每小时4000人", { start: 19, end: 24 }, false);
    expect(r.text).toBe("2034年，丁戊缆车是戊国首条跨江缆车，运量每小时4000人");
    expect(r.text.slice(r.key!.start, r.key!.end)).toBe("4000人");
  });
});

describe("an entry's headline with its date or span", () => {
  it("reads as a sentence: an event with a comma, a name as where the entry's sentence happened", () => {
    expect(entryHeadAsSentence("2031年5月2日—2031年5月9日：甲城主办第3届某某论坛。", true)).toBe("2031年5月2日—2031年5月9日，甲城主办第3届某某论坛。");
    expect(entryHeadAsSentence("2031年11月—2032年3月：第7次远洋科考。", false)).toBe("在2031年11月—2032年3月的第7次远洋科考中，");
    expect(entryHeadAsSentence("甲城主办第3届某某论坛。", true)).toBeUndefined();
  });
  it("a row opening on a span of dates has a comma after it", () => {
    expect(datedRowAsSentence("2031年5月2日—2031年5月9日：甲城主办第3届（    ）。", false)).toBe("2031年5月2日—2031年5月9日，甲城主办第3届（    ）。");
  });
});
