// @vitest-environment jsdom
import DOMPurify from 'dompurify';
import { describe, expect, it } from 'vitest';
import { paragraphsHtml, richHtml, sanitizeRichHtml } from './rich-html';

// DOMPurify as the panel uses it, on jsdom's window instead of the extension page's.
const purify = DOMPurify;

// The elements and attributes that HTML parsed in a page would hold.
function parsed(html: string): { tags: string[]; attributes: string[]; text: string } {
  const template = window.document.createElement('template');
  template.innerHTML = html;
  const all = [...template.content.querySelectorAll('*')];
  return {
    tags: all.map((el) => el.localName),
    attributes: all.flatMap((el) => [...el.attributes].map((a) => a.name)),
    text: template.content.textContent ?? '',
  };
}

const PAYLOADS = [
  '<script>window.pwned=1</script>',
  '<img src=x onerror="window.pwned=1">',
  '<a href="javascript:window.pwned=1">点我</a>',
  '<a href="  JaVaScRiPt:alert(1)">x</a>',
  '<svg onload="window.pwned=1"><script>alert(1)</script></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<style>*{display:none}</style><p style="background:url(javascript:alert(1))">x</p>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<object data="data:text/html,<script>alert(1)</script>"></object>',
  '<form action="javascript:alert(1)"><input type=submit></form>',
  '<details open ontoggle="window.pwned=1">',
  '<p onclick="alert(1)" class="x" id="y">段落</p>',
  '"><img src=x onerror=alert(1)>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<!--<img src=x onerror=alert(1)>-->',
  '<base href="javascript:/">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
];

describe('HTML for rich editors', () => {
  it('makes one paragraph per line, text escaped', () => {
    expect(paragraphsHtml('一年来\n<b>加粗</b> & "引号"')).toBe(
      '<p>一年来</p><p>&lt;b&gt;加粗&lt;/b&gt; &amp; &quot;引号&quot;</p>',
    );
    expect(richHtml('第一段\r\n\r\n第二段', purify)).toBe('<p>第一段</p><p></p><p>第二段</p>');
  });

  for (const payload of PAYLOADS) {
    it(`a snippet holding ${payload.slice(0, 40)} arrives as that text`, () => {
      const html = richHtml(payload, purify);
      const out = parsed(html);
      expect(out.tags).toEqual(['p']);
      expect(out.attributes).toEqual([]);
      expect(out.text).toBe(payload);
    });

    it(`sanitising ${payload.slice(0, 40)} as HTML leaves no script, handler, URL or style`, () => {
      const out = parsed(sanitizeRichHtml(payload, purify));
      for (const tag of out.tags) expect(['p', 'br']).toContain(tag);
      expect(out.attributes).toEqual([]);
    });
  }
});
