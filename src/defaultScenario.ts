import data from '../data/kremlin-meeting.json';
import type { Scenario } from './model/schema';

/**
 * The built-in scenario. It is checked with the same validator as any other, but at build
 * time (vite.config.ts refuses to build or serve an invalid one, and a unit test checks it
 * too), so a first visit does not download the validator just to re-check our own file.
 * Scenarios from files and links are always checked in the browser.
 */
export const DEFAULT_SCENARIO = data as unknown as Scenario;
