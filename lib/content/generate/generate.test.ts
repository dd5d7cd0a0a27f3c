import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bankSchema, type Question } from "../../bank/format";
import { fact, makeDoc, sampleCorpus } from "../../../tests/fixtures/generate/corpus";
import type { Corpus } from "../types";
import { buildCorpus } from "../pipeline";
import { rawDocumentFromText } from "../read";
import { generateBank } from "./bank";
import { datesCompatible } from "./dates";
import { formatReport } from "./report";

function byVariant(qs: Question[], type: Question["type"], promptIncludes: string): Question | undefined {
  return qs.find((q) => q.type === type && q.prompt.includes(promptIncludes));
}

describe("generateBank on a small corpus", () => {
  const { bank, report } = generateBank(sampleCorpus());
  const qs = bank.questions;

  it("produces a bank that validates against the quizbank/1 schema", () => {
    expect(bankSchema.safeParse(bank).success).toBe(true);
    expect(bank.format).toBe("quizbank/1");
    expect(bank.documents.every((d) => typeof d.text === "string" && d.text.length > 0)).toBe(true);
    expect(bank.facts.every((f) => !("context" in f))).toBe(true);
  });

  it("makes every question type", () => {
    const types = new Set(qs.map((q) => q.type));
    for (const t of ["mcq", "multi", "true_false", "cloze", "ordering", "matching", "short_answer", "flashcard"] as const) {
      expect(types.has(t), t).toBe(true);
    }
  });

  it("asks when a dated event happened, with four dates of the same precision", () => {
    const q = byVariant(qs, "mcq", "正式建交是在")!;
    expect(q).toBeDefined();
    expect(q.prompt).toBe("中国与中亚五国正式建交是在什么时候？");
    expect(q.answer).toBe("1992年1月");
    expect(q.options).toHaveLength(4);
    for (const o of q.options!) expect(o).toMatch(/^\d{4}年\d{1,2}月$/);
    expect(new Set(q.options).size).toBe(4);
  });

  it("blanks a date in the clean sentence for cloze, with accepted spellings", () => {
    const q = qs.find((q) => q.type === "cloze" && q.answer === "1992年1月")!;
    expect(q.prompt).toContain("____");
    expect(q.prompt).not.toContain("1992年1月");
    expect(q.accepted).toContain("1992.1");
  });

  it("builds a multi question from an enumeration with distractor items from other enumerations", () => {
    const q = qs.find((q) => q.type === "multi" && q.prompt.includes("四个坚持"))!;
    expect(q).toBeDefined();
    expect(q.answer).toEqual(["坚持守望相助", "坚持共同发展", "坚持普遍安全", "坚持世代友好"]);
    const distractors = q.options!.filter((o) => !(q.answer as string[]).includes(o));
    expect(distractors.length).toBeGreaterThanOrEqual(2);
  });

  it("orders four dated events from different documents", () => {
    const q = qs.find((q) => q.type === "ordering")!;
    expect(q.options).toHaveLength(4);
    expect([...q.options!].sort()).toEqual([...(q.answer as string[])].sort());
    expect(q.options).not.toEqual(q.answer);
  });

  it("matches documents with their dates", () => {
    const q = qs.find((q) => q.type === "matching")!;
    expect(q.pairs!.length).toBeGreaterThanOrEqual(3);
    expect(q.pairs!.some(([l, r]) => l === "《友好合作伙伴关系条约》" && r === "2005年5月")).toBe(true);
  });

  it("asks the partnership level as a short answer", () => {
    const q = qs.find((q) => q.type === "short_answer" && q.answer === "永久全面战略伙伴关系")!;
    expect(q.prompt).toBe("2019年9月，中国与哈萨克斯坦建立了什么关系？");
  });

  it("gives figures of the same unit and magnitude as distractors", () => {
    const q = qs.find((q) => q.type === "mcq" && q.answer === "170亿美元")!;
    expect(q).toBeDefined();
    for (const o of q.options!) {
      expect(o).toMatch(/^\d+亿美元$/);
      const n = Number(o.replace("亿美元", ""));
      expect(n).toBeGreaterThan(170 * 0.3);
      expect(n).toBeLessThan(170 * 3);
    }
  });

  it("gives every question a source quoting the raw text exactly and an explanation", () => {
    const raw = new Map(bank.documents.map((d) => [d.id, d.text!]));
    for (const q of qs) {
      expect(q.source.quote).toBe(raw.get(q.source.documentId)!.slice(q.source.start, q.source.end));
      expect(q.source.quote.length).toBeGreaterThan(0);
      expect(q.explanation.length).toBeGreaterThan(0);
      expect(q.id).toMatch(/^q_[0-9a-f]{24}$/);
      expect(q.quality.score).toBeGreaterThan(0);
    }
  });

  it("tests every date, agreement, concept and figure of the corpus", () => {
    for (const kind of ["date", "agreement", "concept", "figure"]) expect(report.coverage[kind]!.share, kind).toBe(1);
  });

  it("prints a report with counts, coverage, dropped questions and a seeded sample", () => {
    const text = formatReport(bank, report, { sample: 5, seed: "t" });
    expect(text).toContain("Questions by type:");
    expect(text).toContain("Coverage");
    expect(text).toContain("A sample of 5 questions to read:");
    expect(formatReport(bank, report, { sample: 5, seed: "t" })).toBe(text);
  });

  it("makes a valid, empty bank from a corpus without facts", () => {
    const c = sampleCorpus();
    const empty = generateBank({ documents: c.documents, facts: [] });
    expect(empty.bank.questions).toEqual([]);
    expect(bankSchema.safeParse(empty.bank).success).toBe(true);
  });

  it("lists dropped questions with reasons", () => {
    expect(report.dropped.length).toBeGreaterThan(0);
    for (const d of report.dropped) expect(d.reasons.length).toBeGreaterThan(0);
  });
});

describe("distractors are never also true", () => {
  function twoSources(): Corpus {
    const base = sampleCorpus();
    const c = makeDoc("doc_c", "另一篇", "2014年9月，习近平主席访问中亚，提出共同建设“丝绸之路经济带”。四个坚持还包括坚持开放包容。");
    const extra = [
      fact(c, "date", "2014年9月", {
        iso: "2014-09",
        precision: "month",
        text: "2014年9月",
        event: "习近平主席访问中亚，提出共同建设“丝绸之路经济带”",
        inferred: false,
      }),
      fact(c, "concept", "坚持开放包容", { term: "四个坚持", category: "enumeration", items: ["坚持开放包容", "坚持共同发展"] }),
    ];
    return { documents: [...base.documents, c], facts: [...base.facts, ...extra] };
  }

  it("never offers a date the corpus gives for the same event", () => {
    const { bank } = generateBank(twoSources());
    const qs = bank.questions.filter((q) => q.type === "mcq" && q.prompt.startsWith("习近平主席访问中亚"));
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) {
      const wrong = q.options!.filter((o) => o !== q.answer);
      expect(wrong).not.toContain("2014年9月");
      expect(wrong).not.toContain("2013年9月");
    }
  });

  it("never offers an item that belongs to the same concept elsewhere", () => {
    const { bank } = generateBank(twoSources());
    for (const q of bank.questions.filter((q) => (q.type === "multi" || q.type === "mcq") && q.prompt.includes("四个坚持"))) {
      const wrong = q.type === "multi" ? q.options!.filter((o) => !(q.answer as string[]).includes(o)) : [q.answer as string];
      expect(wrong).not.toContain("坚持开放包容");
      expect(wrong).not.toContain("开放包容");
    }
  });

  it("never offers a partnership level recorded for the same parties and date", () => {
    const { bank } = generateBank(sampleCorpus());
    for (const q of bank.questions.filter((q) => q.type === "mcq" && q.answer === "永久全面战略伙伴关系")) {
      expect(q.options!.filter((o) => o === "永久全面战略伙伴关系")).toHaveLength(1);
    }
  });

  it("skips a date question when no distractor can be made safely", () => {
    const d = makeDoc("doc_d", "短文", "20世纪90年代，双方建立了政治互信。");
    const f = fact(d, "date", "20世纪90年代", {
      iso: "1990s",
      precision: "decade",
      text: "20世纪90年代",
      event: "双方建立了政治互信",
      inferred: false,
    });
    // every neighbouring decade is also given for the same event
    const others = ["1980s", "2000s", "1970s", "2010s", "2020s"].map((iso, i) => ({
      ...f,
      id: `f_other_${i}`,
      label: `other ${i}`,
      value: { ...f.value, iso },
    }));
    const { bank } = generateBank({ documents: [d], facts: [f, ...others] as Corpus["facts"] });
    const mcqs = bank.questions.filter((q) => q.type === "mcq" && q.factIds.includes(f.id));
    expect(mcqs).toHaveLength(0);
  });

  it("keeps distractor dates at the answer's precision and never compatible with it", () => {
    const { bank } = generateBank(sampleCorpus());
    for (const q of bank.questions.filter((q) => q.type === "mcq" && /是在(什么时候|哪一年)/.test(q.prompt))) {
      const shape = (s: string) => s.replace(/\d+/g, "9");
      for (const o of q.options!) expect(shape(o)).toBe(shape(q.answer as string));
      expect(q.options!.filter((o) => o === q.answer)).toHaveLength(1);
    }
    expect(datesCompatible("2013-09", "2013")).toBe(true);
  });
});

describe("determinism", () => {
  it("writes byte-identical banks on two runs", () => {
    const a = JSON.stringify(generateBank(sampleCorpus()).bank);
    const b = JSON.stringify(generateBank(sampleCorpus()).bank);
    expect(a).toBe(b);
  });

  it("keeps question ids when text is added elsewhere in a document", () => {
    const before = generateBank(sampleCorpus()).bank.questions.map((q) => q.id).sort();
    const shifted = sampleCorpus();
    // same facts, but every offset moved: ids must not depend on offsets
    const pad = "前言。\n\n";
    for (const d of shifted.documents) {
      d.doc = { ...d.doc, raw: d.doc.raw.replace("\n\n", `\n\n${pad}`) };
      const titleEnd = d.title.length + 2;
      d.sentences = d.sentences.map((s) => ({ ...s, raw: { start: s.raw.start + pad.length, end: s.raw.end + pad.length } }));
      void titleEnd;
    }
    shifted.facts = shifted.facts.map((f) => ({ ...f, span: { start: f.span.start + pad.length, end: f.span.end + pad.length } }));
    const after = generateBank(shifted).bank.questions.map((q) => q.id).sort();
    expect(after).toEqual(before);
  });
});

describe("the generator names no fact of the five documents", () => {
  it("has no document-specific names or phrases in lib/content/generate", () => {
    const dir = path.join(__dirname);
    const files: string[] = [];
    const walk = (d: string) => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (p.endsWith(".ts") && !p.endsWith(".test.ts")) files.push(p);
      }
    };
    walk(dir);
    const banned = ["丝绸之路", "哈萨克斯坦", "乌兹别克斯坦", "命运共同体", "习近平", "阿斯塔纳", "守望相助", "互尊", "中亚", "一带一路", "西安"];
    for (const f of files) {
      const text = readFileSync(f, "utf8");
      for (const b of banned) expect(text.includes(b), `${path.basename(f)} contains ${b}`).toBe(false);
    }
  });
});

describe("when-questions are asked only about whole events", () => {
  function whenPrompts(body: string, needle: string, event: string): string[] {
    const d = makeDoc("doc_w", "标题", body);
    const iso = /^(\d{4})年(\d{1,2})月/.exec(needle);
    const f = fact(d, "date", needle, {
      iso: iso ? `${iso[1]}-${iso[2]!.padStart(2, "0")}` : needle.slice(0, 4),
      precision: iso ? "month" : "year",
      text: needle,
      event,
      inferred: false,
    });
    return generateBank({ documents: [d], facts: [f] }).bank.questions.filter((q) => q.type === "mcq").map((q) => q.prompt);
  }

  it("asks about a dated event", () => {
    expect(whenPrompts("2016年6月，甲国与乙国建立全面战略伙伴关系。", "2016年6月", "甲国与乙国建立全面战略伙伴关系")).toEqual([
      "甲国与乙国建立全面战略伙伴关系是在什么时候？",
    ]);
  });

  it("does not ask about deadlines, starting points or comparisons", () => {
    expect(whenPrompts("到2035年甲国基本实现现代化。", "2035年", "甲国基本实现现代化")).toEqual([]);
    expect(whenPrompts("截至2022年底，甲国对乙国投资超过150亿美元。", "2022年", "甲国对乙国投资超过150亿美元")).toEqual([]);
    expect(whenPrompts("与2023年相比，出口增长了46.5%。", "2023年", "相比，出口增长了46.5%")).toEqual([]);
  });

  it("does not ask about reported speech without its content, or a date shared with another", () => {
    expect(whenPrompts("2023年5月，甲国领导人在会见乙国总统时强调，双方应加强合作。", "2023年5月", "甲国领导人在会见乙国总统时强调")).toEqual([]);
    expect(whenPrompts("2023年11月和2024年5月，两国元首分别签署法令。", "2024年5月", "两国元首签署法令")).toEqual([]);
  });
});

describe("a document's title", () => {
  it("is not asked: a term it holds is asked where the body writes it", () => {
    const text = "“北海开放”与“丝路”的对接：甲乙关系的政策逻辑\n\n林某某\n\n2031年以来，甲国政府推行“北海开放”政策，与乙国倡议形成了较强的政策对接。2032年5月，两国签署《甲乙经济合作协定》。\n";
    const corpus = buildCorpus([rawDocumentFromText("doc_title", "title.txt", text)]);
    const { bank } = generateBank(corpus);
    const bodyStart = text.indexOf("2031年");
    expect(bank.questions.length).toBeGreaterThan(0);
    expect(bank.questions.filter((q) => q.source.start < bodyStart).map((q) => q.prompt)).toEqual([]);
    expect(bank.questions.some((q) => q.answer === "北海开放")).toBe(true);
  });
});
