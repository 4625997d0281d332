import { describe, expect, it } from 'vitest';
import {
  headingTitle,
  isStandaloneCandidate,
  matchMarker,
  parseChineseNumber,
} from '../../electron/core/structure/heading-patterns';

describe('matchMarker', () => {
  it.each([
    ['第三部分 2023年工作安排', 'part', 3, '2023年工作安排'],
    ['第一章 总则', 'chapter', 1, '总则'],
    ['第二节 目标', 'section', 2, '目标'],
    ['第十二条 本办法自发布之日起施行。', 'article', 12, '本办法自发布之日起施行。'],
    ['一、指导思想', 'cn-enum', 1, '指导思想'],
    ['十一、其他', 'cn-enum', 11, '其他'],
    ['（三）坚持扩内需稳外需', 'cn-paren', 3, '坚持扩内需稳外需'],
    ['(九)加强政府自身建设', 'cn-paren', 9, '加强政府自身建设'],
    ['5.加速项目落地。建立健全', 'arabic', 5, '加速项目落地。建立健全'],
    ['1、着力建设', 'arabic', 1, '着力建设'],
    ['2．更大力度激活消费', 'arabic', 2, '更大力度激活消费'],
    ['（1）实施教育提质工程', 'arabic-paren', 1, '实施教育提质工程'],
    ['3)完善路网', 'arabic-half-paren', 3, '完善路网'],
    ['②推进改造', 'circled', 2, '推进改造'],
    ['●城市發展', 'bullet', null, '城市發展'],
  ])('%s', (line, type, number, rest) => {
    expect(matchMarker(line)).toMatchObject({ type, number, rest });
  });

  it.each([
    '2021年是开局之年',
    '1.5亿元投资',
    '2.0版本',
    '一是加强',
    '5G基站',
    '聚力平台建设',
    '(社區)',
  ])('no marker in %s', (line) => {
    expect(matchMarker(line)).toBeNull();
  });
});

describe('heading helpers', () => {
  it('parses Chinese numerals', () => {
    expect(parseChineseNumber('三')).toBe(3);
    expect(parseChineseNumber('十')).toBe(10);
    expect(parseChineseNumber('十一')).toBe(11);
    expect(parseChineseNumber('二十三')).toBe(23);
    expect(parseChineseNumber('一百零五')).toBe(105);
    expect(parseChineseNumber('甲')).toBeNull();
  });

  it('takes the first sentence of a numbered paragraph as its title', () => {
    expect(headingTitle('加速项目落地。建立健全促进项目落地工作机制')).toBe('加速项目落地');
    expect(headingTitle('实施重大产业平台“头号工程”,打造湾区生物医药中心。')).toBe(
      '实施重大产业平台“头号工程”,打造湾区生物医药中心',
    );
    expect(headingTitle('坚持扩内需稳外需,全力以赴拼经济')).toBe('坚持扩内需稳外需,全力以赴拼经济');
    expect(headingTitle('2021年的主要经济目标:巩固经济发展良好势头,力争GDP增长8%,取得新突破')).toBe(
      '2021年的主要经济目标',
    );
    const long = headingTitle('甲'.repeat(80));
    expect([...long].length).toBe(51);
    expect(long.endsWith('…')).toBe(true);
  });

  it('recognises short standalone heading lines', () => {
    for (const line of [
      '聚力平臺建設',
      '打造高质量发展引擎',
      '坚持高位统筹,构建强有力工作推进机制',
      '五年掠影',
    ]) {
      expect(isStandaloneCandidate(line)).toBe(true);
    }
    for (const line of [
      '鹤讯',
      '2023',
      'XIAOLAN',
      '抓招商、抓项目。',
      '为实现上述目标,需要重点做好以下几方面工作:',
      '▲小欖鎮政務服務中心發出全市首宗不動產證',
      '2023年11月16日',
      '小欖這一年……',
      '(一)实施重大产业平台',
      '这一行很长很长很长很长很长很长很长很长很长很长很长很长很长',
    ]) {
      expect(isStandaloneCandidate(line)).toBe(false);
    }
  });
});
