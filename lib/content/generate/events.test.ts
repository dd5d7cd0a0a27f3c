/**
 * The event a date question asks about: who acts and what happens, events that name nothing alone or
 * have no subject, events of an ordering, and the phrases that are no events.
 */
import { describe, expect, it } from "vitest";
import { date, fact, makeDoc, withOtherDates } from "../../../tests/fixtures/generate/corpus";
import { buildCorpus } from "../pipeline";
import { rawDocumentFromText } from "../read";
import { generateBank } from "./bank";
import { usableEvent } from "./builders/common";
import { dateEvent } from "./builders/date-event";
import { bracketedCompletion, withAntecedentNamed, withClauseSubject, withCountryWritten, withPreviousTitle, withSentenceSubject, withStatement, withTopicCarried } from "./builders/date-subject";
import { onlyModifierVerbs, unsaidEvent } from "./builders/date-verbs";
import { buildContext, passageOf } from "./context";
import type { DateFact } from "./model";
import { questionFlags } from "./selfcheck";
import { corpusOf, eventOf, mcq } from "./test-helpers";
import { testQuestion as q } from "@/tests/support/question";

describe("subjects and events", () => {
  it("take a company group as the one who acts, and a purchase as an event", () => {
    const d = makeDoc("doc_g2", "北陆经济", "2031年4月，南川钢铁集团以3000万欧元收购北陆第一钢厂。");
    const y = fact(d, "date", "2031年4月", date("2031-04", "month", "2031年4月", "南川钢铁集团以3000万欧元收购北陆第一钢厂") as never);
    const ctx = buildContext({ documents: [d], facts: [y] });
    expect(passageOf(ctx, y).dangling).toBe(false);
    expect(dateEvent(y as DateFact, ctx)).toBe("南川钢铁集团以3000万欧元收购北陆第一钢厂");
  });

  it("take a power station and a committee as ones who act", () => {
    const d = makeDoc("doc_g4", "北陆能源", "北港燃煤电站、南湾风电一体化项目相继建成发电。");
    const f = fact(d, "agreement", "南湾风电一体化项目", { name: "南湾风电一体化项目", category: "project", type: "项目", parties: [] } as never);
    expect(passageOf(buildContext({ documents: [d], facts: [f] }), f).dangling).toBe(false);
  });

  it("take a named section of a line ('甲至乙段') as the one something happens to", () => {
    const d = makeDoc("doc_g3", "北陆铁路", "北港至南港段于2031年10月完工。");
    const y = fact(d, "date", "2031年10月", date("2031-10", "month", "2031年10月", "北港至南港段完工") as never);
    expect(passageOf(buildContext({ documents: [d], facts: [y] }), y).dangling).toBe(false);
  });

  it("take putting a policy into effect (实行) as an event, without the 也 that ties it to the clause before", () => {
    const text = "2031年3月，北陆国对南川公民实行免签政策，同月南川国也对北陆公民实行入境免签安排。";
    const d = makeDoc("doc_g5", "北陆南川人员往来", text);
    const first = fact(d, "date", "2031年3月", date("2031-03", "month", "2031年3月", "北陆国对南川公民实行免签政策") as never);
    const same = fact(d, "date", "同月", date("2031-03", "month", "同月", "南川国也对北陆公民实行入境免签安排", true) as never);
    const ctx = buildContext({ documents: [d], facts: [first, same] });
    expect(dateEvent(first as DateFact, ctx)).toBe("北陆国对南川公民实行免签政策");
    expect(dateEvent(same as DateFact, ctx)).toBe("南川国对北陆公民实行入境免签安排");
    // (a 再次 before the same kind of phrase says which visit it was, and stays)
    expect(usableEvent("北陆总统再次对南川进行国事访问")).toBe("北陆总统再次对南川进行国事访问");
  });

  it("name the trio a 三国 stands for, when the text around writes one (\"中蒙俄\")", () => {
    const d = makeDoc("doc_g7", "中蒙俄草原观察", "中蒙俄草原保护合作已有多年。\n\n2034年8月，三国环境部长在丁城签署草原防火协议，并商定每两年会晤一次。");
    const y = fact(d, "date", "2034年8月", date("2034-08", "month", "2034年8月", "三国环境部长在丁城签署草原防火协议") as never);
    expect(dateEvent(y as DateFact, buildContext({ documents: [d], facts: [y] }))).toBe("中蒙俄三国环境部长在丁城签署草原防火协议");
  });

  it("take a letter to someone (致函) as an event, without the 但 that set it against the clause before", () => {
    const letter = makeDoc("doc_g6", "北陆与南川", "2031年5月，南川联盟邀请北陆国加入，但同年9月北陆新政府致函南川联盟各国领导人，表示暂不加入。");
    const sent = fact(letter, "date", "同年9月", date("2031-09", "month", "同年9月", "但北陆新政府致函南川联盟各国领导人", true) as never);
    expect(dateEvent(sent as DateFact, buildContext({ documents: [letter], facts: [sent] }))).toBe("北陆新政府致函南川联盟各国领导人");
  });

  it("keep the 但 that opens a name (a transliteration after it), not one before a country or a side", () => {
    expect(usableEvent("但丁纪念馆在某城落成")).toBe("但丁纪念馆在某城落成");
    expect(usableEvent("但泽自由市宣布成立")).toBe("但泽自由市宣布成立");
    expect(usableEvent("但尼日利亚宣布加入该组织")).toBe("尼日利亚宣布加入该组织");
    expect(usableEvent("但巴方决定推迟访问")).toBe("巴方决定推迟访问");
    expect(usableEvent("但卡梅政府致信丙组织各成员")).toBe("卡梅政府致信丙组织各成员");
    expect(usableEvent("但洛京总统推迟了访问")).toBe("洛京总统推迟了访问");
  });

  it("take an exchange of letters with what it said, and not without", () => {
    const d = makeDoc("doc_g8", "丁戊友城往来", "丁城和戊城市长2034年3月互致信函，宣布结为友好城市。丁城和戊城市长2035年3月互致信函。");
    const said = fact(d, "date", "2034年3月", date("2034-03", "month", "2034年3月", "丁城和戊城市长互致信函") as never);
    const bare = fact(d, "date", "2035年3月", date("2035-03", "month", "2035年3月", "丁城和戊城市长互致信函") as never);
    const ctx = buildContext({ documents: [d], facts: [said, bare] });
    expect(dateEvent(said as DateFact, ctx)).toBe("丁城和戊城市长互致信函，宣布结为友好城市");
    expect(dateEvent(bare as DateFact, ctx)).toBeUndefined();
  });
});

describe("a date inside a clause of welcome or praise", () => {
  it("is no time of the welcome: no event to ask", () => {
    const d = makeDoc("doc_st11", "北陆南川联合声明", "双方积极评价2031年5月北陆方为南川方成功发射通信卫星一号的合作成果。南川方欢迎北陆国于2032年正式成为某组织成员。");
    const a = fact(d, "date", "2031年5月", date("2031-05", "month", "2031年5月", "双方积极评价北陆方为南川方成功发射通信卫星一号") as never);
    const b = fact(d, "date", "2032年", date("2032", "year", "2032年", "南川方欢迎北陆国正式成为某组织成员") as never);
    const ctx = buildContext({ documents: [d], facts: [a, b] });
    expect(dateEvent(a as DateFact, ctx)).toBeUndefined();
    expect(dateEvent(b as DateFact, ctx)).toBeUndefined();
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

describe("handing over, laying the foundation, renewing, delivering", () => {
  const ev = (text: string, needle: string, event: string) => {
    const d = makeDoc("doc_ev", "大事记", text);
    const f = fact(d, "date", needle, { iso: "2031-04", precision: "month", text: needle, event, inferred: false } as never);
    return dateEvent(f as DateFact, buildContext({ documents: [d], facts: [f] }));
  };

  it("are events when the phrase names its subject", () => {
    expect(ev("2031年4月，中国援建的智利医院门诊楼移交。", "2031年4月", "中国援建的智利医院门诊楼移交")).toBe("中国援建的智利医院门诊楼移交");
    expect(ev("2031年4月，中国援智利住房项目在圣地亚哥交付使用。", "2031年4月", "中国援智利住房项目在圣地亚哥交付使用")).toBe("中国援智利住房项目在圣地亚哥交付使用");
  });

  it("are no events when the phrase opens on the verb (whose bridge, whose handover?)", () => {
    expect(ev("2031年4月，通车，全长约68公里。", "2031年4月", "通车，全长约68公里")).toBeUndefined();
    expect(ev("2031年4月，移交智利方运营。", "2031年4月", "移交智利方运营")).toBeUndefined();
  });
});

describe("events of an ordering", () => {
  it("take no phrase whose subject is cut (由/被…), a season before the subject, or a stray 是 before the verb", async () => {
    const { buildOrderingQuestions } = await import("./builders/sets");
    const rows: [string, string][] = [
      ["2021年3月", "由某钢铁集团收购"],
      ["2022年5月", "被列入世界遗产名录"],
      ["2023年9月", "秋天，智利提出共建港口倡议"],
      ["2024年4月", "南川大学孔子学院是成立"],
      ["2025年6月", "中国与智利签署《海洋合作协定》"],
      ["2026年2月", "中国与秘鲁建立全面战略伙伴关系"],
      ["2027年8月", "中国与巴西举行首次外长会晤"],
      ["2028年1月", "中国与阿根廷发表联合声明"],
      ["2029年7月", "由中国援建的智利港口正式开港"],
    ];
    // (documents on one subject: a timeline draws on no others)
    const docs = rows.map(([d], i) => makeDoc(`doc_ord${i}`, "中国—拉美关系大事记", `${d}，${rows[i]![1]}。`));
    const facts = rows.map(([d, e], i) => {
      const m = /(\d{4})年(\d{1,2})月/u.exec(d)!;
      return fact(docs[i]!, "date", d, { iso: `${m[1]}-${m[2]!.padStart(2, "0")}`, precision: "month", text: d, event: e, inferred: false } as never);
    });
    const events = buildOrderingQuestions(buildContext({ documents: docs, facts })).flatMap((q) => q.options ?? []);
    expect(events.length).toBeGreaterThan(0);
    expect(events.filter((e) => /^(?:由某|被|秋天)|是成立/u.test(e))).toEqual([]);
  });
});

describe("a date brought in by 于", () => {
  it("is cut from a clause whose verb follows it, and the clause is the event", () => {
    expect(eventOf("智利与秘鲁两国于2031年4月9日正式建交。", "2031年4月9日", "2031-04-09", "智利与秘鲁两国正式建交")).toBe("智利与秘鲁两国正式建交");
    expect(eventOf("智利和秘鲁于2031年4月在利马签署《海洋合作协定》。", "2031年4月", "2031-04", "智利和秘鲁在利马签署《海洋合作协定》")).toBe(
      "智利和秘鲁在利马签署《海洋合作协定》",
    );
  });

  it("is no event when 于 ends a word of its own or no verb follows the date", () => {
    expect(eventOf("这一构想源于2031年4月在利马举行的会议。", "2031年4月", "2031-04", "这一构想源在利马举行的会议")).toBeUndefined();
    expect(eventOf("智利港位于2031年4月新建的港区之中。", "2031年4月", "2031-04", "智利港位新建的港区之中")).toBeUndefined();
    expect(eventOf("智利外长于2031年4月的讲话中提出合作倡议。", "2031年4月", "2031-04", "智利外长的讲话中提出合作倡议")).toBeUndefined();
  });
});

describe("an event that says less than it seems", () => {
  it("is told by its subject left before it, a plan, a bare generic object, an unnamed work or a day counted from another event", () => {
    expect(unsaidEvent("同秘鲁恢复外交关系")).toBe(true);
    expect(unsaidEvent("与智利建立全面战略伙伴关系")).toBe(true);
    expect(unsaidEvent("支持论坛部长级会议在利马举行")).toBe(true);
    expect(unsaidEvent("外交部长将访问智利")).toBe(true);
    expect(unsaidEvent("秘鲁国会通过法律")).toBe(true);
    expect(unsaidEvent("管道A线投产")).toBe(true);
    expect(unsaidEvent("港口一期工程开工建设")).toBe(true);
    expect(unsaidEvent("智利独立第三天")).toBe(true);
  });

  it("is not told when the phrase names who acts and what", () => {
    expect(unsaidEvent("中国同秘鲁恢复外交关系")).toBe(false);
    expect(unsaidEvent("智利与秘鲁签署协议")).toBe(false);
    expect(unsaidEvent("秘鲁国会通过《经济特区法》")).toBe(false);
    expect(unsaidEvent("港口城首批投资者签约入驻")).toBe(false);
    expect(unsaidEvent("中智合作的利马大桥通车")).toBe(false);
    expect(unsaidEvent("智利将中智关系提升为全面战略伙伴关系")).toBe(false);
  });

  it("keeps no such phrase as a date's event", () => {
    expect(eventOf("中国同智利于2031年4月恢复外交关系，同秘鲁于2032年5月恢复外交关系。", "2032年5月", "2032-05", "同秘鲁恢复外交关系")).toBeUndefined();
    expect(eventOf("秘鲁国会已于2031年通过法律，在利马设立经济特区。", "2031年", "2031", "秘鲁国会已通过法律")).toBeUndefined();
  });

  it("drops the 已 of a clause whose date is asked", () => {
    expect(eventOf("智利境内利马至北港段已于2031年4月9日开通运营。", "2031年4月9日", "2031-04-09", "智利境内利马至北港段已开通运营")).toBe("智利境内利马至北港段开通运营");
  });

  it("is no event in a sentence that opens on 其中 and names no party of its own", () => {
    expect(eventOf("其中，海洋合作中心于2031年4月在青岛启用。", "2031年4月", "2031-04", "海洋合作中心在青岛启用")).toBeUndefined();
    expect(eventOf("其中，中智海洋合作中心于2031年4月在青岛启用。", "2031年4月", "2031-04", "中智海洋合作中心在青岛启用")).toBe("中智海洋合作中心在青岛启用");
  });
});

describe("the date of a statement", () => {
  it("asks what was said: one clause to the end of the sentence", () => {
    expect(withStatement("智利外长也表示", "也表示，智方愿同中方深化港口合作。")).toBe("智利外长表示，智方愿同中方深化港口合作");
    expect(eventOf("智利外长2031年4月9日表示，智方愿同中方深化港口合作。", "2031年4月9日", "2031-04-09", "智利外长表示")).toBe("智利外长表示，智方愿同中方深化港口合作");
  });

  it("is no event when the statement runs over clauses, points back or is cut", () => {
    expect(withStatement("智利外长表示", "表示，智方愿同中方深化合作，扩大贸易。")).toBe("智利外长表示");
    expect(withStatement("智利外长表示", "表示，这一项目意义重大。")).toBe("智利外长表示");
    expect(withStatement("智利外长表示", "表示，我们愿同中方深化合作。")).toBe("智利外长表示");
    expect(withStatement("智利外长表示", "表示，双方应加强港口合作。")).toBe("智利外长表示");
    expect(eventOf("智利外长2031年4月9日表示，智方愿同中方深化合作，扩大贸易。", "2031年4月9日", "2031-04-09", "智利外长表示")).toBeUndefined();
  });
});

describe("a launch", () => {
  it("is an event", () => {
    expect(eventOf("2031年10月14日：首颗中智地球资源卫星成功发射", "2031年10月14日", "2031-10-14", "首颗中智地球资源卫星成功发射")).toBe("首颗中智地球资源卫星成功发射");
  });
});

describe("an event that names its subject by pointing back", () => {
  it("takes the title or the meeting the clause before the date names", () => {
    expect(withAntecedentNamed("后者生效", "北极事务的规则包括《甲公约》和智利制定的《乙规则》，后者于")).toBe("《乙规则》生效");
    expect(withAntecedentNamed("前者生效", "规则包括《甲公约》和《乙规则》，前者于")).toBe("《甲公约》生效");
    expect(withAntecedentNamed("会议召开，六国参加", "2031年10月：智利总统发起利马会议，斡旋边界问题，会议于")).toBe("利马会议召开，六国参加");
  });

  it("is left as it was when the name is not certain", () => {
    expect(withAntecedentNamed("后者生效", "规则包括《乙规则》，后者于")).toBe("后者生效");
    expect(withAntecedentNamed("会议召开", "智利发起利马会议，秘鲁发起库斯科会议，会议于")).toBe("会议召开");
    expect(withAntecedentNamed("会议召开", "智利提出倡议，会议于")).toBe("会议召开");
  });

  it("makes the date asked by that name", () => {
    const text = "海上规则包括《甲公约》和国际组织制定的《乙规则》，后者于2031年1月1日生效。";
    expect(eventOf(text, "2031年1月1日", "2031-01-01", "后者生效")).toBe("《乙规则》生效");
  });
});

describe("joining as a member", () => {
  it("is an event, a status is not", () => {
    expect(eventOf("2031年1月1日，智利正式成为某组织成员国。", "2031年1月1日", "2031-01-01", "智利正式成为某组织成员国")).toBe("智利正式成为某组织成员国");
    expect(eventOf("2031年，中国成为智利最大的贸易伙伴。", "2031年", "2031", "中国成为智利最大的贸易伙伴")).toBeUndefined();
  });
});

describe("a statistic reached in a year", () => {
  it("is asked when its subject names the party", () => {
    expect(eventOf("2031年，中智双边贸易额达520亿美元。", "2031年", "2031", "中智双边贸易额达520亿美元")).toBe("中智双边贸易额达520亿美元");
    expect(eventOf("2031年，赴智中国游客回升至约67万人次。", "2031年", "2031", "赴智中国游客回升至约67万人次")).toBe("赴智中国游客回升至约67万人次");
  });

  it("is not asked when the subject is no one's, or no figure follows", () => {
    expect(eventOf("2031年，双边贸易额达520亿美元。", "2031年", "2031", "双边贸易额达520亿美元")).toBeUndefined();
    expect(eventOf("2031年10月，持股比例进一步增至67%。", "2031年10月", "2031-10", "持股比例进一步增至67%")).toBeUndefined();
    expect(eventOf("2031年，中智关系达新高度。", "2031年", "2031", "中智关系达新高度")).toBeUndefined();
  });
});

describe("a bare verb of completion after the date", () => {
  const at = (s: string, d: string) => ({ start: s.indexOf(d), end: s.indexOf(d) + d.length });

  it("takes the sentence's opening noun phrase, or for 生效 the one title before the date", () => {
    const a = "利马河底隧道是南美首条水下隧道，于2031年10月28日建成通车。";
    expect(withSentenceSubject("建成通车", a, at(a, "2031年10月28日"))).toBe("利马河底隧道建成通车");
    const b = "智利一号公路一期，就是利马到北港这一段，全长一百二十公里，2031年10月通车。";
    expect(withSentenceSubject("通车", b, at(b, "2031年10月"))).toBe("智利一号公路一期通车");
    const c = "基础设施：北港高速铁路二期工程由某企业承建，全长158公里，于2031年7月通车；";
    expect(withSentenceSubject("通车", c, at(c, "2031年7月"))).toBe("北港高速铁路二期工程通车");
    const d = "2030年，两国签订《中智投资保护协定》，2031年3月生效";
    expect(withSentenceSubject("生效", d, at(d, "2031年3月"))).toBe("《中智投资保护协定》生效");
  });

  it("takes no subject that is a connective, a pronoun, a pair or a clause, nor a verb with an object", () => {
    const a = "比如利马快速路，全长二十七公里，2031年7月开通，是PPP模式。";
    expect(withSentenceSubject("开通，是PPP模式", a, at(a, "2031年7月"))).toBeUndefined();
    const b = "两国签订协定，2031年3月生效。";
    expect(withSentenceSubject("生效", b, at(b, "2031年3月"))).toBeUndefined();
    const c = "中方宣布设立储备库，并在2031年建成智利减贫合作中心。";
    expect(withSentenceSubject("建成智利减贫合作中心", c, at(c, "2031年"))).toBeUndefined();
    const d = "开通当年，铁路的运营公司就提出了目标。";
    expect(withSentenceSubject("开通，铁路的运营公司就提出了目标", d, { start: 2, end: 4 })).toBeUndefined();
    expect(eventOf("2031年10月，通车，全长约68公里。", "2031年10月", "2031-10", "通车，全长约68公里")).toBeUndefined();
  });
});

describe("a named facility completed, in five characters", () => {
  it("is an event: 某某站建成, 某某港开港, 某某站开站", () => {
    expect(usableEvent("青松站建成")).toBe("青松站建成");
    expect(usableEvent("白鹭港开港")).toBe("白鹭港开港");
    expect(eventOf("2031年3月5日：青松站建成。", "2031年3月5日", "2031-03-05", "青松站建成")).toBe("青松站建成");
    expect(eventOf("2031年3月5日：青松站开站。", "2031年3月5日", "2031-03-05", "青松站开站")).toBe("青松站开站");
  });

  it("is not an event when it is no named facility or no completion", () => {
    expect(usableEvent("新站建成")).toBeUndefined();
    expect(usableEvent("该站已建成")).toBeUndefined();
    expect(usableEvent("青松站访问")).toBeUndefined();
    expect(usableEvent("两国建交了")).toBeUndefined();
    expect(usableEvent("青松馆建成")).toBeUndefined();
    expect(eventOf("2031年3月5日：本站建成。", "2031年3月5日", "2031-03-05", "本站建成")).toBeUndefined();
  });

  const timeline = (line: string, name: string) => {
    const d = makeDoc("doc_st14", "极地考察大事记", line);
    const when = fact(d, "date", "2031年3月5日", date("2031-03-05", "day", "2031年3月5日", line.replace(/^2031年3月5日：/u, "").replace(/。$/u, "")) as never);
    const st = fact(d, "agreement", name, { name, category: "project", type: "站", parties: [], date: "2031-03-05" } as never);
    return { corpus: withOtherDates([d], [when, st]), st };
  };

  it("tests the facility's name by the question on when it was completed", () => {
    const { corpus, st } = timeline("2031年3月5日：青松站建成。", "青松站");
    const q = generateBank(corpus).bank.questions.find((x) => x.factIds.includes(st.id));
    expect(q?.prompt).toBe("青松站建成是在什么时候？");
  });

  it("does not test a name that is only part of the subject", () => {
    const { corpus, st } = timeline("2031年3月5日：白沙青松站建成。", "青松站");
    expect(generateBank(corpus).bank.questions.some((x) => x.factIds.includes(st.id))).toBe(false);
  });
});

describe("a name with its date and verb in a bracket after it", () => {
  const at = (text: string, needle: string) => {
    const start = text.indexOf(needle);
    return bracketedCompletion(text, { start, end: start + needle.length });
  };

  it("is the name and the verb: \"③中智“青松工坊”（2031年揭牌）\", \"甲乙合作论坛（2031年成立，……）\"", () => {
    expect(at("③中智“青松工坊”（2031年揭牌）", "2031年")).toBe("中智“青松工坊”揭牌");
    expect(at("◆多边：中智合作论坛（2031年成立，秘书处设在圣地亚哥）", "2031年")).toBe("中智合作论坛成立");
    expect(eventOf("③中智“青松工坊”（2031年3月5日揭牌）", "2031年3月5日", "2031-03-05", "③中智“青松工坊”（2031年3月5日揭牌）")).toBe("中智“青松工坊”揭牌");
  });

  it("is no event for a pronoun, a short label, another verb or a bracket that goes on", () => {
    expect(at("该工坊（2031年揭牌）", "2031年")).toBeUndefined();
    expect(at("工坊（2031年揭牌）", "2031年")).toBeUndefined();
    expect(at("中智“青松工坊”（2031年访问）", "2031年")).toBeUndefined();
    expect(at("中智“青松工坊”（2031年揭牌仪式在圣地亚哥举行）", "2031年")).toBeUndefined();
    expect(at("两国签署协议（2031年）", "2031年")).toBeUndefined();
  });
});

describe("a pair's short form and 建交 (\"中挪建交\")", () => {
  it("is the event \"中X两国建交\"", () => {
    expect(eventOf("中智于2031年3月5日建交。", "2031年3月5日", "2031-03-05", "中智建交")).toBe("中智两国建交");
  });

  it("is not widened for another verb or a longer subject", () => {
    expect(eventOf("中智于2031年3月5日会谈。", "2031年3月5日", "2031-03-05", "中智会谈")).toBeUndefined();
    expect(eventOf("中智两国于2031年3月5日建交。", "2031年3月5日", "2031-03-05", "中智两国建交")).toBe("中智两国建交");
    expect(eventOf("智利于2031年3月5日建交。", "2031年3月5日", "2031-03-05", "智利建交")).toBeUndefined();
  });
});

describe("a country named by one character", () => {
  it("is written out when the document names it in full", () => {
    expect(withCountryWritten("斯总理某某访华", "……斯里兰卡与中国……")).toBe("斯里兰卡总理某某访华");
  });
  it("is no question when the document does not", () => {
    expect(withCountryWritten("斯总理某某访华", "……某国与中国……")).toBeUndefined();
  });
  it("leaves other events alone", () => {
    expect(withCountryWritten("中斯两国签署《某协定》", "")).toBe("中斯两国签署《某协定》");
    expect(withCountryWritten("某某总统访华", "")).toBe("某某总统访华");
  });
});

describe("a clause that takes the subject of the clause before", () => {
  it("takes a country, China or a named pair opening the one clause before", () => {
    expect(withClauseSubject("成为某某委员会成员", "中国加入《某某公约》，")).toBe("中国成为某某委员会成员");
    expect(withClauseSubject("正式启动自贸协定谈判", "答：2031年6月，中智两国宣布启动联合可行性研究，")).toBe("中智两国正式启动自贸协定谈判");
  });
  it("takes nothing when the subject is not clear", () => {
    // two clauses before, a subject that is no country, an event with a subject of its own, no clause before
    expect(withClauseSubject("成为某某委员会成员", "中国加入《某某公约》，某某访华，")).toBeUndefined();
    expect(withClauseSubject("成为某某委员会成员", "某某协会加入《某某公约》，")).toBeUndefined();
    expect(withClauseSubject("智利成为某某委员会成员", "中国加入《某某公约》，")).toBeUndefined();
    expect(withClauseSubject("成为某某委员会成员", "")).toBeUndefined();
    expect(withClauseSubject("成为某某委员会成员", "中国与智利的合作不断深化，")).toBeUndefined();
  });
  it("asks the event, and one that opens on 又成为 without the 又", () => {
    const d = makeDoc("doc_cs15", "某某事业大事记", "中国加入《某某公约》，次年10月成为某某资源养护委员会（ABCDEF）成员。\n\n次年6月，中国又成为某某科学委员会（ABCD）正式成员。");
    const a = fact(d, "date", "次年10月", date("2031-10", "month", "次年10月", "成为某某资源养护委员会（ABCDEF）成员", true) as never);
    const b = fact(d, "date", "次年6月", date("2032-06", "month", "次年6月", "中国又成为某某科学委员会（ABCD）正式成员", true) as never);
    const ctx = buildContext({ documents: [d], facts: [a, b] });
    expect(dateEvent(a as DateFact, ctx)).toBe("中国成为某某资源养护委员会（ABCDEF）成员");
    expect(dateEvent(b as DateFact, ctx)).toBe("中国成为某某科学委员会（ABCD）正式成员");
  });
});

describe("a clause with no subject after a clause that opens on its subject and its date", () => {
  const at = (s: string, date: string) => ({ start: s.indexOf(date), end: s.indexOf(date) + date.length });
  it("takes that subject: 于 or none before the date, a place or a capacity before the verb", () => {
    const a = "解析：北陆—南川政府间委员会于2031年成立，次年8月在港城召开第一次会议，此后成为对话的主渠道。";
    expect(withTopicCarried(a, at(a, "次年8月"))).toBe("北陆—南川政府间委员会在港城召开第一次会议");
    const b = "南川国于2030年12月受邀加入，次年4月首次以正式成员身份出席在港城举行的领导人会晤。";
    expect(withTopicCarried(b, at(b, "次年4月"))).toBe("南川国首次以正式成员身份出席在港城举行的领导人会晤");
    const c = "全长约900公里的“北陆铁路”于2031年12月开通首段运营，次年2月全线通车。";
    expect(withTopicCarried(c, at(c, "次年2月"))).toBe("全长约900公里的“北陆铁路”全线通车");
    const d = "中智两国在2027年建立全面战略伙伴关系，2034年提升为新时代全面战略伙伴关系。";
    expect(withTopicCarried(d, at(d, "2034年"))).toBe("中智两国提升为新时代全面战略伙伴关系");
  });
  it("takes it from the item before when a list's items are split at '；'", () => {
    const s = "2032年9月成为某某组织对话伙伴；";
    expect(withTopicCarried(s, at(s, "2032年9月"), "多边：南川国于2034年1月1日正式成为某某机制成员国；")).toBe("南川国成为某某组织对话伙伴");
    expect(withTopicCarried(s, at(s, "2032年9月"), "多边：南川国于2034年1月1日正式成为某某机制成员国。")).toBeUndefined();
  });
  it("takes nothing when the clause before opens on no subject, or the clause has its own", () => {
    const cases: [string, string][] = [
      ["2031年10月，北陆国加入《某某公约》，同年北陆国又成为某某委员会成员。", "同年"],
      ["双方于2031年签署协定，次年6月正式生效。", "次年6月"],
      ["在2031年举行的峰会上，次年6月宣布启动谈判。", "次年6月"],
      ["北陆国于2031年加入某某组织，次年贸易额增长一倍。", "次年"],
      ["该委员会于2031年成立，次年8月在港城召开第一次会议。", "次年8月"],
      ["北陆国宣布于2031年加入，次年4月出席会议。", "次年4月"],
    ];
    for (const [s, date] of cases) expect(withTopicCarried(s, at(s, date)), s).toBeUndefined();
  });
  it("asks the event with that subject", () => {
    expect(eventOf("北陆—南川政府间委员会于2031年成立，次年8月在港城召开第一次会议。", "次年8月", "2032-08", "港城召开第一次会议", true)).toBe("北陆—南川政府间委员会在港城召开第一次会议");
  });
});

describe("前者/后者 for two names of one kind in the sentence before", () => {
  const text = "“双港联动”是北陆与南川合作的标志性项目，指北陆东湾国际港区与南川西岬国际港区两个港区联动发展的模式。前者于2031年4月开港，后者于2032年2月开港。";
  it("names the one each points to, without the other one's clause", () => {
    expect(eventOf(text, "2031年4月", "2031-04", "前者开港，后者于2032年2月开港")).toBe("北陆东湾国际港区开港");
    expect(eventOf(text, "2032年2月", "2032-02", "后者开港")).toBe("南川西岬国际港区开港");
  });
  it("and a park's opening (开园) is an event", () => {
    const parks = "北陆的示范项目指东湾数字产业园区与西岬绿色产业园区两个园区。前者于2031年4月开园，后者于2032年2月开园。";
    expect(eventOf(parks, "2032年2月", "2032-02", "后者开园")).toBe("西岬绿色产业园区开园");
  });
  it("names nothing when the two names are not of one kind", () => {
    const other = "合作包括北陆东湾国际港区与南川铁路公司两个项目。前者于2031年4月开港，后者于2032年2月成立。";
    expect(eventOf(other, "2031年4月", "2031-04", "前者开港，后者于2032年2月成立")).toBeUndefined();
  });
});

describe("an entry into force with no subject after the sentence that named what entered into force", () => {
  it("takes that one title", () => {
    const previous = "2031年1月1日，《北陆南川区域经济伙伴关系协定》正式生效，首批生效的国家有六个。";
    expect(withPreviousTitle("对东岬国生效", "同年2月1日起对西岬国生效，", previous)).toBe("《北陆南川区域经济伙伴关系协定》对东岬国生效");
    expect(withPreviousTitle("对东岬国生效", "", previous)).toBe("《北陆南川区域经济伙伴关系协定》对东岬国生效");
  });
  it("takes nothing when the sentence before names two titles or none entered into force, or the clause before has a subject", () => {
    expect(withPreviousTitle("对东岬国生效", "", "2031年，《甲协定》和《乙协定》先后生效。")).toBeUndefined();
    expect(withPreviousTitle("对东岬国生效", "", "2031年，双方签署《甲协定》。")).toBeUndefined();
    expect(withPreviousTitle("对东岬国生效", "《乙协定》同年2月1日起对西岬国生效，", "2031年，《甲协定》正式生效。")).toBeUndefined();
  });
  it("asks it across a paragraph break", () => {
    const d = makeDoc("doc_pt1", "北陆经济", "2031年1月1日，《北陆南川区域经济伙伴关系协定》正式生效。\n\n同年2月1日起对西岬国生效，2032年6月2日对东岬国生效。");
    const y = fact(d, "date", "2032年6月2日", date("2032-06-02", "day", "2032年6月2日", "对东岬国生效") as never);
    expect(dateEvent(y as DateFact, buildContext({ documents: [d], facts: [y] }))).toBe("《北陆南川区域经济伙伴关系协定》对东岬国生效");
  });
});

describe("an event tied to the one before by 此后", () => {
  it("stands without it when it has a date of its own", () => {
    expect(eventOf("这一决定具有突破性意义，此后北陆国、南川国于2031年相继与东岬国建交。", "2031年", "2031", "此后北陆国、南川国相继与东岬国建交")).toBe("北陆国、南川国与东岬国建交");
  });
});

describe("a date a 的-phrase describes", () => {
  it("is no event's time", () => {
    expect(eventOf("去年双边贸易额约为8亿美元，较协定生效前的2031年增长了约一倍。", "2031年", "2031", "较协定生效前的增长了约一倍")).toBeUndefined();
  });
});

describe("events that name nothing alone", () => {
  it("drop a short form for a name given earlier, a bare title and an adverb tying them to another event", () => {
    expect(usableEvent("论坛第三届部长级会议在港城举行")).toBeUndefined();
    expect(usableEvent("北陆国在大会上签署《公约》")).toBeUndefined();
    expect(usableEvent("北陆国又提出全球海洋倡议")).toBe("北陆国提出全球海洋倡议");
    expect(usableEvent("北陆国与南川国签署《海港合作协定》")).toBe("北陆国与南川国签署《海港合作协定》");
  });

  it("ask no date resolved from the day the document was written", () => {
    const body = "北陆国与南川国的合作不断深化。上月，第四次海港合作外长会在港城举行。";
    const c = corpusOf(body, (d) => [
      fact(d, "date", "上月", { iso: "2032-10", precision: "month", text: "上月", inferred: true, event: "第四次海港合作外长会在港城举行" }),
    ]);
    const { bank } = generateBank(c);
    expect(bank.questions.some((q) => q.prompt.includes("外长会在港城举行") && q.prompt.includes("什么时候"))).toBe(false);
  });
});

describe("events with no subject", () => {
  it("flags an event that opens on 开业运营 or on a figure", () => {
    expect(questionFlags(q({ type: "flashcard", prompt: "", front: "开业运营，创始成员国30个。这是在什么时候？", back: "2031年" }))).toContain("dangling-reference");
    expect(questionFlags(mcq("120.5亿美元北陆走廊建设启动是在哪一年？", ["2031年", "2032年", "2033年", "2034年"], "2032年"))).toContain("dangling-reference");
  });
  it("keeps an event that names what opened", () => {
    expect(questionFlags(q({ type: "flashcard", prompt: "", front: "北陆银行开业运营是在什么时候？", back: "2031年" }))).not.toContain("dangling-reference");
  });
});

describe("more self-check rules of round 13", () => {
  it("a date answered in a table's digits", () => {
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：____：两国签订《甲乙海运协定》。", answer: "2031-06" }))).toContain("artefact:answer-edge");
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：____，两国签订《甲乙海运协定》。", answer: "2031年6月" }))).not.toContain("artefact:answer-edge");
  });
  it("an event that opens on 同意 or 实质性完成, in either script", () => {
    expect(questionFlags(q({ type: "true_false", prompt: "判斷正誤：2031年11月，同意構建中泰命運共同體。", answer: true }))).toContain("dangling-reference");
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "实质性完成后续升级谈判是在什么时候？", back: "2031年4月" }))).toContain("dangling-reference");
    expect(questionFlags(q({ type: "true_false", prompt: "判断正误：2031年11月，中泰双方同意构建命运共同体。", answer: true }))).not.toContain("dangling-reference");
  });
  it("a slide's line that opens on 通达全球 has no subject", () => {
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空（填数字）：通达全球____个国家和地区的473个港口。", answer: "120" }))).toContain("dangling-reference");
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空（填数字）：甲乙通道通达全球____个国家和地区的473个港口。", answer: "120" }))).not.toContain("dangling-reference");
  });
  it("那一天 at the start points at a day not shown", () => {
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：那一天，车站挂出了写着“____”的横幅。", answer: "甲乙友谊万古长青" }))).toContain("dangling-reference");
  });
  it("a generic trade agreement dated with no party", () => {
    expect(questionFlags(q({ type: "true_false", prompt: "判断正误：《货物贸易协议》签署于2031年。", answer: false }))).toContain("ambiguous-blank");
    expect(questionFlags(q({ type: "true_false", prompt: "判断正误：《甲乙货物贸易协议》签署于2031年。", answer: false }))).not.toContain("ambiguous-blank");
  });
  it("a blank that leaves the tail of a name outside", () => {
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：2031年，____职业技术学院在万象挂牌。", answer: "甲乙铁路" }))).toContain("artefact:answer-edge");
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：2031年，____在万象挂牌。", answer: "甲乙铁路职业技术学院" }))).not.toContain("artefact:answer-edge");
  });
  it("a country and a bank as one answer, a verb's complement in the answer", () => {
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "2031年：（    ）就债务达成协议。", back: "斯里兰卡与中国进出口银行" }))).toContain("ambiguous-blank");
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：把南海建设____、友谊之海。", answer: "成为和平之海" }))).toContain("ambiguous-blank");
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "什么是“甲乙关系”？", back: "中华人民共和国与甲国之间的双边关系" }))).not.toContain("ambiguous-blank");
  });
  it("an ordering with an event that is no event of its own", () => {
    const ordering = (o: string) => q({ type: "ordering", prompt: "请将下列事件按发生时间从早到晚排序：", options: ["甲国总统访华", "乙国加入某组织", o, "丙丁两国建交"], answer: [] });
    expect(questionFlags(ordering("根据《甲宣言》在某地成立"))).toContain("dangling-reference");
    expect(questionFlags(ordering("就是，第一批女司机独立驾驶列车了"))).toContain("dangling-reference");
    expect(questionFlags(ordering("甲国独立第三天"))).toContain("dangling-reference");
    expect(questionFlags(ordering("由中方援建的某机场正式投入运营"))).not.toContain("dangling-reference");
  });
});

describe("sample r13-unseen-9 rules", () => {
  it("a chronology's row under a date in Chinese numerals opening on 同意 has no subject", () => {
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "二〇三一年十一月同意構建（    ）。 括號中應是什麼？", back: "甲乙命運共同體" }))).toContain("dangling-reference");
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "二〇三一年十一月，甲乙兩國同意構建（    ）。 括號中應是什麼？", back: "甲乙命運共同體" }))).not.toContain("dangling-reference");
  });
  it("an anniversary of 建交 with no country named", () => {
    expect(questionFlags(q({ type: "mcq", prompt: "建交五十周年是在哪一年？", options: ["2030年", "2031年", "2032年", "2035年"], answer: "2035年" }))).toContain("dangling-reference");
    expect(questionFlags(q({ type: "mcq", prompt: "中泰建交五十周年是在哪一年？", options: ["2030年", "2031年", "2032年", "2035年"], answer: "2035年" }))).not.toContain("dangling-reference");
  });
});

describe("an event the text points at as an example", () => {
  const ev = (text: string, needle: string, event: string) => {
    const d = makeDoc("doc_ex", "评论", text);
    const f = fact(d, "date", needle, { iso: "2031-04", precision: "month", text: needle, event, inferred: false } as never);
    return dateEvent(f as DateFact, buildContext({ documents: [d], facts: [f] }));
  };
  it("loses the pointer, the event stays", () => {
    expect(ev("甲国的政策常随盟友而动，2031年4月甲国宣布加入丙安全机制就是一例。", "2031年4月", "甲国宣布加入丙安全机制就是一例")).toBe("甲国宣布加入丙安全机制");
    expect(ev("甲国紧随盟友，2031年4月丙丁戊三国宣布建立己伙伴关系（XYZ）就是一例。", "2031年4月", "丙丁戊三国宣布建立己伙伴关系（XYZ）就是一例")).toBe("丙丁戊三国宣布建立己伙伴关系（XYZ）");
  });
  it("keeps an event where the words are its own", () => {
    expect(ev("2031年4月，甲国宣布加入丙安全机制。", "2031年4月", "甲国宣布加入丙安全机制")).toBe("甲国宣布加入丙安全机制");
  });
});

describe("an event whose only verb modifies a noun", () => {
  it("is no event: no when-question, no statement", () => {
    expect(onlyModifierVerbs("在南川国举行的第四次北陆国元首会议")).toBe(true);
    expect(onlyModifierVerbs("北陆国与南川国签署的协定正式生效")).toBe(false);
    expect(onlyModifierVerbs("北陆国元首会议在南川国举行")).toBe(false);
    const c = corpusOf("2031年7月，在南川国举行的第四次北陆国元首会议，签署了《海港合作协议》。", (d) => [
      fact(d, "date", "2031年7月", { iso: "2031-07", precision: "month", text: "2031年7月", inferred: false, event: "在南川国举行的第四次北陆国元首会议" }),
    ]);
    expect(dateEvent(c.facts[0] as never, buildContext(c))).toBeUndefined();
    const { bank } = generateBank(c);
    expect(bank.questions.some((q) => q.type === "true_false" || q.prompt.includes("是在什么时候"))).toBe(false);
  });
});

describe("events that name nothing alone", () => {
  it("an ordinal and a generic meeting, or a bare type word, open no event", () => {
    expect(usableEvent("第三次领导人会议以视频方式举行")).toBeUndefined();
    expect(usableEvent("条约审议和延期大会决定条约无限期延长")).toBeUndefined();
    expect(usableEvent("海港合作第三次领导人会议以视频方式举行")).toBe("海港合作第三次领导人会议以视频方式举行");
  });

  it("a date cut out with its 于 leaves no event joined across the gap", () => {
    const c = corpusOf("海港合作源于2031年9月在联合国大会期间举行的首次外长会晤。", (d) => [
      fact(d, "date", "2031年9月", { iso: "2031-09", precision: "month", text: "2031年9月", inferred: false, event: "海港合作源在联合国大会期间举行的首次外长会晤" }),
    ]);
    expect(dateEvent(c.facts[0] as never, buildContext(c))).toBeUndefined();
  });
});

describe("events with no subject and photo captions", () => {
  it("drops a question on a clause that opens on its verb", () => {
    expect(questionFlags(q({ type: "mcq", prompt: "对北陆国生效是在什么时候？", options: ["2031年", "2032年", "2033年", "2034年"], answer: "2032年" }))).toContain("dangling-reference");
    expect(questionFlags(q({ type: "true_false", prompt: "判断正误：2031年5月1日，生效，目前有90个缔约国。", answer: true }))).toContain("dangling-reference");
  });
  it("drops a photo caption, asked or shown as an ordering item", () => {
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：图为____，北陆港开港仪式现场。", answer: "2031年5月1日" }))).toContain("dangling-reference");
    const ordering = q({ type: "ordering", prompt: "请将下列事件按发生时间从早到晚排序：", options: ["北陆国与南川国建交", "图为，北陆港开港仪式现场", "两国签署海港合作条约"], answer: ["a"] });
    expect(questionFlags(ordering)).toContain("dangling-reference");
  });
});

describe("events and statistics with no subject", () => {
  it("are flagged as dangling", () => {
    expect(questionFlags(q({ type: "true_false", prompt: "判断正误：截至2023年底，吸引企业230余家入驻。", answer: true }))).toContain("dangling-reference");
    expect(
      questionFlags(q({ type: "ordering", prompt: "请排序：", options: ["第一个同甲国签署《某某自由贸易协定》", "甲国加入乙组织"], answer: ["a", "b"] } as never)),
    ).toContain("dangling-reference");
  });
  it("are flagged when they open on 成为 or 第一个 + verb", () => {
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：____成为某组织对话伙伴。", answer: "2022年9月" }))).toContain("dangling-reference");
    expect(questionFlags(q({ type: "true_false", prompt: "判断正误：2004年4月，第一个承认甲国完全市场经济地位。", answer: true }))).toContain("dangling-reference");
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空（填数字）：全省对外直接投资____亿美元。", answer: "18.6" }))).toContain("dangling-reference");
  });
  it("are not flagged with their subject", () => {
    expect(questionFlags(q({ type: "true_false", prompt: "判断正误：截至2023年底，星河园区吸引企业230余家入驻。", answer: true }))).not.toContain("dangling-reference");
  });
});

describe("events with no subject", () => {
  it("flags an event opening on 同中国签署", () => {
    const flags = questionFlags(q({ type: "short_answer", prompt: "同中国签署《某某备忘录》是在什么时候？", answer: "2001年3月" }));
    expect(flags).toContain("dangling-reference");
  });
  it("flags a cut sentence opening on ……向", () => {
    const flags = questionFlags(q({ type: "cloze", prompt: "根据原文填空（填数字）：……向某洲派遣____名医疗队员。", answer: "100" }));
    expect(flags).toContain("dangling-reference");
  });
  it("keeps a sentence that names its subject", () => {
    const flags = questionFlags(q({ type: "short_answer", prompt: "甲国同中国签署《某某备忘录》是在什么时候？", answer: "2001年3月" }));
    expect(flags).not.toContain("dangling-reference");
  });
});

describe("statistics asked as events, figures with no subject", () => {
  it("flags a year question on a row of figures", () => {
    const flags = questionFlags(q({ type: "short_answer", prompt: "某班列开行100列同比增长6%是在哪一年？（请写出年份）", answer: "2001年" }));
    expect(flags).toContain("dangling-reference");
  });
  it("flags a figure opening on 新缔结/新增", () => {
    const flags = questionFlags(q({ type: "cloze", prompt: "根据原文填空（填数字）：新缔结友好城市6对，总数达到____对。", answer: "100" }));
    expect(flags).toContain("dangling-reference");
    const named = questionFlags(q({ type: "cloze", prompt: "根据原文填空（填数字）：甲省新缔结友好城市6对，总数达到____对。", answer: "100" }));
    expect(named).not.toContain("dangling-reference");
  });
});

describe("a list's clause that leaves out the partner (Session 12, g24)", () => {
  const prompts = (text: string) => generateBank(buildCorpus([rawDocumentFromText("notes", "notes.txt", text)])).bank.questions.map((x) => x.front ?? x.prompt);
  it("takes the partner its first clause names: '乙国于某日建交；' after '其中，甲国于某日同中国建交，……；'", () => {
    const ps = prompts("中国与南洋诸国关系问答\n\n答：南洋五国中，目前已有甲兰、乙国、丙国三国同中国建交。其中，甲兰于2031年6月1日同中国建交，是南洋第一个同中国建交的国家；乙国于2037年6月13日建交；丙国于2038年8月21日建交；上述国家均承认一个中国原则。");
    expect(ps).toContain("乙国同中国建交是在什么时候？");
    expect(ps).toContain("丙国同中国建交是在什么时候？");
  });
  it("is not read into a clause outside such a list", () => {
    const ps = prompts("中国与南洋诸国关系问答\n\n答：甲兰与丁国关系密切。乙国于2037年6月13日建交；丙国于2038年8月21日建交。");
    expect(ps.filter((p) => /同中国建交/u.test(p))).toEqual([]);
  });
});

describe("a date before '签署的“某某”' (Session 12, g24)", () => {
  it("is when the named document was signed", () => {
    expect(eventOf("第三，深化新兴领域合作，落实2031年签署的“甲乙新能源合作备忘录”。", "2031年", "2031", "落实签署的“甲乙新能源合作备忘录”")).toBe("“甲乙新能源合作备忘录”签署");
  });
  it("is not for a document named by its kind alone, nor for a word that is no document, nor for a title in 《》 (the agreement's own question)", () => {
    expect(eventOf("双方愿落实2031年签订的《甲乙投资保护协定》。", "2031年", "2031", "落实签订的《甲乙投资保护协定》")).toBeUndefined();
    expect(eventOf("双方愿落实2031年签署的“合作备忘录”。", "2031年", "2031", "落实签署的“合作备忘录”")).toBeUndefined();
    expect(eventOf("双方愿落实2031年签署的“甲乙友好精神”。", "2031年", "2031", "落实签署的“甲乙友好精神”")).toBeUndefined();
  });
});
