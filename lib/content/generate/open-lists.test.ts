/**
 * Blanks a student cannot pin down (issue #4): items of a list the text leaves open, and set phrases of the corpus's
 * prose. Invented texts only.
 */
import { describe, expect, it } from "vitest";
import { fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import { generateBank } from "./bank";
import { buildConceptQuestions } from "./builders/concept";
import { LAST_RESORT } from "./builders/last-resort";
import { buildOpenListQuestions, openListsIn } from "./builders/open-lists";
import { frameBeside, phraseCounts, setPhraseBlank, withNamesInsideAnswers } from "./builders/set-phrases";
import { buildContext } from "./context";
import type { AgreementFact, ConceptFact } from "./model";
import { openListBlank } from "./open-list";
import { questionFlags } from "./selfcheck";
import { testQuestion as q } from "@/tests/support/question";

type Doc = ReturnType<typeof makeDoc>;
const body = (d: Doc, name: string, category = "mechanism", occurrence = 0) =>
  fact(d, "agreement", name, { name, category, type: name.slice(-2), parties: [] } as never, occurrence) as AgreementFact;

describe("a blank in a list the text leaves open", () => {
  it("is open when the list ends on 等 with no count, or on a count larger than shown", () => {
    expect(openListBlank("两国在渔业、航运、____等领域开展合作。")).toBe(true);
    expect(openListBlank("包括《甲宪章》、（    ）、《乙条约》等国际条约")).toBe(true);
    expect(openListBlank("双方用好北陆委员会和（    ）等机制。")).toBe(true);
    // (an item with a bracket of its own)
    expect(openListBlank("两国在（    ）、北陆—南川（10+1）合作等多边框架内协调。")).toBe(true);
    expect(openListBlank("某机制已设立水利、农业、____等6个优先领域。")).toBe(true);
    expect(openListBlank("（    ）、乙会议等多个平台")).toBe(true);
    // a quoted item of a list of quotations
    expect(openListBlank("“甲计划”、“（    ）”、“丙计划”等发展战略")).toBe(true);
  });
  it("is open in a list of examples: 以……为代表, 包括……在内, ……之类", () => {
    expect(openListBlank("以北陆、（    ）为代表的新兴经济体")).toBe(true);
    expect(openListBlank("包括南川、（    ）在内的多国代表出席。")).toBe(true);
    expect(openListBlank("海盐、（    ）之类的特产很受欢迎。")).toBe(true);
  });
  it("is closed with a count equal to the items shown, with no 等, or in a quoted slogan", () => {
    expect(openListBlank("甲、乙、____等3个领域")).toBe(false);
    expect(openListBlank("打造政治、____、农业、能源四大领域")).toBe(false);
    expect(openListBlank("坚持____、平等相待、合作共赢")).toBe(false);
    expect(openListBlank("倡导“和平、（    ）、合作”等理念。")).toBe(false);
    // 等 after the blank as a word of its own, or the blank after 等 (the kind, not an item)
    expect(openListBlank("（    ）等额偿还贷款。")).toBe(false);
    expect(openListBlank("重点发展渔业、航运等（    ）。")).toBe(false);
    expect(openListBlank("以（    ）为代表团团长。")).toBe(false);
  });
  it("drops a cloze, a card and an mcq, not a question whose blank is the whole list", () => {
    const prompt = "阅读原文，选择填入括号的一项：两国在渔业、航运、（    ）等领域开展合作。";
    expect(questionFlags(q({ type: "mcq", prompt, options: ["旅游", "矿业", "教育", "农业"], answer: "旅游" }))).toContain("ambiguous-blank");
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：两国在渔业、航运、____等领域开展合作。", answer: "旅游" }))).toContain("ambiguous-blank");
    const front = "两国在（    ）等领域开展合作。\n括号处原文列举了哪些内容？";
    expect(questionFlags(q({ type: "flashcard", prompt: "两国在（    ）等领域开展合作。", front, back: "渔业、航运、旅游" }))).not.toContain("ambiguous-blank");
    // (nor an mcq whose blank is the whole list and asks for one of its examples)
    const example = "阅读原文，括号处原文举出的例子中有下列哪一项？两国在（    ）等领域开展合作。";
    expect(questionFlags(q({ type: "mcq", prompt: example, options: ["旅游", "矿业", "教育", "农业"], answer: "旅游" }))).not.toContain("ambiguous-blank");
  });
});

describe("the names of an open list, asked whole", () => {
  const text = "中方同意用好北陆海洋委员会、南川渔业委员会和东屿航运委员会等机制，深化合作。";
  it("finds the list, its items and the names it holds", () => {
    const d = makeDoc("g26_list", "合作", text);
    const facts = ["北陆海洋委员会", "南川渔业委员会", "东屿航运委员会"].map((n) => body(d, n));
    const lists = openListsIn(facts[0]!.context.sentence, facts);
    expect(lists).toHaveLength(1);
    expect(lists[0]!.items).toEqual(["北陆海洋委员会", "南川渔业委员会", "东屿航运委员会"]);
    expect(lists[0]!.facts).toHaveLength(3);
  });
  it("leaves a list closed by its count, or a name that continues another item", () => {
    const d = makeDoc("g26_closed", "合作", "双方用好北陆海洋委员会、南川渔业委员会等两个机制。\n\n双方恢复了外交与安全对话、北陆海洋委员会等机制。");
    const closed = [body(d, "北陆海洋委员会"), body(d, "南川渔业委员会")];
    expect(openListsIn(closed[0]!.context.sentence, closed)).toEqual([]);
    const cut = [body(d, "安全对话"), body(d, "北陆海洋委员会", "mechanism", 1)];
    expect(openListsIn(cut[0]!.context.sentence, cut)).toEqual([]);
  });
  it("asks each name by recognition: one example the text gives against names of the kind it never writes", () => {
    const d = makeDoc("g26_open", "合作", text);
    const e = makeDoc("g26_other", "其他", "西原海事委员会成立。\n\n海湾气象委员会召开会议。\n\n北陆海洋公司成立。\n\n南岭港务委员会揭牌。");
    const facts = [
      ...["北陆海洋委员会", "南川渔业委员会", "东屿航运委员会"].map((n) => body(d, n)),
      ...["西原海事委员会", "海湾气象委员会", "北陆海洋公司", "南岭港务委员会"].map((n) => body(e, n)),
    ];
    const drafts = buildOpenListQuestions(buildContext({ documents: [d, e], facts }));
    // no list to recall (no multi; a card only as a last resort)
    expect(drafts.map((x) => x.type)).toEqual(["mcq", "mcq", "mcq", "flashcard"]);
    expect(drafts[3]!.flags).toContain(LAST_RESORT);
    for (const [i, x] of drafts.slice(0, 3).entries()) {
      expect(x.prompt).toBe("阅读原文，括号处原文举出的例子中有下列哪一项？中方同意用好（    ）等机制，深化合作。");
      expect(x.answer).toBe(facts[i]!.value.name);
      // the other names listed are never offered, nor a name of another kind while the kind has enough
      expect([...x.options!].sort()).toEqual([facts[i]!.value.name, "西原海事委员会", "海湾气象委员会", "南岭港务委员会"].sort());
    }
    // the bank keeps the list's facts tested, and no blank takes one of its items
    const bank = generateBank({ documents: [d, e], facts }).bank;
    for (const f of facts.slice(0, 3)) expect(bank.questions.some((x) => x.factIds.includes(f.id))).toBe(true);
    expect(bank.questions.some((x) => /委员会、(?:_{2,}|（\s*）)/u.test(x.front ?? x.prompt))).toBe(false);
    expect(bank.questions.some((x) => x.front?.includes("括号处原文列举了哪些内容"))).toBe(false);
  });
});

describe("a set phrase of the corpus's prose", () => {
  it("reads the frame beside a blank within its clause", () => {
    expect(frameBeside("两国高质量共赴“", 2, "before")).toBe("共赴“");
    expect(frameBeside("”合作备忘录", 2, "after")).toBe("”合作");
    expect(frameBeside("，赴“", 2, "before")).toBeUndefined();
  });
  const docs = [
    "北陆同南川签署共赴“海上丝路”合作文件。",
    "东屿积极参与共赴“海上丝路”。",
    "西原欢迎共赴“海上丝路”倡议。",
    "南川高质量共赴“海上丝路”。",
    "海湾支持共赴“蓝色通道”。",
  ].map((t, i) => makeDoc(`g26_sp${i}`, "文献", t));
  const ctx = buildContext({ documents: docs, facts: [] });
  it("counts a phrase by places and by documents", () => {
    expect(phraseCounts(ctx, "共赴“海上丝路")).toEqual({ n: 4, docs: 4 });
  });
  it("is a frame the corpus fills with the answer in three documents or more and four places of five", () => {
    expect(setPhraseBlank(ctx, "根据原文填空：北陆同南川签署共赴“____”合作文件。", "海上丝路")).toBe(true);
    // (a quoted answer: the marks belong to the frame)
    expect(setPhraseBlank(ctx, "北陆同南川签署共赴（    ）合作文件。", "“海上丝路”")).toBe(true);
    // another filler of the frame, a number, or a frame too rare
    expect(setPhraseBlank(ctx, "海湾支持共赴“（    ）”。", "蓝色通道")).toBe(false);
    expect(setPhraseBlank(ctx, "北陆同南川签署共赴“（    ）”合作文件。", "2013")).toBe(false);
    const two = buildContext({ documents: docs.slice(0, 2), facts: [] });
    expect(setPhraseBlank(two, "北陆同南川签署共赴“（    ）”合作文件。", "海上丝路")).toBe(false);
  });
  it("drops the question in the bank", () => {
    const f = body(docs[0]!, "共赴“海上丝路”合作文件", "document");
    const bank = generateBank({ documents: docs, facts: [f] }).bank;
    expect(bank.questions.some((x) => /共赴“(?:_{2,}|（\s*）)”/u.test(x.front ?? x.prompt) && (x.answer === "海上丝路" || x.back === "海上丝路"))).toBe(false);
  });
});

describe("what a re-placed fact must not be asked by", () => {
  it("a line of keywords", () => {
    const flags = questionFlags(q({ type: "cloze", prompt: "根据原文填空：海洋　北陆____合作", answer: "南川", source: { documentId: "d", quote: "海洋　北陆　南川　合作", start: 0, end: 10 } } as never));
    expect(flags).toContain("not-content");
  });
  it("a blank in a question the text asks", () => {
    const flags = questionFlags(q({ type: "cloze", prompt: "根据原文填空：问：哪些货物享受优惠？什么是____？", answer: "原产地规则" }));
    expect(flags).toContain("ambiguous-blank");
  });
});

describe("a name inside a longer name a question blanks", () => {
  const d = makeDoc("g26_inside", "合作", "截至去年底，已有十个岛国同北陆签署共赴“海上丝路”合作备忘录。");
  const name = body(d, "海上丝路", "initiative");
  const source = { documentId: d.doc.id, start: 0, end: d.doc.raw.length, quote: "q" };
  it("is tested by that question, when the question shows it nowhere else", () => {
    const whole = q({ type: "mcq", prompt: "阅读原文，选择填入括号的一项：截至去年底，已有十个岛国同北陆签署（    ）。", answer: "共赴“海上丝路”合作备忘录", source });
    expect(withNamesInsideAnswers([whole], [name])[0]!.factIds).toContain(name.id);
  });
  it("is not, when the question shows the name or asks another piece of text", () => {
    const shows = q({ type: "cloze", prompt: "根据原文填空：已有____岛国同北陆签署共赴“海上丝路”合作备忘录。", answer: "十个", source });
    const other = q({ type: "mcq", prompt: "阅读原文，选择填入括号的一项：（    ），已有十个岛国签署共赴“海上丝路”合作备忘录。", answer: "截至去年底", source });
    expect(withNamesInsideAnswers([shows, other], [name]).flatMap((x) => x.factIds)).not.toContain(name.id);
  });
});

describe("a concept's generic head", () => {
  it("is no blank to ask", () => {
    const card = q({ type: "flashcard", prompt: "p", front: "双方聚焦渔业、航运等关键（    ），深化合作。\n括号中应是什么？", back: "领域", tags: ["concept"] });
    expect(questionFlags(card)).toContain("trivial-blank");
    expect(questionFlags({ ...card, back: "蓝色伙伴关系" })).not.toContain("trivial-blank");
  });
});

describe("a list's items as the text gives them", () => {
  it("leaves the verb a name took in, and a compound joined by 和", () => {
    const d = makeDoc("g26_verb", "合作", "目前，两国建有北陆对话、南川对话等多个机制。\n\n南川港口、北陆公路和铁路等项目顺利推进。");
    const named = [body(d, "两国建有北陆对话"), body(d, "南川对话")];
    expect(openListsIn(named[0]!.context.sentence, named)[0]!.items).toEqual(["北陆对话", "南川对话"]);
    const road = [body(d, "北陆公路", "project"), body(d, "南川港口", "project")];
    expect(openListsIn(road[0]!.context.sentence, road)[0]!.items).toEqual(["南川港口", "北陆公路和铁路"]);
  });
});

describe("more open lists asked whole", () => {
  it("a list of one name shown: an mcq; without names of the kind to offer, a card kept only as a last resort", () => {
    const d = makeDoc("g26_one", "合作", "中方支持北陆海洋委员会等区域组织发挥更大作用。");
    const f = body(d, "北陆海洋委员会");
    const alone = buildOpenListQuestions(buildContext({ documents: [d], facts: [f] }));
    expect(alone.map((x) => [x.type, x.back, x.flags])).toEqual([["flashcard", "北陆海洋委员会", [LAST_RESORT]]]);
    const e = makeDoc("g26_one_other", "其他", "西原海事委员会成立。\n\n海湾气象委员会召开会议。\n\n南岭港务理事会揭牌。");
    const others = ["西原海事委员会", "海湾气象委员会", "南岭港务理事会"].map((n) => body(e, n));
    const drafts = buildOpenListQuestions(buildContext({ documents: [d, e], facts: [f, ...others] }));
    expect(drafts.map((x) => x.type)).toEqual(["mcq", "flashcard"]);
    // (a name of the same last character when those of the same head run out)
    expect([...drafts[0]!.options!].sort()).toEqual(["北陆海洋委员会", "西原海事委员会", "海湾气象委员会", "南岭港务理事会"].sort());
  });
  it("the first name with the verb it took in is still tested", () => {
    const d = makeDoc("g26_took", "合作", "目前，两国建有北陆对话、南川对话等多个机制。");
    const named = [body(d, "两国建有北陆对话"), body(d, "南川对话")];
    expect(openListsIn(named[0]!.context.sentence, named)[0]!.facts).toHaveLength(2);
  });
  it("a concept's list the text leaves open: a card asking for the list only as a last resort, no multi", () => {
    const d = makeDoc("g26_enum", "合作", "中方愿同南川巩固渔业、航运、旅游等传统领域合作，开辟新的增长点。");
    const f = fact(d, "concept", "渔业、航运、旅游", { term: "领域", category: "enumeration", items: ["渔业", "航运", "旅游"] } as never) as ConceptFact;
    const drafts = buildConceptQuestions(buildContext({ documents: [d], facts: [f] }), f);
    expect(drafts.some((x) => x.variant === "list-multi")).toBe(false);
    const card = drafts.find((x) => x.variant === "list-card");
    expect(card?.front).toContain("巩固（    ）等传统领域合作");
    expect(card?.flags).toContain(LAST_RESORT);
  });
});

describe("a list of examples", () => {
  it("opens on its own word (包括……在内)", () => {
    const d = makeDoc("g26_incl", "合作", "双方愿早日达成有效、富有实质内容、符合包括《北陆海洋公约》在内的国际法的准则。");
    const f = fact(d, "agreement", "北陆海洋公约", { name: "北陆海洋公约", category: "document", type: "公约", parties: [] } as never) as AgreementFact;
    expect(openListsIn(f.context.sentence, [f])[0]!.items).toEqual(["《北陆海洋公约》"]);
  });
});

describe("an open list of a concept's items (在甲、乙、丙等领域)", () => {
  it("is asked by one of its examples, against the items of the same head in other documents", () => {
    const a = makeDoc("g38_open_a", "甲文", "两国在渔业、航运、旅游等领域开展合作，成果丰硕。");
    const b = makeDoc("g38_open_b", "乙文", "北陆重点发展矿业、林业、畜牧业等领域，吸引外资。");
    const list = (d: Doc, needle: string, items: string[]) => fact(d, "concept", needle, { term: "领域", category: "enumeration", items } as never) as ConceptFact;
    const f = list(a, "渔业、航运、旅游等领域", ["渔业", "航运", "旅游"]);
    const g = list(b, "矿业、林业、畜牧业等领域", ["矿业", "林业", "畜牧业"]);
    const drafts = buildConceptQuestions(buildContext({ documents: [a, b], facts: [f, g] }), f);
    const mcq = drafts.find((x) => x.variant === "open-list-concept");
    expect(mcq?.prompt).toBe("阅读原文，括号处原文举出的例子中有下列哪一项？两国在（    ）等领域开展合作，成果丰硕。");
    expect(["渔业", "航运", "旅游"]).toContain(mcq!.answer);
    expect([...mcq!.options!].sort()).toEqual([mcq!.answer as string, "矿业", "林业", "畜牧业"].sort());
    // (never a closed-list question on it)
    expect(drafts.some((x) => x.type === "multi")).toBe(false);
  });
  it("offers no item sharing a word with the list's, and asks no list closed by its count or cut inside a word", () => {
    const b = makeDoc("g38_open_b", "乙文", "北陆重点发展矿业、林业、畜牧业、渔业加工等领域，吸引外资。");
    const list = (d: Doc, needle: string, items: string[]) => fact(d, "concept", needle, { term: "领域", category: "enumeration", items } as never) as ConceptFact;
    const g = list(b, "矿业、林业、畜牧业、渔业加工等领域", ["矿业", "林业", "畜牧业", "渔业加工"]);
    const ask = (body: string, needle: string, items: string[]) => {
      const a = makeDoc("g38_open_a", "甲文", body);
      const f = list(a, needle, items);
      return buildConceptQuestions(buildContext({ documents: [a, b], facts: [f, g] }), f).find((x) => x.variant === "open-list-concept");
    };
    const mcq = ask("两国在渔业、航运、旅游等领域开展合作。", "渔业、航运、旅游等领域", ["渔业", "航运", "旅游"]);
    expect(mcq?.options).not.toContain("渔业加工");
    // a section number before the sentence is left out; a passage that opens on 这 is not asked
    expect(ask("（4）两国在渔业、航运、旅游等领域开展合作。", "渔业、航运、旅游等领域", ["渔业", "航运", "旅游"])?.prompt).toBe(
      "阅读原文，括号处原文举出的例子中有下列哪一项？两国在（    ）等领域开展合作。",
    );
    expect(ask("这一机制覆盖渔业、航运、旅游等领域。", "渔业、航运、旅游等领域", ["渔业", "航运", "旅游"])).toBeUndefined();
    // "等三个领域" after three items: the list is closed
    expect(ask("两国在渔业、航运、旅游等三个领域开展合作。", "渔业、航运、旅游等三个领域", ["渔业", "航运", "旅游"])).toBeUndefined();
    // "海岸带" read as "岸带": the blank would cut the word
    expect(ask("两国已设立海岸带、航运、旅游等六个领域。", "岸带、航运、旅游等六个领域", ["岸带", "航运", "旅游"])).toBeUndefined();
  });
});
