/** A last-resort flashcard for a fact no other builder could test: its key blanked in its passage. */
import type { ExtractedFact } from "../../types";
import { BLANK, blankedPassage, explain } from "../context";
import { formatDate } from "../dates";
import type { Draft, GenContext } from "../model";
import { unwrap } from "../text";
import { usableAgreement } from "./agreement-names";
import { draft } from "./common";
import { termGivenAway, verbCutIntoTerm } from "./concept";
import { conversionNote } from "./figure";
import { relativeDateCard } from "./date-relative";
import { contextDateCard } from "./date-context";

function answerOf(f: ExtractedFact, surface: string): string {
  if (f.kind === "date" && f.value.inferred) return `${formatDate({ iso: f.value.iso, precision: f.value.precision, endIso: f.value.endIso })}（原文作“${surface}”）`;
  return surface;
}

export function fallbackCard(ctx: GenContext, f: ExtractedFact): Draft | undefined {
  // a date resolved from "3年前"/"同年" cannot be blanked in its sentence without confusing; one counted
  // from the date the passage writes before it ("次年") is asked as a reading of that passage
  if (f.kind === "date" && f.value.inferred) return relativeDateCard(ctx, f);
  if (f.kind === "agreement" && !usableAgreement(f)) return undefined;
  const key = f.context.keyInSentence;
  let surface = key ? f.context.sentence.slice(key.start, key.end) : "";
  if (!surface) {
    if (f.kind === "agreement") surface = unwrap(f.value.name);
    else if (f.kind === "concept") surface = unwrap(f.value.term);
    else if (f.kind === "figure") surface = f.value.text;
    else if (f.kind === "date") surface = f.value.text;
  }
  // a key wider than the name ("丙国皆是甲和乙关系" for "甲和乙关系") is an extraction slip: blank the name
  const name = f.kind === "agreement" ? unwrap(f.value.name) : f.kind === "concept" ? unwrap(f.value.term) : undefined;
  const bare = (t: string) => t.replace(/[“”《》‘’]/gu, "");
  if (name && bare(surface) !== bare(name) && surface.includes(name) && name.length >= 2) surface = name;
  if (!surface || surface.length > 40) return undefined;
  // a clause ("推动……需要把握好三个关键") is no concept to recall
  if (f.kind === "concept" && !/^[“《]/u.test(surface) && (surface.length > 16 || /需要|应当|必须|应该|能够|可以/u.test(surface))) return undefined;
  // a verb cut into the term ("助力甲乙共同体"): the answer is the term, not verb and term
  if (f.kind === "concept" && !/^[“《]/u.test(surface) && verbCutIntoTerm(surface)) return undefined;
  // a figure in a bracketed conversion ("（约合……）") is the reader's arithmetic, not a fact of the text
  if (f.kind === "figure" && conversionNote(f.context.sentence, surface)) return undefined;
  // a bare count of a generic word ("三方面") beside its list: the list gives the answer away
  if (f.kind === "concept" && /^[一二三四五六七八九十两\d]+个?(?:方面|层面|点|条|项|个|部分)$/u.test(surface)) return undefined;
  // a date whose sentence points back ("该项目……；2019年4月，双方……", "将这一数字提高到……") is shown with the sentences before it
  const context = f.kind === "date" ? contextDateCard(ctx, f) : undefined;
  if (context) return context;
  const bp = blankedPassage(ctx, f, surface, BLANK, 100);
  if (!bp || bp.dangling) return undefined;
  // a set phrase or a frame the document fills otherwise as well (concept.ts termGivenAway)
  if (f.kind === "concept" && termGivenAway(ctx, f, unwrap(f.value.term), bp.text)) return undefined;
  const back = answerOf(f, surface);
  return draft(ctx, {
    type: "flashcard",
    variant: "fallback-card",
    facts: [f],
    prompt: bp.text,
    front: `${bp.text}\n括号中应是什么？`,
    back,
    explanation: explain(ctx, f, ""),
    tags: [f.kind],
    flags: bp.prepended ? ["context-prepended"] : [],
  });
}
