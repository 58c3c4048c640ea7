import { describe, expect, it } from 'vitest';
import { siteServerConfig } from '../../../scripts/nginx/site.ts';
import { PROJECT_ROOT } from '../../helpers/corpus.ts';
import { useFixtureDirs } from '../../helpers/files.ts';
import { blocks, directives } from './nginx-text.ts';

const fixtureDist = useFixtureDirs('jejak-nginx-site-');
const PAGES = { 'index.html': '<h1>Contoh latihan</h1>', '404.html': '<h1>Tidak ada</h1>' };
const options = { listen: '80', serverName: 'contoh.go.id', root: '/srv/situs' };
const redirectsOf = (config: string): string[] =>
  blocks(config, 'location').flatMap((l) => directives(l, 'return').filter((r) => r !== '404'));

describe('siteServerConfig', () => {
  it('takes the headers from public/_headers and the redirects from the build’s _redirects', () => {
    const dist = fixtureDist({
      ...PAGES,
      _redirects: '/angkatan/contoh-lama/ /angkatan/contoh-baru/ 301\n',
    });
    const config = siteServerConfig({ projectRoot: PROJECT_ROOT, dist, options });
    expect(config).toContain('add_header X-Content-Type-Options "nosniff" always;');
    expect(config).toContain('location = /angkatan/contoh-lama/ {');
    expect(redirectsOf(config)).toEqual(['301 /angkatan/contoh-baru/']);
  });

  it('has no redirect when no record was renamed (no _redirects), and adds the ones given', () => {
    const dist = fixtureDist(PAGES);
    expect(redirectsOf(siteServerConfig({ projectRoot: PROJECT_ROOT, dist, options }))).toEqual([]);
    const extra = [{ from: '/angkatan/contoh-latihan/', to: '/' }];
    expect(
      redirectsOf(
        siteServerConfig({ projectRoot: PROJECT_ROOT, dist, options, extraRedirects: extra }),
      ),
    ).toEqual(['301 /']);
  });

  it('refuses a folder without the 404 page the configuration sends', () => {
    const dist = fixtureDist({ 'index.html': PAGES['index.html'] });
    expect(() => siteServerConfig({ projectRoot: PROJECT_ROOT, dist, options })).toThrow(
      /404\.html: berkas ini tidak ada: folder itu belum berisi situs yang dibangun\. Perbaiki: jalankan npm run build dulu/,
    );
  });

  it('names the _redirects file of that folder when a line is wrong', () => {
    const dist = fixtureDist({ ...PAGES, _redirects: '/a/ https://contoh.go.id/ 301\n' });
    expect(() => siteServerConfig({ projectRoot: PROJECT_ROOT, dist, options })).toThrow(
      /_redirects, baris 1: baris .* bukan pengalihan/,
    );
  });
});
