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

describe("round 8: quoted programmes and cooperation formats", () => {
  it("reads a quoted series of events, a quoted format and a pair's quoted cooperation", () => {
    const n = names("两市联合开展“江海书香之旅”活动，探讨“甲乙丙+Y”合作，深化青川—阿斯塔里亚“双港联动”合作。");
    expect(n).toEqual(expect.arrayContaining(["江海书香之旅", "甲乙丙+Y合作", "青川—阿斯塔里亚“双港联动”合作"]));
  });

  it("reads a quoted or unquoted country–group cooperation and an initiative quoted after 共建", () => {
    const n = names("乙国积极参与“中国—北欧国家合作”，并把共建“海天走廊”作为主线。中国—南岛国家合作的首个项目已落地。");
    expect(n).toEqual(expect.arrayContaining(["中国—北欧国家合作", "海天走廊", "中国—南岛国家合作"]));
  });

  it("does not read a counted quoted slogan as an activity, nor 共建“某某” before a type word", () => {
    const n = names("开展“三进”活动，打造共建“江海”样板园区。");
    expect(n).not.toContain("三进");
    expect(n).not.toContain("江海");
  });
});

describe("round 8: Confucius Institutes", () => {
  it("reads a Confucius Institute after a count as the organisation", () => {
    expect(names("甲国已有7所孔子学院。")).toContain("孔子学院");
  });
});
