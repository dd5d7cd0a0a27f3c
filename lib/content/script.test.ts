import { describe, expect, it } from "vitest";
import { foldTraditional, inTraditional, isSimplifiedChar, isTraditionalChar } from "./script";

describe("traditional and simplified characters", () => {
  it("reads a traditional text as simplified, one character for one", () => {
    const text = "兩國簽訂《經貿合作協定》，夥伴關係邁向新階段，貿易額達1,350億美元。";
    const folded = foldTraditional(text);
    expect(folded).toBe("两国签订《经贸合作协定》，伙伴关系迈向新阶段，贸易额达1,350亿美元。");
    expect(folded.length).toBe(text.length);
  });

  it("leaves simplified text, digits and punctuation as they are", () => {
    const text = "中方愿同各方一道，2024年签署3项协议。";
    expect(foldTraditional(text)).toBe(text);
  });

  it("tells characters written in one script only from those written in both", () => {
    expect(isTraditionalChar("國")).toBe(true);
    expect(isSimplifiedChar("国")).toBe(true);
    for (const ch of ["中", "于", "台", "2"]) {
      expect(isTraditionalChar(ch)).toBe(false);
      expect(isSimplifiedChar(ch)).toBe(false);
    }
  });

  it("writes a question's own words in traditional characters and leaves the quoted text alone", () => {
    expect(inTraditional("这是在什么时候？两国关系")).toBe("這是在什麼時候？兩國關係");
    // 台 and 裡 are the text's own: nothing to convert around them
    expect(inTraditional("「臺灣」與「台灣」，裡面")).toBe("「臺灣」與「台灣」，裡面");
  });
});
