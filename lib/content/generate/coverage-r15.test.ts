/**
 * Round 15 (date builder): a recurring visit asked with the clause that says which one it was, a
 * one-character country written out, a period of a history named with whose history it is.
 * All texts are invented.
 */
import { describe, expect, it } from "vitest";
import { date, fact, makeDoc, withOtherDates } from "../../../tests/fixtures/generate/corpus";
import { generateBank } from "./bank";
import { dateEvent, pairOfVisit, periodSubject, withClauseSubject, withCountryWritten, withVisitOutcome } from "./builders/date";
import { buildContext } from "./context";
import type { DateFact } from "./model";

describe("a visit and the clause that says which one it was", () => {
  it("adds the clause after a bare visit, naming its pair", () => {
    expect(withVisitOutcome("甲乙总统访华", "，两国签署《甲乙友好宣言》，宣布建立伙伴关系。", "中甲")).toBe("甲乙总统访华，中甲两国签署《甲乙友好宣言》");
    expect(withVisitOutcome("某某总统访华", "，成为首位访华的某国总统。", undefined)).toBe("某某总统访华，成为首位访华的某国总统");
  });
  it("asks no bare visit without such a clause", () => {
    expect(withVisitOutcome("某某总统访华", "。", undefined)).toBeUndefined();
    expect(withVisitOutcome("某某总理访华", "，这是时隔多年再次访华。", undefined)).toBeUndefined();
    expect(withVisitOutcome("某某总统访华", "，两国签署《某某宣言》。", undefined)).toBeUndefined();
    expect(withVisitOutcome("某某总统访华", "，签署多项合作文件。", undefined)).toBeUndefined();
    expect(withVisitOutcome("某某主席对某国进行国事访问", "，受到热烈欢迎。", undefined)).toBeUndefined();
    expect(withVisitOutcome("某某主席那次访问", "，两国关系提升为伙伴关系。", "中甲")).toBeUndefined();
    expect(withVisitOutcome("某某主席访问", "。", undefined)).toBeUndefined();
  });
  it("leaves a visit with an ordinal, and other events, as they were", () => {
    expect(withVisitOutcome("某某总统第三次访华", "。", undefined)).toBe("某某总统第三次访华");
    expect(withVisitOutcome("某某总统首次访华", "。", undefined)).toBe("某某总统首次访华");
    expect(withVisitOutcome("甲乙两国签署《某协定》", "。", undefined)).toBe("甲乙两国签署《某协定》");
  });
  it("takes the pair from a visit that names one country in full", () => {
    expect(pairOfVisit("某某主席对巴基斯坦进行国事访问")).toBe("中巴");
    expect(pairOfVisit("某某总统访华")).toBeUndefined();
  });
});

describe("a country named by one character", () => {
  it("is written out when the document names it in full", () => {
    expect(withCountryWritten("斯总理某某访华", "……斯里兰卡与中国……")).toBe("斯里兰卡总理某某访华");
  });
  it("is no question when the document does not", () => {
    expect(withCountryWritten("斯总理某某访华", "……某国与中国……")).toBeUndefined();
  });
  it("leaves other events alone", () => {
    expect(withCountryWritten("中斯两国签署《某协定》", "")).toBe("中斯两国签署《某协定》");
    expect(withCountryWritten("某某总统访华", "")).toBe("某某总统访华");
  });
});

describe("whose periods a history dates", () => {
  it("is the document's title without its range and chronology word", () => {
    expect(periodSubject("中国—某某国关系大事记（1960—2030）")).toBe("中国—某某国关系");
    expect(periodSubject("资料：甲乙两国合作年表")).toBe("甲乙两国合作");
  });
  it("is none for a title that gives no name", () => {
    expect(periodSubject("2030年工作回顾")).toBeUndefined();
    expect(periodSubject("大事记")).toBeUndefined();
  });
});

describe("a visit's clause with a subject of its own", () => {
  it("is another event, not the visit's outcome", () => {
    expect(withVisitOutcome("甲乙两国总统访华", "，中国与丙国宣布建立伙伴关系。", undefined)).toBeUndefined();
    expect(withVisitOutcome("某某主席访问某地", "，提出新的合作倡议。", undefined)).toBe("某某主席访问某地，提出新的合作倡议");
  });
});

describe("a clause that takes the subject of the clause before", () => {
  it("takes a country, China or a named pair opening the one clause before", () => {
    expect(withClauseSubject("成为某某委员会成员", "中国加入《某某公约》，")).toBe("中国成为某某委员会成员");
    expect(withClauseSubject("正式启动自贸协定谈判", "答：2031年6月，中智两国宣布启动联合可行性研究，")).toBe("中智两国正式启动自贸协定谈判");
  });
  it("takes nothing when the subject is not clear", () => {
    // two clauses before, a subject that is no country, an event with a subject of its own, no clause before
    expect(withClauseSubject("成为某某委员会成员", "中国加入《某某公约》，某某访华，")).toBeUndefined();
    expect(withClauseSubject("成为某某委员会成员", "某某协会加入《某某公约》，")).toBeUndefined();
    expect(withClauseSubject("智利成为某某委员会成员", "中国加入《某某公约》，")).toBeUndefined();
    expect(withClauseSubject("成为某某委员会成员", "")).toBeUndefined();
    expect(withClauseSubject("成为某某委员会成员", "中国与智利的合作不断深化，")).toBeUndefined();
  });
  it("asks the event, and one that opens on 又成为 without the 又", () => {
    const d = makeDoc("doc_cs15", "某某事业大事记", "中国加入《某某公约》，次年10月成为某某资源养护委员会（ABCDEF）成员。\n\n次年6月，中国又成为某某科学委员会（ABCD）正式成员。");
    const a = fact(d, "date", "次年10月", date("2031-10", "month", "次年10月", "成为某某资源养护委员会（ABCDEF）成员", true) as never);
    const b = fact(d, "date", "次年6月", date("2032-06", "month", "次年6月", "中国又成为某某科学委员会（ABCD）正式成员", true) as never);
    const ctx = buildContext({ documents: [d], facts: [a, b] });
    expect(dateEvent(a as DateFact, ctx)).toBe("中国成为某某资源养护委员会（ABCDEF）成员");
    expect(dateEvent(b as DateFact, ctx)).toBe("中国成为某某科学委员会（ABCD）正式成员");
  });
});

describe("this year's anniversary with no dateline", () => {
  it("is asked when the document dates the event it counts from", () => {
    const d = makeDoc("doc_an15", "某某简报", "1970年5月1日，中国与智利建交。\n\n今年是中智建交60周年。");
    const base = fact(d, "date", "1970年5月1日", date("1970-05-01", "day", "1970年5月1日", "中国与智利建交") as never);
    const y = fact(d, "date", "今年", date("2030", "year", "今年", "中智建交60周年", true) as never);
    const q = generateBank(withOtherDates([d], [base, y])).bank.questions.find((x) => x.type === "mcq" && x.factIds.includes(y.id));
    expect(q?.prompt).toBe("根据原文，中智建交60周年是哪一年？");
    expect(q?.answer).toBe("2030年");
  });
  it("is not asked when the years do not add up, or nothing dates the event", () => {
    const d = makeDoc("doc_an15b", "某某简报", "1972年5月1日，中国与智利建交。\n\n今年是中智建交60周年。");
    const base = fact(d, "date", "1972年5月1日", date("1972-05-01", "day", "1972年5月1日", "中国与智利建交") as never);
    const y = fact(d, "date", "今年", date("2030", "year", "今年", "中智建交60周年", true) as never);
    const bank = generateBank(withOtherDates([d], [base, y])).bank;
    expect(bank.questions.some((x) => x.type === "mcq" && x.factIds.includes(y.id) && /周年/u.test(x.prompt))).toBe(false);
    const alone = makeDoc("doc_an15c", "某某简报", "今年是中智建交60周年。");
    const z = fact(alone, "date", "今年", date("2030", "year", "今年", "中智建交60周年", true) as never);
    expect(generateBank(withOtherDates([alone], [z])).bank.questions.some((x) => x.factIds.includes(z.id) && /周年/u.test(x.prompt))).toBe(false);
  });
});
