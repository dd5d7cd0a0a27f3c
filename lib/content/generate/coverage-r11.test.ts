/**
 * Round 11, on invented text: a news item's dateline asked by its resolved date with the item's event
 * (never by "当天"), and documents in traditional characters read through the simplified patterns and
 * asked in traditional characters.
 */
import { describe, expect, it } from "vitest";
import { fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import type { Corpus } from "../types";
import { generateBank } from "./bank";
import { dateEvent } from "./builders/date";
import { inTraditional, isTraditional, mixedScripts, simplifiedView } from "./builders/script";
import { buildContext } from "./context";
import type { DateFact } from "./model";

const date = (iso: string, precision: "year" | "month" | "day", text: string, event: string, inferred = false) => ({ iso, precision, text, event, inferred });

/** Eight other dated events, so that the date questions have distractors. */
function withOthers(docs: Corpus["documents"], facts: Corpus["facts"]): Corpus {
  const other = ["2025", "2026", "2027", "2028", "2029", "2030", "2032", "2033"].map((yr) => {
    const dd = makeDoc(`doc_${yr}`, "其他", `${yr}年，甲国举办博览会。`);
    return { d: dd, f: fact(dd, "date", `${yr}年`, date(yr, "year", `${yr}年`, "甲国举办博览会") as never) };
  });
  return { documents: [...docs, ...other.map((o) => o.d)], facts: [...facts, ...other.map((o) => o.f)] };
}

describe("a news item's dateline", () => {
  const d = makeDoc("doc_dl", "一周要闻", "新华社北陆5月6日电北陆外长当天在北陆同南川外长举行会谈。");
  const line = fact(d, "date", "5月6日", date("2031-05-06", "day", "5月6日", "北陆外长当天在北陆同南川外长举行会谈", true) as never);
  const sameDay = fact(d, "date", "当天", date("2031-05-06", "day", "当天", "北陆外长在北陆同南川外长举行会谈", true) as never);

  it("is asked by the resolved date with the item's event, without the dateline or 当天", () => {
    const ctx = buildContext({ documents: [d], facts: [line, sameDay] });
    expect(dateEvent(line as DateFact, ctx)).toBe("北陆外长在北陆同南川外长举行会谈");
    // the "当天" of the same item is asked by the dateline's question, not again
    expect(dateEvent(sameDay as DateFact, ctx)).toBeUndefined();
    const mcq = generateBank(withOthers([d], [line, sameDay])).bank.questions.find((q) => q.type === "mcq" && q.factIds.includes(line.id));
    expect(mcq?.prompt).toBe("北陆外长在北陆同南川外长举行会谈是在什么时候？");
    expect(mcq?.answer).toBe("2031年5月6日");
    expect(mcq?.factIds).toContain(sameDay.id);
    expect(mcq?.prompt).not.toMatch(/当天|电/u);
  });

  it("gives no event when the item does not say it happened that day", () => {
    const e = makeDoc("doc_dl2", "一周要闻", "本报南川5月8日电（记者李明）记者昨天从港务局获悉，港口吞吐量创新高。");
    const f = fact(e, "date", "5月8日", date("2031-05-08", "day", "5月8日", "记者昨天从港务局获悉", true) as never);
    expect(dateEvent(f as DateFact, buildContext({ documents: [e], facts: [f] }))).toBeUndefined();
  });
});

describe("a document in traditional characters", () => {
  const body = "北陸與南川的關係發展順利，兩國交往密切。二〇三一年五月，北陸鐵路一期工程開工。兩國簽署《北陸南川合作協定》，雙方同意加強合作。";
  const d = makeDoc("doc_tw", "北陸南川關係", body);
  const start = fact(d, "date", "二〇三一年五月", date("2031-05", "month", "二〇三一年五月", "北陸鐵路一期工程開工") as never);

  it("is told from a simplified one", () => {
    expect(isTraditional(body + "這是一個對時代的說明，為兩國人民帶來好處。")).toBe(true);
    expect(isTraditional("北陆与南川的关系发展顺利，两国交往密切。这是一个对时代的说明。")).toBe(false);
    expect(simplifiedView("兩國簽署協定")).toBe("两国签署协定");
    expect(inTraditional("判断正误：北陸鐵路開工是在什么时候？")).toBe("判斷正誤：北陸鐵路開工是在什麼時候？");
  });

  it("has its events read through the simplified patterns and asked in its own characters", () => {
    const ctx = buildContext({ documents: [d], facts: [start] });
    expect(dateEvent(start as DateFact, ctx)).toBe("北陸鐵路一期工程開工");
    const qs = generateBank(withOthers([d], [start])).bank.questions.filter((q) => q.factIds.includes(start.id));
    const mcq = qs.find((q) => q.type === "mcq");
    expect(mcq?.prompt).toBe("北陸鐵路一期工程開工是在什麼時候？");
    const tf = qs.find((q) => q.type === "true_false");
    expect(tf?.prompt).toMatch(/^判斷正誤：/u);
    // an ordering mixes no traditional event among simplified ones
    expect(qs.some((q) => q.type === "ordering")).toBe(false);
  });

  it("leaves an unnamed 兩國/雙方 unasked, as the simplified checks would", () => {
    const y = fact(d, "date", "二〇三一年五月", date("2031-05", "month", "二〇三一年五月", "兩國簽署《北陸南川合作協定》") as never);
    expect(dateEvent(y as DateFact, buildContext({ documents: [d], facts: [y] }))).toBeUndefined();
  });

  it("is not asked with a suffix the simplified patterns would catch (以來/後)", () => {
    const e = makeDoc("doc_tw2", "北陸南川關係", "二〇三一年以來，北陸與南川建立了聯合執法機制。");
    const y = fact(e, "date", "二〇三一年以來", date("2031", "year", "二〇三一年以來", "北陸與南川建立了聯合執法機制") as never);
    expect(dateEvent(y as DateFact, buildContext({ documents: [e], facts: [y] }))).toBeUndefined();
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
