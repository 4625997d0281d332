import { describe, expect, it } from 'vitest';
import { detectTitle, meaningfulSourceTitle, titleLike } from '../../electron/core/metadata/title';

describe('detectTitle', () => {
  it('uses a meaningful source title, without the site name', () => {
    const result = detectTitle({
      cleaned: '正文第一段。',
      fileName: 'a.html',
      sourceTitle: '三乡镇2023年政府工作报告_中山市人民政府门户网站',
    });
    expect(result.value).toBe('三乡镇2023年政府工作报告');
    expect(result.confidence).toBe(0.9);
  });

  it('ignores placeholder and debris source titles', () => {
    expect(meaningfulSourceTitle('Document1', 'a.docx')).toBeNull();
    expect(meaningfulSourceTitle('新建 Microsoft Word 文档', 'a.docx')).toBeNull();
    expect(meaningfulSourceTitle('tft每日頭條', 'a.html')).toBeNull();
    expect(meaningfulSourceTitle('report-2023', 'report-2023.pdf')).toBeNull();
  });

  it('takes the first title-like line before the running text', () => {
    const cleaned =
      '2023\nYEAR\nEND SUMMARY\n小欖這一年……\n2023年是深入貫徹黨的二十大精神的開局之年,也是重要一年。';
    expect(detectTitle({ cleaned, fileName: 'a.txt' }).value).toBe('小欖這一年');
  });

  it('falls back to the first heading when the text starts with running text', () => {
    const cleaned = '5.加速项目落地。建立健全促进项目落地工作机制,不断优化项目审批流程。';
    const result = detectTitle({ cleaned, fileName: 'a.txt', headings: ['加速项目落地'] });
    expect(result.value).toBe('加速项目落地');
    expect(result.confidence).toBeLessThan(0.5);
    expect(detectTitle({ cleaned, fileName: 'a.txt' }).value).toBeNull();
  });

  it('recognises title-like lines', () => {
    expect(titleLike('发展县域经济,奋力再造一个工业新鹤山')).toBe(
      '发展县域经济,奋力再造一个工业新鹤山',
    );
    expect(titleLike('无障碍版 长者助手')).toBeNull();
    expect(titleLike('(一)实施重大产业平台')).toBeNull();
    expect(titleLike('2023年11月16日')).toBeNull();
    expect(titleLike('YEAR')).toBeNull();
  });
});
