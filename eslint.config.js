import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The import boundaries of docs/architecture.md. Each entry: the files it
 * applies to, and the imports they may not make (matched on the import path).
 */
const forbid = (message, ...regexes) => regexes.map((regex) => ({ regex, message }));

const NOT_FROM_LIB = [
  ...forbid('src/lib is pure: it never reads Astro collections or modules.', '^astro:'),
  ...forbid(
    'src/lib is pure: it never imports the site-data module, components, pages, routes, loaders, integrations or scripts.',
    '(^|/)site-data/',
    '(^|/)components/',
    '(^|/)pages/',
    '(^|/)routes/',
    '(^|/)loaders/',
    '(^|/)integrations/',
    '(^|/)scripts/',
  ),
];

const NOT_FROM_COMPONENTS = [
  ...forbid(
    'Components render what they are given: pages load data (src/site-data) and pass it as props.',
    '^astro:content$',
    '(^|/)site-data/',
    '(^|/)loaders/',
  ),
];

const NOT_FROM_SCHEMAS = [
  ...forbid(
    'Schemas are the single definition of valid content: they import only zod and each other.',
    '(^|/)lib/',
    '(^|/)site-data/',
    '(^|/)components/',
    '^astro:(?!schema$)',
  ),
];

const NOT_FROM_SRC = [
  ...forbid('Nothing in src/ depends on the command-line tools in scripts/.', '(^|/)scripts/'),
  ...forbid(
    'site.config.ts is for astro.config.mjs and the scripts (it reads the profile from its own location); pages get the profile from src/site-data.',
    '(^|/)site\\.config\\.ts$',
  ),
];

const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  tseslint.configs.strict,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  { files: ['src/**'], rules: restrict(NOT_FROM_SRC) },
  { files: ['src/lib/**'], rules: restrict([...NOT_FROM_SRC, ...NOT_FROM_LIB]) },
  { files: ['src/components/**'], rules: restrict([...NOT_FROM_SRC, ...NOT_FROM_COMPONENTS]) },
  { files: ['src/schemas/**'], rules: restrict([...NOT_FROM_SRC, ...NOT_FROM_SCHEMAS]) },
);
