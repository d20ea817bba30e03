import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatClock } from '../../src/lib/site/agenda.ts';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/lib/content/load/load-project.ts';
import { DIST, ROOT } from '../helpers/paths.ts';

const html = (url: string) => readFileSync(join(DIST, url, 'index.html'), 'utf8');
/** The page's main content as plain text, tags removed and spaces folded. */
const text = (url: string) => {
	const main = /<main[\s\S]*<\/main>/.exec(html(url))?.[0] ?? '';
	return main.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&#39;|&#x27;/g, "'").replace(/\s+/g, ' ');
};
const project = loadProject(ROOT);

describe('built pages show what users need', () => {
	it('the home page offers three entry points by audience', () => {
		const home = text('/');
		expect(home).toContain('I am a new volunteer');
		expect(home).toContain('I lead a session or a class');
		expect(home).toContain('We want to start a branch');
		for (const href of ['/volunteer-training/', '/replication-playbook/', '/stress-management/']) expect(html('/')).toContain(`href="${href}"`);
	});

	it('the About page credits both programs and states independence', () => {
		const about = text('/about/');
		expect(about).toContain('Mom2Mom');
		expect(about).toContain('MOMS Partnership');
		expect(about).toMatch(/not part of, run by or endorsed by/);
		expect(about).toMatch(/official MOMS Partnership manual is not public/);
	});

	it('session pages render their agenda with running clock times from the branch start time', () => {
		for (const page of project.pages) {
			if (page.data.type !== 'session') continue;
			const url = `/${page.slug}/`;
			const body = html(url);
			const [hours, mins] = project.branch!.defaultStartTime.split(':').map(Number);
			let minutes = hours * 60 + mins;
			for (const segment of page.data.agenda) {
				// As the branch's language writes clock times ("6:30 PM" in en-US).
				const start = formatClock(minutes, project.branch!.locale);
				expect(body, `${url}: ${segment.title} at ${start}`).toContain(`>${start} – `);
				minutes += segment.minutes;
			}
		}
	});

	it('every safety page shows the escalation path with the configured numbers', () => {
		const branch = project.branch!;
		const safetyPages = project.pages.filter((page) => page.data.safetyTopics.length > 0);
		expect(safetyPages.length).toBeGreaterThan(0);
		for (const page of safetyPages) {
			const url = page.slug === 'index' ? '/' : `/${page.slug.replace(/\/index$/, '')}/`;
			const body = text(url);
			expect(body, url).toContain('Volunteers and ambassadors are not clinicians');
			expect(body, url).toContain(`call ${branch.emergency.number} now`);
			for (const line of branch.crisisLines) {
				expect(body, `${url}: ${line.name}`).toContain(line.name);
				if (line.phone) expect(html(url), `${url}: ${line.phone}`).toContain(`href="tel:${line.phone.replace(/[^\d+]/g, '')}"`);
			}
		}
	});
});
