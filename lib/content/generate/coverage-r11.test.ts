/**
 * Round 11, on invented text: a news item's dateline asked by its resolved date with the item's event
 * (never by "当天"), and documents in traditional characters read through the simplified patterns and
 * asked in traditional characters.
 */
import { describe, expect, it } from "vitest";
import { date, fact, makeDoc, withOtherDates } from "../../../tests/fixtures/generate/corpus";
import { generateBank } from "./bank";
import { dateEvent } from "./builders/date";
import { inTraditional, isTraditional, mixedScripts, simplifiedView } from "./builders/script";
import { buildContext } from "./context";
import type { DateFact } from "./model";

describe("a relative date in a news item", () => {
  const d = makeDoc(
    "doc_dl3",
    "一周要闻",
    "【一】北陆与南川合作\n\n新华社北陆5月9日电北陆外长当天会见南川外长。\n\n北陆外长指出，今年是北陆南川建交50周年。前一天晚上，南川外长抵达北陆。本月初，当地企业与南川港口签署协议。",
  );
  const line = fact(d, "date", "5月9日", date("2031-05-09", "day", "5月9日", "北陆外长当天会见南川外长", true) as never);
  const year = fact(d, "date", "今年", date("2031", "year", "今年", "北陆南川建交50周年", true) as never);
  const eve = fact(d, "date", "前一天", date("2031-05-08", "day", "前一天", "晚上，南川外长抵达北陆", true) as never);
  const early = fact(d, "date", "本月初", date("2031-05", "month", "本月初", "当地企业与南川港口签署协议", true) as never);

  it("is asked by the date its item's dateline gives, without the relative word or a time of day", () => {
    const ctx = buildContext({ documents: [d], facts: [line, year, eve, early] });
    expect(dateEvent(eve as DateFact, ctx)).toBe("南川外长抵达北陆");
    // "当地" stands for a place the question does not show
    expect(dateEvent(early as DateFact, ctx)).toBeUndefined();
    const qs = generateBank(withOtherDates([d], [line, year, eve, early])).bank.questions;
    expect(qs.find((q) => q.type === "mcq" && q.factIds.includes(year.id))?.prompt).toBe("根据原文，北陆南川建交50周年是哪一年？");
    expect(qs.find((q) => q.type === "mcq" && q.factIds.includes(eve.id))?.answer).toBe("2031年5月8日");
  });

  it("is not asked when no dateline comes before it", () => {
    const e = makeDoc("doc_dl4", "评论", "北陆外长指出，今年是北陆南川建交50周年。");
    const y = fact(e, "date", "今年", date("2031", "year", "今年", "北陆南川建交50周年", true) as never);
    expect(generateBank(withOtherDates([e], [y])).bank.questions.some((q) => q.type === "mcq" && q.factIds.includes(y.id))).toBe(false);
  });
});

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

describe("a news item's dateline", () => {
  const d = makeDoc("doc_dl", "一周要闻", "新华社北陆5月6日电北陆外长当天在北陆同南川外长举行会谈。");
  const line = fact(d, "date", "5月6日", date("2031-05-06", "day", "5月6日", "北陆外长当天在北陆同南川外长举行会谈", true) as never);
  const sameDay = fact(d, "date", "当天", date("2031-05-06", "day", "当天", "北陆外长在北陆同南川外长举行会谈", true) as never);

  it("is asked by the resolved date with the item's event, without the dateline or 当天", () => {
    const ctx = buildContext({ documents: [d], facts: [line, sameDay] });
    expect(dateEvent(line as DateFact, ctx)).toBe("北陆外长在北陆同南川外长举行会谈");
    // the "当天" of the same item is asked by the dateline's question, not again
    expect(dateEvent(sameDay as DateFact, ctx)).toBeUndefined();
    const mcq = generateBank(withOtherDates([d], [line, sameDay])).bank.questions.find((q) => q.type === "mcq" && q.factIds.includes(line.id));
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
    // a party's name and the words of a frame come in simplified: they are written as the text writes them
    expect(inTraditional("阅读原文，选择填入括号的一项：中国与北陸建立了什么关系？")).toBe("閱讀原文，選擇填入括號的一項：中國與北陸建立了什麼關係？");
  });

  it("has its events read through the simplified patterns and asked in its own characters", () => {
    const ctx = buildContext({ documents: [d], facts: [start] });
    expect(dateEvent(start as DateFact, ctx)).toBe("北陸鐵路一期工程開工");
    const qs = generateBank(withOtherDates([d], [start])).bank.questions.filter((q) => q.factIds.includes(start.id));
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
