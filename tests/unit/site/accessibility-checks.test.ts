import { describe, expect, it } from 'vitest';
import { accessibilityProblems, contrastRatio, literalColor } from '../../../src/lib/site/accessibility-checks.ts';

/** A page with nothing wrong; each test below breaks one thing in it. */
function page({ lang = 'en', dir = 'ltr', head = '', main = '<h1>Session 1</h1><h2>Welcome</h2><p>Text.</p>', around = '' } = {}) {
	return `<!doctype html><html lang="${lang}" dir="${dir}"><head><title>T</title>${head}</head><body>
<header><a href="/">Home</a></header>
<nav aria-label="Main"><a href="/a/">A</a></nav>
${around}
<main>${main}</main>
<footer><p>Footer</p></footer></body></html>`;
}

const problems = (html: string, url = '/volunteer-training/session-1/') => accessibilityProblems(html, url);

describe('static accessibility checks of a built page', () => {
	it('find nothing on a sound page, in English and in Hebrew', () => {
		expect(problems(page())).toEqual([]);
		expect(problems(page({ lang: 'he', dir: 'rtl' }), '/he/volunteer-training/session-1/')).toEqual([]);
	});

	it('the page language: a tag, the one of its site, and its direction', () => {
		expect(problems(page({ lang: '' }))).toEqual(['<html lang=""> is not a language tag']);
		expect(problems(page({ lang: 'en' }), '/es/about/')).toEqual(['<html lang="en"> on a page under the es site']);
		expect(problems(page({ lang: 'ar', dir: 'ltr' }), '/ar/about/')).toEqual(['<html lang="ar" dir="ltr">: ar is written rtl']);
		expect(problems(page({ main: '<h1>T</h1><p lang="english">x</p>' }))[0]).toMatch(/lang="english", not a language tag/);
		expect(problems(page({ main: '<h1>T</h1><p dir="right">x</p>' }))[0]).toMatch(/dir="right"/);
	});

	it('ids: unique, and every reference resolves', () => {
		expect(problems(page({ main: '<h1 id="a">T</h1><p id="a">x</p>' }))).toEqual(['id "a" is used 2 times']);
		expect(problems(page({ main: '<h1>T</h1><button aria-describedby="nowhere">Go</button>' }))[0]).toMatch(/aria-describedby="nowhere", but no element has that id/);
		expect(problems(page({ main: '<h1>T</h1><label for="x">Name</label><input id="y">' }))).toContain('<label> "Name" has for="x", but no element has that id');
	});

	it('headings: a level one, none empty, no level skipped', () => {
		expect(problems(page({ main: '<h2>Only</h2>' }))).toEqual(['the page has no level-one heading']);
		expect(problems(page({ main: '<h1>T</h1><h2></h2>' }))).toEqual(['<h2> is an empty heading']);
		expect(problems(page({ main: '<h1>T</h1><h3>Deep</h3>' }))).toEqual(['<h3> "Deep" (level 3) follows <h1> "T" (level 1): a heading level is skipped']);
		// A hidden heading is not read, so it does not count either way.
		expect(problems(page({ main: '<h1>T</h1><div hidden><h4>x</h4></div><h2>Next</h2>' }))).toEqual([]);
	});

	it('landmarks: one main, repeated landmarks each with their own name', () => {
		expect(problems(page({ around: '<main><p>x</p></main>' }))).toContain('the page has 2 main landmarks, not one');
		expect(problems(page({ around: '<nav aria-label="Main"><a href="/b/">B</a></nav>' }))).toEqual(['2 navigation "Main" landmarks: give each its own name']);
		expect(problems(page({ around: '<nav aria-label="On this page"><a href="#x">B</a></nav>' }))).toEqual([]);
	});

	it('names: links, buttons, images, form fields', () => {
		expect(problems(page({ main: '<h1>T</h1><a href="/x/"></a>' }))).toEqual(['<a /x/> is a link with no name']);
		expect(problems(page({ main: '<h1>T</h1><a href="/x/"><img src="i.png" alt="Map"></a>' }))).toEqual([]);
		expect(problems(page({ main: '<h1>T</h1><button><svg></svg></button>' }))).toEqual(['<button> is a button with no name']);
		expect(problems(page({ main: '<h1>T</h1><img src="i.png">' }))).toEqual(['<img i.png> has no alt text (alt="" if it only decorates)']);
		expect(problems(page({ main: '<h1>T</h1><img src="i.png" alt="">' }))).toEqual([]);
		expect(problems(page({ main: '<h1>T</h1><svg role="img"></svg>' }))).toEqual(['<svg> is an image with no name']);
		expect(problems(page({ main: '<h1>T</h1><input type="text" name="who">' }))).toEqual(['<input who> is a form field with no label']);
		expect(problems(page({ main: '<h1>T</h1><label>Who <input type="text"></label><label for="w">When</label><input id="w"><textarea aria-label="Notes"></textarea>' }))).toEqual([]);
	});

	it('lists hold list items', () => {
		expect(problems(page({ main: '<h1>T</h1><ul><li>a</li><p>b</p></ul>' }))).toEqual(['<ul> "a b" holds a <p>, not a list item']);
		expect(problems(page({ main: '<h1>T</h1><dl><dt>a</dt><p>b</p></dl>' }))).toEqual(['<dl> "a b" holds a <p>, not a term or definition']);
	});

	it('colors a page sets itself: a background of their own, and contrast of 4.5:1', () => {
		expect(problems(page({ main: '<h1>T</h1><p style="color: #777">grey</p>' }))).toEqual(['<p> "grey" sets color: #777 with no background of its own: its contrast would depend on the theme']);
		expect(problems(page({ main: '<h1>T</h1><div style="background: #fff"><p style="color: #999">pale</p></div>' }))[0]).toMatch(/contrast of 2\.85:1, under 4\.5:1/);
		expect(problems(page({ main: '<h1>T</h1><div style="background-color: white"><p style="color: #333">dark</p></div>' }))).toEqual([]);
	});

	it('contrast as WCAG computes it', () => {
		expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
		expect(literalColor('#abc')).toEqual([170, 187, 204]);
		expect(literalColor('rgb(1, 2, 3)')).toEqual([1, 2, 3]);
		expect(literalColor('var(--sl-color-text)')).toBeUndefined();
	});
});
