/**
 * The CI workflow (.github/workflows/site.yml): valid YAML of the shape
 * GitHub Actions reads, every command it runs is one the project has (an
 * npm script of package.json, an executable under .ci/), publishing happens
 * only from main after the tests, and every secret it reads is documented
 * in the README.
 */
import { accessSync, constants, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { PROJECT_ROOT } from '../../helpers/corpus.ts';

interface Step {
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  if?: string;
  'runs-on'?: string;
  steps?: Step[];
}
interface Workflow {
  name?: string;
  on?: Record<string, unknown>;
  jobs?: Record<string, Job>;
}

const read = (file: string): string => readFileSync(join(PROJECT_ROOT, file), 'utf8');
const FILE = '.github/workflows/site.yml';
const doc = parseDocument(read(FILE), { uniqueKeys: true, prettyErrors: true });
const workflow = doc.toJS() as Workflow;
const jobs = workflow.jobs ?? {};
const steps = Object.values(jobs).flatMap((job) => job.steps ?? []);
const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
const ON_MAIN = "github.event_name == 'push' && github.ref == 'refs/heads/main'";

/** The shell the workflow runs, comments left out: its run steps and the .ci/ scripts they call. */
function shellText(): string {
  const runs = steps.flatMap((s) => (s.run === undefined ? [] : [s.run]));
  const called = runs.flatMap((r) => [...r.matchAll(/(?:^|\s)(\.ci\/[\w-]+)/g)].map((m) => m[1]));
  return [...runs, ...called.map((file) => read(file ?? ''))]
    .join('\n')
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join('\n');
}

describe(FILE, () => {
  it('is valid YAML without repeated keys', () => {
    expect(doc.errors.map((e) => e.message)).toEqual([]);
    expect(doc.warnings.map((e) => e.message)).toEqual([]);
  });

  it('runs on every push and pull request', () => {
    expect(Object.keys(workflow.on ?? {})).toEqual(
      expect.arrayContaining(['push', 'pull_request']),
    );
    expect(workflow.on?.['push']).toBeNull();
  });

  it('has every job run on a machine, each step either an action or a command', () => {
    expect(Object.keys(jobs).length).toBeGreaterThan(0);
    for (const [name, job] of Object.entries(jobs)) {
      expect(job['runs-on'], name).toBeTruthy();
      expect(job.steps?.length, name).toBeGreaterThan(0);
      for (const step of job.steps ?? [])
        expect(Number(step.uses !== undefined) + Number(step.run !== undefined), name).toBe(1);
    }
  });

  it('checks, builds and tests with the README’s command through .ci/run', () => {
    expect(jobs['test']?.steps?.map((s) => s.run).filter(Boolean)).toEqual(['.ci/run']);
    expect(read('.ci/run')).toMatch(/^npm test$/m);
    for (const step of ['check', 'build', 'verify', 'test:unit', 'test:e2e', 'nginx:install'])
      expect(scripts['test'], step).toContain(`npm run ${step}`);
  });

  it('runs only npm scripts that package.json has, and never npm ci', () => {
    const text = shellText();
    const used = [...text.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1] ?? '');
    expect(used.length).toBeGreaterThan(0);
    for (const name of used) expect(scripts, `npm run ${name}`).toHaveProperty([name]);
    expect(text).not.toMatch(/npm ci\b/);
  });

  it('calls executable scripts of .ci/ that exist', () => {
    const called = steps.flatMap((s) => [...(s.run ?? '').matchAll(/(\.ci\/[\w-]+)/g)]);
    expect(called.length).toBeGreaterThan(0);
    for (const [file] of called)
      expect(() => accessSync(join(PROJECT_ROOT, file), constants.X_OK), file).not.toThrow();
  });

  it('uses actions pinned to a major version', () => {
    for (const step of steps.filter((s) => s.uses !== undefined))
      expect(step.uses).toMatch(/^actions\/[\w-]+@v\d+$/);
  });

  it('publishes only from main, after the tests, to the target the repository chooses', () => {
    const publishing = Object.entries(jobs).filter(([name]) => name !== 'test');
    expect(publishing.map(([name]) => name).sort()).toEqual(['github-pages', 'server']);
    for (const [name, job] of publishing) {
      expect(job.needs, name).toBe('test');
      expect(job.if, name).toContain(ON_MAIN);
      expect(job.if, name).toContain(`vars.PUBLISH_TARGET == '${name}'`);
    }
    const keep = jobs['test']?.steps?.find((s) => s.uses?.startsWith('actions/upload-artifact'));
    expect(keep?.if).toBe(ON_MAIN);
    expect(keep?.with?.['path']).toBe('dist/');
  });

  it('reads only secrets that the README documents', () => {
    const secrets = new Set([...read(FILE).matchAll(/secrets\.(\w+)/g)].map((m) => m[1] ?? ''));
    expect(secrets.size).toBeGreaterThan(0);
    const readme = read('README.md');
    for (const name of [...secrets, 'PUBLISH_TARGET'])
      expect(readme, name).toContain(`\`${name}\``);
  });
});
