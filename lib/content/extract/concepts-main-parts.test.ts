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
    const text = "这家小店的顾客主要为学生、教师和附近的工人。店里的货架上主要为文具、零食和饮料，收银台旁还有报刊。";
    expect(itemsOf(text)).toContain("文具、零食、饮料");
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

  it("leaves a list whose last item runs on into a verb (主要为…提供服务: 为 is \"for\")", () => {
    expect(itemsOf("夜校主要为保安、快递员和家政工组织培训。").filter((i) => i.includes("快递员"))).toEqual([]);
    expect(itemsOf("这口井主要为茶农、学生和过路人免费供水。").filter((i) => i.includes("游客"))).toEqual([]);
    expect(itemsOf("该区主要为技术培训、语言培训和驾驶培训。")).toContain("技术培训、语言培训、驾驶培训");
    expect(itemsOf("该镇经济以茶叶加工、竹器编织和服务业为主。")).toContain("茶叶加工、竹器编织、服务业");
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
    const text = "食堂门口贴着告示：一要排队取餐，二要光盘行动，三要餐具归位。";
    const found = concepts(text).find((c) => (c.items ?? []).includes("光盘行动"));
    expect(found?.items).toEqual(["排队取餐", "光盘行动", "餐具归位"]);
    expect(found?.term).toBe("排队取餐、光盘行动、餐具归位");
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
    const text = "据县志记载，秘鲁羊驼毛纺和咖啡种植构成当地收入的两大来源。";
    const found = concepts(text).find((c) => (c.items ?? []).includes("咖啡种植"));
    expect(found?.items).toEqual(["羊驼毛纺", "咖啡种植"]);
    expect(concepts("茶叶、橡胶和椰子是该国的两大支柱。").some((c) => (c.items ?? []).includes("椰子"))).toBe(false);
  });

  it("starts the pair after the clause's opening, without its lead or time words, and never inside 成为", () => {
    const now = concepts("眼下养蜂业和竹编业是这个山村的两大支柱。").find((c) => (c.items ?? []).includes("竹编业"));
    expect(now?.items).toEqual(["养蜂业", "竹编业"]);
    const became = concepts("后来茶园和民宿成为山村的两大支柱产业。").find((c) => (c.items ?? []).length === 2);
    expect(became?.items).toEqual(["茶园", "民宿"]);
  });

  it("reads the theory someone set out by what it is about", () => {
    const text = "他在报告中系统论述了关于南北关系调整的理论，引起广泛关注。";
    expect(concepts(text).map((c) => c.term)).toContain("南北关系调整");
  });
});

