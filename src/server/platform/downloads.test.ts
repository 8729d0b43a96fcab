import { describe, expect, it } from 'vitest';
import { asciiFallbackName, contentDisposition } from './downloads.js';

describe('contentDisposition (RFC 6266 / RFC 8187)', () => {
  it('sends a Chinese name percent-encoded in filename* with an ASCII fallback', () => {
    expect(contentDisposition('试点项目登记表.xlsx')).toBe(
      `attachment; filename="download.xlsx"; filename*=UTF-8''%E8%AF%95%E7%82%B9%E9%A1%B9%E7%9B%AE%E7%99%BB%E8%AE%B0%E8%A1%A8.xlsx`,
    );
    // What a browser decodes from filename* is the name itself.
    const ext = /filename\*=UTF-8''(.+)$/.exec(contentDisposition('长沙梅溪湖 安置房（一期）报告.pdf'))![1]!;
    expect(decodeURIComponent(ext)).toBe('长沙梅溪湖 安置房（一期）报告.pdf');
  });

  it('keeps ASCII parts and a given fallback, and never breaks the quoted string', () => {
    expect(contentDisposition('cost-items-HN-2021-001.xlsx')).toBe(
      `attachment; filename="cost-items-HN-2021-001.xlsx"; filename*=UTF-8''cost-items-HN-2021-001.xlsx`,
    );
    expect(contentDisposition('试点项目登记表.xlsx', { fallback: 'projects.xlsx' })).toContain('filename="projects.xlsx"');
    expect(asciiFallbackName('a"b\\c.pdf')).toBe('a_b_c.pdf');
    expect(asciiFallbackName('HN-2021-001 评价报告.pdf')).toBe('HN-2021-001.pdf');
  });

  it('encodes the characters RFC 8187 does not allow bare and marks inline files', () => {
    expect(contentDisposition("it's (1)*.txt", { inline: true })).toBe(
      `inline; filename="it's (1)*.txt"; filename*=UTF-8''it%27s%20%281%29%2A.txt`,
    );
  });
});

describe('a Chinese file name in Chromium', () => {
  it('is the name Chromium saves the download under', { timeout: 120_000 }, async () => {
    const { createServer } = await import('node:http');
    const { chromium } = await import('playwright-core');
    const name = '试点项目登记表（湖南）.xlsx';
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-disposition': contentDisposition(name) });
      res.end('x');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    });
    try {
      const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
      await page.setContent(`<a id="file" href="http://127.0.0.1:${port}/file">下载</a>`);
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#file')]);
      expect(download.suggestedFilename()).toBe(name);
    } finally {
      await browser.close();
      server.close();
    }
  });
});
