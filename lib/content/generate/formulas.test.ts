/**
 * Formulas of the prose (issue #4, session 14): blanks a student fills from the blank's own frame, without the document,
 * read from the frame rather than from how often a few documents repeat it. Invented texts only.
 */
import { describe, expect, it } from "vitest";
import { fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import { generateBank } from "./bank";
import { formulaBlank, patternedItem } from "./builders/formulas";
import { LAST_RESORT, withFormulasLast } from "./builders/last-resort";
import type { Question } from "../../bank/format";
import type { ConceptFact } from "./model";
import { testQuestion as q } from "@/tests/support/question";

describe("an item of a patterned series", () => {
  it("is shaped as the next item on either side: the same characters in one place or more, two or fewer others", () => {
    expect(patternedItem("把北湾建设成为□、晴朗之湾、安宁之湾。", "和睦之湾")).toBe(true);
    expect(patternedItem("推动实现“长联通”“□”“心联通”。", "短联通")).toBe(true);
    expect(patternedItem("反对冒进主义和□。", "守旧主义")).toBe(true);
    expect(patternedItem("坚持不退让、不妥协、□的立场。", "不放弃")).toBe(true);
  });
  it("is not a blank joined to its neighbour by no list's mark, nor one whose neighbour differs in three places", () => {
    expect(patternedItem("推动构建□。", "北陆共同体")).toBe(false);
    expect(patternedItem("从“□”向“资源加工国”转变。", "资源出口国")).toBe(false);
    expect(patternedItem("形成□、高度共振的格局。", "深度互通")).toBe(false);
    expect(patternedItem("北陆、□和东屿签署协定。", "南川")).toBe(false);
  });
});

describe("a formula blank", () => {
  it("is not a term for its wording alone: no list of the prose's phrases is kept", () => {
    expect(formulaBlank("根据原文填空：北陆愿同南川为构建____提供了示范。", "新型国际关系", false)).toBe(false);
    expect(formulaBlank("北陆同南川签署了（    ）。", "北陆南川海洋协定", true)).toBe(false);
  });
  it("is a meeting's outcome named by the place the stem says it was held", () => {
    expect(formulaBlank("2017年8月，北陆研讨会在南川举行，会议发表（    ）。", "《南川公报》", false)).toBe(true);
    expect(formulaBlank("根据原文填空：2018年6月，北陆组织东屿峰会发表《____》。", "东屿宣言", false)).toBe(true);
    expect(formulaBlank("2017年8月，北陆研讨会在南川举行，会议发表（    ）。", "《东屿公报》", false)).toBe(false);
    expect(formulaBlank("2017年8月，两国在南川签署（    ）。", "《南川条约》", false)).toBe(false);
    // (the place is the name's last characters before its head)
    expect(formulaBlank("根据原文填空：首届北陆峰会在西原南川举行，会议发表《____》。", "首届北陆峰会南川宣言", false)).toBe(true);
  });
  it("is a text named by the day the stem gives", () => {
    expect(formulaBlank("2031年3月8日，北陆与南川在西原签署备忘录，史称“（    ）”。", "3·8备忘录", false)).toBe(true);
    expect(formulaBlank("2031年3月9日，北陆与南川在西原签署备忘录，史称“（    ）”。", "3·8备忘录", false)).toBe(false);
  });
  it("is a frame that names its filler (以……为核心的国际体系)", () => {
    expect(formulaBlank("双方维护以（    ）为核心的国际体系。", "北陆联盟", false)).toBe(true);
    expect(formulaBlank("双方以（    ）为核心开展合作。", "北陆联盟", false)).toBe(false);
  });
  it("is an item of a patterned series, for a term or an initiative", () => {
    expect(formulaBlank("根据原文填空：把北湾建设成为____、晴朗之湾、安宁之湾。", "和睦之湾", true)).toBe(true);
    expect(formulaBlank("根据原文填空：双方在北陆会议和____之后再次会晤。", "南川会议", false)).toBe(false);
  });
  it("is a series asked whole, each item shaped as the next", () => {
    expect(formulaBlank("北陆坚持（    ）的立场。\n括号中应是什么？", "不退让、不妥协、不放弃", true)).toBe(true);
    expect(formulaBlank("北陆设有（    ）。\n括号中应是什么？", "晴川站、白鹭站", false)).toBe(false);
    expect(formulaBlank("“北陆南川关系”包括哪些内容？", "渔业、航运", true)).toBe(false);
  });
});

describe("a formula question", () => {
  const card = (id: string, factIds: string[], type: Question["type"], flags: string[]): Question => ({ ...q({ type, prompt: "p" }), id, factIds, quality: { score: 1, flags } });
  it("is kept only for a fact no other question tests, one per fact, a cloze first", () => {
    const other = card("q_other", ["f1"], "mcq", []);
    const kept = withFormulasLast([other], [card("q_f1", ["f1"], "cloze", [LAST_RESORT]), card("q_card", ["f2"], "flashcard", [LAST_RESORT]), card("q_f2", ["f2"], "cloze", [LAST_RESORT])]);
    expect(kept.map((x) => x.id)).toEqual(["q_other", "q_f2"]);
  });
  it("is kept once in the bank for a fact no other question tests", () => {
    const d = makeDoc("g30_formula", "合作", "2019年5月，北陆同南川同意把北湾建设成为和睦之湾、晴朗之湾、安宁之湾。\n\n两国签署了《北陆南川海洋协定》。");
    const slogan = fact(d, "concept", "和睦之湾", { term: "和睦之湾", category: "slogan" } as never) as ConceptFact;
    const bank = generateBank({ documents: [d], facts: [slogan] }).bank;
    const asking = bank.questions.filter((x) => x.factIds.includes(slogan.id));
    // the one formula question kept for the fact with no other, never more
    expect(asking.length).toBe(1);
    expect(asking[0]!.quality.flags).toContain(LAST_RESORT);
  });
});
