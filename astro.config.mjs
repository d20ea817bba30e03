// @ts-check
import { fileURLToPath } from 'node:url';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { concentric } from './src/integrations/concentric.ts';
import { cspInlineHashes } from './src/integrations/csp-inline-hashes.ts';
import { pdfPackets } from './src/integrations/pdf-packets.ts';
import { sidebarFor } from './src/integrations/sidebar.ts';
import { loadProject } from './src/lib/content/load-project.ts';
import { textDirection } from './src/lib/site/text-direction.ts';

// Everything a branch changes lives in branch.config.yaml; this file wires it in.
const project = loadProject(fileURLToPath(new URL('.', import.meta.url)));
const branch = project.branch;

const locale = branch?.locale ?? 'en-US';

export default defineConfig({
	// The public address from branch.config.yaml; without one, pages carry no canonical link and no sitemap.
	site: branch?.siteUrl,
	trailingSlash: 'always',
	// A Content-Security-Policy in every page: nothing may load from another origin.
	// Astro adds the hashes of its own scripts and styles to script-src and style-src.
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"font-src 'self'",
				"connect-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			// Pagefind's search runs as WebAssembly.
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			styleDirective: { resources: ["'self'"] },
		},
	},
	integrations: [
		// Listed first: it stops the build with every content problem before Starlight runs.
		concentric(project),
		starlight({
			title: branch?.name ?? 'Concentric',
			description: 'Training and replication toolkit for peer-support programs for mothers.',
			defaultLocale: 'root',
			locales: { root: { label: 'Language', lang: locale, dir: textDirection(locale) } },
			// Escapes page and branch names in <title>, which Starlight writes as raw HTML.
			routeMiddleware: './src/lib/site/route-middleware.ts',
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
		// After the build: hash inline scripts and styles into each page's policy, then print the packets.
		cspInlineHashes(),
		pdfPackets(project),
	],
});
