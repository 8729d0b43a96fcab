import type { FastifyRequest } from 'fastify';

export type Language = 'zh-CN' | 'en';

/** zh-CN is the first language; English only when the client prefers it over Chinese. */
export function requestLanguage(req: Pick<FastifyRequest, 'headers'>): Language {
  const header = String(req.headers['accept-language'] ?? '');
  if (!header) return 'zh-CN';
  const ranked = header
    .split(',')
    .map((part, i) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag: tag ?? '', q: q ? Number(q.trim().slice(2)) || 0 : 1, i };
    })
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const { tag } of ranked) {
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
  }
  return 'zh-CN';
}
