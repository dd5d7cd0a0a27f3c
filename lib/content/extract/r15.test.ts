import { describe, expect, it } from "vitest";
import { linkFacts } from "../link";
import { buildCorpus } from "../pipeline";
import { rawDocumentFromText } from "../read";

const facts = (text: string, file = "d0.txt") => buildCorpus([rawDocumentFromText("d0", file, text)]).facts;
const dates = (text: string, file?: string) =>
  facts(text, file)
    .filter((f) => f.kind === "date")
    .map((f) => {
      const v = f.value as { iso: string; endIso?: string };
      return v.endIso ? `${v.iso}/${v.endIso}` : v.iso;
    });
const figures = (text: string, file?: string) => facts(text, file).filter((f) => f.kind === "figure").map((f) => (f.value as { number: number }).number);

describe("round 15: a live page's entries and days", () => {
  const page = [
    "直播｜甲国总统访问乙国",
    "",
    "本页面持续更新　最后更新：2019-07-03 21:05",
    "",
    "7月3日　18:40",
    "【现场】甲国总统出席欢迎晚宴",
    "今天是访问的最后一天。甲国总统将于4日至6日访问丙国。",
    "分享　|　评论(12)　|　赞(3.1万)",
    "",
    "━━━━━━ 7月2日 ━━━━━━",
    "",
    "7月2日　09:00",
    "【抵达】甲国总统抵达乙国首都",
    "2015年5月，两国建立伙伴关系；次年6月，两国签署合作协定。",
    "分享 | 评论(5) | 赞(88)",
    "",
  ].join("\n");

  it("dates each entry by its day in the page's year, also after an entry naming other years", () => {
    const d = dates(page);
    expect(d).toEqual(expect.arrayContaining(["2019-07-03", "2019-07-02", "2015-05", "2016-06"]));
    expect(d.filter((x) => x === "2019-07-02").length).toBeGreaterThanOrEqual(2); // the separator and the entry
    // no entry's day takes the year of an earlier entry's history
    expect(d).not.toContain("2016-07-02");
    expect(d).not.toContain("2015-07-02");
  });

  it("reads 今天 as the entry's day and a range of days to come in its month", () => {
    const d = dates(page);
    expect(d).toContain("2019-07-04/2019-07-06");
    expect(d.filter((x) => x === "2019-07-03").length).toBeGreaterThanOrEqual(2);
  });

  it("does not count back a range of days later than the entry's day when nothing says they are to come", () => {
    const entry = "本页面持续更新　最后更新：2019-07-03 21:05\n\n7月3日　18:40\n两国外长于4日至6日举行了会谈。\n";
    expect(dates(entry).some((x) => x.includes("/"))).toBe(false);
    // a range that has begun by the entry's day is of its month
    expect(dates("本页面持续更新　最后更新：2019-07-03 21:05\n\n7月3日　18:40\n两国外长于2日至4日举行会谈。\n")).toContain("2019-07-02/2019-07-04");
  });

  it("takes no day from 今天 outside a dated item, nor from 今天的", () => {
    expect(dates("今天，两国关系处在新的起点。\n")).toEqual([]);
    const entry = (line: string) => dates(`本页面持续更新　最后更新：2019-07-03 21:05\n\n7月3日　18:40\n${line}\n`);
    // the page's update and the entry's own day only
    expect(entry("一年前的今天，两国签署了协定。").filter((x) => x === "2019-07-03")).toHaveLength(2);
    expect(entry("今天先到这里。").filter((x) => x === "2019-07-03")).toHaveLength(2);
    expect(entry("今天上午，两国签署了协定。").filter((x) => x === "2019-07-03")).toHaveLength(3);
  });
});

describe("round 15: tracked changes and LaTeX", () => {
  it("takes no fact from deleted text, and the inserted value is the fact", () => {
    const text = "两国于〔删除：1980年5月1日〕〔插入：1981年5月1日〕建交。贸易额增长〔删除：12%〕〔插入：15%〕。\n";
    const d = dates(text);
    expect(d).toContain("1981-05-01");
    expect(d).not.toContain("1980-05-01");
    expect(figures(text)).toContain(15);
    expect(figures(text)).not.toContain(12);
  });

  it("gives LaTeX source facts with clean labels", () => {
    const tex = "\\section{概况}\n2001年3月2日，甲乙两国签署合作协定\\cite{wang2019}\\footnote{参见某公报。}，乙方持股25\\%。\n";
    const all = facts(tex, "d0.tex");
    expect(all.length).toBeGreaterThan(0);
    for (const f of all) expect(f.label, f.label).not.toMatch(/\\|\{|\}|cite|footnote/);
    expect(figures(tex, "d0.tex")).toContain(25);
  });
});

describe("round 15: social pages and questions", () => {
  const thread = [
    "某某问题：两国关系会变吗？",
    "",
    "甲国于2010年3月加入该组织。",
    "",
    "编辑于 2020-05-03 21:17・IP 属地某省",
    "▲ 赞同 1.2 万　　▼　　💬 84 条评论　　分享　　收藏　　喜欢　　…",
    "",
    "读者甲",
    "甲国不是2011年才加入的吗？",
    "2020-05-04・IP 属地某市　　　　赞 12",
    "",
    "读者乙",
    "本月甲国总统也来访问了。",
    "2020-09-12・IP 属地某市　　　　赞 5",
    "",
  ].join("\n");

  it("takes no date from a yes-or-no question, a likely wrong guess", () => {
    const d = dates(thread);
    expect(d).toContain("2010-03");
    expect(d).not.toContain("2011");
    // a question asking what or when still holds its date when it states one
    expect(dates("为什么2015年6月两国签署了协定？\n")).toContain("2015-06");
  });

  it("dates a comment's words by the stamp under it, and the stamps and counters are no facts", () => {
    const d = dates(thread);
    expect(d).toContain("2020-09");
    expect(d).not.toContain("2020-05-04");
    expect(d).not.toContain("2020-09-12");
    expect(figures(thread)).not.toContain(84);
    // the answer's edit line is its date
    expect(facts(thread).filter((f) => f.kind === "date").map((f) => f.label)).toContain("2020-05-03：本页最后更新");
  });

  it("does not count 次年 from the last year written when it is the year after an event named (建交的次年)", () => {
    expect(dates("两国于1980年5月建交。1990年两国签署协定。部长访华是建交的次年。\n")).not.toContain("1991");
    expect(dates("两国于1980年5月建交。次年两国签署协定。\n")).toContain("1981");
  });

  it("takes 同一天 as the day last written out, also without its year", () => {
    expect(dates("2019年3月21日至24日，甲国总统访问乙国。3月23日，两国签署协定。同一天，两国企业签署合同。\n").filter((x) => x === "2019-03-23")).toHaveLength(2);
  });
});

describe("round 15: entries told after a look back", () => {
  it("does not take the year of a time told in passing (前一次是…) for the days after it", () => {
    const text = "2021年3月1日至3日，甲国总理访华，这是他第二次访华；前一次是2018年11月4日。3月2日，两国总理举行会谈。\n";
    expect(dates(text)).toContain("2021-03-02");
    expect(dates(text)).not.toContain("2018-03-02");
  });

  it("reads a range of days to come when 将 stands far before it in the sentence", () => {
    const entry = "本页面持续更新　最后更新：2019-07-03 21:05\n\n7月3日　18:40\n甲国总统将于当地时间今天傍晚抵达乙国首都，开始对乙国为期数天的国事访问和一系列活动，并于4日至6日出席会议。\n";
    expect(dates(entry)).toContain("2019-07-04/2019-07-06");
  });

  it("ends a headline opened by its tag before the entry's text", () => {
    const entry = "本页面持续更新　最后更新：2019-07-03 21:05\n\n7月3日　18:40\n【快讯】甲国总统获授勋章\n会谈结束后，乙国总统向甲国总统授勋。\n";
    const labels = facts(entry).map((f) => f.label);
    expect(labels).toContain("7月3日：【快讯】甲国总统获授勋章");
    expect(facts(entry).filter((f) => f.kind === "agreement").map((f) => (f.value as { name: string }).name).some((n) => n.includes("会谈"))).toBe(false);
  });
});

describe("round 15: an agreement counted up to a date", () => {
  const agreement = (text: string) => facts(text).filter((f) => f.kind === "agreement").map((f) => f.value as { name: string; date?: string });

  it("gives no date from 截至…/到… when the sentence counts the partners that signed", () => {
    expect(agreement("截至2022年底，甲国已与40多个国家签署了投资保护协定。\n")).toContainEqual(expect.objectContaining({ name: "投资保护协定" }));
    expect(agreement("截至2022年底，甲国已与40多个国家签署了投资保护协定。\n").every((a) => a.date === undefined)).toBe(true);
    expect(agreement("到2021年6月，已有12个国家加入《区域合作公约》。\n").every((a) => a.date === undefined)).toBe(true);
  });

  it("keeps the date of a signing told as such", () => {
    expect(agreement("2022年底，两国签署了《甲乙投资保护协定》。\n")).toContainEqual(expect.objectContaining({ name: "甲乙投资保护协定", date: "2022" }));
    expect(agreement("到2021年6月，两国签署了《甲乙投资保护协定》。\n")).toContainEqual(expect.objectContaining({ date: "2021-06" }));
  });
});

describe("round 15: clock times", () => {
  it("reads no figure from the minutes of a clock time", () => {
    expect(figures("本网8月22日09:30条目中的表述有误。\n")).not.toContain(30);
    expect(figures("两国共签署30条合作措施。\n")).toContain(30);
  });
});

describe("round 15: linking a document named in several texts", () => {
  const doc = (id: string, date?: string) =>
    ({ id: `a_${id}`, kind: "agreement", documentId: id, label: "某合作谅解备忘录", value: { name: "某合作谅解备忘录", category: "document", parties: [], date }, span: { start: 0, end: 1 }, quote: "某", alsoIn: [], context: { sentence: "", blockLabel: "body" } }) as unknown as Parameters<typeof linkFacts>[0][number];

  it("does not join two dated documents of the same name through an undated mention", () => {
    const linked = linkFacts([doc("a"), doc("b", "2017-05"), doc("c", "2019-04")]);
    expect(linked.map((f) => f.documentId)).toEqual(["a", "c"]);
    expect(linked[0]!.alsoIn.map((s) => s.documentId)).toEqual(["b"]);
  });

  it("still joins mentions whose dates agree", () => {
    expect(linkFacts([doc("a"), doc("b", "2017-05"), doc("c", "2017-05-12")])).toHaveLength(1);
  });
});
