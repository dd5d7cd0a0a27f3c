import { describe, expect, it } from "vitest";
import { rawDocumentFromText } from "../read";
import { normaliseDocument } from "../normalise/index";
import { extractFacts } from "../pipeline";
import type { ExtractedFact } from "../types";

const factsOf = (text: string): ExtractedFact[] => extractFacts(normaliseDocument(rawDocumentFromText("t", "t.txt", text)));
const agreements = (facts: ExtractedFact[]) =>
  facts.filter((f) => f.kind === "agreement").map((f) => (f.value as { name: string; category: string }));

describe("round 7: quoted programme names are agreements", () => {
  it("reads a quoted named year of exchanges as a project", () => {
    const a = agreements(factsOf("双方商定将明年定为“甲乙青年交流年”，并举办“甲国—乙国艺术年”系列活动。"));
    expect(a).toEqual(expect.arrayContaining([
      expect.objectContaining({ name: "甲乙青年交流年", category: "project" }),
      expect.objectContaining({ name: "甲国—乙国艺术年", category: "project" }),
    ]));
  });

  it("reads quoted codes of conduct, visions and park schemes", () => {
    const names = agreements(factsOf("双方愿早日达成“东湖渔业行为准则”，对接甲国“2050愿景”，推进“三国三园”建设。")).map((v) => v.name);
    expect(names).toEqual(expect.arrayContaining(["东湖渔业行为准则", "2050愿景", "三国三园"]));
  });

  it("does not read anniversaries or ordinary quoted years as programmes", () => {
    const names = agreements(factsOf("今年是“两国建交五十周年”，也是“丰收年”。")).map((v) => v.name);
    expect(names).not.toContain("两国建交五十周年");
    expect(names).not.toContain("丰收年");
  });
});
