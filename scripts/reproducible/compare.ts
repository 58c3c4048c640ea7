/**
 * Byte-for-byte comparison of two builds (pure part of
 * scripts/reproducible.ts): which files differ, where the first differing
 * byte is, and a short readable context around it.
 *
 * The parts of each script live in a folder named after it
 * (scripts/reproducible.ts → scripts/reproducible/), as for bench/ and new/:
 * a reader who finds the script in package.json finds its parts beside it.
 */

/** Offset of the first byte where a and b differ (a shorter one differs at its end), or -1 if equal. */
export function firstDifference(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return a.length === b.length ? -1 : n;
}

/** True when the bytes look like text (UTF-8 without NUL or other C0 controls but tab, LF, CR). */
export function looksLikeText(bytes: Uint8Array): boolean {
  for (const byte of bytes)
    if (byte < 0x20 && byte !== 9 && byte !== 10 && byte !== 13) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * `radius` bytes either side of `offset`, as a JSON string for text (cut at
 * character boundaries) or as hex for binary data.
 */
export function contextAt(bytes: Uint8Array, offset: number, radius = 40): string {
  const start = Math.max(0, offset - radius);
  const end = Math.min(bytes.length, offset + radius);
  const slice = bytes.subarray(start, end);
  const prefix = start > 0 ? '…' : '';
  const suffix = end < bytes.length ? '…' : '';
  if (looksLikeText(bytes.subarray(0, 4096))) {
    const text = new TextDecoder('utf-8').decode(slice).replace(/^\uFFFD+|\uFFFD+$/g, '');
    return `${prefix}${JSON.stringify(text)}${suffix}`;
  }
  return `${prefix}${Buffer.from(slice).toString('hex')}${suffix}`;
}

/** How two builds differ. */
export interface BuildDiff {
  /** Files present in both builds. */
  compared: number;
  onlyInA: string[];
  onlyInB: string[];
  differing: { file: string; offset: number; sizeA: number; sizeB: number; a: string; b: string }[];
}

/** Compares two builds given as their file lists and a reader (path relative to the build → bytes). */
export function compareBuilds(
  filesA: readonly string[],
  filesB: readonly string[],
  readA: (file: string) => Uint8Array,
  readB: (file: string) => Uint8Array,
): BuildDiff {
  const setA = new Set(filesA);
  const setB = new Set(filesB);
  const diff: BuildDiff = {
    compared: 0,
    onlyInA: filesA.filter((f) => !setB.has(f)).sort(),
    onlyInB: filesB.filter((f) => !setA.has(f)).sort(),
    differing: [],
  };
  for (const file of [...filesA].sort()) {
    if (!setB.has(file)) continue;
    diff.compared++;
    const a = readA(file);
    const b = readB(file);
    const offset = firstDifference(a, b);
    if (offset < 0) continue;
    diff.differing.push({
      file,
      offset,
      sizeA: a.length,
      sizeB: b.length,
      a: contextAt(a, offset),
      b: contextAt(b, offset),
    });
  }
  return diff;
}

/** True when both builds wrote files and the same files, byte for byte. */
export function isIdentical(diff: BuildDiff): boolean {
  return (
    diff.compared > 0 &&
    diff.onlyInA.length === 0 &&
    diff.onlyInB.length === 0 &&
    diff.differing.length === 0
  );
}

/** The report: `file: problem` lines, then the summary line. */
export function formatDiff(diff: BuildDiff): string {
  const lines: string[] = [];
  for (const file of diff.onlyInA) lines.push(`${file}: only in the first build`);
  for (const file of diff.onlyInB) lines.push(`${file}: only in the second build`);
  for (const d of diff.differing) {
    lines.push(
      `${d.file}: differs at byte ${d.offset} (sizes ${d.sizeA} and ${d.sizeB})`,
      `  first:  ${d.a}`,
      `  second: ${d.b}`,
    );
  }
  lines.push(
    isIdentical(diff)
      ? `reproducible: ${diff.compared} files, byte-identical`
      : `reproducible: ${diff.compared} files compared, ${diff.differing.length} differ, ${diff.onlyInA.length + diff.onlyInB.length} in only one build`,
  );
  return `${lines.join('\n')}\n`;
}
