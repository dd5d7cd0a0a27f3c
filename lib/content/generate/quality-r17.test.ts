/**
 * Round 17, on invented text: the pair of a 两国/双方 subject is not the pair of a frame it acts in.
 */
import { describe, expect, it } from "vitest";
import { bareShortTitle, nonEvent, unnamedOption } from "./builders/sets";

describe("an option of a timeline drawn from many documents", () => {
  it("is refused when a bare section or a short-form pair leads it", () => {
    expect(unnamedOption("甲国段签署总承包合同")).toBe(true);
    expect(unnamedOption("丙城至丁城段完工")).toBe(true);
    expect(unnamedOption("乙国段全线开工")).toBe(true);
    expect(unnamedOption("斯中合作在甲市举行论坛")).toBe(true);
    expect(unnamedOption("甲乙铁路甲国段签署总承包合同")).toBe(false);
    expect(unnamedOption("中俄两国签署联合声明")).toBe(false);
  });
  it("is refused when it is no event", () => {
    expect(nonEvent("甲部网站发布")).toBe(true);
    expect(nonEvent("某数据研究中心发布")).toBe(true);
    expect(nonEvent("甲乙两国间旅游往来明显恢复")).toBe(true);
    expect(nonEvent("丙国宣布建立某伙伴关系就是一例")).toBe(true);
    expect(nonEvent("甲部发布《乙白皮书》")).toBe(false);
    expect(nonEvent("甲乙两国恢复外交关系")).toBe(false);
  });
});

describe("a matching row's title", () => {
  it("is refused when it is only a year and its kind", () => {
    expect(bareShortTitle("《2030年协定》")).toBe(true);
    expect(bareShortTitle("2030年的条约")).toBe(true);
    expect(bareShortTitle("《甲乙2030年文化合作计划》")).toBe(false);
    expect(bareShortTitle("《甲乙两国关于某事的2030年协定》")).toBe(false);
  });
});
