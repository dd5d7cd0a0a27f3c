/**
 * A document listed with its year in brackets ("《某某协定》（2016年）", one to a line in a page's list of
 * agreements): the year the text writes beside the title is the document's, whatever the verb (a list has
 * none), so it is asked as such. The year is read from the text beside the title, not from the fact.
 */
import { citeOf } from "../context";
import { formatDate, type SimpleDate } from "../dates";
import type { AgreementFact, Draft, GenContext } from "../model";
import { display, nameOf } from "./agreement-names";
import { ownerlessTitle } from "./agreement-owners";
import { draft, isGroupParty, partyPhrase, seedFor } from "./common";
import { dateDistractors, dateOptions } from "./date";
import { escapeRegExp } from "../text";

/** Titles of documents (not of books, speeches or plans), by their last word. */
const DOCUMENT_TITLE = /(?:条约|协定|协议|公约|议定书|声明|宣言|公报|备忘录|换文|宪章)$/u;

/** The year written in brackets right after the title, when the text gives it one and only one such year. */
export function listedYear(text: string, name: string): string | undefined {
  const years = new Set([...text.matchAll(new RegExp(`《${escapeRegExp(name)}》[（(]((?:19|20)\\d{2})年[）)]`, "gu"))].map((m) => m[1]!));
  return years.size === 1 ? [...years][0] : undefined;
}

export function listedYearQuestions(ctx: GenContext, f: AgreementFact): Draft[] {
  if (f.value.category !== "document") return [];
  const name = nameOf(f);
  if (!DOCUMENT_TITLE.test(name)) return [];
  const text = ctx.docs.get(f.documentId)?.text ?? "";
  const year = listedYear(text, name);
  if (!year) return [];
  // a title that names no one is asked with the pair the fact has (two named countries, no group)
  let owner = "";
  if (ownerlessTitle(ctx, f)) {
    if (f.value.parties.length !== 2 || f.value.parties.some(isGroupParty)) return [];
    owner = partyPhrase(f.value.parties) ?? "";
    if (!owner) return [];
  }
  const shown = display(f);
  const d: SimpleDate = { iso: year, precision: "year" };
  const seed = seedFor("agreement-listed-year", [f]);
  const ds = dateDistractors(ctx, d, [year], seed);
  if (!ds) return [];
  const answer = formatDate(d);
  return [
    draft(ctx, {
      type: "mcq",
      variant: "agreement-listed-year",
      facts: [f],
      prompt: `根据原文，${owner ? `${owner}之间的` : ""}${shown}是哪一年的文件？`,
      options: dateOptions(d, ds),
      answer,
      explanation: `正确答案是${answer}。${citeOf(ctx, f)}：“${shown}（${year}年）”`,
      tags: ["agreement", "document", "date"],
    }),
  ];
}
