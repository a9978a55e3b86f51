/**
 * zod, configured once for every schema in the app. It is zod 4's `zod/mini`: the same
 * checks and the same errors as classic zod, written as functions (`z.optional(x)`,
 * `.check(z.maxLength(n))`) so that a bundle carries only the checks it uses; a linked
 * scenario's visit downloads about 8 KB of it rather than 26 KB. Zod compiles fast paths
 * with `new Function` unless told not to; the app's Content-Security-Policy forbids eval, so
 * zod is kept interpretive.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
