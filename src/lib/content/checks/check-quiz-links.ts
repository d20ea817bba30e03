import type { Quiz } from '../../../schemas/quiz.ts';
import type { CheckedPage } from './check-page.ts';
import type { Problem } from '../problems/problem.ts';

export interface LoadedQuiz {
	file: string;
	/** Path under `content/quizzes/` without extension, e.g. `volunteer-training/session-1`. */
	id: string;
	data: Quiz;
}

/**
 * Pages and quizzes must point at each other, and every "learn more" must name a real section.
 * `quizFileIds` holds every quiz file found and `brokenPages` every page that failed its own checks,
 * so a broken file is reported once, not again as missing.
 */
export function checkQuizLinks(
	quizzes: readonly LoadedQuiz[],
	pages: readonly CheckedPage[],
	quizFileIds: ReadonlySet<string>,
	brokenPages: ReadonlySet<string>,
): Problem[] {
	const problems: Problem[] = [];
	const bySlug = new Map(pages.map((page) => [page.slug, page]));

	for (const page of pages) {
		const quiz = 'quiz' in page.data ? page.data.quiz : undefined;
		if (quiz && !quizFileIds.has(quiz)) {
			problems.push({ file: page.file, field: 'quiz', message: `"${quiz}" has no quiz bank; expected content/quizzes/${quiz}.yaml` });
		}
	}

	for (const { file, id, data } of quizzes) {
		const page = bySlug.get(data.checks);
		if (!page) {
			if (brokenPages.has(data.checks)) continue;
			problems.push({ file, field: 'checks', message: `"${data.checks}" is not a page; expected content/${data.checks}.mdx` });
			continue;
		}
		const pageQuiz = 'quiz' in page.data ? page.data.quiz : undefined;
		if (pageQuiz !== id) {
			problems.push({ file, field: 'checks', message: `${page.file} does not name this quiz; expected "quiz: ${id}" in its frontmatter` });
		}
		const sections = new Set(page.headings.filter((h) => h.depth === 2).map((h) => h.text));
		data.questions.forEach((question, index) => {
			if (!sections.has(question.learnMore)) {
				problems.push({
					file,
					field: `questions[${index}].learnMore`,
					message: `question "${question.id}": "${question.learnMore}" is not a "## " section of ${page.file}`,
				});
			}
		});
	}
	return problems;
}
