// The component kit for MDX pages: `import { Agenda, SafetyNote } from '~/components';`
// Its styles come with it: a page that imports none of the kit loads none of them.
import '../styles/kit.css';
export { default as Activity } from './Activity.astro';
export { default as Agenda } from './Agenda.astro';
export { default as FacilitatorNote } from './FacilitatorNote.astro';
export { default as Handout } from './Handout.astro';
export { default as KeyPoints } from './KeyPoints.astro';
export { default as Materials } from './Materials.astro';
export { default as Objectives } from './Objectives.astro';
export { default as RolePlay } from './RolePlay.astro';
export { default as SafetyNote } from './SafetyNote.astro';
export { default as WhenToCall } from './WhenToCall.astro';
export { default as CurriculumOutline } from './CurriculumOutline.astro';
export { default as Quiz } from './Quiz.astro';
export { default as ProgressSummary } from './ProgressSummary.astro';
export { default as Form } from './Form.astro';
export { default as OnCall } from './OnCall.astro';
export { default as CirclesOfSupport } from './CirclesOfSupport.astro';
export { default as CardSet } from './CardSet.astro';
export { default as WriteIn } from './WriteIn.astro';
