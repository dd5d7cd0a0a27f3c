/**
 * Session 13, round 20 (branch x25): rules for the kinds of names and terms a text gives its meetings, zones,
 * measures and formulas without 《》, learned from a seminar's minutes and a provincial work summary, each tested on
 * an invented text.
 */
import { describe, expect, it } from "vitest";
import { agreements, concepts, facts, figures, names, terms } from "./test-helpers";

describe("meetings and mechanisms named without marks", () => {
  it("reads a standing consultation held as a system (某某会商制度) where it is founded", () => {
    expect(names("　　2031年，两省外办建立了渔业事务月度会商制度，及时通报有关情况。\n")).toContain("渔业事务月度会商制度");
  });

  it("reads talks named by the rank of those who hold them", () => {
    expect(names("　　两国边防部队通过师长级会谈等渠道保持沟通。\n")).toContain("师长级会谈");
    expect(names("　　双方举行了会谈。\n")).not.toContain("会谈");
  });

  it("names a session marked by its ordinal only by its series (某某特别代表会晤)", () => {
    const n = names("　　2031年3月，在石港举行了渔业问题特别代表第十二次会晤。\n");
    expect(n).toContain("渔业问题特别代表会晤");
    expect(n).not.toContain("渔业问题特别代表第十二次会晤");
  });

  it("keeps the ordinal of a session whose body is named otherwise", () => {
    expect(names("　　2031年3月，金砖国家领导人第二十次会晤在某地举行。\n")).toContain("金砖国家领导人第二十次会晤");
  });

  it("reads a meeting named for its place right after a verb of attending, not a kind of meeting", () => {
    expect(names("　　1958年4月，两国共同参加青滩会议。\n")).toContain("青滩会议");
    expect(names("　　1958年4月，两国共同参加工作会议。\n")).not.toContain("工作会议");
  });

  it("reads leaders' informal meetings counted as a series", () => {
    expect(names("　　2031年4月，两国领导人在青滩举行首次非正式会晤。\n").some((n) => n.endsWith("非正式会晤"))).toBe(true);
  });

  it("reads no meeting in a meeting room", () => {
    expect(names("　　地点：青滩大学知行楼201会议室\n").some((n) => n.includes("201"))).toBe(false);
  });
});

describe("zones, ports and cooperations named by their place", () => {
  it("reads a special economic zone and a deep-water port named by a short place", () => {
    const n = names("　　走廊向南延伸到青滩经济特区，全年协调青滩深水港项目有关事项3次。\n");
    expect(n).toEqual(expect.arrayContaining(["青滩经济特区", "青滩深水港项目"]));
    expect(names("　　青滩港是南美沿岸重要的深水港。\n")).not.toContain("深水港");
  });

  it("reads a zone the state designates, named by its place", () => {
    expect(names("　　青滩国家重点开发开放试验区自2015年7月设立以来，已成为对外开放的窗口。\n")).toContain("青滩国家重点开发开放试验区");
  });

  it("reads a dash-joined cooperation and its short form as the same kind of name", () => {
    const n = names("　　金沙江—红河合作于2019年3月正式启动。我省作为参与金红合作的前沿省份，积极推进金红合作框架下的地方合作。\n");
    expect(n).toEqual(expect.arrayContaining(["金沙江—红河合作", "金红合作"]));
  });

  it("reads a plant named by its maker or its foreign place where the text tells it producing", () => {
    expect(names("　　莫吉廖夫纸浆厂已经投产，吉利冰岛汽车厂于2031年正式投产。\n")).toEqual(expect.arrayContaining(["莫吉廖夫纸浆厂", "吉利冰岛汽车厂"]));
    expect(names("　　冰岛工厂于2031年投产。\n")).not.toContain("冰岛工厂");
  });

  it("reads no project in an airport someone arrives at", () => {
    const a = agreements(facts("　　8月21日，总统乘专机抵达巴尔塔纳国际机场，开始国事访问。\n"));
    expect(a.some((x) => x.name.includes("机场"))).toBe(false);
  });
});

describe("initiatives named as a belt or a road", () => {
  it("reads a belt named for a road or a river, and a road of a century, without quotes", () => {
    const n = names("　　中方提出共建草原之路经济带和21世纪冰上丝绸之路的倡议，并推进珠江经济带建设。\n");
    expect(n).toEqual(expect.arrayContaining(["草原之路经济带", "21世纪冰上丝绸之路", "珠江经济带"]));
  });
});

describe("texts named without 《》", () => {
  it("reads a bare joint statement issued with a leader named right before it", () => {
    const a = agreements(facts("　　同年6月，周总理访问冰岛，与马格努松总理发表联合声明，再次确认了上述原则。\n"));
    expect(a.map((x) => x.name)).toContain("联合声明");
  });

  it("reads a measure a government issues, named in quotes", () => {
    const a = agreements(facts("　　2031年4月，冰岛出台“第7号投资公告”，规定邻国投资须经政府审批。\n"));
    expect(a).toEqual(expect.arrayContaining([expect.objectContaining({ name: "第7号投资公告", category: "document" })]));
  });

  it("keeps 更加紧密的 where it makes a development partnership a level", () => {
    const a = agreements(facts("　　2031年9月，中国和冰岛同意构建更加紧密的发展伙伴关系。\n"));
    expect(a).toEqual(expect.arrayContaining([expect.objectContaining({ name: "更加紧密的发展伙伴关系", category: "partnership", parties: ["中国", "冰岛"] })]));
  });
});

describe("principles and formulas without quotes", () => {
  it("reads a position stated as a contrast, quoted or not, also inside a list of points", () => {
    const t = terms("　　双方一致认为，两国是朋友而非对手。与会者形成了以下两点共识：一是大方向是合作，双方应当坚持“互为机遇而非威胁”的定位；二是分歧要管控好。\n");
    expect(t).toEqual(expect.arrayContaining(["朋友而非对手", "互为机遇而非威胁"]));
  });

  it("reads a standing position stated as how a matter is handled", () => {
    expect(terms("　　中方一贯主张通过友好协商处理渔业争端，不应让分歧影响大局。\n")).toContain("通过友好协商处理渔业争端");
  });

  it("reads the spirit of a meeting the text names by its place", () => {
    expect(terms("　　1958年4月，两国共同参加青滩会议，推动形成了团结合作的青滩精神。\n")).toContain("青滩精神");
    expect(terms("　　双方发扬团结合作的奋斗精神。\n")).not.toContain("奋斗精神");
  });

  it("reads a counted set of principles named by what they are, wherever it stands", () => {
    expect(terms("　　全年围绕建交50周年、互信互利三项原则发表30周年等节点举办活动。\n")).toContain("互信互利三项原则");
  });

  it("reads a country's quoted policy and strategy as terms, not a quoted strategy it signs", () => {
    const t = terms("　　会议讨论了冰岛“北向发展政策”与“大西洋战略”的关系。\n");
    expect(t).toEqual(expect.arrayContaining(["北向发展政策", "大西洋战略"]));
    expect(terms("　　两国签署“大西洋战略”合作文件。\n")).not.toContain("大西洋战略");
  });
});

describe("lists of points", () => {
  it("spells out a counted slogan in clauses that share its noun", () => {
    const c = concepts("　　他用“两个不变”概括会议的看法：两国友好的基础不变，双方合作的方向不变。\n");
    expect(c).toEqual(expect.arrayContaining([expect.objectContaining({ term: "两个不变", items: ["两国友好的基础不变", "双方合作的方向不变"] })]));
  });

  it("names points opened by 一是 under a heading by the heading", () => {
    const c = concepts("某省外办工作总结\n\n一、工作情况\n\n　　全年完成各项任务。\n\n二、存在的问题\n\n　　一是渔业合作受天气影响较大；二是港口资源统筹不够；三是人文交流项目数量偏少。\n");
    expect(c).toEqual(expect.arrayContaining([expect.objectContaining({ term: "存在的问题", items: ["渔业合作受天气影响较大", "港口资源统筹不够", "人文交流项目数量偏少"] })]));
  });

  it("finds a numbered list where its later points are written, and reads the terms of its first point", () => {
    const text = "　　会议提出了需要研究的问题：（1）冰岛“北向发展政策”的走向；（2）青滩港口的运营模式；（3）铁路项目的融资渠道。\n";
    const list = facts(text).find((f) => f.kind === "concept" && (f.value as { items?: string[] }).items?.length === 3);
    expect(list?.alsoIn.length).toBe(2);
    expect(terms(text)).toContain("北向发展政策");
  });

  it("finds a defined term where the text quotes it again, even a short one", () => {
    const text = "（二）夯实友好基础，“石友”情谊持续深化所谓“石友”，是冰岛语中“朋友”的意思。\n";
    const term = facts(text).find((f) => f.kind === "concept" && (f.value as { term: string }).term === "石友");
    expect(term?.alsoIn.length).toBe(1);
  });
});

describe("figures written as counts of cases, apps, years and anniversaries, and in a table's rows", () => {
  it("reads counts of apps (款) and of cases (起)", () => {
    expect(figures("　　同年6月，冰岛以安全为由禁用了37款手机应用，全年处置领保案件156起。\n")).toEqual(expect.arrayContaining([37, 156]));
  });

  it("reads a span of years the text says has lasted (已有N多年)", () => {
    expect(figures("　　我省企业在境外开展替代种植已有15多年。\n")).toContain(15);
  });

  it("reads an anniversary in a list closed by 等", () => {
    expect(figures("　　全年围绕建交50周年、协定签署30周年等节点举办活动。\n")).toEqual(expect.arrayContaining([50, 30]));
  });

  it("reads an anniversary written without 周年 right after the event it counts from", () => {
    expect(figures("　　在两国建交五十五年之际，两国元首互致贺电。\n")).toContain(55);
    expect(figures("　　今年是两国建交75年，双方举办了系列活动。\n")).toContain(75);
    expect(figures("　　两国于1990年建交，建交3年后签署协定。\n")).not.toContain(3);
  });

  it("reads a table's row, the unit in its column and the value about", () => {
    const text = "表1　主要指标\n\n指标\t单位\t2031年\t同比增长\n双边贸易额\t亿元\t约730\t6.5%\n友好城市\t对\t9\t—\n";
    expect(figures(text)).toEqual(expect.arrayContaining([730, 9]));
  });
});
