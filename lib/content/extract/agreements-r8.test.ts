import { describe, expect, it } from "vitest";
import { rawDocumentFromText } from "../read";
import { normaliseDocument } from "../normalise/index";
import { extractFacts } from "../pipeline";
import type { ExtractedFact } from "../types";

const factsOf = (text: string): ExtractedFact[] => extractFacts(normaliseDocument(rawDocumentFromText("t", "t.txt", text)));
const names = (text: string) =>
  factsOf(text).filter((f) => f.kind === "agreement").map((f) => (f.value as { name: string }).name);

describe("round 8: zones and recurring events", () => {
  it("reads pilot zones, comprehensive ones and free-trade ones", () => {
    const n = names("青川数字贸易综合试验区去年扩容，甲国（东湖）自由贸易试验区与白石临空经济综合实验区同步推进。");
    expect(n).toEqual(expect.arrayContaining(["青川数字贸易综合试验区", "甲国（东湖）自由贸易试验区", "白石临空经济综合实验区"]));
  });

  it("reads festivals, ceremonies, Expos and series of matchmaking events", () => {
    const n = names("本市举办第九届甲国青川国际龙舟文化节、石门先贤祭祀大典、第五届甲国（青川）产业协作系列对接活动，并筹办2031年阿斯塔里亚专业类世博会。");
    for (const want of ["甲国青川国际龙舟文化节", "石门先贤祭祀大典", "甲国（青川）产业协作系列对接活动", "阿斯塔里亚专业类世博会"])
      expect(n.some((x) => x.includes(want))).toBe(true);
  });

  it("does not read an unmarked pilot zone or a bare ceremony as a name", () => {
    const n = names("各地要办好试验区，隆重大典应当从简。");
    expect(n).not.toContain("办好试验区");
    expect(n.some((x) => x.endsWith("大典"))).toBe(false);
  });
});
