import { describe, expect, it } from "vitest";
import { BOM, contentDisposition, csvCell, toCsv } from "./csv";

describe("CSV for spreadsheets", () => {
  it("starts with a UTF-8 byte-order mark and keeps Chinese as it is", () => {
    const csv = toCsv(["姓名", "得分"], [["学生一", 0.75]]);
    expect(csv.startsWith(BOM)).toBe(true);
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv).toBe(`${BOM}姓名,得分\r\n学生一,0.75\r\n`);
  });

  it("quotes commas, quotes and line breaks", () => {
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('他说"好"')).toBe('"他说""好"""');
    expect(csvCell("第一行\n第二行")).toBe('"第一行\n第二行"');
    expect(csvCell(" padded")).toBe('" padded"');
    expect(csvCell("中文，全角逗号")).toBe("中文，全角逗号");
  });

  it("neutralises cells a spreadsheet would run as formulas, but not numbers", () => {
    expect(csvCell("=HYPERLINK(\"http://x\")")).toBe("\"'=HYPERLINK(\"\"http://x\"\")\"");
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell(-0.5)).toBe("-0.5");
  });

  it("writes empty cells for missing values and ISO text for dates", () => {
    expect(toCsv(["a", "b", "c"], [[null, undefined, new Date("2026-09-01T00:00:00Z")]])).toBe(`${BOM}a,b,c\r\n,,2026-09-01T00:00:00.000Z\r\n`);
    expect(csvCell(Number.NaN)).toBe("");
    expect(csvCell(true)).toBe("true");
  });

  it("names the download with the Chinese title kept", () => {
    expect(contentDisposition("班级进度.csv")).toBe(`attachment; filename="____.csv"; filename*=UTF-8''${encodeURIComponent("班级进度.csv")}`);
  });
});
