/** A cohort card's participants: every group with its count, another body's marked as not counted. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Participants from '../../src/components/Participants.astro';
import { group, groupTerms } from '../helpers/records.ts';

const groups = groupTerms(['asn'], { pemprov: 'Pemerintah Provinsi Contoh' });

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('Participants', () => {
  it('marks a group of another body as not counted, and only that one', async () => {
    const html = await container.renderToString(Participants, {
      props: { lang: 'id', participants: [group(19, 'asn'), group(10, 'pemprov')], groups },
    });
    const text = html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    expect(text).toContain('asn: 19 pemprov: 10 (lembaga lain, tidak dihitung)');
    expect(text.match(/lembaga lain/g)).toHaveLength(1);
  });
});
