import { describe, expect, it } from "vitest";
import { rawDocumentFromText } from "../read";
import { normaliseDocument } from "../normalise/index";
import { buildCorpus, extractFacts } from "../pipeline";
import type { ExtractedFact } from "../types";
import { findDates } from "./dates";

const factsOf = (text: string, date?: string): ExtractedFact[] =>
  extractFacts(normaliseDocument({ ...rawDocumentFromText("t", "t.txt", text), ...(date ? { meta: { date } } : {}) }));
const values = (facts: ExtractedFact[], kind: ExtractedFact["kind"]) => facts.filter((f) => f.kind === kind).map((f) => f.value as Record<string, unknown>);

describe("dates", () => {
  it("reads years, months, days, ranges and decades", () => {
    const found = findDates("2013年9月访问，2023年5月18日至19日举行，2018—2040年规划，20世纪90年代起步，2024年初制定，2021-12-06签署。", {});
    expect(found.map((d) => [d.text, d.iso, d.endIso ?? null, d.precision])).toEqual([
      ["2013年9月", "2013-09", null, "month"],
      ["2023年5月18日至19日", "2023-05-18", "2023-05-19", "day"],
      ["2018—2040年", "2018", "2040", "year"],
      ["20世纪90年代", "1990s", null, "decade"],
      ["2024年初", "2024", null, "year"],
      ["2021-12-06", "2021-12-06", null, "day"],
    ]);
  });

  it("reads dates written in Chinese numerals, quoting the original characters", () => {
    const found = findDates("二〇二三年五月十八日签署，一九九二年一月建交，当年十月会晤，五月是个好季节。", {});
    expect(found.map((d) => [d.text, d.iso])).toEqual([
      ["二〇二三年五月十八日", "2023-05-18"],
      ["一九九二年一月", "1992-01"],
      ["当年十月", "1992-10"],
    ]);
  });

  it("resolves relative dates from context and the document's date, marked inferred", () => {
    const facts = factsOf("2013年9月，主席出访四国，同年两国总统访华，次年签署协定。31年前，两国建交。上月，外长会晤举行。6月17日，峰会举行。", "2023-05");
    const dates = values(facts, "date").map((v) => [v.text, v.iso, v.inferred]);
    expect(dates).toEqual([
      ["2013年9月", "2013-09", false],
      ["同年", "2013", true],
      ["次年", "2014", true],
      ["31年前", "1992", true],
      ["上月", "2023-04", true],
      ["6月17日", "2023-06-17", true],
    ]);
  });

  it("ties each date to the event of its clause", () => {
    const facts = factsOf("中国2002年12月与甲国、2002年6月与乙国分别签署睦邻友好合作条约。");
    const events = values(facts, "date").map((v) => v.event);
    expect(events).toEqual(["中国与甲国分别签署睦邻友好合作条约", "中国与乙国分别签署睦邻友好合作条约"]);
  });
});

describe("agreements", () => {
  it("reads titled documents with their parties and date", () => {
    const facts = factsOf("2022年12月，乌哈两国元首在塔什干签署《哈萨克斯坦和乌兹别克斯坦同盟关系条约》。");
    const doc = values(facts, "agreement").find((v) => v.category === "document")!;
    expect(doc).toMatchObject({ name: "哈萨克斯坦和乌兹别克斯坦同盟关系条约", type: "条约", date: "2022-12" });
    expect(doc.parties).toEqual(["哈萨克斯坦", "乌兹别克斯坦"]);
  });

  it("reads partnership levels per country pair, with abbreviations and upgrades", () => {
    const facts = factsOf("2012年6月，中国和乌兹别克斯坦建立战略伙伴关系，2016年6月中乌关系提升为全面战略伙伴关系。2013年9月，中国与塔、土两国宣布建立战略伙伴关系。");
    const partnerships = values(facts, "agreement").filter((v) => v.category === "partnership");
    expect(partnerships.map((v) => [v.name, (v.parties as string[]).join("+"), v.date, v.upgradedFrom ?? null])).toEqual([
      ["战略伙伴关系", "中国+乌兹别克斯坦", "2012-06", null],
      ["全面战略伙伴关系", "中国+乌兹别克斯坦", "2016-06", "战略伙伴关系"],
      ["战略伙伴关系", "中国+塔吉克斯坦", "2013-09", null],
      ["战略伙伴关系", "中国+土库曼斯坦", "2013-09", null],
    ]);
  });

  it("reads mechanisms, initiatives, organisations and named projects", () => {
    const facts = factsOf("2023年，首届中国—东盟论坛在南宁举行，各方支持全球发展倡议和上海合作组织，中老铁路项目顺利推进。");
    const names = values(facts, "agreement").map((v) => [v.name, v.category]);
    expect(names).toEqual(
      expect.arrayContaining([
        ["首届中国—东盟论坛", "mechanism"],
        ["全球发展倡议", "initiative"],
        ["上海合作组织", "organisation"],
        ["中老铁路项目", "project"],
      ]),
    );
  });
});

describe("concepts", () => {
  it("reads an announced enumeration with all its items", () => {
    const facts = factsOf("要做到四个坚持，即“坚持甲、坚持乙、坚持丙、坚持丁”。");
    expect(values(facts, "concept")[0]).toMatchObject({ term: "四个坚持", category: "enumeration", count: 4, items: ["坚持甲", "坚持乙", "坚持丙", "坚持丁"] });
  });

  it("reads a list named by the word after it, and parallel short items", () => {
    const facts = factsOf("积极践行共同、综合、合作、可持续的新安全观。“互尊、互信、互利、互助”是合作的核心。");
    const concepts = values(facts, "concept");
    expect(concepts[0]).toMatchObject({ term: "新安全观", items: ["共同", "综合", "合作", "可持续"] });
    expect(concepts[1]).toMatchObject({ items: ["互尊", "互信", "互利", "互助"] });
  });

  it("reads defined terms and quoted principles", () => {
    const facts = factsOf("所谓“东盟方式”，是指协商一致的决策方式。双方秉持“亲诚惠容”理念。");
    const concepts = values(facts, "concept");
    expect(concepts[0]).toMatchObject({ term: "东盟方式", category: "definition", definition: "协商一致的决策方式" });
    expect(concepts[1]).toMatchObject({ term: "亲诚惠容理念", category: "principle" });
  });
});

describe("names and lists written without a proper-name mark", () => {
  it("reads bodies set up under a mechanism, unmarked names beside a marked one, and meetings named by an official or a host city", () => {
    const facts = factsOf("甲乙总理定期会晤机制下设投资合作委员会、能源合作委员会和东北—远东合作委员会。各方还建立了安全事务高级代表会议。2017年厦门会晤首次提出新的合作模式。");
    const names = values(facts, "agreement").map((v) => v.name);
    expect(names).toEqual(expect.arrayContaining(["投资合作委员会", "能源合作委员会", "东北—远东合作委员会", "安全事务高级代表会议", "厦门会晤"]));
    expect(names).not.toContain("下设投资合作委员会");
  });

  it("reads parallel clauses after a quoted count, and points given one per paragraph after a count", () => {
    const facts = factsOf("中方坚持“三不”：不干涉内政，不附加政治条件，不谋取私利。\n\n中方提出三点主张。\n\n第一，坚持政治解决。这是根本。\n\n第二，坚持以人为本。\n\n第三，坚持合作共赢。");
    const concepts = values(facts, "concept");
    expect(concepts).toContainEqual(expect.objectContaining({ term: "三不", items: ["干涉内政", "附加政治条件", "谋取私利"] }));
    expect(concepts).toContainEqual(expect.objectContaining({ term: "三点主张", items: ["坚持政治解决", "坚持以人为本", "坚持合作共赢"] }));
  });
});

describe("figures", () => {
  it("reads amounts with their unit, measure and year", () => {
    const facts = factsOf("2023年，中国与东盟贸易额达到9 753亿美元，同比增长11.2%。中方将提供1200名政府奖学金名额。");
    expect(values(facts, "figure").map((v) => [v.number, v.unit, v.measure, v.year ?? null])).toEqual([
      [9753, "亿美元", "贸易额", "2023"],
      [11.2, "%", "贸易额同比增长", "2023"],
      [1200, "名", "政府奖学金名额", null],
    ]);
  });
});

describe("entities", () => {
  it("reads countries from full names and pair abbreviations, and people with titles", () => {
    const facts = factsOf("中哈双方会谈。哈萨克斯坦总统托卡耶夫会见了习近平主席。");
    const entities = values(facts, "entity").map((v) => [v.name, v.category]);
    expect(entities).toEqual(expect.arrayContaining([["中国", "country"], ["哈萨克斯坦", "country"], ["托卡耶夫", "person"], ["习近平", "person"]]));
  });
});

describe("agreements and concepts of less common shapes", () => {
  it("reads pairs of newer one-character forms, 重要 partnerships and upgrades named in the clause before", () => {
    const facts = factsOf("中匈两国于2005年建立重要合作伙伴关系，2019年宣布提升为全面战略伙伴关系。");
    const levels = values(facts, "agreement").filter((v) => v.category === "partnership").map((v) => [v.name, (v.parties as string[]).join("+"), v.date]);
    expect(levels).toEqual([
      ["重要合作伙伴关系", "中国+匈牙利", "2005"],
      ["全面战略伙伴关系", "中国+匈牙利", "2019"],
    ]);
  });

  it("reads formats written as formulas, dash-joined mechanisms in lists, named weeks, platforms and river bodies", () => {
    const names = values(factsOf("甲乙—丙丁合作机制下，“甲丙周”每年举办。2018年，“8+1合作”启动；长河—北国合作、东国—长河伙伴关系等机制并存。双方设立甲丙水资源信息共享平台，并与乌伦河委员会签署备忘录。"), "agreement").map((v) => v.name);
    expect(names).toEqual(expect.arrayContaining(["甲丙周", "8+1合作", "长河—北国合作", "甲丙水资源信息共享平台", "乌伦河委员会"]));
  });

  it("keeps a quoted name inside the title of a signed memorandum", () => {
    const names = values(factsOf("2020年，五国同中方签署共建“某某之路”合作谅解备忘录。"), "agreement").map((v) => v.name);
    expect(names).toContain("共建“某某之路”合作谅解备忘录");
  });

  it("reads inline ordinal lists, formulas and communities named by a document's own abbreviation", () => {
    const concepts = values(factsOf("北河—南江合作顺利推进。困难主要来自两个方面：一是资金不足，二是人才短缺。合作采用“2+4+X框架”。各方携手构建面向未来的北南国家命运共同体。"), "concept");
    expect(concepts.find((c) => c.term === "两个方面")?.items).toEqual(["资金不足", "人才短缺"]);
    expect(concepts.map((c) => c.term)).toEqual(expect.arrayContaining(["2+4+X框架", "北南国家命运共同体"]));
  });

  it("leaves out the connective before a list and lists of examples after a bare count", () => {
    const concepts = values(factsOf("双方坚持“三个原则”，即互相尊重、平等互利、开放包容。合作覆盖五个领域，并拓展数字、环保、卫生等新领域。"), "concept");
    expect(concepts.find((c) => c.term === "三个原则")?.items).toEqual(["互相尊重", "平等互利", "开放包容"]);
    expect(concepts.some((c) => (c.items as string[] | undefined)?.some((i) => i.includes("拓展")))).toBe(false);
  });

  it("reads bodies named by what they do, market and metro names, implementing texts, and no country inside a city's name", () => {
    const facts = factsOf("该组织的争端解决机制上诉机构陷入停摆。全国排污权交易市场启动上线交易。北山轨道交通蓝线开通运营。各方落实《某某宣言》的指导方针。两国总统在诺瓦苏丹会晤。");
    const names = values(facts, "agreement").map((v) => v.name);
    expect(names).toEqual(expect.arrayContaining(["争端解决机制", "上诉机构", "全国排污权交易市场", "北山轨道交通蓝线", "落实〈某某宣言〉的指导方针"]));
    expect(values(facts, "entity").map((v) => v.name)).not.toContain("苏丹");
  });

  it("reads no country in the second part of a person's double name joined by a hyphen, and keeps a hyphened pair of countries", () => {
    const facts = factsOf("2019年3月，芬兰总统卡林德－阿曼对中国进行国事访问，两国宣布建立全面战略伙伴关系。中国－阿曼投资论坛在北京举行。");
    const entities = values(facts, "entity").filter((v) => v.category === "country").map((v) => v.name);
    expect(entities.filter((n) => n === "阿曼")).toHaveLength(1);
    const agreements = values(facts, "agreement").filter((v) => v.name === "全面战略伙伴关系");
    expect(agreements.length).toBeGreaterThan(0);
    expect(agreements.every((v) => !(v.parties as string[]).includes("阿曼"))).toBe(true);
  });
});

describe("figures in Chinese numerals", () => {
  it("reads amounts, counts, anniversaries and spans, not set phrases or vague numbers", () => {
    const facts = factsOf("双方提供三千五百亿元人民币贷款，修建两千多公里铁路。五个核武器国家的六国外长每五年会晤一次。今年是建交三十周年。租约期限99年。千家万户受益，上千万人参与，中亚五国元首出席，三个方面的合作。");
    expect(values(facts, "figure").map((v) => [v.text, v.number])).toEqual([
      ["三千五百亿元人民币", 3500],
      ["两千多公里", 2000],
      ["五个", 5],
      ["六国", 6],
      ["五年", 5],
      ["三十周年", 30],
      ["99年", 99],
    ]);
  });
});

describe("policies stated without quotes", () => {
  it("reads negative policies, four-character formulas, 以…为核心的体系, X主权 and parallel clauses without a count", () => {
    const facts = factsOf("甲国奉行在任何情况下都不首先使用某类武器的政策。甲方坚持甲事、坚持乙事稳定、坚持通过对话解决问题。双方秉持开诚相待理念和求同存异、互利互惠的外交方针，维护以联合国为核心的国际体系，尊重网络主权，采取更加务实的外交政策。");
    const concepts = values(facts, "concept").map((v) => [v.term, v.items ?? null]);
    expect(concepts).toEqual([
      ["不首先使用某类武器", null],
      ["坚持", ["甲事", "乙事稳定", "通过对话解决问题"]],
      ["开诚相待", null],
      ["外交方针", ["求同存异", "互利互惠"]],
      ["以联合国为核心的国际体系", null],
      ["网络主权", null],
    ]);
  });
});

describe("round-5 shapes", () => {
  it("reads councils named by their members, exercises, seas after 跨, aliases in quotes and partnerships of 两国 after a visit", () => {
    const facts = factsOf("某组织以元首理事会为最高决策机构，外长理事会为支撑，成员国举行“和平使命”联合反恐军事演习。跨里海国际运输走廊，又称“中间走廊”，运量增长。7月，主席对塔吉克斯坦进行国事访问，两国元首宣布建立全面战略伙伴关系。");
    const names = values(facts, "agreement").map((v) => [v.name, v.parties]);
    expect(names).toEqual(
      expect.arrayContaining([
        ["元首理事会", []],
        ["外长理事会", []],
        ["“和平使命”联合反恐军事演习", []],
        ["跨里海国际运输走廊", []],
        ["中间走廊", []],
        ["全面战略伙伴关系", ["中国", "塔吉克斯坦"]],
      ]),
    );
  });

  it("reads unquoted formulas, rejected ways of thinking, theme years without a year and the set phrase of the century", () => {
    const facts = factsOf("各方坚持共商共建共享，摒弃冷战思维和零和博弈。世界百年变局加速演进。两国将举办中塔文化旅游年，构建更加紧密的某组织命运共同体。");
    expect(values(facts, "concept").map((v) => v.term)).toEqual(["共商共建共享", "冷战思维", "零和博弈", "百年变局", "中塔文化旅游年", "某组织命运共同体"]);
  });
});

describe("round-6 shapes", () => {
  it("reads sides written 某方, mechanisms headed by 合作 with an alias or in a list, agendas named by their year and more type words", () => {
    const facts = factsOf(
      "约旦首相表示，约方愿与中方深化战略伙伴关系。中埃高级别联合委员会农业分委会年内开会。黄河—长江合作（简称黄长合作）于2019年启动。区内先后出现了大图们江次区域经济合作、图们江委员会等合作框架。两国落实2040年减贫议程，签署投资合作行动计划和联合公报。",
    );
    const names = values(facts, "agreement").map((v) => [v.name, v.parties]);
    expect(names).toEqual(
      expect.arrayContaining([
        ["战略伙伴关系", ["中国", "约旦"]],
        ["中埃高级别联合委员会农业分委会", ["中国", "埃及"]],
        ["黄河—长江合作", []],
        ["大图们江次区域经济合作", []],
        ["图们江委员会", []],
        ["2040年减贫议程", expect.anything()],
        ["投资合作行动计划", expect.anything()],
      ]),
    );
    // no side read from 东方/双方, no 合作 read without a mark or an alias
    const more = values(factsOf("东方愿同西方深化战略伙伴关系。双方加强经贸合作、人文交流。"), "agreement");
    expect(more).toEqual([]);
  });

  it("reads an unquoted outlook after 坚持, formulae after 坚持 with no head, and a term read from a theory", () => {
    const facts = factsOf("本文从地区公共产品理论出发，考察该机制。中国坚持正确历史观，坚持开诚布公、求同存异、循序渐进，我们坚持客观、公正。");
    const concepts = values(facts, "concept").map((v) => [v.term, v.items ?? null]);
    expect(concepts).toEqual([
      ["地区公共产品", null],
      ["正确历史观", null],
      ["开诚布公、求同存异、循序渐进", ["开诚布公", "求同存异", "循序渐进"]],
    ]);
  });

  it("keeps two-item lists under a generic head apart across documents", () => {
    const corpus = buildCorpus([
      rawDocumentFromText("a", "a.txt", "中方坚持公平公正、安全可靠的原则，推进合作。"),
      rawDocumentFromText("b", "b.txt", "双方坚持稳步推进、务实高效的原则，扩大合作。"),
    ]);
    const lists = corpus.facts.filter((f) => f.kind === "concept").map((f) => (f.value as { items?: string[] }).items);
    expect(lists).toEqual([
      ["公平公正", "安全可靠"],
      ["稳步推进", "务实高效"],
    ]);
  });
});

describe("type words of Chinese IR texts", () => {
  it("reads communiqués with the meeting that issued them, minutes, cooperation plans, charters and protocols to a treaty", () => {
    const facts = factsOf("会后发表了中国—东盟外长第五次会晤新闻公报。双方形成中老会谈纪要，签署了中泰科技合作方案。成员国通过了上合组织章程和中哈引渡条约议定书。中国提出了中国方案。");
    const names = values(facts, "agreement").map((v) => v.name);
    expect(names).toEqual(
      expect.arrayContaining(["中国—东盟外长第五次会晤新闻公报", "中国—东盟外长第五次会晤", "中老会谈纪要", "中泰科技合作方案", "上合组织章程", "中哈引渡条约议定书"]),
    );
    expect(names).not.toContain("中哈引渡条约");
    expect(names).not.toContain("中国方案");
  });

  it("reads no meeting named by its ordinal only (召开第五次会议)", () => {
    const names = values(factsOf("中俄能源合作委员会将于明年召开第五次会议。第三届中国—北欧博览会开幕。"), "agreement").map((v) => v.name);
    expect(names).toEqual(["中俄能源合作委员会", "第三届中国—北欧博览会"]);
  });
});
