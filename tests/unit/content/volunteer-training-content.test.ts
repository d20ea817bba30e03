import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../../src/lib/content/load/load-project.ts';
import type { SessionPage } from '../../../src/schemas/session-page.ts';
import { ROOT } from '../../helpers/paths.ts';

const project = loadProject(ROOT);
const sessions = project.pages.filter((page) => page.slug.startsWith('volunteer-training/') && page.data.type === 'session');
const count = (page: (typeof sessions)[number], name: string) => page.elements.filter((el) => el.name === name).length;

describe('the volunteer training is complete usable material', () => {
	it('has four written sessions', () => {
		expect(sessions.map((s) => s.slug)).toEqual(['volunteer-training/session-1', 'volunteer-training/session-2', 'volunteer-training/session-3', 'volunteer-training/session-4']);
	});

	for (const page of sessions) {
		const data = page.data as SessionPage;
		it(`${page.slug}: 3–5 objectives, a break, 2+ activities, role plays, facilitator notes, 1–3 handouts`, () => {
			expect(data.objectives.length).toBeGreaterThanOrEqual(3);
			expect(data.objectives.length).toBeLessThanOrEqual(5);
			expect(data.agenda.some((segment) => segment.kind === 'break')).toBe(true);
			expect(count(page, 'Activity')).toBeGreaterThanOrEqual(2);
			expect(count(page, 'RolePlay')).toBeGreaterThanOrEqual(1);
			expect(count(page, 'FacilitatorNote')).toBeGreaterThanOrEqual(3);
			expect(data.handouts.length).toBeGreaterThanOrEqual(1);
			expect(data.handouts.length).toBeLessThanOrEqual(3);
		});

		it(`${page.slug}: a self-check of 6+ questions, most of them scenarios`, () => {
			const quiz = project.quizzes.find((q) => q.id === data.quiz)!.data;
			expect(quiz.questions.length).toBeGreaterThanOrEqual(6);
			expect(quiz.questions.filter((q) => q.type === 'scenario').length * 2).toBeGreaterThan(quiz.questions.length);
		});
	}

	it('has at least 8 role-play cards across the sessions', () => {
		expect(sessions.reduce((sum, page) => sum + count(page, 'RolePlay'), 0)).toBeGreaterThanOrEqual(8);
	});

	it('carries the escalation path in session 4, which covers warning signs', () => {
		const session4 = sessions.find((s) => s.slug.endsWith('session-4'))!;
		expect((session4.data as SessionPage).safetyTopics).toEqual(expect.arrayContaining(['low-mood', 'self-harm', 'psychosis', 'violence', 'child-safety', 'medical-pregnancy', 'medical-after-birth', 'medical-baby']));
		expect(count(session4, 'SafetyNote')).toBeGreaterThanOrEqual(1);
	});

	it('links the glossary from every session', () => {
		for (const page of sessions) {
			const links = readFileSync(join(ROOT, page.file), 'utf8').match(/\]\(\/glossary\/#[a-z0-9-]+\)/g) ?? [];
			expect(links.length, page.slug).toBeGreaterThanOrEqual(5);
		}
	});
});
