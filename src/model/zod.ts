/**
 * zod, configured once for every schema in the app. Zod 4 compiles fast paths with
 * `new Function` unless told not to; the app's Content-Security-Policy forbids eval, so
 * zod is kept interpretive.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
