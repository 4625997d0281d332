import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir, SEEDS_DIR } from '../helpers/paths';
import { extract, extractError, seedParagraphs, writeFixture } from './extract';

const temp = makeTempDir('policylens-html-');
afterAll(() => temp.remove());

const nanlang = fs.readFileSync(path.join(SEEDS_DIR, 'nanlang-2021-work-plan.txt'), 'utf8');
const paragraphs = seedParagraphs(nanlang);
const SECTION = /^[（(][一二三四五六七八九][）)]/u;
const sections = paragraphs.filter((p) => SECTION.test(p));

/** A government web page: navigation, a sidebar, the article with h3 sections, a footer. */
function governmentPage(head: string, dateLine = ''): string {
  const body = paragraphs
    .map((p) => (SECTION.test(p) ? `<h3>${p}</h3>` : `<p>&nbsp;&nbsp;&nbsp;&nbsp;${p}</p>`))
    .join('\n');
  return `<!DOCTYPE html>
<html><head>${head}</head>
<body>
<div class="top"><nav><a href="/">首页</a> <a href="/zwgk">政务公开</a> <a href="/bsfw">办事服务</a></nav></div>
<form action="/search"><input name="q" value="搜索关键词"><button>搜索</button></form>
<div class="main"><div class="article">
<h1>2021年工作安排</h1>
<div class="info">${dateLine}</div>
<div class="content">
${body}
</div></div>
<div class="sidebar"><ul><li><a href="/a">相关链接</a></li></ul></div></div>
<div class="footer">主办单位：中山市南朗街道办事处 版权所有</div>
</body></html>`;
}

describe('HTML reader', () => {
  it('reads a GBK page declared by <meta http-equiv>: article text, sections, metadata', async () => {
    const html = governmentPage(
      `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>2021年工作安排_中山市南朗街道</title>
<meta name="PubDate" content="2021-03-03 10:20">
<link rel="canonical" href="http://www.zs.gov.cn/nlz/2021/0303.html">`,
    );
    const file = writeFixture(temp.dir, 'nanlang.html', iconv.encode(html, 'gbk'));
    const extracted = await extract(file);

    expect(extracted.encoding).toBe('gb18030');
    const lines = extracted.text.split('\n');
    for (const paragraph of paragraphs.slice(4)) expect(lines).toContain(paragraph);
    expect(extracted.text).not.toMatch(/搜索关键词|相关链接|办事服务/);
    expect(extracted.headings?.map((h) => h.text)).toEqual(sections);
    expect(new Set(extracted.headings?.map((h) => h.level))).toEqual(new Set([3]));
    expect(extracted.metadata).toEqual({
      title: '2021年工作安排_中山市南朗街道',
      sourceUrl: 'http://www.zs.gov.cn/nlz/2021/0303.html',
      published: '2021-03-03',
    });
  });

  it('detects GBK without any declaration and finds the date in the text', async () => {
    const html = governmentPage('<title>南朗</title>', '信息来源：本网  发布时间：2021年3月5日');
    const file = writeFixture(temp.dir, 'undeclared.htm', iconv.encode(html, 'gbk'));
    const extracted = await extract(file);
    expect(extracted.encoding).toBe('gb18030');
    expect(extracted.text).toContain(paragraphs[5]);
    expect(extracted.metadata?.published).toBe('2021-03-05');
  });

  it('believes GBK bytes over a page declaring ISO-8859-1', async () => {
    const html = `<html><head><meta charset="iso-8859-1"></head><body><p>${paragraphs[4]}</p></body></html>`;
    const file = writeFixture(temp.dir, 'latin1-declared.html', iconv.encode(html, 'gbk'));
    const extracted = await extract(file);
    expect(extracted).toMatchObject({ encoding: 'gb18030', text: paragraphs[4] });
  });

  it('reads a Big5 page declared by <meta charset>', async () => {
    const traditional = OpenCC.Converter({ from: 'cn', to: 'tw' })(paragraphs[4]!);
    const html = `<html><head><meta charset="big5"><meta property="og:title" content="工作安排"></head><body><p>${traditional}</p></body></html>`;
    const file = writeFixture(temp.dir, 'big5.html', iconv.encode(html, 'big5'));
    const extracted = await extract(file);
    expect(extracted.encoding).toBe('big5');
    expect(extracted.text).toBe(traditional);
    expect(extracted.metadata?.title).toBe('工作安排');
  });

  it('falls back to the body text when Readability finds no article', async () => {
    const file = writeFixture(
      temp.dir,
      'short.html',
      '<html><body><div>关于开展安全检查的通知</div><div>各村（社区）：<br>请于3月10日前完成自查。</div></body></html>',
    );
    const extracted = await extract(file);
    expect(extracted.text).toBe('关于开展安全检查的通知\n各村（社区）：\n请于3月10日前完成自查。');
  });

  it('reads a bare fragment, one table row per line', async () => {
    const file = writeFixture(
      temp.dir,
      'fragment.html',
      '<p>2023年重点项目</p><table><tr><th>项目</th><th>金额</th></tr><tr><td>道路</td><td>100万元</td></tr></table>',
    );
    expect((await extract(file)).text).toBe('2023年重点项目\n项目 金额\n道路 100万元');
  });

  it('joins source line breaks inside Chinese text without adding spaces', async () => {
    const file = writeFixture(
      temp.dir,
      'wrapped.html',
      '<html><body><p>南朗镇进入新发展阶段、\n    贯彻新发展理念。 Shenzhen\n  Zhongshan</p></body></html>',
    );
    expect((await extract(file)).text).toBe(
      '南朗镇进入新发展阶段、贯彻新发展理念。 Shenzhen Zhongshan',
    );
  });

  it('extracts text from a hostile page without running or keeping any of its code', async () => {
    const marker = '__policylensHtmlPwned';
    const set = `globalThis.${marker}=1`;
    const html = `<!DOCTYPE html><html><head>
<meta http-equiv="refresh" content="0;url=javascript:${set}">
<title>安全测试</title>
<script>${set}; document.write('SCRIPT-WROTE-THIS');</script>
<script src="https://evil.example/x.js"></script>
<style>body { background: url("javascript:${set}") } .x::after { content: "STYLE-TEXT" }</style>
<link rel="stylesheet" href="https://evil.example/s.css">
</head>
<body onload="${set}">
<iframe src="javascript:${set}" srcdoc="<script>${set}</script>IFRAME-TEXT"></iframe>
<svg onload="${set}"><script>${set}</script><text>SVG-TEXT</text></svg>
<img src="x" onerror="${set}">
<object data="javascript:${set}">OBJECT-TEXT</object>
<embed src="javascript:${set}">
<template><script>${set}</script>TEMPLATE-TEXT</template>
<noscript>NOSCRIPT-TEXT</noscript>
<form action="javascript:${set}"><input value="INPUT-TEXT"><textarea>TEXTAREA-TEXT</textarea></form>
<p>第一段：南朗镇2021年重点工作。<a href="javascript:${set}">点击查看</a></p>
<p onclick="${set}" onmouseover="${set}">第二段：推进“工改”。</p>
<math><mtext>MATH-TEXT</mtext></math>
<script>setTimeout(() => { ${set} }, 0)</script>
</body></html>`;
    const file = writeFixture(temp.dir, 'hostile.html', html);
    const extracted = await extract(file);
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
    expect(extracted.text).toContain('第一段：南朗镇2021年重点工作。点击查看');
    expect(extracted.text).toContain('第二段：推进“工改”。');
    expect(extracted.text).not.toMatch(
      /globalThis|javascript|onerror|onload|setTimeout|evil\.example|SCRIPT-WROTE|STYLE-TEXT|IFRAME|SVG-TEXT|OBJECT-TEXT|TEMPLATE|NOSCRIPT|INPUT-TEXT|TEXTAREA|MATH-TEXT/,
    );
    expect(extracted.metadata?.sourceUrl).toBeUndefined();
  });

  it('reads an MHTML archive: quoted-printable UTF-8 part, location from the snapshot header', async () => {
    const page = Buffer.from(
      governmentPage('<meta charset="utf-8"><title>南朗 2021</title>', '发布日期：2021-03-03'),
      'utf8',
    );
    const quotedPrintable = page
      .toString('latin1')
      .replace(
        /[=\x80-\xff]/g,
        (c) => `=${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
      )
      .replace(/(.{70})/g, '$1=\r\n');
    const mhtml = [
      'From: <Saved by Blink>',
      'Snapshot-Content-Location: https://www.zs.gov.cn/nlz/2021.html',
      'Subject: =?utf-8?Q?2021?=',
      'MIME-Version: 1.0',
      'Content-Type: multipart/related;',
      '\ttype="text/html";',
      '\tboundary="----MultipartBoundary--abc----"',
      '',
      '',
      '------MultipartBoundary--abc----',
      'Content-Type: text/html',
      'Content-ID: <frame-1@mhtml.blink>',
      'Content-Transfer-Encoding: quoted-printable',
      'Content-Location: https://www.zs.gov.cn/nlz/2021.html',
      '',
      quotedPrintable,
      '',
      '------MultipartBoundary--abc----',
      'Content-Type: image/png',
      'Content-Transfer-Encoding: base64',
      'Content-Location: https://www.zs.gov.cn/logo.png',
      '',
      'iVBORw0KGgo=',
      '',
      '------MultipartBoundary--abc------',
      '',
    ].join('\r\n');
    const file = writeFixture(temp.dir, 'nanlang.mhtml', Buffer.from(mhtml, 'latin1'));
    const extracted = await extract(file);
    expect(extracted.text.split('\n')).toContain(paragraphs[10]);
    expect(extracted.headings).toHaveLength(sections.length);
    expect(extracted.metadata).toEqual({
      title: '南朗 2021',
      sourceUrl: 'https://www.zs.gov.cn/nlz/2021.html',
      published: '2021-03-03',
    });
  });

  it('reads an MHTML archive with a base64 GB2312 part (Internet Explorer style)', async () => {
    const page = iconv.encode(
      '<html><head><title>三乡镇工作报告</title></head><body><p>三乡镇2023年工作报告。</p></body></html>',
      'gbk',
    );
    const mhtml = [
      'MIME-Version: 1.0',
      'Content-Location: http://www.zs.gov.cn/sx/report.html',
      'Content-Type: multipart/related; boundary="----=_NextPart_000"',
      '',
      '------=_NextPart_000',
      'Content-Type: text/html; charset="gb2312"',
      'Content-Transfer-Encoding: base64',
      '',
      page.toString('base64').replace(/(.{76})/g, '$1\r\n'),
      '------=_NextPart_000--',
      '',
    ].join('\r\n');
    const file = writeFixture(temp.dir, 'sanxiang.mht', mhtml);
    const extracted = await extract(file);
    expect(extracted.encoding).toBe('gb18030');
    expect(extracted.text).toBe('三乡镇2023年工作报告。');
    expect(extracted.metadata).toEqual({
      title: '三乡镇工作报告',
      sourceUrl: 'http://www.zs.gov.cn/sx/report.html',
    });
  });

  it('refuses an MHTML archive without a web page', async () => {
    const mhtml =
      'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nxx\r\n--b--\r\n';
    const file = writeFixture(temp.dir, 'empty.mht', mhtml);
    const error = await extractError(file);
    expect(error).toMatchObject({ code: 'FILE_CORRUPT', file });
  });
});
