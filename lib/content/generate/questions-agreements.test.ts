/**
 * Agreement questions: names of documents, partnerships and their levels, parties, signatories, titles
 * that name no one, the date a document was signed or issued.
 */
import { describe, expect, it } from "vitest";
import { date, fact, makeDoc, withOtherDates } from "../../../tests/fixtures/generate/corpus";
import type { Corpus, ExtractedFact } from "../types";
import { generateBank } from "./bank";
import { buildAgreementQuestions } from "./builders/agreement";
import { carriedOn, cumulativeCount, documentDate, recurringKind, signedOrIssuedDate } from "./builders/agreement-dates";
import { namesItsParties, plausibleName, shortFormOf, usableAgreement, verbCutIntoProject } from "./builders/agreement-names";
import { listedYear } from "./builders/agreement-listed";
import { actorClause, namedSubject } from "./builders/agreement-owners";
import { isGroupParty, partyPhrase } from "./builders/common";
import { withSentenceSubject } from "./builders/date";
import { fieldEvent, pairOfTitle } from "./builders/records";
import { buildMatchingQuestions } from "./builders/sets";
import { signatoriesOf } from "./builders/signatories";
import { buildContext, passageOf } from "./context";
import type { AgreementFact } from "./model";
import { partylessName, questionFlags, selfCheck } from "./selfcheck";
import { corpusOf, doc, mcq } from "./test-helpers";
import { actorsOf, withNamedActors } from "./tidy";
import { testQuestion as q } from "@/tests/support/question";

const partnership = (d: ReturnType<typeof makeDoc>, name: string, parties: string[], date: string) =>
  fact(d, "agreement", name, { name, category: "partnership", type: name.slice(-2), parties, date } as never) as AgreementFact;

describe("agreement names", () => {
  it("take ordinal meetings whose body is named", () => {
    expect(plausibleName("第三次北陆—南川领导人会晤")).toBe(true);
    expect(plausibleName("第五届世界海洋大会")).toBe(true);
    expect(plausibleName("第十次审议大会")).toBe(false);
    expect(plausibleName("第三届大会")).toBe(false);
  });

  it("take the 本 of 本币 as a word, not a demonstrative", () => {
    expect(plausibleName("本币互换协议")).toBe(true);
    expect(plausibleName("本协议")).toBe(false);
  });

  it("leave out a clause cut with its verb", () => {
    expect(plausibleName("南川达成协议")).toBe(false);
    expect(plausibleName("北陆国家商签自贸协定")).toBe(false);
    expect(plausibleName("南川和平协议")).toBe(true);
  });

  it("leave out a preposition taken into the name", () => {
    const d = makeDoc("doc_t", "中泰关系", "双方同意推进甲倡议同“三廊一带”框架对接。");
    const f = fact(d, "agreement", "同“三廊一带”框架", { name: "同“三廊一带”框架", category: "document", type: "框架", parties: [] } as never);
    expect(usableAgreement(f as AgreementFact)).toBe(false);
  });
});

describe("agreements asked as the text names them", () => {
  it("take a pair's short form of a treaty", () => {
    const d = makeDoc("doc_f", "中泰关系", "三国同意加快推进中日韩自贸协定谈判。");
    const f = fact(d, "agreement", "中日韩自贸协定", { name: "中日韩自贸协定", category: "document", type: "自贸协定", parties: ["中国", "日本", "韩国"] } as never);
    expect(usableAgreement(f as AgreementFact)).toBe(true);
    const g = fact(d, "agreement", "中日韩自贸协定", { name: "中日韩自贸协定", category: "document", type: "自贸协定", parties: [] } as never);
    expect(usableAgreement(g as AgreementFact)).toBe(false);
  });

  it("read a summit that opens its sentence as the sentence's subject", () => {
    const d = makeDoc("doc_o", "海洋合作", "北陆海洋科考站是向各国开放的“海上家园”。");
    const f = fact(d, "agreement", "北陆海洋科考站", { name: "北陆海洋科考站", category: "project", type: "科考站", parties: [] } as never);
    const p = passageOf(buildContext({ documents: [d], facts: [f] }), f);
    expect(p.dangling).toBe(false);
    const h = makeDoc("doc_o2", "海洋合作", "北陆论坛十年：携手前行");
    const g = fact(h, "agreement", "北陆论坛", { name: "北陆论坛", category: "mechanism", type: "论坛", parties: [] } as never);
    expect(passageOf(buildContext({ documents: [h], facts: [g] }), g).dangling).toBe(true);
  });

  it("drop a time counted back to the date the sentence gives itself", () => {
    const d = makeDoc("doc_l", "海洋合作", "两年前的今天，二〇三一年五月九日，首届北陆—南川峰会在海港城成功举行。");
    const f = fact(d, "agreement", "首届北陆—南川峰会", { name: "首届北陆—南川峰会", category: "mechanism", type: "峰会", parties: [] } as never);
    expect(passageOf(buildContext({ documents: [d], facts: [f] }), f).text).toBe("二〇三一年五月九日，首届北陆—南川峰会在海港城成功举行。");
  });
});

describe("a list of signed documents (《名称》：甲方、乙方)", () => {
  const LIST = [
    "《甲乙关于海洋合作的谅解备忘录》：中国自然资源部、智利海洋局",
    "《甲乙关于教育交流的协议》：中国教育部、智利教育部",
    "《关于茶叶输华检疫条件的议定书》：中国海关总署、智利农业部",
    "《关于联合实验室的合作协议》：中国科学院、智利大学",
    "《关于新能源汽车合作的框架协议》：中国汽车集团有限公司、智利能源公司",
  ];

  it("reads a row's title and its signatories, and no line of another shape", () => {
    expect(signatoriesOf(LIST[2]!)).toEqual({ title: "关于茶叶输华检疫条件的议定书", signatories: "中国海关总署、智利农业部" });
    expect(signatoriesOf("《巴黎协定》：2015年通过，2016年生效")).toBeUndefined();
    expect(signatoriesOf("《联合国宪章》：国际关系的基本准则、重要基础")).toBeUndefined();
  });

  it("asks each document with its signatories, the other rows' signatories as options", () => {
    const d = makeDoc("doc_list", "访问成果清单", `访问期间，双方签署了多项合作文件。\n\n${LIST.join("\n\n")}`);
    const f = fact(d, "agreement", "关于茶叶输华检疫条件的议定书", { name: "关于茶叶输华检疫条件的议定书", category: "document", type: "议定书", parties: [] } as never);
    const { bank } = generateBank({ documents: [d], facts: [f] });
    const q = bank.questions.find((x) => x.factIds.includes(f.id) && x.prompt.includes("的双方是"));
    expect(q?.prompt).toBe("根据原文所列文件，《关于茶叶输华检疫条件的议定书》的双方是（    ）。");
    expect(q?.answer).toBe("中国海关总署、智利农业部");
    expect(q?.options?.length).toBe(4);
  });
});

describe("a document one party signs", () => {
  const agreement = (sentence: string, name: string, parties: string[]) => {
    const d = makeDoc("doc_act", "对外合作", sentence);
    return fact(d, "agreement", name, { name, category: "document", type: "公约", parties } as never) as never;
  };

  it("is asked with that party: the date is the party's signature, not the document's", () => {
    expect(actorClause(agreement("2031年5月，智利签署《海洋塑料公约》。", "海洋塑料公约", ["智利"]), "《海洋塑料公约》", "签署")).toBe("智利签署《海洋塑料公约》");
  });

  it("is asked as before when two parties sign it or the clause has more than the party before the verb", () => {
    expect(actorClause(agreement("2031年5月，中国与智利签署《海洋合作公约》。", "海洋合作公约", ["中国", "智利"]), "《海洋合作公约》", "签署")).toBeUndefined();
    expect(actorClause(agreement("2031年5月，智利代表在会上签署《海洋塑料公约》。", "海洋塑料公约", ["智利"]), "《海洋塑料公约》", "签署")).toBeUndefined();
  });
});

describe("a partnership level", () => {
  const partnership = (text: string, name: string, parties: string[], extra: Record<string, unknown> = {}) => {
    const d = makeDoc("doc_pl13", "中国智利关系", text);
    return { d, f: fact(d, "agreement", name, { name, category: "partnership", type: "伙伴关系", parties, ...extra } as never) };
  };

  it("is a name beside an ordinal (第一个) and with a 的 of its own", () => {
    expect(usableAgreement(partnership("2031年4月，两国建立战略伙伴关系，这是智利同中国建立的第一个战略伙伴关系。", "战略伙伴关系", ["中国", "智利"]).f as never)).toBe(true);
    expect(usableAgreement(partnership("两国宣布建立面向未来的世代友好的战略合作伙伴关系。", "面向未来的世代友好的战略合作伙伴关系", ["中国", "智利"]).f as never)).toBe(true);
  });

  it("is no name when counted, or when 的 opens a description", () => {
    expect(usableAgreement(partnership("智利已同12个战略伙伴关系国家开展合作。", "战略伙伴关系", ["智利"]).f as never)).toBe(false);
    expect(usableAgreement(partnership("两国是真正的伙伴关系。", "真正的伙伴关系", ["中国", "智利"]).f as never)).toBe(false);
  });

  it("is offered only against levels, not names that give their parties", () => {
    expect(namesItsParties("中国东盟全面战略伙伴关系")).toBe(true);
    expect(namesItsParties("美国—湄公河伙伴关系")).toBe(true);
    expect(namesItsParties("哈乌战略伙伴关系")).toBe(true);
    expect(namesItsParties("中海战略伙伴关系")).toBe(true);
    expect(namesItsParties("全面战略协作伙伴关系")).toBe(false);
    expect(namesItsParties("新时代全天候全面战略伙伴关系")).toBe(false);
    expect(namesItsParties("与时俱进的全方位合作伙伴关系")).toBe(false);
  });

  it("on a timeline line of its own (a date and the level) is asked when the pair set it up or raised it", () => {
    const { d, f } = partnership("关系定位\n\n2031年4月 全方位高质量的前瞻性伙伴关系", "全方位高质量的前瞻性伙伴关系", ["中国", "智利"], { date: "2031-04", upgradedFrom: "全方位合作伙伴关系" });
    const mcq = generateBank(withOtherDates([d], [f])).bank.questions.find((q) => q.type === "mcq" && q.factIds.includes(f.id));
    expect(mcq?.prompt).toBe("中国与智利的关系提升为全方位高质量的前瞻性伙伴关系是在什么时候？");
    expect(mcq?.answer).toBe("2031年4月");
  });

  it("gets no such question when the line says more than the date and the level", () => {
    const { d, f } = partnership("2031年4月智利总统访华并谈及全方位高质量的前瞻性伙伴关系", "全方位高质量的前瞻性伙伴关系", ["中国", "智利"], { date: "2031-04" });
    const qs = generateBank(withOtherDates([d], [f])).bank.questions;
    expect(qs.some((q) => q.type === "mcq" && q.factIds.includes(f.id) && /是在什么时候/u.test(q.prompt))).toBe(false);
  });
});

describe("a document named only by its kind (联合声明, 合作备忘录)", () => {
  const statement = (text: string, parties: string[]) => {
    const d = makeDoc("doc_js13", "中东外交", text);
    const when = fact(d, "date", "2031年3月10日", date("2031-03-10", "day", "2031年3月10日", text.replace(/^2031年3月10日，/u, "").replace(/，.*$/u, "")) as never);
    const js = fact(d, "agreement", "联合声明", { name: "联合声明", category: "document", type: "联合声明", parties, date: "2031-03-10" } as never);
    return { corpus: withOtherDates([d], [when, js]), js };
  };

  it("is tested by the question on when its signatories issued it", () => {
    const { corpus, js } = statement("2031年3月10日，中国、智利、秘鲁三方在利马发表联合声明，宣布加强港口合作。", ["中国", "智利", "秘鲁"]);
    const q = generateBank(corpus).bank.questions.find((x) => x.factIds.includes(js.id));
    expect(q?.prompt).toMatch(/中国、智利、秘鲁三方在利马发表联合声明/u);
  });

  it("is not tested when the question leaves its signatories unnamed", () => {
    const { corpus, js } = statement("2031年3月10日，两国发表联合声明，宣布加强港口合作。", []);
    expect(generateBank(corpus).bank.questions.some((x) => x.factIds.includes(js.id))).toBe(false);
  });
});

describe("a partnership level found with no party", () => {
  it("is asked with the pair the text is about", () => {
    const d = makeDoc("doc_nl13", "中国—智利关系", "中国和智利两国关系源远流长。\n\n关系定位：战略合作关系（2031年10月建立）");
    const f = fact(d, "agreement", "战略合作关系", { name: "战略合作关系", category: "partnership", type: "合作关系", parties: [], date: "2031-10" } as never);
    const mcq = generateBank(withOtherDates([d], [f])).bank.questions.find((q) => q.type === "mcq" && q.factIds.includes(f.id) && /是在什么时候/u.test(q.prompt));
    expect(mcq?.prompt).toMatch(/^中国和智利两国建立战略合作关系是在什么时候？$|^中智两国建立战略合作关系是在什么时候？$/u);
    expect(mcq?.answer).toBe("2031年10月");
  });

  it("gets no when-question when no pair is named around it", () => {
    const d = makeDoc("doc_nl13b", "关系回顾", "关系定位：战略合作关系（2031年10月建立）");
    const f = fact(d, "agreement", "战略合作关系", { name: "战略合作关系", category: "partnership", type: "合作关系", parties: [], date: "2031-10" } as never);
    const qs = generateBank(withOtherDates([d], [f])).bank.questions;
    expect(qs.some((q) => q.factIds.includes(f.id) && /是在什么时候/u.test(q.prompt))).toBe(false);
  });
});

describe("a wiki's full name of a relation", () => {
  it("gives the pair a record line leaves out", () => {
    expect(pairOfTitle("名称：中华人民共和国与智利共和国关系")).toBe("中国和智利");
    expect(pairOfTitle("中国与秘鲁关系")).toBe("中国和秘鲁");
    // a ministry's profile page: 中国同某国的关系
    expect(pairOfTitle("中国同北陆国的关系")).toBe("中国和北陆国");
    expect(pairOfTitle("中华人民共和国与拉美国家关系史研究")).toBeUndefined();
    expect(fieldEvent("建交日期：2031年8月4日", "2031年8月4日", pairOfTitle("中华人民共和国与智利共和国关系"))).toBe("中国和智利建交");
  });
});

describe("an agreement in a row of a CSV chronology", () => {
  const row = (text: string, needle: string, name: string, category: string, type: string) => {
    const d = makeDoc("doc_csv14", "中智关系大事记", text);
    const ag = fact(d, "agreement", needle, { name, category, type, parties: ["智利", "秘鲁"] } as never);
    return { corpus: withOtherDates([d], [ag]), ag };
  };

  it("is asked in a sentence, its slashed date written out", () => {
    const { corpus, ag } = row("2031/3/9：智利总理访问秘鲁，两国发表《联合公报》，宣布建立全面合作伙伴关系", "联合公报", "联合公报", "document", "公报");
    const card = generateBank(corpus).bank.questions.find((q) => q.type === "flashcard" && q.factIds.includes(ag.id));
    expect(card?.front).toMatch(/^2031年3月9日，智利总理访问秘鲁，两国发表（\s+），宣布/u);
  });

  it("is not asked when the name is cut from a building's (\"某某会议大厦\")", () => {
    const { corpus, ag } = row("2031/3/9：智利援建的圣马丁纪念国际会议大厦竣工，建筑面积约3万平方米", "圣马丁纪念国际会议", "圣马丁纪念国际会议", "mechanism", "会议");
    expect(generateBank(corpus).bank.questions.some((q) => q.factIds.includes(ag.id) && /（\s+）大厦/u.test(q.front ?? q.prompt))).toBe(false);
  });
});

describe("a kind of agreement signed again and again", () => {
  const body = "自2031年起，北陆国央行先后与各国央行签订货币互换协议，通过设立分行等方式扩大布局。2032年5月，两国签署《海港合作协定》，通过联合委员会推进合作。";
  const c = corpusOf(body, (d) => [
    fact(d, "agreement", "货币互换协议", { name: "货币互换协议", category: "document", type: "协议", parties: ["北陆国"], date: "2031" }),
    fact(d, "agreement", "海港合作协定", { name: "海港合作协定", category: "document", type: "协定", parties: ["北陆国", "南川国"], date: "2032-05" }),
  ]);

  it("is not dated as one document; a document is dated by the verb of its own clause", () => {
    const { bank } = generateBank(c);
    expect(bank.questions.some((q) => q.prompt.includes("《货币互换协议》") && /是在|于\d/u.test(q.prompt))).toBe(false);
    expect(bank.questions.some((q) => q.prompt.includes("通过于") || q.prompt.includes("通过的？"))).toBe(false);
    expect(bank.questions.some((q) => q.prompt === "《海港合作协定》是在什么时候签署的？")).toBe(true);
    expect(recurringKind(c.facts[0] as never)).toBe(true);
    expect(recurringKind(c.facts[1] as never)).toBe(false);
  });
});

describe("sample 5's causes", () => {
  it("reads an agreement's name made only of generic words as naming no party", () => {
    expect(partylessName("《关于建立全面战略伙伴关系的联合声明》")).toBe(true);
    expect(partylessName("关于恢复外交关系的谅解备忘录")).toBe(true);
    expect(partylessName("《关于甲乙边界问题的补充协定》")).toBe(false);
    expect(partylessName("《关于加强合作应对海洋污染的北海宣言》")).toBe(false);
  });
  it("drops a date asked of it when nothing else is shown", () => {
    expect(questionFlags(q({ type: "true_false", prompt: "判断正误：《关于建立全面战略伙伴关系的联合声明》签署于2001年5月。", answer: true }))).toContain("ambiguous-blank");
    expect(questionFlags(q({ type: "mcq", prompt: "《关于恢复外交关系的谅解备忘录》是在什么时候签署的？", options: ["2001年", "2002年", "2003年", "2004年"], answer: "2001年" }))).toContain("ambiguous-blank");
    expect(questionFlags(q({ type: "true_false", prompt: "判断正误：《关于甲乙边界问题的补充协定》签署于2001年5月。", answer: true }))).not.toContain("ambiguous-blank");
    expect(questionFlags(q({ type: "mcq", prompt: "关于对接合作的联合声明是在什么时候发表的？", options: ["2001年", "2002年", "2003年", "2004年"], answer: "2001年" }))).toContain("ambiguous-blank");
  });
  it("spells out a committee's short form the document gave just before", () => {
    const doc = "合作由甲乙经济走廊联合合作委员会统筹协调。联委会于2013年成立，下设多个工作组。";
    const actors = actorsOf("甲乙合作", doc);
    expect(actors.shortForms).toEqual([["联委会", "甲乙经济走廊联合合作委员会"]]);
    expect(withNamedActors("根据原文填空：联委会于____成立。", actors)).toBe("根据原文填空：甲乙经济走廊联合合作委员会于____成立。");
  });
});

describe("agreements that name no party", () => {
  it("a name that counts its parties (两国) with only generic words is partyless", () => {
    expect(partylessName("《关于加强两国全面战略伙伴关系的五年实施纲要》")).toBe(true);
    expect(partylessName("《关于加强甲乙两国北陆走廊合作的实施纲要》")).toBe(false);
  });
  it("a bilateral instrument described, not named, is no date question without a party", () => {
    const flagged = mcq("关于互免持公务护照人员签证的协定是在什么时候签署的？", ["2031年5月", "2032年5月", "2033年5月", "2034年5月"], "2032年5月");
    expect(questionFlags(flagged)).toContain("ambiguous-blank");
    expect(selfCheck([flagged]).kept).toHaveLength(0);
    const tf = q({ type: "true_false", prompt: "判断正误：关于建立数字对话机制的谅解备忘录签署于2031年。", answer: true });
    expect(questionFlags(tf)).toContain("ambiguous-blank");
  });
  it("keeps it when a party is shown", () => {
    const named = mcq("中泰两国关于互免持公务护照人员签证的协定是在什么时候签署的？", ["2031年5月", "2032年5月", "2033年5月", "2034年5月"], "2032年5月");
    expect(questionFlags(named)).not.toContain("ambiguous-blank");
    const country = mcq("关于互免持公务护照人员签证的协定是在什么时候签署的？（中国与泰国）", ["2031年5月", "2032年5月", "2033年5月", "2034年5月"], "2032年5月");
    expect(questionFlags(country)).not.toContain("ambiguous-blank");
  });
});

describe("a partnership whose key runs from its party to its name", () => {
  it("is asked by the name: the party before it is the subject, nothing prepended", () => {
    const d = makeDoc("doc_k1", "中国与太平洋岛国", "2031年，双方关系提升为全面战略伙伴关系。中斐两国于2032年建立北陆伙伴关系，合作日益深入。");
    const f = fact(d, "agreement", "斐两国于2032年建立北陆伙伴关系", { name: "北陆伙伴关系", category: "partnership", type: "伙伴关系", parties: ["中国", "斐济"] } as never);
    const p = passageOf(buildContext({ documents: [d], facts: [f] }), f);
    expect(p.prepended).toBe(false);
    expect(p.text).toMatch(/^中斐两国于2032年建立北陆伙伴关系/u);
  });
});

describe("the date of a document is the date it was signed or issued", () => {
  const d = makeDoc(
    "r15a_1",
    "北陆纪事",
    [
      "2031年3月，甲国与乙国签署《甲乙海运协定》。",
      "2032年9月，甲丙自由贸易协定谈判正式启动。",
      "《甲丁自由贸易协定》已于2033年1月1日正式生效。",
      "2034年5月，甲国签署《北海议定书》。",
      "2035年6月，北陆峰会在西岭举行，六国元首共同签署《西岭宣言》。",
      "2036年4月，两国签署《关于建立战略伙伴关系的联合宣言》。",
      "2037年5月，甲国与丙国签署《甲丙文化协定》。2038年7月，甲国与丁国签署《甲丁引渡条约》。",
    ].join(""),
  );
  const signed = doc(d, "甲乙海运协定", ["甲国", "乙国"], "2031-03");
  const talks = doc(d, "甲丙自由贸易协定", ["甲国", "丙国"], "2032-09");
  const inForce = doc(d, "甲丁自由贸易协定", ["甲国", "丁国"], "2033-01-01");
  const joined = doc(d, "北海议定书", ["甲国"], "2034-05");
  const city = doc(d, "西岭宣言", [], "2035-06");
  const partyless = doc(d, "关于建立战略伙伴关系的联合宣言", ["乙国"], "2036-04");
  const culture = doc(d, "甲丙文化协定", ["甲国", "丙国"], "2037-05");
  const extradition = doc(d, "甲丁引渡条约", ["甲国", "丁国"], "2038-07");

  it("a signing verb by the name, in a clause of no other event", () => {
    expect(signedOrIssuedDate(signed)).toBe(true);
    expect(signedOrIssuedDate(city)).toBe(true);
    expect(signedOrIssuedDate(talks)).toBe(false);
    expect(signedOrIssuedDate(inForce)).toBe(false);
  });
  it("one party's signing of a document of many is that party's date, not the document's", () => {
    expect(signedOrIssuedDate(joined)).toBe(true);
    expect(documentDate(joined)).toBe(false);
    expect(documentDate(signed)).toBe(true);
  });
  it("the matching pairs no title with the date its talks began or it came into force", () => {
    const ctx = buildContext({ documents: [d], facts: [signed, talks, inForce, joined, city, partyless, culture, extradition] });
    const pairs = buildMatchingQuestions(ctx)
      .filter((q) => q.variant === "match-agreement-date")
      .flatMap((q) => q.pairs ?? []);
    const titles = pairs.map((p) => p[0]);
    expect(titles.sort()).toEqual(["《甲丙文化协定》", "《甲丁引渡条约》", "《甲乙海运协定》", "《西岭宣言》"].sort());
    expect(titles).not.toContain("《甲丙自由贸易协定》");
    expect(titles).not.toContain("《甲丁自由贸易协定》");
    expect(titles).not.toContain("《北海议定书》");
    expect(titles).not.toContain("《关于建立战略伙伴关系的联合宣言》");
  });
  it("a matching has four titles with their own dates", () => {
    const e = makeDoc(
      "r15a_2",
      "北陆条约集",
      "2031年3月，甲国与乙国签署《甲乙海运协定》。2032年4月，甲国与丙国签署《甲丙文化协定》。2033年5月，甲国与丁国签署《甲丁引渡条约》。2034年6月，北陆峰会在西岭举行，各国签署《西岭宣言》。",
    );
    const facts = [
      doc(e, "甲乙海运协定", ["甲国", "乙国"], "2031-03"),
      doc(e, "甲丙文化协定", ["甲国", "丙国"], "2032-04"),
      doc(e, "甲丁引渡条约", ["甲国", "丁国"], "2033-05"),
      doc(e, "西岭宣言", [], "2034-06"),
    ];
    const qs = buildMatchingQuestions(buildContext({ documents: [e], facts })).filter((q) => q.variant === "match-agreement-date");
    expect(qs).toHaveLength(1);
    expect(qs[0]!.pairs).toEqual([
      ["《甲乙海运协定》", "2031年3月"],
      ["《甲丙文化协定》", "2032年4月"],
      ["《甲丁引渡条约》", "2033年5月"],
      ["《西岭宣言》", "2034年6月"],
    ]);
  });
});

describe("a count up to a date is no signing date", () => {
  const d = makeDoc(
    "r15a_3",
    "北陆访谈",
    "截至2031年底，甲国已与40多个国家签署了海运合作协定。2032年，甲国累计签署文化交流协定20份。2033年3月，甲国与乙国签署了《甲乙文化交流协定》。",
  );
  const count = doc(d, "海运合作协定", ["甲国"], "2031");
  const total = doc(d, "文化交流协定", ["甲国"], "2032");
  const one = doc(d, "甲乙文化交流协定", ["甲国", "乙国"], "2033-03");
  it("截至, 累计, 已与N个国家", () => {
    expect(cumulativeCount(count)).toBe(true);
    expect(cumulativeCount(total)).toBe(true);
    expect(cumulativeCount(one)).toBe(false);
  });
  it("is never asked as the year it was signed", () => {
    const ctx = buildContext({ documents: [d], facts: [count, total, one] });
    const when = (f: AgreementFact) => buildAgreementQuestions(ctx, f).filter((q) => q.variant === "agreement-when" || q.variant === "agreement-tf");
    expect(when(count)).toEqual([]);
    expect(when(total)).toEqual([]);
    expect(when(one).length).toBeGreaterThan(0);
  });
});

describe("a title that names no one is asked with its pair, or not at all", () => {
  const d = makeDoc(
    "r15a_6",
    "北陆",
    "2031年3月，双方签署《边境口岸管理协定》，乙国由此可以使用甲国的港口。2032年8月，理事会通过第1234号决议。2033年6月，甲国与乙国签署关于加强海洋合作的谅解备忘录。",
  );
  const bare = doc(d, "边境口岸管理协定", [], "2031-03");
  const resolution = doc(d, "第1234号决议", ["甲国"], "2032-08");
  const paired = doc(d, "关于加强海洋合作的谅解备忘录", ["甲国", "乙国"], "2033-06");
  const ctx = buildContext({ documents: [d], facts: [bare, resolution, paired] });
  const when = (f: AgreementFact) => buildAgreementQuestions(ctx, f).filter((q) => q.variant === "agreement-when" || q.variant === "agreement-tf");
  it("no pair: no when-question, no true/false", () => {
    expect(when(bare)).toEqual([]);
  });
  it("a resolution: asked with the body that adopted it", () => {
    const qs = when(resolution);
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) expect(q.prompt).toContain("理事会通过第1234号决议");
    expect(namedSubject(resolution, "通过")).toBe("理事会");
    const two = makeDoc("r15a_10", "北陆", "2031年3月，两国元首签署第12号决议。");
    expect(namedSubject(doc(two, "第12号决议", [], "2031-03"), "签署")).toBeUndefined();
  });
  it("a pair: named in the question and in the statement", () => {
    const qs = when(paired);
    expect(qs.map((q) => q.type).sort()).toEqual(["mcq", "true_false"]);
    for (const q of qs) expect(q.prompt).toContain("甲国与乙国签署关于加强海洋合作的谅解备忘录");
  });
});

describe("a relation carried on is not one founded (#55)", () => {
  it("推动/促进……发展 and 不断向前发展 carry on; 决定发展 founds", () => {
    const a = "双方一致同意推动甲乙战略合作关系不断向前发展。";
    expect(carriedOn(a, a.indexOf("甲乙"), a.lastIndexOf("发展"))).toBe(true);
    const b = "两国决定发展甲丙全面合作伙伴关系。";
    expect(carriedOn(b, b.indexOf("发展"), b.indexOf("发展"))).toBe(false);
    const c = "会谈中，两国愿意共同促进甲丁友好关系发展。";
    expect(carriedOn(c, c.indexOf("甲丁"), c.lastIndexOf("发展"))).toBe(true);
  });
  it("no question asks when the pair decided to develop a relation it only carries on", () => {
    const d = makeDoc(
      "r15c_1",
      "北陆往来",
      "2041年3月，甲国总统访问乙国，双方一致同意推动甲乙战略合作关系不断向前发展。2042年5月，甲国与丙国决定发展甲丙全面合作伙伴关系。",
    );
    const carried = partnership(d, "甲乙战略合作关系", ["甲国", "乙国"], "2041-03");
    const founded = partnership(d, "甲丙全面合作伙伴关系", ["甲国", "丙国"], "2042-05");
    const ctx = buildContext({ documents: [d], facts: [carried, founded] });
    const prompts = [carried, founded].flatMap((f) => buildAgreementQuestions(ctx, f)).map((q) => q.prompt);
    expect(prompts.some((p) => p.includes("决定发展甲丙全面合作伙伴关系"))).toBe(true);
    expect(prompts.some((p) => /(?:决定发展|建立)甲乙战略合作关系/u.test(p))).toBe(false);
  });
});

describe("a project name with a verb cut from its phrase is no project (#4)", () => {
  const project = (d: ReturnType<typeof makeDoc>, name: string, parties: string[]) =>
    fact(d, "agreement", name, { name, category: "project", type: name.slice(-2), parties } as never) as AgreementFact;
  it("为甲国培训铁路专业人才 gives no project 甲国培训铁路; a plain or marked name stays", () => {
    const d = makeDoc("r15c_2", "北陆铁路", "建设期间，乙方累计为甲国培训铁路专业人才3000多人次。甲北铁路全线通车，“甲国培训港口”项目同年启动。");
    const cut = project(d, "甲国培训铁路", ["甲国"]);
    const plain = project(d, "甲北铁路", ["甲国"]);
    const marked = project(d, "甲国培训港口", ["甲国"]);
    expect(verbCutIntoProject("甲国培训铁路", cut.context.sentence)).toBe(true);
    expect(usableAgreement(cut)).toBe(false);
    expect(usableAgreement(plain)).toBe(true);
    expect(verbCutIntoProject("甲国培训港口", marked.context.sentence)).toBe(false);
    expect(verbCutIntoProject("甲国警察培训中心", "乙方在西岭设立了甲国警察培训中心。")).toBe(false);
  });
});

describe("an entry into force after a named pair's signing is asked as such (#2)", () => {
  const at = (s: string, d: string) => ({ start: s.indexOf(d), end: s.indexOf(d) + d.length });
  it("甲国与乙国于某日签署自由贸易协定，次年某日生效 → the agreement they signed came into force", () => {
    const a = "经贸方面，甲国与乙国于2031年4月8日签署自由贸易协定，次年8月1日生效，这是乙国的第一个自贸协定。";
    expect(withSentenceSubject("生效，这是乙国的第一个自贸协定", a, at(a, "次年8月1日"))).toBe("甲国与乙国签署的自由贸易协定生效");
  });
  it("no unnamed pair, no signing clause, no clause between", () => {
    const b = "两国于2031年4月8日签署自由贸易协定，次年8月1日生效。";
    expect(withSentenceSubject("生效", b, at(b, "次年8月1日"))).toBeUndefined();
    const c = "甲国与乙国于2031年4月8日启动自由贸易协定谈判，次年8月1日生效。";
    expect(withSentenceSubject("生效", c, at(c, "次年8月1日"))).toBeUndefined();
    const e = "甲国与乙国于2031年4月8日签署自由贸易协定，经议会批准，次年8月1日生效。";
    expect(withSentenceSubject("生效", e, at(e, "次年8月1日"))).toBeUndefined();
  });
});

describe("a title in 《》", () => {
  it("is usable although its words hold 各 or a short head and 倡议", () => {
    const c = corpusOf("2031年5月，北陆国与南川国签署《海港各方合作宣言》。两国参与《护林倡议》。", (d) => [
      fact(d, "agreement", "《海港各方合作宣言》", { name: "海港各方合作宣言", category: "document", type: "宣言", parties: ["北陆国", "南川国"], date: "2031-05" }),
      fact(d, "agreement", "《护林倡议》", { name: "护林倡议", category: "document", type: "倡议", parties: [] }),
    ]);
    expect(usableAgreement(c.facts[0] as never)).toBe(true);
    expect(usableAgreement(c.facts[1] as never)).toBe(true);
  });

  it("is not granted to the same words without 《》", () => {
    const c = corpusOf("两国参与护林倡议。北陆国推动相关各方合作宣言。", (d) => [
      fact(d, "agreement", "护林倡议", { name: "护林倡议", category: "document", type: "倡议", parties: [] }),
      fact(d, "agreement", "相关各方合作宣言", { name: "相关各方合作宣言", category: "document", type: "宣言", parties: [] }),
    ]);
    expect(usableAgreement(c.facts[0] as never)).toBe(false);
    expect(usableAgreement(c.facts[1] as never)).toBe(false);
  });
});

describe("names the source does not give as names", () => {
  const c = corpusOf(
    [
      [
        "doc_a",
        "要加强北陆联盟同南川联盟等区域组织的伙伴关系。两国落实2031年签署的经济、贸易、文化和青年领域合作协议。2032年，两国签署海港合作条约。2033年，北陆、南川两国通过北陆海港合作框架，开展港口合作。",
      ],
    ],
    ([d]) => [
      fact(d!, "agreement", "北陆联盟同南川联盟", { name: "北陆联盟同南川联盟", category: "organisation", type: "联盟", parties: ["北陆国"] } as never),
      fact(d!, "agreement", "青年领域合作协议", { name: "青年领域合作协议", category: "document", type: "协议", parties: ["北陆国", "南川国"], date: "2031" } as never),
      fact(d!, "agreement", "北陆海港合作框架", { name: "北陆海港合作框架", category: "document", type: "框架", parties: ["北陆国", "南川国"], date: "2033" } as never),
    ],
  );
  it("declines a pair joined by 同 and the last item of a coordinated title", () => {
    expect(usableAgreement(c.facts[0] as Extract<ExtractedFact, { kind: "agreement" }>)).toBe(false);
    expect(usableAgreement(c.facts[1] as Extract<ExtractedFact, { kind: "agreement" }>)).toBe(false);
  });
  it("shows a document without 《》 when the source writes none", () => {
    const { bank } = generateBank(c);
    const texts = bank.questions.flatMap((x) => [x.prompt, x.back ?? "", ...(x.options ?? []), typeof x.answer === "string" ? x.answer : ""]);
    expect(texts.some((t) => t === "北陆海港合作框架")).toBe(true);
    expect(texts.some((t) => t.includes("《北陆海港合作框架》"))).toBe(false);
  });
});

describe("parties of an agreement", () => {
  it("are joined when the sentence names them all", () => {
    expect(partyPhrase(["中国", "甲国", "乙国"], "中国与甲国、乙国签署《某某协定》。")).toBe("中国与甲国、乙国");
  });
  it("are none when the sentence leaves the list open with 等", () => {
    expect(partyPhrase(["中国", "甲国", "乙国"], "中国与甲国、乙国等12国共同核准《某某原则》。")).toBeUndefined();
  });
  it("are none when a group of parties is not named in the sentence (recovered from elsewhere)", () => {
    expect(partyPhrase(["中国", "某洲国家"], "1999年，建立战略合作关系。")).toBeUndefined();
    expect(partyPhrase(["中国", "某洲国家"], "1999年，中国与某洲国家建立战略合作关系。")).toBe("中国与某洲国家");
    expect(partyPhrase(["中国", "甲国"], "1999年，两国建立战略合作关系。")).toBe("中国与甲国");
  });
});

describe("a partnership read with a country and a region from one line", () => {
  const d = makeDoc("doc_p", "甲国复习提纲", "甲国是第一个同新中国建交的某洲国家。1999年4月建立“战略合作关系”。");
  const partnership = (parties: string[]) =>
    fact(d, "agreement", "战略合作关系", { name: "战略合作关系", category: "partnership", date: "1999-04", parties } as never);
  it("names no party in its questions", () => {
    const c: Corpus = { documents: [d], facts: [partnership(["中国", "甲国"]), partnership(["中国", "某洲国家"])] };
    const shown = generateBank(c).bank.questions.map((x) => `${x.prompt}${x.front ?? ""}`);
    expect(shown.some((t) => t.includes("中国与某洲国家") || t.includes("中国与甲国"))).toBe(false);
    expect(isGroupParty("某洲国家")).toBe(true);
    expect(isGroupParty("甲国")).toBe(false);
  });
  it("still names countries named side by side", () => {
    const e = makeDoc("doc_q", "测试文献", "2013年，中国与甲国、乙国建立战略伙伴关系。");
    const p2 = (parties: string[]) => fact(e, "agreement", "战略伙伴关系", { name: "战略伙伴关系", category: "partnership", date: "2013", parties } as never);
    const c: Corpus = { documents: [e], facts: [p2(["中国", "甲国"]), p2(["中国", "乙国"])] };
    const shown = generateBank(c).bank.questions.map((x) => `${x.prompt}${x.front ?? ""}`);
    expect(shown.some((t) => t.includes("中国与甲国"))).toBe(true);
  });
});

describe("names that are short forms of one another", () => {
  it("are recognised whatever words the short form leaves out or reorders", () => {
    expect(shortFormOf("友好合作条约", "关于新世纪友好、睦邻与合作条约")).toBe(true);
    expect(shortFormOf("邻好友谊条约", "友谊邻好条约")).toBe(true);
    expect(shortFormOf("海港合作宣言", "山地保护公约")).toBe(false);
  });
});

describe("a document listed with its year in brackets", () => {
  it("reads the year written beside the title, once and only once", () => {
    const text = "《甲乙边界条约》（1958年）《关于开展海运合作的谅解备忘录》（2011年）《边境口岸管理协定》（2013年）及其议定书（2017年）";
    expect(listedYear(text, "边境口岸管理协定")).toBe("2013");
    expect(listedYear(text, "关于开展海运合作的谅解备忘录")).toBe("2011");
    expect(listedYear(`${text}《边境口岸管理协定》（2014年）`, "边境口岸管理协定")).toBeUndefined();
    expect(listedYear("双方签署了《边境口岸管理协定》（以下简称协定）。", "边境口岸管理协定")).toBeUndefined();
  });

  it("asks that year, with the pair for a title that names no one", () => {
    const d = makeDoc("doc_listed_year", "乙国概况", "重要双边文件\n\n《甲乙边界条约》（1958年）《边境口岸管理协定》（2013年）及其议定书（2017年）《甲乙联合公报》（2020年）");
    const f = fact(d, "agreement", "边境口岸管理协定", { name: "边境口岸管理协定", category: "document", type: "协定", parties: ["甲国", "乙国"], date: "2017" } as never);
    const qs = generateBank({ documents: [d], facts: [f] }).bank.questions.filter((x) => x.factIds.includes(f.id) && x.prompt.includes("哪一年的文件"));
    expect(qs.map((x) => [x.prompt, x.answer])).toEqual([["根据原文，甲国与乙国之间的《边境口岸管理协定》是哪一年的文件？", "2013年"]]);
    expect(qs[0]!.options).toHaveLength(4);
  });
});
