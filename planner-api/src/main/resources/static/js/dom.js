// Small helpers to build the page's elements without writing HTML strings (no text is ever parsed as markup).

/**
 * An element: attributes (class, id, aria-*, data-*, for …), event handlers as on* functions, and children
 * (nodes, texts, or arrays of them; null and false are skipped).
 */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.slice(2), value);
    } else if (name === 'class') {
      node.className = Array.isArray(value) ? value.filter(Boolean).join(' ') : value;
    } else if (name in node && typeof value !== 'string') {
      node[name] = value;
    } else {
      node.setAttribute(name, value === true ? '' : value);
    }
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    if (Array.isArray(child)) {
      append(node, child);
    } else {
      node.append(child instanceof Node ? child : String(child));
    }
  }
}

/** Replaces the content of a node. */
export function fill(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

/**
 * A table that scrolls sideways when it is wider than the page: columns [{label, value(row), numeric}], the caption read by screen readers and printed above it.
 * Values may be nodes.
 */
export function table({ caption, columns, rows, rowAttributes = () => ({}) }) {
  return el('div', { class: 'table-scroll' }, el('table', {},
    caption ? el('caption', {}, caption) : null,
    el('thead', {}, el('tr', {}, columns.map((column) => el('th', { scope: 'col', class: column.numeric ? 'num' : null },
      column.label)))),
    el('tbody', {}, rows.map((row) => el('tr', rowAttributes(row),
      columns.map((column) => el('td', { class: column.numeric ? 'num' : null }, column.value(row))))))));
}

/** A link to a download. */
export function downloadLink(href, label) {
  return el('a', { href, class: 'download', download: '' }, label);
}

/** A message that screen readers announce (role=status) or a refusal (role=alert). */
export function notice(text, kind = 'info') {
  return el('p', { class: ['notice', kind], role: kind === 'error' ? 'alert' : 'status' }, text);
}
