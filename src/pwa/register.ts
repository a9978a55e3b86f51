/** Binds the update notice (updates.ts) to vite-plugin-pwa's registration of the service worker. */
import { registerSW } from 'virtual:pwa-register';
import { startUpdates } from './updates';

startUpdates(registerSW);
