import { z } from 'astro/zod';
import { doc, slug } from './common.ts';

/**
 * The ids a record had before its file was renamed. The check compares the
 * record with what was published under those ids, and the site keeps every
 * old address working (a redirect page, or an anchor for records shown on a
 * list page), so a published link never breaks.
 */
export const renamedFromSchema = doc(
  z.array(slug).min(1).optional(),
  'Id lama rekaman ini, bila berkasnya pernah diganti nama: nama berkas lama tanpa .yaml (mis. 2019-02-smart-city). Alamat lama tetap dialihkan ke alamat baru.',
  'Former ids of this record, when its file was renamed: the old file name without .yaml (e.g. 2019-02-smart-city). The old address keeps leading to the new one.',
);
