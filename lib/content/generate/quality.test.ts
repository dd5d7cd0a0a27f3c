/**
 * What a teacher rejected in read samples of the bank, on invented documents:
 * dates of two-day events, short forms of a title as distractors, subjectless statistics,
 * attribution blanks, lists with no name, offices of people, and timeline events that differ
 * only in an ordinal or a party.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../bank/format";
import { fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import type { Corpus, ExtractedFact } from "../types";
import { generateBank } from "./bank";
import { shortFormOf } from "./builders/agreement";
import { sameEvent } from "./builders/sets";
import { buildContext } from "./context";
import { questionFlags } from "./selfcheck";

const NATIONS = ["北陆国", "南川国", "东屿国", "西原国", "中洲国"];

function entity(doc: ReturnType<typeof makeDoc>, name: string, category: "country" | "person" | "place"): ExtractedFact {
  return fact(doc, "entity", name, { name, category, aliases: [] });
}

function corpusOf(body: string, facts: (d: ReturnType<typeof makeDoc>) => ExtractedFact[]): Corpus {
  const d = makeDoc("doc_q", "测试文献", body);
  return { documents: [d], facts: facts(d) };
}

describe("a date written as a range of days", () => {
  const c = corpusOf("2031年4月8日至9日，北陆国与南川国举行峰会，两国元首共同签署《海港合作宣言》。", (d) => [
    fact(d, "date", "2031年4月8日至9日", {
      iso: "2031-04-08",
      endIso: "2031-04-09",
      precision: "day",
      text: "2031年4月8日至9日",
      inferred: false,
      event: "北陆国与南川国举行峰会",
    }),
    fact(d, "agreement", "海港合作宣言", { name: "海港合作宣言", category: "document", type: "宣言", parties: ["北陆国", "南川国"], date: "2031-04-08" }),
  ]);

  it("dates what was signed during it by the month, never by its first day", () => {
    const { bank } = generateBank(c);
    const when = bank.questions.filter((q) => q.prompt.includes("《海港合作宣言》") && (q.type === "mcq" || q.type === "true_false"));
    expect(when.length).toBeGreaterThan(0);
    for (const q of when) {
      expect(q.prompt).not.toContain("8日");
      if (q.type === "mcq") expect(q.answer).toBe("2031年4月");
    }
  });
});

describe("names that are short forms of one another", () => {
  it("are recognised whatever words the short form leaves out or reorders", () => {
    expect(shortFormOf("友好合作条约", "关于新世纪友好、睦邻与合作条约")).toBe(true);
    expect(shortFormOf("邻好友谊条约", "友谊邻好条约")).toBe(true);
    expect(shortFormOf("海港合作宣言", "山地保护公约")).toBe(false);
  });
});

describe("a statistic whose sentence names no one", () => {
  const c = corpusOf("东屿国的国内经济发展也出现了良好态势。经济实现8.5%的增长，总产值达到1200亿元。", (d) => [
    fact(d, "figure", "1200亿元", { number: 1200, text: "1200亿元", unit: "亿元", measure: "总产值" }),
  ]);

  it("is shown with the sentence before it, which says whose it is", () => {
    const { bank } = generateBank(c);
    const qs = bank.questions.filter((q) => q.factIds.length === 1 && q.type !== "flashcard");
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) expect(q.prompt).toContain("东屿国");
  });
});

describe("a blank for who published the figures", () => {
  it("is a trivial blank", () => {
    const q: Question = {
      id: "q_x",
      type: "cloze",
      factIds: ["f"],
      prompt: "根据原文填空：根据____的数据，2031年北陆国经济增长了5.1%。",
      answer: "某某银行",
      accepted: ["某某银行"],
      explanation: "",
      source: { documentId: "d", start: 0, end: 1, quote: "x" },
      tags: [],
      quality: { score: 1, flags: [] },
    };
    expect(questionFlags(q)).toContain("trivial-blank");
  });
});

describe("a list with no name of its own", () => {
  const body =
    "各方同意推进港口互通、航线共享、口岸便利、信息联通，造福沿岸人民。北陆国倡导的“四大原则”是平等协商、开放包容、合作共赢、和平发展。南川国提出的“三个支柱”包括科技创新、人才培养、绿色转型。";
  const c = corpusOf(body, (d) => [
    fact(d, "concept", "港口互通、航线共享、口岸便利、信息联通", {
      term: "港口互通、航线共享、口岸便利、信息联通",
      category: "enumeration",
      items: ["港口互通", "航线共享", "口岸便利", "信息联通"],
    }),
    fact(d, "concept", "平等协商、开放包容、合作共赢、和平发展", {
      term: "四大原则",
      category: "enumeration",
      items: ["平等协商", "开放包容", "合作共赢", "和平发展"],
      count: 4,
    }),
    fact(d, "concept", "科技创新、人才培养、绿色转型", { term: "三个支柱", category: "enumeration", items: ["科技创新", "人才培养", "绿色转型"], count: 3 }),
  ]);

  it("is asked as a choose-all-that-apply on its sentence, with the whole list blanked", () => {
    const { bank } = generateBank(c);
    const q = bank.questions.find((q) => q.type === "multi" && q.prompt.includes("括号处列举"));
    expect(q).toBeDefined();
    expect(q!.answer).toEqual(["港口互通", "航线共享", "口岸便利", "信息联通"]);
    expect(q!.prompt).toContain("推进（    ），造福沿岸人民");
    const wrong = q!.options!.filter((o) => !(q!.answer as string[]).includes(o));
    expect(wrong).toHaveLength(2);
    for (const w of wrong) expect(["平等协商", "开放包容", "合作共赢", "和平发展", "科技创新", "人才培养", "绿色转型"]).toContain(w);
  });

  it("named lists keep their own question", () => {
    const { bank } = generateBank(c);
    expect(bank.questions.some((q) => q.type === "multi" && q.prompt.includes("“四大原则”包括下列哪几项"))).toBe(true);
  });
});

describe("people and their offices", () => {
  const body = [
    "北陆国同南川国、东屿国、西原国、中洲国保持往来。北陆国与各国关系密切。北陆国是本文的主角。",
    "南川国总统甲乙丙出席会议。东屿国总统丁戊己发表讲话。西原国总理庚辛壬会见记者。北陆国总统癸子丑主持会议。",
  ].join("\n\n");
  const c = corpusOf(body, (d) => [
    ...NATIONS.map((n) => entity(d, n, "country")),
    entity(d, "甲乙丙", "person"),
    entity(d, "丁戊己", "person"),
    entity(d, "庚辛壬", "person"),
    entity(d, "癸子丑", "person"),
  ]);

  it("asks which country a person serves, from a sentence that says so, with other countries as distractors", () => {
    const { bank } = generateBank(c);
    const q = bank.questions.find((q) => q.type === "mcq" && q.prompt === "根据原文，甲乙丙是哪国总统？");
    expect(q).toBeDefined();
    expect(q!.answer).toBe("南川国");
    expect(q!.options).toHaveLength(4);
    expect(q!.source.quote).toContain("南川国总统甲乙丙");
  });

  it("does not ask about, or offer, the country the documents speak from", () => {
    const { bank } = generateBank(c);
    const entityQs = bank.questions.filter((q) => q.tags.includes("entity"));
    expect(entityQs.length).toBeGreaterThan(0);
    for (const q of entityQs) {
      expect(q.prompt).not.toContain("癸子丑");
      expect(q.options ?? []).not.toContain("北陆国");
    }
  });

  it("matches three or more people with their offices", () => {
    const { bank } = generateBank(c);
    const m = bank.questions.find((q) => q.type === "matching" && q.tags.includes("entity"));
    expect(m).toBeDefined();
    expect(m!.pairs).toContainEqual(["庚辛壬", "西原国总理"]);
  });
});

describe("events on a timeline", () => {
  const c = corpusOf("北陆国同南川国、东屿国保持往来。", (d) => [...["北陆国", "南川国", "东屿国"].map((n) => entity(d, n, "country"))]);
  const ctx = buildContext(c);

  it("differ when their ordinals or their named parties differ", () => {
    expect(sameEvent(ctx, "北陆国外长第二次会晤在港城举行", "北陆国外长第三次会晤在港城举行")).toBe(false);
    expect(sameEvent(ctx, "北陆国与南川国建立全面伙伴关系", "北陆国与东屿国建立全面伙伴关系")).toBe(false);
    expect(sameEvent(ctx, "北陆国外长第二次会晤在港城举行", "北陆国外长第二次会晤在港城成功举行")).toBe(true);
  });
});

describe("what a second read sample rejected", () => {
  it("asks no definition of a term whose sentence only says what it did", () => {
    const c = corpusOf("近年来所谓“双重标准”干扰了正常的经贸往来，但并没有影响双方的合作势头。“互鉴”是文明进步的动力。", (d) => [
      fact(d, "concept", "双重标准", { term: "双重标准", category: "definition", definition: "干扰了正常的经贸往来，但并没有影响双方的合作势头" }),
      fact(d, "concept", "互鉴", { term: "互鉴", category: "definition", definition: "文明进步的动力" }),
    ]);
    const { bank } = generateBank(c);
    // "X是……的动力" says what X is for the text, not what X means: asked as the statement
    expect(bank.questions.some((q) => q.type === "flashcard" && q.front === "根据原文，“互鉴”是（    ）。\n括号中应是什么？")).toBe(true);
    expect(bank.questions.some((q) => q.prompt.includes("“双重标准”") && (q.front ?? q.prompt).startsWith("什么是"))).toBe(false);
  });

  it("asks a list that describes its term (甲、乙、丙的X) on its sentence, never as what X includes", () => {
    const c = corpusOf("各方决心构建互信深厚、成果丰硕、友谊持久的伙伴网络。北陆国倡导的“四大原则”是平等协商、开放包容、合作共赢、和平发展。", (d) => [
      fact(d, "concept", "互信深厚、成果丰硕、友谊持久", { term: "伙伴网络", category: "enumeration", items: ["互信深厚", "成果丰硕", "友谊持久"] }),
      fact(d, "concept", "平等协商、开放包容、合作共赢、和平发展", {
        term: "四大原则",
        category: "enumeration",
        items: ["平等协商", "开放包容", "合作共赢", "和平发展"],
        count: 4,
      }),
    ]);
    const { bank } = generateBank(c);
    expect(bank.questions.some((q) => q.prompt.includes("“伙伴网络”包括"))).toBe(false);
    const q = bank.questions.find((q) => q.type === "multi" && q.prompt.includes("构建（    ）的伙伴网络"));
    expect(q?.answer).toEqual(["互信深厚", "成果丰硕", "友谊持久"]);
  });

  it("offers only round numbers for an approximate count (10余所, never 6余所)", () => {
    const c = corpusOf("北陆国在南川国已开设10余所语言学院，学习人数越来越多。东屿国建成30所学校。西原国建成40所学校。", (d) => [
      fact(d, "figure", "10余所", { number: 10, text: "10余所", unit: "所", measure: "语言学院" }),
    ]);
    const { bank } = generateBank(c);
    const q = bank.questions.find((q) => q.type === "mcq" && q.answer === "10余所");
    expect(q).toBeDefined();
    for (const o of q!.options!) expect(Number(/^(\d+)/.exec(o)![1]) % 10).toBe(0);
  });

  it("takes a counted kind of agreement (22个某某协定) for no name", () => {
    const c = corpusOf("北陆国已与29个国家和地区签署22个贸易协定。", (d) => [
      fact(d, "agreement", "贸易协定", { name: "贸易协定", category: "document", type: "协定", parties: [] }),
    ]);
    const { bank, report } = generateBank(c);
    expect(bank.questions).toEqual([]);
    expect(report.declined.map((x) => x.kind)).toEqual(["agreement"]);
  });
});
