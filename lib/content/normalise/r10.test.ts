import { describe, expect, it } from "vitest";
import { rawDocumentFromText } from "../read";
import { normaliseDocument } from "./index";

const clean = (raw: string) => normaliseDocument(rawDocumentFromText("t", "t.txt", raw));
const texts = (raw: string) => clean(raw).blocks.map((b) => b.text);

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

describe("round 10: numbered section headings", () => {
  it("does not run an unfinished line on into a numbered heading set off by blank lines", () => {
    const b = texts("本期导读：甲国港口｜乙国铁路\n\n【一】甲国港口项目进展\n\n甲国港口一期工程已建成。\n\n二、乙国铁路\n\n乙国铁路将于年内通车。");
    expect(b).toEqual(["本期导读：甲国港口｜乙国铁路", "【一】甲国港口项目进展", "甲国港口一期工程已建成。", "二、乙国铁路", "乙国铁路将于年内通车。"]);
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

describe("round 10: a numbered heading with a colon", () => {
  it("stands apart from the paragraph after it", () => {
    const b = texts("甲乙关系\n\n　　两国关系源远流长。\n\n四、民间往来：免签之后\n\n　　今年三月起，两国互免签证。");
    expect(b).toEqual(expect.arrayContaining(["四、民间往来：免签之后", "今年三月起，两国互免签证。"]));
  });
});
