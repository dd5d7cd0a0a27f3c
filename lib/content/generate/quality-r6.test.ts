/**
 * Round 6 (issue #4): a title the sentence sets in 《》 is a name even when its words would read
 * as a description elsewhere (各方, 各国, a two-character head and 倡议); the same words without
 * 《》 are still declined.
 */
import { describe, expect, it } from "vitest";
import { fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import type { Corpus, ExtractedFact } from "../types";
import { usableAgreement } from "./builders/agreement";

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
