/**
 * Round 12, on invented text: a figure in a dated row of a table or CSV chronology ("2031/4/9：某馆
 * 落成，文化，面积约2万平方米") asked in a sentence, the date written out and the category cell left out.
 */
import { describe, expect, it } from "vitest";
import { fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import { buildContext } from "./context";
import { dateEvent } from "./builders/date";
import type { DateFact } from "./model";

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
