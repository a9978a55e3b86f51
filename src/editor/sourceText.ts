/**
 * Starting from the source: the article or transcript a scenario rests on, pasted and split
 * into sections at its headings, so claims can cite them. The text itself stays with the
 * draft in this browser (to read beside a claim while picking its section); it never goes
 * into the scenario, which holds only each section's title and the author's own summary.
 * Pure.
 */
import { LIMITS } from '../model/constants';
import { slug, uniqueId, type Doc } from './edits';

export interface FoundSection {
  title: string;
  text: string;
}

/** The most text kept per draft: a long article, many times over. */
export const SOURCE_TEXT_LIMIT = 1_000_000;

const MARKDOWN_HEADING = /^#{1,6}\s+(.+?)\s*#*\s*$/;

/** A line that reads as a heading: short, no closing punctuation, starting with a capital or a number. */
function looksLikeHeading(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > 80) return false;
  if (t.split(/\s+/).length > 12) return false;
  if (/[.,;:!?"\u201d\u2019)\]]$/.test(t)) return false;
  return /^[\p{Lu}\p{N}]/u.test(t);
}

/** Paragraphs grouped into parts of about this many when the text has no headings. */
const PARAGRAPHS_PER_PART = 4;

/**
 * Splits a pasted text at its headings: Markdown `#` headings, or a short line on its own
 * (a blank line before it, text after) that does not end as a sentence does. Text before
 * the first heading is "Opening". Without headings, the text is cut into parts of a few
 * paragraphs ("Part 1", "Part 2"…). At most `LIMITS.sections`: the rest joins the last.
 */
export function splitSource(raw: string): FoundSection[] {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  const found: FoundSection[] = [];
  let current: { title: string; lines: string[] } = { title: 'Opening', lines: [] };
  const close = () => {
    const text = current.lines.join('\n').trim();
    if (text || current.title !== 'Opening') found.push({ title: current.title, text });
  };
  let headings = 0;
  lines.forEach((line, i) => {
    const md = MARKDOWN_HEADING.exec(line);
    const before = i === 0 || lines[i - 1]?.trim() === '';
    const after = lines.slice(i + 1).find((l) => l.trim() !== '');
    const plain = !md && before && after !== undefined && !looksLikeHeading(after) && looksLikeHeading(line);
    if (md || plain) {
      close();
      headings += 1;
      current = { title: (md?.[1] ?? line).trim().slice(0, LIMITS.titleLength), lines: [] };
    } else current.lines.push(line);
  });
  close();
  const sections = headings > 0 ? found : byParagraphs(raw);
  if (sections.length <= LIMITS.sections) return sections;
  const kept = sections.slice(0, LIMITS.sections - 1);
  const rest = sections.slice(LIMITS.sections - 1);
  return [...kept, { title: rest[0]?.title ?? 'The rest', text: rest.map((s) => `${s.title}\n\n${s.text}`).join('\n\n') }];
}

function byParagraphs(raw: string): FoundSection[] {
  const paragraphs = raw
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const parts: FoundSection[] = [];
  for (let i = 0; i < paragraphs.length; i += PARAGRAPHS_PER_PART) {
    parts.push({ title: `Part ${parts.length + 1}`, text: paragraphs.slice(i, i + PARAGRAPHS_PER_PART).join('\n\n') });
  }
  return parts;
}

/** Every `ref` in the draft equal to `from`, pointed at `to` instead (claims, stances, notes, relations). */
export function replaceRef(doc: Doc, from: string, to: string): Doc {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) {
      const next = value.map(walk);
      return next.some((v, i) => v !== value[i]) ? next : value;
    }
    if (value === null || typeof value !== 'object') return value;
    const obj = value as Record<string, unknown>;
    let changed = false;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(obj)) {
      const next = k === 'ref' && v === from ? to : walk(v);
      if (next !== v) changed = true;
      out[k] = next;
    }
    return changed ? out : value;
  };
  return walk(doc) as Doc;
}

/** The blank section a new scenario starts with: replaced, not kept, when real ones arrive. */
const isPlaceholder = (sections: readonly { id: string; title: string; summary?: string }[]) =>
  sections.length === 1 && sections[0]?.id === 'part-1' && (sections[0].title === 'Part 1' || sections[0].title === '') && !sections[0].summary;

/**
 * Adds found sections to a source, each with a fresh id; a new scenario's placeholder
 * section is replaced, and what cited it cites the first new section. Returns the text of
 * each new section by its reference (`source#section`), for the draft to keep.
 */
export function addFoundSections(doc: Doc, sourceIndex: number, found: readonly FoundSection[]): { doc: Doc; texts: Record<string, string> } {
  const source = doc.sources[sourceIndex];
  if (!source || found.length === 0) return { doc, texts: {} };
  const replacing = isPlaceholder(source.sections);
  const kept = replacing ? [] : source.sections;
  const room = Math.max(0, LIMITS.sections - kept.length);
  const taken = kept.map((s) => s.id);
  const texts: Record<string, string> = {};
  const added = found.slice(0, room).map((f, i) => {
    const id = uniqueId(slug(f.title).slice(0, 40) || `part-${kept.length + i + 1}`, taken);
    taken.push(id);
    texts[`${source.id}#${id}`] = f.text;
    return { id, title: f.title.slice(0, LIMITS.titleLength) || `Part ${kept.length + i + 1}` };
  });
  let next: Doc = { ...doc, sources: doc.sources.map((s, i) => (i === sourceIndex ? { ...s, sections: [...kept, ...added] } : s)) };
  const first = added[0];
  if (replacing && first) next = replaceRef(next, `${source.id}#part-1`, `${source.id}#${first.id}`);
  return { doc: next, texts };
}
