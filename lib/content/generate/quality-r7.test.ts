/**
 * What sample Z rejected, on invented text: count-names given away by their own list, events with
 * no subject and photo captions, bare shared count-names, newspaper datelines, running heads and
 * footnote lines, 《》 the source does not write, pairs and coordinated titles as names, forums'
 * short forms.
 */
import { describe, expect, it } from "vitest";
import { fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import type { Corpus, ExtractedFact } from "../types";
import { generateBank } from "./bank";
import { usableAgreement } from "./builders/agreement";
import { questionFlags } from "./selfcheck";
import { countOf } from "./text";
import { forumOf, withForumName, withoutRunningHead } from "./tidy";
import { testQuestion as q } from "@/tests/support/question";

function corpusOf(docs: [string, string][], facts: (d: ReturnType<typeof makeDoc>[]) => ExtractedFact[]): Corpus {
  const ds = docs.map(([id, body]) => makeDoc(id, "测试文献", body));
  return { documents: ds, facts: facts(ds) };
}

describe("a list that gives away its own count-name", () => {
  it("reads the count of a count-name", () => {
    expect(countOf("三大支柱")).toBe(3);
    expect(countOf("六个坚持")).toBe(6);
    expect(countOf("海港合作条约")).toBe(0);
  });
  it("drops an mcq whose list has the answer's count and no other option shares it", () => {
    const prompt = "阅读原文，选择填入括号的一项：两国提出打造山路、水路、海路的“（    ）”。";
    expect(questionFlags(q({ type: "mcq", prompt, options: ["三大通道", "两个中心", "四点主张", "五项原则"], answer: "三大通道" }))).toContain("answer-leak");
    expect(questionFlags(q({ type: "mcq", prompt, options: ["三大通道", "三个中心", "三点主张", "三项原则"], answer: "三大通道" }))).not.toContain("answer-leak");
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

describe("datelines, running heads and footnote lines", () => {
  it("never asks a newspaper dateline", () => {
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：本报北陆城____电（记者某某）两国宣布建交。", answer: "5月8日" }))).toContain("trivial-blank");
  });
  it("flags a journal's running head and a reference line", () => {
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：海洋研究2031年第2期北陆国成立于____。", answer: "1995年" }))).toContain("artefact:page-header");
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：港口最初设在甲城。3.参见《北陆海港白皮书》，____。", answer: "2031年2月" }))).toContain("artefact:footnote");
  });
  it("leaves a running head out of a prompt when a sentence follows it", () => {
    expect(withoutRunningHead("根据原文填空：海洋研究2031年第2期三、北陆的方案2030年11月，北陆国提出____。")).toBe("根据原文填空：2030年11月，北陆国提出____。");
    expect(withoutRunningHead("根据原文填空：海洋研究2031年第2期二、北陆港的困境北陆港建于____。")).toBe("根据原文填空：海洋研究2031年第2期二、北陆港的困境北陆港建于____。");
    // a date in the middle of a heading's sentence is no sentence start
    const glued = "根据原文填空：海洋研究2031年第2期二、北陆港的困境北陆港建于1995年1月1日，其前身是____。";
    expect(withoutRunningHead(glued)).toBe(glued);
  });
});

describe("a forum's short form", () => {
  it("takes the forum's name from the document", () => {
    expect(forumOf("2001年，中国—北陆国家合作论坛成立。论坛第二届部长级会议在甲城举行。")).toBe("中国—北陆国家合作论坛");
    expect(withForumName("2031年5月，论坛甲城峰会将关系提升为（    ）。", "中国—北陆国家合作论坛")).toBe("2031年5月，中国—北陆国家合作论坛甲城峰会将关系提升为（    ）。");
  });
  it("reads 该 + a head the text has just named as resolved", () => {
    const prompt = "根据原文填空：2030年，北陆国倡议设立海港创新基地，该基地于____在甲城启动。";
    expect(questionFlags(q({ type: "cloze", prompt, answer: "2031年9月" }))).not.toContain("dangling-reference");
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：该基地于____在甲城启动。", answer: "2031年9月" }))).toContain("dangling-reference");
  });
  it("drops the short form when no forum is named", () => {
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：2031年5月，论坛甲城峰会将关系提升为____。", answer: "战略伙伴关系" }))).toContain("dangling-reference");
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

describe("a bare count-name two documents use", () => {
  it("is not asked alone", () => {
    const c = corpusOf(
      [
        ["doc_a", "双方提出打造“三大支柱”，即港口、航运、旅游，共同建设海洋伙伴关系。"],
        ["doc_b", "南川国提出“三大支柱”，即农业、教育、卫生。"],
      ],
      ([a, b]) => [
        fact(a!, "concept", "三大支柱", { term: "三大支柱", items: ["港口", "航运", "旅游"], category: "slogan" } as never),
        fact(b!, "concept", "三大支柱", { term: "三大支柱", items: ["农业", "教育", "卫生"], category: "slogan" } as never),
      ],
    );
    const { bank } = generateBank(c);
    expect(bank.questions.some((x) => /^(?:根据原文，)?“三大支柱”包括/u.test(x.prompt))).toBe(false);
  });
});
