import { z } from 'astro/zod';
import { doc, slug, webAddress } from './common.ts';

/**
 * Where the browser editor (/admin/) saves the real site's content: a git
 * host's repository and branch. Without it, the editor works only on the
 * editor's own computer (`npm run admin`), saving into the working copy.
 */
export const editingSchema = z.strictObject({
  /** The git host: github, gitlab or gitea. */
  backend: doc(
    z.enum(['github', 'gitlab', 'gitea']),
    'Layanan git tempat repositori situs: github, gitlab atau gitea.',
    "The git host of the site's repository: github, gitlab or gitea.",
  ),
  /** The repository as owner/name. */
  repo: doc(
    z.string().regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, { message: 'repo' }),
    'Repositori situs sebagai pemilik/nama, mis. dinas-kominfo/jejak.',
    "The site's repository as owner/name, e.g. city-office/site.",
  ),
  /** The branch the site is built from. */
  branch: doc(
    slug.default('main'),
    'Cabang yang dibangun menjadi situs (bawaan: main).',
    'The branch the site is built from (default: main).',
  ),
  /** The OAuth gateway that signs the editor in to the git host (Decap's `base_url`). */
  auth_url: doc(
    webAddress.optional(),
    'Alamat gerbang OAuth yang memasukkan penyunting ke layanan git (base_url Decap CMS).',
    "Address of the OAuth gateway that signs the editor in to the git host (Decap CMS's base_url).",
  ),
});
export type Editing = z.infer<typeof editingSchema>;
