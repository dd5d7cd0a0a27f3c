/**
 * The head of a page as it arrives after copying: a web page's trail of links, buttons and time line, a title
 * with a comma and its subtitle, a journal's issue line and letter-spaced authors, and a paper's numbered
 * headings printed between paragraphs with no blank line.
 */
import { describe, expect, it } from "vitest";
import { clean, blocks } from "./test-helpers";

describe("a web page's head", () => {
  const page = [
    "首页 > 国际 > 正文",
    "",
    "甲乙携手十年，合作行稳致远",
    "——写在甲乙建交十周年之际",
    "",
    "2024年03月05日08:30 | 来源：某某日报",
    "",
    "分享到：",
    "",
    "【字体：大 中 小】　打印",
    "",
    "　　本报某地3月4日电（记者　某某）3月4日，甲国总统会见乙国总理。去年两国贸易额增长一成。",
  ].join("\n");

  it("reads the trail of links and the buttons as no text, the title with its subtitle, and the time line on its own", () => {
    expect(blocks(page)).toEqual([
      "meta|首页>国际>正文",
      "title|甲乙携手十年，合作行稳致远——写在甲乙建交十周年之际",
      "body|2024年03月05日08:30，来源：某某日报",
      "meta|分享到：",
      "meta|【字体：大中小】打印",
      "body|本报某地3月4日电（记者某某）3月4日，甲国总统会见乙国总理。去年两国贸易额增长一成。",
    ]);
  });

  it("dates the page by its time line", () => {
    expect(clean(page).date).toBe("2024-03-05");
  });

  it("keeps a title and the stamp of its last change apart", () => {
    const profile = ["首页 > 国家 > 甲国", "", "中国同甲国的关系", "（最近更新时间：2024年5月）", "", "　　两国于1960年建交。"].join("\n");
    expect(blocks(profile)).toEqual(["meta|首页>国家>甲国", "title|中国同甲国的关系", "body|（最近更新时间：2024年5月）", "body|两国于1960年建交。"]);
  });

  it("dates a white paper by the month in brackets under its title", () => {
    expect(clean(["甲乙合作白皮书", "", "（2021年1月）", "", "一、总论", "", "两国合作不断深化。"].join("\n")).date).toBe("2021-01");
  });

  it("ends a caption at its photographer's credit", () => {
    const withCaption = ["甲乙合作新篇章", "", "图为3月4日，甲国总统会见乙国总理。某某社记者　某某摄", "", "　　本报某地3月4日电　3月4日，两国签署合作文件。"].join("\n");
    expect(blocks(withCaption)).toContain("body|本报某地3月4日电3月4日，两国签署合作文件。");
  });
});

describe("a journal article copied out of a PDF", () => {
  const article = [
    "某某研究　　2024年第3期　　　　　　国际关系",
    "甲乙合作的进程：",
    "动力与挑战",
    "",
    "王　某　某　　　李　某　某",
    "",
    "【内容提要】　甲乙两国自1990年建交以来，关系经历了",
    "三次跃升。",
    "",
    "一、问题的提出",
    "　　甲国是地区大国。两国合作日益密切。",
    "二、合作的进程",
    "（一）起步阶段（1990—1999年）",
    "　　1990年，两国建交。此后交往逐步展开。",
    "（二）深化阶段：合作的新领域",
    "　　2016年，两国建立伙伴关系。",
    "",
    "·58·",
    "",
    "甲乙合作的进程：动力与挑战",
    "",
    "三、结语",
    "　　两国关系前景广阔。",
  ].join("\n");

  it("reads the issue line as no text and dates the article by it", () => {
    const doc = clean(article);
    expect(doc.blocks[0]).toMatchObject({ label: "meta" });
    expect(doc.date).toBe("2024");
  });

  it("keeps an issue line that gives the day in the text", () => {
    expect(clean(["某某中心　　简报", "2024年第9期（总第57期）　　　　2024年9月20日", "", "一、形势", "", "两国贸易稳步增长。"].join("\n")).text).toContain("2024年9月20日");
  });

  it("finds the title over two lines and the letter-spaced authors", () => {
    const doc = clean(article);
    expect(doc.title).toBe("甲乙合作的进程：动力与挑战");
    expect(doc.authors).toEqual(["王某某", "李某某"]);
  });

  it("keeps the abstract one paragraph and each numbered heading apart from the paragraphs around it", () => {
    expect(blocks(article).slice(2)).toEqual([
      "byline|王某某李某某",
      "body|甲乙两国自1990年建交以来，关系经历了三次跃升。",
      "heading|一、问题的提出",
      "body|甲国是地区大国。两国合作日益密切。",
      "heading|二、合作的进程",
      "heading|（一）起步阶段（1990—1999年）",
      "body|1990年，两国建交。此后交往逐步展开。",
      "heading|（二）深化阶段：合作的新领域",
      "body|2016年，两国建立伙伴关系。",
      "heading|三、结语",
      "body|两国关系前景广阔。",
    ]);
  });
});

describe("a page copied one paragraph per line", () => {
  it("reads each indented line ending with a closing mark as its own paragraph", () => {
    const list = ["甲乙关系概况", "", "四、重要双边文件", "", "　　《甲乙边界条约》（1961年）", "　　《甲乙联合声明》（2019年）", "　　两国还签署了多项合作文件，", "涉及经贸和人文。"].join("\n");
    expect(blocks(list)).toEqual(["title|甲乙关系概况", "heading|四、重要双边文件", "body|《甲乙边界条约》（1961年）", "body|《甲乙联合声明》（2019年）", "body|两国还签署了多项合作文件，涉及经贸和人文。"]);
  });
});

describe("a lecture handout's head", () => {
  const handout = [
    "《某国外交概论》课程讲义　　　　　　　　　　　　2030—2031学年第二学期",
    "第三讲　甲国与乙国关系（1960—2030）",
    "主讲：王明远　　　　　　　　　　　　（仅供课堂使用，请勿外传）",
    "",
    "【本讲要点】",
    "1．了解甲乙建交的背景；",
    "2．掌握甲乙关系的两个阶段；",
    "3．能够运用数据分析甲乙贸易。",
    "",
    "一、甲乙建交",
    "　　1960年5月1日，甲国和乙国建立外交关系。",
  ].join("\n");

  it("reads the course and term as meta, the lecture as the title, the lecturer as the byline and the objectives as meta", () => {
    expect(blocks(handout)).toEqual([
      "meta|《某国外交概论》课程讲义2030—2031学年第二学期",
      "title|第三讲甲国与乙国关系（1960—2030）",
      "byline|主讲：王明远（仅供课堂使用，请勿外传）",
      "meta|【本讲要点】",
      "meta|1．了解甲乙建交的背景；",
      "meta|2．掌握甲乙关系的两个阶段；",
      "meta|3．能够运用数据分析甲乙贸易。",
      "heading|一、甲乙建交",
      "body|1960年5月1日，甲国和乙国建立外交关系。",
    ]);
  });

  it("takes the lecturer for the author, without the notice after the name", () => {
    const d = clean(handout);
    expect(d.authors).toEqual(["王明远"]);
    expect(d.title).toBe("第三讲甲国与乙国关系（1960—2030）");
  });

  it("reads objectives given on one line after their label as meta", () => {
    const page = ["甲乙关系", "", "学习目标：了解甲乙关系的阶段；掌握甲乙协定的意义。", "", "　　甲乙两国于1990年签署协定。"].join("\n");
    expect(blocks(page)).toContain("meta|学习目标：了解甲乙关系的阶段；掌握甲乙协定的意义。");
    expect(blocks(page)).toContain("body|甲乙两国于1990年签署协定。");
  });

  it("keeps a list of key points that state facts, not what is to be learnt", () => {
    const page = ["甲乙关系", "", "【本章要点】", "1．甲乙两国于1990年建交；", "2．两国于2000年签署协定。", "", "　　两国关系稳定发展。"].join("\n");
    expect(blocks(page).filter((b) => b.startsWith("meta|"))).toEqual(["meta|【本章要点】"]);
    expect(blocks(page)).toContain("body|1．甲乙两国于1990年建交；");
  });
});

describe("a brief's head", () => {
  const brief = [
    "某某国际问题研究中心　　智库简报",
    "2031年第4期（总第20期）　　　　　　　　　　2031年5月12日",
    "",
    "甲乙能源合作：进展与建议",
    "",
    "课题组：王明远　李静怡（执笔）",
    "",
    "　　今年3月，甲乙两国签署能源合作协定。",
  ].join("\n");

  it("reads the masthead as meta, the issue line apart, the title under it and the group's byline", () => {
    expect(blocks(brief)).toEqual([
      "meta|某某国际问题研究中心智库简报",
      "heading|2031年第4期（总第20期）2031年5月12日",
      "title|甲乙能源合作：进展与建议",
      "byline|课题组：王明远李静怡（执笔）",
      "body|今年3月，甲乙两国签署能源合作协定。",
    ]);
  });

  it("dates the brief by the day its issue line gives, and names its authors without their roles", () => {
    const d = clean(brief);
    expect(d.date).toBe("2031-05-12");
    expect(d.title).toBe("甲乙能源合作：进展与建议");
    expect(d.authors).toEqual(["王明远", "李静怡"]);
  });
});

describe("a red-headed bulletin's head", () => {
  it("dates the bulletin by the day its issuing office gives after the issue number, not by a later year of the text", () => {
    const bulletin = ["内部资料", "", "某某研究所", "", "工 作 简 报", "", "第 3 期", "", "某某研究所办公室　　　　　　　　2031年4月9日", "", "“甲乙合作”座谈会纪要", "", "　　今年2月，甲乙两国签署协定，双方商定2032年上半年再次会谈。"].join("\n");
    expect(clean(bulletin).date).toBe("2031-04-09");
  });
});

describe("numbered items printed one per line", () => {
  it("keeps items that say something each in a sentence of its own, the first with the list's head", () => {
    const notes = ["答题要点：", "（1）政治互信：甲乙两国建立全面战略伙伴关系", "（2）发展对接：甲倡议对接乙国“某某愿景”", "（3）多边协调：在联合国等框架内相互支持", ""].join("\n");
    expect(clean(notes).sentences.map((s) => s.text)).toEqual([
      "答题要点：（1）政治互信：甲乙两国建立全面战略伙伴关系；",
      "（2）发展对接：甲倡议对接乙国“某某愿景”；",
      "（3）多边协调：在联合国等框架内相互支持",
    ]);
  });

  it("keeps a list of titles one sentence with its head, which alone says what they are", () => {
    const list = ["附：签署的合作文件", "1.《甲乙经济技术合作协定》", "2.《关于数字经济合作的谅解备忘录》", ""].join("\n");
    expect(clean(list).sentences.map((s) => s.text)).toEqual(["附：签署的合作文件1.《甲乙经济技术合作协定》2.《关于数字经济合作的谅解备忘录》"]);
  });

  it("reads a study note's rhyme to remember it by as meta", () => {
    const notes = ["（4）示范意义：为构建命运共同体提供样板", "　　＞＞记忆口诀：“一个第一两关系”", ""].join("\n");
    expect(blocks(notes)).toEqual(["body|（4）示范意义：为构建命运共同体提供样板", "meta|＞＞记忆口诀：“一个第一两关系”"]);
  });
});
