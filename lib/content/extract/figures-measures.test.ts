/**
 * What a figure measures and its unit: minutes, hours and metres, uncommon units (张, 幅, 万个标准箱), counts of
 * years that are no dates, a measure without a year in Chinese numerals.
 */
import { describe, expect, it } from "vitest";
import { factsOf, figureValues as figures, numbers } from "./test-helpers";

describe("round 7: figures in minutes, hours, metres, and a gap of years in Chinese numerals", () => {
  it("reads 分钟, 小时 and 米 as units", () => {
    const facts = factsOf("新航线开通后，两城之间的旅行时间由5小时缩短至38分钟，大桥主塔高212.5米。");
    expect(numbers(facts)).toEqual(expect.arrayContaining([5, 38, 212.5]));
  });

  it("reads 时隔N年 as a span of years", () => {
    const facts = factsOf("这是甲国外长时隔九年再次访问乙国。");
    expect(numbers(facts)).toContain(9);
  });
});

describe("round 12: counts of years that are no dates", () => {
  it("reads 年来, a length or need before the years, a right they last and the work they took", () => {
    expect(figures("这是该国总理19年来首次访问甲国。")).toContainEqual({ n: 19, unit: "年", measure: "年来" });
    expect(figures("双方商定，园区企业可享受最长30年的免税待遇。")).toContainEqual({ n: 30, unit: "年", measure: "免税待遇" });
    expect(figures("据测算，全部还清时间约需18年。")).toContainEqual(expect.objectContaining({ n: 18, unit: "年", measure: expect.stringMatching(/时间约需$/) }));
    expect(figures("乙方获得港区77年特许经营权。")).toContainEqual(expect.objectContaining({ n: 77, unit: "年" }));
    expect(figures("使馆为商务人员发放3年有效多次往返签证。")).toContainEqual(expect.objectContaining({ n: 3, unit: "年" }));
    expect(figures("他在当地做了四年的实地调查。")).toContainEqual({ n: 4, unit: "年", measure: "实地调查" });
    expect(figures("两国的往来可以追溯到两百多年前。")).toContainEqual({ n: 200, unit: "年", measure: "年前" });
  });

  it("reads the value a speaker gives after taking one back, measured as the first", () => {
    expect(figures("租期是四十年，不对，是三十五年。")).toContainEqual(expect.objectContaining({ n: 35, unit: "年", measure: "租期" }));
    expect(figures("租期是四十年，不对，是三十五年。").some((f) => f.n === 40)).toBe(false);
  });

  it("leaves years, decades, ordinals and years of an era alone", () => {
    const none = ["2013年来，双方交往密切。", "二〇一三年来访的代表团很多。", "需2030年前完成减排。", "九十年代以来，两国交往增多。", "第10年来临之际，双方举行庆典。", "这是百年来未有之变局。", "三年前，两国签署协定。", "他98年来华留学。"];
    for (const t of none) expect(figures(t), t).toEqual([]);
  });
});

describe("round 12: measures with uncommon units", () => {
  it("reads 张, 幅, 个半小时, 万个标准箱, 一亿美元 and an anniversary before 和", () => {
    expect(figures("新院区设病床350张。")).toContainEqual({ n: 350, unit: "张", measure: "病床" });
    expect(figures("展览共展出油画120余幅。")).toContainEqual(expect.objectContaining({ n: 120, unit: "幅" }));
    expect(figures("乘坐新线只要三个半小时。")).toContainEqual(expect.objectContaining({ n: 3.5, unit: "个半小时" }));
    expect(figures("去年该港吞吐量达三百六十多万个标准箱。")).toContainEqual(expect.objectContaining({ n: 360, unit: "万个标准箱" }));
    expect(figures("该项目每年亏损两亿美元左右。")).toContainEqual(expect.objectContaining({ n: 2, unit: "亿美元" }));
    expect(figures("两国隆重纪念建交45周年和友好条约签订30周年。").map((f) => f.n)).toEqual(expect.arrayContaining([45, 30]));
  });

  it("does not take 左右 for what a number measures, nor read 一个 or 紧张 as a figure", () => {
    expect(figures("运输时间缩短到十个小时左右，成本下降。")[0]?.measure).not.toMatch(/左右/);
    expect(figures("这是一个重要的机遇。局势紧张。")).toEqual([]);
  });
});

describe("round 10: what a figure measures", () => {
  it("leaves a year in Chinese numerals out of the measure", () => {
    const f = factsOf("二〇一九年赴甲国游客约1100万人次。").filter((x) => x.kind === "figure");
    expect((f[0]?.value as { measure: string }).measure).toBe("赴甲国游客");
  });
});

describe("a half and an earthquake's magnitude", () => {
  it("reads a change or a share told as a half (下降近一半, 占半数) as 50%, not a half of anything else", () => {
    expect(numbers(factsOf("　　受疫情影响，两国人员往来下降近一半。"))).toContain(50);
    expect(numbers(factsOf("　　甲国出口占半数以上。"))).toContain(50);
    expect(numbers(factsOf("　　他用了一半的时间。"))).toEqual([]);
  });

  it("reads the magnitude of an earthquake (7.6级强烈地震)", () => {
    expect(numbers(factsOf("　　2031年4月，甲国发生7.6级强烈地震。"))).toContain(7.6);
    expect(numbers(factsOf("　　这是二级文物。"))).toEqual([]);
  });
});

describe("an age a life reached", () => {
  it("reads 终年49岁 and 享年八十六岁 as figures, measured by 终年/享年", () => {
    const found = figures("　　2031年，甲国诗人某某在乙城逝世，终年49岁。2032年，他的老师去世，享年八十六岁。\n");
    expect(found).toEqual(expect.arrayContaining([{ n: 49, unit: "岁", measure: "终年" }, { n: 86, unit: "岁", measure: "享年" }]));
  });
});
