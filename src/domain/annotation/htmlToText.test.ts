// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { htmlToText } from './htmlToText.ts';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('htmlToText', () => {
  it('keeps paragraphs and joins inline elements into their paragraph', () => {
    expect(htmlToText(parse('<h1>Başlık</h1><p>Bir <b>iki</b>\n  üç.</p><p>Dört<br>Beş</p>'))).toBe(
      'Başlık\nBir iki üç.\nDört\nBeş',
    );
  });

  it('lets no script, style, attribute or event handler through', () => {
    const text = htmlToText(
      parse(
        '<head><title>T</title><style>p{color:red}</style></head><body><script>alert(1)</script>' +
          '<p onclick="steal()" title="secret">Metin <img src=x onerror="alert(2)">burada.</p>' +
          '<noscript>no js</noscript><template><p>hidden</p></template><svg><text>svg</text></svg></body>',
      ),
    );
    expect(text).toBe('Metin burada.');
  });

  it('reads a deeply nested document without overflowing the stack', () => {
    const html = '<div>'.repeat(20_000) + 'derin' + '</div>'.repeat(20_000);
    expect(htmlToText(parse(html))).toBe('derin');
  });
});
