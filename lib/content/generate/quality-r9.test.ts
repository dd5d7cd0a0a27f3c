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
import { namedBack, questionFlags } from "./selfcheck";
import { testQuestion as q } from "@/tests/support/question";

describe("a time link before a sentence with its own year", () => {
  it("is dropped, and the sentence asked on its own", () => {
    const d = makeDoc("doc_l", "测试文献", "2040年，甲乙两国签署合作文件。此前，北陆论坛已于2031年创立，至2038年共举办五届。");
    const c: Corpus = {
      documents: [d],
      facts: [fact(d, "date", "2031年", { iso: "2031", precision: "year", text: "2031年", inferred: false, event: "北陆论坛已创立" } as never)],
    };
    const { bank } = generateBank(c);
    expect(bank.questions.some((x) => x.type === "cloze" && x.prompt === "根据原文填空：北陆论坛已于____创立，至2038年共举办五届。")).toBe(true);
  });
});

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

describe("这一现象被称为“某”", () => {
  it("names what its own clause has said: no dangling reference", () => {
    expect(namedBack("研究表明，某地升温速度约为别处的两倍，这一现象被称为“（    ）”。")).toBe("研究表明，某地升温速度约为别处的两倍，现象被称为“（    ）”。");
    expect(namedBack("甲乙两国宣布恢复外交关系，这一成果被国际舆论称为“（    ）”。")).not.toMatch(/这一/u);
    const x = q({ type: "cloze", prompt: "根据原文填空：研究表明，某地升温速度约为别处的两倍，这一现象被称为“____”。", answer: "某地效应" });
    expect(questionFlags(x)).not.toContain("dangling-reference");
  });
  it("still dangles at the start, after a cut, or with too little before it", () => {
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：这一现象被称为“____”。", answer: "某地效应" }))).toContain("dangling-reference");
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：……升温很快，这一现象被称为“____”。", answer: "某地效应" }))).toContain("dangling-reference");
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：很快，这一现象被称为“____”。", answer: "某地效应" }))).toContain("dangling-reference");
  });
});

describe("a concept in a short sentence", () => {
  it("is asked with the sentence before it", () => {
    const d = makeDoc("doc_s", "测试文献", "北陆各国在治理中重视协商与合作。治理观的核心是“同商同享”。");
    const c: Corpus = { documents: [d], facts: [fact(d, "concept", "同商同享", { term: "同商同享", category: "slogan" } as never)] };
    const { bank } = generateBank(c);
    const shown = bank.questions.map((x) => x.front ?? x.prompt);
    expect(shown.some((t) => t.includes("北陆各国在治理中重视协商与合作。治理观的核心是“"))).toBe(true);
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
