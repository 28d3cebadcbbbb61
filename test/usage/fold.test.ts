import { describe, expect, it } from 'vitest';
import { DayBits } from '../../src/usage/day-bits.js';
import { UsageFold } from '../../src/usage/fold.js';

const T = (s: string) => Date.parse(s);
const DAY = 86_400_000;

describe('DayBits', () => {
  it('keeps days in order, growing both ways, counting each once', () => {
    const bits = new DayBits();
    for (const d of [20_000, 19_000, 20_500, 20_000, 19_001, 21_000]) bits.add(d);
    expect(bits.toArray()).toEqual([19_000, 19_001, 20_000, 20_500, 21_000]);
    expect(bits.size).toBe(5);
    expect(bits.has(20_500)).toBe(true);
    expect(bits.has(20_501)).toBe(false);
  });
});

describe('UsageFold', () => {
  it('folds unsorted events into first/last use, last meaningful use and counts', () => {
    const fold = new UsageFold();
    const sink = fold.sinkFor(0, 'test');
    sink.usage({ principal: 'svc', at: T('2026-11-20T10:00:00Z'), meaningful: true, ok: true });
    sink.usage({ principal: 'svc', at: T('2026-06-01T10:00:00Z'), meaningful: true, ok: true });
    sink.usage({ principal: 'svc', at: T('2026-11-24T10:00:00Z'), meaningful: false, login: true, ok: true });
    sink.usage({ principal: 'svc', at: T('2026-11-25T10:00:00Z'), meaningful: true, ok: false });
    const stats = fold.principals.get('svc')!.usage.toStats();
    expect(stats.firstUse).toBe(T('2026-06-01T10:00:00Z'));
    expect(stats.lastUse).toBe(T('2026-11-24T10:00:00Z'));
    expect(stats.lastMeaningfulUse).toBe(T('2026-11-20T10:00:00Z'));
    expect(stats.lastLogin).toBe(T('2026-11-24T10:00:00Z'));
    expect([stats.events, stats.meaningfulEvents, stats.loginEvents, stats.failedEvents]).toEqual([
      4, 2, 1, 1,
    ]);
    expect(stats.days).toEqual([
      Math.floor(T('2026-06-01T10:00:00Z') / DAY),
      Math.floor(T('2026-11-20T10:00:00Z') / DAY),
    ]);
  });

  it('compares e-mail principals case-insensitively and keeps other ids as they are', () => {
    const fold = new UsageFold();
    const sink = fold.sinkFor(0, 'test');
    sink.usage({ principal: 'Bot@Acme.Example', at: 1, meaningful: true, ok: true });
    sink.usage({ principal: 'bot@acme.example', at: 2, meaningful: true, ok: true });
    sink.usage({ principal: 'Svc-A', at: 3, meaningful: true, ok: true });
    expect([...fold.principals.keys()]).toEqual(['bot@acme.example', 'Svc-A']);
    expect(fold.principals.get('bot@acme.example')!.usage.events).toBe(2);
  });

  it('keeps "never" and "unknown" apart when merging last-used facts', () => {
    const fold = new UsageFold();
    const sink = fold.sinkFor(0, 'test');
    sink.credential({ principal: 'u', credential: 'k1', active: true, lastUsedAt: null });
    sink.credential({
      principal: 'u',
      credential: 'k2',
      active: true,
      lastUsedAt: undefined,
      lastUsedUnknownReason: 'untracked',
    });
    sink.credential({ principal: 'u', credential: 'k3', active: true, lastUsedAt: null });
    sink.credential({
      principal: 'u',
      credential: 'k3',
      active: true,
      lastUsedAt: T('2026-01-01T00:00:00Z'),
    });
    expect(fold.credentials.get('u\nk1')!.lastUsed).toEqual({ at: null });
    expect(fold.credentials.get('u\nk2')!.lastUsed).toEqual({ unknownReason: 'untracked' });
    expect(fold.credentials.get('u\nk3')!.lastUsed.at).toBe(T('2026-01-01T00:00:00Z'));
  });

  it('profiles meaningful use by hour of the week, Monday 00:00 UTC first', () => {
    const fold = new UsageFold();
    const sink = fold.sinkFor(0, 'test');
    sink.usage({ principal: 'p', at: T('2026-11-23T02:30:00Z'), meaningful: true, ok: true }); // Monday 02h
    sink.usage({ principal: 'p', at: T('2026-11-29T23:59:00Z'), meaningful: true, ok: true }); // Sunday 23h
    const profile = fold.principals.get('p')!.usage.toStats().hourOfWeek;
    expect(profile[2]).toBe(1);
    expect(profile[167]).toBe(1);
    expect(profile.reduce((a, b) => a + b, 0)).toBe(2);
  });

  it('does not grow with the number of events for one principal', () => {
    const fold = new UsageFold();
    const sink = fold.sinkFor(0, 'test');
    const start = T('2026-01-01T00:00:00Z');
    for (let i = 0; i < 200_000; i++)
      sink.usage({ principal: `p${i % 10}`, at: start + (i % 300) * DAY, meaningful: true, ok: true });
    expect(fold.principals.size).toBe(10);
    const stats = fold.principals.get('p3')!.usage.toStats();
    expect(stats.events).toBe(20_000);
    expect(stats.days.length).toBe(30);
  });
});

describe('UsageFold: dormant principals', () => {
  const summary = (principal: string, at: number, credential?: string) => ({
    principal,
    ...(credential !== undefined && { credential }),
    firstUse: at,
    lastUse: at,
    firstMeaningfulUse: at,
    lastMeaningfulUse: at,
    events: 1,
    meaningfulEvents: 1,
  });
  const person = (sink: ReturnType<UsageFold['sinkFor']>, id: string, at: number, tokens: string[] = []) => {
    let woken = 0;
    const group = {
      wake: () => {
        woken++;
        sink.principal({ principal: id, aliases: [], kind: 'user', outOfScope: true });
        sink.summary!(summary(id, at));
        for (const token of tokens) sink.summary!(summary(id, at, token));
      },
    };
    sink.dormant!(id, tokens, group, 0);
    return () => woken;
  };

  it('keeps a dormant principal out of the fold until something names it, then folds it first', () => {
    const fold = new UsageFold();
    const audit = fold.sinkFor(0, 'audit');
    const woken = person(audit, 'Alice@Acme.example', T('2026-11-01T00:00:00Z'));
    person(audit, 'bob', T('2026-11-02T00:00:00Z'));
    expect([...fold.principals.keys()]).toEqual([]);
    expect(fold.dormantCount).toBe(2);
    expect(fold.has('alice@acme.example')).toBe(true);
    // A later source's record of the same principal (e-mails compare case-insensitively) wakes it first.
    fold.sinkFor(1, 'people').principal({ principal: 'ALICE@acme.example', aliases: [], kind: 'person' });
    expect(woken()).toBe(1);
    const alice = fold.principals.get('alice@acme.example')!;
    expect(alice.kind).toBe('user'); // the audit log's fact came first, as it would have without sleeping
    expect([...alice.sources]).toEqual([0, 1]);
    expect(alice.usage.lastMeaningfulUse).toBe(T('2026-11-01T00:00:00Z'));
    expect([...fold.principals.keys()]).toEqual(['alice@acme.example']);
    expect(fold.dormantCount).toBe(1);
  });

  it('wakes by principal id, by credential id or by pattern, once', () => {
    const fold = new UsageFold();
    const audit = fold.sinkFor(0, 'audit');
    const carol = person(audit, 'carol', 1, ['token:7']);
    const dave = person(audit, 'dave', 2);
    const erin = person(audit, 'erin-bot', 3);
    person(audit, 'frank', 4);
    expect(fold.wake(['token:7', 'nobody'])).toBe(1);
    expect(fold.credentials.get('carol\ntoken:7')!.usage.events).toBe(1);
    expect(fold.wake(['dave', 'dave', 'carol'], (id) => id.endsWith('-bot'))).toBe(2);
    expect([carol(), dave(), erin()]).toEqual([1, 1, 1]);
    expect(fold.dormantCount).toBe(1);
    fold.wakeAll();
    expect([...fold.principals.keys()].sort()).toEqual(['carol', 'dave', 'erin-bot', 'frank']);
  });

  it('sends a principal offered twice (two files) as one, its records in order', () => {
    const fold = new UsageFold();
    const audit = fold.sinkFor(0, 'audit');
    person(audit, 'gina', T('2026-10-01T00:00:00Z'));
    audit.dormant!('gina', [], { wake: () => audit.summary!(summary('gina', T('2026-10-05T00:00:00Z'))) }, 0);
    expect(fold.dormantCount).toBe(1);
    fold.wakeAll();
    const gina = fold.principals.get('gina')!.usage;
    expect([gina.events, gina.firstUse, gina.lastUse]).toEqual([
      2,
      T('2026-10-01T00:00:00Z'),
      T('2026-10-05T00:00:00Z'),
    ]);
  });

  it('wakes each principal of a group by its index, and one offered by three groups oldest first', () => {
    const fold = new UsageFold();
    const audit = fold.sinkFor(0, 'audit');
    // Three files of a log, each a group of 1,500 people (more offers than the first table holds).
    const ids = Array.from({ length: 1500 }, (_, n) => `user-${n}`);
    const woken: string[] = [];
    for (const day of [3, 1, 2]) {
      const at = T(`2026-10-0${day}T00:00:00Z`);
      const group = {
        wake: (n: number) => {
          woken.push(`${ids[n]}@${day}`);
          audit.summary!(summary(ids[n], at + n));
        },
      };
      ids.forEach((id, n) => audit.dormant!(id, n === 7 ? ['token:7'] : [], group, n));
    }
    expect(fold.dormantCount).toBe(1500);
    expect(fold.wake(['user-1499', 'token:7'])).toBe(2);
    expect(woken).toEqual(['user-1499@3', 'user-1499@1', 'user-1499@2', 'user-7@3', 'user-7@1', 'user-7@2']);
    const last = fold.principals.get('user-1499')!.usage;
    expect([last.events, last.firstUse, last.lastUse]).toEqual([
      3,
      T('2026-10-01T00:00:00Z') + 1499,
      T('2026-10-03T00:00:00Z') + 1499,
    ]);
    fold.wakeAll();
    expect(woken.length).toBe(4500);
    expect(woken.slice(-3)).toEqual(['user-1498@3', 'user-1498@1', 'user-1498@2']);
    expect(fold.principals.get('user-0')!.usage.events).toBe(3);
    expect(fold.dormantCount).toBe(0);
  });

  it('folds at once what is offered for a principal already in the fold', () => {
    const fold = new UsageFold();
    const audit = fold.sinkFor(0, 'audit');
    audit.usage({ principal: 'hal', at: 1, meaningful: true, ok: true });
    const woken = person(audit, 'hal', 2);
    expect(woken()).toBe(1);
    expect(fold.dormantCount).toBe(0);
    expect(fold.principals.get('hal')!.usage.events).toBe(2);
  });
});
