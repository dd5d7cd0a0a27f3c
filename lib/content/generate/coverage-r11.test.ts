/**
 * Round 11, on invented text: a news item's dateline asked by its resolved date with the item's event
 * (never by "当天"), and documents in traditional characters read through the simplified patterns and
 * asked in traditional characters.
 */
import { describe, expect, it } from "vitest";
import { fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import { generateBank } from "./bank";
import { mixedScripts } from "./builders/script";

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
