import { describe, expect, it } from "vitest";
import { rawDocumentFromText } from "../read";
import { normaliseDocument } from "../normalise/index";
import { extractFacts } from "../pipeline";

const terms = (text: string) =>
  extractFacts(normaliseDocument(rawDocumentFromText("t", "t.txt", text)))
    .filter((f) => f.kind === "concept")
    .map((f) => f.value as { term: string; items?: string[] });

describe("round 7: principles stated without quotes", () => {
  it("reads a short named policy or principle after a verb of holding", () => {
    const t = terms("甲国重申坚定奉行睦邻安边政策，希望乙方坚持互不侵犯原则，双方将坚持既定原则。").map((c) => c.term);
    expect(t).toEqual(expect.arrayContaining(["睦邻安边政策", "互不侵犯原则"]));
    expect(t).not.toContain("既定原则");
  });

  it("reads a four-character principle before 基础上", () => {
    const t = terms("双方同意在相互信任基础上，在此基础上继续合作。").map((c) => c.term);
    expect(t).toContain("相互信任");
    expect(t).not.toContain("此基础上");
  });

  it("reads 正确…观 in notes with no verb before it", () => {
    const t = terms("对外理念：“亲仁善邻”＋正确秩序观2．其他").map((c) => c.term);
    expect(t).toContain("正确秩序观");
  });
});

describe("round 7: a two-character quoted term counted as a kind of thing", () => {
  it("reads 多个“某某”", () => {
    expect(terms("两国合作创下多个“首创”：甲乙两港率先通航。").map((c) => c.term)).toContain("首创");
  });
});
