// One way to name a download: RFC 6266 Content-Disposition with the exact name in filename* (RFC 8187, UTF-8,
// percent-encoded — how Chromium, Firefox and Safari read a Chinese name) and a plain-ASCII filename= for old clients.

/** RFC 8187 attr-char: letters, digits and !#$&+-.^_`|~; everything else is percent-encoded from its UTF-8 bytes. */
function encodeExtValue(name: string): string {
  return encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * The ASCII stand-in for clients that ignore filename*: printable ASCII kept (quotes and backslashes become _), other
 * characters dropped; when nothing of the name is left but its extension, `download.<ext>`.
 */
export function asciiFallbackName(name: string): string {
  const ascii = name
    .replace(/["\\]/g, '_')
    .replace(/[^\x20-\x7e]+/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s+(\.[^.]*)$/, '$1')
    .trim();
  const ext = /\.[A-Za-z0-9]{1,8}$/.exec(name)?.[0] ?? '';
  const stem = ext && ascii.endsWith(ext) ? ascii.slice(0, -ext.length) : ascii;
  return /[A-Za-z0-9]/.test(stem) ? ascii : `download${ext}`;
}

/**
 * The Content-Disposition header for a file sent to a browser, e.g. for 试点项目登记表.xlsx:
 * `attachment; filename="download.xlsx"; filename*=UTF-8''%E8%AF%95…xlsx`. `fallback` overrides the ASCII name.
 */
export function contentDisposition(name: string, opts: { inline?: boolean; fallback?: string } = {}): string {
  const fallback = asciiFallbackName(opts.fallback ?? name);
  return `${opts.inline ? 'inline' : 'attachment'}; filename="${fallback}"; filename*=UTF-8''${encodeExtValue(name)}`;
}
