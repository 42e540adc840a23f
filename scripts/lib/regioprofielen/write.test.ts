import { describe, expect, it } from 'vitest';
import { planWrites, stamp, untouched } from './write.ts';

const generated = '# Kop.\nname: Proefstad\n';

describe('stamp and untouched', () => {
  it('adds a checksum after the leading comments, idempotently', () => {
    const stamped = stamp(generated);
    expect(stamped).toMatch(/^# Kop\.\n# Controlegetal import: [0-9a-f]{16}\nname: Proefstad\n$/);
    expect(stamp(stamped)).toBe(stamped);
    expect(untouched(stamped)).toBe(true);
  });

  it('notices a hand edit', () => {
    expect(untouched(stamp(generated).replace('Proefstad', 'Proefdorp'))).toBe(false);
    expect(untouched(generated)).toBe(false);
  });
});

describe('planWrites', () => {
  const next = new Map([['a.yaml', '# Kop.\nname: Nieuw\n']]);

  it('creates, skips, and updates files nobody edited', () => {
    expect(planWrites(next, new Map([['a.yaml', undefined]]), false)[0]!.action).toBe('nieuw');
    expect(planWrites(next, new Map([['a.yaml', stamp('# Kop.\nname: Nieuw\n')]]), false)[0]!.action).toBe('ongewijzigd');
    expect(planWrites(next, new Map([['a.yaml', stamp(generated)]]), false)[0]!.action).toBe('bijgewerkt');
  });

  it('refuses to overwrite a hand edit without --force', () => {
    const edited = stamp(generated).replace('Proefstad', 'Proefdorp');
    expect(planWrites(next, new Map([['a.yaml', edited]]), false)[0]!.action).toBe('geweigerd');
    expect(planWrites(next, new Map([['a.yaml', edited]]), true)[0]!.action).toBe('overschreven');
  });
});
