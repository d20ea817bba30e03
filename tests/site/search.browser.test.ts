import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSiteSession, type SiteSession } from '../helpers/browser.ts';

let session: SiteSession;
beforeAll(async () => {
	session = await startSiteSession();
});
afterAll(() => session?.close());

async function search(path: string, query: string) {
	const { page, foreignRequests } = await session.open(path);
	await page.getByRole('button', { name: 'Search' }).click();
	const input = page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' });
	await input.fill(query);
	const links = page.locator('.pagefind-ui__result-link');
	await links.first().waitFor({ timeout: 15_000 });
	const hrefs = await links.evaluateAll((elements) => elements.map((el) => new URL((el as HTMLAnchorElement).href).pathname));
	const cspViolations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
	await page.close();
	return { hrefs, foreignRequests, cspViolations };
}

/**
 * Code for the page to run: a search with Pagefind's own API, returning each result's address and
 * first section. Passed as text, so the test runner leaves its `import()` to the browser.
 */
function pagefindSearch(query: string, filters?: Record<string, string>, limit = 3): string {
	return `(async () => {
		const pagefind = await import(location.origin + '/pagefind/pagefind.js');
		const search = await pagefind.search(${JSON.stringify(query)}, ${JSON.stringify(filters ? { filters } : {})});
		return Promise.all(search.results.slice(0, ${limit}).map(async (result) => {
			const data = await result.data();
			return { url: data.url, section: data.sub_results[0] ? data.sub_results[0].title : '' };
		}));
	})()`;
}

describe('search in Chromium', () => {
	it('finds session 1 of volunteer training from a phrase it teaches', async () => {
		const { hrefs, foreignRequests, cspViolations } = await search('/', 'circles of support');
		expect(hrefs).toContain('/volunteer-training/session-1/');
		expect(foreignRequests).toEqual([]);
		// Search (WebAssembly and its UI) works under the site's Content-Security-Policy.
		expect(cspViolations).toEqual([]);
	});

	for (const phrase of ['active listening', 'role play', 'boundaries', 'graduation']) {
		it(`finds volunteer training pages for "${phrase}"`, async () => {
			const { hrefs } = await search('/', phrase);
			expect(hrefs.some((href) => href.startsWith('/volunteer-training/')), hrefs.join(', ')).toBe(true);
		});
	}

	const CURRICULUM_QUERIES: Record<string, string[]> = {
		'stress-management': ['mood tracker', 'unhelpful thoughts', 'pleasant activities', 'relaxation', 'problem solving'],
		dance: ['video feedback', 'consent', 'tantrum', "following your child's lead", 'calm down'],
		'cmha-manual': ['outreach', 'warm handoff', 'needs interview', 'co-leading', 'self-care'],
		'ongoing-training': ['grief', 'fathers', 'substance use', 'burnout'],
		'replication-playbook': ['readiness', 'needs assessment', 'matching', 'launch timeline', 'background check', 'evaluation'],
	};
	for (const [curriculum, queries] of Object.entries(CURRICULUM_QUERIES)) {
		for (const query of queries) {
			it(`finds ${curriculum} pages for "${query}"`, async () => {
				const { hrefs } = await search('/', query);
				expect(hrefs.some((href) => href.startsWith(`/${curriculum}/`)), hrefs.join(', ')).toBe(true);
			});
		}
	}

	// The safety box repeats on many pages and is left out of the index except where a page is about
	// safety, so a search finds the section that teaches a thing, not the box.
	for (const [query, teaches] of [
		['confidentiality', /^\/(glossary|volunteer-training)\//],
		['hurting herself', /^\/(volunteer-training|ongoing-training|cmha-manual|stress-management)\//],
	] as const) {
		it(`finds the teaching of "${query}" first, not the safety box`, async () => {
			const { page } = await session.open('/');
			const results = (await page.evaluate(pagefindSearch(query))) as { url: string; section: string }[];
			await page.close();
			expect(results[0].url, JSON.stringify(results)).toMatch(teaches);
			expect(results[0].section).not.toMatch(/^Safety: what to do/);
		});
	}

	it('can be narrowed to one curriculum, and then returns only its pages', async () => {
		const { page } = await session.open('/');
		const urls = {
			narrowed: ((await page.evaluate(pagefindSearch('consent', { curriculum: 'Parenting D.A.N.C.E.' }, 100))) as { url: string }[]).map((r) => r.url),
			all: ((await page.evaluate(pagefindSearch('consent', undefined, 100))) as { url: string }[]).map((r) => r.url),
		};
		await page.close();
		expect(urls.narrowed.length).toBeGreaterThan(0);
		expect(urls.narrowed.every((url: string) => url.startsWith('/dance/')), urls.narrowed.join(', ')).toBe(true);
		expect(urls.all.some((url: string) => !url.startsWith('/dance/'))).toBe(true);
	});

	it('finds the About page by the programs it credits', async () => {
		const { hrefs } = await search('/volunteer-training/', 'MOMS Partnership');
		expect(hrefs).toContain('/about/');
	});
});

describe('search in Chinese', () => {
	/** Types a query into the search dialog of a /zh-cn/ page, as a reader would, and lists the results' addresses. */
	async function searchChinese(path: string, query: string) {
		const { page, foreignRequests } = await session.open(path);
		// The search button and dialog carry Starlight's Chinese label, 搜索.
		await page.locator('site-search button[data-open-modal]').click();
		const dialog = page.locator('site-search dialog');
		await dialog.waitFor({ state: 'visible' });
		await dialog.locator('.pagefind-ui__search-input').fill(query);
		const links = page.locator('.pagefind-ui__result-link');
		await links.first().waitFor({ timeout: 15_000 });
		const hrefs = await links.evaluateAll((elements) => elements.map((el) => new URL((el as HTMLAnchorElement).href).pathname));
		const cspViolations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
		await page.close();
		return { hrefs, foreignRequests, cspViolations };
	}

	it('finds the Stress Management handouts for 压力 (stress), two characters inside longer words', async () => {
		const { hrefs, foreignRequests, cspViolations } = await searchChinese('/zh-cn/', '压力');
		expect(hrefs.filter((href) => href.startsWith('/zh-cn/stress-management/')).length).toBeGreaterThanOrEqual(2);
		// Only Chinese pages: search is per language.
		expect(hrefs.filter((href) => !href.startsWith('/zh-cn/'))).toEqual([]);
		expect(foreignRequests).toEqual([]);
		expect(cspViolations).toEqual([]);
	});

	it('finds a word that only one class teaches: 反驳 (talking back) finds class 5', async () => {
		const { hrefs } = await searchChinese('/zh-cn/stress-management/class-1/', '反驳');
		expect(hrefs).toContain('/zh-cn/stress-management/class-5/');
	});
});
