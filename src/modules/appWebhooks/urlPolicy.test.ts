import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../errors.js';
import { checkEndpointUrl, isPublicAddress } from './urlPolicy.js';

const resolvesTo = (addresses: string[]) => (): Promise<string[]> => Promise.resolve(addresses);

async function refusal(url: string, lookup = resolvesTo(['93.184.215.14'])): Promise<ValidationError> {
  const error = await checkEndpointUrl(url, { allowPrivate: false, lookup }).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError;
}

describe('endpoint URLs', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.1',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '100.100.100.200',
    '0.0.0.0',
    '::1',
    'fd00:ec2::254',
    'fe80::1',
    '::ffff:127.0.0.1',
    '::ffff:169.254.169.254',
    '255.255.255.255',
    '224.0.0.1',
  ])('%s is not public', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(['93.184.215.14', '8.8.8.8', '2606:4700::6810:84e5'])('%s is public', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });

  it('accepts https on a public name and address', async () => {
    await expect(
      checkEndpointUrl('https://app.example.com/hooks', { allowPrivate: false, lookup: resolvesTo(['93.184.215.14']) }),
    ).resolves.toBe('https://app.example.com/hooks');
  });

  it('refuses http, IP literals and names that resolve to inner addresses, naming the argument', async () => {
    expect((await refusal('http://app.example.com/hooks')).message).toBe('url must use https.');
    expect((await refusal('https://127.0.0.1/hooks')).message).toMatch(/127\.0\.0\.1, a loopback, private/);
    expect((await refusal('https://[::1]/hooks')).argument).toBe('url');
    expect((await refusal('https://169.254.169.254/latest/meta-data')).message).toMatch(/169\.254\.169\.254/);
    // One inner address among public ones is enough to refuse: a client may connect to any of them.
    expect((await refusal('https://mixed.example.com/', resolvesTo(['93.184.215.14', '10.0.0.5']))).message).toMatch(/10\.0\.0\.5/);
    expect((await refusal('not a url')).message).toMatch(/absolute URL/);
    expect((await refusal('https://user:pw@app.example.com/')).message).toMatch(/credentials/);
    expect(
      (
        await refusal('https://nowhere.example/', () => {
          throw new Error('ENOTFOUND');
        })
      ).message,
    ).toMatch(/could not be resolved/);
  });

  it('allows http and loopback when private URLs are allowed, but still no other protocol', async () => {
    await expect(checkEndpointUrl('http://127.0.0.1:8080/x', { allowPrivate: true })).resolves.toBe('http://127.0.0.1:8080/x');
    await expect(checkEndpointUrl('ftp://127.0.0.1/x', { allowPrivate: true })).rejects.toThrow('url must be http or https.');
  });
});
