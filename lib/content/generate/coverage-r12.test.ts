/**
 * Round 12, on invented text: a figure in a dated row of a table or CSV chronology ("2031/4/9：某馆
 * 落成，文化，面积约2万平方米") asked in a sentence, the date written out and the category cell left out.
 */
import { describe, expect, it } from "vitest";
import { fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import { generateBank } from "./bank";
import { categoryCells, rowAsSentence } from "./builders/rows";
import { signatoriesOf } from "./builders/signatories";
import { buildContext } from "./context";
import { actorClause } from "./builders/agreement";
import { dateEvent } from "./builders/date";
import type { DateFact } from "./model";

const ROWS = [
  "2031/4/9：中国援建的智利图书馆落成，文化，建筑面积约2.5万平方米，藏书约80万册",
  "2032/6/1：中国与智利签署《文化合作协定》，文化，有效期5年",
  "2033-07：智利港二期开工，工程，总投资约12亿美元",
  "2034年5月：中国总理访问智利，工程，双方签署18项合作文件",
  "2035/3/2：智利大桥通车，访问智利，全长约3公里",
].join("\n\n");

describe("a dated row of a chronology", () => {
  const categories = new Set(["文化", "工程"]);

  it("is written as a sentence: the slashed date in words, the category cell left out", () => {
    expect(rowAsSentence("2031/4/9：中国援建的智利图书馆落成，文化，建筑面积约（    ），藏书约80万册", categories)).toBe(
      "2031年4月9日，中国援建的智利图书馆落成，建筑面积约（    ），藏书约80万册",
    );
    expect(rowAsSentence("2033-07：智利港二期开工，工程，总投资约____亿美元。", categories)).toBe("2033年7月，智利港二期开工，总投资约____亿美元。");
    expect(rowAsSentence("2034年5月：中国总理访问智利，工程，备注双方签署18项合作文件", categories)).toBe("2034年5月，中国总理访问智利，双方签署18项合作文件");
  });

  it("stays as it is when a short cell is no category (it may be part of the event) or the text is no row", () => {
    expect(rowAsSentence("2035/3/2：智利大桥通车，访问智利，全长约（    ）", categories)).toBe("2035/3/2：智利大桥通车，访问智利，全长约（    ）");
    expect(rowAsSentence("智利大桥通车，文化，全长约（    ）", categories)).toBe("智利大桥通车，文化，全长约（    ）");
    expect(rowAsSentence("2031/4/9：智利图书馆落成，文化，面积约（    ）", new Set())).toBe("2031/4/9：智利图书馆落成，文化，面积约（    ）");
  });

  it("takes as categories the short cells repeated as a whole clause in two rows or more", () => {
    const d = makeDoc("doc_rows", "中国智利关系大事记", ROWS);
    const ctx = buildContext({ documents: [d], facts: [] });
    expect([...categoryCells(ctx, "doc_rows")].sort()).toEqual(["工程", "文化"].sort());
  });

  it("gives a figure of a slashed row its questions, which the slashed date would have dropped", () => {
    const d = makeDoc("doc_rows2", "中国智利关系大事记", ROWS);
    const f = fact(d, "figure", "2.5万平方米", { number: 2.5, unit: "万平方米", text: "2.5万平方米", measure: "建筑面积" } as never);
    const others = [3, 4, 6, 8, 1.2].map((n, i) => {
      const o = makeDoc(`doc_o${i}`, "其他", `甲国新馆面积约${n}万平方米。`);
      return { d: o, f: fact(o, "figure", `${n}万平方米`, { number: n, unit: "万平方米", text: `${n}万平方米`, measure: "面积" } as never) };
    });
    const { bank } = generateBank({ documents: [d, ...others.map((o) => o.d)], facts: [f, ...others.map((o) => o.f)] });
    const cloze = bank.questions.find((q) => q.type === "cloze" && q.factIds.includes(f.id));
    expect(cloze?.prompt).toBe("根据原文填空（填数字）：2031年4月9日，中国援建的智利图书馆落成，建筑面积约____万平方米，藏书约80万册。");
  });
});

describe("a list of signed documents (《名称》：甲方、乙方)", () => {
  const LIST = [
    "《甲乙关于海洋合作的谅解备忘录》：中国自然资源部、智利海洋局",
    "《甲乙关于教育交流的协议》：中国教育部、智利教育部",
    "《关于茶叶输华检疫条件的议定书》：中国海关总署、智利农业部",
    "《关于联合实验室的合作协议》：中国科学院、智利大学",
    "《关于新能源汽车合作的框架协议》：中国汽车集团有限公司、智利能源公司",
  ];

  it("reads a row's title and its signatories, and no line of another shape", () => {
    expect(signatoriesOf(LIST[2]!)).toEqual({ title: "关于茶叶输华检疫条件的议定书", signatories: "中国海关总署、智利农业部" });
    expect(signatoriesOf("《巴黎协定》：2015年通过，2016年生效")).toBeUndefined();
    expect(signatoriesOf("《联合国宪章》：国际关系的基本准则、重要基础")).toBeUndefined();
  });

  it("asks each document with its signatories, the other rows' signatories as options", () => {
    const d = makeDoc("doc_list", "访问成果清单", `访问期间，双方签署了多项合作文件。\n\n${LIST.join("\n\n")}`);
    const f = fact(d, "agreement", "关于茶叶输华检疫条件的议定书", { name: "关于茶叶输华检疫条件的议定书", category: "document", type: "议定书", parties: [] } as never);
    const { bank } = generateBank({ documents: [d], facts: [f] });
    const q = bank.questions.find((x) => x.factIds.includes(f.id) && x.prompt.includes("的双方是"));
    expect(q?.prompt).toBe("根据原文所列文件，《关于茶叶输华检疫条件的议定书》的双方是（    ）。");
    expect(q?.answer).toBe("中国海关总署、智利农业部");
    expect(q?.options?.length).toBe(4);
  });
});

describe("handing over, laying the foundation, renewing, delivering", () => {
  const ev = (text: string, needle: string, event: string) => {
    const d = makeDoc("doc_ev", "大事记", text);
    const f = fact(d, "date", needle, { iso: "2031-04", precision: "month", text: needle, event, inferred: false } as never);
    return dateEvent(f as DateFact, buildContext({ documents: [d], facts: [f] }));
  };

  it("are events when the phrase names its subject", () => {
    expect(ev("2031年4月，中国援建的智利医院门诊楼移交。", "2031年4月", "中国援建的智利医院门诊楼移交")).toBe("中国援建的智利医院门诊楼移交");
    expect(ev("2031年4月，中国援智利住房项目在圣地亚哥交付使用。", "2031年4月", "中国援智利住房项目在圣地亚哥交付使用")).toBe("中国援智利住房项目在圣地亚哥交付使用");
  });

  it("are no events when the phrase opens on the verb (whose bridge, whose handover?)", () => {
    expect(ev("2031年4月，通车，全长约68公里。", "2031年4月", "通车，全长约68公里")).toBeUndefined();
    expect(ev("2031年4月，移交智利方运营。", "2031年4月", "移交智利方运营")).toBeUndefined();
  });
});

describe("events of an ordering", () => {
  it("take no phrase whose subject is cut (由/被…), a season before the subject, or a stray 是 before the verb", async () => {
    const { buildOrderingQuestions } = await import("./builders/sets");
    const rows: [string, string][] = [
      ["2021年3月", "由某钢铁集团收购"],
      ["2022年5月", "被列入世界遗产名录"],
      ["2023年9月", "秋天，智利提出共建港口倡议"],
      ["2024年4月", "南川大学孔子学院是成立"],
      ["2025年6月", "中国与智利签署《海洋合作协定》"],
      ["2026年2月", "中国与秘鲁建立全面战略伙伴关系"],
      ["2027年8月", "中国与巴西举行首次外长会晤"],
      ["2028年1月", "中国与阿根廷发表联合声明"],
      ["2029年7月", "由中国援建的智利港口正式开港"],
    ];
    const docs = rows.map(([d], i) => makeDoc(`doc_ord${i}`, "大事记", `${d}，${rows[i]![1]}。`));
    const facts = rows.map(([d, e], i) => {
      const m = /(\d{4})年(\d{1,2})月/u.exec(d)!;
      return fact(docs[i]!, "date", d, { iso: `${m[1]}-${m[2]!.padStart(2, "0")}`, precision: "month", text: d, event: e, inferred: false } as never);
    });
    const events = buildOrderingQuestions(buildContext({ documents: docs, facts })).flatMap((q) => q.options ?? []);
    expect(events.length).toBeGreaterThan(0);
    expect(events.filter((e) => /^(?:由某|被|秋天)|是成立/u.test(e))).toEqual([]);
  });
});

describe("a document one party signs", () => {
  const agreement = (sentence: string, name: string, parties: string[]) => {
    const d = makeDoc("doc_act", "对外合作", sentence);
    return fact(d, "agreement", name, { name, category: "document", type: "公约", parties } as never) as never;
  };

  it("is asked with that party: the date is the party's signature, not the document's", () => {
    expect(actorClause(agreement("2031年5月，智利签署《海洋塑料公约》。", "海洋塑料公约", ["智利"]), "《海洋塑料公约》", "签署")).toBe("智利签署《海洋塑料公约》");
  });

  it("is asked as before when two parties sign it or the clause has more than the party before the verb", () => {
    expect(actorClause(agreement("2031年5月，中国与智利签署《海洋合作公约》。", "海洋合作公约", ["中国", "智利"]), "《海洋合作公约》", "签署")).toBeUndefined();
    expect(actorClause(agreement("2031年5月，智利代表在会上签署《海洋塑料公约》。", "海洋塑料公约", ["智利"]), "《海洋塑料公约》", "签署")).toBeUndefined();
  });
});
