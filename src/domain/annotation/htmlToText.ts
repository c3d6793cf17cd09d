/**
 * The little of a DOM node htmlToText reads. The domain has no DOM: the app passes
 * the document of an inert parse (DOMParser, which runs no script and loads nothing).
 */
export interface TextNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<TextNode>;
}

const ELEMENT = 1;
const TEXT = 3;
// Their content is never article text: code, styles, metadata, embedded documents.
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'HEAD',
  'TITLE',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'MATH',
  'CANVAS',
  'SELECT',
  'BUTTON',
]);
// Elements that end a paragraph.
const BLOCKS = new Set([
  'P',
  'DIV',
  'BR',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'PRE',
  'TR',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'FIGCAPTION',
  'DD',
  'DT',
  'HR',
  'TABLE',
  'UL',
  'OL',
  'MAIN',
  'ASIDE',
  'NAV',
]);

/**
 * The text of an HTML document, one paragraph per line: only text nodes are read, so
 * no script, style, attribute or event handler survives; block elements and `<br>`
 * end paragraphs; runs of white space inside a paragraph become one space.
 * @example htmlToText(new DOMParser().parseFromString('<p>A <b>b</b></p><p>C</p>', 'text/html')) // 'A b\nC'
 */
export function htmlToText(document: TextNode): string {
  const paragraphs: string[] = [];
  let current = '';
  const endParagraph = () => {
    const text = current.replace(/[ \t\n\r\f]+/g, ' ').trim();
    if (text !== '') paragraphs.push(text);
    current = '';
  };
  // An explicit stack: a deeply nested file must not overflow the call stack.
  const stack: { node: TextNode; leaving: boolean }[] = [{ node: document, leaving: false }];
  while (stack.length > 0) {
    const { node, leaving } = stack.pop()!;
    const name = node.nodeName.toUpperCase();
    if (leaving) {
      if (BLOCKS.has(name)) endParagraph();
      continue;
    }
    if (node.nodeType === TEXT) {
      current += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType === ELEMENT && SKIPPED.has(name)) continue;
    if (BLOCKS.has(name)) endParagraph();
    stack.push({ node, leaving: true });
    for (let i = node.childNodes.length - 1; i >= 0; i--) {
      stack.push({ node: node.childNodes[i]!, leaving: false });
    }
  }
  endParagraph();
  return paragraphs.join('\n');
}
