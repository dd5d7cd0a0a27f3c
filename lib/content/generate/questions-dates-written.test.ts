/**
 * Dates as documents write them: in Chinese numerals (blanked and answered in figures), a bare 今年/去年 counted
 * from the document's own date, in traditional characters, in a chronology of one country's own, after a
 * transcript's time code; and the verbs that make a dated clause an event (a whole 的-phrase, 印发, 征收, 到达).
 * All texts are invented.
 */
import { describe, expect, it } from "vitest";
import { date, fact, makeDoc, withOtherDates } from "../../../tests/fixtures/generate/corpus";
import { generateBank } from "./bank";
import { dateEvent } from "./builders/date-event";
import { onlyModifierVerbs } from "./builders/date-verbs";
import { dateWithoutSuffix, isNumeralDate, withoutTranscriptLabel, writesYear } from "./builders/date-written";
import { chronologySubject, datedOtherwise, recordLineEvent } from "./builders/records";
import { buildContext, hasActor, namesParty } from "./context";
import type { DateFact } from "./model";

describe("a date written in Chinese numerals", () => {
  it("names the fact's own date only when it is a year, month and day and nothing else", () => {
    expect(isNumeralDate("二〇三一年", { iso: "2031", precision: "year" })).toBe(true);
    expect(isNumeralDate("一九八六年三月", { iso: "1986-03", precision: "month" })).toBe(true);
    expect(isNumeralDate("两千零三十一年五月二十一号", { iso: "2031-05-21", precision: "day" })).toBe(true);
    expect(isNumeralDate("二〇三一年上半年", { iso: "2031", precision: "year" })).toBe(false);
    expect(isNumeralDate("二〇三一年", { iso: "2032", precision: "year" })).toBe(false);
    expect(isNumeralDate("2031年", { iso: "2031", precision: "year" })).toBe(false);
  });
  it("is blanked without the 起 written after it", () => {
    expect(dateWithoutSuffix("一九八六年起")).toBe("一九八六年");
    expect(dateWithoutSuffix("二〇三一年上半年")).toBe("二〇三一年上半年");
  });
  it("is asked by a cloze answered in figures, the numerals also accepted", () => {
    const d = makeDoc("doc_cn18", "某某港简介", "中国与智利合作建设的某某港二期工程于二〇三一年五月正式开港，年吞吐能力大幅提升。");
    const f = fact(d, "date", "二〇三一年五月", date("2031-05", "month", "二〇三一年五月", "中国与智利合作建设的某某港二期工程正式开港") as never);
    const q = generateBank(withOtherDates([d], [f])).bank.questions.find((x) => x.type === "cloze" && x.factIds.includes(f.id));
    expect(q?.prompt).toBe("根据原文填空：中国与智利合作建设的某某港二期工程于____正式开港，年吞吐能力大幅提升。");
    expect(q?.answer).toBe("2031年5月");
    expect(q?.accepted).toContain("二〇三一年五月");
    expect(q?.accepted).toContain("2031.5");
  });
});

describe("a date written without the month and year the text gave before it", () => {
  it("is blanked as written, and the day typed with its month or year is accepted too", () => {
    const d = makeDoc("doc_day18", "某某会晤", "2031年10月，某某峰会在甲城举行。当地时间22日，甲国总统在甲城会见乙国总统，双方签署多项合作文件。");
    const f = fact(d, "date", "22日", date("2031-10-22", "day", "22日", "甲国总统在甲城会见乙国总统", true) as never);
    const q = generateBank(withOtherDates([d], [f])).bank.questions.find((x) => x.type === "cloze" && x.factIds.includes(f.id));
    expect(q?.answer).toBe("22日");
    expect(q?.accepted).toEqual(expect.arrayContaining(["22日", "10月22日", "2031年10月22日"]));
  });
});

describe("a date with its time of day", () => {
  it("is blanked whole, and the day without the time of day is also accepted", () => {
    const d = makeDoc("doc_tod11", "某某峰会纪要", "2031年5月19日上午，甲国总统在北陆城主持首届甲乙峰会并发表主旨讲话。");
    const f = fact(d, "date", "2031年5月19日上午", date("2031-05-19", "day", "2031年5月19日上午", "甲国总统在北陆城主持首届甲乙峰会") as never);
    const q = generateBank(withOtherDates([d], [f])).bank.questions.find((x) => x.type === "cloze" && x.factIds.includes(f.id));
    expect(q?.answer).toBe("2031年5月19日上午");
    expect(q?.accepted).toContain("2031年5月19日");
  });
});

describe("a bare 今年 counted from the document's own date", () => {
  const dated = (id: string, body: string) => Object.assign(makeDoc(id, "某某简报（2030年11月5日）", body), { date: "2030-11-05" });
  it("is asked by a cloze answered by its year, never by 今年, which the stem's tense gives", () => {
    const d = dated("doc_ty18", "据海关统计，今年前三季度中国与智利双边贸易额达到120亿美元，同比增长约5%。");
    const f = fact(d, "date", "今年", date("2030", "year", "今年", "前三季度中国与智利双边贸易额达到120亿美元", true) as never);
    const q = generateBank(withOtherDates([d], [f])).bank.questions.find((x) => x.type === "cloze" && x.factIds.includes(f.id));
    expect(q?.prompt).toBe("根据原文填空：据海关统计，____前三季度中国与智利双边贸易额达到120亿美元，同比增长约5%。");
    expect(q?.answer).toBe("2030年");
    expect(q?.accepted).toContain("2030");
    expect(q?.accepted).not.toContain("今年");
  });
  it("is not asked when the year is written beside it, nor in a document with no date of its own", () => {
    const d = dated("doc_ty18b", "再到今年，二〇三〇年九月，某某论坛峰会在北京举行。");
    const f = fact(d, "date", "今年", date("2030", "year", "今年", "某某论坛峰会在北京举行", true) as never);
    expect(generateBank(withOtherDates([d], [f])).bank.questions.some((x) => x.type === "cloze" && x.factIds.includes(f.id))).toBe(false);
    const u = makeDoc("doc_ty18c", "某某简报", "据海关统计，今年前三季度中国与智利双边贸易额达到120亿美元，同比增长约5%。");
    const g = fact(u, "date", "今年", date("2030", "year", "今年", "前三季度中国与智利双边贸易额达到120亿美元", true) as never);
    expect(generateBank(withOtherDates([u], [g])).bank.questions.some((x) => x.type === "cloze" && x.factIds.includes(g.id))).toBe(false);
  });
  it("sees a year written in figures or numerals", () => {
    expect(writesYear("再到____，二〇三〇年九月，……", "2030")).toBe(true);
    expect(writesYear("再到____，2030年9月，……", "2030")).toBe(true);
    expect(writesYear("____前三季度贸易额达到120亿美元。", "2030")).toBe(false);
  });
});

describe("a verb whose object is a whole 的-phrase", () => {
  it("makes the phrase an event", () => {
    expect(onlyModifierVerbs("某某在甲地提出实现地区安全稳定的五点倡议")).toBe(false);
    expect(onlyModifierVerbs("某某成为疫情后首位访华的某组织国家领导人")).toBe(false);
    expect(onlyModifierVerbs("某部门宣布无限期暂停某对话机制下的一切活动")).toBe(false);
  });
  it("leaves a verb inside the modifier a modifier", () => {
    expect(onlyModifierVerbs("在甲地举行的第四次会议")).toBe(true);
    expect(onlyModifierVerbs("双方签署的协定")).toBe(true);
    expect(onlyModifierVerbs("某某提出的倡议")).toBe(true);
  });
  it("is asked when it was", () => {
    const d = makeDoc("doc_mv18", "某某关系", "2030年6月，某某成为疫情后首位访华的某组织国家领导人。");
    const f = fact(d, "date", "2030年6月", date("2030-06", "month", "2030年6月", "某某成为疫情后首位访华的某组织国家领导人") as never);
    const q = generateBank(withOtherDates([d], [f])).bank.questions.find((x) => x.type === "mcq" && x.factIds.includes(f.id));
    expect(q?.prompt).toBe("某某成为疫情后首位访华的某组织国家领导人是在什么时候？");
    expect(q?.answer).toBe("2030年6月");
  });
});

describe("印发 and 征收 as the verbs of an event", () => {
  it("ask when a plan was issued and a duty imposed", () => {
    const d = makeDoc("doc_vb18", "某某关系", "2030年5月，智利政府印发《某某产业规划》。\n\n2031年3月，智利商务部对进口某某产品征收反倾销税。");
    const a = fact(d, "date", "2030年5月", date("2030-05", "month", "2030年5月", "智利政府印发《某某产业规划》") as never);
    const b = fact(d, "date", "2031年3月", date("2031-03", "month", "2031年3月", "智利商务部对进口某某产品征收反倾销税") as never);
    const ctx = buildContext({ documents: [d], facts: [a, b] });
    expect(dateEvent(a as DateFact, ctx)).toBe("智利政府印发《某某产业规划》");
    expect(dateEvent(b as DateFact, ctx)).toBe("智利商务部对进口某某产品征收反倾销税");
  });
});

describe("a passage in traditional characters", () => {
  it("is judged by its simplified view (context.ts reads actors and parties in it)", () => {
    const ctx = buildContext({ documents: [], facts: [] });
    expect(hasActor(ctx, "據海關統計，____中智雙邊貿易額達500億美元，中國是智利最大的貿易夥伴。")).toBe(true);
    expect(namesParty(ctx, "____兩國互免簽證協定生效。")).toBe(false);
    expect(namesParty(ctx, "____中智兩國互免簽證協定生效。")).toBe(true);
  });
  it("is asked by a cloze when it names who acts", () => {
    const d = makeDoc("doc_tr18", "某某專題", "據海關統計，二〇三〇年中智雙邊貿易額達500億美元，中國是智利最大的貿易夥伴。\n\n受疫情影響，二〇三一年這一數字回落至約350億美元。");
    const a = fact(d, "date", "二〇三〇年", date("2030", "year", "二〇三〇年", "中智雙邊貿易額達500億美元") as never);
    const b = fact(d, "date", "二〇三一年", date("2031", "year", "二〇三一年", "這一數字回落至約350億美元") as never);
    const bank = generateBank(withOtherDates([d], [a, b])).bank;
    const q = bank.questions.find((x) => x.type === "cloze" && x.factIds.includes(a.id));
    expect(q?.prompt).toBe("根據原文填空：據海關統計，____中智雙邊貿易額達500億美元，中國是智利最大的貿易夥伴。");
    expect(q?.answer).toBe("2030年");
    expect(bank.questions.some((x) => x.type === "cloze" && x.factIds.includes(b.id))).toBe(false);
  });
});

describe("a chronology of China's own", () => {
  it("gives 中国 as the subject of its lines, and no other title does", () => {
    expect(chronologySubject("中国某某事业与国际合作大事记（2001—2030）")).toBe("中国");
    expect(chronologySubject("中国某某合作时间线")).toBe("中国");
    expect(chronologySubject("中国—智利关系大事记")).toBeUndefined();
    expect(chronologySubject("中国与智利关系大事记")).toBeUndefined();
    expect(chronologySubject("中智关系大事记")).toBeUndefined();
    expect(chronologySubject("某某事业大事记")).toBeUndefined();
  });
  it("asks a line that opens on its verb with that subject", () => {
    expect(recordLineEvent("2031年6月8日：加入《某某公约》", "2031年6月8日", undefined, "中国")).toBe("中国加入《某某公约》");
    expect(recordLineEvent("2031年6月8日：加入《某某公约》", "2031年6月8日", undefined)).toBeUndefined();
    expect(recordLineEvent("2031年6月：升级为全面战略伙伴关系", "2031年6月", undefined, "中国")).toBeUndefined();
  });
  it("declines a line whose text dates the same joining otherwise", () => {
    expect(datedOtherwise("加入某某资源委员会", "中国加入《某某公约》，次年10月成为某某资源委员会成员。")).toBe(true);
    expect(datedOtherwise("加入《某某条约》", "中国正式加入《某某条约》，成为缔约国。《某某条约》于1959年12月1日签订。")).toBe(false);
  });
});

describe("a transcript's time code and speaker", () => {
  it("are left out of a cloze passage", () => {
    expect(withoutTranscriptLabel("根据原文填空：[00:07:05]嘉宾某某：____中智贸易额大概是八十多亿美元。")).toBe("根据原文填空：____中智贸易额大概是八十多亿美元。");
    expect(withoutTranscriptLabel("[01:02]主持人：____中智贸易额大概是八十多亿美元。")).toBe("____中智贸易额大概是八十多亿美元。");
    expect(withoutTranscriptLabel("____中智贸易额大概是八十多亿美元。")).toBe("____中智贸易额大概是八十多亿美元。");
  });
  it("leave the date asked, and a sentence with a spoken filler is not", () => {
    const d = makeDoc("doc_pod18", "某某播客", "[00:07:05]嘉宾某某：二〇三〇年中智贸易额大概是八十多亿美元，其中中国出口占了绝大部分。\n\n[00:08:00]嘉宾某某：它是智利建国以来，嗯，二〇三一年建成嘛，最大的港口项目。");
    const a = fact(d, "date", "二〇三〇年", date("2030", "year", "二〇三〇年", "中智贸易额大概是八十多亿美元") as never);
    const b = fact(d, "date", "二〇三一年", date("2031", "year", "二〇三一年", "建成嘛") as never);
    const bank = generateBank(withOtherDates([d], [a, b])).bank;
    const q = bank.questions.find((x) => x.type === "cloze" && x.factIds.includes(a.id));
    expect(q?.prompt).toBe("根据原文填空：____中智贸易额大概是八十多亿美元，其中中国出口占了绝大部分。");
    expect(bank.questions.some((x) => x.type === "cloze" && x.factIds.includes(b.id))).toBe(false);
  });
});

describe("到达 after a date", () => {
  it("is an arrival, not a deadline", () => {
    const d = makeDoc("doc_ar18", "某某人物", "某某1582年到达澳门，1601年进入北京，是文化交流史上的重要人物。");
    const f = fact(d, "date", "1582年", date("1582", "year", "1582年", "某某到达澳门") as never);
    const ctx = buildContext({ documents: [d], facts: [f] });
    expect(dateEvent(f as DateFact, ctx)).toBe("某某到达澳门");
  });
});
