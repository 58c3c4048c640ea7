/**
 * Facts beside the passages: after each block of the article that holds a
 * highlighted passage, a note (role="note", not a landmark: a page has many) lists the facts that passage supports and
 * links to them. Runs after the highlighting (it looks for the passages'
 * anchors).
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';

export interface NoteLink {
  label: string;
  href?: string;
}

export interface PassageNote {
  /** Fragment id of the passage (its mark). */
  anchor: string;
  /** Fragment id of the note itself (the marked text links here). */
  id: string;
  heading: string;
  /** One line per record: what it is, then the fields the passage supports. */
  uses: { record: NoteLink; fields: NoteLink[] }[];
  /** Links at the foot of the note: back to the passage, the live page. */
  links: NoteLink[];
}

/** A link (external ones open without referrer or opener), or plain text without an address. */
const link = (l: NoteLink): ElementContent =>
  l.href
    ? h(
        'a',
        { href: l.href, ...(/^https?:/.test(l.href) ? { rel: ['noopener', 'noreferrer'] } : {}) },
        l.label,
      )
    : { type: 'text', value: l.label };

/** The note for one passage. */
export function noteElement(note: PassageNote): Element {
  return h(
    'div',
    { className: ['passage-note'], id: note.id, role: 'note', ariaLabel: note.heading },
    [
      h('p', { className: ['passage-note-heading'] }, note.heading),
      h(
        'ul',
        note.uses.map((u) =>
          h('li', [
            link(u.record),
            { type: 'text', value: ': ' },
            ...u.fields.flatMap((f, i): ElementContent[] =>
              i === 0 ? [link(f)] : [{ type: 'text', value: ', ' }, link(f)],
            ),
          ]),
        ),
      ),
      h(
        'p',
        { className: ['passage-note-links'] },
        note.links.flatMap((l, i): ElementContent[] =>
          i === 0 ? [link(l)] : [{ type: 'text', value: ' · ' }, link(l)],
        ),
      ),
    ],
  );
}

/** Insert each note after the top-level block holding its passage; `placed` collects the anchors placed. */
export function rehypePassageNotes(options: {
  notes: readonly PassageNote[];
  placed?: Set<string>;
}) {
  return (tree: Root): void => {
    const byAnchor = new Map(options.notes.map((n) => [n.anchor, n]));
    const children: Root['children'] = [];
    for (const block of tree.children) {
      children.push(block);
      if (block.type !== 'element') continue;
      const here: PassageNote[] = [];
      visit(block, 'element', (el: Element) => {
        const id = el.properties['id'];
        const note = typeof id === 'string' ? byAnchor.get(id) : undefined;
        if (note && !options.placed?.has(note.anchor)) {
          here.push(note);
          options.placed?.add(note.anchor);
        }
      });
      for (const note of here) children.push({ type: 'text', value: '\n' }, noteElement(note));
    }
    tree.children = children;
  };
}
