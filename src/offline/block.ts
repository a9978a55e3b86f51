/**
 * The scenario inside an offline standpoint.html: a JSON data block, which the browser never
 * runs. Its text must not be able to end the element or open markup, so every `<` is written
 * as the JSON escape \u003c (still the same JSON); `>` and `&` are escaped too, for good measure.
 */
export const SCENARIO_BLOCK_ID = 'standpoint-scenario';

/** JSON text as the contents of the data block. */
export function scenarioBlock(json: string): string {
  return JSON.stringify(JSON.parse(json)).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

const BLOCK = new RegExp(`(<script type="application/json" id="${SCENARIO_BLOCK_ID}">)[\\s\\S]*?(</script>)`);

/** The offline page with another scenario in its data block; null when the page has no block. */
export function withScenario(html: string, json: string): string | null {
  if (!BLOCK.test(html)) return null;
  // A function, so that `$` in the scenario is never read as a replacement pattern.
  return html.replace(BLOCK, (_all, open: string, close: string) => `${open}${scenarioBlock(json)}${close}`);
}
