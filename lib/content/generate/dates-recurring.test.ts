/** Recurring occasions and approximate anniversaries (issue #4): which occurrence a date question asks. */
import { describe, expect, it } from "vitest";
import { date, fact, makeDoc, withOtherDates } from "../../../tests/fixtures/generate/corpus";
import { generateBank } from "./bank";
import { buildContext } from "./context";
import { isApproximateAnniversaryYear, otherOccurrenceDates, recurringOccasion } from "./builders/date-recurring";
import type { DateFact } from "./model";

describe("a meeting a series holds again", () => {
  const d = makeDoc(
    "doc_rc1",
    "北陆合作论坛二十年",
    "2031年9月3日，北陆合作论坛岚城峰会在国宾会堂举行。\n\n2031年9月，北陆合作论坛岚城峰会通过《岚城宣言》。\n\n2037年9月，北陆合作论坛岚城峰会宣布将双方关系提升为全面伙伴关系。",
  );
  const held = fact(d, "date", "2031年9月3日", date("2031-09-03", "day", "2031年9月3日", "北陆合作论坛岚城峰会在国宾会堂举行"));
  const adopted = fact(d, "date", "2031年9月", date("2031-09", "month", "2031年9月", "北陆合作论坛岚城峰会通过《岚城宣言》"), 1);
  const later = fact(d, "date", "2037年9月", date("2037-09", "month", "2037年9月", "北陆合作论坛岚城峰会宣布将双方关系提升为全面伙伴关系"));
  const facts = [held, adopted, later];

  it("is no when-question when the event says only that it was held", () => {
    const ctx = buildContext({ documents: [d], facts });
    expect(recurringOccasion(ctx, held as DateFact, "北陆合作论坛岚城峰会在国宾会堂举行")?.length).toBe(1);
    expect(recurringOccasion(ctx, held as DateFact, "北陆合作论坛岚城峰会成功举行")?.length).toBe(1);
    // (what it did pins the occurrence)
    expect(recurringOccasion(ctx, adopted as DateFact, "北陆合作论坛岚城峰会通过《岚城宣言》")).toBeUndefined();
    const qs = generateBank(withOtherDates([d], facts)).bank.questions;
    expect(qs.filter((q) => q.factIds.includes(held.id) && /是在什么时候|判断正误/u.test(q.prompt))).toEqual([]);
    // (its blank stays, as the fact's last question)
    expect(qs.filter((q) => q.factIds.includes(held.id)).map((q) => q.type)).toEqual(["cloze"]);
    expect(qs.some((q) => q.type === "mcq" && q.factIds.includes(adopted.id) && q.prompt.includes("岚城宣言"))).toBe(true);
  });

  it("never takes another occurrence's date as a distractor", () => {
    const ctx = buildContext({ documents: [d], facts });
    expect(otherOccurrenceDates(ctx, adopted as DateFact, "北陆合作论坛岚城峰会通过《岚城宣言》")).toEqual(["2037-09"]);
    const qs = generateBank(withOtherDates([d], facts)).bank.questions;
    const mcq = qs.find((q) => q.type === "mcq" && q.factIds.includes(adopted.id) && q.prompt.includes("是在什么时候"));
    expect(mcq?.options).not.toContain("2037年9月");
  });

  it("is asked when an ordinal or a city no other occurrence names pins it", () => {
    const e = makeDoc("doc_rc2", "南川峰会", "2032年5月，第二届南川—北陆峰会在岚城举行。\n\n2034年6月，南川—北陆峰会在丘城举行。\n\n2036年6月，南川—北陆峰会在丘城举行。");
    const second = fact(e, "date", "2032年5月", date("2032-05", "month", "2032年5月", "第二届南川—北陆峰会在岚城举行"));
    const third = fact(e, "date", "2034年6月", date("2034-06", "month", "2034年6月", "南川—北陆峰会在丘城举行"));
    const fourth = fact(e, "date", "2036年6月", date("2036-06", "month", "2036年6月", "南川—北陆峰会在丘城举行"));
    const ctx = buildContext({ documents: [e], facts: [second, third, fourth] });
    expect(recurringOccasion(ctx, second as DateFact, "第二届南川—北陆峰会在岚城举行")).toBeUndefined();
    // (丘城 holds two of them: the city pins neither)
    expect(recurringOccasion(ctx, third as DateFact, "南川—北陆峰会在丘城举行")?.length).toBe(2);
  });
});

describe("a meeting its sentence says recurs", () => {
  it("is no when-question without its ordinal", () => {
    const d = makeDoc("doc_rc3", "岚城论坛", "2032年4月，每年一度的北陆—南川峰会在丘城举行。\n\n2033年5月，首届南川—东岭峰会在岚城举行。");
    const bare = fact(d, "date", "2032年4月", date("2032-04", "month", "2032年4月", "每年一度的北陆—南川峰会在丘城举行"));
    const first = fact(d, "date", "2033年5月", date("2033-05", "month", "2033年5月", "首届南川—东岭峰会在岚城举行"));
    const ctx = buildContext({ documents: [d], facts: [bare, first] });
    expect(recurringOccasion(ctx, bare as DateFact, "每年一度的北陆—南川峰会在丘城举行")).toEqual([]);
    expect(recurringOccasion(ctx, first as DateFact, "首届南川—东岭峰会在岚城举行")).toBeUndefined();
    const qs = generateBank(withOtherDates([d], [bare, first])).bank.questions;
    expect(qs.some((q) => q.type === "mcq" && q.factIds.includes(bare.id))).toBe(false);
    expect(qs.some((q) => q.type === "mcq" && q.factIds.includes(first.id) && q.prompt.includes("首届南川—东岭峰会"))).toBe(true);
  });
});

describe("an approximate anniversary", () => {
  const d = makeDoc("doc_ap1", "北陆条约", "2031年是《北陆条约》签署近30周年。\n\n2033年是《南川条约》签署40周年。");
  const near = fact(d, "date", "2031年", date("2031", "year", "2031年", "《北陆条约》签署近30周年"));
  const exact = fact(d, "date", "2033年", date("2033", "year", "2033年", "《南川条约》签署40周年"));

  it("pins no year: neither asked by the anniversary nor blanked while the fact has another question", () => {
    expect(isApproximateAnniversaryYear(near as DateFact)).toBe(true);
    expect(isApproximateAnniversaryYear(exact as DateFact)).toBe(false);
    const qs = generateBank(withOtherDates([d], [near, exact])).bank.questions;
    expect(qs.some((q) => q.factIds.includes(near.id) && q.prompt.includes("近30周年是哪一年"))).toBe(false);
    expect(qs.some((q) => q.type === "mcq" && q.factIds.includes(exact.id) && q.prompt.includes("40周年是哪一年"))).toBe(true);
  });
});
