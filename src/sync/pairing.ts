/**
 * Pairs the presenter's window with the audience window it opened. The two talk on a
 * BroadcastChannel named with a secret that only they know: the presenter makes it when it
 * first opens an audience window and hands it over in that window's address (`pair=`);
 * both keep it in sessionStorage, so each rejoins after a reload. Another page on the same
 * origin (on a shared static host, another site) cannot guess the channel's name.
 */

const KEY = 'standpoint:pair';
export const PAIR_PARAM = 'pair';
const SECRET = /^[0-9a-f]{32}$/;

function stored(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null; // Storage blocked: the pairing lasts as long as the page.
  }
}

function store(secret: string): void {
  try {
    sessionStorage.setItem(KEY, secret);
  } catch {
    // As above.
  }
}

/** A new secret: 128 random bits as hex. */
export function newSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The pairing secret this window already has (from its address or an earlier load), if any. */
export function currentSecret(search: string = window.location.search): string | null {
  const fromAddress = new URLSearchParams(search).get(PAIR_PARAM);
  if (fromAddress && SECRET.test(fromAddress)) {
    store(fromAddress);
    return fromAddress;
  }
  const kept = stored();
  return kept && SECRET.test(kept) ? kept : null;
}

/** The presenter's secret, made the first time an audience window is opened. */
export function presenterSecret(): string {
  const secret = currentSecret() ?? newSecret();
  store(secret);
  return secret;
}

export function channelName(scenarioId: string, secret: string): string {
  return `standpoint:${scenarioId}:${secret}`;
}
