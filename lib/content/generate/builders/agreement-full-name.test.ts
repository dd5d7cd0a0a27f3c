import { describe, expect, it } from "vitest";
import { writtenInFull } from "./agreement";

describe("a partnership's level written in full", () => {
  it("accepts the name with the modifiers the sentence gives it, not a clause around it", () => {
    expect(writtenInFull("2015年3月，两国宣布建立面向未来的睦邻互信的战略伙伴关系。", "战略伙伴关系")).toEqual(["面向未来的睦邻互信的战略伙伴关系", "面向未来的睦邻互信的战略伙伴"]);
    expect(writtenInFull("2015年3月，两国宣布建立战略伙伴关系。", "战略伙伴关系")).toEqual([]);
    expect(writtenInFull("双方同意建立两国的战略伙伴关系。", "战略伙伴关系")).toEqual([]);
  });
});
