/**
 * Faults the read samples of unseen documents left (issue #4, round 5), each reproduced on a
 * tiny invented text: an unanchored relative time, a clipped opening clause, a date written
 * with 以来, an answer standing elsewhere in its prompt, an event that is only a noun phrase,
 * and distractors matched on one shared character or taken from what the text opposes.
 */
import { describe, expect, it } from "vitest";
import { fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import type { Corpus, ExtractedFact } from "../types";
import { generateBank } from "./bank";
import { foreignPair } from "./builders/common";
import { itemDistractorPool, itemsFitForOptions, opposedTerms } from "./builders/concept";
import { buildContext, cutsQuotedWord, DANGLING_INSIDE, tidyStart } from "./context";
import { answerEchoed, artefactFlags } from "./selfcheck";

function corpusOf(body: string, facts: (d: ReturnType<typeof makeDoc>) => ExtractedFact[]): Corpus {
  const d = makeDoc("doc_r5", "测试文献", body);
  return { documents: [d], facts: facts(d) };
}

const shown = (q: { prompt: string; front?: string }) => q.front ?? q.prompt;

describe("an answer that stands elsewhere in its prompt", () => {
  it("is found when most of it is written again, or only its count differs", () => {
    expect(answerEchoed("海港组织峰会", "2031年9月，海港组织领导人第十一次峰会在北陆国举行，这是北陆国首次主办（    ）。")).toBe(true);
    expect(answerEchoed("海港四国", "2031年，东屿国正式加入，“（    ）”由此变为“海港五国”。")).toBe(true);
    // a list's shared part is its pattern, not the answer
    expect(answerEchoed("坚持共同发展", "双方坚持共同安全、____、坚持共同繁荣、坚持共同进步。")).toBe(false);
    expect(answerEchoed("海港组织峰会", "北陆国主办了（    ），推动区域合作。")).toBe(false);
    // of four options, only the answer repeats a name of the prompt
    expect(answerEchoed("北陆海洋保护基金", "北陆国出资建立（    ），支持海洋保护事业。", ["山地合作基金", "南川发展基金", "东屿投资基金"])).toBe(true);
    expect(answerEchoed("北陆海洋保护基金", "北陆国出资建立（    ），支持海洋保护事业。", ["南川海洋保护基金", "东屿海洋保护基金", "西原投资基金"])).toBe(false);
  });

  it("drops such blanks from the bank", () => {
    const c = corpusOf("2031年9月4日至5日，海港组织领导人第十一次峰会在北陆国举行，这是北陆国首次主办海港组织峰会。", (d) => [
      fact(d, "agreement", "海港组织峰会", { name: "海港组织峰会", category: "mechanism", type: "峰会", parties: ["北陆国"] }),
    ]);
    const { bank } = generateBank(c);
    expect(bank.questions.some((q) => q.factIds.includes(c.facts[0]!.id) && /（\s*）|_{2,}/u.test(shown(q)))).toBe(false);
  });
});

describe("term distractors", () => {
  it("share a whole head word, not one character", () => {
    const body = [
      "2031年，东屿国正式加入，北陆国由此成为“海港联盟国”。",
      "南川国是全球“三大出口国”之一。",
      "旅客凭“一证通行十国”出行。",
      "西原国被列为“重点伙伴国”。",
      "北陆国是“第二大贸易国”。",
    ].join("");
    const c = corpusOf(body, (d) =>
      ["海港联盟国", "三大出口国", "一证通行十国", "重点伙伴国", "第二大贸易国"].map((t) => fact(d, "concept", t, { term: t, category: "slogan" })),
    );
    const { bank } = generateBank(c);
    const q = bank.questions.find((q) => q.type === "mcq" && q.answer === "海港联盟国");
    expect(q).toBeUndefined();
  });

  it("what the text opposes is never offered for what it upholds", () => {
    const body = [
      "两国共同打击恐怖主义、分裂主义、极端主义“三股势力”。",
      "北陆国积极维护与践行“多边主义”，推动地区合作。",
      "南川国倡导“人道主义”，开展医疗援助。",
      "东屿国奉行“现实主义”，重视经济合作。",
      "西原国坚持“理想主义”，参与国际事务。",
      "中原国秉持“实用主义”，推进基础设施建设。",
    ].join("");
    const c = corpusOf(body, (d) => [
      fact(d, "concept", "恐怖主义、分裂主义、极端主义", { term: "三股势力", category: "enumeration", items: ["恐怖主义", "分裂主义", "极端主义"], count: 3 }),
      ...["多边主义", "人道主义", "现实主义", "理想主义", "实用主义"].map((t) => fact(d, "concept", t, { term: t, category: "slogan" })),
    ]);
    const opposed = opposedTerms(buildContext(c));
    expect(opposed.has("恐怖主义")).toBe(true);
    expect(opposed.has("多边主义")).toBe(false);
    const { bank } = generateBank(c);
    const q = bank.questions.find((q) => q.type === "mcq" && q.answer === "多边主义");
    expect(q).toBeDefined();
    for (const o of q!.options!) expect(["恐怖主义", "分裂主义", "极端主义"]).not.toContain(o);
  });
});

/* Second round: what the fresh sample of unseen documents (seed r5-unseen-X-41) rejected. */

describe("passages and prompts", () => {
  it("a running head of a printed page is an artefact; 答： is no part of a question; 相关文件 points back", () => {
    expect(artefactFlags("在南川国，海港大桥·46·海洋研究季刊2031年第4期于2030年6月通车")).toContain("artefact:page-header");
    expect(tidyStart("答：2031年，北陆国正式退出《海港条约》。").text).toBe("2031年，北陆国正式退出《海港条约》。");
    expect(DANGLING_INSIDE.test("已有10多个国家签署相关合作文件")).toBe(true);
  });

  it("a blank never cuts a word written in quotes", () => {
    const t = "所谓“三海港区合作”，是指在沿岸港口开展的合作。";
    expect(cutsQuotedWord(t, { start: 3, end: 6 })).toBe(true);
    const list = "支持构建“平等、开放、透明”的安全架构。";
    expect(cutsQuotedWord(list, { start: 8, end: 10 })).toBe(false);
  });
});

describe("distractors, second round", () => {
  it("an option naming another partner than the passage's is ruled out by the passage", () => {
    expect(foreignPair("中国—东盟伙伴共同体", "中俄双方秉持平等相待的原则，构建（    ）。", "高水平中俄伙伴共同体")).toBe(true);
    expect(foreignPair("海洋伙伴共同体", "中俄双方秉持平等相待的原则，构建（    ）。", "高水平中俄伙伴共同体")).toBe(false);
  });

  it("the only option repeating a name of the prompt gives the answer away, years in titles or not", () => {
    expect(answerEchoed("澜沧海合作机制", "北陆国提出建立（    ）的倡议，得到澜沧海五国积极响应。", ["执法安全合作机制", "维和待命机制", "“10+1”合作机制"])).toBe(true);
    expect(
      answerEchoed("《2031年北陆国—东屿合作活动计划》", "2031年2月9日，北陆国—东屿峰会举行，会议发表了（    ）。", [
        "《南川五年行动计划（2023—2027）》",
        "《绿色使者计划》",
        "《海港行动计划》",
      ]),
    ).toBe(true);
  });

  it("list items cut from their shared word, negated items, and items of lists under another head are no options", () => {
    expect(itemsFitForOptions(["发展优先", "坚持普惠包容", "坚持创新驱动", "坚持行动导向"])).toBe(false);
    const body = "北陆国坚持开放理念，践行高标准、可持续、惠民生的目标。两国互办语言年、文化年、旅游年的交流年。援助坚持不附加条件、不干涉内政、不谋取私利的原则。";
    const c = corpusOf(body, (d) => [
      fact(d, "concept", "高标准、可持续、惠民生", { term: "目标", category: "enumeration", items: ["高标准", "可持续", "惠民生"] }),
      fact(d, "concept", "语言年、文化年、旅游年", { term: "交流年", category: "enumeration", items: ["语言年", "文化年", "旅游年"] }),
      fact(d, "concept", "不附加条件、不干涉内政、不谋取私利", { term: "原则", category: "principle", items: ["不附加条件", "不干涉内政", "不谋取私利"] }),
    ]);
    const ctx = buildContext(c);
    expect(itemDistractorPool(ctx, c.facts[0] as never, body).pool).toEqual([]);
    const { bank } = generateBank(c);
    for (const q of bank.questions) for (const o of q.options ?? []) expect(["干涉内政", "谋取私利", "附加条件"]).not.toContain(o);
  });
});

/* Third round: what the fresh sample of the five documents (seed r5-five-F-43) rejected. */

/* Fourth round: what the second fresh sample of unseen documents (seed r5-unseen-Y-47) rejected. */
