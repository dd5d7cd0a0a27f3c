/**
 * Round 17 (q17), on invented text: a figure written in numerals beside another figure of its unit, a round
 * figure asked beside the exact one.
 */
import { describe, expect, it } from "vitest";
import { answerEchoed, questionFlags } from "./selfcheck";
import { testQuestion as q } from "@/tests/support/question";

describe("a figure in numerals beside another figure of its unit", () => {
  it("is no leak when the number differs", () => {
    expect(answerEchoed("百分之六十", "甲方持股____，乙方持股百分之四十。")).toBe(false);
    expect(answerEchoed("十年", "本协定有效期____，期满后可再延长五年。")).toBe(false);
    const cloze = q({ type: "cloze", prompt: "根据原文填空：甲方持股____，乙方持股百分之四十。", answer: "百分之六十", tags: ["figure"] });
    expect(questionFlags(cloze)).not.toContain("answer-leak");
  });
  it("is a leak when the prompt gives the same number", () => {
    const cloze = q({ type: "cloze", prompt: "根据原文填空：本协定有效期____，期满后自动延期五年。", answer: "五年", tags: ["figure"] });
    expect(questionFlags(cloze)).toContain("answer-leak");
  });
  it("leaves a name with another count a leak", () => {
    expect(answerEchoed("二十国集团", "____由此扩大为三十国集团。")).toBe(true);
    // a bare numeral word with no unit is a name ("“十百千”"), not a figure
    expect(answerEchoed("十百千", "实施“____”工程，共三百二十个项目。")).toBe(true);
  });
});

describe("a round figure beside the exact one", () => {
  it("is ambiguous asked", () => {
    const cloze = q({ type: "cloze", prompt: "根据原文填空：丁运河全长____左右，准确地说是三百一十二公里。", answer: "三百公里", tags: ["figure"] });
    expect(questionFlags(cloze)).toContain("ambiguous-blank");
  });
  it("leaves a figure with no correction beside it", () => {
    const cloze = q({ type: "cloze", prompt: "根据原文填空：丁运河全长____左右，途经四个省份。", answer: "三百公里", tags: ["figure"] });
    expect(questionFlags(cloze)).not.toContain("ambiguous-blank");
  });
});
