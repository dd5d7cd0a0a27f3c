/**
 * Last touches to the text a question shows (prompt, flashcard front), never to its source quote:
 * a printed page's running head glued to a sentence is left out, and a forum's bare short form
 * ("论坛某地峰会") gets the forum's name the document gives.
 */

/** "某某研究2024年第2期" (a journal's running head), and the section heading glued after it when a date follows. */
const RUNNING_HEAD = /(^|[：:\n])[\u3400-\u9fff]{2,12}(?:19|20)\d{2}年第\s*\d{1,2}\s*期(?:[一二三四五六七八九十]{1,3}、[^，。；：\d（）()]{2,14}?(?<![于在至到自从])(?=\d{4}年|(?:_{2,}|（\s*）)[，,]))?/u;

export function withoutRunningHead(text: string): string {
  const m = RUNNING_HEAD.exec(text);
  if (!m) return text;
  const rest = text.slice(m.index + m[0].length);
  // only when what is left starts a sentence (a date or a blank), not the middle of a heading
  if (!/^(?:\d{4}年|_{2,}|（\s*）)/u.test(rest)) return text;
  return text.slice(0, m.index) + m[1] + rest;
}

/** The one forum a document names in full ("中国—某某合作论坛"), when it names exactly one. */
export function forumOf(docText: string): string | undefined {
  const counts = new Map<string, number>();
  for (const m of docText.matchAll(/中国—[\u3400-\u9fff]{2,12}?论坛|中[\u3400-\u9fff]合作论坛/gu)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  const names = [...counts.keys()].filter((n) => !/论坛.+论坛/u.test(n));
  if (names.length === 0) return undefined;
  // several spellings of one forum ("中国—某某国家合作论坛", "中某合作论坛") are fine; the full spelling is shown
  names.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const full = names.filter((n) => n.startsWith("中国—"));
  if (full.length > 1) return undefined;
  return full[0] ?? (names.length === 1 ? names[0] : undefined);
}

/** "论坛某地峰会" at the start of a clause, with no forum named anywhere in the text, takes the forum's name. */
export function withForumName(text: string, forum: string | undefined): string {
  if (!forum || /[\u3400-\u9fff]论坛/u.test(text)) return text;
  return text.replace(/(^|[，。；：\n])论坛(?=[\u3400-\u9fff]{2,8}(?:峰会|部长级会议|会晤)|第[一二三四五六七八九十\d]+届|首届)/gu, `$1${forum}`);
}
