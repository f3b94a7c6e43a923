/**
 * The problem package or the judge set-up is at fault (a validator that does not compile, a
 * missing time limit): never the submission's. Submissions judged meanwhile get IE.
 */
export class JudgeSetupError extends Error {
  override readonly name = 'JudgeSetupError';
}
