/** The claim check's summary: a real table that stacks on a phone, every claim a row linking to its card. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import ClaimSummary from '../../../src/components/records/ClaimSummary.astro';
import { realInput } from '../../lib/opendata/fixtures.ts';
import { tags, withClass } from '../charts/html.ts';

const { reconciled } = realInput();
const COLUMNS = ['Dinyatakan', 'Klaim', 'Diklaim', 'Terdokumentasi', 'Selisih', 'Hasil'];
let html = '';
let en = '';

beforeAll(async () => {
  const container = await AstroContainer.create();
  const render = (lang: 'id' | 'en') =>
    container.renderToString(ClaimSummary, { props: { lang, reconciled } });
  html = await render('id');
  en = await render('en');
});

/** The text of each row's cells, tags stripped. */
function rows(out: string): string[][] {
  const body = out.slice(out.indexOf('<tbody'), out.indexOf('</tbody>'));
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) =>
    [...(m[1] ?? '').matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) =>
      (c[1] ?? '')
        .replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    ),
  );
}

describe('ClaimSummary', () => {
  it('is one table of class "stack" with its six column headers', () => {
    expect(withClass(html, 'table', 'stack')).toHaveLength(1);
    expect(html).toContain('<caption');
    const heads = [...html.matchAll(/<th scope="col"[^>]*>([^<]*)<\/th>/g)].map((m) => m[1]);
    expect(heads).toEqual(COLUMNS);
  });

  it('labels every data cell with its column, for the stacked layout', () => {
    const body = html.slice(html.indexOf('<tbody'), html.indexOf('</tbody>'));
    const labels = tags(body, 'td').map((td) => td['data-label']);
    expect(labels).toEqual(reconciled.flatMap(() => COLUMNS.filter((c) => c !== 'Klaim')));
  });

  it('gives every claim a row linking to its card, in order', () => {
    const body = html.slice(html.indexOf('<tbody'), html.indexOf('</tbody>'));
    expect(tags(body, 'a').map((a) => a.href)).toEqual(reconciled.map((r) => `#${r.claim.id}`));
  });

  it('shows the gap only where the record falls short or goes beyond, and the verdict in words', () => {
    const start = reconciled.findIndex((r) => r.claim.id === '2023-05-scp-sejak-2016');
    const byId = rows(html);
    expect(byId[start]?.slice(2)).toEqual([
      '2016 tahun mulai program',
      '2019',
      '–',
      'Tidak bertentangan dengan catatan',
    ]);
    const first = reconciled.findIndex((r) => r.claim.id === '2019-02-150-asn-3-tahun');
    expect(byId[first]?.slice(3)).toEqual(['25', '125', 'Tidak tercatat sepenuhnya']);
    expect(rows(en)[start]?.at(-1)).toBe('Not contradicted by the record');
  });
});
