/**
 * What sample Z rejected, on invented text: count-names given away by their own list, events with
 * no subject and photo captions, bare shared count-names, newspaper datelines, running heads and
 * footnote lines, 《》 the source does not write, pairs and coordinated titles as names, forums'
 * short forms.
 */
import { describe, expect, it } from "vitest";
import { questionFlags } from "./selfcheck";
import { countOf } from "./text";
import { withoutRunningHead } from "./tidy";
import { testQuestion as q } from "@/tests/support/question";

describe("a list that gives away its own count-name", () => {
  it("reads the count of a count-name", () => {
    expect(countOf("三大支柱")).toBe(3);
    expect(countOf("六个坚持")).toBe(6);
    expect(countOf("海港合作条约")).toBe(0);
  });
  it("drops an mcq whose list has the answer's count and no other option shares it", () => {
    const prompt = "阅读原文，选择填入括号的一项：两国提出打造山路、水路、海路的“（    ）”。";
    expect(questionFlags(q({ type: "mcq", prompt, options: ["三大通道", "两个中心", "四点主张", "五项原则"], answer: "三大通道" }))).toContain("answer-leak");
    expect(questionFlags(q({ type: "mcq", prompt, options: ["三大通道", "三个中心", "三点主张", "三项原则"], answer: "三大通道" }))).not.toContain("answer-leak");
  });
});

describe("datelines, running heads and footnote lines", () => {
  it("never asks a newspaper dateline", () => {
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：本报北陆城____电（记者某某）两国宣布建交。", answer: "5月8日" }))).toContain("trivial-blank");
  });
  it("flags a journal's running head and a reference line", () => {
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：海洋研究2031年第2期北陆国成立于____。", answer: "1995年" }))).toContain("artefact:page-header");
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：港口最初设在甲城。3.参见《北陆海港白皮书》，____。", answer: "2031年2月" }))).toContain("artefact:footnote");
  });
  it("leaves a running head out of a prompt when a sentence follows it", () => {
    expect(withoutRunningHead("根据原文填空：海洋研究2031年第2期三、北陆的方案2030年11月，北陆国提出____。")).toBe("根据原文填空：2030年11月，北陆国提出____。");
    expect(withoutRunningHead("根据原文填空：海洋研究2031年第2期二、北陆港的困境北陆港建于____。")).toBe("根据原文填空：海洋研究2031年第2期二、北陆港的困境北陆港建于____。");
    // a date in the middle of a heading's sentence is no sentence start
    const glued = "根据原文填空：海洋研究2031年第2期二、北陆港的困境北陆港建于1995年1月1日，其前身是____。";
    expect(withoutRunningHead(glued)).toBe(glued);
  });
});
