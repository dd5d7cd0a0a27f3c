/**
 * Round 9d, on invented text: countries counted but never named ("两国元首……"), a blank in a list
 * the text says is longer than shown ("甲、乙、（    ）等6个领域"), a blank that takes the rest of a
 * word after 和 ("和（    ）" → "平……"), events opening on "同中国签署" or on a cut "……向", and
 * handout labels ("难点：") are flagged.
 */
import { describe, expect, it } from "vitest";
import { cutsCompoundWord } from "./context";
import { artefactFlags, openListBlank, questionFlags, unnamedCountries } from "./selfcheck";
import { testQuestion as q } from "@/tests/support/question";

describe("a blank in a list the text says is longer", () => {
  it("is open when the count exceeds the items shown", () => {
    expect(openListBlank("某机制已设立水利、农业、____等6个优先领域。")).toBe(true);
    expect(openListBlank("双方建立了甲机制、（    ）、乙委员会等数十个对话机制。")).toBe(true);
    expect(openListBlank("（    ）、乙会议等多个平台")).toBe(true);
  });
  it("is closed when the count is the items shown, or the list ends on a bare 等", () => {
    expect(openListBlank("甲、乙、____等3个领域")).toBe(false);
    expect(openListBlank("包括《甲宪章》、（    ）、《乙条约》等国际条约")).toBe(false);
    expect(openListBlank("打造政治、____、农业、能源四大领域")).toBe(false);
    expect(openListBlank("坚持____、平等相待、合作共赢")).toBe(false);
  });
  it("drops a cloze and a card, not an mcq", () => {
    const prompt = "根据原文填空：某机制已设立水利、农业、____等6个优先领域。";
    expect(questionFlags(q({ type: "cloze", prompt, answer: "减灾" }))).toContain("ambiguous-blank");
    const front = "某机制已设立水利、农业、（    ）等6个优先领域。 括号中应是什么？";
    expect(questionFlags(q({ type: "flashcard", prompt: front, front, back: "减灾" }))).toContain("ambiguous-blank");
  });
});

describe("a blank that takes the rest of a word", () => {
  it("flags 和（    ） answered by 平……", () => {
    const flags = questionFlags(q({ type: "cloze", prompt: "根据原文填空：甲国与20多个国家签署了和____。", answer: "平利用某能源合作协定" }));
    expect(flags).toContain("artefact:answer-edge");
  });
  it("keeps 和（    ） answered by a name", () => {
    const flags = questionFlags(q({ type: "cloze", prompt: "根据原文填空：甲国签署了《乙条约》和____。", answer: "《丙公约》" }));
    expect(flags).not.toContain("artefact:answer-edge");
  });
});

describe("handout labels", () => {
  it("flags 难点：/教学重点：", () => {
    expect(artefactFlags("难点：理解合作的特殊意义。")).toContain("artefact:glued");
    expect(artefactFlags("教学重点：理解合作的特殊意义。")).toContain("artefact:glued");
    expect(artefactFlags("双方的重点是合作。")).not.toContain("artefact:glued");
  });
});

describe("a count given by the text's numeral abbreviation", () => {
  const front = "甲国启动（    ）示范区、100个乙项目及1000个培训名额，简称“十百千”项目。 括号中的数字是多少？";
  it("is a leak for 10 against “十百千”", () => {
    expect(questionFlags(q({ type: "flashcard", prompt: front, front, back: "10个" }))).toContain("answer-leak");
  });
  it("is none for a number the abbreviation does not hold, or an answer naming more than a count", () => {
    expect(questionFlags(q({ type: "flashcard", prompt: front, front, back: "20个" }))).not.toContain("answer-leak");
    const prompt = "根据原文填空：甲国启动____、100个乙项目及1000个培训名额，简称“十百千”项目。";
    expect(questionFlags(q({ type: "cloze", prompt, answer: "10个低碳示范区" }))).not.toContain("answer-leak");
  });
});

describe("a blank leaving 干线 outside", () => {
  it("cuts 某某铁路干线", () => {
    const t = "双方同意将甲乙1号铁路干线升级改造项目作为重点。";
    const start = t.indexOf("甲乙");
    expect(cutsCompoundWord(t, { start, end: t.indexOf("干线") })).toBe(true);
    expect(cutsCompoundWord("双方同意将甲乙1号铁路作为重点。", { start, end: start + 7 })).toBe(false);
  });
});

describe("notes, tables and headings run together (sample 2)", () => {
  it("flags an editor's doubt about the source's figure", () => {
    expect(artefactFlags("甲方累计投资超过100亿元（原文如此，疑为“10亿”之误，待核）。")).toContain("artefact:footnote");
  });
  it("flags ※, 课后阅读： and a statistics row written as fields", () => {
    expect(artefactFlags("甲乙合作成果※简答题常考：各举一例")).toContain("artefact:glued");
    expect(artefactFlags("分析通道的作用课后阅读：《某某声明》")).toContain("artefact:glued");
    expect(artefactFlags("年份：2001；贸易额：（    ）；说明：建交当年。")).toContain("artefact:glued");
    expect(artefactFlags("时间：2001年3月；事件：甲国与乙国建交；意义：关系的开端。")).not.toContain("artefact:glued");
  });
  it("flags a journal's running head whose year is blanked", () => {
    expect(artefactFlags("某某研究____第2期二、某组织面临的困境")).toContain("artefact:page-header");
  });
  it("drops a speech's dateline asked as a blank", () => {
    const front = "某省工作报告——2001年1月2日在（    ）上。 括号中应是什么？";
    expect(questionFlags(q({ type: "flashcard", prompt: front, front, back: "某省人民代表大会" }))).toContain("trivial-blank");
  });
  it("reads 两国 after an instruction's closing bracket", () => {
    expect(unnamedCountries("阅读原文，括号处列举的是下列哪几项？（多选）两国在多边框架内保持协调。")).toBe(true);
  });
});

describe("sample 2 gaps", () => {
  it("reads a statistics row after an instruction's colon", () => {
    expect(artefactFlags("根据原文，选择填入括号的数字：年份：2001；贸易额：（    ）；说明：建交当年。")).toContain("artefact:glued");
    expect(artefactFlags("根据原文填空：年份：____；文件：《某组织反恐怖主义公约》。")).not.toContain("artefact:glued");
  });
  it("reads 由三国", () => {
    expect(unnamedCountries("秘书长由三国轮流担任。")).toBe(true);
    expect(unnamedCountries("中国和甲国两国在多边框架内保持协调。")).toBe(false);
  });
});
