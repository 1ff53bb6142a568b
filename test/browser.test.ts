// The order in which the browser test picks its Chromium, including the npm fallback a fresh machine relies on
// (exercised here even where a system Chromium exists, which the end-to-end test would otherwise use).
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findChromium } from './support/browser';

// Any file that exists stands in for a browser binary: finding one does not start it.
const present = process.execPath;
const absent = '/nonexistent/chromium';

describe('findChromium', () => {
  it('takes CHROMIUM_PATH first, and says how to fix one that names nothing', async () => {
    expect(await findChromium({ CHROMIUM_PATH: present }, ['/bin/sh'])).toMatchObject({ executablePath: present, source: 'CHROMIUM_PATH' });
    await expect(findChromium({ CHROMIUM_PATH: absent }, ['/bin/sh'])).rejects.toThrow(
      `CHROMIUM_PATH names ${absent}, which does not exist: point it at a Chromium binary or unset it.`,
    );
  });

  it('then the first system Chromium that exists, unless CHROMIUM_FROM_NPM=1', async () => {
    expect(await findChromium({}, [absent, present, '/bin/sh'])).toMatchObject({ executablePath: present, source: 'system' });
    expect(await findChromium({ CHROMIUM_FROM_NPM: '1' }, [present])).toMatchObject({ source: '@sparticuz/chromium' });
  });

  it('then the one @sparticuz/chromium ships, unpacked, with its flags less the Lambda-only ones', async () => {
    const choice = await findChromium({}, [absent]);
    expect(choice.source).toBe('@sparticuz/chromium');
    expect(existsSync(choice.executablePath)).toBe(true);
    expect(choice.args).toEqual(expect.arrayContaining(['--no-zygote', '--no-sandbox', '--disable-quic']));
    expect(choice.args).not.toContain('--single-process');
    expect(choice.args).not.toContain('--disable-web-security');
  });
});
