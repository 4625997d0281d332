import { describe, expect, it } from 'vitest';
import { detectKind, headOf } from '../../electron/core/metadata/kind';

const BODY =
  '2021年是“十四五”开局之年,也是南朗镇进入新发展阶段、贯彻新发展理念、融入新发展格局的关键一年。';
const kind = (title: string | null, original: string) => detectKind({ title, original }).value;

describe('detectKind', () => {
  it('reads plan, report and summary words in the title', () => {
    expect(kind('2021年工作安排(节选自政府工作报告)', BODY)).toBe('work_plan');
    expect(kind('小榄镇2024年工作计划', BODY)).toBe('work_plan');
    expect(kind('2023年工作要点', BODY)).toBe('work_plan');
    expect(kind('三乡镇2023年政府工作报告', BODY)).toBe('work_report');
    expect(kind('小欖鎮2023年工作總結', BODY)).toBe('year_end_summary');
    expect(kind('小欖這一年', BODY)).toBe('year_end_summary');
  });

  it('reads the head of the original when the title says nothing', () => {
    expect(kind(null, `2023\nYEAR\nEND SUMMARY\n小榄\n${BODY}`)).toBe('year_end_summary');
    expect(kind('加速项目落地', `乡镇2023年政府工作报告-35篇(第24/65页)\n${BODY}`)).toBe(
      'work_report',
    );
    expect(kind('发展县域经济', `第JMA13版:江门新闻\n发展县域经济\n${BODY}`)).toBe('news');
    expect(kind('中山市工改半年總結', `圖文 更新时间:2024-07-24 18:12:43\n${BODY}`)).toBe('news');
    expect(kind('标题', `本报讯(记者 张三)\n${BODY}`)).toBe('news');
  });

  it('ignores plan words in the body and finds news credits at the end', () => {
    expect(kind('发展县域经济', `${BODY}\n江门市委“1+6+3”工作安排。`)).toBe('other');
    expect(kind('标题', `${BODY}\n【来源】南方日报`)).toBe('news');
  });

  it('is other without any cue', () => {
    expect(detectKind({ title: '关于某事的通知', original: BODY })).toEqual({
      value: 'other',
      confidence: 0.3,
      evidence: null,
    });
  });

  it('takes the head as the short lines before the first paragraph', () => {
    expect(headOf(`无障碍版 长者助手\n\n2021年工作安排\n${BODY}\n后面`)).toBe(
      '无障碍版 长者助手\n2021年工作安排',
    );
  });
});
