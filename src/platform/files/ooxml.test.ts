import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeXml, encodeXml, groupTexts, maskXmlText } from './ooxml.js';

const digitsToStars = (s: string) => s.replace(/\d/g, '*');
const P = { group: 'w:p', text: ['w:t', 'w:delText'] };

describe('OOXML text rewrite', () => {
  it('joins the runs of a paragraph and writes the masked characters back into the same runs', () => {
    const xml =
      '<w:body><w:p w:rsidR="00A1"><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">号码 12</w:t></w:r>' +
      '<w:r><w:rPr><w:b/></w:rPr><w:t>34&amp;</w:t></w:r><w:r><w:t/></w:r></w:p><w:p><w:r><w:t>无</w:t></w:r></w:p></w:body>';
    assert.equal(
      maskXmlText(xml, P, digitsToStars),
      '<w:body><w:p w:rsidR="00A1"><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">号码 **</w:t></w:r>' +
        '<w:r><w:rPr><w:b/></w:rPr><w:t>**&amp;</w:t></w:r><w:r><w:t/></w:r></w:p><w:p><w:r><w:t>无</w:t></w:r></w:p></w:body>',
    );
  });

  it('treats a text-box paragraph inside a paragraph as its own paragraph', () => {
    const xml = '<w:p><w:r><w:t>A1</w:t></w:r><w:r><w:txbxContent><w:p><w:r><w:t>内</w:t></w:r></w:p></w:txbxContent></w:r><w:r><w:t>B2</w:t></w:r></w:p>';
    assert.deepEqual(groupTexts(xml, P), ['内', 'A1B2']);
  });

  it('keeps deleted text apart from the current text and skips phonetic runs', () => {
    assert.equal(
      maskXmlText('<w:p><w:r><w:t>1</w:t></w:r><w:del><w:r><w:delText>2</w:delText></w:r></w:del></w:p>', P, (s) => (s === '1' ? 'x' : 'y')),
      '<w:p><w:r><w:t>x</w:t></w:r><w:del><w:r><w:delText>y</w:delText></w:r></w:del></w:p>',
    );
    const si = '<si><r><t>张</t></r><r><t>三</t></r><rPh sb="0" eb="1"><t>ZHANG</t></rPh></si>';
    assert.deepEqual(groupTexts(si, { group: 'si', text: ['t'], skip: ['rPh'] }), ['张三']);
  });

  it('reads attributes containing ">" and leaves text outside any group alone', () => {
    const xml = '<x a="1>0"><t>99</t></x><si b=\'>\'><t>99</t></si>';
    assert.equal(maskXmlText(xml, { group: 'si', text: ['t'] }, digitsToStars), '<x a="1>0"><t>99</t></x><si b=\'>\'><t>**</t></si>');
  });

  it('decodes and encodes XML character data', () => {
    assert.equal(decodeXml('&lt;a&gt; &amp;&quot;&apos;&#20013;&#x6587;&#99999999;'), '<a> &"\'中文&#99999999;');
    assert.equal(encodeXml('<a> & "b"'), '&lt;a&gt; &amp; "b"');
  });

  it('throws when the transform changes the length', () => {
    assert.throws(() => maskXmlText('<w:p><w:r><w:t>1</w:t></w:r></w:p>', P, (s) => s + s), /keep the length/);
  });
});
