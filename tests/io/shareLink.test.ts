import { describe, expect, it } from 'vitest';
import { packScenario, readSharedScenario, SHARE_LIMIT_CHARS, SHARE_PREFIX, sharedData, shareLink } from '../../src/io/shareLink';
import { LOAD_LIMITS } from '../../src/model/constants';
import { miniScenario } from '../fixtures/mini';

const BASE = 'https://example.org/standpoint/?actor=al';

describe('a scenario shared as a link', () => {
  it('travels in the part after # and comes back the same, checked', async () => {
    const scenario = miniScenario();
    const made = await shareLink(JSON.stringify(scenario), `${BASE}#old`);
    if (!made.ok) throw new Error(made.error);
    expect(made.url.startsWith(`${BASE}${SHARE_PREFIX}`)).toBe(true);
    expect(made.url).toMatch(/^[^#]*#shared=[A-Za-z0-9_-]+$/);
    const data = sharedData(new URL(made.url).hash);
    expect(data).not.toBeNull();
    const back = await readSharedScenario(data!);
    expect(back).toEqual({ ok: true, scenario });
  });

  it('is packed smaller than the JSON it carries', async () => {
    const json = JSON.stringify(miniScenario(), null, 2);
    expect((await packScenario(json)).length).toBeLessThan(json.length);
  });

  it(`is refused when the link would pass ${SHARE_LIMIT_CHARS} characters, with the length said`, async () => {
    // Text that does not compress: random words, in a valid scenario.
    const scenario = miniScenario();
    const noise = Array.from({ length: 40_000 }, () => Math.random().toString(36).slice(2, 8)).join(' ');
    const made = await shareLink(JSON.stringify({ ...scenario, summary: noise }), BASE);
    expect(made.ok).toBe(false);
    if (!made.ok) expect(made.error).toMatch(/^the link would be [\d,]+ characters long, more than the 32,000 that travel safely; download the file instead$/);
  });

  it('opens a scenario that is not valid as a file would be: refused, with the error at its path', async () => {
    const data = await packScenario(JSON.stringify({ ...miniScenario(), relations: [{ ...miniScenario().relations[0], target: 'nobody' }] }));
    const back = await readSharedScenario(data);
    expect(back.ok).toBe(false);
    if (!back.ok) expect(back.errors.join('\n')).toMatch(/^relations\[0\]\.target: /m);
  });

  it('stops unpacking at the loader\u2019s cap, so a short link cannot unpack into gigabytes', async () => {
    const bomb = await packScenario(' '.repeat(LOAD_LIMITS.maxBytes + 1));
    expect(bomb.length).toBeLessThan(20_000);
    expect(await readSharedScenario(bomb)).toEqual({ ok: false, errors: ['(root): it unpacks to more than 8.0 MiB, the most a scenario may hold'] });
  });

  it('says a damaged link is damaged', async () => {
    const data = await packScenario(JSON.stringify(miniScenario()));
    const cut = await readSharedScenario(data.slice(0, Math.floor(data.length / 2)));
    expect(cut).toEqual({ ok: false, errors: ['(root): the link is damaged (cut short, or changed after it was made); ask for it again'] });
    const foreign = await readSharedScenario('<script>');
    expect(foreign).toEqual({ ok: false, errors: ['(root): the link is damaged (it holds characters a shared scenario never does); ask for it again'] });
  });

  it('finds the data only after #shared=', () => {
    expect(sharedData('#shared=abc')).toBe('abc');
    expect(sharedData('#network')).toBeNull();
    expect(sharedData('')).toBeNull();
  });
});
