import { describe, expect, it } from 'vitest';
import { DEFAULT_NGINX, nginxPlan } from '../../../scripts/nginx/install-plan.ts';

const facts = { nginxPath: DEFAULT_NGINX, nginxExists: false, isRoot: true, hasAptGet: true };

describe('nginxPlan', () => {
  it('does nothing when nginx is there', () => {
    expect(nginxPlan({ ...facts, nginxExists: true })).toEqual({ action: 'ready' });
  });

  it("installs Debian's nginx as root on a machine with apt-get", () => {
    expect(nginxPlan(facts)).toEqual({
      action: 'install',
      commands: [
        ['apt-get', 'update', '-qq'],
        ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'nginx'],
      ],
    });
  });

  it('stops with one message, Indonesian first, saying what to install when it cannot install', () => {
    for (const cannot of [{ isRoot: false }, { hasAptGet: false }]) {
      const plan = nginxPlan({ ...facts, ...cannot });
      expect(plan.action).toBe('stop');
      if (plan.action === 'stop') {
        expect(plan.message).not.toContain('\n');
        expect(plan.message).toMatch(/^npm test memerlukan nginx di \/usr\/sbin\/nginx/);
        expect(plan.message).toContain('apt-get install -y nginx');
        expect(plan.message).toContain('(npm test needs nginx');
      }
    }
  });

  it('never installs over an NGINX_PATH that names another nginx', () => {
    const plan = nginxPlan({ ...facts, nginxPath: '/opt/nginx/sbin/nginx' });
    expect(plan).toMatchObject({ action: 'stop' });
    if (plan.action === 'stop') expect(plan.message).toContain('/opt/nginx/sbin/nginx');
  });
});
