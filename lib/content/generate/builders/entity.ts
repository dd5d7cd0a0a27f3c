/**
 * Questions on entities: who holds which office in which country ("甲国总统某某"), which city is
 * whose capital ("甲国首都某城"). Only what a sentence states in one phrase is asked; a name
 * the corpus ties to two countries is not asked at all.
 */
import type { ExtractedFact, Sentence } from "../../types";
import { pickDistractors } from "../distractors";
import { shuffle } from "../hash";
import type { Draft, GenContext } from "../model";
import { draft, matchingDraft, seedFor, shuffled } from "./common";
import { bySubject, citeSeveral } from "./subjects";
import { citeDocument } from "../context";
import { escapeRegExp } from "../text";

type EntityFact = Extract<ExtractedFact, { kind: "entity" }>;

/** Offices written between a country and a name (a generic list). */
const OFFICE = "(?:前|首任|现任|时任)?(?:国家主席|总统|总理|副总统|副总理|外交部长|外长|国王|议长)";

interface Role {
  person: EntityFact;
  country: string;
  office: string;
  documentId: string;
  sentence: Sentence;
}

function countriesOf(ctx: GenContext): string[] {
  const names = new Set<string>();
  for (const f of ctx.corpus.facts) if (f.kind === "entity" && f.value.category === "country" && f.value.name.length >= 2) names.add(f.value.name);
  return [...names].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

function sourceOf(ctx: GenContext, documentId: string, s: Sentence): Draft["source"] {
  const raw = ctx.docs.get(documentId)?.doc.raw ?? "";
  return { documentId, start: s.raw.start, end: s.raw.end, quote: raw.slice(s.raw.start, s.raw.end) };
}

/** Every "country + office + name" phrase for the corpus's people; people tied to two countries are left out. */
function rolesOf(ctx: GenContext): Role[] {
  const countries = countriesOf(ctx);
  if (countries.length < 4) return [];
  const people = ctx.corpus.facts.filter((f): f is EntityFact => f.kind === "entity" && f.value.category === "person" && f.value.name.length >= 2);
  const out: Role[] = [];
  const country = countries.map(escapeRegExp).join("|");
  for (const p of people) {
    const names = [p.value.name, ...p.value.aliases.filter((a) => a.length >= 2)].map(escapeRegExp).join("|");
    const re = new RegExp(`(${country})(${OFFICE})(?:${names})`, "u");
    const found: Role[] = [];
    for (const [documentId, list] of ctx.sentences) {
      for (const s of list) {
        if (s.blockLabel !== "body") continue;
        const m = re.exec(s.text);
        if (m) found.push({ person: p, country: m[1]!, office: m[2]!, documentId, sentence: s });
      }
    }
    if (found.length === 0) continue;
    // one country and one office for the person everywhere, or nothing
    if (new Set(found.map((r) => r.country)).size > 1 || new Set(found.map((r) => r.office.replace(/^(?:现任|时任)/u, ""))).size > 1) continue;
    out.push(found[0]!);
  }
  return out;
}

function homeCountry(ctx: GenContext): string | undefined {
  let best: { c: string; n: number } | undefined;
  for (const c of countriesOf(ctx)) {
    let n = 0;
    for (const list of ctx.sentences.values()) for (const s of list) if (s.text.includes(c)) n++;
    if (!best || n > best.n) best = { c, n };
  }
  return best?.c;
}

/** "某某是哪国总统？" and, with three or more people in different offices, a matching of people and offices. */
export function buildEntityQuestions(ctx: GenContext): Draft[] {
  const roles = rolesOf(ctx);
  const out: Draft[] = [];
  if (roles.length === 0) return out;
  // the country the documents speak from (the one they name most) is neither asked nor offered:
  // its head of state is no question, and it is no plausible distractor
  const home = homeCountry(ctx);
  const countries = countriesOf(ctx).filter((c) => c !== home);
  // countries that hold offices in the corpus make the likeliest distractors
  const withOffices = [...new Set(roles.map((r) => r.country))].filter((c) => c !== home);
  const pool = [...withOffices, ...countries.filter((c) => !withOffices.includes(c))];
  for (const r of roles) {
    if (r.country === home) continue;
    const seed = seedFor("entity-office", [r.person]);
    const ds = pickDistractors(
      pool.filter((c) => c !== r.country && !c.includes(r.country) && !r.country.includes(c)),
      r.country,
      3,
      seed,
      { strict: false, window: 5 },
    );
    if (!ds) continue;
    const office = r.office.replace(/^(?:现任|时任)/u, "");
    const name = r.person.value.name;
    const title = office.startsWith("首任") || office.startsWith("前") ? `哪国的${office}` : `哪国${office}`;
    const base = {
      facts: [r.person] as ExtractedFact[],
      tags: ["entity", "person"],
      explanation: `${name}是${r.country}${office}。${citeDocument(ctx, r.documentId)}：“${r.sentence.text.trim()}”`,
    };
    out.push({
      ...draft(ctx, {
        ...base,
        type: "mcq",
        variant: "entity-office",
        prompt: `根据原文，${name}是${title}？`,
        options: shuffled([r.country, ...ds], seed),
        answer: r.country,
      }),
      source: sourceOf(ctx, r.documentId, r.sentence),
    });
    out.push({
      ...draft(ctx, {
        ...base,
        type: "flashcard",
        variant: "entity-card",
        prompt: `${name}是${title}？`,
        front: `${name}是${title}？`,
        back: `${r.country}${office}`,
      }),
      source: sourceOf(ctx, r.documentId, r.sentence),
    });
  }
  // matching: people ↔ offices, in groups of four (three when fewer) with distinct offices
  const distinct = new Map<string, Role>();
  for (const r of roles) {
    if (r.country === home) continue;
    const key = `${r.country}${r.office.replace(/^(?:现任|时任)/u, "")}`;
    if (!distinct.has(key)) distinct.set(key, r);
  }
  const list = shuffle(
    [...distinct.values()].sort((a, b) => (a.person.value.name < b.person.value.name ? -1 : 1)),
    "entity-match",
  );
  // (people of documents on one subject only)
  for (const pool of bySubject(ctx, list, (r) => r.documentId)) {
    for (let i = 0; i + 3 <= pool.length; i += 4) {
      const g = pool.slice(i, Math.min(i + 4, pool.length));
      if (g.length < 3) break;
      const pairs = g.map((r): [string, string] => [r.person.value.name, `${r.country}${r.office.replace(/^(?:现任|时任)/u, "")}`]);
      out.push({
        ...matchingDraft(ctx, {
          variant: "match-person-office",
          facts: g.map((r) => r.person),
          prompt: "请将下列人物与原文所述的身份对应起来：",
          pairs,
          tags: ["entity", "person", "matching"],
          cite: citeSeveral(ctx, g),
        }),
        source: sourceOf(ctx, g[0]!.documentId, g[0]!.sentence),
      });
    }
  }
  return out;
}
