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

const agreements = (text: string) => facts(text).filter((f) => f.kind === "agreement");
const names = (text: string) => agreements(text).map((f) => (f.value as { name: string }).name);

describe("round 16: titles in 《》 without a type word", () => {
  it("reads a title a government issues as a document when the sentence says what it is", () => {
    const a = agreements("2016年5月，甲国政府印发《智造未来》，提出通过三步走实现制造强国的战略目标。");
    expect(a.map((f) => (f.value as { name: string }).name)).toContain("智造未来");
    expect(a.find((f) => (f.value as { name: string }).name === "智造未来")!.value).toMatchObject({ type: "战略", date: "2016-05" });
  });

  it("reads a title followed by the word for what it is (《某某》纲要)", () => {
    expect(names("《携手前行》纲要首次把合作写入双边文件。")).toContain("携手前行");
  });

  it("reads no document in a title the sentence does not say anything of", () => {
    expect(names("2016年5月，甲国政府印发《智造未来》。")).not.toContain("智造未来");
    expect(names("他在《东方时报》发表文章，谈到两国的发展战略。")).toEqual([]);
  });

  it("finds the document again where it is written in quotes", () => {
    const text = "2016年5月，甲国政府印发《智造未来》，提出实现制造强国的战略目标。此后，“工业5.0”与“智造未来”的对接成为新话题。";
    const doc = agreements(text).find((f) => (f.value as { name: string }).name === "智造未来")!;
    const quoted = text.indexOf("“智造未来”");
    expect([doc.span, ...doc.alsoIn.map((a) => a.span)].some((s) => s.start <= quoted && s.end > quoted)).toBe(true);
  });
});

describe("round 16: names cut inside", () => {
  it("keeps a name opening with 的 after 和 whole", () => {
    const n = names("2019年3月23日，中国企业还分别与萨沃纳港和的莫纳斯港签署了合作协议。");
    expect(n).toContain("的莫纳斯港");
    expect(n).not.toContain("莫纳斯港");
  });

  it("reads a person's whole name before 夫人", () => {
    const people = facts("1996年11月，斯里兰卡总统阿马拉通加夫人访华。").filter((f) => f.kind === "entity").map((f) => (f.value as { name: string }).name);
    expect(people).toContain("阿马拉通加");
    expect(people).not.toContain("阿马拉");
  });
});

describe("round 16: shares and spans", () => {
  it("reads 两成 and a share that is a whole percentage (四分之一), not 三分之一", () => {
    expect(figures("甲国华人约占全国人口的两成以上。")).toContain(20);
    expect(figures("甲国铜产量约占世界总产量的四分之一。")).toContain(25);
    expect(figures("工程造价下调约三分之一。")).toEqual([]);
  });

  it("reads a span of years after 连续保持了 and the years of a relation (三十年的甲乙关系)", () => {
    expect(figures("2009年起，甲国成为乙国最大贸易伙伴，这一地位此后连续保持了12年。")).toContain(12);
    const f = facts("三十年的甲乙关系表明，合作共赢是可行路径。").filter((x) => x.kind === "figure");
    expect(f.map((x) => x.value)).toEqual([expect.objectContaining({ number: 30, measure: "甲乙关系" })]);
  });
});

describe("round 16: terms", () => {
  const terms = (text: string) => facts(text).filter((f) => f.kind === "concept").map((f) => (f.value as { term: string }).term);

  it("reads a term a statement defines with 本声明所称“…”，是指", () => {
    const c = facts("（七）本声明所称“甲乙海铁快线”，是指以某某港为起点、经丙国通往丁国的海铁联运通道。").filter((f) => f.kind === "concept");
    expect(c.map((f) => f.value)).toContainEqual(expect.objectContaining({ term: "甲乙海铁快线", category: "definition" }));
  });

  it("reads a quoted term in speech when the noun it names follows (合作模式, 这一定位), not the words said", () => {
    expect(terms("他说，“东盟+”合作模式为发展中国家提供了新平台。")).toContain("东盟+");
    expect(terms("分析人士指出，“全方位”这一定位表明两国将相互支持。")).toContain("全方位");
    expect(terms("他说，“我们欢迎新成员”。")).toEqual([]);
  });
});

describe("round 16: a table's row naming a partnership", () => {
  it("reads 2016年：全面战略伙伴关系 (a row of a table of documents) as the partnership of the document's pair", () => {
    const text = [
      "中国与乌拉圭关系",
      "",
      "中国与乌拉圭的关系不断发展。中国与乌拉圭合作密切。中国和乌拉圭友好。",
      "",
      "表1　主要文件",
      "────────────────────────",
      "年份　　　　名称　　　　　　　　　类别",
      "1988　　　　某某友好条约　　　　　政治文件",
      "2016　　　　全面战略伙伴关系　　　关系定位",
      "────────────────────────",
    ].join("\n");
    expect(agreements(text).map((f) => f.value)).toContainEqual(expect.objectContaining({ name: "全面战略伙伴关系", parties: ["中国", "乌拉圭"], date: "2016" }));
  });
});

describe("round 16: spans from a decade", () => {
  const spans = (text: string) =>
    facts(text)
      .filter((f) => f.kind === "date")
      .map((f) => {
        const v = f.value as { iso: string; endIso?: string; event: string };
        return `${v.iso}${v.endIso ? `/${v.endIso}` : ""}|${v.event}`;
      });

  it("reads 20世纪50年代—1970年 and 20世纪70年代—20世纪90年代 as one span each, the event without its brackets", () => {
    expect(spans("一、民间往来（20世纪50年代—1970年）")).toEqual(["1950s/1970|一、民间往来"]);
    expect(spans("第二阶段（20世纪70年代—20世纪90年代）。")).toEqual(["1970s/1990s|第二阶段"]);
    expect(spans("两国在20世纪90年代建立联系。")).toEqual(["1990s|两国建立联系"]);
  });
});

describe("round 16: a span of months from a month's end", () => {
  it("reads 2019年5月底至6月初 as one span of months", () => {
    const d = facts("2019年5月底至6月初，甲国总理访华。").filter((f) => f.kind === "date").map((f) => f.value);
    expect(d).toEqual([expect.objectContaining({ iso: "2019-05", endIso: "2019-06" })]);
  });
});
