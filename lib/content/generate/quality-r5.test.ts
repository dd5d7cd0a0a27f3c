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
import { usableAgreement } from "./builders/agreement";
import { foreignPair, usableEvent } from "./builders/common";
import { itemDistractorPool, itemsFitForOptions, opposedTerms } from "./builders/concept";
import { dateEvent, onlyModifierVerbs, rangeSpellings } from "./builders/date";
import { buildContext, clippedOpening, cutsQuotedWord, DANGLING_INSIDE, tidyStart } from "./context";
import { answerEchoed, artefactFlags } from "./selfcheck";

function corpusOf(body: string, facts: (d: ReturnType<typeof makeDoc>) => ExtractedFact[]): Corpus {
  const d = makeDoc("doc_r5", "测试文献", body);
  return { documents: [d], facts: facts(d) };
}

const shown = (q: { prompt: string; front?: string }) => q.front ?? q.prompt;

describe("a clipped opening clause", () => {
  it("a name left alone as the first clause is detected", () => {
    expect(clippedOpening("《海港合作宣言》，北陆国关注的领域均被纳入合作重点。", { start: 0, end: 8 })).toBe(true);
    expect(clippedOpening("2031年9月，北陆国签署协定。", { start: 0, end: 8 })).toBe(false);
    expect(clippedOpening("北陆国签署《海港合作宣言》，推动合作。", { start: 5, end: 13 })).toBe(false);
  });

  it("gives no blank whose clause lost what it said of the name", () => {
    const c = corpusOf("审视本届峰会成果文件，尤其是《海港合作宣言》，北陆国关注的发展领域均被纳入合作重点。", (d) => [
      fact(d, "agreement", "海港合作宣言", { name: "海港合作宣言", category: "document", type: "宣言", parties: ["北陆国"] }),
    ]);
    const { bank } = generateBank(c);
    for (const q of bank.questions) expect(shown(q)).not.toMatch(/(?:^|：)《?(?:（\s*）|_{2,})》?，北陆国/u);
  });
});

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

describe("an event whose only verb modifies a noun", () => {
  it("is no event: no when-question, no statement", () => {
    expect(onlyModifierVerbs("在南川国举行的第四次北陆国元首会议")).toBe(true);
    expect(onlyModifierVerbs("北陆国与南川国签署的协定正式生效")).toBe(false);
    expect(onlyModifierVerbs("北陆国元首会议在南川国举行")).toBe(false);
    const c = corpusOf("2031年7月，在南川国举行的第四次北陆国元首会议，签署了《海港合作协议》。", (d) => [
      fact(d, "date", "2031年7月", { iso: "2031-07", precision: "month", text: "2031年7月", inferred: false, event: "在南川国举行的第四次北陆国元首会议" }),
    ]);
    expect(dateEvent(c.facts[0] as never, buildContext(c))).toBeUndefined();
    const { bank } = generateBank(c);
    expect(bank.questions.some((q) => q.type === "true_false" || q.prompt.includes("是在什么时候"))).toBe(false);
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

describe("events that name nothing alone", () => {
  it("an ordinal and a generic meeting, or a bare type word, open no event", () => {
    expect(usableEvent("第三次领导人会议以视频方式举行")).toBeUndefined();
    expect(usableEvent("条约审议和延期大会决定条约无限期延长")).toBeUndefined();
    expect(usableEvent("海港合作第三次领导人会议以视频方式举行")).toBe("海港合作第三次领导人会议以视频方式举行");
  });

  it("a date cut out with its 于 leaves no event joined across the gap", () => {
    const c = corpusOf("海港合作源于2031年9月在联合国大会期间举行的首次外长会晤。", (d) => [
      fact(d, "date", "2031年9月", { iso: "2031-09", precision: "month", text: "2031年9月", inferred: false, event: "海港合作源在联合国大会期间举行的首次外长会晤" }),
    ]);
    expect(dateEvent(c.facts[0] as never, buildContext(c))).toBeUndefined();
  });
});

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

describe("the five documents' sample", () => {
  it("a sentence opening with 在此/由此 takes the sentence before or is not asked", () => {
    const body = "北陆国大力推进互联互通。\n\n在此推动下，北陆国已经成为南川国第一大贸易伙伴，双边贸易额达到120亿元。";
    const c = corpusOf(body, (d) => [fact(d, "figure", "120亿元", { number: 120, text: "120亿元", unit: "亿元", measure: "双边贸易额" })]);
    const { bank } = generateBank(c);
    for (const q of bank.questions) expect(shown(q)).not.toMatch(/(?:^|：)在此推动下/u);
  });

  it("a last-resort card blanks the name, not a key wider than it", () => {
    const c = corpusOf("双边关系上，北陆国与南川国、东屿国和西原国皆是战略伙伴和联盟关系，与中原国是全面战略伙伴和联盟关系。", (d) => [
      fact(d, "agreement", "西原国皆是战略伙伴和联盟关系", { name: "战略伙伴和联盟关系", category: "partnership", parties: ["北陆国", "西原国"] }),
    ]);
    const { bank } = generateBank(c);
    for (const q of bank.questions) expect(q.back ?? "").not.toContain("皆是");
  });

  it("a level cut from a coordination (甲和乙关系 → 乙关系) is declined", () => {
    const c = corpusOf("北陆国与南川国、东屿国皆是战略伙伴和联盟关系。北陆国与西原国建立联盟关系。", (d) => [
      fact(d, "agreement", "联盟关系", { name: "联盟关系", category: "partnership", parties: ["北陆国", "南川国"] }),
      fact(d, "agreement", "联盟关系", { name: "联盟关系", category: "partnership", parties: ["北陆国", "西原国"] }, 1),
    ]);
    expect(usableAgreement(c.facts[0] as never)).toBe(false);
    expect(usableAgreement(c.facts[1] as never)).toBe(true);
  });

  it("a date range is accepted with any usual separator", () => {
    expect(rangeSpellings("2018~2023年")).toEqual(expect.arrayContaining(["2018~2023年", "2018—2023年", "2018-2023年", "2018年至2023年"]));
    expect(rangeSpellings("2031年")).toEqual(["2031年"]);
  });
});

/* Fourth round: what the second fresh sample of unseen documents (seed r5-unseen-Y-47) rejected. */

describe("the second unseen sample", () => {
  it("an ordinal is dropped only as a connective (第六，), never from 第六届", () => {
    expect(tidyStart("第六届海港博览会于2031年11月在北陆国举行。").text).toBe("第六届海港博览会于2031年11月在北陆国举行。");
    expect(tidyStart("第六，北陆国加强港口建设。").text).toBe("北陆国加强港口建设。");
  });

  it("双方/两国 with no one named take the sentence before", () => {
    const body = "北陆国与南川国于2029年9月建立外交关系；2031年7月，双方宣布建立海港伙伴关系。\n\n2032年5月，两国签署了《山地保护协定》。";
    const c = corpusOf(body, (d) => [
      fact(d, "agreement", "海港伙伴关系", { name: "海港伙伴关系", category: "partnership", parties: ["北陆国", "南川国"] }),
      fact(d, "agreement", "山地保护协定", { name: "山地保护协定", category: "document", type: "协定", parties: [] }),
    ]);
    const { bank } = generateBank(c);
    for (const q of bank.questions) {
      if (/^(?:根据原文填空：|阅读原文，选择填入括号的一项：)?2031年7月，双方/u.test(shown(q))) throw new Error(`unnamed: ${q.prompt}`);
      expect(shown(q)).not.toMatch(/^(?:根据原文填空：)?2032年5月，两国签署了/u);
    }
  });

  it("a name given by its neighbour with another number, or the only option with the passage's pair, gives the answer away", () => {
    expect(answerEchoed("16+1合作", "2031年，东屿国正式加入，“（    ）”由此扩展为“17+1合作”。", [], true)).toBe(true);
    expect(answerEchoed("894亿元", "2031年贸易额突破700亿元，2032年达到（    ）。", [], false)).toBe(false);
    expect(answerEchoed("中俄伙伴共同体", "中俄论坛通过《关于构建更加紧密的（    ）的宣言》。", ["海洋伙伴共同体", "网络伙伴共同体", "人类伙伴共同体"])).toBe(true);
    expect(answerEchoed("中俄伙伴共同体", "中俄论坛通过《关于构建更加紧密的（    ）的宣言》。", ["中俄海洋共同体", "网络伙伴共同体", "人类伙伴共同体"])).toBe(false);
  });

  it("a clause is no concept for a last-resort card", () => {
    const c = corpusOf("专家指出，推动海港局势稳定需要把握好三个关键：首先，坚持对话协商。", (d) => [
      fact(d, "concept", "推动海港局势稳定需要把握好三个关键", { term: "三个关键", category: "enumeration", items: [] }),
    ]);
    const { bank } = generateBank(c);
    expect(bank.questions.some((q) => (q.back ?? "").includes("需要"))).toBe(false);
  });
});
