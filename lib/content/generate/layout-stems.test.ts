import { describe, expect, it } from "vitest";
import { datedRowAsSentence, withoutAuthorNotes } from "./layout-stems";

describe("a time line's row shown as a sentence", () => {
  it("writes the colon after a row's date as a comma", () => {
    expect(datedRowAsSentence("根据原文填空：2019年5月：甲国总理访华，双方签署____。", false)).toBe("根据原文填空：2019年5月，甲国总理访华，双方签署____。");
    expect(datedRowAsSentence("2019.05：甲国总理访华，双方签署（    ）。", false)).toBe("2019.05，甲国总理访华，双方签署（    ）。");
  });

  it("writes the colon after a blank as a comma only where the blank is the date asked", () => {
    expect(datedRowAsSentence("根据原文填空：____：甲国总理访华。", true)).toBe("根据原文填空：____，甲国总理访华。");
    expect(datedRowAsSentence("根据原文填空：____：甲国总理访华。", false)).toBe("根据原文填空：____：甲国总理访华。");
  });

  it("leaves a row of a table's cells, and a colon that follows no date", () => {
    expect(datedRowAsSentence("根据原文填空：____：第三轮，某城，甲、乙。", true)).toBe("根据原文填空：____：第三轮，某城，甲、乙。");
    expect(datedRowAsSentence("某某走廊：2019年5月开通，全长（    ）。", false)).toBe("某某走廊：2019年5月开通，全长（    ）。");
  });
});

describe("an author's note in brackets", () => {
  it("is left out of what a question shows", () => {
    expect(withoutAuthorNotes("两国建有七十多个对话机制（此数字为作者根据公开资料整理，不含地方合作），其中级别最高的是（    ）。")).toBe(
      "两国建有七十多个对话机制，其中级别最高的是（    ）。",
    );
    expect(withoutAuthorNotes("甲国港口吞吐量增长（见图1），达到____万标准箱。")).toBe("甲国港口吞吐量增长，达到____万标准箱。");
  });

  it("stays when it holds the blank", () => {
    expect(withoutAuthorNotes("某报发表评论（参见《某报》____第1版）。")).toBe("某报发表评论（参见《某报》____第1版）。");
  });
});
