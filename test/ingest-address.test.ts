// The address policy of ingest, the URL checks and the metadata extraction, as pure functions.
import { describe, expect, it } from 'vitest';
import { blockedReason, explainBlocked, parseV6 } from '../src/ingest/address.ts';
import { normaliseUrl, textKey } from '../src/ingest/dedupe.ts';
import { extractArticle, isoDay, paragraphsOf } from '../src/ingest/extract.ts';
import { checkHost, parseWebUrl } from '../src/ingest/fetch.ts';

describe('address policy', () => {
  const refused: [string, RegExp][] = [
    ['127.0.0.1', /loopback/],
    ['127.255.0.9', /loopback/],
    ['0.0.0.0', /unspecified/],
    ['10.20.30.40', /private/],
    ['172.16.0.1', /private/],
    ['172.31.255.255', /private/],
    ['192.168.0.10', /private/],
    ['169.254.169.254', /link-local/],
    ['100.64.0.1', /shared/],
    ['224.0.0.251', /multicast/],
    ['255.255.255.255', /reserved/],
    ['198.18.0.1', /benchmarking/],
    ['::', /unspecified/],
    ['::1', /loopback/],
    ['[::1]', /loopback/],
    ['fe80::1', /link-local/],
    ['fe80::1%eth0', /link-local/],
    ['fc00::1', /unique-local/],
    ['fd12:3456::1', /unique-local/],
    ['ff02::1', /multicast/],
    ['2001:db8::1', /documentation/],
    // IPv6 forms carrying an IPv4 address are judged by it.
    ['::ffff:127.0.0.1', /loopback/],
    ['::ffff:7f00:1', /loopback/],
    ['::ffff:10.0.0.1', /private/],
    ['::ffff:a9fe:a9fe', /link-local/],
    ['0:0:0:0:0:ffff:c0a8:0101', /private/],
    ['::127.0.0.1', /loopback/],
    ['64:ff9b::7f00:1', /loopback/],
    ['64:ff9b::10.1.1.1', /private/],
    ['2002:c0a8:0101::1', /private/],
    ['not-an-ip', /not an IP/],
  ];
  for (const [ip, why] of refused) it(`refuses ${ip}`, () => expect(blockedReason(ip)).toMatch(why));

  const allowed = ['93.184.216.34', '8.8.8.8', '172.32.0.1', '100.128.0.1', '2606:4700:4700::1111', '2a00:1450:4001:80b::200e', '::ffff:93.184.216.34', '64:ff9b::808:808', '2002:5db8:d822::1'];
  for (const ip of allowed) it(`allows ${ip}`, () => expect(blockedReason(ip)).toBeUndefined());

  it('explains in words', () => {
    expect(explainBlocked('::ffff:127.0.0.1')).toBe('a loopback address (IPv4 127.0.0.1 inside IPv6)');
    expect(explainBlocked('fd00::1')).toBe('a unique-local address (private)');
    expect(explainBlocked('8.8.8.8')).toBeUndefined();
  });

  it('parses IPv6 text forms', () => {
    expect(parseV6('::1')).toEqual([...Array(15).fill(0), 1]);
    expect(parseV6('1::')).toEqual([0, 1, ...Array(14).fill(0)]);
    expect(parseV6('::ffff:1.2.3.4')!.slice(10)).toEqual([0xff, 0xff, 1, 2, 3, 4]);
    expect(parseV6('1:2:3:4:5:6:7:8:9')).toBeUndefined();
    expect(parseV6('1::2::3')).toBeUndefined();
    expect(parseV6('12345::')).toBeUndefined();
  });

  it('checks every address a name resolves to, and IP literals without resolving', async () => {
    const resolve = async (host: string) => {
      if (host === 'public.example') return [{ address: '93.184.216.34', family: 4 as const }, { address: '2606:2800:220:1::1', family: 6 as const }];
      if (host === 'mixed.example') return [{ address: '93.184.216.34', family: 4 as const }, { address: '::ffff:192.168.1.1', family: 6 as const }];
      throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
    };
    await expect(checkHost(new URL('https://public.example/'), false, resolve)).resolves.toHaveLength(2);
    await expect(checkHost(new URL('https://mixed.example/'), false, resolve)).rejects.toThrow(/mixed\.example is a private address \(IPv4 192\.168\.1\.1 inside IPv6\) \(it resolves to ::ffff:192\.168\.1\.1\)/);
    await expect(checkHost(new URL('https://mixed.example/'), true, resolve)).resolves.toHaveLength(2);
    await expect(checkHost(new URL('https://nowhere.example/'), false, resolve)).rejects.toThrow(/Could not find the host nowhere\.example \(ENOTFOUND\)/);
    // The URL parser turns odd IPv4 spellings into the dotted form before the check.
    await expect(checkHost(new URL('http://2130706433/'), false, resolve)).rejects.toThrow(/127\.0\.0\.1 is a loopback address/);
    await expect(checkHost(new URL('http://0x7f.1/'), false, resolve)).rejects.toThrow(/loopback/);
    await expect(checkHost(new URL('http://[::ffff:7f00:1]/'), false, resolve)).rejects.toThrow(/loopback/);
  });
});

describe('URLs', () => {
  it('needs a scheme, http or https, and no credentials', () => {
    expect(() => parseWebUrl('example.org/news/a')).toThrow(/has no scheme/);
    expect(() => parseWebUrl('localhost:8080/a')).toThrow(/has no scheme/);
    expect(() => parseWebUrl('//example.org/a')).toThrow(/has no scheme/);
    expect(() => parseWebUrl('ftp://example.org/a')).toThrow(/Only http:\/\/ and https:\/\//);
    expect(() => parseWebUrl('javascript:alert(1)')).toThrow(/Only http/);
    expect(() => parseWebUrl('https://user:pw@example.org/')).toThrow(/user name or password/);
    expect(() => parseWebUrl('')).toThrow(/No address given/);
    expect(parseWebUrl(' https://Example.org/a ').href).toBe('https://example.org/a');
  });

  it('compares canonical addresses without scheme, www, fragments, trailing slashes or tracking', () => {
    const a = normaliseUrl('https://www.example.org/news/a/?utm_source=x&id=2#top');
    expect(a).toBe('example.org/news/a?id=2');
    expect(normaliseUrl('http://example.org:80/news/a?id=2&fbclid=1')).toBe(a);
    expect(normaliseUrl('https://example.org/news/b')).not.toBe(a);
    expect(normaliseUrl('not a url')).toBeUndefined();
  });

  it('compares texts without case, punctuation, quote styles or spacing', () => {
    expect(textKey('“Hello,” she said.\n\nIt’s  done.')).toBe(textKey('"hello" she said. it\'s done'));
    expect(textKey('one text')).not.toBe(textKey('another text'));
  });
});

describe('extraction', () => {
  const body = '<p>The council voted on Tuesday to extend the harbour wall by two hundred metres, officials said after the meeting.</p><p>"It protects the old town for another century," the engineer said, adding that work starts in spring.</p>';

  it('reads JSON-LD metadata when the meta tags are missing', () => {
    const page = `<html><head><title>Wall extended - Bay Daily</title><script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'WebSite', name: 'ignored' }, { '@type': 'NewsArticle', headline: 'Wall extended', datePublished: '2023-11-07T09:30:00+01:00', author: [{ '@type': 'Person', name: 'Kim Ode' }], publisher: { '@type': 'Organization', name: 'Bay Daily' }, mainEntityOfPage: { '@id': 'https://bay.example/wall' } }],
    })}</script></head><body><article>${body}</article></body></html>`;
    const a = extractArticle(page, 'https://bay.example/wall?ref=home');
    expect(a).toMatchObject({ title: 'Wall extended', outlet: 'Bay Daily', author: 'Kim Ode', published: '2023-11-07', url: 'https://bay.example/wall' });
    expect(a.paragraphs).toHaveLength(2);
  });

  it('falls back to the host name for the outlet and the fetched address for the URL', () => {
    const a = extractArticle(`<html><head><title>Wall extended</title></head><body><article><h1>Wall extended</h1>${body}</article></body></html>`, 'https://www.bay.example/wall#x');
    expect(a.outlet).toBe('bay.example');
    expect(a.url).toBe('https://www.bay.example/wall');
    expect(a.published).toBeUndefined();
    expect(a.paragraphs[0]).toMatch(/^The council voted/); // the headline is not repeated in the body
  });

  it('splits blocks and line breaks into paragraphs and drops scripts', () => {
    expect(paragraphsOf('<div>One<br>Two<script>x()</script><p>Three <b>bold</b> words</p></div><ul><li>Four</li></ul>')).toEqual(['One', 'Two', 'Three bold words', 'Four']);
  });

  it('normalises dates', () => {
    expect(isoDay('2024-02-29T23:00:00Z')).toBe('2024-02-29');
    expect(isoDay('2023-02-30')).toBeUndefined();
    expect(isoDay('May 1, 2024 10:00 UTC')).toBe('2024-05-01');
    expect(isoDay('soon')).toBeUndefined();
  });

  it('refuses a page without article text', () => {
    expect(() => extractArticle('<html><body><nav>Home World Sport</nav><footer>©</footer></body></html>')).toThrow(/No article text/);
  });
});
