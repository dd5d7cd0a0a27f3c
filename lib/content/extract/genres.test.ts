/**
 * Facts of documents of a kind: texts in traditional characters, subtitles' labels, an e-mail thread and a
 * newsletter, a treaty's text, tracked changes and LaTeX, and the wrong facts first met in new genres.
 */
import { describe, expect, it } from "vitest";
import { concepts, dates, facts, factsOf, figures, names, terms, type Agreement } from "./test-helpers";

describe("round 10: texts in traditional characters", () => {
  const text = [
    "甲乙建交三十年",
    "",
    "　　一九九五年五月，兩國簽署《甲乙友好合作條約》。二〇一五年，中越兩國宣布建立全面戰略合作夥伴關係。",
    "　　兩國領導人提出「高層引領、民間參與」的合作思路，二〇二三年雙邊貿易額達350億美元，赴甲國遊客約120萬人次。",
    "　　雙方同意在『瀾湄合作』框架下加強執法合作，這是兩國關係發展的重要動力，也是地區國家共同的願望。",
  ].join("\n");
  const facts = factsOf(text);
  const of = (kind: string) => facts.filter((f) => f.kind === kind);

  it("reads treaties, partnership levels, quoted slogans and figures in 億/萬, keeping the source's characters", () => {
    const names = of("agreement").map((f) => (f.value as Agreement).name);
    expect(names).toEqual(expect.arrayContaining(["甲乙友好合作條約", "全面戰略合作夥伴關係"]));
    expect(of("agreement").find((f) => (f.value as Agreement).name === "甲乙友好合作條約")?.value).toMatchObject({ date: "1995-05" });
    expect(of("concept").map((f) => (f.value as { term: string }).term)).toContain("高層引領、民間參與");
    const numbers = of("figure").map((f) => (f.value as { number: number; text: string }).text);
    expect(numbers).toEqual(expect.arrayContaining(["350億美元", "120萬人次"]));
  });

  it("quotes the raw text of each fact", () => {
    for (const f of facts) expect(text.slice(f.span.start, f.span.end)).toBe(f.quote);
    expect(facts.some((f) => /条约|伙伴关系|亿美元/.test(f.label))).toBe(false);
  });
});

describe("round 10: labels of subtitles", () => {
  it("reads no name across two quotations and no bracketed label into a measure", () => {
    const facts = factsOf("铁路带动了“铁路+物流”“铁路+旅游”等产业。\n\n【字幕】全程约10小时");
    expect(facts.filter((f) => f.kind === "agreement").some((f) => f.label.includes("”“"))).toBe(false);
    const f = facts.find((x) => x.kind === "figure" && (x.value as { number: number }).number === 10);
    expect((f?.value as { measure: string }).measure).toBe("全程");
  });
});

describe("round 13: an e-mail thread and a newsletter", () => {
  const dates = (text: string) => facts(text).filter((f) => f.kind === "date").map((f) => ({ iso: f.value.iso, endIso: (f.value as { endIso?: string }).endIso }));
  const figures = (text: string) => facts(text).filter((f) => f.kind === "figure").map((f) => ({ n: f.value.number, measure: (f.value as { measure: string }).measure }));
  it("reads English dates of a header or a dateline", () => {
    expect(dates("Date: Tue, 5 Mar 2024 10:00:00 +0800")).toContainEqual(expect.objectContaining({ iso: "2024-03-05" }));
    expect(dates("Lima, November 16, 2024：两国元首会见。")).toContainEqual(expect.objectContaining({ iso: "2024-11-16" }));
    expect(dates("这是第5 Marks项。")).toEqual([]);
  });

  it("reads days of last month against the document's date", () => {
    expect(dates("Date: Tue, 5 Mar 2024\n\n甲国总统于上月26日至29日访华。")).toContainEqual({ iso: "2024-02-26", endIso: "2024-02-29" });
  });

  it("reads a key figure by the words after its colon, and numbers with thousands separators", () => {
    expect(figures("7份：访问期间签署的合作文件数")).toContainEqual({ n: 7, measure: "访问期间签署的合作文件数" });
    expect(figures("1,250亿元：2023年甲乙两国与丙方贸易总额（以人民币计）")).toContainEqual({ n: 1250, measure: "甲乙两国与丙方贸易总额" });
    // a figure inside a sentence keeps its measure before it
    expect(figures("双边贸易额达到1,250亿元：创历史新高。")[0]?.measure).toBe("双边贸易额");
  });

  it("reads Nordic pairs and takes the sides of a partnership from the sentence before", () => {
    expect(facts("中挪自贸协定谈判于2008年9月启动。").find((f) => f.kind === "agreement")?.value).toEqual(expect.objectContaining({ parties: ["中国", "挪威"] }));
    const text = "应邀请，芬兰总统于4月访问中国。两国元首一致同意以落实“面向未来的某某合作伙伴关系”为主线。";
    expect(facts(text).filter((f) => f.kind === "agreement").map((f) => f.value)).toContainEqual(expect.objectContaining({ parties: ["中国", "芬兰"] }));
    // the sentence before names a third country: no sides are guessed
    const three = "芬兰总统与瑞典首相访问中国。两国元首一致同意落实“面向未来的某某合作伙伴关系”。";
    expect(facts(three).filter((f) => f.kind === "agreement").map((f) => (f.value as { parties: string[] }).parties)).toContainEqual([]);
  });
});

describe("round 13: a treaty's text", () => {
  const figures = (text: string) => facts(text).filter((f) => f.kind === "figure").map((f) => ({ n: f.value.number, unit: (f.value as { unit: string }).unit }));
  it("reads a formal title standing alone on its line as the agreement", () => {
    const found = facts("标题：中华人民共和国政府和波兰共和国政府关于港口合作的协定").filter((f) => f.kind === "agreement").map((f) => f.value);
    expect(found).toContainEqual(expect.objectContaining({ name: "中华人民共和国政府和波兰共和国政府关于港口合作的协定", parties: ["中国", "波兰"] }));
    // one side only, or a sentence around it: not this rule's
    expect(names("标题：甲省关于港口合作的协定")).toEqual([]);
  });

  it("reads the defined terms of a numbered list, not a prepositional phrase", () => {
    const found = concepts("（四）“快线”，是指按照固定班期开行的货物列车。");
    expect(found).toContainEqual(expect.objectContaining({ term: "快线" }));
    expect(facts("（一）“主管机关”，在甲方方面是指交通部，在乙方方面是指基础设施部。").map((f) => f.label).some((l) => /方面：/.test(l))).toBe(false);
  });

  it("reads a quoted system before the thing it applies to, lengths in 毫米, time limits and terms of a treaty", () => {
    expect(terms("推广使用“一票制”货运单据。")).toContain("一票制");
    expect(figures("换装在标准轨距（1435毫米）口岸进行。")).toContainEqual({ n: 1435, unit: "毫米" });
    expect(figures("双方应当在本协定生效后90日内达成一致。")).toContainEqual({ n: 90, unit: "日" });
    expect(figures("本协定自收到后一份通知之日起第三十日生效。")).toContainEqual({ n: 30, unit: "日" });
    expect(figures("期满后本协定有效期自动延长五年。")).toContainEqual({ n: 5, unit: "年" });
    expect(figures("会议于3日内结束。今天是5日。")).toEqual([]);
  });
});

describe("round 14: wrong facts of the new genres, made general", () => {
  it("reads a chronology typed line by line, each line's partnership with the document's pair", () => {
    const text = "中国与甲国关系\n\n中国和甲国是好朋友。中国与甲国合作很多。甲国支持中国。\n\n时间线如下：\n1972年2月19日 建交\n2004年 建立战略伙伴关系（主席访问期间）\n2014年 升级为全面战略伙伴关系\n".replace(/甲国/g, "阿根廷");
    const partnerships = facts(text).filter((f) => f.kind === "agreement").map((f) => f.value as { name: string; parties: string[] });
    expect(partnerships).toContainEqual(expect.objectContaining({ name: "战略伙伴关系", parties: ["中国", "阿根廷"] }));
    expect(partnerships).toContainEqual(expect.objectContaining({ name: "全面战略伙伴关系", parties: ["中国", "阿根廷"] }));
    const events = facts(text).filter((f) => f.kind === "date").map((f) => (f.value as { event: string }).event);
    expect(events).toContain("建立战略伙伴关系（主席访问期间）");
  });

  it("reads no treaty's name across the verb that uses it, and no pair in 中美洲", () => {
    expect(names("企业可向海关申领中尼自贸协定原产地证书。").some((n) => n.includes("申领"))).toBe(false);
    expect(names("商务部负责人解读中尼自贸协定。").some((n) => n.includes("解读"))).toBe(false);
    const f = facts("这是中国同中美洲国家签署的第一个一揽子自贸协定。").filter((x) => x.kind === "agreement");
    expect(f.every((x) => !(x.value as { parties: string[] }).parties.includes("美国"))).toBe(true);
  });

  it("reads durations in months with their unit, but not the months a figure is counted over, and no 唯一一所", () => {
    expect(facts("谈判历时约20个月。").filter((x) => x.kind === "figure").map((x) => x.label)).toContain("谈判历时20个月");
    expect(figures("今年前9个月双边贸易额约109亿美元。")).toEqual([109]);
    expect(figures("这是欧洲唯一一所公立双语学校。")).toEqual([]);
  });

  it("reads no name opened by an item's number, and no date said again as a definition", () => {
    expect(names("经验有三点：（3）项目支撑，形成示范。")).toEqual([]);
    expect(terms("一年前的今天，即去年3月10日，两国发表声明。")).toEqual([]);
  });

  it("dates a feed item's figures by the item's year, and reads a metadata grid's dates by their fields", () => {
    const rss = '<?xml version="1.0"?>\n<rss><channel><title>某网</title><lastBuildDate>Thu, 24 Oct 2024 08:05:12 +0800</lastBuildDate>\n<item><title>甲</title><pubDate>Sun, 28 Mar 2021 11:20:00 +0800</pubDate><description><![CDATA[<p>今年是两国建交50周年。</p>]]></description></item>\n</channel></rss>\n';
    expect(facts(rss).filter((x) => x.kind === "figure").map((x) => (x.value as { year?: string }).year)).toEqual(["2021"]);
    const events = facts("发布机构：某省某厅某处　　成文日期：2024-01-03\n发布日期：2024-01-05　　阅读次数：1,204\n\n正文。\n").filter((x) => x.kind === "date").map((x) => (x.value as { event: string }).event);
    expect(events).toEqual(expect.arrayContaining(["本文成文", "本文发布"]));
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
