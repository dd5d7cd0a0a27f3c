import { describe, expect, it } from "vitest";
import { rawDocumentFromText } from "../read";
import { normaliseDocument } from "../normalise/index";
import { extractFacts } from "../pipeline";
import type { ExtractedFact } from "../types";

const factsOf = (text: string): ExtractedFact[] => extractFacts(normaliseDocument(rawDocumentFromText("t", "t.txt", text)));
type Agreement = { name: string; date?: string };
const agreements = (text: string) => factsOf(text).filter((f) => f.kind === "agreement").map((f) => f.value as Agreement);
const names = (text: string) => agreements(text).map((a) => a.name);

describe("round 9: extractor faults that made wrong questions", () => {
  it("does not date a treaty by the year of its anniversary", () => {
    const a = agreements("两国同意以2031年《甲乙睦邻合作条约》签署30周年为契机，深化合作。").find((x) => x.name === "甲乙睦邻合作条约");
    expect(a).toBeDefined();
    expect(a!.date).toBeUndefined();
    const b = agreements("2001年7月，两国签署《甲乙睦邻合作条约》。").find((x) => x.name === "甲乙睦邻合作条约");
    expect(b?.date).toBe("2001-07");
  });

  it("reads two organisations joined by 同/与/和 as two names", () => {
    const n = names("要加强联合国同阿斯塔里亚联盟等区域组织的协调，推动上合组织与集体安全条约组织对话。");
    expect(n).not.toContain("联合国同阿斯塔里亚联盟");
    expect(n).toContain("阿斯塔里亚联盟");
    expect(n.some((x) => x.includes("上合组织与"))).toBe(false);
    const m = names("加强欧亚经济联盟同阿斯塔里亚安全条约组织的协调。");
    expect(m).toContain("阿斯塔里亚安全条约组织");
    expect(m.some((x) => x.includes("联盟同"))).toBe(false);
  });

  it("does not cut a port city to a port, nor a group of friends to its initiative", () => {
    const n = names("维斯塔港口城是两国合作的旗舰项目。中国发起全球繁荣倡议之友小组。");
    expect(n).not.toContain("维斯塔港口");
    expect(n).not.toContain("全球繁荣倡议");
  });
});

describe("round 9: longer names that were cut", () => {
  it("reads an organisation's community as a name of its own", () => {
    const n = names("澜湄合作与东盟共同体建设相互促进。");
    expect(n).toContain("东盟共同体");
    expect(n).not.toContain("东盟");
  });

  it("keeps a list of fields in a signed agreement's title", () => {
    const n = names("两国签署了农业、渔业、林业和水利领域合作协议。");
    expect(n).toContain("农业、渔业、林业和水利领域合作协议");
    expect(n).not.toContain("水利领域合作协议");
  });
});

describe("round 9: round-8 leftovers on the agreement side", () => {
  it("reads a standing round table of named participants (某某圆桌会议制度), without the verb before it", () => {
    const n = names("健全外资物流企业圆桌会议制度，完善各方联席会议制度。");
    expect(n).toContain("外资物流企业圆桌会议制度");
    expect(n.some((x) => x.startsWith("健全") || x.startsWith("完善"))).toBe(false);
  });
});

describe("round 9: quoted projects", () => {
  it("reads a demonstration project named after a quoted programme and a named express line", () => {
    const n = names("推进青川“绿色粮仓”南南合作示范项目，打造“江海快线”。");
    expect(n).toEqual(expect.arrayContaining(["“绿色粮仓”南南合作示范项目", "江海快线"]));
    expect(names("他说“江海快线”很好。")).not.toContain("江海快线");
  });
  it("reads a mutual recognition of a quoted status with its Latin abbreviation", () => {
    expect(names("推进两国海关的“绿色贸易伙伴”（GTP）互认。")).toContain("“绿色贸易伙伴”（GTP）互认");
  });
});

describe("round 9: a satellite with its code", () => {
  it("reads a satellite of named parties with its Latin code", () => {
    const n = names("1999年，首颗中乌海洋观测卫星（COS-1）发射成功。");
    expect(n).toContain("中乌海洋观测卫星（COS-1）");
    expect(names("一颗气象卫星（FY）升空。").some((x) => x.includes("卫星（"))).toBe(false);
  });
});

describe("round 9: cooperation committees", () => {
  it("reads 协调与合作委员会 whole", () => {
    const n = names("2009年，中老政府间对话与合作委员会成立，统筹各领域合作。");
    expect(n).toContain("中老政府间对话与合作委员会");
  });
});

describe("round 9: bylines and datelines glued to a title", () => {
  const title = (text: string) => normaliseDocument(rawDocumentFromText("t", "t.txt", text)).title;
  it("splits a commentator's byline from the title", () => {
    expect(title("海洋与森林：公域治理的新思路\n本报评论员  李 明\n\n　　海洋和森林是公域治理的两个领域。")).toBe("海洋与森林：公域治理的新思路");
  });
  it("splits a dateline from the title", () => {
    expect(title("甲乙农业合作迈上新台阶\n本报维斯塔5月3日电（记者 王 岩）\n\n　　甲乙两国农业合作不断深化。")).toBe("甲乙农业合作迈上新台阶");
    expect(title("甲乙农业合作迈上新台阶新华社维斯塔5月3日电\n\n　　甲乙两国农业合作不断深化。")).toBe("甲乙农业合作迈上新台阶");
  });
});

describe("round 9: round-8 leftovers on the concept side", () => {
  const terms = (text: string) => factsOf(text).filter((f) => f.kind === "concept").map((f) => (f.value as { term: string }).term);
  it("reads paired formulas of diplomatic language wherever they stand", () => {
    const t = terms("双方在涉及彼此核心利益与重大关切的问题上相互支持，尊重甲国的主权和领土完整。学生应理解人类命运共同体理念。");
    expect(t).toEqual(expect.arrayContaining(["核心利益与重大关切", "主权和领土完整", "人类命运共同体"]));
  });
  it("reads a name a text says something is given (被称为“某某”)", () => {
    expect(terms("这次峰会被媒体称为“破冰”。")).toContain("破冰");
    expect(terms("他说“破冰”很难。")).not.toContain("破冰");
  });
  it("reads the items named before 等 and a count (甲、乙、丙等六大领域)", () => {
    const f = factsOf("会议就农业合作、青年交流、海洋保护等五大重点领域达成共识。").filter((x) => x.kind === "concept").map((x) => x.value as { term: string; items?: string[] });
    const e = f.find((x) => x.term === "五大重点领域");
    expect(e?.items).toEqual(["农业合作", "青年交流", "海洋保护"]);
  });
});
