import { describe, expect, it } from 'vitest';
import { INTERNAL_PROVENANCE, LOCAL_DEFAULT, publicBasis } from './index.js';

describe('publicBasis: the standard and clause a default cites, never its research notes', () => {
  it('keeps the standard and its clauses, drops the confidence note and the web address', () => {
    const source =
      'GB/T 51129-2017 表4.0.1, 3.0.3, 5.0.1, 5.0.2 — table recalled (standards.md §4 [R-h]); 3.0.3/5.0.1/5.0.2 thresholds [V] https://www.8fe.cn/test-question-608554.html';
    const basis = publicBasis(source);
    expect(basis).toBe('GB/T 51129-2017 表4.0.1, 3.0.3, 5.0.1, 5.0.2');
    expect(basis).not.toMatch(INTERNAL_PROVENANCE);
  });

  it('reads a standard without a clause, and several standards', () => {
    expect(publicBasis('GB/T 51366-2019 建材运输距离默认值 (recalled, standards.md §5 [R-h])')).toBe('GB/T 51366-2019');
    expect(publicBasis('GB 50017-2017 第 4.4.8 条; JGJ/T 188-2009 附录 D')).toBe('GB 50017-2017 第4.4.8 条；JGJ/T 188-2009 附录D');
  });

  it('keeps a document number such as 建办质〔2021〕9号', () => {
    expect(publicBasis('绿色建造技术导则（试行）建办质〔2021〕9号')).toBe('建办质〔2021〕9号');
  });

  it('answers 地方默认值 when the source cites no standard', () => {
    expect(publicBasis('地方施工扬尘管控实践（待核实）')).toBe(LOCAL_DEFAULT);
    expect(publicBasis('github Ale-Mor/carbon-factors README')).toBe(LOCAL_DEFAULT);
    expect(publicBasis('engineering default for normal-weight concrete (not in 51366)')).toBe(LOCAL_DEFAULT);
    expect(publicBasis(null)).toBe(LOCAL_DEFAULT);
  });

  it('flags internal provenance words', () => {
    for (const s of ['verified', 'recalled-medium', '回忆值待核', '（待核实）', 'https://x.cn', 'github Ale'])
      expect(s).toMatch(INTERNAL_PROVENANCE);
    expect('GB/T 51366-2019 第 5.2 条').not.toMatch(INTERNAL_PROVENANCE);
  });
});
