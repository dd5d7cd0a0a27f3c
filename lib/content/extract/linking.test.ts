/**
 * The same fact met again: an initiative repeated without its quotes in one document, and dated events, figures
 * and documents linked across documents (or kept apart: other partners, other numbers, other dates).
 */
import { describe, expect, it } from "vitest";
import { linkFacts } from "../link";
import { buildCorpus } from "../pipeline";
import { rawDocumentFromText } from "../read";
import { factsOf } from "./test-helpers";

describe("round 7: an initiative named in quotes and repeated without them", () => {
  it("adds the unquoted mention to the same fact", () => {
    const text = "甲国响应“东西走廊”倡议。\n\n两国共建东西走廊成果丰硕。";
    const facts = factsOf(text).filter((f) => f.kind === "agreement" && (f.value as { name: string }).name.startsWith("东西走廊"));
    expect(facts.length).toBe(1);
    expect(facts[0].alsoIn.length).toBe(1);
  });
});

describe("round 13: linking dated events", () => {
  it("does not link events of two different partners of China", () => {
    const c = buildCorpus([
      rawDocumentFromText("a", "a.txt", "2023年，中国与越南双边贸易额约为2000亿美元，创新高。"),
      rawDocumentFromText("b", "b.txt", "2023年，中国与秘鲁双边贸易额约为2000亿美元，创新高。"),
      rawDocumentFromText("c", "c.txt", "2023年，中国与越南双边贸易额约为2000亿美元，再创新高。"),
    ]);
    const dates = c.facts.filter((f) => f.kind === "date");
    expect(dates.find((f) => f.documentId === "a")!.alsoIn.map((x) => x.documentId)).toEqual(["c"]);
    expect(dates.some((f) => f.documentId === "b")).toBe(true);
  });
});

describe("round 14: links between documents", () => {
  const two = (a: string, b: string) => buildCorpus([rawDocumentFromText("a", "a.txt", a), rawDocumentFromText("b", "b.txt", b)]).facts;
  const linked = (facts: ReturnType<typeof two>, kind: string) => facts.filter((f) => f.kind === kind && f.alsoIn.some((x) => x.documentId !== f.documentId));

  it("does not link an event of a relationship whose partner one side leaves unnamed, unless on the same day", () => {
    const a = "中国与甲国关系\n\n2021年，中甲两国建交50周年。".replace(/甲/g, "土");
    const b = "中国与乙国关系\n\n今年是两国建交50周年。2021年，乙方举办活动。".replace(/乙/g, "伊");
    expect(linked(two(a, b.replace("今年是", "2021年是")), "date")).toEqual([]);
    // the same day, or the same partner named on both sides, is still one event
    expect(linked(two("2016年1月23日，中伊两国宣布建立全面战略伙伴关系。", "2016年1月23日，两国宣布建立全面战略伙伴关系。"), "date")).toHaveLength(1);
    expect(linked(two("2014年7月，中阿关系提升为全面战略伙伴关系。", "2014年7月，中阿两国关系提升为全面战略伙伴关系。"), "date")).toHaveLength(1);
  });

  it("does not link figures whose measure is a bare two-character word held in the other's", () => {
    const fig = (doc: string, measure: string) =>
      ({ id: `f_${doc}`, kind: "figure", documentId: doc, label: measure, value: { number: 10, text: "10个", unit: "个", measure, year: "2024" }, span: { start: 0, end: 1 }, quote: "1", alsoIn: [], context: { sentence: "", blockLabel: "body" } }) as unknown as Parameters<typeof linkFacts>[0][number];
    expect(linkFacts([fig("a", "国家"), fig("b", "某组织成员国家数量")])).toHaveLength(2);
    expect(linkFacts([fig("a", "成员国家数量"), fig("b", "某组织成员国家数量")])).toHaveLength(1);
  });
});

describe("round 15: linking a document named in several texts", () => {
  const doc = (id: string, date?: string) =>
    ({ id: `a_${id}`, kind: "agreement", documentId: id, label: "某合作谅解备忘录", value: { name: "某合作谅解备忘录", category: "document", parties: [], date }, span: { start: 0, end: 1 }, quote: "某", alsoIn: [], context: { sentence: "", blockLabel: "body" } }) as unknown as Parameters<typeof linkFacts>[0][number];

  it("does not join two dated documents of the same name through an undated mention", () => {
    const linked = linkFacts([doc("a"), doc("b", "2017-05"), doc("c", "2019-04")]);
    expect(linked.map((f) => f.documentId)).toEqual(["a", "c"]);
    expect(linked[0]!.alsoIn.map((s) => s.documentId)).toEqual(["b"]);
  });

  it("still joins mentions whose dates agree", () => {
    expect(linkFacts([doc("a"), doc("b", "2017-05"), doc("c", "2017-05-12")])).toHaveLength(1);
  });
});
