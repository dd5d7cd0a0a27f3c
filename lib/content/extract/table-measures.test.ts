/**
 * A table's values measured by their own columns (invented tables): a row's value never takes the measure of the cell
 * before it, and a value whose header cannot be read gets no measure (no figure) rather than a wrong one.
 */
import { describe, expect, it } from "vitest";
import { facts } from "./test-helpers";

/** Each figure of a text as "measure number unit". */
const measured = (text: string, file = "d0.md") =>
  facts(text, file)
    .filter((f) => f.kind === "figure")
    .map((f) => {
      const v = f.value as { number: number; unit: string; measure: string };
      return `${v.measure} ${v.number}${v.unit}`;
    });

describe("a table's values measured by their own columns", () => {
  it("gives each value of a row its own column's header and unit", () => {
    const text = [
      "表1　甲乙两地往来统计",
      "",
      "| 年份 | 往来总额（亿元） | 甲地输出（亿元） | 乙地输出（亿元） |",
      "| --- | --- | --- | --- |",
      "| 2031 | 31.5 | 12.3 | 19.2 |",
      "| 2032 | 33.8 | 13.1 | 20.7 |",
      "",
    ].join("\n");
    const got = measured(text);
    expect(got).toEqual(expect.arrayContaining(["往来总额 31.5亿元", "甲地输出 12.3亿元", "乙地输出 19.2亿元", "甲地输出 13.1亿元", "乙地输出 20.7亿元"]));
    expect(got.filter((m) => m.startsWith("往来总额"))).toEqual(["往来总额 31.5亿元", "往来总额 33.8亿元"]);
  });

  it("reads a table printed with full-width spaces, its unit in the title line, the same way", () => {
    const text = [
      "近年来两地的收成如下。",
      "",
      "表2　某县收成（单位：万吨）",
      "年份　粮食总产量　稻谷　小麦",
      "2031　41.5　12.3　4.4",
      "2032　43.2　12.9　4.8",
      "2033　44.0　13.6　5.1",
      "资料来源：某县统计局",
      "",
    ].join("\n");
    const got = measured(text);
    expect(got).toEqual(expect.arrayContaining(["粮食总产量 41.5万吨", "稻谷 12.3万吨", "小麦 4.4万吨", "稻谷 13.6万吨", "小麦 5.1万吨"]));
    expect(got.some((m) => /^粮食总产量 (?:12\.3|4\.4|12\.9|4\.8|13\.6|5\.1)万吨$/.test(m))).toBe(false);
  });

  it("reads a row dated by its first cell with the headers, though its values share a unit", () => {
    const text = ["| 年份 | 输出 | 输入 |", "| --- | --- | --- |", "| 2031 | 120亿元 | 100亿元 |", "| 2032 | 130亿元 | 90亿元 |", ""].join("\n");
    expect(measured(text)).toEqual(expect.arrayContaining(["输出 120亿元", "输入 100亿元", "输出 130亿元", "输入 90亿元"]));
  });

  it("measures every value of a row by its first cell when that names the measure (面积 | 甲地 | 乙地)", () => {
    const text = ["| 指标 | 甲地 | 乙地 |", "| --- | --- | --- |", "| 占地面积 | 278平方公里 | 30平方公里 |", "| 常住人口 | 45万人 | 8万人 |", ""].join("\n");
    expect(measured(text)).toEqual(expect.arrayContaining(["占地面积 278平方公里", "占地面积 30平方公里", "常住人口 45万人", "常住人口 8万人"]));
  });

  it("gives no measure (its unit) to a value whose header cannot be read, rather than the cell's before it", () => {
    const text = ["| 年份 | 往来总额 | Export |", "| --- | --- | --- |", "| 2031 | 31.5亿元 | 12.3亿元 |", "| 2032 | 33.8亿元 | 13.1亿元 |", ""].join("\n");
    const got = measured(text);
    expect(got).toEqual(expect.arrayContaining(["往来总额 31.5亿元", "往来总额 33.8亿元", "亿元 12.3亿元", "亿元 13.1亿元"]));
    expect(got).not.toContain("往来总额 12.3亿元");
  });

  it("measures a count in a notes column by the cell's own words, not by the notes header", () => {
    const text = [
      "日期,事件,备注",
      "2031/3/1,某市援建的住房项目交付使用,共1200套住房",
      "2032/5/9,某港二期工程开工,预计工期三年",
      "2033/7/2,某市新建的学校启用,可容纳学生两千人",
      "",
    ].join("\n");
    const got = measured(text, "d0.csv");
    expect(got).toContain("住房 1200套");
    expect(got.some((m) => m.startsWith("备注"))).toBe(false);
  });
});
