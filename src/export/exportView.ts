/**
 * The picture of what is on screen: the network's scene (from NetworkView), the store's view
 * and the theme's resolved colours, put together by picture.ts.
 */
import type { NetworkSceneNow } from '../components/network/NetworkView';
import type { Scenario } from '../model/schema';
import { slug } from '../model/slug';
import type { ViewState } from '../store/appStore';
import { readPalette, type PictureTheme } from './palette';
import { buildPictureInSlices, viewCaption, type Picture } from './picture';

/** The picture's width in CSS pixels: about the network's own, within sensible bounds. */
export const PICTURE_WIDTH = 1200;

/** The picture of the view on screen, built in slices so a big network never holds the page for long. */
export function pictureOfView(scenario: Scenario, scene: NetworkSceneNow, view: ViewState, theme: PictureTheme): Promise<Picture> {
  const focus = view.focus.kind === 'actor' ? view.focus : null;
  const caption = viewCaption(scenario, { actor: focus?.id, compare: focus?.compare, step: view.step, hidden: scene.shown.hidden });
  // The positions are copied now: a big network's layout may still be moving while the picture is built.
  const positions = new Map(scene.positions);
  return buildPictureInSlices({ scenario, positions, shown: scene.shown, bends: scene.bends, palette: readPalette(theme), caption, width: PICTURE_WIDTH, aspect: scene.aspect });
}

/** A file name for a picture of the view: "the-kremlin-meeting-putin.svg". */
export function pictureFileName(scenario: Scenario, view: ViewState, extension: 'svg' | 'png'): string {
  const parts = [slug(scenario.title) || 'standpoint'];
  if (view.step !== null) parts.push(`step-${view.step + 1}`);
  else if (view.focus.kind === 'actor') parts.push(view.focus.id, ...(view.focus.compare ? [view.focus.compare] : []));
  return `${parts.join('-')}.${extension}`;
}
