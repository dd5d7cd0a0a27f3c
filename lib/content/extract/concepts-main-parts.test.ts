/**
 * Concepts at first contact (round 21's kinds of wording, invented texts): what something mainly is (主要为甲、乙和丙,
 * 以甲、乙和丙为主), the fields something covers (涉及甲、乙、丙等领域), a spirit a text sums up (将某某精神概括为),
 * points said 一要…二要…三要…, and points numbered （1）（2）（3） each opening a paragraph under their head.
 */
import { describe, expect, it } from "vitest";
import { concepts } from "./test-helpers";

const itemsOf = (text: string) => concepts(text).map((c) => (c.items ?? []).join("、"));

describe("lists read from how they are introduced", () => {
  it("reads what something mainly is, to the clause's end", () => {
    const text = "去年两地往来额约3亿元，其中甲地输出约2亿元，主要为纺织品、家具和小家电；乙地输出主要为木材。";
    expect(itemsOf(text)).toContain("纺织品、家具、小家电");
  });

  it("reads what something is mainly made of (以…为主)", () => {
    const text = "该岛经济以渔业、椰子种植和手工艺品为主，被称为“海上花园”。";
    expect(itemsOf(text)).toContain("渔业、椰子种植、手工艺品");
  });

  it("ends the list at its 等, the kind after it being no item", () => {
    const text = "该国向邻国出口的商品主要为棉花、羊毛和葡萄干等农产品。";
    expect(itemsOf(text)).toContain("棉花、羊毛、葡萄干");
  });

  it("reads the fields something covers (涉及…等领域), a quoted item kept whole", () => {
    const text = "两市签署了涉及“智慧城市”建设、港口物流、职业培训、文物保护等领域的12份合作文件。";
    const found = concepts(text).find((c) => c.term === "领域");
    expect(found?.items).toEqual(["“智慧城市”建设", "港口物流", "职业培训", "文物保护"]);
  });

  it("leaves a list of countries, a pair, and a description with 的 alone", () => {
    expect(itemsOf("该组织的成员主要为法国、德国和意大利。").filter((i) => i.includes("德国"))).toEqual([]);
    expect(itemsOf("该县经济以种植业和畜牧业为主。").filter((i) => i.includes("畜牧业"))).toEqual([]);
    expect(itemsOf("其收入主要为出口的香料、进口的机械和过境的费用。").filter((i) => i.includes("香料"))).toEqual([]);
  });
});

describe("terms and points read from how a text sums them up", () => {
  it("reads the spirit a text sums up as a term", () => {
    const text = "县里把援边教师精神总结为“扎根边疆、甘当人梯”。";
    expect(concepts(text).map((c) => c.term)).toContain("援边教师精神");
  });

  it("reads points said 一要…，二要…，三要…", () => {
    const text = "老站长常对新来的人说，守好这座灯塔有三条规矩：一要勤巡查，二要勤记录，三要勤报告。";
    const found = concepts(text).find((c) => (c.items ?? []).includes("勤记录"));
    expect(found?.items).toEqual(["勤巡查", "勤记录", "勤报告"]);
    expect(found?.term).toBe("勤巡查、勤记录、勤报告");
  });

  it("reads points numbered （1）（2）（3）, each opening a paragraph, under the line that heads them", () => {
    const text = [
      "5.在某地开办工厂应注意的事项",
      "",
      "（1）按时申报税款。当地税务部门每季度核查一次。",
      "",
      "（2）尊重工会传统。工会在当地影响较大。",
      "",
      "（3）做好防汛准备。雨季常有内涝。",
      "",
    ].join("\n");
    const found = concepts(text).find((c) => (c.items ?? []).length === 3);
    expect(found?.term).toBe("在某地开办工厂应注意的事项");
    expect(found?.items).toEqual(["按时申报税款", "尊重工会传统", "做好防汛准备"]);
    // (not under a bare section label)
    expect(concepts(text.replace("5.在某地开办工厂应注意的事项", "一、提醒")).some((c) => (c.items ?? []).length === 3)).toBe(false);
  });
});

describe("lists and terms named by what a text says of them", () => {
  it("reads the doctrines a text opposes, each ending in 主义", () => {
    const text = "两国人民曾并肩反对帝国主义和种族主义，如今又共同抵制保护主义、单边主义。";
    expect(itemsOf(text)).toEqual(expect.arrayContaining(["帝国主义、种族主义", "保护主义、单边主义"]));
  });

  it("reads a pair counted as the pillars of something, the country before it left out", () => {
    const text = "斐济制糖业和旅游业是该国经济的两大支柱，侨汇收入也很重要。";
    const found = concepts(text).find((c) => (c.items ?? []).includes("旅游业"));
    expect(found?.items).toEqual(["制糖业", "旅游业"]);
    expect(concepts("茶叶、橡胶和椰子是该国的两大支柱。").some((c) => (c.items ?? []).includes("椰子"))).toBe(false);
  });

  it("reads the theory someone set out by what it is about", () => {
    const text = "他在报告中系统论述了关于南北关系调整的理论，引起广泛关注。";
    expect(concepts(text).map((c) => c.term)).toContain("南北关系调整");
  });
});

