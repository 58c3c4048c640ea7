/**
 * npm run schemas — writes the editors' JSON Schemas, generated from the zod
 * schemas, to public/schemas/. Run it after changing a schema in
 * src/schemas/ or the site's name in content/site.yaml, and commit the
 * result (a test fails while they differ).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateJsonSchemas, JSON_SCHEMA_DIR } from '../src/lib/json-schema/generate.ts';
import { SITE_PROFILE } from '../src/site.config.ts';

const dir = join(resolve(import.meta.dirname, '..'), JSON_SCHEMA_DIR);
mkdirSync(dir, { recursive: true });
for (const [name, text] of generateJsonSchemas(SITE_PROFILE)) {
  writeFileSync(join(dir, name), text);
  process.stdout.write(`${JSON_SCHEMA_DIR}/${name}\n`);
}
