/**
 * A note is cited text: its sentence carries facts like the body's, unless it is a citation — a
 * source named by its title, author, publisher, issue, page or link, whose dates are the source's.
 */
const SOURCE_MARK =
  /https?:|www\.|\.s?html?\b|[[［](?:N|EB\/OL|Z|R|J|M|S|OL|C|D|A)[\]］]|出版社|印书馆|第\s*\d+\s*版|第\s*\d+(?:\s*[-—–、]\s*\d+)?\s*页|\d{4}\s*年?\s*第\s*\d+\s*期|\d{4}\s*[（(]\d{1,2}[）)]|\bpp?[.．]\s*\d|参见|详见|转引自|引自/;
/** Opening the note: where the source is (见…, 来源：…), a title (《…》) or its author (某某：《…》), 同上. */
const SOURCE_OPENER = /^(?:见|据|数据来源|资料来源|来源|同上|同[。.]?$|[^，。；：:]{0,20}[：:．.]?\s*《)/;
/** Closing the note: the source's body and date (某某数据，2030年1月。), or a bare date after a comma. */
const SOURCE_CLOSER = /(?:数据|统计|资料)[。.]?$|整理[。.]?$|[，,]\s*\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?\s*[。.]?$/;

export function isCitation(note: string): boolean {
  const text = note.trim();
  if (SOURCE_MARK.test(text) || SOURCE_OPENER.test(text) || SOURCE_CLOSER.test(text)) return true;
  // mostly Latin or Cyrillic: a foreign source
  const han = (text.match(/[\u4e00-\u9fff]/g) ?? []).length;
  return han < text.length * 0.3;
}
