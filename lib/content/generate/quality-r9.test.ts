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
import { PAIR_RELATION, statedDefinition, termSpanBefore, usableTerm } from "./builders/concept";
import { anniversaryOf } from "./builders/date";
import type { ConceptFact, DateFact } from "./model";
import { namedBack, questionFlags } from "./selfcheck";
import { testQuestion as q } from "@/tests/support/question";

describe("a gloss after a comma", () => {
  const d = makeDoc("doc_g", "测试文献", "互鉴，即各国彼此学习、取长补短。所谓“星河原则”，是指在甲地，乙方优先。");
  it("is the definition when it runs to the end of the sentence", () => {
    const f = fact(d, "concept", "互鉴", { term: "互鉴", category: "definition", definition: "各国彼此学习、取长补短" } as never) as ConceptFact;
    expect(statedDefinition(f)).toBe("各国彼此学习、取长补短");
  });
  it("is no definition when cut at its first comma", () => {
    const f = fact(d, "concept", "星河原则", { term: "星河原则", category: "definition", definition: "在甲地" } as never) as ConceptFact;
    expect(statedDefinition(f)).toBeUndefined();
  });
  it("finds a term through the quotes inside it", () => {
    expect(termSpanBefore("所谓“双轨”方案，是指……", "双轨方案", 99)).toEqual({ start: 3, end: 8 });
    expect(termSpanBefore("甲乙方案", "丙丁", 99)).toBeUndefined();
  });
});

describe("a bare count of a generic word", () => {
  it("is no term to ask by", () => {
    const d = makeDoc("doc_c", "测试文献", "甲方提出发展、安全、治理三方面的主张，并坚持“四个坚持”。");
    const t = (needle: string) => usableTerm(fact(d, "concept", needle, { term: needle, category: "enumeration", items: ["发展", "安全", "治理"] } as never) as ConceptFact);
    expect(t("三方面")).toBeUndefined();
    expect(t("四个坚持")).toBe("四个坚持");
  });
  it("is neither asked by nor blanked (not even by a last-resort card)", () => {
    const d = makeDoc("doc_k", "测试文献", "2031年，甲方发布《北陆治理倡议》，提出发展、安全、治理三方面系统阐述甲方的主张。");
    const c: Corpus = { documents: [d], facts: [fact(d, "concept", "三方面", { term: "三方面", category: "enumeration", items: ["发展", "安全", "治理"] } as never)] };
    const qs = generateBank(c).bank.questions;
    expect(qs.filter((x) => /“三方面”/u.test(x.prompt) || x.answer === "三方面" || x.back === "三方面")).toEqual([]);
  });
});

describe("a relation between two things", () => {
  it("is told from a named relationship", () => {
    expect(PAIR_RELATION.test("规模与质量的关系")).toBe(true);
    expect(PAIR_RELATION.test("发展和安全关系")).toBe(true);
    expect(PAIR_RELATION.test("蓝海伙伴关系")).toBe(false);
  });
  it("neither a pair nor a clause is offered against a named relationship", () => {
    const d = makeDoc(
      "doc_r",
      "测试文献",
      "2031年，甲乙两国宣布建立“北陆伙伴关系”，合作全面提速。丙丁两国决定建立“南川伙伴关系”，扩大双向投资。戊己两国商定建立“东原伙伴关系”，深化农业合作。" +
        "庚辛两国提出建立“西岭伙伴关系”，加强人文交流。学者认为，合作需要处理好“规模与质量的关系”。下一阶段“合作需要处理好三对关系”。",
    );
    const terms = ["北陆伙伴关系", "南川伙伴关系", "东原伙伴关系", "西岭伙伴关系", "规模与质量的关系", "合作需要处理好三对关系"];
    const c: Corpus = { documents: [d], facts: terms.map((t) => fact(d, "concept", t, { term: t, category: "slogan" } as never)) };
    const mcqs = generateBank(c).bank.questions.filter((x) => x.type === "mcq" && /伙伴关系$/u.test(String(x.answer)));
    expect(mcqs.length).toBeGreaterThan(0);
    for (const m of mcqs) for (const o of m.options!) expect(o, m.prompt).not.toMatch(/的关系$|需要/u);
  });
});

describe("the year of a named anniversary", () => {
  const d = makeDoc("doc_a", "测试文献", "2031年是甲国与乙国建交60周年。2032年是两国建交61周年。2033年是丰收的一年。");
  const date = (needle: string, occurrence = 0) =>
    fact(d, "date", needle, { iso: needle.slice(0, 4), precision: "year", text: needle, inferred: false, event: "x" } as never, occurrence) as DateFact;
  it("is asked by the anniversary", () => {
    expect(anniversaryOf(date("2031年"))).toBe("甲国与乙国建交60周年");
  });
  it("not when the anniversary names no one, nor for a year that is no anniversary", () => {
    expect(anniversaryOf(date("2032年"))).toBeUndefined();
    expect(anniversaryOf(date("2033年"))).toBeUndefined();
  });
  it("makes an mcq in the bank", () => {
    const c: Corpus = { documents: [d], facts: [date("2031年")] };
    const { bank } = generateBank(c);
    expect(bank.questions.some((x) => x.type === "mcq" && x.prompt === "根据原文，甲国与乙国建交60周年是哪一年？" && x.answer === "2031年")).toBe(true);
  });
});

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
