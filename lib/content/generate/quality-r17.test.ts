/**
 * Round 17, on invented text: the pair of a 两国/双方 subject is not the pair of a frame it acts in.
 */
import { describe, expect, it } from "vitest";
import { framePairs } from "./builders/agreement";

describe("a 两国 subject acting in another pair's frame", () => {
  it("names the frame's pair, which the 两国 is not", () => {
    expect([...framePairs("2030年，两国宣布在中非合作论坛框架内建立战略伙伴关系。")]).toEqual(["非"]);
    expect([...framePairs("双方同意在中欧合作机制下深化交流。")]).toEqual(["欧"]);
  });
  it("finds none when the pair is the subject's own or there is no frame", () => {
    expect(framePairs("中俄两国宣布建立全面战略协作伙伴关系。").size).toBe(0);
    expect(framePairs("中非合作论坛框架内，甲国与中国建立战略伙伴关系。").size).toBe(0);
  });
});
