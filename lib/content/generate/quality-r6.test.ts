/**
 * Round 6 (issue #4): a title the sentence sets in 《》 is a name even when its words would read
 * as a description elsewhere (各方, 各国, a two-character head and 倡议); the same words without
 * 《》 are still declined.
 */
import { describe, expect, it } from "vitest";
import { fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import type { Corpus, ExtractedFact } from "../types";
import { generateBank } from "./bank";
import { stripFootnoteMarks } from "./context";

function corpusOf(body: string, facts: (d: ReturnType<typeof makeDoc>) => ExtractedFact[]): Corpus {
  const d = makeDoc("doc_r6", "测试文献", body);
  return { documents: [d], facts: facts(d) };
}

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
