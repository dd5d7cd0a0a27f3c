/** Round 16: figures written in Chinese numerals are asked by a cloze on the numeral and its unit. */
import { describe, expect, it } from "vitest";
import { chineseWritten } from "./builders/figure";

describe("chineseWritten: the numeral of a figure written in Chinese", () => {
  it("finds the numeral that reads as the fact's number", () => {
    expect(chineseWritten("全长三百六十公里", 360)).toBe("三百六十");
    expect(chineseWritten("有效期两年", 2)).toBe("两");
    expect(chineseWritten("三十多年来", 30)).toBe("三十");
    expect(chineseWritten("十二点五公里", 12.5)).toBe("十二点五");
    expect(chineseWritten("百分之六十", 60)).toBe("六十");
    expect(chineseWritten("三年半", 3.5)).toBe("三");
    expect(chineseWritten("五十二亿美元", 52)).toBe("五十二");
  });
  it("declines a numeral that is not the fact's number, a fraction of 万, 十几, a percentage", () => {
    expect(chineseWritten("全长三百六十公里", 36)).toBeUndefined();
    expect(chineseWritten("五万三千个", 5.3)).toBeUndefined();
    expect(chineseWritten("十几个", 10)).toBeUndefined();
    expect(chineseWritten("三年半", 3)).toBeUndefined();
    expect(chineseWritten("四分之一", 1)).toBeUndefined();
    expect(chineseWritten("五亿三千万", 5)).toBeUndefined();
    expect(chineseWritten("120公里", 120)).toBeUndefined();
  });
});
