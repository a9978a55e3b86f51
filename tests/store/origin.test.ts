import { describe, expect, it } from 'vitest';
import { describeOrigin, entryOrigin, entryState, hashWithOrigin, linkHost, originKey, sameOrigin, searchWithOrigin } from '../../src/store/origin';

const BASE = 'https://school.example/standpoint/';

describe('history entries and where a scenario came from', () => {
  it('reads back the origin an entry was written with', () => {
    const origin = { kind: 'file', name: 'a.json', key: 'k1' } as const;
    expect(entryOrigin(entryState(origin), '')).toEqual(origin);
    expect(entryOrigin(entryState({ kind: 'url', url: 'x.json' }), '?scenario=other.json')).toEqual({ kind: 'url', url: 'x.json' });
  });

  it('falls back to the address for an entry it did not write, or one with a state of another shape', () => {
    expect(entryOrigin(null, '?scenario=scenarios/a.json&actor=ana')).toEqual({ kind: 'url', url: 'scenarios/a.json' });
    expect(entryOrigin(null, '?actor=putin')).toEqual({ kind: 'builtin' });
    expect(entryOrigin({ standpoint: { origin: { kind: 'url', url: 42 } } }, '')).toEqual({ kind: 'builtin' });
    expect(entryOrigin({ standpoint: { origin: { kind: 'file', name: 'a.json' } } }, '?scenario=b.json')).toEqual({ kind: 'url', url: 'b.json' });
    expect(entryOrigin('junk', '')).toEqual({ kind: 'builtin' });
  });

  it('tells two files of one name apart, and links by address', () => {
    expect(sameOrigin({ kind: 'file', name: 'a.json', key: '1' }, { kind: 'file', name: 'a.json', key: '2' })).toBe(false);
    expect(sameOrigin({ kind: 'url', url: 'a.json' }, { kind: 'url', url: 'a.json' })).toBe(true);
    expect(sameOrigin({ kind: 'url', url: 'a.json' }, { kind: 'builtin' })).toBe(false);
    expect(sameOrigin({ kind: 'builtin' }, { kind: 'builtin' })).toBe(true);
    expect(originKey({ kind: 'file', name: 'a.json', key: '1' })).not.toBe(originKey({ kind: 'file', name: 'a.json', key: '2' }));
  });

  it('puts a link in the address, and takes it out for a file or the built-in scenario', () => {
    expect(searchWithOrigin('?actor=putin', { kind: 'url', url: 'a.json' })).toBe('?actor=putin&scenario=a.json');
    expect(searchWithOrigin('?scenario=a.json&actor=ana', { kind: 'builtin' })).toBe('?actor=ana');
    expect(searchWithOrigin('?scenario=a.json', { kind: 'file', name: 'b.json', key: '1' })).toBe('');
    expect(searchWithOrigin('?present', { kind: 'builtin' })).toBe('?present');
  });

  it('names the host a link comes from', () => {
    expect(linkHost('https://data.example.org/x.json', BASE)).toBe('data.example.org');
    expect(linkHost('scenarios/a.json', BASE)).toBe('school.example');
    expect(linkHost('http://localhost:8080/a.json', BASE)).toBe('localhost:8080');
    expect(describeOrigin({ kind: 'url', url: 'https://data.example.org/x.json' }, BASE)).toBe('From data.example.org');
    expect(describeOrigin({ kind: 'file', name: 'a.json', key: '1' }, BASE)).toBe('From the file \u201ca.json\u201d');
  });
});

describe('a scenario shared in the address', () => {
  it('is read from #shared= when the entry holds no origin of its own, after a ?scenario= link', () => {
    expect(entryOrigin(null, '', '#shared=abc_-9')).toEqual({ kind: 'shared', data: 'abc_-9' });
    expect(entryOrigin(null, '?scenario=x.json', '#shared=abc')).toEqual({ kind: 'url', url: 'x.json' });
    expect(entryOrigin(null, '', '#shared=<b>')).toEqual({ kind: 'builtin' });
    expect(entryOrigin(entryState({ kind: 'shared', data: 'abc' }), '')).toEqual({ kind: 'shared', data: 'abc' });
  });

  it('keeps its data in the address while it is on screen, and only then', () => {
    expect(hashWithOrigin('', { kind: 'shared', data: 'abc' })).toBe('#shared=abc');
    expect(hashWithOrigin('#shared=abc', { kind: 'builtin' })).toBe('');
    expect(hashWithOrigin('#network', { kind: 'builtin' })).toBe('#network');
  });

  it('is told apart from other shared scenarios and named plainly', () => {
    expect(sameOrigin({ kind: 'shared', data: 'a' }, { kind: 'shared', data: 'b' })).toBe(false);
    expect(originKey({ kind: 'shared', data: 'a' })).toBe('shared:a');
    expect(describeOrigin({ kind: 'shared', data: 'a' }, 'https://example.org/')).toBe('From a shared link');
  });
});

