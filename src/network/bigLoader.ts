/**
 * The parts of the network only a big one uses (bigParts.ts), loaded when one opens rather
 * than on every first visit: a small scenario, the built-in one included, never needs them.
 * The load starts as soon as the network learns it is big, beside its layout worker, which
 * takes longer to start.
 */
import type * as BigPartsModule from './bigParts';

type BigParts = typeof BigPartsModule;

let parts: BigParts | null = null;
let loading: Promise<BigParts> | null = null;

/** The big network's parts, if loaded. */
export function bigParts(): BigParts | null {
  return parts;
}

export function loadBigParts(): Promise<BigParts> {
  loading ??= import('./bigParts').then((m) => (parts = m));
  return loading;
}
