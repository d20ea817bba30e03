// @ts-check
import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { concentric } from './src/integrations/concentric.ts';
import { cspInlineHashes } from './src/integrations/csp-inline-hashes.ts';
import { pdfPackets } from './src/integrations/pdf-packets.ts';
import { sidebarFor } from './src/integrations/sidebar.ts';
import { loadProject } from './src/lib/content/load/load-project.ts';
import { starlightLocales } from './src/lib/i18n/languages.ts';
import { basePathOf } from './src/lib/site/base-path.ts';
import { basePathLinks } from './src/integrations/base-path-links.ts';
import { rehypeAccessibleContent } from './src/lib/site/rehype-accessible-content.ts';
import { offlineServiceWorker } from './src/integrations/offline-service-worker.ts';

// Everything a branch changes lives in branch.config.yaml; this file wires it in.
const project = loadProject(fileURLToPath(new URL('.', import.meta.url)));
const branch = project.branch;

const locale = branch?.locale ?? 'en-US';
// The curricula in the order the sidebar, My progress and the packet lists show them.
const curriculumOrder = ['volunteer-training', 'ongoing-training', 'stress-management', 'dance', 'cmha-manual', 'replication-playbook'];
// A site published in a folder (siteUrl "https://example.org/concentric/") is built under it.
const base = basePathOf(branch?.siteUrl);

export default defineConfig({
	// The public address from branch.config.yaml; without one, pages carry no canonical link and no sitemap.
	site: branch?.siteUrl ? new URL(branch.siteUrl).origin : undefined,
	base: base || undefined,
	trailingSlash: 'always',
	// Styles stay in files, which a phone downloads once and keeps, instead of being repeated in every page.
	build: { inlineStylesheets: 'never' },
	// Code blocks are highlighted by Starlight's Expressive Code; Astro's own Shiki pass would add
	// inline styles that the Content-Security-Policy cannot allow (and warns about).
	// Checklists and wide tables get accessible markup (src/lib/site/rehype-accessible-content.ts).
	markdown: { syntaxHighlight: false, processor: unified({ rehypePlugins: [rehypeAccessibleContent] }) },
	vite: {
		build: {
			// Fonts stay files: inlined as data: URLs they would need "font-src data:" in the policy.
			assetsInlineLimit: (file) => (/\.woff2?$/.test(file) ? false : undefined),
			rolldownOptions: {
				// Astro marks each MDX module with its own "use astro:head-inject" directive, which only its
				// renderer reads; the bundler does not know it and warns once per page. Only that warning is dropped.
				onLog(level, log, handler) {
					if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
					handler(level, log);
				},
			},
		},
	},
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
		concentric(project, { curriculumOrder }),
		starlight({
			title: branch?.name ?? 'Concentric',
			description: 'Training and replication toolkit for peer-support programs for mothers.',
			// English at the root (the source, complete); Spanish, Hebrew and Arabic under /es/, /he/ and /ar/.
			// A page not yet translated shows the English with Starlight's notice (src/lib/i18n/languages.ts).
			defaultLocale: 'root',
			locales: starlightLocales(locale),
			// Escapes page and branch names in <title>, which Starlight writes as raw HTML.
			routeMiddleware: './src/lib/site/route-middleware.ts',
			sidebar: sidebarFor(project, curriculumOrder),
			customCss: ['./src/styles/concentric.css'],
			components: {
				PageTitle: './src/components/overrides/PageTitle.astro',
				Pagination: './src/components/overrides/Pagination.astro',
				TableOfContents: './src/components/overrides/TableOfContents.astro',
				MobileTableOfContents: './src/components/overrides/MobileTableOfContents.astro',
				Footer: './src/components/overrides/Footer.astro',
				MarkdownContent: './src/components/overrides/MarkdownContent.astro',
			},
			lastUpdated: false,
			pagination: true,
		}),
		// After the build: hash inline scripts and styles into each page's policy, then print the packets.
		basePathLinks(base),
		cspInlineHashes(),
		// Without a public address there is no sitemap to write. Starlight adds @astrojs/sitemap unless an
		// integration of that name is present, and the sitemap would only warn that it has no address.
		...(branch?.siteUrl ? [] : [{ name: '@astrojs/sitemap', hooks: {} }]),
		pdfPackets(project, base),
		// Last: the offline copy lists every file the steps above wrote.
		offlineServiceWorker(project, base),
	],
});
