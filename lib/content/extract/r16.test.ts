import { describe, expect, it } from "vitest";
import { buildCorpus } from "../pipeline";
import { rawDocumentFromText } from "../read";

const facts = (text: string, file = "d0.txt") => buildCorpus([rawDocumentFromText("d0", file, text)]).facts;
const figures = (text: string) => facts(text).filter((f) => f.kind === "figure").map((f) => (f.value as { number: number }).number);

describe("round 16: counts in Chinese numerals", () => {
  it("reads a count of countries after the group they are in, or as what a group came to or who joined it", () => {
    expect(figures("2019年，甲乙两国同东盟十国签署了协定。")).toContain(10);
    expect(figures("2021年，这个组织扩员后是九国。")).toContain(9);
    expect(figures("峰会决定邀请七国加入该组织。")).toContain(7);
  });

  it("still reads no figure in a region's name holding its count", () => {
    expect(figures("甲国同中亚五国的合作不断加深。")).not.toContain(5);
  });

  it("reads a span of years after 近 or 整整, a term a text is extended by, and how much earlier one thing came", () => {
    expect(figures("2001年谈判启动，此后历时近八年才结束。")).toContain(8);
    expect(figures("2016年双方举行第三轮对话，与第二轮相隔近四年。")).toContain(4);
    expect(figures("本协定期满后自动延期三年。")).toContain(3);
    expect(figures("这份文件比另一份文件早了整整六年。")).toContain(6);
  });

  it("reads the guns of a salute and an anniversary followed by 之后", () => {
    expect(figures("仪仗队鸣放19响礼炮。")).toContain(19);
    expect(figures("在两国建交40周年之后，双方合作继续深化。")).toContain(40);
  });
});
