// Runs Mozilla's Readability.js (what Firefox Reader View uses) on every wcxb page of a folder and
// writes {"NNNN": "main text", ...}. Block ends become line breaks so that words of adjacent
// paragraphs do not fuse into one token when scored.
// Usage: node readability.js WCXB_DIR OUTPUT.json
'use strict';
const fs = require('fs');
const path = require('path');
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');

const [dir, output] = process.argv.slice(2);
if (!dir || !output) {
  console.error('usage: node readability.js WCXB_DIR OUTPUT.json');
  process.exit(2);
}
const quiet = new VirtualConsole();
const BLOCKS = 'p,div,li,h1,h2,h3,h4,h5,h6,br,tr,td,th,blockquote,pre,figcaption,section,article,dd,dt';
const texts = {};
let failed = 0;
for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.html')).sort()) {
  const name = file.slice(0, -'.html'.length);
  let url = 'https://example.invalid/';
  try {
    url = JSON.parse(fs.readFileSync(path.join(dir, name + '.json'), 'utf8')).url || url;
  } catch (e) {
    // No truth file or no URL: relative links stay unresolved, which Readability tolerates.
  }
  try {
    // A Buffer lets jsdom sniff the charset (BOM, <meta charset>) as a browser would.
    const dom = new JSDOM(fs.readFileSync(path.join(dir, file)), { url, virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    if (!article) {
      texts[name] = '';
      continue;
    }
    const doc = new JSDOM('<body>' + article.content + '</body>', { virtualConsole: quiet }).window.document;
    for (const el of doc.querySelectorAll(BLOCKS)) {
      el.append(doc.createTextNode('\n'));
    }
    texts[name] = doc.body.textContent;
  } catch (e) {
    failed++;
    console.error(`${file}: ${e.message}`);
    texts[name] = '';
  }
}
fs.writeFileSync(output, JSON.stringify(texts));
console.error(`readability.js: ${Object.keys(texts).length} pages, ${failed} failed -> ${output}`);
