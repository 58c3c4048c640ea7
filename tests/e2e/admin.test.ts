/**
 * The browser editor in local mode, against a temporary copy of content/
 * (never the real one): decap-server writes into the copy, the editor's
 * handler (src/integrations/admin/handler.ts) serves /admin/ and the
 * checker's verdict, and a dev server (astro dev) renders the copy. The
 * editor speaks Indonesian. A cohort created through the form is saved,
 * passes the check, is read as a cohort and shows on the dev server's
 * timeline; a cohort whose dates are unknown is saved as `period: unknown`,
 * and its quote, not in the article, is reported to the editor for its field.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { adminHandler } from '../../src/integrations/admin/handler.ts';
import { runCheck } from '../../src/lib/check/index.ts';
import { CHROMIUM_ARGS, ROOT } from './site.ts';

const QUOTE =
  'Program SCP inipun telah sukses membawa efek signifikan dalam meningkatkan paradigma dan kompetensi ASN Pemkot Jambi. Bulan Juli mendatang, Wali Kota Fasha kembali akan mengirim 25 ASN untuk belajar Public Service (Pelayanan) di Singapura.';
const NOT_IN_ARTICLE = 'Contoh latihan: kalimat ini tidak ada di artikel mana pun.';

let dir = '';
let decap: ChildProcess | undefined;
let dev: ChildProcess | undefined;
let devOrigin = '';
let server: Server | undefined;
let browser: Browser | undefined;
let origin = '';

const freePort = (): Promise<number> =>
  new Promise((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => done(port));
    });
  });

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(url, {
        method: 'POST',
        body: '{}',
        headers: { 'content-type': 'application/json' },
      });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`${url} did not answer`);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jejak-admin-'));
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  // The cohort is written anew through the form; a copy that was never published keeps no ledger.
  rmSync(join(dir, 'content', 'cohorts', '2019-07-public-service.yaml'));
  rmSync(join(dir, 'content', 'published.json'));
  const decapPort = await freePort();
  decap = spawn(process.execPath, [join(ROOT, 'node_modules/decap-server/dist/index.js')], {
    env: {
      ...process.env,
      PORT: String(decapPort),
      GIT_REPO_DIRECTORY: dir,
      MODE: 'fs',
      BIND_HOST: '127.0.0.1',
    },
    stdio: 'ignore',
  });
  await waitFor(`http://127.0.0.1:${decapPort}/api/v1`);
  const handle = adminHandler({
    root: ROOT,
    contentDir: join(dir, 'content'),
    localPort: decapPort,
  });
  server = createServer((req, res) => handle(req, res, () => res.writeHead(404).end()));
  await new Promise<void>((done) => server?.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // The site preview of the copy, as `npm run admin` starts it; it renders pages on request.
  const devPort = await freePort();
  devOrigin = `http://127.0.0.1:${devPort}`;
  dev = spawn(
    process.execPath,
    [
      join(ROOT, 'node_modules/astro/bin/astro.mjs'),
      'dev',
      '--port',
      String(devPort),
      '--host',
      '127.0.0.1',
      // A server of its own, in the foreground: no lock shared with another `astro dev` of the project.
      '--ignore-lock',
    ],
    {
      cwd: ROOT,
      env: {
        // Astro serves no pages when it believes it runs inside Vitest.
        ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST'))),
        JEJAK_CONTENT_DIR: join(dir, 'content'),
        DECAP_PORT: String(decapPort),
      },
      stdio: 'ignore',
    },
  );
  browser = await chromium.launch({
    executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
  decap?.kill();
  dev?.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function openPage(options: { viewport: { width: number; height: number } }): Promise<Page> {
  if (!browser) throw new Error('Chromium did not start');
  return browser.newPage(options);
}

/** Choose an option of a select field (react-select) by the text it shows. */
async function choose(page: Page, label: string, option: string, nth = 0): Promise<void> {
  await page.getByLabel(label, { exact: true }).nth(nth).click();
  await page.getByRole('option', { name: option }).first().click();
}

/** Save the open entry (the toolbar's "Simpan", then "Simpan sekarang"). */
async function save(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Simpan sekarang' }).click();
}

async function openCohortForm(page: Page): Promise<void> {
  // The editor's 5 MB script may take a while on a busy machine: wait for the form, not the load event.
  await page.goto(`${origin}/admin/#/collections/cohorts/new`, { waitUntil: 'commit' });
  const login = page.getByRole('button', { name: 'Masuk' });
  await page.getByLabel('Program', { exact: true }).or(login).first().waitFor({ timeout: 60_000 });
  if (await login.isVisible()) await login.click();
  await page.getByLabel('Program', { exact: true }).waitFor();
}

async function fillCohort(page: Page, quote: string, dates: 'known' | 'unknown'): Promise<void> {
  await openCohortForm(page);
  await choose(page, 'Program', 'scp');
  await choose(page, 'Tema pelatihan', 'public-service');
  await choose(page, 'status', 'announced');
  if (dates === 'known') await page.getByLabel(/^Awal pelatihan/).fill('2019-07');
  else await choose(page, 'Pilih isian', 'tanggal tidak diketahui (unknown)');
  await choose(page, 'Tempat', 'singapore');
  await page.getByRole('button', { name: /Tambah Peserta per kelompok/i }).click();
  await choose(page, 'Kelompok peserta', 'asn-kota-jambi');
  await page.getByLabel('Jumlah orang', { exact: true }).fill('25');
  await page.getByRole('button', { name: /Tambah Sumber/i }).click();
  await page.getByLabel('Id artikel sumber', { exact: true }).fill('Smart City ala');
  await page
    .getByRole('option', { name: /Diklat di Singapura/ })
    .first()
    .click();
  await page.getByLabel('Kutipan persis dari badan artikel', { exact: true }).fill(quote);
  for (const path of [
    'programme',
    'theme',
    'status',
    'period',
    'place',
    'participants.asn-kota-jambi',
  ])
    await choose(page, 'Daftar kolom yang didukung kutipan ini', path);
  await save(page);
}

/** The cohort files of the theme the forms fill in, published ones included, by name. */
const savedCohorts = (): string[] =>
  readdirSync(join(dir, 'content', 'cohorts')).filter((f) => f.includes('public-service'));

describe('the browser editor (/admin/) in local mode', () => {
  it('says in Indonesian that a required field is empty', async () => {
    const page = await openPage({ viewport: { width: 1280, height: 900 } });
    const before = savedCohorts();
    await openCohortForm(page);
    await save(page);
    await page.getByText('Program wajib diisi.').waitFor({ timeout: 15_000 });
    await page.getByText(/Ada kolom wajib yang belum diisi/).waitFor({ timeout: 15_000 });
    expect(savedCohorts()).toEqual(before);
    await page.close();
  }, 90_000);

  it('saves a cohort made in the form, which passes the check and shows on the timeline', async () => {
    const page = await openPage({ viewport: { width: 1280, height: 900 } });
    const before = savedCohorts();
    await fillCohort(page, QUOTE, 'known');
    // The form re-creates the cohort removed from the copy above, named after the
    // training's month as npm run new names it (not the month it is saved in).
    const added = (): string[] => savedCohorts().filter((f) => !before.includes(f));
    await expect.poll(() => added().length, { timeout: 15_000 }).toBe(1);
    expect(added()[0]).toBe('2019-07-public-service.yaml');
    const file = join(dir, 'content', 'cohorts', added()[0] ?? '');
    // Wait for the whole file: it may exist for a moment before its text is written.
    const read = (): { participants?: { count: unknown }[] } | null =>
      existsSync(file) ? (parse(readFileSync(file, 'utf8')) as never) : null;
    await expect.poll(() => read()?.participants?.[0]?.count, { timeout: 15_000 }).toBe(25);
    const { problems, content } = runCheck(ROOT, join(dir, 'content'));
    expect(problems).toEqual([]);
    expect(content.cohorts.map((c) => c.id)).toContain(file.split('/').pop()?.replace('.yaml', ''));
    await expect
      .poll(() => page.locator('#verdict').innerText(), { timeout: 15_000 })
      .toContain('Tidak ada masalah');
    // The dev server renders the timeline from the content it now holds.
    const link = `/angkatan/${file.split('/').pop()?.replace('.yaml', '')}/`;
    const timeline = async (): Promise<string> => {
      try {
        return await (await fetch(`${devOrigin}/linimasa/`)).text();
      } catch {
        return '';
      }
    };
    await expect.poll(timeline, { timeout: 120_000, interval: 2_000 }).toContain(`href="${link}"`);
    await page.goto(`${devOrigin}/linimasa/`);
    await page.locator(`a[href="${link}"]`).first().waitFor({ timeout: 15_000 });
    // A new form has no file yet: the panel must not show the verdict of the one just saved.
    await page.goto(`${origin}/admin/#/collections/cohorts/new`);
    await expect
      .poll(() => page.locator('#verdict').innerText(), { timeout: 15_000 })
      .toContain('Buka atau simpan');
    await page.close();
  }, 240_000);

  it("saves unknown dates as period: unknown, and shows the checker's message for a quote that is not in the article", async () => {
    const page = await openPage({ viewport: { width: 1280, height: 900 } });
    const before = savedCohorts();
    await fillCohort(page, NOT_IN_ARTICLE, 'unknown');
    const item = page.locator('#verdict li[data-field="sources[0].quote"]');
    await expect.poll(() => item.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await item.first().innerText()).toMatch(/kutipan/i);
    const added = savedCohorts().filter((f) => !before.includes(f));
    expect(added).toHaveLength(1);
    // Named as npm run new names a cohort without dates, never "invalid-date-…".
    expect(added[0]).toMatch(/^tanpa-tanggal-public-service(-\d+)?\.yaml$/);
    const saved = parse(readFileSync(join(dir, 'content', 'cohorts', added[0] ?? ''), 'utf8'));
    expect(saved.period).toBe('unknown');
    if (process.env['ADMIN_SHOTS']) {
      await page.screenshot({ path: join(process.env['ADMIN_SHOTS'], 'admin-1280.png') });
      await page.setViewportSize({ width: 360, height: 740 });
      await page.screenshot({ path: join(process.env['ADMIN_SHOTS'], 'admin-360.png') });
      await page.goto(`${origin}/admin/verdict/`);
      await page.screenshot({ path: join(process.env['ADMIN_SHOTS'], 'verdict-360.png') });
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.screenshot({ path: join(process.env['ADMIN_SHOTS'], 'verdict-1280.png') });
    }
    await page.close();
  }, 90_000);
});
