/**
 * What the final read samples (issue #4) rejected, on invented documents: distractors the
 * sentence itself rules out, kinds of agreement dated as if they were one document,
 * statements asked as meanings, distractors of another kind, family or country pair,
 * counted labels given away by their sentence, and events that name nothing alone.
 */
import { describe, expect, it } from "vitest";
import { fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import type { Corpus, ExtractedFact } from "../types";
import { generateBank } from "./bank";
import { documentFamily, recurringKind } from "./builders/agreement";
import { foreignPair, pairsIn, usableEvent } from "./builders/common";
import { countedIn, sameKindHead } from "./builders/concept";

function corpusOf(body: string, facts: (d: ReturnType<typeof makeDoc>) => ExtractedFact[]): Corpus {
  const d = makeDoc("doc_f", "测试文献", body);
  return { documents: [d], facts: facts(d) };
}

describe("figures of the same unit in one sentence", () => {
  const c = corpusOf("北陆国与南川国的贸易额在2031年突破320亿元，2032年创纪录地达到380亿元。东屿国的投资存量为305亿元。", (d) => [
    fact(d, "figure", "320亿元", { number: 320, text: "320亿元", unit: "亿元", measure: "贸易额" }),
    fact(d, "figure", "380亿元", { number: 380, text: "380亿元", unit: "亿元", measure: "贸易额" }),
    fact(d, "figure", "305亿元", { number: 305, text: "305亿元", unit: "亿元", measure: "投资存量" }),
  ]);

  it("keep their order in every option, and no option is the answer rounded or also true below the bound", () => {
    const { bank } = generateBank(c);
    // (session 8: under 突破 every smaller number is also true, so an option lies between the bound and 380 — here none can)
    const options = bank.questions.filter((q) => q.type === "mcq" && q.prompt.includes("突破（    ）")).flatMap((q) => q.options ?? []);
    for (const o of options) {
      expect(Number.parseFloat(o)).toBeLessThan(380);
      expect(Number.parseFloat(o)).toBeGreaterThanOrEqual(320);
      if (o !== "320亿元") expect(Math.abs(Number.parseFloat(o) - 320)).toBeGreaterThanOrEqual(16);
    }
    expect(bank.questions.some((q) => q.type === "cloze" && /突破_+亿元/u.test(q.prompt))).toBe(true);
    const tf = bank.questions.find((q) => q.type === "true_false" && q.prompt.includes("创纪录地达到380亿元") && q.answer === false);
    if (tf) expect(tf.prompt).not.toMatch(/突破(?:3[89]\d|[4-9]\d\d)亿元/u);
  });
});

describe("a kind of agreement signed again and again", () => {
  const body = "自2031年起，北陆国央行先后与各国央行签订货币互换协议，通过设立分行等方式扩大布局。2032年5月，两国签署《海港合作协定》，通过联合委员会推进合作。";
  const c = corpusOf(body, (d) => [
    fact(d, "agreement", "货币互换协议", { name: "货币互换协议", category: "document", type: "协议", parties: ["北陆国"], date: "2031" }),
    fact(d, "agreement", "海港合作协定", { name: "海港合作协定", category: "document", type: "协定", parties: ["北陆国", "南川国"], date: "2032-05" }),
  ]);

  it("is not dated as one document; a document is dated by the verb of its own clause", () => {
    const { bank } = generateBank(c);
    expect(bank.questions.some((q) => q.prompt.includes("《货币互换协议》") && /是在|于\d/u.test(q.prompt))).toBe(false);
    expect(bank.questions.some((q) => q.prompt.includes("通过于") || q.prompt.includes("通过的？"))).toBe(false);
    expect(bank.questions.some((q) => q.prompt === "《海港合作协定》是在什么时候签署的？")).toBe(true);
    expect(recurringKind(c.facts[0] as never)).toBe(true);
    expect(recurringKind(c.facts[1] as never)).toBe(false);
  });
});

describe("options of another kind", () => {
  it("documents only against their family", () => {
    expect(documentFamily("海港合作条约")).toBe(documentFamily("山地保护协定"));
    expect(documentFamily("海港合作宣言")).toBe(documentFamily("两国联合声明"));
    expect(documentFamily("北陆国工业发展战略2035")).toBe(documentFamily("南川国2020—2040年发展规划"));
    expect(documentFamily("北陆国工业发展战略（2020—2030）")).toBe("plan");
    expect(documentFamily("海港合作条约")).not.toBe(documentFamily("北陆国工业发展战略2035"));
  });

  it("a community only against communities of the same modifier", () => {
    expect(sameKindHead("北陆经济共同体", "南川经济共同体")).toBe(true);
    expect(sameKindHead("北陆经济共同体", "地区安全共同体")).toBe(false);
    expect(sameKindHead("和平原则", "地区安全共同体")).toBe(false);
    expect(sameKindHead("和平原则", "合作精神")).toBe(true);
  });

  it("no option names a country pair the passage and the answer do not", () => {
    expect([...pairsIn("中俄还举办了中俄科技年")]).toEqual(["俄"]);
    expect(pairsIn("中国与中心城市").size).toBe(0);
    expect(foreignPair("中非文化交流年", "中俄还举办了中俄科技年和（    ）。", "中俄青年交流年")).toBe(true);
    expect(foreignPair("地方合作交流年", "中俄还举办了中俄科技年和（    ）。", "中俄青年交流年")).toBe(false);
    expect(foreignPair("中俄媒体交流年", "中俄还举办了中俄科技年和（    ）。", "中俄青年交流年")).toBe(false);
  });
});

describe("a counted label whose sentence states the count", () => {
  it("takes only labels of that count as distractors", () => {
    expect(countedIn("六个坚持", "强调坚持甲、坚持乙……六项原则，即“（    ）”。")).toBe("六");
    expect(countedIn("六个坚持", "双方同意落实“（    ）”。")).toBeUndefined();
    expect(countedIn("和平原则", "六项原则")).toBeUndefined();
  });

  it("makes no mcq when the corpus has no label of that count", () => {
    const body = "北陆国提出合作倡议，强调坚持平等、坚持开放、坚持包容三项原则，即“三个坚持”。南川国提出“四个坚持”。东屿国提出“五大走廊”。西原国提出“两大支柱”。";
    const c = corpusOf(body, (d) => [
      fact(d, "concept", "三个坚持", { term: "三个坚持", category: "slogan" }),
      fact(d, "concept", "四个坚持", { term: "四个坚持", category: "slogan" }),
      fact(d, "concept", "五大走廊", { term: "五大走廊", category: "slogan" }),
      fact(d, "concept", "两大支柱", { term: "两大支柱", category: "slogan" }),
    ]);
    const { bank } = generateBank(c);
    const q = bank.questions.find((q) => q.type === "mcq" && q.prompt.includes("三项原则"));
    expect(q).toBeUndefined();
    expect(bank.questions.some((q) => q.type === "flashcard" && q.prompt.includes("三项原则"))).toBe(true);
  });
});

describe("a statement about a term", () => {
  it("is asked as the statement; a stated meaning as a meaning", () => {
    const c = corpusOf("其中，互信是开展合作的政治基础。海权观是指以海洋通道为核心的安全观念。", (d) => [
      fact(d, "concept", "互信", { term: "互信", category: "definition", definition: "开展合作的政治基础" }),
      fact(d, "concept", "海权观", { term: "海权观", category: "definition", definition: "以海洋通道为核心的安全观念" }),
    ]);
    const { bank } = generateBank(c);
    const cards = bank.questions.filter((q) => q.type === "flashcard").map((q) => q.front);
    expect(cards).toContain("根据原文，“互信”是（    ）。\n括号中应是什么？");
    expect(cards).toContain("什么是“海权观”？");
  });
});

describe("events that name nothing alone", () => {
  it("drop a short form for a name given earlier, a bare title and an adverb tying them to another event", () => {
    expect(usableEvent("论坛第三届部长级会议在港城举行")).toBeUndefined();
    expect(usableEvent("北陆国在大会上签署《公约》")).toBeUndefined();
    expect(usableEvent("北陆国又提出全球海洋倡议")).toBe("北陆国提出全球海洋倡议");
    expect(usableEvent("北陆国与南川国签署《海港合作协定》")).toBe("北陆国与南川国签署《海港合作协定》");
  });

  it("ask no date resolved from the day the document was written", () => {
    const body = "北陆国与南川国的合作不断深化。上月，第四次海港合作外长会在港城举行。";
    const c = corpusOf(body, (d) => [
      fact(d, "date", "上月", { iso: "2032-10", precision: "month", text: "上月", inferred: true, event: "第四次海港合作外长会在港城举行" }),
    ]);
    const { bank } = generateBank(c);
    expect(bank.questions.some((q) => q.prompt.includes("外长会在港城举行") && q.prompt.includes("什么时候"))).toBe(false);
  });
});
