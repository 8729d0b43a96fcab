// What a user is shown as the basis (依据) of a standards-derived default (carbon factor, evaluation scheme, PM10 rule,
// 装配率 score table, waste target): the standards and clauses it cites, or 地方默认值 when it cites none. The catalogues
// keep their research notes (how sure the value is, where it was found) for maintainers; those never reach a page, an
// Excel or a PDF (issue 20: a regulator cannot cite a value the product itself calls unchecked).

/** A Chinese standard number: GB, GB/T, JGJ(/T), CJJ(/T), HJ, DBJ, DB43(/T)… with its year, e.g. "GB/T 51366-2019". */
const STANDARD = String.raw`(?:GB|JGJ|CJJ|JG|HJ|DBJ\d*|DB\d{2}|T\/[A-Z]{2,8})(?:\/T)?\s?\d{2,6}(?:\.\d+)?-\d{4}`;
/** A clause after the number: 表 4.0.1, 第 3.0.3 条, 附录 D, 5.2.1 — and lists of them ("表4.0.1, 3.0.3"). */
const CLAUSE = String.raw`(?:\s*附录\s*[A-Z](?:\.\d+)*|\s*(?:表|第|§)?\s*[A-Z]?\d+(?:\.\d+)*(?:\s*条)?(?:\s*[,，、]\s*(?:表|第)?\s*[A-Z]?\d+(?:\.\d+)+(?:\s*条)?)*)?`;
const CITATION = new RegExp(STANDARD + CLAUSE, 'g');
/** A document number such as 建办质〔2021〕9号 is a basis too. */
const DOCUMENT = /[\u4e00-\u9fa5]{1,8}〔\d{4}〕\d+号/g;

export const LOCAL_DEFAULT = '地方默认值';

/**
 * The basis to show for a default whose internal source text is `source`: the cited standards and clauses joined with
 * "；", or 地方默认值. Anything else in the source (confidence tags, notes, web addresses) is dropped.
 */
export function publicBasis(source: string | null | undefined): string {
  if (!source) return LOCAL_DEFAULT;
  const found: string[] = [];
  for (const m of source.matchAll(CITATION)) {
    const text = m[0].replace(/\s+/g, ' ').trim();
    const code = new RegExp('^' + STANDARD).exec(text)![0].replace(/^(\D+?)\s?(\d)/, '$1 $2');
    // 表 4.0.1 → 表4.0.1, 第 3.0.3 条 → 第3.0.3 条: the way the standards print their clause references.
    const clause = text
      .slice(new RegExp('^' + STANDARD).exec(text)![0].length)
      .trim()
      .replace(/(表|附录|第|§)\s+/g, '$1');
    const entry = clause ? `${code} ${clause}` : code;
    if (!found.some((f) => f === entry || f.startsWith(`${entry} `))) found.push(entry);
  }
  for (const m of source.matchAll(DOCUMENT)) if (!found.includes(m[0])) found.push(m[0]);
  return found.length ? found.join('；') : LOCAL_DEFAULT;
}

/** Internal provenance words that must never appear in a user-visible text (checked by the catalogue tests). */
// Whole words only: an indicator key such as quality.ledgerVerifiedShare is a name, not a confidence tag.
export const INTERNAL_PROVENANCE =
  /(?<![A-Za-z])(?:verified|recalled)(?![A-Za-z])|回忆|待核|standards\.md|https?:\/\/|github|\[R-[hml]\]|\[V\]/i;
