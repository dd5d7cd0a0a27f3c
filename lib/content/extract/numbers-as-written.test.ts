/**
 * Dates and figures as they are written: OCR'd digits, a bare year opening an event's name, a byline's date,
 * year.month with a dot, Chinese numerals and words (百分之, 几成, 两千零五年), decades and centuries, spoken dates,
 * numbers and self-corrections, a web page's time line, a CSV's columns, ranges of a record.
 */
import { describe, expect, it } from "vitest";
import { corpusOf, facts, factsOf, figureTexts as figures, isos } from "./test-helpers";

describe("round 8: OCR'd numbers", () => {
  it("reads dates and figures whose zeros and ones were scanned as letters, also across a line break", () => {
    const text = "甲乙两国港口合作回顾\n\n两国港口往来源远流长，早在l9O8\n年3月，双方开通首条航线。2OO5年1O月，港口吞吐量增长8O%，投资约l5.3亿美元，雇用3OO余名工人。\n";
    const facts = factsOf(text);
    expect(isos(facts)).toEqual(expect.arrayContaining(["1908-03", "2005-10"]));
    expect(figures(facts)).toEqual(expect.arrayContaining(["80%", "15.3亿美元", "300名"]));
  });
});

describe("round 8: a bare year opening an event's name", () => {
  it("dates the event", () => {
    const facts = factsOf("甲省将办好2031国际海洋装备博览会和第九届丙丁论坛。\n");
    expect(isos(facts)).toContain("2031");
  });
  it("leaves a year in a plan's or document's name alone when no event follows", () => {
    const facts = factsOf("甲乙两国对接2035愿景规划，深化合作。\n");
    expect(isos(facts)).not.toContain("2035");
  });
});

describe("round 8: a byline with the source and the date", () => {
  it("dates the publication", () => {
    const text = "# 海港简报\n\n> 来源：某航运研究所 | 2031-04-02\n\n## 一、概况\n\n两国港口往来由来已久，航线逐年加密。\n";
    expect(isos(factsOf(text, "t.md"))).toContain("2031-04-02");
  });
});

describe("round 9: year.month with a dot and no day", () => {
  it("reads 2016.9 and 2016.09 opening a slide bullet or after 于", () => {
    const text = "甲乙合作大事记\n- 2016.9 甲省与乙方签署合作备忘录\n- 2018.11 双方启动联合研究\n两国联合项目于2019.07投入运营。\n";
    expect(isos(factsOf(text))).toEqual(expect.arrayContaining(["2016-09", "2018-11", "2019-07"]));
  });
  it("leaves decimals alone", () => {
    const facts = factsOf("2023年甲乙双边贸易额达1083.9亿美元，同比增长2.9%，乙国对甲国投资为2017.5万美元。\n");
    expect(isos(facts)).not.toContain("1083-09");
    expect(isos(facts)).not.toContain("2017-05");
  });
});

describe("round 8: counts and spans in Chinese numerals", () => {
  it("reads a count after an open list (等), a term of office and a break of years and a half", () => {
    const text = "甲乙丙三方就港口建设、海上救援、渔业资源等七大合作领域达成一致。理事会主席由三方轮流担任，任期三年。此后对话停摆了两年半。\n";
    const got = figures(factsOf(text));
    expect(got).toEqual(expect.arrayContaining(["7大", "3年", "2.5年"]));
  });
  it("does not count a closed list whose items are all named", () => {
    const got = figures(factsOf("双方确定港口建设、海上救援和渔业资源三个优先领域。\n"));
    expect(got).not.toContain("3个");
  });
  it("reads the page of a newspaper", () => {
    const got = figures(factsOf("甲乙两国港口合作回顾\n\n两国港口往来源远流长，航线逐年加密。\n\n本文原载于2031年4月2日《海滨日报》第12版。\n"));
    expect(got).toContain("12版");
  });
});

describe("round 10: figures written in words", () => {
  const figures = (text: string) => factsOf(text).filter((f) => f.kind === "figure").map((f) => f.value as { number: number; unit: string; measure: string });

  it("reads 百分之… and 几成 as percentages", () => {
    const f = figures("甲方持股百分之六十五，山地占国土面积的百分之九十左右，甲国产品占当地市场份额的四成。");
    expect(f.map((x) => [x.number, x.unit])).toEqual(expect.arrayContaining([[65, "%"], [90, "%"], [40, "%"]]));
    expect(figures("两国成员组成联合小组，三成员国代表出席。").some((x) => x.unit === "%")).toBe(false);
  });

  it("reads the years ahead (未来5年), a stay of days, and a count after an open list of industries", () => {
    expect(figures("未来5年，双方将扩大合作。").find((x) => x.number === 5)?.measure).toBe("未来");
    expect(figures("持普通护照者单次停留不超过45日。").find((x) => x.number === 45)?.unit).toBe("日");
    expect(figures("商务部新闻发言人8日表示欢迎。").some((x) => x.number === 8)).toBe(false);
    expect(figures("重点发展新能源、生物医药等八大新兴产业。").find((x) => x.number === 8)?.measure).toBe("新兴产业");
  });
});

describe("round 10: decades in words and the middle of a century", () => {
  const dates = (text: string) => factsOf(text).filter((f) => f.kind === "date").map((f) => f.value as { iso: string; event: string });

  it("reads 上世纪八十年代, 二十世纪九十年代 and 19世纪中叶 as decades, and 21世纪 alone as none", () => {
    const d = dates("早在18世纪中叶，商船便往来两地。从上世纪七十年代开始，两国交流增多。二十世纪九十年代，合作扩大。共建21世纪海上丝绸之路。");
    expect(d.map((x) => x.iso)).toEqual(["1750s", "1970s", "1990s"]);
    expect(d[0]!.event).toBe("商船便往来两地");
  });

  it("dates no figure by a decade of an earlier clause", () => {
    const f = factsOf("早在18世纪中叶，商人便来到此地；目前当地华裔约有20万人。").filter((x) => x.kind === "figure");
    expect(f.map((x) => (x.value as { year?: string }).year)).toEqual([undefined]);
  });
});

describe("round 11: spoken dates, CSV dates and self-corrections", () => {
  const facts = (t: string) => corpusOf(t).facts;
  it("reads years as spoken (两千零一十七年五月三十一号) and a year-month with a hyphen (1963-06)", () => {
    const dates = facts("两千零一十七年五月三十一号，铁路通车。两千零五年十二月，学院成立。两千年，双方建交。\n\n1963-06：两国签订海运协定。").filter((f) => f.kind === "date").map((f) => f.value.iso);
    expect(dates).toEqual(expect.arrayContaining(["2017-05-31", "2005-12", "2000", "1963-06"]));
    expect(facts("2024-2026年合作计划。").some((f) => f.kind === "date" && f.value.iso === "2024-06")).toBe(false);
  });

  it("keeps only the value a speaker corrects to", () => {
    const f = facts("然后两千零一十五年，不对，是两千零一十七年五月，总统访华。特许经营期是三十年，不对，是二十七年。");
    const dates = f.filter((x) => x.kind === "date").map((x) => x.value.iso);
    expect(dates).toContain("2017-05");
    expect(dates).not.toContain("2015");
    const numbers = f.filter((x) => x.kind === "figure").map((x) => x.value.number);
    expect(numbers).not.toContain(30);
  });
});

describe("round 11: numbers as spoken and anniversaries in a clause", () => {
  const figures = (t: string) => corpusOf(t).facts.filter((f) => f.kind === "figure").map((f) => [f.value.number, f.value.unit]);
  it("reads 二十七点一公里 as 27.1 and 四万六千个 as 4.6 of 万个", () => {
    expect(figures("快速路全长二十七点一公里。")).toContainEqual([27.1, "公里"]);
    expect(figures("项目创造了大约四万六千个当地就业岗位。")).toContainEqual([4.6, "万个"]);
  });

  it("reads an anniversary followed by 为/暨/的 as a figure", () => {
    expect(figures("两国以建交60周年为新起点，深化合作。")).toContainEqual([60, "周年"]);
    expect(figures("今年是通车七周年的日子。")).toContainEqual([7, "周年"]);
    expect(figures("他出席建交60周年暨友好年开幕式。")).toContainEqual([60, "周年"]);
  });
});

describe("round 12: spoken decades, a web page's time line and a CSV category column", () => {
  const dates = (text: string) => facts(text).filter((f) => f.kind === "date").map((f) => ({ iso: f.value.iso, end: f.value.endIso, event: f.value.event }));
  it("reads two decades in one (五六十年代) and a decade without its century, with the clause's event", () => {
    expect(dates("后来到了二十世纪五六十年代，两国贸易逐步恢复。")).toContainEqual({ iso: "1950s", end: "1960s", event: "两国贸易逐步恢复" });
    expect(dates("七十年代以后，双方往来明显增多。")).toContainEqual(expect.objectContaining({ iso: "1970s", event: "双方往来明显增多" }));
    // no decade: a bare 二十年代 (this century's or the last's), two decades not in a row, a number before
    for (const t of ["二十年代，两国来往。", "五八十年代，两国来往。", "一百九十年代久远。"]) expect(dates(t), t).toEqual([]);
  });

  it("dates a web page by its time line, so 今年 is that year, and keeps the clock out of the event", () => {
    const text = "<title>某某访问成果</title>\n\n<div>2031-04-02 10:45&nbsp;来源：某部网站</div>\n\n<p>今年是甲乙两国建交70周年。</p>\n";
    const found = facts(text);
    const thisYear = (list: typeof found) => list.flatMap((f) => (f.kind === "date" && f.value.text === "今年" ? [f.value.iso] : []))[0];
    expect(thisYear(found)).toBe("2031");
    expect(found.flatMap((f) => (f.kind === "figure" && f.value.number === 70 ? [f.value.year] : []))).toEqual(["2031"]);
    expect(found.filter((f) => f.kind === "date").every((f) => !/\d:\d/.test(f.label))).toBe(true);
    // a chronology's first row is no page date
    const rows = facts("日期,事件,备注\n2031-04-02,甲乙签署协定,无\n2032-05-03,甲乙互办文化年,无\n\n今年双方继续合作。");
    expect(thisYear(rows)).not.toBe("2031");
  });

  it("leaves a CSV row's category cell out of the row's text", () => {
    const text = "日期,事件,类别\n2031/3/1,甲乙两国签署《渔业合作协定》,经贸\n2032/4/2,甲国总理访问乙国,政治\n2033/5/3,甲乙两国举办文化年,人文\n";
    const labels = facts(text).filter((f) => f.kind === "date").map((f) => f.label);
    expect(labels).toContain("2032/4/2：甲国总理访问乙国");
    expect(labels.some((l) => /经贸|政治|人文/.test(l))).toBe(false);
  });
});

describe("round 13: dates of a record", () => {
  const dates = (text: string) => facts(text).filter((f) => f.kind === "date").map((f) => ({ iso: f.value.iso, endIso: (f.value as { endIso?: string }).endIso, label: f.label }));
  it("reads a range from one day to another across a year, and from a day to a month", () => {
    expect(dates("2001年11月20日—2002年3月10日：第一次联合考察。")).toContainEqual(expect.objectContaining({ iso: "2001-11-20", endIso: "2002-03-10" }));
    expect(dates("2010年5月22日—2010年6月1日，会议在甲城举行。")).toContainEqual(expect.objectContaining({ iso: "2010-05-22", endIso: "2010-06-01" }));
    expect(dates("2001年11月1日—2002年4月：第二次联合考察。")).toContainEqual(expect.objectContaining({ iso: "2001-11-01", endIso: "2002-04" }));
    // not a range: the second date lies before the first, or a year without its month
    expect(dates("2005年6月1日—2004年3月2日，记录有误。").some((d) => d.endIso)).toBe(false);
    expect(dates("2001年11月20日—2002年的工作。").some((d) => d.endIso)).toBe(false);
  });

  it("takes a field's name as the event of a date standing alone after it, without the clock", () => {
    expect(dates("导出时间：2023-05-02T08:00:00+08:00")).toContainEqual(expect.objectContaining({ iso: "2023-05-02", label: "2023-05-02：导出时间" }));
    expect(dates("建交时间：1960年3月1日")).toContainEqual(expect.objectContaining({ label: "1960年3月1日：建交时间" }));
  });
});

describe("spans from a decade", () => {
  const spans = (text: string) =>
    facts(text)
      .filter((f) => f.kind === "date")
      .map((f) => {
        const v = f.value as { iso: string; endIso?: string; event: string };
        return `${v.iso}${v.endIso ? `/${v.endIso}` : ""}|${v.event}`;
      });

  it("reads 20世纪50年代—1970年 and 20世纪70年代—20世纪90年代 as one span each, the event without its brackets", () => {
    expect(spans("一、民间往来（20世纪50年代—1970年）")).toEqual(["1950s/1970|一、民间往来"]);
    expect(spans("第二阶段（20世纪70年代—20世纪90年代）。")).toEqual(["1970s/1990s|第二阶段"]);
    expect(spans("两国在20世纪90年代建立联系。")).toEqual(["1990s|两国建立联系"]);
  });
});

describe("a span of months from a month's end", () => {
  it("reads 2019年5月底至6月初 as one span of months", () => {
    const d = facts("2019年5月底至6月初，甲国总理访华。").filter((f) => f.kind === "date").map((f) => f.value);
    expect(d).toEqual([expect.objectContaining({ iso: "2019-05", endIso: "2019-06" })]);
  });
});
