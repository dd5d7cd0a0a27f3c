/**
 * Round 11, on invented text: a news item's dateline asked by its resolved date with the item's event
 * (never by "当天"), and documents in traditional characters read through the simplified patterns and
 * asked in traditional characters.
 */
import { describe, expect, it } from "vitest";
import { date, fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import { generateBank } from "./bank";
import { dateEvent } from "./builders/date";
import { mixedScripts } from "./builders/script";
import { buildContext } from "./context";
import type { DateFact } from "./model";

describe("a share a statistic gives", () => {
  it("is no event to ask the year of", () => {
    const e = makeDoc("doc_sh", "北陆南川经贸", "2031年，北陆品牌汽车在南川市场的份额超过七成。");
    const y = fact(e, "date", "2031年", date("2031", "year", "2031年", "北陆品牌汽车在南川市场的份额超过七成") as never);
    expect(dateEvent(y as DateFact, buildContext({ documents: [e], facts: [y] }))).toBeUndefined();
    const e2 = makeDoc("doc_sh2", "北陆南川经贸", "2031年，北陆汽车在南川的销量超过七十万辆。");
    const y2 = fact(e2, "date", "2031年", date("2031", "year", "2031年", "北陆汽车在南川的销量超过七十万辆") as never);
    expect(dateEvent(y2 as DateFact, buildContext({ documents: [e2], facts: [y2] }))).toBe("北陆汽车在南川的销量超过七十万辆");
  });
});

describe("options written in two scripts", () => {
  it("are told apart from options in one", () => {
    expect(mixedScripts(["东盟", "東盟", "欧盟", "非盟"])).toBe(true);
    expect(mixedScripts(["中老鐵路", "中巴经济走廊", "匈塞铁路"])).toBe(true);
    expect(mixedScripts(["中老鐵路", "泛亞鐵路", "曼谷"])).toBe(false);
    expect(mixedScripts(["中老铁路", "泛亚铁路", "曼谷"])).toBe(false);
    // 系, 划, 于, 后 are written in both scripts
    expect(mixedScripts(["關係", "系列", "計劃", "划船", "于是", "後來", "皇后"])).toBe(false);
  });

  it("make no question: a traditional name among simplified ones gives itself away", () => {
    const tw = makeDoc("doc_tw3", "北陸南川關係", "二〇三一年，北陸與南川建立全面戰略合作夥伴關係，這是兩國關係的新階段，為雙方帶來了新的發展機會。");
    const f = fact(tw, "agreement", "全面戰略合作夥伴關係", { name: "全面戰略合作夥伴關係", category: "partnership", type: "伙伴关系", parties: [] } as never);
    const cn = makeDoc("doc_cn3", "北陆南川关系", "2031年，北陆与东川建立全面战略伙伴关系，双方关系进入新阶段。");
    const g = fact(cn, "agreement", "全面战略伙伴关系", { name: "全面战略伙伴关系", category: "partnership", type: "伙伴关系", parties: [] } as never);
    const qs = generateBank({ documents: [tw, cn], facts: [f, g] }).bank.questions;
    expect(qs.some((q) => q.factIds.includes(f.id))).toBe(true);
    for (const q of qs) expect(mixedScripts([...(q.options ?? []), ...(q.pairs ?? []).flat()]), q.id).toBe(false);
  });
});

describe("an ordering", () => {
  it("takes no numbered heading as an event", () => {
    const events = [
      ["2021", "北陆与南川签署《海洋合作协定》"],
      ["2023", "东川与西川举行首次外长会晤"],
      ["2025", "南川加入《北陆海洋公约》"],
    ];
    const docs = events.map(([yr, ev], i) => makeDoc(`doc_o${i}`, "大事记", `${yr}年，${ev}。`));
    const facts = events.map(([yr, ev], i) => fact(docs[i]!, "date", `${yr}年`, date(yr!, "year", `${yr}年`, ev!) as never));
    const h = makeDoc("doc_oh", "北陆省政府工作报告", "一、工作回顾（2029年北陆举办国际博览会）");
    const hf = fact(h, "date", "2029年", date("2029", "year", "2029年", "一、工作回顾（北陆举办国际博览会）") as never);
    const qs = generateBank({ documents: [...docs, h], facts: [...facts, hf] }).bank.questions.filter((q) => q.type === "ordering");
    // (three events and the heading: a set of four would have to take the heading)
    for (const q of qs) expect(q.options?.some((o) => /^[一二三四五六七八九十]、/u.test(o)), q.id).toBe(false);
  });
});
