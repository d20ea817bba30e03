import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProject } from '../../src/lib/content/load/load-project.ts';
import { startSiteSession, type SiteSession } from '../helpers/browser.ts';
import { DIST, ROOT } from '../helpers/paths.ts';
import { readPdfText } from '../helpers/pdf-text.ts';

const project = loadProject(ROOT);
const protocol = project.safety.protocol!;
/** The clinician's self-harm row, as safety-protocol.yaml words it. */
const clinicianDoes = protocol.situations['self-harm'].actions.clinician.do;
const plain = (value: string) => value.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').replace(/- /g, '-').trim();
const decode = (html: string) => html.replace(/&#39;|&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
const text = (html: string) => plain(decode(html.replace(/<[^>]+>/g, ' ')));
const measures = project.forms.filter((form) => form.data.scoring);

describe('the measures on paper and on screen', () => {
	it('ships the PHQ-9, the GAD-7 and the EPDS as scored forms', () => {
		expect(measures.map((form) => form.id).sort()).toEqual(['epds', 'gad-7', 'phq-9']);
	});

	for (const { id, data } of measures) {
		const scoring = data.scoring!;
		const fieldsOf = data.sections.flatMap((section) => section.fields);
		const items = fieldsOf.filter((field) => field.id in scoring.items);

		it(`${id}: its page numbers every item with its options, says who gives it and that it is a screen, and prints its source and terms`, () => {
			const html = readFileSync(join(DIST, 'forms', id, 'index.html'), 'utf8');
			const page = text(html);
			items.forEach((field, index) => {
				expect(page).toContain(plain(`${index + 1}. ${field.label}`));
				if (field.kind === 'choice') for (const option of field.options) expect(page).toContain(plain(option));
			});
			expect(page).toContain('Who gives it: Clinician.');
			expect(page).toContain('Volunteers and ambassadors do not give this questionnaire');
			expect(page).toContain('This is a screen, not a diagnosis.');
			expect(page).toContain(plain(scoring.citation));
			expect(page).toContain(plain(scoring.terms));
			for (const band of scoring.bands) expect(page).toContain(plain(band.label));
		});

		it(`${id}: the protocol's self-harm row for the clinician stands beside each self-harm item, and nowhere else`, () => {
			const html = readFileSync(join(DIST, 'forms', id, 'index.html'), 'utf8');
			const rows = [...html.matchAll(/data-self-harm-item="([^"]+)"[\s\S]*?<div class="kit-protocol-row[^"]*" data-situation="self-harm" data-role="clinician"[\s\S]*?<\/div>\s*<\/div>/g)];
			expect(rows.map((match) => match[1])).toEqual(scoring.selfHarmItems);
			for (const match of rows) expect(text(match[0])).toContain(plain(clinicianDoes));
		});

		it(`${id}: its PDF carries the items, the source and the self-harm row`, async () => {
			const { text: pdf } = await readPdfText(join(DIST, 'packets/forms', `${id}.pdf`));
			for (const field of items) expect(plain(pdf)).toContain(plain(field.label));
			expect(plain(pdf)).toContain(plain(scoring.citation));
			if (scoring.selfHarmItems.length > 0) expect(plain(pdf)).toContain(plain(clinicianDoes));
		});
	}

	it('the forms index and the evaluation summary link the measures and the outcomes page', () => {
		const forms = readFileSync(join(DIST, 'forms/index.html'), 'utf8');
		for (const { id } of measures) expect(forms).toContain(`href="/forms/${id}/"`);
		expect(forms).toContain('href="/evaluation/outcomes/"');
		expect(readFileSync(join(DIST, 'evaluation/index.html'), 'utf8')).toContain('href="/evaluation/outcomes/"');
		const outcomesHtml = readFileSync(join(DIST, 'evaluation/outcomes/index.html'), 'utf8');
		expect(outcomesHtml).toMatch(/on their own pages: <a href="\/forms\/epds\/"/);
		const outcomes = text(outcomesHtml);
		expect(outcomes).toContain('There is no comparison group.');
		expect(outcomes).toContain('Regression to the mean.');
	});
});

let session: SiteSession;
beforeAll(async () => {
	session = await startSiteSession();
});
afterAll(() => session?.close());

const fixture = readFileSync(join(ROOT, 'tests/fixtures/outcomes/phq-9-pre-post.csv'));

async function load(buffer: Buffer, measure = /PHQ-9/) {
	const { page, foreignRequests } = await session.open('/evaluation/outcomes/');
	await page.context().setOffline(true);
	await page.getByRole('radio', { name: measure }).check();
	await page.locator('#outcomes-file').setInputFiles({ name: 'scores.csv', mimeType: 'text/csv', buffer });
	return { page, foreignRequests };
}

describe('the outcomes summary in Chromium, with the network off', () => {
	it('offers a blank template per measure: participant, time, then the items', async () => {
		const { page } = await session.open('/evaluation/outcomes/');
		const href = await page.getByRole('link', { name: /Blank template: EPDS/ }).getAttribute('href');
		const response = await page.request.get(new URL(href!, page.url()).href);
		expect((await response.text()).trim()).toBe(['participant', 'time', ...Array.from({ length: 10 }, (_, i) => `item-${i + 1}`)].join(','));
		await page.close();
	});

	it('shows the hand-computed figures of the fixture CSV, and nothing leaves the device', async () => {
		const { page, foreignRequests } = await load(fixture);
		const figure = (name: string) => page.locator(`[data-figure="${name}"]`).innerText();
		await expect.poll(() => figure('paired')).toBe('7');
		expect(await figure('change')).toBe('−2.1. Scores went down by 2.1 points on average, from before to after (lower means fewer symptoms).');
		expect(await figure('above-before')).toBe('4');
		expect(await figure('moved-below')).toBe('2');
		expect(await figure('moved-above')).toBe('1');
		expect([await figure('pre-only'), await figure('post-only'), await figure('incomplete')]).toEqual(['1', '1', '1']);
		expect(await page.locator('[data-size-warning]').innerText()).toContain('fewer than 20');
		expect(foreignRequests).toEqual([]);
		await page.close();
	});

	it('shows the protocol’s self-harm row for the clinician as soon as a file holds a self-harm answer above 0', async () => {
		const { page } = await load(fixture);
		const alert = page.locator('[data-self-harm]');
		await expect.poll(() => alert.isVisible()).toBe(true);
		const shown = plain(await alert.innerText());
		expect(shown).toContain(plain(clinicianDoes));
		expect(shown).toContain('P05 (pre, row 10)');
		expect(shown).toContain('P10 (post, row 19)');
		// A file without one hides it again.
		const calm = Buffer.from(['participant,time,item-1,item-2,item-3,item-4,item-5,item-6,item-7,item-8,item-9', 'A,pre,1,1,1,1,1,1,1,1,0', 'A,post,0,0,0,0,0,0,0,0,0'].join('\n'));
		await page.locator('#outcomes-file').setInputFiles({ name: 'calm.csv', mimeType: 'text/csv', buffer: calm });
		await expect.poll(() => alert.isVisible()).toBe(false);
		await page.close();
	});

	it('refuses a column of names and says why', async () => {
		const named = Buffer.from(['participant,name,time,item-1,item-2,item-3,item-4,item-5,item-6,item-7', 'G1,Dana,pre,1,1,1,1,1,1,1'].join('\n'));
		const { page } = await load(named, /GAD-7/);
		await expect.poll(() => page.locator('[data-messages]').innerText()).toContain('The column name looks like it holds names, so the file is not read.');
		expect(await page.locator('[data-result]').isVisible()).toBe(false);
		await page.close();
	});
});

describe('the scorer on a measure\'s form page, in Chromium', () => {
	it('shows the protocol\'s self-harm row at once when PHQ-9 item 9 is answered above 0, and the total once every item is answered', async () => {
		const { page, foreignRequests } = await session.open('/forms/phq-9/');
		const alert = page.locator('[data-scorer-self-harm]');
		expect(await alert.isVisible()).toBe(false);
		await page.locator('#form-phq-9-item-9-1').check(); // "Several days" on item 9 scores 1
		await expect.poll(() => alert.isVisible()).toBe(true);
		const shown = plain(await alert.innerText());
		expect(shown).toContain(plain(protocol.situations['self-harm'].title));
		expect(await alert.locator('.kit-protocol-row').getAttribute('data-role')).toBe('clinician');
		expect(plain(await page.locator('[data-scorer-total]').innerText())).toBe('1 of 9 items answered: no total until every item is answered.');
		// Items 1 to 8 at "More than half the days" (2 each) and item 9 at 1: 17, moderately severe.
		for (let item = 1; item <= 8; item++) await page.locator(`#form-phq-9-item-${item}-2`).check();
		await expect.poll(() => page.locator('[data-scorer-total]').innerText()).toBe('Total 17 (of 27): Moderately severe. At or above the cut-off (10).');
		await page.locator('#form-phq-9-item-9-0').check(); // "Not at all"
		await expect.poll(() => alert.isVisible()).toBe(false);
		expect(foreignRequests).toEqual([]);
		await page.close();
	});

	it('scores the EPDS in reverse where it should, and flags item 10 unless "Never" is ticked', async () => {
		const { page } = await session.open('/forms/epds/');
		// The first box of every item: items 3 and 5 to 10 score 3 each, items 1, 2 and 4 score 0.
		for (let item = 1; item <= 10; item++) await page.locator(`#form-epds-item-${item}-0`).check();
		await expect.poll(() => page.locator('[data-scorer-total]').innerText()).toBe('Total 21 (of 30): 13 or more: likely depression of varying severity. At or above the cut-off (13).');
		expect(await page.locator('[data-scorer-self-harm]').isVisible()).toBe(true);
		await page.locator('#form-epds-item-10-3').check(); // "Never"
		await expect.poll(() => page.locator('[data-scorer-self-harm]').isVisible()).toBe(false);
		await page.close();
	});

	it('ships no scorer script on a form that is not a measure', () => {
		const scorerScripts = (id: string) => [...readFileSync(join(DIST, 'forms', id, 'index.html'), 'utf8').matchAll(/<script[^>]*\ssrc="([^"]*ScorerScript[^"]*)"/g)].map((match) => match[1]);
		expect(scorerScripts('visit-log')).toEqual([]);
		expect(scorerScripts('phq-9')).toHaveLength(1);
	});
});

describe('with their results and the self-harm row shown, the pages stay axe-clean', () => {
	const violations = async (page: import('playwright-core').Page) => (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

	it('the outcomes summary of the fixture, at phone width', async () => {
		const { page } = await load(fixture);
		await page.setViewportSize({ width: 390, height: 844 });
		await expect.poll(() => page.locator('[data-self-harm]').isVisible()).toBe(true);
		expect(await violations(page)).toEqual([]);
		await page.close();
	});

	it('the PHQ-9 scorer with item 9 answered, at phone width', async () => {
		const { page } = await session.open('/forms/phq-9/');
		await page.setViewportSize({ width: 390, height: 844 });
		await page.locator('#form-phq-9-item-9-2').check();
		await expect.poll(() => page.locator('[data-scorer-self-harm]').isVisible()).toBe(true);
		expect(await violations(page)).toEqual([]);
		await page.close();
	});
});

