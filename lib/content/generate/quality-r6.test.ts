/**
 * Round 6 (issue #4): a title the sentence sets in 《》 is a name even when its words would read
 * as a description elsewhere (各方, 各国, a two-character head and 倡议); the same words without
 * 《》 are still declined.
 */
import { describe, expect, it } from "vitest";
import { fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import type { Corpus, ExtractedFact } from "../types";
import { generateBank } from "./bank";
import { usableAgreement } from "./builders/agreement";
import { stripFootnoteMarks } from "./context";

function corpusOf(body: string, facts: (d: ReturnType<typeof makeDoc>) => ExtractedFact[]): Corpus {
  const d = makeDoc("doc_r6", "测试文献", body);
  return { documents: [d], facts: facts(d) };
}

describe("a title in 《》", () => {
  it("is usable although its words hold 各 or a short head and 倡议", () => {
    const c = corpusOf("2031年5月，北陆国与南川国签署《海港各方合作宣言》。两国参与《护林倡议》。", (d) => [
      fact(d, "agreement", "《海港各方合作宣言》", { name: "海港各方合作宣言", category: "document", type: "宣言", parties: ["北陆国", "南川国"], date: "2031-05" }),
      fact(d, "agreement", "《护林倡议》", { name: "护林倡议", category: "document", type: "倡议", parties: [] }),
    ]);
    expect(usableAgreement(c.facts[0] as never)).toBe(true);
    expect(usableAgreement(c.facts[1] as never)).toBe(true);
  });

  it("is not granted to the same words without 《》", () => {
    const c = corpusOf("两国参与护林倡议。北陆国推动相关各方合作宣言。", (d) => [
      fact(d, "agreement", "护林倡议", { name: "护林倡议", category: "document", type: "倡议", parties: [] }),
      fact(d, "agreement", "相关各方合作宣言", { name: "相关各方合作宣言", category: "document", type: "宣言", parties: [] }),
    ]);
    expect(usableAgreement(c.facts[0] as never)).toBe(false);
    expect(usableAgreement(c.facts[1] as never)).toBe(false);
  });
});

describe("a footnote mark after Chinese text", () => {
  it("is left out of a prompt, a unit's square is kept", () => {
    expect(stripFootnoteMarks("2031年，海港委员会正式启动运作²，成为常设机构。")).toBe("2031年，海港委员会正式启动运作，成为常设机构。");
    expect(stripFootnoteMarks("签署《海港宣言》[3]。")).toBe("签署《海港宣言》。");
    expect(stripFootnoteMarks("面积约269 km²。")).toBe("面积约269 km²。");
  });
});

describe("an agreement named twice in its sentence", () => {
  it("is blanked at both places outside titles, so the blank does not give itself away", () => {
    const c = corpusOf("2031年3月9日，海港基金在南川注册成立，首期资本金400亿美元，2034年北陆国宣布向海港基金新增资金。", (d) => [
      fact(d, "agreement", "海港基金", { name: "海港基金", category: "organisation", type: "基金", parties: [] }),
    ]);
    const card = generateBank(c).bank.questions.find((q) => q.type === "flashcard");
    expect(card).toBeDefined();
    expect(card!.front ?? card!.prompt).not.toContain("海港基金");
  });
});
