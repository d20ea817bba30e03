import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { BRANCH_CONFIG_FILE, CURRICULA_DIR, type Project } from '../lib/content/load/load-project.ts';
import { formatProblem, formatProblemReport } from '../lib/content/problems/problem.ts';
import { virtualDataPlugin } from './virtual-data.ts';

export interface ConcentricOptions {
	/** Curriculum ids in the order the sidebar lists them; My progress and other lists follow it. */
	curriculumOrder?: readonly string[];
}

/**
 * Stops the build with every content problem at once, then serves the
 * validated data to components. List it before Starlight.
 */
export function concentric(project: Project, options: ConcentricOptions = {}): AstroIntegration {
	return {
		name: 'concentric',
		hooks: {
			'astro:config:setup': ({ updateConfig, addWatchFile, config, logger, command }) => {
				// `npm run dev` accepts what only a published site must not have (a localhost siteUrl).
				const problems = command === 'dev' ? project.problems.filter((problem) => !problem.allowedInDev) : project.problems;
				if (problems.length > 0) {
					const error = new Error(formatProblemReport(problems));
					error.name = 'ContentProblems';
					throw error;
				}
				for (const warning of project.warnings) logger.warn(formatProblem(warning));
				addWatchFile(new URL(BRANCH_CONFIG_FILE, config.root));
				addWatchFile(new URL(`${CURRICULA_DIR}/`, config.root));
				updateConfig({ vite: { plugins: [virtualDataPlugin(project, fileURLToPath(config.root), options.curriculumOrder ?? [])] } });
			},
		},
	};
}
