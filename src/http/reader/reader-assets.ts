/**
 * The reader page's script and style, served from this origin so the page's
 * Content-Security-Policy can forbid every inline script and style. The
 * script highlights the lines an address names (`#L31`, `#L31-L33`, `#L73,L84`) and
 * scrolls to them; without it, CSS `:target` still marks a single line.
 */
export const READER_SCRIPT = `
function citedRanges() {
  var ranges = [];
  var parts = window.location.hash.replace(/^#/, '').split(',');
  for (var i = 0; i < parts.length && i < 100; i += 1) {
    var match = /^L(\\d+)(?:-L(\\d+))?$/.exec(parts[i]);
    if (!match) continue;
    var from = Number(match[1]);
    var to = match[2] ? Number(match[2]) : from;
    ranges.push(from <= to ? [from, to] : [to, from]);
  }
  return ranges;
}
function highlight() {
  var marked = document.querySelectorAll('li.cited');
  for (var i = 0; i < marked.length; i += 1) marked[i].classList.remove('cited');
  var ranges = citedRanges();
  var first = null;
  for (var r = 0; r < ranges.length; r += 1) {
    for (var line = ranges[r][0]; line <= ranges[r][1] && line - ranges[r][0] < 10000; line += 1) {
      var item = document.getElementById('L' + line);
      if (!item) continue;
      item.classList.add('cited');
      if (!first) first = item;
    }
  }
  if (first) first.scrollIntoView({ block: 'center' });
}
window.addEventListener('hashchange', highlight);
document.addEventListener('DOMContentLoaded', highlight);
`;

export const READER_STYLE = `
body { font: 15px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem 1.5rem 4rem; color: #1d232a; }
header p { color: #59636e; margin: 0.25rem 0; }
ol.lines { list-style: none; padding: 0; margin: 1.5rem 0 0; font: 14px/1.55 ui-monospace, SFMono-Regular, Menlo, monospace; }
ol.lines li { display: grid; grid-template-columns: 4rem 1fr; white-space: pre-wrap; overflow-wrap: anywhere; }
ol.lines li a.n { color: #8c959f; text-align: right; padding-right: 1rem; text-decoration: none; user-select: none; }
ol.lines li.cited, ol.lines li:target { background: #fff3b0; }
ol.lines li.cited a.n, ol.lines li:target a.n { color: #1d232a; font-weight: 600; }
`;
