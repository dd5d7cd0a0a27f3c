import { describe, expect, it } from "vitest";
import { normaliseDocument } from "./index";
import { repairOcrDigits } from "./ocr";

describe("OCR digit repair", () => {
  it("repairs O/o and l/I inside numbers or before a counting suffix", () => {
    expect(repairOcrDigits("早在l9O8年1O月，某港口吞吐量增长8O%，约l5.3亿元，雇员3OO余人。")).toBe(
      "早在1908年10月，某港口吞吐量增长80%，约15.3亿元，雇员300余人。",
    );
    expect(repairOcrDigits("截至2oI9年底")).toBe("截至2019年底");
  });
  it("leaves Latin words and codes alone", () => {
    const s = "OECD、Acme Ltd、CO2排放、O2O模式、Windows I1 与 IO 接口、B2B平台";
    expect(repairOcrDigits(s)).toBe(s);
  });
  it("keeps the clean→raw map exact, also across a line break inside a date", () => {
    const raw = "某研究所的报告称，早在l9O8\n年3月，该港口开通航线，吞吐量增长8O%。\n";
    const clean = normaliseDocument({ id: "t", raw } as never);
    const at = clean.text.indexOf("1908年3月");
    expect(at).toBeGreaterThanOrEqual(0);
    expect(raw[clean.toRaw[at]]).toBe("l");
    expect(raw[clean.toRaw[at + 2]]).toBe("O");
    expect(clean.text).toContain("80%");
  });
});
