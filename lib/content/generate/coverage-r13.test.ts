/**
 * Round 13, on invented text: dated events the date builder had left unasked ("甲乙两国于某日建交",
 * a statement's date, a news item's "当天" after its dateline, a traditional text's "兩國"), the events
 * it must still refuse (a subject left in the clause before, a plan, an unnamed work), and a date a
 * table writes in figures answered in words.
 */
import { describe, expect, it } from "vitest";
import { fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import { generateBank } from "./bank";
import { arrowRow, arrowRuns } from "./builders/arrows";
import { itemDescription, numberedItems } from "./builders/items";

describe("lines of notes that map one thing to another (甲→乙)", () => {
  const NOTES = ["合作机制", "2031年利马峰会→“五大行动”", "2033年圣地亚哥部长级会议→“六项工程”", "2035年利马峰会→“七大伙伴行动”", "其他"].join("\n");

  it("are read as rows in runs of three or more, distinct on both sides", () => {
    expect(arrowRow("2031年利马峰会→“五大行动”")).toEqual({ line: "2031年利马峰会→“五大行动”", left: "2031年利马峰会", right: "“五大行动”" });
    expect(arrowRow("→智利是第一个同中国建交的南美国家")).toBeUndefined();
    expect(arrowRow("中智文化年＝建交60周年→纪念活动")).toBeUndefined();
    expect(arrowRow("签约项目：12个→15个")).toBeUndefined();
    expect(arrowRuns(NOTES).map((r) => r.length)).toEqual([3]);
    expect(arrowRuns("甲国峰会→“五大行动”\n乙国峰会→“六项工程”")).toEqual([]);
    expect(arrowRuns("甲国峰会→“五大行动”\n乙国峰会→“五大行动”\n丙国峰会→“六项工程”")).toEqual([]);
  });

  it("make a matching that tests the agreements named on the rows", () => {
    const d = makeDoc("doc_ar13", "中智关系复习提纲", NOTES.replace(/\n/gu, "\n\n"));
    const f = fact(d, "agreement", "利马峰会", { name: "利马峰会", category: "mechanism", type: "峰会", parties: [], date: "2031" } as never);
    const m = generateBank({ documents: [d], facts: [f] }).bank.questions.find((q) => q.type === "matching" && q.factIds.includes(f.id));
    expect(m?.pairs).toEqual([
      ["2031年利马峰会", "“五大行动”"],
      ["2033年圣地亚哥部长级会议", "“六项工程”"],
      ["2035年利马峰会", "“七大伙伴行动”"],
    ]);
  });
});

describe("numbered items of notes with lines about each", () => {
  const NOTES = [
    "四、重点项目",
    "①智利铜业合作区（简称“铜区”）",
    "某公司运营，铜区起步区面积2平方公里",
    "截至2031年底，吸引企业80余家，实际投资额超过9亿美元",
    "②利马中央商务区",
    "中国企业承建，标志塔高300米",
    "③圣地亚哥轻轨",
    "2032年7月通车，全长约40公里，智利首条电气化轻轨",
    "④智利一号卫星",
    "⑤中智职业学院（2033年揭牌）",
    "五、经贸数据：",
  ].join("\n\n");

  it("are read in order with up to two lines each, until another part of the text", () => {
    const runs = numberedItems(NOTES);
    expect(runs).toHaveLength(1);
    expect(runs[0]!.map((i) => i.name)).toEqual(["智利铜业合作区", "利马中央商务区", "圣地亚哥轻轨", "智利一号卫星", "中智职业学院"]);
    expect(runs[0]![0]!.details).toHaveLength(2);
    expect(runs[0]![3]!.details).toEqual([]);
    expect(numberedItems("①甲项目\n\n某公司承建\n\n③乙项目\n\n某公司运营")).toEqual([]);
  });

  it("are described by clauses that share no word with the item line", () => {
    const [run] = numberedItems(NOTES);
    // "铜区" is in the item's own bracket: the first line would give the pair away
    expect(itemDescription(run![0]!)).toBe("截至2031年底，吸引企业80余家，实际投资额超过9亿美元");
    expect(itemDescription(run![2]!)).toBe("2032年7月通车，全长约40公里");
    expect(itemDescription(run![3]!)).toBeUndefined();
  });

  it("make a matching of names to descriptions that tests the agreements the item lines name", () => {
    const d = makeDoc("doc_it13", "中智关系复习提纲", NOTES);
    const f = fact(d, "agreement", "利马中央商务区", { name: "利马中央商务区", category: "project", type: "商务区", parties: [] } as never);
    const short = fact(d, "agreement", "铜区", { name: "铜区", category: "project", type: "合作区", parties: [] } as never);
    const m = generateBank({ documents: [d], facts: [f, short] }).bank.questions.find((q) => q.type === "matching" && q.factIds.includes(f.id));
    expect(m?.pairs).toEqual([
      ["智利铜业合作区", "截至2031年底，吸引企业80余家，实际投资额超过9亿美元"],
      ["利马中央商务区", "中国企业承建，标志塔高300米"],
      ["圣地亚哥轻轨", "2032年7月通车，全长约40公里"],
    ]);
    // the short form in the bracket is not shown, so not tested
    expect(m?.factIds).not.toContain(short.id);
  });
});
