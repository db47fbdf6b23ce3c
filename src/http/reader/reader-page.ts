import { sourceLines } from '../../provenance/source-lines.js';

/** What the reader shows of a source. */
export interface ReaderSource {
  id: string;
  title: string;
  kind: string;
  url?: string | null;
  publisher?: string | null;
  text: string;
}

/** Text for HTML: the five characters that could open markup or an attribute are escaped. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * The reader page of one source: its title and origin, then every line of
 * its text with its number, each line an anchor (`#L31`), so a citation's
 * address opens the page at the cited lines, highlighted.
 */
export function readerPage(source: ReaderSource): string {
  const lines = sourceLines(source.text)
    .map(
      (line, index) =>
        `<li id="L${index + 1}"><a class="n" href="#L${index + 1}">${index + 1}</a><span>${escapeHtml(line)}</span></li>`,
    )
    .join('\n');
  const origin = source.url
    ? `<p>From <a href="${escapeHtml(source.url)}" rel="noreferrer noopener">${escapeHtml(source.url)}</a></p>`
    : '';
  const publisher = source.publisher ? `<p>Published by ${escapeHtml(source.publisher)}</p>` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(source.title)} — source</title>
<link rel="stylesheet" href="/source-reader.css">
<script src="/source-reader.js" defer></script>
</head>
<body>
<header>
<h1>${escapeHtml(source.title)}</h1>
<p>Source <code>${escapeHtml(source.id)}</code> (${escapeHtml(source.kind)}): the text every citation of it counts its lines in.</p>
${origin}${publisher}
</header>
<ol class="lines">
${lines}
</ol>
</body>
</html>
`;
}
