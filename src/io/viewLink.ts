/**
 * Links to the view on screen that work on someone else's device, and the code that embeds
 * it in a page. A scenario from a link keeps its `?scenario=`; one from a file or a draft
 * (which live only on this machine) travels inside the link (`#shared=`, see shareLink.ts).
 */
import type { ScenarioOrigin, ViewState } from '../store/appStore';
import { SHARE_PREFIX } from '../store/origin';
import { searchForView } from '../store/url';
import { shareLink, type ShareResult } from './shareLink';

export const EMBED_THEMES = ['light', 'dark', 'projector'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

export interface LinkRequest {
  /** The app's address without query or fragment. */
  page: string;
  origin: ScenarioOrigin;
  /** The scenario as JSON, for an origin that must travel inside the link. */
  json: () => string;
  view: ViewState;
  embed?: { theme?: EmbedTheme };
}

/** The query of a link to a view: the scenario's link, the view, and the embed options; never this window's own state. */
export function linkSearch(origin: ScenarioOrigin, view: ViewState, embed?: { theme?: EmbedTheme }): string {
  const params = new URLSearchParams();
  if (origin.kind === 'url') params.set('scenario', origin.url);
  // Presenting and predicting are the teacher's modes: a shared view opens for exploring.
  const search = new URLSearchParams(searchForView(`?${params}`, { ...view, presenting: false, predict: false, revealed: [] }));
  if (embed) {
    search.set('embed', '1');
    if (embed.theme) search.set('theme', embed.theme);
  }
  const out = search.toString().replace(/=(?=&|$)/g, '');
  return out ? `?${out}` : '';
}

/** A link to the view on screen (and its scenario) for another device. */
export async function viewLink({ page, origin, json, view, embed }: LinkRequest): Promise<ShareResult> {
  const base = `${page}${linkSearch(origin, view, embed)}`;
  if (origin.kind === 'builtin' || origin.kind === 'url') return { ok: true, url: base };
  if (origin.kind === 'shared') return { ok: true, url: `${base}${SHARE_PREFIX}${origin.data}` };
  return shareLink(json(), base);
}

/** Text for an HTML attribute value in double quotes. */
function attribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The HTML that embeds a view in a page. */
export function embedCode(url: string, title: string, height = 640): string {
  return `<iframe src="${attribute(url)}" title="${attribute(`Standpoint: ${title}`)}" width="100%" height="${height}" style="border:0" loading="lazy" allow="fullscreen"></iframe>`;
}
