/**
 * The theme's colours as the page resolves them, for a picture that carries no CSS: each
 * custom property is read through a probe's computed colour, so var() chains and the
 * projector's overrides arrive as plain rgb() values.
 */
import { ACTOR_KINDS, ATTITUDES } from '../model/constants';
import type { Palette } from './picture';

export type PictureTheme = 'current' | 'projector';

export function readPalette(theme: PictureTheme): Palette {
  const root = document.documentElement;
  const wasPresent = root.dataset.present;
  // The projector theme is html[data-present]: set for the moment of reading, then put back.
  if (theme === 'projector') root.dataset.present = 'true';
  const probe = document.createElement('span');
  probe.hidden = true;
  document.body.append(probe);
  const read = (name: string) => {
    probe.style.color = `var(--${name})`;
    return getComputedStyle(probe).color;
  };
  try {
    return {
      bg: read('bg'),
      fg: read('fg'),
      muted: read('muted'),
      line: read('line'),
      lineStrong: read('line-strong'),
      opposes: read('opposes'),
      kind: Object.fromEntries(ACTOR_KINDS.map((k) => [k, read(`kind-${k}`)])) as Palette['kind'],
      attitude: Object.fromEntries([...ATTITUDES, 'silent'].map((a) => [a, read(`attitude-${a}`)])) as Palette['attitude'],
      font: getComputedStyle(document.body).fontFamily || 'sans-serif',
    };
  } finally {
    probe.remove();
    if (wasPresent === undefined) delete root.dataset.present;
    else root.dataset.present = wasPresent;
  }
}
