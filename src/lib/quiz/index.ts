/**
 * Quizzes: grading a learner's answers, the labels the quiz shows, and the progress kept in the
 * learner's own browser (localStorage). Runs in the browser (client/quiz-element.ts) and at build time.
 */
export * from './quiz-grading.ts';
export * from './quiz-progress.ts';
