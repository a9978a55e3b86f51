/**
 * The editor on a big scenario, for `npm run bench`: how soon each keystroke in a field is
 * painted, and how long the frames are that a save falls in. Kept as plain JavaScript text
 * run in the page (see page.ts for why).
 */

/**
 * Installed on the focused field before typing: for each keydown, the time from the event
 * until just after the next frame is painted (an animation frame, then a message, which
 * runs after that frame's paint).
 */
export const KEYSTROKE_PROBE = String.raw`(() => {
  const field = document.activeElement;
  window.__keys = [];
  field.addEventListener('keydown', (e) => {
    const t0 = e.timeStamp;
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => window.__keys.push(performance.now() - t0);
      ch.port2.postMessage(0);
    });
  }, { capture: true });
  return field.tagName + ':' + (field.id || '');
})()`;

/** True once the draft is checked and the status line says the last change is stored. */
export const EDITOR_AT_REST = String.raw`(() => {
  const status = document.querySelector('.editor__status');
  const heading = document.getElementById('edit-problems');
  return !!status && /^Saved in this browser/.test(status.textContent || '') && !!heading && !/^Checking/.test(heading.textContent || '');
})()`;

/**
 * The saves made since \`from\` (performance marks 'standpoint:save'), and the longest frame
 * each fell in (long animation frames; 0 when it fell in none over 50 ms).
 */
export const SAVE_FRAMES = (from: number) => String.raw`(() => {
  const saves = performance.getEntriesByName('standpoint:save').filter((m) => m.startTime >= ${from}).map((m) => m.startTime);
  return saves.map((t) => {
    let max = 0;
    for (const f of window.__bench.frames) if (f.start <= t && t <= f.start + f.duration && f.duration > max) max = f.duration;
    return max;
  });
})()`;
