/**
 * What the final read samples (issue #4) rejected, on invented documents: distractors the
 * sentence itself rules out, kinds of agreement dated as if they were one document,
 * statements asked as meanings, distractors of another kind, family or country pair,
 * counted labels given away by their sentence, and events that name nothing alone.
 */
import { describe, expect, it } from "vitest";
import { fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import type { Corpus, ExtractedFact } from "../types";
import { generateBank } from "./bank";
import { documentFamily } from "./builders/agreement";
import { foreignPair, pairsIn } from "./builders/common";
import { countedIn, sameKindHead } from "./builders/concept";

function corpusOf(body: string, facts: (d: ReturnType<typeof makeDoc>) => ExtractedFact[]): Corpus {
  const d = makeDoc("doc_f", "测试文献", body);
  return { documents: [d], facts: facts(d) };
}

describe("options of another kind", () => {
  it("documents only against their family", () => {
    expect(documentFamily("海港合作条约")).toBe(documentFamily("山地保护协定"));
    expect(documentFamily("海港合作宣言")).toBe(documentFamily("两国联合声明"));
    expect(documentFamily("北陆国工业发展战略2035")).toBe(documentFamily("南川国2020—2040年发展规划"));
    expect(documentFamily("北陆国工业发展战略（2020—2030）")).toBe("plan");
    expect(documentFamily("海港合作条约")).not.toBe(documentFamily("北陆国工业发展战略2035"));
  });

  it("a community only against communities of the same modifier", () => {
    expect(sameKindHead("北陆经济共同体", "南川经济共同体")).toBe(true);
    expect(sameKindHead("北陆经济共同体", "地区安全共同体")).toBe(false);
    expect(sameKindHead("和平原则", "地区安全共同体")).toBe(false);
    expect(sameKindHead("和平原则", "合作精神")).toBe(true);
  });

  it("no option names a country pair the passage and the answer do not", () => {
    expect([...pairsIn("中俄还举办了中俄科技年")]).toEqual(["俄"]);
    expect(pairsIn("中国与中心城市").size).toBe(0);
    expect(foreignPair("中非文化交流年", "中俄还举办了中俄科技年和（    ）。", "中俄青年交流年")).toBe(true);
    expect(foreignPair("地方合作交流年", "中俄还举办了中俄科技年和（    ）。", "中俄青年交流年")).toBe(false);
    expect(foreignPair("中俄媒体交流年", "中俄还举办了中俄科技年和（    ）。", "中俄青年交流年")).toBe(false);
  });
});

describe("a counted label whose sentence states the count", () => {
  it("takes only labels of that count as distractors", () => {
    expect(countedIn("六个坚持", "强调坚持甲、坚持乙……六项原则，即“（    ）”。")).toBe("六");
    expect(countedIn("六个坚持", "双方同意落实“（    ）”。")).toBeUndefined();
    expect(countedIn("和平原则", "六项原则")).toBeUndefined();
  });

  it("makes no mcq when the corpus has no label of that count", () => {
    const body = "北陆国提出合作倡议，强调坚持平等、坚持开放、坚持包容三项原则，即“三个坚持”。南川国提出“四个坚持”。东屿国提出“五大走廊”。西原国提出“两大支柱”。";
    const c = corpusOf(body, (d) => [
      fact(d, "concept", "三个坚持", { term: "三个坚持", category: "slogan" }),
      fact(d, "concept", "四个坚持", { term: "四个坚持", category: "slogan" }),
      fact(d, "concept", "五大走廊", { term: "五大走廊", category: "slogan" }),
      fact(d, "concept", "两大支柱", { term: "两大支柱", category: "slogan" }),
    ]);
    const { bank } = generateBank(c);
    const q = bank.questions.find((q) => q.type === "mcq" && q.prompt.includes("三项原则"));
    expect(q).toBeUndefined();
    expect(bank.questions.some((q) => q.type === "flashcard" && q.prompt.includes("三项原则"))).toBe(true);
  });
});
