/**
 * Date questions: relative dates and what anchors them, datelines, visits, periods, anniversaries,
 * chronology rows and dates a table writes in figures.
 */
import { describe, expect, it } from "vitest";
import { date, fact, makeDoc, withOtherDates } from "../../../tests/fixtures/generate/corpus";
import type { Corpus } from "../types";
import { generateBank } from "./bank";
import { dateEvent } from "./builders/date-event";
import { anniversaryCounted, anniversaryOf, periodHeading, periodSubject, themedYearOf } from "./builders/date-occasion";
import { bracketedMeeting, pairOfVisit, withVisitOutcome } from "./builders/date-subject";
import { unsaidEvent } from "./builders/date-verbs";
import { stageOf } from "./builders/periods";
import { dateWithoutSuffix, isFigureDate } from "./builders/date-written";
import { formatIso } from "./dates";
import { categoryCells, rowAsSentence } from "./builders/rows";
import { inTraditional, isTraditional, simplifiedView } from "./builders/script";
import { buildContext, unanchoredRelativeTime } from "./context";
import type { DateFact } from "./model";
import { questionFlags } from "./selfcheck";
import { corpusOf, doc as agreementDoc, eventOf, shown } from "./test-helpers";
import { testQuestion as q } from "@/tests/support/question";

const ROWS = [
  "2031/4/9：中国援建的智利图书馆落成，文化，建筑面积约2.5万平方米，藏书约80万册",
  "2032/6/1：中国与智利签署《文化合作协定》，文化，有效期5年",
  "2033-07：智利港二期开工，工程，总投资约12亿美元",
  "2034年5月：中国总理访问智利，工程，双方签署18项合作文件",
  "2035/3/2：智利大桥通车，访问智利，全长约3公里",
].join("\n\n");

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

describe("a 同月 given again, finer, in its own clause", () => {
  it("is tested by the questions on the days that give it", () => {
    const c = corpusOf("2031年5月，北陆国成为南川联盟观察员国，同月，第三届北陆南川海洋论坛于5月8日至9日在南川港举行。", (d) => [
      fact(d, "date", "2031年5月", { iso: "2031-05", precision: "month", text: "2031年5月", inferred: false, event: "北陆国成为南川联盟观察员国" }),
      fact(d, "date", "同月", { iso: "2031-05", precision: "month", text: "同月", inferred: true, event: "第三届北陆南川海洋论坛于5月8日至9日在南川港举行" }),
      fact(d, "date", "5月8日至9日", {
        iso: "2031-05-08",
        endIso: "2031-05-09",
        precision: "day",
        text: "5月8日至9日",
        inferred: true,
        event: "第三届北陆南川海洋论坛在南川港举行",
      }),
    ]);
    const [, same, days] = c.facts;
    const asked = generateBank(c).bank.questions.filter((q) => q.type === "mcq" && q.factIds.includes(days!.id));
    expect(asked.map((q) => q.prompt)).toEqual(["第三届北陆南川海洋论坛在南川港举行是在什么时候？"]);
    expect(asked[0]!.factIds).toContain(same!.id);
  });
});

describe("a date counted from the one the text gave before it", () => {
  it("says in the explanation how it was resolved", () => {
    const d = makeDoc("doc_rs1", "北陆大事记", "北陆—南川委员会于2031年成立，次年8月在港城召开第一次会议。\n\n2033年3月，北陆国加入某某组织。同年9月，北陆国加入《某某海洋公约》。");
    const next = fact(d, "date", "次年8月", date("2032-08", "month", "次年8月", "港城召开第一次会议", true) as never);
    const same = fact(d, "date", "同年9月", date("2033-09", "month", "同年9月", "北陆国加入《某某海洋公约》", true) as never);
    const qs = generateBank(withOtherDates([d], [next, same])).bank.questions;
    const a = qs.find((q) => q.type === "mcq" && q.factIds.includes(next.id));
    expect(a?.prompt).toBe("北陆—南川委员会在港城召开第一次会议是在什么时候？");
    expect(a?.explanation).toContain("正确答案是2032年8月（原文作“次年8月”，即2031年的下一年）。");
    const b = qs.find((q) => q.type === "mcq" && q.factIds.includes(same.id));
    expect(b?.explanation).toContain("（原文作“同年9月”，即前文所说的2033年）");
  });
});

describe("a line of a chronology of one pair's relations", () => {
  const body = "【资料框】中岚关系大事记\n\n2031年4月　建立全面战略伙伴关系\n\n2033年10月　发表《中岚关系发展远景规划》\n\n2034年5月　岚国总统访华";
  const d = makeDoc("doc_ch1", "北陆周刊", body);
  const a = fact(d, "date", "2031年4月", date("2031-04", "month", "2031年4月", "建立全面战略伙伴关系") as never);
  const b = fact(d, "date", "2033年10月", date("2033-10", "month", "2033年10月", "发表《中岚关系发展远景规划》") as never);
  const c = fact(d, "date", "2034年5月", date("2034-05", "month", "2034年5月", "岚国总统访华") as never);
  it("takes the pair its heading names when it opens on what both sides did", () => {
    const ctx = buildContext({ documents: [d], facts: [a, b, c] });
    expect(dateEvent(a as DateFact, ctx)).toBe("中岚两国建立全面战略伙伴关系");
    expect(dateEvent(b as DateFact, ctx)).toBe("中岚两国发表《中岚关系发展远景规划》");
  });
  it("in the text's script, a traditional 中岚兩國 naming its pair", () => {
    const t = makeDoc("doc_ch2", "北陸週刊", "【資料框】中嵐關係大事記\n\n二〇三一年四月　建立全面戰略夥伴關係\n\n二〇三五年七月一日　中嵐兩國正式建交");
    const x = fact(t, "date", "二〇三一年四月", date("2031-04", "month", "二〇三一年四月", "建立全面戰略夥伴關係") as never);
    const y = fact(t, "date", "二〇三五年七月一日", date("2035-07-01", "day", "二〇三五年七月一日", "中嵐兩國正式建交") as never);
    const ctx = buildContext({ documents: [t], facts: [x, y] });
    expect(dateEvent(x as DateFact, ctx)).toBe("中嵐兩國建立全面戰略夥伴關係");
    expect(dateEvent(y as DateFact, ctx)).toBe("中嵐兩國正式建交");
  });
  it("takes nothing under a heading that names no pair's relations", () => {
    const e = makeDoc("doc_ch3", "北陆周刊", "【资料框】北陆港口大事记\n\n2031年4月　建立全面战略伙伴关系");
    const x = fact(e, "date", "2031年4月", date("2031-04", "month", "2031年4月", "建立全面战略伙伴关系") as never);
    expect(dateEvent(x as DateFact, buildContext({ documents: [e], facts: [x] }))).toBeUndefined();
  });
});

describe("a month counted from the text's date before it (当月)", () => {
  it("is asked like 同月: the text gives the month", () => {
    expect(eventOf("2031年10月，北陆国与南川国建交。当月，北陆国正式加入《某某海洋公约》。", "当月", "2031-10", "北陆国正式加入《某某海洋公约》", true)).toBe("北陆国正式加入《某某海洋公约》");
  });
});

describe("the closing line of a document that is a joint statement", () => {
  const body = "双方同意深化海洋合作。\n\n二〇三一年十一月　于港城";
  it("dates the statement, issued where the line says", () => {
    const d = makeDoc("doc_js1", "北陆共和国和南川共和国关于加强全面战略伙伴关系的联合声明", body);
    const y = fact(d, "date", "二〇三一年十一月", date("2031-11", "month", "二〇三一年十一月", "港城") as never);
    expect(dateEvent(y as DateFact, buildContext({ documents: [d], facts: [y] }))).toBe("《北陆共和国和南川共和国关于加强全面战略伙伴关系的联合声明》在港城发表");
  });
  it("dates nothing in a document of another kind", () => {
    const d = makeDoc("doc_js2", "北陆与南川关系综述", body);
    const y = fact(d, "date", "二〇三一年十一月", date("2031-11", "month", "二〇三一年十一月", "港城") as never);
    expect(dateEvent(y as DateFact, buildContext({ documents: [d], facts: [y] }))).toBeUndefined();
  });
  it("and a title signed is an event of its own", () => {
    expect(eventOf("《北陆—南川自由贸易协定》于2031年11月18日签署，2032年10月1日正式生效。", "2031年11月18日", "2031-11-18", "《北陆—南川自由贸易协定》签署")).toBe("《北陆—南川自由贸易协定》签署");
  });
  it("but not when the agreement's own question asks that date", () => {
    const d = makeDoc("doc_js3", "北陆经济", "《北陆—南川自由贸易协定》于2031年11月18日签署，2032年10月1日正式生效。");
    const y = fact(d, "date", "2031年11月18日", date("2031-11-18", "day", "2031年11月18日", "《北陆—南川自由贸易协定》签署") as never);
    const a = agreementDoc(d, "北陆—南川自由贸易协定", ["北陆", "南川"], "2031-11-18");
    expect(dateEvent(y as DateFact, buildContext({ documents: [d], facts: [y, a] }))).toBeUndefined();
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

describe("a news item's 当天 after its dateline", () => {
  const d = makeDoc(
    "doc_dl13",
    "一周要闻",
    "【一】智利港口合作\n\n新华社圣地亚哥5月9日电（记者李明）记者从港务局获悉，智利港口吞吐量创新高。\n\n智利交通部长当天表示，智方欢迎更多中国企业参与港口建设。",
  );
  const line = fact(d, "date", "5月9日", date("2031-05-09", "day", "5月9日", "记者从港务局获悉", true) as never);
  const sameDay = fact(d, "date", "当天", date("2031-05-09", "day", "当天", "智利交通部长表示", true) as never);

  it("is asked by what was said, and the question tests the dateline too", () => {
    const qs = generateBank(withOtherDates([d], [line, sameDay])).bank.questions;
    const mcq = qs.find((q) => q.type === "mcq" && q.factIds.includes(sameDay.id));
    expect(mcq?.prompt).toBe("智利交通部长表示，智方欢迎更多中国企业参与港口建设。这是在什么时候？");
    expect(mcq?.answer).toBe("2031年5月9日");
    expect(qs.some((q) => q.factIds.includes(sameDay.id) && q.factIds.includes(line.id))).toBe(true);
  });
});

describe("a date a table writes in figures", () => {
  it("is told from a range or another date", () => {
    expect(isFigureDate("1986-08", { iso: "1986-08", precision: "month" })).toBe(true);
    expect(isFigureDate("2017.9", { iso: "2017-09", precision: "month" })).toBe(true);
    expect(isFigureDate("2004/12/26", { iso: "2004-12-26", precision: "day" })).toBe(true);
    expect(isFigureDate("2019-2023", { iso: "2019", precision: "year", endIso: "2023" })).toBe(false);
    expect(isFigureDate("2004/12/26", { iso: "2004-12-25", precision: "day" })).toBe(false);
    expect(isFigureDate("2004年12月", { iso: "2004-12", precision: "month" })).toBe(false);
  });

  it("is answered in words in a cloze, its figures accepted", () => {
    const d = makeDoc("doc_csv13", "中智关系大事记", "2031-04：智利总统访华，中智签署《海洋合作协定》。");
    const f = fact(d, "date", "2031-04", date("2031-04", "month", "2031-04", "智利总统访华") as never);
    const cloze = generateBank(withOtherDates([d], [f])).bank.questions.find((q) => q.type === "cloze" && q.factIds.includes(f.id));
    expect(cloze?.answer).toBe("2031年4月");
    expect(cloze?.accepted).toContain("2031-04");
  });
});

describe("dates the date builder had refused", () => {
  it("takes a date stressed by 早在……就, without the 就", () => {
    expect(eventOf("智利和秘鲁的央行早在2031年就续签了本币互换协议。", "2031年", "2031", "智利和秘鲁的央行就续签了本币互换协议")).toBe("智利和秘鲁的央行续签了本币互换协议");
    expect(eventOf("智利早在2031年就与中方签署了合作文件。", "2031年", "2031", "就与中方签署了合作文件")).toBeUndefined();
  });

  it("takes a count of years resolved from a date given before", () => {
    expect(eventOf("2031年，智利举办首届博览会。三年后，智利秘鲁峰会在利马举行。", "三年后", "2034", "智利秘鲁峰会在利马举行", true)).toBe("智利秘鲁峰会在利马举行");
  });

  it("reads 中 after a date as mid-year only when no name follows", () => {
    expect(eventOf("2031年12月中智铁路一期工程开工", "2031年12月", "2031-12", "中智铁路一期工程开工")).toBe("中智铁路一期工程开工");
    expect(eventOf("2031年中，智利铁路开工。", "2031年", "2031", "智利铁路开工")).toBeUndefined();
  });

  it("takes a 时任 official as a subject", () => {
    // (round 15: a bare visit recurs and is asked only with the clause that says which one it was)
    expect(eventOf("2031年4月，时任智利总理某某访华，成为首位访华的智利总理。", "2031年4月", "2031-04", "时任智利总理某某访华")).toBe("时任智利总理某某访华，成为首位访华的智利总理");
  });

  it("refuses a change against last year, and a time phrase for an event", () => {
    expect(unsaidEvent("智利对华出口同比增长约40%")).toBe(true);
    expect(unsaidEvent("智利对华出口增长约40%")).toBe(false);
    expect(eventOf("在智利独立之初，两国即有往来。", "独立之初", "2031", "智利独立之初")).toBeUndefined();
  });

  it("asks a subject's one event of a kind even when the subject has events of other kinds", () => {
    const d = makeDoc("doc_ss13", "智利港口", "2031年5月，智利港一期正式开港。\n\n2033年7月，智利港特许经营协议签署。\n\n2034年8月，智利港一期扩建后再次开港。");
    const open1 = fact(d, "date", "2031年5月", date("2031-05", "month", "2031年5月", "智利港一期正式开港") as never);
    const deal = fact(d, "date", "2033年7月", date("2033-07", "month", "2033年7月", "智利港特许经营协议签署") as never);
    const ctx = buildContext({ documents: [d], facts: [open1, deal] });
    expect(dateEvent(open1 as DateFact, ctx)).toBe("智利港一期正式开港");
    const open2 = fact(d, "date", "2034年8月", date("2034-08", "month", "2034年8月", "智利港一期扩建后再次开港") as never);
    const ctx2 = buildContext({ documents: [d], facts: [open1, deal, open2] });
    expect(dateEvent(open1 as DateFact, ctx2)).toBeUndefined();
  });
});

describe("dates of notes, wiki boxes and chronology rows", () => {
  it("ask a visit by its ordinal even when the visitor came more than once", () => {
    const d = makeDoc("doc_or13", "中智关系", "2031年5月：某某总统访华。\n\n2033年7月：某某总统第二次访华，同意深化合作。");
    const first = fact(d, "date", "2031年5月", date("2031-05", "month", "2031年5月", "某某总统访华") as never);
    const second = fact(d, "date", "2033年7月", date("2033-07", "month", "2033年7月", "某某总统第二次访华，同意深化合作") as never);
    const ctx = buildContext({ documents: [d], facts: [first, second] });
    expect(dateEvent(second as DateFact, ctx)).toBe("某某总统第二次访华，同意深化合作");
    expect(dateEvent(first as DateFact, ctx)).toBeUndefined();
  });

  it("ask the year of an anniversary written with ＝ or after a row's colon", () => {
    const notes = makeDoc("doc_an13", "中智关系复习提纲", "纪念年份：2031年＝中智建交60周年＋“中智文化年”；");
    const y = fact(notes, "date", "2031年", date("2031", "year", "2031年", "＝中智建交60周年＋“中智文化年”") as never);
    const q = generateBank(withOtherDates([notes], [y])).bank.questions.find((x) => x.type === "mcq" && x.factIds.includes(y.id));
    expect(q?.prompt).toBe("根据原文，中智建交60周年是哪一年？");
    const row = makeDoc("doc_an13b", "中智关系大事记", "2031-02：中智建交50周年，两国领导人互致贺电");
    const m = fact(row, "date", "2031-02", date("2031-02", "month", "2031-02", "中智建交50周年") as never);
    const q2 = generateBank(withOtherDates([row], [m])).bank.questions.find((x) => x.type === "mcq" && x.factIds.includes(m.id));
    expect(q2?.prompt).toMatch(/^(?:根据原文，)?中智建交50周年是在什么时候？$/u);
    expect(q2?.answer).toBe("2031年2月");
  });

  it("ask a meeting dated in a bracket after its name, by where it was held", () => {
    expect(bracketedMeeting("首届中智峰会（2031年12月9日，利马）", { start: 7, end: 17 })).toBe("首届中智峰会在利马举行");
    expect(bracketedMeeting("中智合作论坛（2031年成立，秘书处设在利马）", { start: 7, end: 12 })).toBeUndefined();
    expect(bracketedMeeting("参见首届中智峰会文件（2031年12月9日）", { start: 11, end: 21 })).toBeUndefined();
  });

  it("ask the years of a period a heading names", () => {
    const d = makeDoc("doc_pe13", "中智关系史", "一、建交与复交（2031—2041）\n\n二、概况（2031—2041）");
    const p = fact(d, "date", "2031—2041", { iso: "2031", endIso: "2041", precision: "year", text: "2031—2041", event: "一、建交与复交（2031—2041）", inferred: false } as never);
    const g = fact(d, "date", "2031—2041", { iso: "2031", endIso: "2041", precision: "year", text: "2031—2041", event: "二、概况（2031—2041）", inferred: false } as never, 1);
    expect(periodHeading(p as DateFact)).toBe("建交与复交");
    expect(periodHeading(g as DateFact)).toBeUndefined();
    const q = generateBank(withOtherDates([d], [p])).bank.questions.find((x) => x.type === "mcq" && x.factIds.includes(p.id));
    // (round 15: whose history it is, from the document's title)
    expect(q?.prompt).toBe("根据原文，中智关系史的“建交与复交”阶段的起止年份是（    ）。");
    expect(q?.answer).toBe("2031—2041年");
  });

  it("ask a period that runs to the time of writing ('（2031年至今）') by the year it starts (Session 12)", () => {
    const d = makeDoc("doc_pe13b", "中智关系史", "三、构建命运共同体（2031年至今）");
    const p = fact(d, "date", "2031年", { iso: "2031", precision: "year", text: "2031年", event: "三、构建命运共同体（2031年至今）", inferred: false } as never);
    expect(periodHeading(p as DateFact)).toBe("构建命运共同体");
    const q = generateBank(withOtherDates([d], [p])).bank.questions.find((x) => x.type === "mcq" && x.factIds.includes(p.id));
    expect(q?.prompt).toBe("根据原文，中智关系史的“构建命运共同体”阶段始于哪一年？");
    expect(q?.answer).toBe("2031年");
  });

  it("ask one event written twice in a document once, testing both mentions", () => {
    const d = makeDoc("doc_tw13c", "中智关系", "访问：2031年7月，某某总统第四次访华。\n\n2031年7月：某某第四次访华。");
    const a = fact(d, "date", "2031年7月", date("2031-07", "month", "2031年7月", "某某总统第四次访华") as never);
    const b = fact(d, "date", "2031年7月", date("2031-07", "month", "2031年7月", "某某第四次访华") as never, 1);
    const qs = generateBank(withOtherDates([d], [a, b])).bank.questions.filter((q) => q.type === "mcq" && (q.factIds.includes(a.id) || q.factIds.includes(b.id)));
    expect(qs).toHaveLength(1);
    expect(qs[0]!.factIds).toEqual(expect.arrayContaining([a.id, b.id]));
  });

  it("take a first summit of a named pair as named ('首届中某峰会'), not a bare ordinal meeting", () => {
    expect(eventOf("首届中智峰会（2031年12月9日，利马）", "2031年12月9日", "2031-12-09", "首届中智峰会2031年12月9日")).toBe("首届中智峰会在利马举行");
    expect(eventOf("2031年12月9日，首届领导人峰会在利马举行。", "2031年12月9日", "2031-12-09", "首届领导人峰会在利马举行")).toBeUndefined();
  });
});

describe("a chronology's dated rows with no category column", () => {
  it("are written as sentences when no short cell could be a category", () => {
    expect(rowAsSentence("2031/4/9：中国援建的智利图书馆落成，建筑面积约（    ）平方米", new Set())).toBe("2031年4月9日，中国援建的智利图书馆落成，建筑面积约（    ）平方米");
    expect(rowAsSentence("2031年4月：智利总统访华，双方签署（    ）项合作文件", new Set())).toBe("2031年4月，智利总统访华，双方签署（    ）项合作文件");
    // a short cell could still be a category no other row repeats
    expect(rowAsSentence("2031/4/9：智利图书馆落成，文化，面积约（    ）", new Set())).toBe("2031/4/9：智利图书馆落成，文化，面积约（    ）");
  });
});

describe("a date written relative to the document's own date", () => {
  const dated = (head: string, body: string) => {
    const d = makeDoc("doc_rel13", "外交部发言人例行记者会", `${head}\n\n${body}`);
    return { ...d, date: "2031-11-20" };
  };

  it("is asked in full when the document writes its date at its head, and answered in full in a cloze", () => {
    const d = dated("2031年11月20日外交部发言人例行记者会", "今年7月，智利正式成为某组织第10个成员国。");
    const f = fact(d, "date", "今年7月", date("2031-07", "month", "今年7月", "智利正式成为某组织第10个成员国", true) as never);
    const qs = generateBank(withOtherDates([d], [f])).bank.questions.filter((q) => q.factIds.includes(f.id));
    expect(qs.find((q) => q.type === "mcq")?.prompt).toBe("智利正式成为某组织第10个成员国是在什么时候？");
    expect(qs.find((q) => q.type === "mcq")?.answer).toBe("2031年7月");
    const cloze = qs.find((q) => q.type === "cloze");
    expect(cloze?.answer).toBe("2031年7月");
    // (not by the words as written: the stem's tense gives them)
    expect(cloze?.accepted).toContain("2031.7");
    expect(cloze?.accepted).not.toContain("今年7月");
  });

  it("is no when-question when the document's date is written nowhere at its head, and no cloze when no date is known", () => {
    const d = dated("外交部发言人例行记者会", "今年7月，智利正式成为某组织第10个成员国。");
    const f = fact(d, "date", "今年7月", date("2031-07", "month", "今年7月", "智利正式成为某组织第10个成员国", true) as never);
    expect(generateBank(withOtherDates([d], [f])).bank.questions.some((q) => q.factIds.includes(f.id) && q.type === "mcq")).toBe(false);
    const undated = makeDoc("doc_rel13b", "外交部发言人例行记者会", "外交部发言人例行记者会\n\n今年7月，智利正式成为某组织第10个成员国。");
    const g = fact(undated, "date", "今年7月", date("2031-07", "month", "今年7月", "智利正式成为某组织第10个成员国", true) as never);
    expect(generateBank(withOtherDates([undated], [g])).bank.questions.some((q) => q.factIds.includes(g.id) && q.type === "cloze")).toBe(false);
  });
});

describe("a line of a list of periods (\"1983年—1989年：起步阶段\")", () => {
  const period = (text: string, needle: string, iso: string, endIso: string) => {
    const d = makeDoc("doc_pd14", "大事记", text);
    const f = fact(d, "date", needle, { ...date(iso, "year", needle, text), endIso } as never);
    return periodHeading(f as DateFact);
  };

  it("names the period", () => {
    expect(period("2031年—2035年：起步阶段", "2031年—2035年", "2031", "2035")).toBe("起步");
  });

  it("is no period when the line says more, the range is inside it, or no 阶段 is named", () => {
    expect(period("2031年—2035年：中方累计投资", "2031年—2035年", "2031", "2035")).toBeUndefined();
    expect(period("2031年—2035年：两国进入合作起步阶段，签署多项协议", "2031年—2035年", "2031", "2035")).toBeUndefined();
    expect(period("回顾：2031年—2035年：起步阶段", "2031年—2035年", "2031", "2035")).toBeUndefined();
    expect(period("2031年—2035年：2036年阶段", "2031年—2035年", "2031", "2035")).toBeUndefined();
  });

  it("names a period without 阶段 when it is a line of a list of three periods at least, one naming its 阶段", () => {
    const text = "北极合作大事记\n\n2031年—2035年：起步阶段\n\n2036年—2040年：积累阶段\n\n2041年—2045年：全面参与与规则塑造";
    const d = makeDoc("doc_pd15", "北极合作大事记", text);
    const line = (needle: string, iso: string, endIso: string) => fact(d, "date", needle, { ...date(iso, "year", needle, "x"), endIso } as never) as DateFact;
    const fs = [line("2031年—2035年", "2031", "2035"), line("2036年—2040年", "2036", "2040"), line("2041年—2045年", "2041", "2045")];
    const ctx = buildContext({ documents: [d], facts: fs });
    expect(periodHeading(fs[2]!, ctx)).toBe("全面参与与规则塑造");
    // (two lines are no list; nor is a list none of whose lines names a 阶段)
    const two = makeDoc("doc_pd15b", "北极合作大事记", "2036年—2040年：积累阶段\n\n2041年—2045年：全面参与与规则塑造");
    const ts = ["2036年—2040年", "2041年—2045年"].map((n) => fact(two, "date", n, { ...date(n.slice(0, 4), "year", n, "x"), endIso: n.slice(6, 10) } as never) as DateFact);
    expect(periodHeading(ts[1]!, buildContext({ documents: [two], facts: ts }))).toBeUndefined();
    const plain = makeDoc("doc_pd16", "北极合作大事记", "2031年—2035年：中方累计投资\n\n2036年—2040年：双方贸易往来\n\n2041年—2045年：全面参与与规则塑造");
    const ps = ["2031年—2035年", "2036年—2040年", "2041年—2045年"].map((n) => fact(plain, "date", n, { ...date(n.slice(0, 4), "year", n, "x"), endIso: n.slice(6, 10) } as never) as DateFact);
    expect(periodHeading(ps[2]!, buildContext({ documents: [plain], facts: ps }))).toBeUndefined();
  });

  it("counts the lines of its own list only, not those of another list in the document", () => {
    const text = "丙丁海洋合作\n\n2041—2046年：萌芽阶段\n\n2047—2052年：巩固阶段\n\n此后两国合作转向新领域。\n\n2053—2060年：互联与共治\n\n2061—2066年：深海共研";
    const d = makeDoc("doc_pd17", "丙丁海洋合作", text);
    const line = (needle: string, iso: string, endIso: string) => fact(d, "date", needle, { ...date(iso, "year", needle, "x"), endIso } as never) as DateFact;
    const fs = [line("2041—2046年", "2041", "2046"), line("2047—2052年", "2047", "2052"), line("2053—2060年", "2053", "2060"), line("2061—2066年", "2061", "2066")];
    expect(periodHeading(fs[2]!, buildContext({ documents: [d], facts: fs }))).toBeUndefined();
  });
});

describe("an anniversary counted from the event the document dates", () => {
  const counted = (text: string, year: [string, string], event: [string, string, string], anniversary: string) => {
    const d = makeDoc("doc_an_count", "纪念文章", text);
    const f = fact(d, "date", year[0], date(year[1], "year", year[0], anniversary, true) as never) as DateFact;
    const g = fact(d, "date", event[0], date(event[1], "year", event[0], event[2]) as never) as DateFact;
    return anniversaryCounted(buildContext({ documents: [d], facts: [f, g] }), f, anniversary);
  };

  it("reads a count with 零 in it (一百零五 is 105, not 5)", () => {
    const text = "丁会于1926年创立。今年是丁会创立一百零五周年。";
    expect(counted(text, ["今年", "2031"], ["1926年", "1926", "丁会创立"], "丁会创立一百零五周年")).toBe(true);
    expect(counted(text, ["今年", "1931"], ["1926年", "1926", "丁会创立"], "丁会创立一百零五周年")).toBe(false);
  });

  it("takes a birth (出生, 生于) for the 诞辰 an anniversary counts from", () => {
    const text = "戊先生1951年出生于某村。今年是戊先生诞辰80周年。";
    expect(counted(text, ["今年", "2031"], ["1951年", "1951", "戊先生出生于某村"], "戊先生诞辰80周年")).toBe(true);
  });
});

describe("a visit and the clause that says which one it was", () => {
  it("adds the clause after a bare visit, naming its pair", () => {
    expect(withVisitOutcome("甲乙总统访华", "，两国签署《甲乙友好宣言》，宣布建立伙伴关系。", "中甲")).toBe("甲乙总统访华，中甲两国签署《甲乙友好宣言》");
    expect(withVisitOutcome("某某总统访华", "，成为首位访华的某国总统。", undefined)).toBe("某某总统访华，成为首位访华的某国总统");
  });
  it("asks no bare visit without such a clause", () => {
    expect(withVisitOutcome("某某总统访华", "。", undefined)).toBeUndefined();
    expect(withVisitOutcome("某某总理访华", "，这是时隔多年再次访华。", undefined)).toBeUndefined();
    expect(withVisitOutcome("某某总统访华", "，两国签署《某某宣言》。", undefined)).toBeUndefined();
    expect(withVisitOutcome("某某总统访华", "，签署多项合作文件。", undefined)).toBeUndefined();
    expect(withVisitOutcome("某某主席对某国进行国事访问", "，受到热烈欢迎。", undefined)).toBeUndefined();
    expect(withVisitOutcome("某某主席那次访问", "，两国关系提升为伙伴关系。", "中甲")).toBeUndefined();
    expect(withVisitOutcome("某某主席访问", "。", undefined)).toBeUndefined();
  });
  it("leaves a visit with an ordinal, and other events, as they were", () => {
    expect(withVisitOutcome("某某总统第三次访华", "。", undefined)).toBe("某某总统第三次访华");
    expect(withVisitOutcome("某某总统首次访华", "。", undefined)).toBe("某某总统首次访华");
    expect(withVisitOutcome("甲乙两国签署《某协定》", "。", undefined)).toBe("甲乙两国签署《某协定》");
  });
  it("takes the pair from a visit that names one country in full", () => {
    expect(pairOfVisit("某某主席对巴基斯坦进行国事访问")).toBe("中巴");
    expect(pairOfVisit("某某总统访华")).toBeUndefined();
  });
});

describe("whose periods a history dates", () => {
  it("is the document's title without its range and chronology word", () => {
    expect(periodSubject("中国—某某国关系大事记（1960—2030）")).toBe("中国—某某国关系");
    expect(periodSubject("资料：甲乙两国合作年表")).toBe("甲乙两国合作");
  });
  it("is none for a title that gives no name", () => {
    expect(periodSubject("2030年工作回顾")).toBeUndefined();
    expect(periodSubject("大事记")).toBeUndefined();
  });
});

describe("a visit's clause with a subject of its own", () => {
  it("is another event, not the visit's outcome", () => {
    expect(withVisitOutcome("甲乙两国总统访华", "，中国与丙国宣布建立伙伴关系。", undefined)).toBeUndefined();
    expect(withVisitOutcome("某某主席访问某地", "，提出新的合作倡议。", undefined)).toBe("某某主席访问某地，提出新的合作倡议");
  });
});

describe("this year's anniversary with no dateline", () => {
  it("is asked when the document dates the event it counts from", () => {
    const d = makeDoc("doc_an15", "某某简报", "1970年5月1日，中国与智利建交。\n\n今年是中智建交60周年。");
    const base = fact(d, "date", "1970年5月1日", date("1970-05-01", "day", "1970年5月1日", "中国与智利建交") as never);
    const y = fact(d, "date", "今年", date("2030", "year", "今年", "中智建交60周年", true) as never);
    const q = generateBank(withOtherDates([d], [base, y])).bank.questions.find((x) => x.type === "mcq" && x.factIds.includes(y.id));
    expect(q?.prompt).toBe("根据原文，中智建交60周年是哪一年？");
    expect(q?.answer).toBe("2030年");
  });
  it("is not asked when the years do not add up, or nothing dates the event", () => {
    const d = makeDoc("doc_an15b", "某某简报", "1972年5月1日，中国与智利建交。\n\n今年是中智建交60周年。");
    const base = fact(d, "date", "1972年5月1日", date("1972-05-01", "day", "1972年5月1日", "中国与智利建交") as never);
    const y = fact(d, "date", "今年", date("2030", "year", "今年", "中智建交60周年", true) as never);
    const bank = generateBank(withOtherDates([d], [base, y])).bank;
    expect(bank.questions.some((x) => x.type === "mcq" && x.factIds.includes(y.id) && /周年/u.test(x.prompt))).toBe(false);
    const alone = makeDoc("doc_an15c", "某某简报", "今年是中智建交60周年。");
    const z = fact(alone, "date", "今年", date("2030", "year", "今年", "中智建交60周年", true) as never);
    expect(generateBank(withOtherDates([alone], [z])).bank.questions.some((x) => x.factIds.includes(z.id) && /周年/u.test(x.prompt))).toBe(false);
  });
});

describe("a year that is part of a name", () => {
  const source = { documentId: "d", start: 0, end: 1, quote: "中方愿支持甲国实现2030年可持续发展议程目标。" };
  it("is no event's time when the question shows the name without it", () => {
    const asked = q({ type: "mcq", prompt: "支持甲国实现可持续发展议程目标是在哪一年？", options: ["2028年", "2029年", "2030年", "2031年"], answer: "2030年", source });
    expect(questionFlags(asked)).toContain("ambiguous-blank");
    const tf = q({ type: "true_false", prompt: "判断正误：2030年，支持甲国实现可持续发展议程目标。", answer: true, source });
    expect(questionFlags(tf)).toContain("ambiguous-blank");
  });
  it("a blank inside the name is fine", () => {
    const cloze = q({ type: "cloze", prompt: "根据原文填空：中方愿支持甲国实现____可持续发展议程目标。", answer: "2030年", source });
    expect(questionFlags(cloze)).not.toContain("ambiguous-blank");
  });
});

describe("此后 after a dated sentence the text shows", () => {
  it("counts from that date", () => {
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：2030年5月1日，甲乙两国正式建交。此后，两国贸易额增长到____亿美元。", answer: "30" }))).not.toContain("dangling-reference");
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：此后，甲乙两国贸易额增长到____亿美元。", answer: "30" }))).toContain("dangling-reference");
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：甲乙两国关系良好。此后，两国贸易额增长到____亿美元。", answer: "30" }))).toContain("dangling-reference");
  });
});

describe("此後 after a dated sentence the question shows", () => {
  it("counts from that date, in either script and after 早在", () => {
    const shown = (front: string) => questionFlags(q({ type: "flashcard", prompt: front, front, back: "丁安排" }));
    expect(shown("早在二〇三一年五月，甲乙兩國就率先實施丁安排。此後（    ），甲國水果出口增長了數倍。")).not.toContain("dangling-reference");
    expect(shown("此後（    ），甲國水果出口增長了數倍。")).toContain("dangling-reference");
  });
});

describe("a relative time whose anchor is not shown", () => {
  it("is found at the start of a clause with no date before it", () => {
    expect(unanchoredRelativeTime("三年后，海港论坛在南川国举行。")).toBe(true);
    expect(unanchoredRelativeTime("……，两个月后，海港论坛在南川国举行。")).toBe(true);
    expect(unanchoredRelativeTime("2031年4月，两国举行首次会议。三年后，海港论坛在南川国举行。")).toBe(false);
    expect(unanchoredRelativeTime("协定生效三年后关税降至零。")).toBe(false);
    expect(unanchoredRelativeTime("2031年以来，两国合作不断深化。")).toBe(false);
  });

  it("makes no question that reads the time as absolute; with its anchor before it, the passage takes that sentence", () => {
    const body = "北陆国重视海洋合作。\n\n三年后，北陆国与南川国签署《海港合作协定》，推动港口建设。\n\n2031年4月，东屿国与西原国举行首次部长级会议。两年后，东屿国与西原国签署《山地保护条约》，扩大生态合作。";
    const c = corpusOf(body, (d) => [
      fact(d, "agreement", "海港合作协定", { name: "海港合作协定", category: "document", type: "协定", parties: ["北陆国", "南川国"] }),
      fact(d, "agreement", "山地保护条约", { name: "山地保护条约", category: "document", type: "条约", parties: ["东屿国", "西原国"] }),
    ]);
    const { bank } = generateBank(c);
    expect(bank.questions.some((q) => shown(q).includes("三年后"))).toBe(false);
    const withTwo = bank.questions.filter((q) => shown(q).includes("两年后"));
    expect(withTwo.length).toBeGreaterThan(0);
    for (const q of withTwo) expect(shown(q)).toContain("2031年4月");
  });
});

describe("a date written with 以来", () => {
  it("is blanked without its suffix", () => {
    expect(dateWithoutSuffix("2031年以来")).toBe("2031年");
    expect(dateWithoutSuffix("2031年底")).toBe("2031年");
    expect(dateWithoutSuffix("2031年9月起")).toBe("2031年9月");
    expect(dateWithoutSuffix("31年前")).toBe("31年前");
    const c = corpusOf("自2031年以来，北陆国在南川国陆续开设13所语言学院。", (d) => [
      fact(d, "date", "2031年以来", { iso: "2031", precision: "year", text: "2031年以来", inferred: false, event: "北陆国在南川国陆续开设13所语言学院" }),
    ]);
    const { bank } = generateBank(c);
    const cloze = bank.questions.find((q) => q.type === "cloze" && q.factIds.includes(c.facts[0]!.id));
    expect(cloze).toBeDefined();
    expect(cloze!.prompt).toContain("自____以来");
    expect(cloze!.answer).toBe("2031年");
    expect(cloze!.accepted).toContain("2031");
  });
});

describe("the year of a named anniversary", () => {
  const d = makeDoc("doc_a", "测试文献", "2031年是甲国与乙国建交60周年。2032年是两国建交61周年。2033年是丰收的一年。");
  const date = (needle: string, occurrence = 0) =>
    fact(d, "date", needle, { iso: needle.slice(0, 4), precision: "year", text: needle, inferred: false, event: "x" } as never, occurrence) as DateFact;
  it("is asked by the anniversary", () => {
    expect(anniversaryOf(date("2031年"))).toBe("甲国与乙国建交60周年");
  });
  it("not when the anniversary names no one, nor for a year that is no anniversary", () => {
    expect(anniversaryOf(date("2032年"))).toBeUndefined();
    expect(anniversaryOf(date("2033年"))).toBeUndefined();
  });
  it("also when the count is written in words", () => {
    const w = makeDoc("doc_a_words", "测试文献", "2040年是丁河书院创建二十五周年。书院计划当年扩建图书馆。");
    const y = fact(w, "date", "2040年", { iso: "2040", precision: "year", text: "2040年", inferred: false, event: "x" } as never) as DateFact;
    expect(anniversaryOf(y)).toBe("丁河书院创建二十五周年");
  });
  it("of a death, its 今年 counted from the year the text gives for the death (去世 for 逝世)", () => {
    const w = makeDoc("doc_a_death", "测试文献", "今年是航海家甲某逝世300周年。航海家甲某于1731年在南川去世。");
    const now = fact(w, "date", "今年", { iso: "2031", precision: "year", text: "今年", inferred: true, event: "航海家甲某逝世300周年" } as never) as DateFact;
    const then = fact(w, "date", "1731年", { iso: "1731", precision: "year", text: "1731年", inferred: false, event: "航海家甲某在南川去世" } as never) as DateFact;
    const ctx = buildContext({ documents: [w], facts: [now, then] });
    expect(anniversaryOf(now, ctx)).toBe("航海家甲某逝世300周年");
    // (a count the text does not bear out gives no year)
    const off = fact(w, "date", "1731年", { iso: "1730", precision: "year", text: "1731年", inferred: false, event: "航海家甲某在南川去世" } as never) as DateFact;
    expect(anniversaryOf(now, buildContext({ documents: [w], facts: [now, off] }))).toBeUndefined();
  });
  it("and a themed year a year is named as, also one the text resolves (同年), not one counted from today", () => {
    const w = makeDoc("doc_a_themed", "测试文献", "丙戊两市于2033年开通直航。\n\n同年被定为“丙戊美食年”。\n\n今年是“戊城读书年”。");
    const that = fact(w, "date", "同年", { iso: "2033", precision: "year", text: "同年", inferred: true, event: "被定为“丙戊美食年”" } as never) as DateFact;
    const now = fact(w, "date", "今年", { iso: "2034", precision: "year", text: "今年", inferred: true, event: "“戊城读书年”" } as never) as DateFact;
    expect(themedYearOf(that)).toBe("“丙戊美食年”");
    expect(themedYearOf(now)).toBeUndefined();
    const { bank } = generateBank({ documents: [w], facts: [that] });
    expect(bank.questions.find((x) => x.type === "mcq" && x.factIds.includes(that.id))?.prompt).toBe("根据原文，“丙戊美食年”是哪一年？");
  });
  it("makes an mcq in the bank", () => {
    const c: Corpus = { documents: [d], facts: [date("2031年")] };
    const { bank } = generateBank(c);
    expect(bank.questions.some((x) => x.type === "mcq" && x.prompt === "根据原文，甲国与乙国建交60周年是哪一年？" && x.answer === "2031年")).toBe(true);
  });
});

describe("a date written as a range of days", () => {
  const c = corpusOf("2031年4月8日至9日，北陆国与南川国举行峰会，两国元首共同签署《海港合作宣言》。", (d) => [
    fact(d, "date", "2031年4月8日至9日", {
      iso: "2031-04-08",
      endIso: "2031-04-09",
      precision: "day",
      text: "2031年4月8日至9日",
      inferred: false,
      event: "北陆国与南川国举行峰会",
    }),
    fact(d, "agreement", "海港合作宣言", { name: "海港合作宣言", category: "document", type: "宣言", parties: ["北陆国", "南川国"], date: "2031-04-08" }),
  ]);

  it("dates what was signed during it by the month, never by its first day", () => {
    const { bank } = generateBank(c);
    const when = bank.questions.filter((q) => q.prompt.includes("《海港合作宣言》") && (q.type === "mcq" || q.type === "true_false"));
    expect(when.length).toBeGreaterThan(0);
    for (const q of when) {
      expect(q.prompt).not.toContain("8日");
      if (q.type === "mcq") expect(q.answer).toBe("2031年4月");
    }
  });
});

describe("stages a text divides its subject into, as numbered headings with their years", () => {
  it("reads the stage and its years from a numbered heading only", () => {
    expect(stageOf("（一）“破冰”阶段（1949—1960年）")).toEqual({ stage: "“破冰”阶段", years: "1949—1960年" });
    expect(stageOf("三、稳定时期（2019年至今）")).toEqual({ stage: "稳定时期", years: "2019年至今" });
    expect(stageOf("两国关系进入调整阶段（2018年至今）")).toBeUndefined();
    expect(stageOf("（二）起步阶段（1990—1980年）")).toBeUndefined();
  });

  it("matches each stage with its years", () => {
    const body = "（一）“破冰”阶段（1949—1960年）\n\n甲乙两国往来很少。\n\n（二）互信深化阶段（1960—1999年）\n\n两国互设使馆。\n\n（三）“转型”阶段（2000年至今）\n\n合作进入新时期。";
    const d = makeDoc("doc_stage_years", "甲乙关系的几个阶段", body);
    const stage = (needle: string, iso: string, endIso: string | undefined, event: string) =>
      fact(d, "date", needle, { iso, endIso, precision: "year", text: needle, inferred: false, event } as never);
    const fs = [
      stage("1949—1960年", "1949", "1960", "（一）“破冰”阶段（1949—1960年）"),
      stage("1960—1999年", "1960", "1999", "（二）互信深化阶段（1960—1999年）"),
      stage("2000年", "2000", undefined, "（三）“转型”阶段（2000年至今）"),
    ];
    const qs = generateBank({ documents: [d], facts: fs }).bank.questions.filter((x) => x.type === "matching");
    expect(qs.map((x) => x.pairs)).toEqual([
      [
        ["“破冰”阶段", "1949—1960年"],
        ["互信深化阶段", "1960—1999年"],
        ["“转型”阶段", "2000年至今"],
      ],
    ]);
  });
});

describe("decades and circumstances", () => {
  it("writes the 2000s as the 21st century's first ten years, never as the 20th's last (its 90年代)", () => {
    expect(formatIso("2000s")).toBe("21世纪头十年");
    expect(formatIso("1990s")).toBe("20世纪90年代");
  });
  it("takes a 随着-clause as a circumstance, no event a date question can ask", () => {
    expect(unsaidEvent("随着丙城地铁网络扩展，客流逐年回升")).toBe(true);
    expect(unsaidEvent("北陆与南川建立政治互信")).toBe(false);
  });
});
