import { describe, expect, it } from "vitest";
import { rawDocumentFromText } from "../read";
import { buildCorpus } from "../pipeline";

const corpusOf = (...texts: string[]) => buildCorpus(texts.map((t, i) => rawDocumentFromText(`d${i}`, `d${i}.md`, t)));

describe("round 11: table rows read on their own", () => {
  it("gives a text signed by 两国 in a row that names no country the pair the document is about", () => {
    const text = "# 中国与乌拉圭关系\n\n中国与乌拉圭建交多年。乌拉圭是南美国家。乌拉圭重视对华合作。\n\n| 时间 | 事件 |\n|---|---|\n| 2016年10月 | 两国签署《关于互免签证的协定》 |\n";
    const doc = corpusOf(text).facts.find((f) => f.kind === "agreement" && f.value.name === "关于互免签证的协定");
    expect(doc?.value).toMatchObject({ parties: ["中国", "乌拉圭"], date: "2016-10" });
    expect(doc?.label).toBe("《关于互免签证的协定》（中国、乌拉圭，2016-10）");
    // a text on a group of countries leaves 双方 unresolved
    const group = corpusOf("# 中国—东盟合作\n\n老挝、老挝、老挝。\n\n次年，双方签署《货物贸易协议》。").facts.find((f) => f.kind === "agreement" && f.value.name === "货物贸易协议");
    expect(group?.value).toMatchObject({ parties: [] });
  });

  it("does not link two documents' dated events that give different numbers", () => {
    const c = corpusOf("2020年，双边贸易额120亿美元。", "2020年，双边贸易额480亿美元。", "2020年，双边贸易额120亿美元，创历史新高。");
    const dates = c.facts.filter((f) => f.kind === "date");
    const first = dates.find((f) => f.documentId === "d0")!;
    expect(first.alsoIn.map((a) => a.documentId)).toContain("d2");
    expect(dates.some((f) => f.documentId === "d1")).toBe(true);
  });
});
