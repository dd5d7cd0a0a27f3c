import { describe, expect, it } from "vitest";
import { rawDocumentFromText } from "../read";
import { normaliseDocument } from "./index";

const clean = (raw: string) => normaliseDocument(rawDocumentFromText("t", "t.txt", raw));
const texts = (raw: string) => clean(raw).blocks.map((b) => b.text);

describe("round 9: records stay apart, hard wraps still join", () => {
  it("keeps the field lines of an infobox as separate blocks", () => {
    const b = texts("某国概况\n\n基本信息\n首都：甲城\n人口：约1200万（2022年）\n主要协定：《甲乙友好条约》\n合作机制：甲乙联合委员会\n\n历史\n两国于1960年建交。");
    expect(b).toContain("人口：约1200万（2022年）");
    expect(b).toContain("主要协定：《甲乙友好条约》");
    expect(b).toContain("合作机制：甲乙联合委员会");
  });

  it("turns the cells of a tab-separated table into clauses, one row per block", () => {
    const b = texts("合作项目一览\n\n甲乙产业园\t东部某省\t物流枢纽\n甲乙新城\t西部某市\t制造业基地\n");
    expect(b).toContain("甲乙产业园：东部某省，物流枢纽");
    expect(b).toContain("甲乙新城：西部某市，制造业基地");
  });

  it("keeps bullets after an unpunctuated line apart and drops the bullet", () => {
    const b = texts("第3页\n发展历程\n• 2001年 两国建立伙伴关系\n• 2010年 双方签署合作协定\n- 2015年 升级为战略伙伴关系\n1) 第一个要点\n");
    expect(b).toContain("2001年两国建立伙伴关系");
    expect(b).toContain("2010年双方签署合作协定");
    expect(b).toContain("2015年升级为战略伙伴关系");
    expect(b.some((t) => t.includes("伙伴关系2010"))).toBe(false);
  });

  it("still joins a sentence wrapped over lines, and lines indented under a field", () => {
    expect(texts("两国元首宣布建立全面战略\n伙伴关系，并签署了\n一系列合作文件。")).toEqual(["两国元首宣布建立全面战略伙伴关系，并签署了一系列合作文件。"]);
    const b = texts("双边：甲乙委员会\n多边：甲国加入某组织\n　　2018年某峰会→某行动\n");
    expect(b.some((t) => t.includes("甲国加入某组织2018年某峰会"))).toBe(true);
  });

  it("keeps a section number 【三】 that opens a line after a photo caption", () => {
    const doc = clean("【一】第一部分标题\n\n正文第一段。\n\n▲ 某地的照片\n\n【三】某中心：合作的新地标\n\n正文第三段。");
    expect(doc.text).toContain("【三】某中心");
    expect(clean("【内容提要】本文讨论甲乙关系。").text).toBe("本文讨论甲乙关系。");
  });

  it("reads a section-numbered line with a comma or colon as a heading, and an emoji as a line's end", () => {
    const doc = clean("导读：小编带你一文读懂👇\n\n【一】一支队伍，十年坚守\n\n1990年3月，甲国首支队伍抵达乙国。\n\n【二】某中心：合作的新地标\n\n该中心于2020年开工。");
    const byText = (t: string) => doc.blocks.find((b) => b.text === t)?.label;
    expect(byText("导读：小编带你一文读懂👇")).toBe("body");
    expect(byText("【一】一支队伍，十年坚守")).toBe("heading");
    expect(byText("【二】某中心：合作的新地标")).toBe("heading");
  });

  it("keeps the pieces of a space-separated list line apart, and letter-spaced text whole", () => {
    expect(texts("下设 甲乙经贸委员会 甲乙人文委员会 甲乙科技委员会\n")).toEqual(["下设甲乙经贸委员会、甲乙人文委员会、甲乙科技委员会"]);
    expect(texts("2031-2035年 数字经济 绿色发展 金融合作\n")).toEqual(["2031-2035年数字经济、绿色发展、金融合作"]);
    expect(texts("始 终 秉 持 合 作 精 神\n")).toEqual(["始终秉持合作精神"]);
    expect(texts("第一章 甲乙关系的历史\n\n正文。")[0]).toBe("第一章甲乙关系的历史");
  });
});
