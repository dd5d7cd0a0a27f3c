/**
 * Round 15 (date builder): a recurring visit asked with the clause that says which one it was, a
 * one-character country written out, a period of a history named with whose history it is.
 * All texts are invented.
 */
import { describe, expect, it } from "vitest";
import { date, fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import { dateEvent, withClauseSubject, withCountryWritten } from "./builders/date";
import { buildContext } from "./context";
import type { DateFact } from "./model";

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
