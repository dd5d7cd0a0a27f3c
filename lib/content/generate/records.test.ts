/**
 * Round 9c, on invented text: record-like lines (a timeline or slide line opening with its date,
 * a table row under its header row, an infobox field) give clean questions on their date; the
 * subject left out of a line is the pair the title names, or the line is declined.
 */
import { describe, expect, it } from "vitest";
import { buildCorpus } from "../pipeline";
import { rawDocumentFromText } from "../read";
import { generateBank } from "./bank";
import { clauseEvent, fieldEvent, inForceEvent, itemClauseEvent, pairOfTitle, recordLineEvent } from "./builders/records";

/** The record questions of a bank built from one invented document, as "prompt|answer". */
function recordPrompts(text: string): string[] {
  const { bank } = generateBank(buildCorpus([rawDocumentFromText("notes", "notes.txt", text)]));
  return bank.questions.filter((q) => q.tags.includes("record")).map((q) => `${q.prompt}|${String(q.answer)}`);
}

describe("the pair a title names", () => {
  it("is 中国和某国 for a title on one relationship", () => {
    expect(pairOfTitle("中国—甲兰关系")).toBe("中国和甲兰");
  });
  it("is 中某 for notes on 中某关系", () => {
    expect(pairOfTitle("【复习】中俄关系提纲（第2版）")).toBe("中俄");
  });
  it("is none for a title naming two pairs or none", () => {
    expect(pairOfTitle("中俄关系与中美关系比较")).toBeUndefined();
    expect(pairOfTitle("国际关系概论讲义")).toBeUndefined();
  });
});

describe("a line opening with its date", () => {
  it("gives the rest of the line as the event, after a colon too", () => {
    expect(recordLineEvent("1972年3月：甲乙两国正式建立外交关系", "1972年3月", undefined)).toBe("甲乙两国正式建立外交关系");
  });
  it("puts the pair before an event that leaves its subject out", () => {
    expect(recordLineEvent("2011/05/06签署海关合作协定", "2011/05/06", "中国和甲兰")).toBe("中国和甲兰签署海关合作协定");
    expect(recordLineEvent("2008年4月提升为全面合作伙伴关系（某总统访华）", "2008年4月", "中俄")).toBe("中俄关系提升为全面合作伙伴关系（某总统访华）");
  });
  it("declines a subjectless event when no pair is known", () => {
    expect(recordLineEvent("2011年签署海关合作协定", "2011年", undefined)).toBeUndefined();
  });
  it("declines a statistic, a second clause, a short form and an arrow note", () => {
    expect(recordLineEvent("2020年地区生产总值500亿元", "2020年", "中俄")).toBeUndefined();
    expect(recordLineEvent("2012年某主席访问甲国，推动签署联合声明", "2012年", "中俄")).toBeUndefined();
    expect(recordLineEvent("2013年5月升级议定书生效", "2013年5月", "中俄")).toBeUndefined();
    expect(recordLineEvent("2015年某地峰会→“五大举措”", "2015年", "中俄")).toBeUndefined();
    expect(recordLineEvent("2005年3月设立 由两国外长共同主持", "2005年3月", "中俄")).toBeUndefined();
    expect(recordLineEvent("2016年完成后续谈判", "2016年", "中俄")).toBeUndefined();
  });
});

describe("a clause of a notes line", () => {
  it("asks a named body by its founding date in brackets", () => {
    expect(clauseEvent("地区层面：甲乙合作论坛（ABC，2003年成立）", "2003年")).toBe("甲乙合作论坛成立");
    expect(clauseEvent("甲乙合作论坛（2003年成立，秘书处设在某城）；首届峰会（2019年5月1日，某城）", "2003年")).toBe("甲乙合作论坛成立");
  });
  it("asks a subject, 于 and its date", () => {
    expect(clauseEvent("多边：甲国于2021年1月1日正式成为某组织成员国；2019年9月成为另一组织观察员", "2021年1月1日")).toBe("甲国正式成为某组织成员国");
  });
  it("declines a clause with no subject, a short form or no verb", () => {
    expect(clauseEvent("多边：甲国于2021年1月1日正式成为某组织成员国；2019年9月成为另一组织观察员", "2019年9月")).toBeUndefined();
    expect(clauseEvent("该论坛（2003年成立）", "2003年")).toBeUndefined();
    expect(clauseEvent("甲国于2021年1月1日某地", "2021年1月1日")).toBeUndefined();
  });
});

describe("a numbered item and the dated line under it", () => {
  it("names the item as the subject", () => {
    expect(itemClauseEvent("③某城环线铁路", "2019年6月通车，全长约40公里", "2019年6月")).toBe("某城环线铁路通车");
    expect(itemClauseEvent("④某国三号卫星", "某国援建，2021年3月4日发射成功", "2021年3月4日")).toBe("某国三号卫星发射成功");
  });
  it("declines when no numbered item stands above or the event is no completion", () => {
    expect(itemClauseEvent("某城环线铁路", "2019年6月通车", "2019年6月")).toBeUndefined();
    expect(itemClauseEvent(undefined, "2019年6月通车", "2019年6月")).toBeUndefined();
    expect(itemClauseEvent("③某城环线铁路", "2019年6月客流量超过1亿人次", "2019年6月")).toBeUndefined();
  });
  it("keeps the visit of a line that goes on with 双方", () => {
    expect(recordLineEvent("2012年3月5日某主席访问甲国，双方发表联合声明", "2012年3月5日", undefined)).toBe("某主席访问甲国");
  });
});

describe("timelines in markdown and wrapped prose", () => {
  it("reads a chronology's title and names 两国 by its pair", () => {
    expect(pairOfTitle("资料：中国—甲兰关系大事记")).toBe("中国和甲兰");
    expect(recordLineEvent("1970年3月2日两国外交关系中断。", "1970年3月2日", "中国和甲兰")).toBe("中国和甲兰外交关系中断");
    expect(recordLineEvent("1970年3月2日两国外交关系中断。", "1970年3月2日", undefined)).toBeUndefined();
  });
  it("declines a wrapped paragraph's date, asks the rows of notes by their normalised lines", () => {
    const prose = "第二，甲乙两国在多个领域开展了务实合作，成果丰硕，双方于\n2019年3月签署的合作文件将两国关系定位为\n更加紧密的伙伴。";
    expect(recordPrompts("中国—甲兰关系\n\n" + prose).some((p) => p.includes("2019年3月"))).toBe(false);
    expect(recordLineEvent("2019年3月签署的合作文件将两国关系定位为", "2019年3月", "中俄")).toBeUndefined();
    const notes = ["【复习】中俄关系提纲", "", "●关系演变：", "　２００１年７月　签署《某某友好条约》", "　２０１１年６月　提升为全面战略协作伙伴关系"].join("\n");
    expect(recordPrompts(notes)).toEqual(
      expect.arrayContaining(["根据原文，中俄签署《某某友好条约》是在什么时候？|2001年7月", "根据原文，中俄关系提升为全面战略协作伙伴关系是在什么时候？|2011年6月"]),
    );
  });
  it("asks a date that opens a sentence of a paragraph, also after a label", () => {
    const text = ["中国—甲兰关系", "", "导读：1965年，中国向甲兰派出第一支医疗队。此后合作不断深化。"].join("\n");
    expect(recordPrompts(text)).toContain("根据原文，中国向甲兰派出第一支医疗队是在哪一年？|1965年");
    const history = [
      "中国—甲兰关系",
      "",
      "历史沿革",
      "1956年2月，甲兰总理首次访华，两国领导人就发展双边关系深入交换意见。1958年7月19日，两国正式建交，此后高层往来不断。1960年12月，两国签订《甲兰友好条约》。2023年7月，在走廊启动十周年之际，双方举行了庆祝活动。",
    ].join("\n");
    const prompts = recordPrompts(history);
    expect(prompts).toContain("根据原文，中国和甲兰签订《甲兰友好条约》是在什么时候？|1960年12月");
    expect(prompts.some((p) => p.includes("走廊启动"))).toBe(false);
  });
});

describe("a bare 生效 line", () => {
  it("is the entry into force of the one title signed on the line above", () => {
    expect(inForceEvent("2012年1月1日生效", "2012年1月1日", "2011.5.6签署《甲乙两国政府海关合作协定》")).toBe("《甲乙两国政府海关合作协定》生效");
  });
  it("is declined when the line above signs no title, or two", () => {
    expect(inForceEvent("2012年1月1日生效", "2012年1月1日", "2011年5月6日双方举行会谈")).toBeUndefined();
    expect(inForceEvent("2012年1月1日生效", "2012年1月1日", "2011年5月6日签署《甲乙海关协定》和《甲乙税收议定书》")).toBeUndefined();
  });
});

describe("an infobox field and a raw line", () => {
  it("names the pair's event", () => {
    expect(fieldEvent("建交时间：1972年3月9日", "1972年3月9日", "中俄")).toBe("中俄建交");
    expect(fieldEvent("建交时间：1972年3月9日", "1972年3月9日", undefined)).toBeUndefined();
    expect(fieldEvent("首都时间：1972年3月9日", "1972年3月9日", "中俄")).toBeUndefined();
  });
  it("asks a field on a line of notes opened by a bullet, by its normalised line", () => {
    const notes = ["【复习】中俄关系提纲", "", "●建交时间：１９４９年１０月２日", "　→俄是最早承认新中国的国家之一（常考）"].join("\n");
    expect(recordPrompts(notes)).toContain("根据原文，中俄建交是在什么时候？|1949年10月2日");
  });
  it("takes the pair the text around names when the title names none (a heading on one pair above the field)", () => {
    const notes = ["一图读懂：北方邻国的新伙伴", "", "■ 中蒙关系：七十多年的邻里情", "", "● 建交时间：1949年10月16日", "", "● 中蒙贸易往来日益密切。", "", "● 中蒙人文交流十分活跃。"].join("\n");
    expect(recordPrompts(notes)).toContain("根据原文，中蒙建交是在什么时候？|1949年10月16日");
  });
});

describe("record questions in a bank", () => {
  it("asks slide lines with the title's pair, and a table row (read by the normaliser with its header) by its item", () => {
    const text = [
      "中国—甲兰关系",
      "",
      "建交历程",
      "• 1975年6月8日 两国正式建立外交关系",
      "• 2011/05/06 签署海关合作协定",
      "",
      "合作园区",
      "园区\t设立时间\t所在省份",
      "甲兰产业园\t2001/03/05\t东部某省",
      "丙丁科技城\t2009/10/12\t西部某省",
    ].join("\n");
    const corpus = buildCorpus([rawDocumentFromText("slides", "slides.txt", text)]);
    const { bank } = generateBank(corpus);
    const asked = (q: (typeof bank.questions)[number]) => `${q.prompt}|${String(q.answer)}`;
    expect(bank.questions.filter((q) => q.tags.includes("record")).map(asked)).toContain("根据原文，中国和甲兰签署海关合作协定是在什么时候？|2011年5月6日");
    expect(bank.questions.map(asked)).toContain("丙丁科技城设立是在什么时候？|2009年10月12日");
  });
});
