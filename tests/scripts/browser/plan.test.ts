import { describe, expect, it } from 'vitest';
import { DEFAULT_CHROMIUM, browserPlan } from '../../../scripts/browser/plan.ts';

const facts = {
  chromiumPath: DEFAULT_CHROMIUM,
  chromiumExists: false,
  isRoot: true,
  hasAptGet: true,
};

describe('browserPlan', () => {
  it('does nothing when Chromium is there', () => {
    expect(browserPlan({ ...facts, chromiumExists: true })).toEqual({ action: 'ready' });
  });

  it("installs Debian's chromium as root on a machine with apt-get", () => {
    expect(browserPlan(facts)).toEqual({
      action: 'install',
      commands: [
        ['apt-get', 'update', '-qq'],
        ['apt-get', 'install', '-y', '-qq', 'chromium'],
      ],
    });
  });

  it('stops with one line saying what to install when it cannot install', () => {
    for (const cannot of [{ isRoot: false }, { hasAptGet: false }]) {
      const plan = browserPlan({ ...facts, ...cannot });
      expect(plan.action).toBe('stop');
      if (plan.action === 'stop') {
        expect(plan.message).not.toContain('\n');
        expect(plan.message).toContain('apt-get install -y chromium');
      }
    }
  });

  it('never installs over a CHROME_PATH that names another browser', () => {
    const plan = browserPlan({ ...facts, chromiumPath: '/opt/chrome/chrome' });
    expect(plan).toMatchObject({ action: 'stop' });
    if (plan.action === 'stop') expect(plan.message).toContain('/opt/chrome/chrome');
  });
});
