/** Rows of a captioned table: a question says whose table it is, and never asks a cell the others add up to. */
import { describe, expect, it } from "vitest";
import { date, fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import { generateBank } from "./bank";
import { buildContext } from "./context";
import { rowAsSentence, sumPartners, tableRowOf, withTableCaption } from "./builders/rows";

const TABLE = [
  "甲乙两国的经贸往来近年起伏较大。",
  "表4　甲乙双边贸易额（2031—2033年）　单位：亿美元",
  "2031年：双边贸易额420亿美元，甲国出口250亿美元，甲国进口170亿美元",
  "2032年：双边贸易额510亿美元，甲国出口300亿美元，甲国进口210亿美元",
  "2033年：双边贸易额480亿美元，甲国出口290亿美元，甲国进口190亿美元",
  "资料来源：根据公开数据整理。",
].join("\n\n");

const num = (n: number, measure: string) => ({ number: n, unit: "亿美元", text: `${n}亿美元`, measure, year: "2032" }) as never;

describe("a row of a captioned table", () => {
  it("finds the cells a sum ties to the asked one, and leaves one of them out", () => {
    const cells = ["双边贸易额510亿美元", "甲国出口300亿美元", "甲国进口210亿美元"];
    expect(sumPartners(cells, 2)).toEqual([1]);
    expect(sumPartners(cells, 1)).toEqual([2]);
    expect(sumPartners(cells, 0)).toEqual([2]);
    // no sum: nothing left out (a share in % is no cell of a sum either)
    expect(sumPartners(["双边贸易额183亿美元", "甲国出口173亿美元"], 1)).toEqual([]);
    expect(sumPartners(["出口占比60%", "进口占比40%", "合计100%"], 0)).toEqual([]);
  });

  it("is asked with its table's caption and without the cell that gives the answer by subtraction", () => {
    const d = makeDoc("doc_tbl", "甲乙经贸讲义", TABLE);
    const f = fact(d, "figure", "210亿美元", num(210, "甲国进口"));
    const ctx = buildContext({ documents: [d], facts: [f] });
    const table = tableRowOf(ctx, f);
    expect(table).toEqual({ caption: "甲乙双边贸易额（2031—2033年）", cells: 3, hidden: [1] });
    expect(rowAsSentence("2032年：双边贸易额510亿美元，甲国出口300亿美元，甲国进口（    ）。", new Set(), table)).toBe(
      "据表“甲乙双边贸易额（2031—2033年）”，2032年，双边贸易额510亿美元，甲国进口（    ）。",
    );
    // (without the table, the row is written as before)
    expect(rowAsSentence("2032年：双边贸易额510亿美元，甲国出口300亿美元，甲国进口（    ）。", new Set())).toBe(
      "2032年，双边贸易额510亿美元，甲国出口300亿美元，甲国进口（    ）。",
    );
  });

  it("gives the figure's questions the caption, and no prompt shows both other cells", () => {
    const d = makeDoc("doc_tbl2", "甲乙经贸讲义", TABLE);
    const f = fact(d, "figure", "300亿美元", num(300, "甲国出口"));
    const others = [120, 150, 260, 340, 400].map((n, i) => {
      const o = makeDoc(`doc_t${i}`, "其他", `丙国对丁国出口约${n}亿美元。`);
      return { d: o, f: fact(o, "figure", `${n}亿美元`, num(n, "出口")) };
    });
    const { bank } = generateBank({ documents: [d, ...others.map((o) => o.d)], facts: [f, ...others.map((o) => o.f)] });
    const asked = bank.questions.filter((q) => q.factIds.includes(f.id));
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) {
      const shown = (q.type === "flashcard" ? q.front : q.prompt) ?? "";
      expect(shown).toContain("据表“甲乙双边贸易额（2031—2033年）”");
      expect(shown.includes("510亿美元") && shown.includes("210亿美元")).toBe(false);
    }
  });

  it("leaves a row under no caption as it was", () => {
    const d = makeDoc("doc_tbl3", "甲乙经贸讲义", "三、经贸数据\n\n2032年：双边贸易额510亿美元，甲国连续5年为乙国最大贸易伙伴");
    const f = fact(d, "figure", "510亿美元", num(510, "双边贸易额"));
    expect(tableRowOf(buildContext({ documents: [d], facts: [f] }), f)).toBeUndefined();
  });
});

describe("a row's date blanked", () => {
  it("is asked under the table's caption, without its span of years", () => {
    const d = makeDoc("doc_tbl4", "甲乙经贸讲义", TABLE);
    const f = fact(d, "date", "2032年", date("2032", "year", "2032年", "双边贸易额510亿美元") as never);
    const ctx = buildContext({ documents: [d], facts: [f] });
    expect(withTableCaption(ctx, f, "____：双边贸易额510亿美元，甲国出口300亿美元，甲国进口210亿美元。")).toBe(
      "据表“甲乙双边贸易额”，____，双边贸易额510亿美元，甲国出口300亿美元，甲国进口210亿美元。",
    );
    // (a text that is no blanked row stays)
    expect(withTableCaption(ctx, f, "甲乙经贸往来近年起伏较大。")).toBe("甲乙经贸往来近年起伏较大。");
  });
});

describe("a row of words under a table's title without a number", () => {
  it("asks its first cell by its time, the other cells beside it", () => {
    const body = ["丙丁两校每两年合办一次青年论坛。", "表2　丙丁青年论坛历届安排", "2034年10月3日：首届，丙大学，赵一、钱二", "2036年10月8日：第二届，丁学院，孙三、钱二"].join("\n\n");
    const d = makeDoc("doc_tbl5", "丙丁教育合作", body);
    const f = fact(d, "date", "2036年10月8日", date("2036-10-08", "day", "2036年10月8日", "第二届，丁学院") as never);
    const ctx = buildContext({ documents: [d], facts: [f] });
    expect(withTableCaption(ctx, f, "____：第二届，丁学院，孙三、钱二。")).toBe("据表“丙丁青年论坛历届安排”，第二届（丁学院，孙三、钱二）的时间是____。");
    // (a title without its number that says it is a list: "……清单")
    const listed = makeDoc("doc_tbl5b", "丙丁教育合作", ["丙丁互派教师交流清单", "2035年2月：春季批次，丙大学，周四、吴五"].join("\n\n"));
    const g = fact(listed, "date", "2035年2月", date("2035-02", "month", "2035年2月", "春季批次，丙大学") as never);
    expect(withTableCaption(buildContext({ documents: [listed], facts: [g] }), g, "____：春季批次，丙大学，周四、吴五。")).toBe("据表“丙丁互派教师交流清单”，春季批次（丙大学，周四、吴五）的时间是____。");
  });
});
