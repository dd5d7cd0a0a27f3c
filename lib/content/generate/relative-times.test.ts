/** Relative times a question shows: the date the extractor resolved, said beside the word. */
import { describe, expect, it } from "vitest";
import { date, fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import { generateBank } from "./bank";
import { buildContext } from "./context";
import type { DateFact } from "./model";
import { dateSaid, daysGivenYears, documentYear, resolvedTimes, sectionYear, withPresentSaid, withRelativeTimesResolved, withSamePeriodSaid, withStatisticYear, withTodayOfOpeningDay, withWholeYearSaid, withYearOfDaySaid, yearOfSentenceBefore } from "./relative-times";

const RAW = "甲国新闻\n\n某城5月9日电　甲国外交部当天表示，乙港年吞吐量达500万箱。\n\n某城5月8日电　丙国交通部当天发布数据说，丁铁路累计运客120万人次。";
const at = (needle: string, n = 0) => {
  let i = -1;
  for (let k = 0; k <= n; k++) i = RAW.indexOf(needle, i + 1);
  return i;
};
const TIMES = [
  { start: at("当天"), word: "当天", iso: "2031-05-09" },
  { start: at("当天", 1), word: "当天", iso: "2031-05-08" },
];

describe("a relative time the extractor resolved", () => {
  it("says the date of the place in the text it stands for, each 当天 of a digest its own", () => {
    expect(withRelativeTimesResolved("甲国外交部当天表示，乙港年吞吐量达（    ）。", RAW, 0, RAW.length, TIMES)).toBe("甲国外交部当天（2031年5月9日）表示，乙港年吞吐量达（    ）。");
    expect(withRelativeTimesResolved("丙国交通部当天发布数据说，丁铁路累计运客____万人次。", RAW, 0, RAW.length, TIMES)).toBe("丙国交通部当天（2031年5月8日）发布数据说，丁铁路累计运客____万人次。");
  });
  it("leaves a word no resolution starts at, or one the text could be matching in two places, as written", () => {
    expect(withRelativeTimesResolved("甲国外交部当天表示，乙港年吞吐量达（    ）。", RAW, 0, RAW.length, [TIMES[1]!])).toBe("甲国外交部当天表示，乙港年吞吐量达（    ）。");
    const twice = `${RAW}\n\n外交部当天表示，戊港开港。`;
    expect(withRelativeTimesResolved("外交部当天表示，（    ）开港。", twice, 0, twice.length, TIMES)).toBe("外交部当天表示，（    ）开港。");
  });
  it("leaves a word counted from a date the text writes, a span's end and a year said right after as they are", () => {
    const raw = "2031年5月，甲乙两国建交；同年9月，两国签署乙条约。每年12月至次年2月是乙国旅游旺季。去年，2030年，甲国加入丙组织。";
    const times = [
      { start: raw.indexOf("同年"), word: "同年", iso: "2031-09" },
      { start: raw.indexOf("次年"), word: "次年", iso: "2032" },
      { start: raw.indexOf("去年"), word: "去年", iso: "2030" },
    ];
    expect(withRelativeTimesResolved("2031年5月，甲乙两国建交；同年9月，两国签署（    ）。", raw, 0, raw.length, times)).toBe("2031年5月，甲乙两国建交；同年9月，两国签署（    ）。");
    expect(withRelativeTimesResolved("同年9月，两国签署（    ）。", raw, 0, raw.length, times)).toBe("同年（2031年）9月，两国签署（    ）。");
    expect(withRelativeTimesResolved("每年12月至次年2月是乙国（    ）。", raw, 0, raw.length, times)).toBe("每年12月至次年2月是乙国（    ）。");
    expect(withRelativeTimesResolved("去年，2030年，甲国加入（    ）。", raw, 0, raw.length, times)).toBe("去年，2030年，甲国加入（    ）。");
  });
  it("says a year, a month or a day as the word stands for one", () => {
    expect(dateSaid("次年", "2032-06")).toBe("2032年");
    expect(dateSaid("上月", "2031-10")).toBe("2031年10月");
    expect(dateSaid("上月", "2031")).toBeUndefined();
    expect(dateSaid("前一天", "2031-03-26")).toBe("2031年3月26日");
  });
});

describe("a 全年 under a heading that writes its year", () => {
  const body = "一、2031年工作回顾\n\n甲省班列全年开行3200列，通达30多个国家。\n\n二、2032年重点工作\n\n甲省力争全年新设外资企业500家，全年水文信息按月发布。";
  const d = makeDoc("doc_rt", "甲省工作报告", body);
  const ctx = buildContext({ documents: [d], facts: [] });
  for (const s of ctx.sentences.get("doc_rt") ?? []) if (/^[一二]、/u.test(s.text)) s.blockLabel = "heading";
  it("says that year where a figure is counted over it", () => {
    const first = sectionYear(ctx, "doc_rt", d.doc.raw.indexOf("甲省班列"));
    expect(first).toBe(2031);
    expect(withWholeYearSaid("甲省班列全年开行（    ），通达30多个国家。", first)).toBe("甲省班列全年（2031年）开行（    ），通达30多个国家。");
    expect(sectionYear(ctx, "doc_rt", d.doc.raw.indexOf("甲省力争"))).toBe(2032);
  });
  it("leaves a 全年 that counts no figure, and one with no heading year, as written", () => {
    expect(withWholeYearSaid("全年水文信息按月发布。", 2032)).toBe("全年水文信息按月发布。");
    expect(withWholeYearSaid("甲省班列全年开行（    ）。", undefined)).toBe("甲省班列全年开行（    ）。");
    expect(sectionYear(ctx, "doc_rt", 0)).toBeUndefined();
  });
});

describe("in the bank", () => {
  const raw = "2031年5月9日，甲国外交部在丙城举行发布会。甲国外交部长当天宣布，甲乙两国于2001年签署《甲乙友好条约》，乙港年吞吐量达500万箱。";
  const d = makeDoc("doc_rt2", "甲国新闻", raw);
  const day = fact(d, "date", "当天", date("2031-05-09", "day", "当天", "甲国外交部宣布", true) as never) as DateFact;
  const signed = fact(d, "date", "2001年", date("2001", "year", "2001年", "甲乙两国签署《甲乙友好条约》") as never);
  const boxes = fact(d, "figure", "500万箱", { number: 500, unit: "万箱", text: "500万箱", measure: "吞吐量" } as never);
  // (other ports' figures of the same unit, for the options)
  const others = [300, 700, 900, 1200].map((n, i) => {
    const o = makeDoc(`doc_rt2o${i}`, "其他", `戊港年吞吐量达${n}万箱。`);
    return { d: o, f: fact(o, "figure", `${n}万箱`, { number: n, unit: "万箱", text: `${n}万箱`, measure: "吞吐量" } as never) };
  });
  const { bank } = generateBank({ documents: [d, ...others.map((o) => o.d)], facts: [day, signed, boxes, ...others.map((o) => o.f)] });
  const shown = (q: (typeof bank.questions)[number]) => `${q.prompt}\n${q.front ?? ""}`;
  it("shows the day a 当天 stands for beside a figure asked, never beside a date asked", () => {
    expect(resolvedTimes([day]).get("doc_rt2")).toEqual([{ start: day.span.start, word: "当天", iso: "2031-05-09" }]);
    const figures = bank.questions.filter((q) => q.factIds.includes(boxes.id) && q.type !== "true_false");
    expect(figures.length).toBeGreaterThan(0);
    for (const q of figures) expect(shown(q)).toContain("当天（2031年5月9日）");
    const dates = bank.questions.filter((q) => q.factIds.includes(signed.id) && /当天/u.test(shown(q)));
    expect(dates.length).toBeGreaterThan(0);
    for (const q of dates) expect(shown(q)).not.toContain("（2031年5月9日）");
  });
});

describe("a 目前 beside a figure", () => {
  it("says the year the document was written in, unless its clause writes a year", () => {
    expect(withPresentSaid("目前甲国共有（    ）所孔子学院。", 2031)).toBe("目前（2031年）甲国共有（    ）所孔子学院。");
    expect(withPresentSaid("甲机制于2020年启动，迄今已举行____轮磋商。", 2031)).toBe("甲机制于2020年启动，迄今（2031年）已举行____轮磋商。");
    expect(withPresentSaid("截至2030年底，目前共有（    ）个成员。", 2031)).toBe("截至2030年底，目前共有（    ）个成员。");
    expect(withPresentSaid("截至今年3月底，甲国共有（    ）个项目。", 2031)).toBe("截至今年3月底，甲国共有（    ）个项目。");
    expect(withPresentSaid("目前甲国共有（    ）所孔子学院。", undefined)).toBe("目前甲国共有（    ）所孔子学院。");
  });
  it("takes no year from a document whose resolved 今年/昨天 count from different years (a feed's items)", () => {
    const one = makeDoc("doc_now1", "甲国新闻", "今年甲国加入乙组织。目前乙组织有30个成员。");
    one.date = "2031-05-01";
    const feed = makeDoc("doc_now2", "订阅源", "今年甲国加入乙组织。\n\n今年丙国加入乙组织。目前乙组织有30个成员。");
    feed.date = "2031-05-01";
    const f1 = fact(one, "date", "今年", date("2031", "year", "今年", "甲国加入乙组织", true) as never) as DateFact;
    const f2 = fact(feed, "date", "今年", date("2031", "year", "今年", "甲国加入乙组织", true) as never) as DateFact;
    const f3 = fact(feed, "date", "今年", date("2027", "year", "今年", "丙国加入乙组织", true) as never, 1) as DateFact;
    const ctx = buildContext({ documents: [one, feed], facts: [f1, f2, f3] });
    expect(documentYear(ctx, "doc_now1")).toBe(2031);
    expect(documentYear(ctx, "doc_now2")).toBeUndefined();
  });
});

describe("a year-on-year figure with no time of its own", () => {
  const body = "2031年，甲国GDP为900亿美元，同比增长5.5%。乙国GDP约合91亿美元、同比增长4.7%。\n\n丙国GDP同比增长5%。\n\n2031年，甲乙建交。丁国GDP同比增长4%。";
  const d = makeDoc("doc_sy", "某国经济", body);
  const ctx = buildContext({ documents: [d], facts: [] });
  it("says the year that opens the sentence before it, a figure of the same paragraph", () => {
    const year = yearOfSentenceBefore(ctx, "doc_sy", d.doc.raw.indexOf("乙国"));
    expect(year).toBe(2031);
    expect(withStatisticYear("根据原文填空（填数字）：乙国GDP约合91亿美元、同比增长____%。", year)).toBe("根据原文填空（填数字）：2031年，乙国GDP约合91亿美元、同比增长____%。");
    expect(withStatisticYear("乙国GDP约合（    ）、同比增长4.7%。\n括号中的数字是多少？", year)).toBe("2031年，乙国GDP约合（    ）、同比增长4.7%。\n括号中的数字是多少？");
  });
  it("is left where no figure of a year stands right before it, or it says a time of its own", () => {
    expect(yearOfSentenceBefore(ctx, "doc_sy", d.doc.raw.indexOf("丙国"))).toBeUndefined();
    expect(yearOfSentenceBefore(ctx, "doc_sy", d.doc.raw.indexOf("丁国"))).toBeUndefined();
    expect(withStatisticYear("一季度乙国GDP同比增长（    ）。", 2031)).toBe("一季度乙国GDP同比增长（    ）。");
  });
});

describe("a 同期 after one year in its sentence", () => {
  it("says that year", () => {
    expect(withSamePeriodSaid("同期甲线累计开通线路（    ），通达15个国家。", "3．据统计，2031年甲乙贸易额为512亿美元；")).toBe("同期（2031年）甲线累计开通线路（    ），通达15个国家。");
  });
  it("is left after a month, a quarter, two years or a year the text shows already", () => {
    expect(withSamePeriodSaid("同期甲线开通（    ）。", "2031年前三季度甲乙贸易额为512亿美元；")).toBe("同期甲线开通（    ）。");
    expect(withSamePeriodSaid("同期甲线开通（    ）。", "2030年和2031年甲乙贸易额均超400亿美元；")).toBe("同期甲线开通（    ）。");
    expect(withSamePeriodSaid("2031年甲乙贸易额为512亿美元；同期甲线开通（    ）。", "2031年甲乙贸易额为512亿美元；")).toBe("2031年甲乙贸易额为512亿美元；同期甲线开通（    ）。");
  });
});

describe("a day written without its year", () => {
  const body = "甲乙峰会图文直播\n\n9月12日　19:40【现场】甲论坛在某城开幕。\n\n9月13日，乙会晤开幕。";
  const d = makeDoc("doc_dy", "甲乙峰会图文直播", body);
  const at = (t: string) => d.doc.raw.indexOf(t);
  const facts = [
    fact(d, "date", "9月12日", date("2031-09-12", "day", "9月12日", "甲论坛在某城开幕", true) as never),
    fact(d, "date", "9月13日", date("2031-09-13", "day", "9月13日", "乙会晤开幕", true) as never),
  ] as DateFact[];
  const days = daysGivenYears(facts).get("doc_dy") ?? [];
  it("says the year the extractor gave it, where a text opens on it", () => {
    expect(withYearOfDaySaid("9月12日，（    ）在某城开幕。\n括号中应是什么？", days, 0, at("9月13日"))).toBe("2031年9月12日，（    ）在某城开幕。\n括号中应是什么？");
    expect(withYearOfDaySaid("阅读原文，选择填入括号的一项：9月13日，（    ）开幕。", days, at("9月13日"), body.length)).toBe("阅读原文，选择填入括号的一项：2031年9月13日，（    ）开幕。");
  });
  it("is left where no day of the passage was given a year, or the text writes one", () => {
    expect(withYearOfDaySaid("9月13日，（    ）开幕。", days, 0, at("9月13日") - 1)).toBe("9月13日，（    ）开幕。");
    expect(withYearOfDaySaid("9月13日，2031年的（    ）开幕。", days, 0, body.length)).toBe("9月13日，2031年的（    ）开幕。");
  });
});

describe("a 今晚 of a sentence that opens on its day", () => {
  it("is said once, by the day at the start", () => {
    expect(withTodayOfOpeningDay("根据原文填空：2034年6月3日，丁城灯光节今晚开幕。")).toBe("根据原文填空：2034年6月3日晚，丁城灯光节开幕。");
    expect(withTodayOfOpeningDay("5月9日，（    ）今天在丙城开幕。")).toBe("5月9日，（    ）在丙城开幕。");
  });

  it("is left where no day opens the text, or the word stands in a quote", () => {
    expect(withTodayOfOpeningDay("____，丁城灯光节今晚开幕。")).toBe("____，丁城灯光节今晚开幕。");
    expect(withTodayOfOpeningDay("2031年5月9日，甲国总统说：“今天是两国关系的新起点。”")).toBe("2031年5月9日，甲国总统说：“今天是两国关系的新起点。”");
  });

  it("is left where the word is no time of the opening day's verb", () => {
    for (const t of [
      "2031年5月9日，甲国宣布从今天起对乙国公民免签。",
      "2031年5月9日，甲乙两国今天的会谈持续三小时。",
      "2031年5月9日，截至今天，丙城已接待游客两万人。",
      "2031年5月9日，今日丁国电视台播出专题片。",
      "5月8日，甲国总统抵达乙国，今天将与乙国总统会谈。",
      "5月8日，甲乙双方上周已商定日程，今天签署协议。",
    ]) expect(withTodayOfOpeningDay(t)).toBe(t);
  });
});
