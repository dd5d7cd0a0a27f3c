/**
 * Sets drawn from several documents (timelines, matchings) draw only from documents on one subject, their items
 * well-formed events that name their sides; the documents a set draws on are cited.
 */
import { describe, expect, it } from "vitest";
import { date, fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import type { CleanDocument, ExtractedFact } from "../types";
import { buildMatchingQuestions, buildOrderingQuestions, garbledEvent, unnamedOption } from "./builders/sets";
import { citeDocuments, documentSubject, regionKey, subjectOfLabel } from "./builders/subjects";
import { buildContext } from "./context";

/** A document of dated lines ("2001年3月，……。") and its date facts. */
function timeline(id: string, title: string, rows: [string, string][]): { doc: CleanDocument; facts: ExtractedFact[] } {
  const doc = makeDoc(id, title, rows.map(([d, e]) => `${d}，${e}。`).join("\n"));
  const facts = rows.map(([d, e]) => {
    const m = /(\d{4})年(\d{1,2})月/u.exec(d)!;
    return fact(doc, "date", d, date(`${m[1]}-${m[2]!.padStart(2, "0")}`, "month", d, e));
  });
  return { doc, facts };
}

describe("the subject of a document", () => {
  it("is the region a title pairs with China, however the region is written", () => {
    const a = makeDoc("doc_sub1", "中国—非洲合作的新阶段", "各方同意深化合作。");
    const b = makeDoc("doc_sub2", "中国与非洲国家合作的新进展", "各方同意深化合作。");
    const ctx = buildContext({ documents: [a, b], facts: [] });
    expect(documentSubject(ctx, a.doc.id)).toBe("非洲");
    expect(documentSubject(ctx, b.doc.id)).toBe("非洲");
    expect(regionKey("拉丁美洲")).toBe("拉美");
  });

  it("is the one partner the opening names, a short form written out by the text's full name", () => {
    const a = makeDoc("doc_sub3", "中秘关系", "中国和秘鲁于某年建交。中秘合作不断深化。");
    const b = makeDoc("doc_sub4", "一份简报", "今年各国代表在某地开会。");
    const ctx = buildContext({ documents: [a, b], facts: [] });
    expect(documentSubject(ctx, a.doc.id)).toBe("秘鲁");
    expect(documentSubject(ctx, b.doc.id)).toBeUndefined();
    expect(subjectOfLabel("中国和智利", "")).toBe("智利");
    expect(subjectOfLabel("中国—东盟", "")).toBe("东盟");
  });
});

describe("a timeline of several documents", () => {
  const peru = timeline("doc_tl1", "中国—秘鲁关系大事记", [
    ["2001年3月", "中国与秘鲁签署《甲协定》"],
    ["2005年6月", "秘鲁总统首次访华"],
  ]);
  const chile = timeline("doc_tl2", "中国—智利关系大事记", [
    ["2009年4月", "智利加入某开发银行"],
    ["2013年8月", "圣地亚哥举办中智文化年开幕式"],
  ]);

  it("never mixes documents on different subjects", () => {
    const qs = buildOrderingQuestions(buildContext({ documents: [peru.doc, chile.doc], facts: [...peru.facts, ...chile.facts] }));
    expect(qs).toEqual([]);
  });

  it("draws on documents of one region and cites each of them", () => {
    const a = timeline("doc_tl3", "中国—拉美合作大事记", [
      ["2001年3月", "中国与秘鲁签署《甲协定》"],
      ["2005年6月", "智利总统首次访华"],
    ]);
    const b = timeline("doc_tl4", "中国与拉美国家关系概览", [
      ["2009年4月", "巴西加入某开发银行"],
      ["2013年8月", "墨西哥城举办文化年开幕式"],
    ]);
    const qs = buildOrderingQuestions(buildContext({ documents: [a.doc, b.doc], facts: [...a.facts, ...b.facts] }));
    expect(qs.length).toBeGreaterThan(0);
    expect(qs[0]!.tags).toContain("cross-document");
    expect(qs[0]!.explanation).toContain("出自《中国—拉美合作大事记》《中国与拉美国家关系概览》");
  });

  it("leaves out an event naming a side by a short form many countries share (甲方)", () => {
    const a = timeline("doc_tl5", "中国—拉美合作大事记", [
      ["2001年3月", "中国与秘鲁签署《甲协定》"],
      ["2005年6月", "某省与智方签署合作备忘录"],
    ]);
    const b = timeline("doc_tl6", "中国与拉美国家关系概览", [
      ["2009年4月", "巴西加入某开发银行"],
      ["2013年8月", "墨西哥城举办文化年开幕式"],
      ["2016年2月", "古巴领导人出席博览会开幕式"],
    ]);
    const qs = buildOrderingQuestions(buildContext({ documents: [a.doc, b.doc], facts: [...a.facts, ...b.facts] }));
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.flatMap((q) => q.options ?? []).filter((o) => o.includes("智方"))).toEqual([]);
  });

  it("of one document is drawn as before", () => {
    const one = timeline("doc_tl7", "一份年表", [
      ["2001年3月", "中国与秘鲁签署《甲协定》"],
      ["2005年6月", "智利总统首次访华"],
      ["2009年4月", "巴西加入某开发银行"],
      ["2013年8月", "墨西哥城举办文化年开幕式"],
    ]);
    const qs = buildOrderingQuestions(buildContext({ documents: [one.doc], facts: one.facts }));
    expect(qs.length).toBeGreaterThan(0);
    expect(qs[0]!.tags).not.toContain("cross-document");
  });
});

describe("events put together from pieces of a line", () => {
  it("are a heading run into the event, or a note saying its verb again", () => {
    expect(garbledEvent("中甲关系中国与乙国建交")).toBe(true);
    expect(garbledEvent("某总理访问乙国，首次访问")).toBe(true);
    expect(garbledEvent("某总统访华，成为首位访华的外国元首")).toBe(false);
    expect(garbledEvent("中国与乙国建交")).toBe(false);
  });

  it("include a railway section placed by its country but not named by its railway", () => {
    expect(unnamedOption("甲国境内丙城至丁城段开通运营")).toBe(true);
    expect(unnamedOption("甲乙铁路甲国段开通运营")).toBe(false);
  });
});

describe("a matching of titles and dates", () => {
  const agreements = (doc: CleanDocument, rows: [string, string][]) =>
    rows.map(([name, iso]) => fact(doc, "agreement", name, { name, category: "document", type: "协定", parties: [], date: iso } as never));

  it("pairs only titles of documents on one subject, each text cited", () => {
    const a = makeDoc("doc_md1", "中国—秘鲁关系", "2001年签署《秘甲协定》。2005年签署《秘乙协定》。");
    const b = makeDoc("doc_md2", "中国—智利关系", "2009年签署《智甲协定》。2013年签署《智乙协定》。");
    const facts = [...agreements(a, [["秘甲协定", "2001"], ["秘乙协定", "2005"]]), ...agreements(b, [["智甲协定", "2009"], ["智乙协定", "2013"]])];
    const qs = buildMatchingQuestions(buildContext({ documents: [a, b], facts })).filter((q) => q.variant === "match-agreement-date");
    expect(qs).toEqual([]);
  });

  it("cites every text of a set drawn from several", () => {
    const a = makeDoc("doc_md3", "某甲", "x");
    const b = makeDoc("doc_md4", "某乙", "y");
    expect(citeDocuments(buildContext({ documents: [a, b], facts: [] }), [{ documentId: a.doc.id }, { documentId: b.doc.id }])).toBe("出自《某甲》《某乙》");
  });
});
