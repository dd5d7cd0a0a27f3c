import { describe, expect, it } from "vitest";
import { buildCorpus } from "../pipeline";
import { rawDocumentFromText } from "../read";
import { normaliseDocument } from "./index";

const clean = (raw: string, file = "t.txt") => normaliseDocument(rawDocumentFromText("t", file, raw));
const blocks = (raw: string, file?: string) => clean(raw, file).blocks.map((b) => `${b.label}|${b.text}`);
const dates = (raw: string) =>
  buildCorpus([rawDocumentFromText("t", "t.txt", raw)])
    .facts.filter((f) => f.kind === "date")
    .map((f) => (f.value as { iso: string }).iso);

describe("round 16: a table printed with spaces and no rule under its header", () => {
  const page = [
    "表2　甲乙关系中的主要项目",
    "────────────────────────",
    "年份　　　　名称　　　　　　　　　类别",
    "1981　　　　甲乙友好条约　　　　　政治文件",
    "2005　　　　某某港口项目　　　　　基础设施",
    "────────────────────────",
    "资料来源：作者整理。",
  ].join("\n");

  it("reads each row as a record dated by its year, not the rows run together", () => {
    const b = blocks(page);
    expect(b).toContain("body|1981年：甲乙友好条约");
    expect(b).toContain("body|2005年：某某港口项目");
    expect(b.some((x) => x.includes("政治文件2005"))).toBe(false);
  });

  it("still reads no table in rows under a rule without the closing rule", () => {
    const b = blocks(["────────────────────────", "年份　　　　名称　　　　类别", "1981　　　　甲乙友好条约　　政治文件", "2005　　　　某某港口项目　　基础设施", "", "正文。"].join("\n"));
    expect(b.some((x) => x.startsWith("body|1981年："))).toBe(false);
  });
});

describe("round 16: a news page's head", () => {
  const page = [
    "国际 | 甲国正式成为某组织成员",
    "",
    "2024-01-03 08:15　来源：某某网",
    "",
    "　　新华社甲城1月2日电（记者　某某）甲国外交部昨天发表声明，欢迎该国正式成为成员。",
    "",
    "　　去年8月，会议决定邀请甲国加入。上月，乙国表示不再寻求加入。",
  ].join("\n");

  it("reads the first line's channel apart from the title, and the time line as a paragraph of its own", () => {
    const b = blocks(page);
    expect(b[0]).toBe("title|甲国正式成为某组织成员");
    expect(b.some((x) => /^body\|2024-01-03 08:15来源：某某网$/.test(x))).toBe(true);
    expect(b.some((x) => x.includes("来源：某某网某某社"))).toBe(false);
  });

  it("dates 昨天 and 上月 by the dateline", () => {
    expect(dates(page)).toEqual(expect.arrayContaining(["2024-01-03", "2024-01-02", "2024-01-01", "2023-08", "2023-12"]));
  });
});
