/**
 * Blanks and options a student answers without the document (session 12): a set phrase or the answer's own short
 * form in the sentence, a count beside the numbered noun it counts, a list's bare label, a frame the document fills
 * otherwise as well, and options of another sort than the answer.
 */
import { describe, expect, it } from "vitest";
import { fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import { generateBank } from "./bank";
import { bodySort, namePool } from "./builders/agreement-options";
import { frameRefilled, setPhrase, withoutLeadVerb } from "./builders/concept";
import { buildContext } from "./context";
import { pickDistractors } from "./distractors";
import type { AgreementFact, ConceptFact } from "./model";
import { answerEchoed, questionFlags, shortFormIn } from "./selfcheck";
import { testQuestion as q } from "@/tests/support/question";

const cloze = (prompt: string, answer: string, tags: string[] = []) => q({ type: "cloze", prompt: `根据原文填空：${prompt}`, answer, blanked: answer, tags });
const mcq = (prompt: string, options: string[], answer: string, tags: string[] = ["agreement", "organisation"]) =>
  q({ type: "mcq", prompt: `阅读原文，选择填入括号的一项：${prompt}`, options, answer, tags });

describe("the answer written again in its own sentence", () => {
  it("is its core with only a generic head left", () => {
    expect(answerEchoed("一个北陆原则", "南川方重申坚定奉行____，承认世界上只有一个北陆，东屿是北陆领土的一部分。")).toBe(true);
    // the core not in the sentence, or the head not generic: nothing given away
    expect(answerEchoed("一个北陆原则", "南川方重申坚定奉行____，支持北陆的发展道路。")).toBe(false);
    expect(answerEchoed("一个北陆走廊", "南川方支持____，承认世界上只有一个北陆。")).toBe(false);
  });

  it("is its short form (some characters of it in order, cut in two places or more)", () => {
    expect(shortFormIn("南川合作组织", "两国同为南合组织成员")).toBe(true);
    expect(shortFormIn("海洋经济伙伴协定", "这是第一个海伙协定")).toBe(true);
    // whole words left out make a sibling name, not a short form
    expect(shortFormIn("友好合作伙伴条约", "双方签署睦邻友好合作条约")).toBe(false);
    expect(shortFormIn("北陆南川元首会晤机制", "北陆南川机制实现升级")).toBe(false);
    expect(shortFormIn("北陆—东屿合作委员会峰会", "出席北陆—东屿峰会")).toBe(false);
    // one cut only ("全倡议" inside "海洋安全倡议") is chance, not a short form
    expect(shortFormIn("全球海洋倡议", "全球发展倡议、海洋安全倡议和")).toBe(false);
    const leak = cloze("北陆与南川于2031年签署____，次年生效，这是北陆签署的第一个海伙协定。", "海洋经济伙伴协定", ["agreement", "document"]);
    expect(questionFlags(leak)).toContain("answer-leak");
  });

  it("is its core and its head noun, each written elsewhere in the prompt", () => {
    expect(answerEchoed("海城协定", "2031年，《____》在海城气候大会上通过，北陆为协定的达成作出了贡献。", [], true)).toBe(true);
    // in a list, items share their words
    expect(answerEchoed("发展合作", "即文明互鉴、产业合作、____、绿色发展等伙伴行动。", [], true)).toBe(false);
    // the head noun not written again: the name is still to recall
    expect(answerEchoed("海城协定", "2031年，《____》在海城气候大会上通过。", [], true)).toBe(false);
  });

  it("is a short name asked right after the full one", () => {
    const m = mcq("两国同为南川海洋合作会议（简称____）成员。", ["南合会", "北合会", "东合会", "西合会"], "南合会");
    expect(questionFlags(m)).toContain("answer-leak");
    const other = mcq("两国同为南川海洋合作会议（简称“海合”）成员，并共同加入（    ）。", ["南合会", "北合会", "东合会", "西合会"], "北合会");
    expect(questionFlags(other)).not.toContain("answer-leak");
  });
});

describe("a count beside the numbered noun it counts", () => {
  it("is given away", () => {
    expect(questionFlags(cloze("上世纪，东屿三国从殖民地转变为____独立的国家。", "三个", ["figure"]))).toContain("answer-leak");
    expect(questionFlags(cloze("上世纪，东屿三国从殖民地转变为____独立的国家。", "3个", ["figure"]))).toContain("answer-leak");
  });
  it("is not when the number belongs to another noun or to the words the blank counts", () => {
    expect(questionFlags(cloze("东屿可使用北陆的4个海港和____陆港开展第三国贸易。", "3个", ["figure"]))).not.toContain("answer-leak");
    expect(questionFlags(cloze("东屿三国共有____港口。", "三个", ["figure"]))).not.toContain("answer-leak");
  });
});

describe("a list's bare label", () => {
  it("is no blank to ask", () => {
    expect(questionFlags(cloze("为推动海洋合作，北陆方提出____。", "四点主张", ["concept", "slogan"]))).toContain("trivial-blank");
    expect(questionFlags(cloze("会议期间，北陆方提出“____”：", "三个基本原则", ["concept", "slogan"]))).toContain("trivial-blank");
    // named by what it is about, the label is recalled
    expect(questionFlags(cloze("北陆方提出海洋治理的三个基本原则和____。", "五点主张", ["concept", "slogan"]))).not.toContain("trivial-blank");
    expect(questionFlags(cloze("北陆方就海洋争端的政治解决提出“____”。", "六点共识", ["concept", "slogan"]))).not.toContain("trivial-blank");
    // a label that names its matter stays
    expect(questionFlags(cloze("北陆方提出推进____建设。", "三海港区", ["concept", "slogan"]))).not.toContain("trivial-blank");
  });
});

describe("an mcq whose blank only one body can fill", () => {
  const opts = ["东屿合作组织", "海洋文化组织", "南川合作组织", "北陆国家联盟"];
  it("is dropped when the blank is bound to a body's name before it or to a list or organ after it", () => {
    expect(questionFlags(mcq("其一，北陆争端解决机制（    ）自2031年起停摆。", ["上诉机构", "协调机构", "秘书机构", "执行机构"], "上诉机构"))).toContain("unfit-options");
    expect(questionFlags(mcq("该古道入选（    ）海洋遗产名录。", opts, "海洋文化组织"))).toContain("unfit-options");
    expect(questionFlags(mcq("其一，（    ）上诉机构停摆。", opts, "南川合作组织"))).toContain("unfit-options");
  });
  it("stays when the blank stands on its own", () => {
    expect(questionFlags(mcq("2031年，北陆国正式加入（    ）。", opts, "南川合作组织"))).not.toContain("unfit-options");
    expect(questionFlags(mcq("两国愿在（    ）框架内加强协调。", opts, "南川合作组织"))).not.toContain("unfit-options");
  });
  it("is dropped when its answer names a generic body", () => {
    expect(questionFlags(mcq("已有40多家（    ）签署。", ["全球金融机构", "北陆开发银行", "南川基金", "海洋文化组织"], "全球金融机构"))).toContain("ambiguous-blank");
  });
});

describe("options of another sort than the answer", () => {
  it("a description of two kinds is no distractor for a name", () => {
    // with it left out, three candidates are too few for three distractors
    expect(pickDistractors(["北陆秘书处或协调机构", "南川执行机构", "东屿监督机构"], "上诉机构", 3, "s")).toBeNull();
    expect(pickDistractors(["北陆秘书处", "南川执行机构", "东屿监督机构"], "上诉机构", 3, "s")).toHaveLength(3);
  });

  it("a school, a bank or a group of states is no organisation's rival", () => {
    expect(bodySort("南川学院")).toBe("school");
    expect(bodySort("北陆开发银行")).toBe("bank");
    expect(bodySort("海投行")).toBe("bank");
    expect(bodySort("海洋七国")).toBe("group");
    expect(bodySort("南川集团")).toBe("group");
    expect(bodySort("东屿联盟")).toBe("union");
    expect(bodySort("南川合作组织")).toBe("body");
    const text = "北陆国加入南川合作组织。东屿合作组织、海洋文化组织、西原安全组织、北陆学院、北陆开发银行、海洋七国都在会上发言。";
    const d = makeDoc("g22_org", "组织", text);
    const org = (name: string) => fact(d, "agreement", name, { name, category: "organisation", type: "组织", parties: [] } as never) as AgreementFact;
    const facts = ["南川合作组织", "东屿合作组织", "海洋文化组织", "西原安全组织", "北陆学院", "北陆开发银行", "海洋七国"].map(org);
    const pool = namePool(buildContext({ documents: [d], facts }), facts[0]!, ["organisation"]);
    expect(pool).toEqual(expect.arrayContaining(["东屿合作组织", "海洋文化组织", "西原安全组织"]));
    expect(pool).not.toContain("北陆学院");
    expect(pool).not.toContain("北陆开发银行");
    expect(pool).not.toContain("海洋七国");
  });
});

describe("a blank the corpus's own phrasing fills", () => {
  const term = (d: ReturnType<typeof makeDoc>, t: string, occurrence = 0) => fact(d, "concept", t, { term: t, category: "slogan" } as never, occurrence) as ConceptFact;

  it("a set phrase: the words before it take the term nearly everywhere", () => {
    const body = [
      "两国高质量共赴“海上丝路”，成果丰硕。",
      "北陆愿同各方共赴“海上丝路”。",
      "南川积极共赴“海上丝路”。",
      "东屿支持共赴“海上丝路”。",
      "西原欢迎共赴“海上丝路”。",
      "各方同意共赴“海洋之约”。",
    ].join("\n\n");
    const d = makeDoc("g22_set", "丝路", body);
    const f = term(d, "海上丝路");
    const ctx = buildContext({ documents: [d], facts: [f] });
    expect(setPhrase(ctx, f, "海上丝路")).toBe(true);
    const bank = generateBank({ documents: [d], facts: [f] }).bank;
    expect(bank.questions.some((x) => x.factIds.includes(f.id) && /共赴“(?:_{2,}|（\s*）)”/u.test(x.front ?? x.prompt))).toBe(false);
    // four times are too few to make a set phrase
    const e = makeDoc("g22_set2", "丝路", body.split("\n\n").slice(1).join("\n\n"));
    const g = term(e, "海上丝路");
    expect(setPhrase(buildContext({ documents: [e], facts: [g] }), g, "海上丝路")).toBe(false);
  });

  it("a frame the same document fills with another term", () => {
    const d = makeDoc("g22_frame", "典范", "两国关系树立了新型伙伴关系互信的典范。\n\n两国关系树立了新型伙伴关系互利的典范。\n\n两国坚持包容互鉴。");
    const f = term(d, "互信");
    const ctx = buildContext({ documents: [d], facts: [f] });
    expect(frameRefilled(ctx, f, "互信")).toBe(true);
    const bank = generateBank({ documents: [d], facts: [f] }).bank;
    expect(bank.questions.some((x) => x.factIds.includes(f.id) && /关系(?:_{2,}|（\s*）)的典范/u.test(x.front ?? x.prompt))).toBe(false);
    const g = term(d, "包容互鉴");
    expect(frameRefilled(ctx, g, "包容互鉴")).toBe(false);
  });

  it("a term blanked as the subject of 的提出 is not asked", () => {
    const d = makeDoc("g22_prop", "精神", "“海洋精神”的提出，既是对两国关系的理论升华，也为未来发展确立了行动指南。");
    const f = term(d, "海洋精神");
    const bank = generateBank({ documents: [d], facts: [f] }).bank;
    expect(bank.questions.some((x) => x.factIds.includes(f.id) && /的提出/u.test(x.front ?? x.prompt) && /（\s*）|_{2,}/u.test(x.front ?? x.prompt))).toBe(false);
  });
});

describe("a list whose first item took the verb before it", () => {
  it("is read without the verb", () => {
    expect(withoutLeadVerb(["成为和睦之湾", "友谊之湾", "繁荣之湾"])).toEqual(["和睦之湾", "友谊之湾", "繁荣之湾"]);
    expect(withoutLeadVerb(["成为伙伴", "成为朋友"])).toEqual(["成为伙伴", "成为朋友"]);
  });
  it("is asked with the verb left in the sentence", () => {
    const d = makeDoc("g22_lead", "海湾", "双方同意深化务实合作，把北湾建设成为和睦之湾、友谊之湾、繁荣之湾。");
    const f = fact(d, "concept", "成为和睦之湾、友谊之湾、繁荣之湾", { term: "成为和睦之湾、友谊之湾、繁荣之湾", category: "enumeration", items: ["成为和睦之湾", "友谊之湾", "繁荣之湾"] } as never);
    const bank = generateBank({ documents: [d], facts: [f] }).bank;
    const cz = bank.questions.filter((x) => x.type === "cloze" && x.factIds.includes(f.id));
    expect(cz.length).toBeGreaterThan(0);
    expect(cz.every((x) => !String(x.answer).startsWith("成为"))).toBe(true);
  });
});
