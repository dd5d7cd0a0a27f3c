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

describe("round 7: bodies named after a verb such as 用好, 办好, 重视", () => {
  it("starts the name after the verb", () => {
    const names = agreements(factsOf("双方将用好中泰农业合作联合委员会协调作用，继续办好两党青年论坛，重视全球治理倡议。")).map((v) => v.name);
    expect(names).toEqual(expect.arrayContaining(["中泰农业合作联合委员会", "全球治理倡议"]));
  });

  it("reads a body of the two parties (两党…) and a mechanism named after a gulf", () => {
    const names = agreements(factsOf("双方同意举办两党干部研讨会，用好孟加拉湾渔业资源养护磋商机制。")).map((v) => v.name);
    expect(names).toEqual(expect.arrayContaining(["两党干部研讨会", "孟加拉湾渔业资源养护磋商机制"]));
  });

  it("reads a city rail line named by its two termini", () => {
    const names = agreements(factsOf("双方将用好东城城铁北站—南湖线等项目的示范作用。")).map((v) => v.name);
    expect(names).toContain("东城城铁北站—南湖线");
  });
});

describe("round 7: named projects", () => {
  it("reads investment zones and a transliterated park listed beside a marked one", () => {
    const names = agreements(factsOf("东湖新城投资区与甲国巴塔工业园、萨维那工业园结为友好园区。")).map((v) => v.name);
    expect(names).toEqual(expect.arrayContaining(["东湖新城投资区", "甲国巴塔工业园", "萨维那工业园"]));
  });

  it("reads a project given a Latin abbreviation, a quoted project after its pair, and list items that are only a name", () => {
    const text = "三、重点项目\n\n①北湖新城中央商务区（ＮＬＢ）\n　・甲方承建，主楼高３００米\n②西岭港轻轨\n　・２０１９年通车\n③中泰“青禾工坊”（２０１９年揭牌）\n\n◇补充：\n　・两国同意加强人员往来";
    const names = agreements(factsOf(text)).map((v) => v.name);
    expect(names).toEqual(expect.arrayContaining(["北湖新城中央商务区", "西岭港轻轨", "青禾工坊"]));
  });

  it("does not read a quoted metaphor as a project", () => {
    const names = agreements(factsOf("双方为游客开辟“快捷通道”。")).map((v) => v.name);
    expect(names).not.toContain("快捷通道");
  });
});

describe("round 7: partnership levels in the body of a joint statement", () => {
  it("takes the two countries of the title when the body says 两国 or 双方", () => {
    const text = "泰国和秘鲁关于深化合作的联合声明\n\n　　一、1999年，两国建立全面战略伙伴关系，成效显著。双方同意，秉持互信精神，进一步提升全面战略伙伴关系，造福两国人民。";
    const partnerships = factsOf(text).filter((f) => f.kind === "agreement" && (f.value as { category: string }).category === "partnership");
    expect(partnerships.map((f) => (f.value as { parties: string[] }).parties.slice().sort().join("+"))).toContain("泰国+秘鲁");
    expect(partnerships.reduce((n, f) => n + 1 + f.alsoIn.length, 0)).toBeGreaterThanOrEqual(2);
  });
});

describe("round 7: meetings of ministries and ministerial meetings named for their host city", () => {
  it("reads a ministry's strategic dialogue", () => {
    const names = agreements(factsOf("双方同意继续举行两国国防部战略对话。")).map((v) => v.name);
    expect(names.some((n) => n.endsWith("国防部战略对话"))).toBe(true);
  });

  it("reads a ministerial meeting named for its host city after its year", () => {
    const names = agreements(factsOf("论坛2019年利马部长级会议通过了行动计划。")).map((v) => v.name);
    expect(names).toContain("利马部长级会议");
  });
});

describe("round 7: an initiative named in quotes and repeated without them", () => {
  it("adds the unquoted mention to the same fact", () => {
    const text = "甲国响应“东西走廊”倡议。\n\n两国共建东西走廊成果丰硕。";
    const facts = factsOf(text).filter((f) => f.kind === "agreement" && (f.value as { name: string }).name.startsWith("东西走廊"));
    expect(facts.length).toBe(1);
    expect(facts[0].alsoIn.length).toBe(1);
  });
});
