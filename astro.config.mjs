// @ts-check
import { fileURLToPath } from 'node:url';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { concentric } from './src/integrations/concentric.ts';
import { pdfPackets } from './src/integrations/pdf-packets.ts';
import { sidebarFor } from './src/integrations/sidebar.ts';
import { loadProject } from './src/lib/load-project.ts';

// Everything a branch changes lives in branch.config.yaml; this file wires it in.
const project = loadProject(fileURLToPath(new URL('.', import.meta.url)));
const branch = project.branch;

export default defineConfig({
	site: 'http://localhost:4321',
	trailingSlash: 'always',
	integrations: [
		// Listed first: it stops the build with every content problem before Starlight runs.
		concentric(project),
		starlight({
			title: branch?.name ?? 'Concentric',
			description: 'Training and replication toolkit for peer-support programs for mothers.',
			defaultLocale: 'root',
			locales: { root: { label: 'Language', lang: branch?.locale ?? 'en-US' } },
			sidebar: sidebarFor(project, [
				'volunteer-training',
				'stress-management',
				'dance',
				'cmha-manual',
				'replication-playbook',
			]),
			customCss: ['./src/styles/concentric.css'],
			components: { PageTitle: './src/components/overrides/PageTitle.astro' },
			lastUpdated: false,
			pagination: true,
		}),
		// Last: prints every packet to PDF once the site and its search index are built.
		pdfPackets(project),
	],
});
