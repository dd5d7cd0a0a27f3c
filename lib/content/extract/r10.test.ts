import { describe, expect, it } from "vitest";
import { rawDocumentFromText } from "../read";
import { normaliseDocument } from "../normalise/index";
import { extractFacts } from "../pipeline";
import type { ExtractedFact } from "../types";

const factsOf = (text: string): ExtractedFact[] => extractFacts(normaliseDocument(rawDocumentFromText("t", "t.txt", text)));
type Agreement = { name: string; parties: string[]; date?: string };
const agreements = (text: string) => factsOf(text).filter((f) => f.kind === "agreement").map((f) => f.value as Agreement);
const names = (text: string) => agreements(text).map((a) => a.name);

describe("round 10: extractor faults that made wrong questions", () => {
  it("keeps 和 of 和平 (and other words holding a particle) in a signed text's name", () => {
    expect(names("甲国已与二十多个国家签署了和平开发极地资源合作协定。")).toContain("和平开发极地资源合作协定");
    expect(names("两国签署和谐共处条约，并签署对外投资保护协议。")).toEqual(expect.arrayContaining(["和谐共处条约", "对外投资保护协议"]));
    expect(names("两国签署和平开发极地资源合作协定。").some((n) => n.startsWith("平"))).toBe(false);
    // a conjunction 和 still ends the name
    expect(names("甲国和乙国签署了友好合作条约。")).toContain("友好合作条约");
  });
});

describe("round 10: one-character forms read as what the document names", () => {
  it("reads 阿 in 中阿 as the Arab states when the text is about them, though it names one 阿- country", () => {
    const text = "中阿合作论坛成立以来，阿拉伯国家同中国的合作不断深化。阿联酋是海湾地区的重要伙伴。2018年，双方建立中阿战略伙伴关系。";
    const level = agreements(text).find((a) => a.name.includes("战略伙伴关系"));
    expect(level?.parties).toEqual(["中国", "阿拉伯国家"]);
    expect(agreements(text).some((a) => a.parties.includes("阿联酋"))).toBe(false);
  });

  it("still reads 阿 as the one country a text on that country names", () => {
    const level = agreements("阿根廷是拉美大国。2014年，两国建立中阿全面战略伙伴关系。").find((a) => a.name.includes("伙伴关系"));
    expect(level?.parties).toEqual(["中国", "阿根廷"]);
  });

  it("takes the pair of the title for a timeline line that names no side", () => {
    const text = "中希关系要点\n\n●关系演变：\n　1990年5月　建立“战略合作关系”\n　2005年8月　提升为全面战略伙伴关系";
    const levels = agreements(text).filter((a) => /关系$/.test(a.name));
    expect(levels.map((a) => [a.name, a.parties, a.date])).toEqual([
      ["战略合作关系", ["中国", "希腊"], "1990-05"],
      ["全面战略伙伴关系", ["中国", "希腊"], "2005-08"],
    ]);
  });
});

describe("round 10: wrong facts of new genres", () => {
  it("reads no organisation out of a direction and 约 before a distance", () => {
    expect(names("某港位于首都以北约60公里处。")).not.toContain("北约");
    expect(names("北约峰会在某地举行，某国是北约成员。")).toContain("北约");
  });
});
