/**
 * Round 9, on invented text: glosses after a comma ("甲，即……"), terms read through their quotes,
 * the year of a named anniversary, a time link dropped before a sentence with its own year,
 * "这里要注意……：" as a lead, "这一现象被称为“某”" after its own clause, a concept in a short
 * sentence asked with the sentence before, and titled options only against titles.
 */
import { describe, expect, it } from "vitest";
import { fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import type { Corpus } from "../types";
import { generateBank } from "./bank";

describe("这里要注意……： as a lead", () => {
  it("is dropped from what the question shows", () => {
    const d = makeDoc("doc_z", "测试文献", "三国将继续商谈合作。这里要注意一个背景：2030年5月1日，《北陆自由贸易协定》正式签署，2032年1月1日生效。");
    const c: Corpus = {
      documents: [d],
      facts: [fact(d, "date", "2032年1月1日", { iso: "2032-01-01", precision: "day", text: "2032年1月1日", inferred: false, event: "生效" } as never)],
    };
    const { bank } = generateBank(c);
    const cloze = bank.questions.find((x) => x.type === "cloze");
    expect(cloze?.prompt).toBe("根据原文填空：2030年5月1日，《北陆自由贸易协定》正式签署，____生效。");
  });
});

describe("titled options", () => {
  it("a title in 《》 is offered only against titles", () => {
    const d = makeDoc(
      "doc_t",
      "测试文献",
      "甲国与乙国在首都签署《北陆自由贸易协定》，为地区经济一体化注入新动力。丙国与丁国在港口城市签署《南川投资协定》，推动双向投资持续增长。戊国与己国在边境口岸签署《东原海关协定》，便利了货物通关。庚国与辛国在农业博览会期间签署《西岭农业协定》，扩大了农产品贸易。壬国与癸国在会谈后签署平安合作协定，加强了执法合作。",
    );
    const names = ["北陆自由贸易协定", "南川投资协定", "东原海关协定", "西岭农业协定"];
    const facts = names.map((n) => fact(d, "agreement", `《${n}》`, { name: n, category: "document", type: "协定", parties: [] } as never));
    facts.push(fact(d, "agreement", "平安合作协定", { name: "平安合作协定", category: "document", type: "协定", parties: [] } as never));
    const { bank } = generateBank({ documents: [d], facts });
    const mcqs = bank.questions.filter((x) => x.type === "mcq" && /^《/u.test(String(x.answer)));
    expect(mcqs.length).toBeGreaterThan(0);
    for (const m of mcqs) for (const o of m.options!) expect(o, m.prompt).toMatch(/^《.*》$/u);
  });
});
