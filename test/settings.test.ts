import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { parseSettings } from '../src/settings.ts';

describe('settings', () => {
  it('has a default for every variable', () => {
    const { settings } = parseSettings({}, '/srv/portal');
    expect(settings).toMatchObject({
      contentRoot: '/srv/portal/content',
      base: '/doi-thoai-doanh-nghiep/',
      site: 'https://example.gov.vn',
      logLevel: 'warn',
      dev: { host: 'localhost' },
      decap: { port: 8081, mode: 'fs', logLevel: 'warn' },
      chromiumPath: '/usr/bin/chromium',
    });
    expect(settings!.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('reads each variable; an empty one counts as unset; BASE always ends in /', () => {
    const { settings } = parseSettings(
      {
        CONTENT_DIR: 'examples/x',
        BASE: '/dtdn',
        SITE: 'https://kinhmon.haiphong.gov.vn',
        AS_OF: '2026-02-28',
        PORT: '4000',
        DECAP_MODE: 'git',
        HOST: '',
      },
      '/p',
    );
    expect(settings).toMatchObject({
      contentRoot: path.resolve('/p', 'examples/x'),
      base: '/dtdn/',
      site: 'https://kinhmon.haiphong.gov.vn',
      asOf: '2026-02-28',
      dev: { port: 4000, host: 'localhost' },
      decap: { mode: 'git' },
    });
  });

  it('names every wrong variable, what was found and how to write it, in Vietnamese', () => {
    const { settings, problems } = parseSettings({
      AS_OF: '2026-02-30',
      BASE: 'dtdn',
      SITE: 'example.gov.vn',
      DECAP_MODE: 'svn',
      PORT: '99999',
    });
    expect(settings).toBeUndefined();
    expect(problems.map((p) => p.name)).toEqual(['BASE', 'SITE', 'AS_OF', 'PORT', 'DECAP_MODE']);
    expect(problems[2]!.message).toBe(
      'Biến môi trường AS_OF = "2026-02-30" không hợp lệ. Ghi một ngày có thật dạng YYYY-MM-DD, ví dụ AS_OF=2026-11-29, hoặc bỏ biến này để tính theo hôm nay.',
    );
  });
});
