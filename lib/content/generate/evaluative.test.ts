/** Evaluations asked as if they were facts: a role read as a definition, a sentence of praise asked by its span of time. */
import { describe, expect, it } from "vitest";
import { evaluativeOnly, questionFlags } from "./selfcheck";
import { testQuestion as q } from "@/tests/support/question";

describe("an evaluation asked as a fact", () => {
  it("is a definition-form question whose answer is the role an evaluation gives", () => {
    const card = q({ type: "flashcard", prompt: "根据原文，“共同的发展理念”是（    ）。", front: "根据原文，“共同的发展理念”是（    ）。\n括号中应是什么？", back: "双方深化经济合作的导向", tags: ["concept", "definition"] });
    expect(evaluativeOnly(card)).toBe(true);
    expect(questionFlags(card)).toContain("not-content");
    // a definition that says what the thing is stays
    const real = q({ type: "flashcard", prompt: "根据原文，“甲乙走廊”是（    ）。", back: "连接甲国南部港口和乙国北部城市的运输通道", tags: ["concept", "definition"] });
    expect(evaluativeOnly(real)).toBe(false);
  });

  it("is a sentence of praise asked only by the span of time it opens with", () => {
    const tf = q({ type: "true_false", prompt: "判断正误（依据原文）：20多年来，本着平等相待的原则，甲国与乙国在核心利益问题上予以相互理解与支持。", answer: true, tags: ["figure"] });
    expect(evaluativeOnly(tf)).toBe(true);
    const cloze = q({ type: "cloze", prompt: "根据原文填空：建交____来，甲乙关系实现了跨越式发展。", answer: "二十多年", tags: ["figure"] });
    expect(evaluativeOnly(cloze)).toBe(true);
    const card = q({ type: "flashcard", prompt: "建交（    ），甲乙关系实现了跨越式发展。", back: "二十多年来", tags: ["figure"] });
    expect(evaluativeOnly(card)).toBe(true);
  });

  it("stays when the sentence states a figure besides its span of time, or praises nothing", () => {
    const counted = q({ type: "true_false", prompt: "判断正误（依据原文）：30多年来，甲国始终坚持派出维和人员，累计5万余人次。", answer: true, tags: ["figure"] });
    expect(evaluativeOnly(counted)).toBe(false);
    const plain = q({ type: "cloze", prompt: "根据原文填空：____来，甲乙贸易额增长了两倍。", answer: "十年", tags: ["figure"] });
    expect(evaluativeOnly(plain)).toBe(false);
    const praiseOfAFigure = q({ type: "cloze", prompt: "根据原文填空：十年来，甲乙关系实现了跨越式发展，贸易额达到____亿美元。", answer: "500", tags: ["figure"] });
    expect(evaluativeOnly(praiseOfAFigure)).toBe(false);
  });
});
